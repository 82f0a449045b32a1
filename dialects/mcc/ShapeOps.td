//===- ShapeOps.td - reshaping, indexing and shape tensors --*- tablegen -*-===//
#ifndef MCC_SHAPE_OPS_TD
#define MCC_SHAPE_OPS_TD

def Mcc_ShapeOp : Mcc_InferredOp<"shape"> {
  let summary = "the dims of a tensor as a 1-D int64 tensor";
  let arguments = (ins Mcc_Tensor:$input);
  let results = (outs Mcc_ShapeTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
  let hasFolder = 1;
}

def Mcc_ReshapeOp : Mcc_InferredOp<"reshape"> {
  let summary = "reshape to a shape given as a tensor";
  let description = [{
    Reshapes `input` to the dims held by `shape`. An entry of 0 copies the input
    dim at the same index (unless `allowzero`), and one entry may be -1, taking
    whatever size is left. Result dims are inferred as far as the shape tensor
    can be evaluated at compile time, through shape, gather, concat and friends.
  }];
  let arguments = (ins Mcc_Tensor:$input, Mcc_ShapeTensor:$shape,
                   DefaultValuedAttr<BoolAttr, "false">:$allowzero);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input `,` $shape attr-dict `:` functional-type(operands, results)";
  let hasCanonicalizer = 1;
  let hasFolder = 1;
}

def Mcc_FlattenOp : Mcc_InferredOp<"flatten"> {
  let summary = "collapse to 2-D: dims before `axis` and dims from `axis`";
  let arguments = (ins Mcc_Tensor:$input, I64Attr:$axis);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_SqueezeOp : Mcc_InferredOp<"squeeze"> {
  let summary = "remove size-1 dims";
  let arguments = (ins Mcc_Tensor:$input, DenseI64ArrayAttr:$axes);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_UnsqueezeOp : Mcc_InferredOp<"unsqueeze"> {
  let summary = "insert size-1 dims at `axes` (indices into the result)";
  let arguments = (ins Mcc_Tensor:$input, DenseI64ArrayAttr:$axes);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_TransposeOp : Mcc_InferredOp<"transpose"> {
  let summary = "permute dims: result dim i is input dim perm[i]";
  let arguments = (ins Mcc_Tensor:$input, DenseI64ArrayAttr:$perm);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

def Mcc_ConcatOp : Mcc_InferredOp<"concat"> {
  let summary = "join tensors along `axis`";
  let arguments = (ins Variadic<Mcc_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$inputs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_SliceOp : Mcc_InferredOp<"slice"> {
  let summary = "strided slice along some axes";
  let description = [{
    For each `axes[i]`, keeps indices `starts[i], starts[i] + steps[i], ...`
    up to but excluding `ends[i]`, with ONNX semantics: negative indices count
    from the end, out-of-range ones clamp, negative steps walk backwards.
  }];
  let arguments = (ins Mcc_Tensor:$input, DenseI64ArrayAttr:$starts,
                   DenseI64ArrayAttr:$ends, DenseI64ArrayAttr:$axes,
                   DenseI64ArrayAttr:$steps);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_GatherOp : Mcc_InferredOp<"gather"> {
  let summary = "take slices of `data` at `indices` along `axis`";
  let description = [{
    Embedding lookup and friends: the result is `data` with dim `axis` replaced
    by the dims of `indices`. Negative indices count from the end.
  }];
  let arguments = (ins Mcc_Tensor:$data, Mcc_IntTensor:$indices, I64Attr:$axis);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$data `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_ExpandOp : Mcc_InferredOp<"expand"> {
  let summary = "broadcast to a shape given as a tensor";
  let arguments = (ins Mcc_Tensor:$input, Mcc_ShapeTensor:$shape);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input `,` $shape attr-dict `:` functional-type(operands, results)";
}

def Mcc_TileOp : Mcc_InferredOp<"tile"> {
  let summary = "repeat the input `repeats[i]` times along dim i";
  let arguments = (ins Mcc_Tensor:$input, Mcc_ShapeTensor:$repeats);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input `,` $repeats attr-dict `:` functional-type(operands, results)";
}

def Mcc_ConstantOfShapeOp : Mcc_InferredOp<"constant_of_shape"> {
  let summary = "a tensor of the given shape filled with one value";
  let arguments = (ins Mcc_ShapeTensor:$shape, TypedAttrInterface:$value);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$shape attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_RangeOp : Mcc_InferredOp<"range"> {
  let summary = "1-D sequence start, start + delta, ... below limit";
  let arguments = (ins 0DTensorOf<[AnyType]>:$start, 0DTensorOf<[AnyType]>:$limit,
                   0DTensorOf<[AnyType]>:$delta);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$start `,` $limit `,` $delta attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Mcc_PadOp : Mcc_InferredOp<"pad"> {
  let summary = "pad with a constant or with values of the input";
  let description = [{
    `pads` holds the begin pad of every dim, then the end pads; a negative pad
    crops. `mode` says what the new elements hold, as ONNX Pad does:

    - `constant`: `value`, or `runtime_value` (a one-element tensor) when given;
    - `edge`: the nearest element of the input (needs a non-empty dim);
    - `reflect`: the input mirrored about its first or last element, so each
      pad must be smaller than its dim;
    - `wrap`: the input repeated, as if its ends were joined.

    In the last three modes the source of an output element is found in the
    uncropped input: padding and cropping one side of a dim exclude each other.
  }];
  let arguments = (ins Mcc_Tensor:$input, DenseI64ArrayAttr:$pads, TypedAttrInterface:$value,
                   DefaultValuedStrAttr<StrAttr, "constant">:$mode,
                   Optional<Mcc_Tensor>:$runtime_value);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = [{
    $input (`value` $runtime_value^)? attr-dict `:` functional-type(operands, results)
  }];
  // The importers' builder: no runtime value, constant mode unless told.
  let builders = [
    OpBuilder<(ins "::mlir::TypeRange":$resultTypes, "::mlir::Value":$input,
                   "::llvm::ArrayRef<int64_t>":$pads, "::mlir::TypedAttr":$value,
                   CArg<"::llvm::StringRef", "\"constant\"">:$mode), [{
      build($_builder, $_state, resultTypes, input, pads, value, mode, ::mlir::Value());
    }]>
  ];
}

#endif // MCC_SHAPE_OPS_TD
