//===- IndexingOps.td - gathers, scatters, scans, top-k ----*- tablegen -*-===//
//
// Ops whose results read or write their inputs at positions computed from
// data: element gathers and scatters, running sums and products along an
// axis, top-k selection, one-hot encoding.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_INDEXING_OPS_TD
#define MCC_INDEXING_OPS_TD

def Mcc_GatherElementsOp : Mcc_InferredOp<"gather_elements"> {
  let summary = "read `data` at per-element positions along `axis`";
  let description = [{
    `out[i0, .., ik, .., in] = data[i0, .., indices[i0, .., in], .., in]`
    with the index replacing dim `axis`; the result is shaped like `indices`.
    Negative indices count from the end.
  }];
  let arguments = (ins Mcc_Tensor:$data, Mcc_IntTensor:$indices, I64Attr:$axis);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$data `,` $indices attr-dict `:` functional-type(operands, results)";
}

def Mcc_GatherNDOp : Mcc_InferredOp<"gather_nd"> {
  let summary = "read slices of `data` addressed by index tuples";
  let description = [{
    The last dim of `indices` holds tuples of length `q` that address the dims
    `batch_dims .. batch_dims + q` of `data`; the first `batch_dims` dims of
    both are shared batch dims. The result is
    `indices.shape[:-1] ++ data.shape[batch_dims + q:]`.
  }];
  let arguments = (ins Mcc_Tensor:$data, Mcc_IntTensor:$indices,
                   DefaultValuedAttr<I64Attr, "0">:$batch_dims);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$data `,` $indices attr-dict `:` functional-type(operands, results)";
}

def Mcc_ScatterElementsOp : Mcc_InferredOp<"scatter_elements"> {
  let summary = "copy of `data` with `updates` written at per-element positions";
  let description = [{
    The inverse of `gather_elements`: each element of `updates` goes to
    `data`'s position with dim `axis` replaced by the matching index.
    `reduction` (`none`, `add`, `mul`, `max`, `min`) combines it with the value
    already there; with `none` a repeated index keeps the last update.
  }];
  let arguments = (ins Mcc_Tensor:$data, Mcc_IntTensor:$indices, Mcc_Tensor:$updates,
                   I64Attr:$axis, DefaultValuedStrAttr<StrAttr, "none">:$reduction);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices `,` $updates attr-dict `:` functional-type(operands, results)
  }];
}

def Mcc_ScatterNDOp : Mcc_InferredOp<"scatter_nd"> {
  let summary = "copy of `data` with slices written at index tuples";
  let description = [{
    The inverse of `gather_nd` (without batch dims): `updates` of shape
    `indices.shape[:-1] ++ data.shape[q:]` are written to the slices of `data`
    that the tuples of `indices` address, combined by `reduction` (`none`,
    `add`, `mul`, `max`, `min`) with the value already there.
  }];
  let arguments = (ins Mcc_Tensor:$data, Mcc_IntTensor:$indices, Mcc_Tensor:$updates,
                   DefaultValuedStrAttr<StrAttr, "none">:$reduction);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices `,` $updates attr-dict `:` functional-type(operands, results)
  }];
}

class Mcc_ScanOp<string mnemonic, string what> : Mcc_InferredOp<mnemonic, [], [{
      if (::mlir::failed(::mcc::checkAxis(location, adaptor.getInput(), adaptor.getAxis())))
        return ::mlir::failure();
      inferred.push_back(adaptor.getInput().getType());
      return ::mlir::success();
    }]> {
  let summary = "running " # what # " along `axis`";
  let description = "Element `i` along `axis` is the " # what # [{ of elements
    `0..i` (`0..i-1` when `exclusive`, the empty one being the identity);
    `reverse` runs from the end instead.}];
  let arguments = (ins Mcc_Tensor:$input, I64Attr:$axis,
                   DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                   DefaultValuedAttr<BoolAttr, "false">:$reverse);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_CumSumOp : Mcc_ScanOp<"cumsum", "sum">;
def Mcc_CumProdOp : Mcc_ScanOp<"cumprod", "product">;

def Mcc_TopKOp : Mcc_InferredOp<"top_k"> {
  let summary = "the `k` largest (or smallest) elements along `axis` and their indices";
  let description = [{
    Both results have `input`'s shape with dim `axis` of size `k`. They come
    sorted (largest first, or smallest first when `largest` is false); equal
    values keep the lower index first.
  }];
  let arguments = (ins Mcc_Tensor:$input, I64Attr:$k, I64Attr:$axis,
                   DefaultValuedAttr<BoolAttr, "true">:$largest);
  let results = (outs Mcc_Tensor:$values, Mcc_IntTensor:$indices);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_OneHotOp : Mcc_InferredOp<"one_hot"> {
  let summary = "one-hot encoding of `indices` along a new dim `axis` of size `depth`";
  let description = [{
    `values` holds [off, on]. The result has a new dim of size `depth` at
    `axis`; it is `on` where that position equals the index (negative indices
    count from `depth`) and `off` elsewhere, so out-of-range indices give a
    row of `off`.
  }];
  let arguments = (ins Mcc_Tensor:$indices, Mcc_Tensor:$values, I64Attr:$depth, I64Attr:$axis);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$indices `,` $values attr-dict `:` functional-type(operands, results)";
}

#endif // MCC_INDEXING_OPS_TD
