//===- NNOps.td - contractions, pooling, normalization ----*- tablegen -*-===//
#ifndef MCC_NN_OPS_TD
#define MCC_NN_OPS_TD

//===----------------------------------------------------------------------===//
// Contractions
//===----------------------------------------------------------------------===//

def Mcc_MatMulOp : Mcc_InferredOp<"matmul"> {
  let summary = "matrix product with numpy semantics";
  let description = [{
    `lhs @ rhs` as numpy.matmul: 1-D operands are promoted to matrices and the
    promoted dimension removed afterwards; leading (batch) dimensions broadcast.
  }];
  let arguments = (ins Mcc_Tensor:$lhs, Mcc_Tensor:$rhs);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

def Mcc_GemmOp : Mcc_InferredOp<"gemm"> {
  let summary = "general matrix multiply: alpha * op(a) @ op(b) + beta * c";
  let description = [{
    2-D matrix product with optional transposes and an optional bias `c` that
    broadcasts to the [M, N] result. This is the fully-connected layer.
  }];
  let arguments = (ins Mcc_Tensor:$a, Mcc_Tensor:$b, Optional<Mcc_Tensor>:$c,
                   DefaultValuedAttr<F64Attr, "1.0">:$alpha,
                   DefaultValuedAttr<F64Attr, "1.0">:$beta,
                   DefaultValuedAttr<BoolAttr, "false">:$trans_a,
                   DefaultValuedAttr<BoolAttr, "false">:$trans_b);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$a `,` $b (`,` $c^)? attr-dict `:` functional-type(operands, results)";
}

def Mcc_ConvOp : Mcc_InferredOp<"conv"> {
  let summary = "N-d grouped convolution, channels first";
  let description = [{
    Cross-correlation of `input` [N, C, D1..Dk] with `weight`
    [M, C / group, K1..Kk], plus an optional per-output-channel `bias` [M].
    `pads` holds the begin pads of each spatial dim followed by the end pads.
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$weight,
                   Optional<Mcc_FloatTensor>:$bias,
                   DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$pads,
                   DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input `,` $weight (`,` $bias^)? attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Pooling
//===----------------------------------------------------------------------===//

class Mcc_PoolOp<string mnemonic, string what> : Mcc_InferredOp<mnemonic, [], [{
      return ::mcc::inferPool(location, adaptor.getInput(), adaptor.getKernelShape(),
          adaptor.getStrides(), adaptor.getPads(), adaptor.getDilations(),
          adaptor.getCeilMode(), inferred);
    }]> {
  let summary = what # " pooling over the spatial dims, channels first";
  let description = [{
    Windows of `kernel_shape` over [N, C, D1..Dk]. `pads` holds begin pads then
    end pads; padded elements never win a max and, for the average, count only
    when `count_include_pad` is set. `ceil_mode` rounds the output size up.
  }];
  let arguments = (ins Mcc_FloatTensor:$input,
                   DenseI64ArrayAttr:$kernel_shape, DenseI64ArrayAttr:$strides,
                   DenseI64ArrayAttr:$pads, DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                   DefaultValuedAttr<BoolAttr, "false">:$count_include_pad);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_MaxPoolOp : Mcc_PoolOp<"max_pool", "max">;
def Mcc_AvgPoolOp : Mcc_PoolOp<"avg_pool", "average">;

class Mcc_GlobalPoolOp<string mnemonic, string what> : Mcc_InferredOp<mnemonic, [], [{
      return ::mcc::inferGlobalPool(location, adaptor.getInput(), inferred);
    }]> {
  let summary = what # " over all spatial dims, keeping them as size 1";
  let arguments = (ins Mcc_FloatTensor:$input);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_GlobalAvgPoolOp : Mcc_GlobalPoolOp<"global_avg_pool", "mean">;
def Mcc_GlobalMaxPoolOp : Mcc_GlobalPoolOp<"global_max_pool", "max">;

//===----------------------------------------------------------------------===//
// Normalization
//===----------------------------------------------------------------------===//

def Mcc_BatchNormOp : Mcc_InferredOp<"batch_norm"> {
  let summary = "batch normalization with running statistics (inference)";
  let description = [{
    `scale * (x - mean) / sqrt(var + epsilon) + bias` per channel (dim 1).
    `momentum` is ONNX's: a train step (mcc --train) that uses batch
    statistics moves the running ones to `running * momentum + batch * (1 -
    momentum)`; inference ignores it.
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$scale,
                   Mcc_FloatTensor:$bias, Mcc_FloatTensor:$mean,
                   Mcc_FloatTensor:$variance, F64Attr:$epsilon,
                   DefaultValuedAttr<F64Attr, "0.9">:$momentum);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $scale `,` $bias `,` $mean `,` $variance attr-dict `:` functional-type(operands, results)
  }];
}

def Mcc_LayerNormOp : Mcc_InferredOp<"layer_norm"> {
  let summary = "layer normalization over the trailing dims from `axis`";
  let description = [{
    Normalizes over dims [axis, rank) to zero mean and unit variance, then
    applies `scale` and the optional `bias` (both shaped like those dims, or
    broadcastable to them).
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$scale,
                   Optional<Mcc_FloatTensor>:$bias, I64Attr:$axis, F64Attr:$epsilon);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input `,` $scale (`,` $bias^)? attr-dict `:` functional-type(operands, results)";
}

class Mcc_SoftmaxLikeOp<string mnemonic, string formula>
    : Mcc_InferredOp<mnemonic, [], [{
      if (::mlir::failed(::mcc::checkAxis(location, adaptor.getInput(), adaptor.getAxis())))
        return ::mlir::failure();
      inferred.push_back(adaptor.getInput().getType());
      return ::mlir::success();
    }]> {
  let summary = formula # " along one axis";
  let description = "Computes `" # formula # [{` along `axis`, subtracting the
    maximum first for numerical stability.}];
  let arguments = (ins Mcc_FloatTensor:$input, I64Attr:$axis);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def Mcc_SoftmaxOp : Mcc_SoftmaxLikeOp<"softmax", "exp(x) / sum(exp(x))">;
def Mcc_LogSoftmaxOp : Mcc_SoftmaxLikeOp<"log_softmax", "x - log(sum(exp(x)))">;

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

class Mcc_ReduceOp<string mnemonic, string what> : Mcc_InferredOp<mnemonic, [], [{
      return ::mcc::inferReduce(location, adaptor.getInput(), adaptor.getAxes(),
          adaptor.getKeepdims(), nullptr, inferred);
    }]> {
  let summary = what # " over `axes`";
  let description = [{
    Reduces over the given axes (non-negative, sorted, unique); with `keepdims`
    the reduced dims stay as size 1. An empty `axes` reduces over every dim.
  }];
  let arguments = (ins Mcc_Tensor:$input, DenseI64ArrayAttr:$axes,
                   DefaultValuedAttr<BoolAttr, "true">:$keepdims);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_ReduceSumOp : Mcc_ReduceOp<"reduce_sum", "sum">;
def Mcc_ReduceMeanOp : Mcc_ReduceOp<"reduce_mean", "mean">;
def Mcc_ReduceMaxOp : Mcc_ReduceOp<"reduce_max", "maximum">;
def Mcc_ReduceMinOp : Mcc_ReduceOp<"reduce_min", "minimum">;
def Mcc_ReduceProdOp : Mcc_ReduceOp<"reduce_prod", "product">;

class Mcc_ArgReduceOp<string mnemonic, string what> : Mcc_InferredOp<mnemonic, [], [{
      int64_t axis = adaptor.getAxis();
      if (::mlir::failed(::mcc::checkAxis(location, adaptor.getInput(), axis)))
        return ::mlir::failure();
      return ::mcc::inferReduce(location, adaptor.getInput(), {axis},
          adaptor.getKeepdims(), ::mlir::IntegerType::get(context, 64), inferred);
    }]> {
  let summary = "index of the " # what # " along `axis`, as int64";
  let description = [{
    Ties go to the first index unless `select_last_index` is set.
  }];
  let arguments = (ins Mcc_Tensor:$input, I64Attr:$axis,
                   DefaultValuedAttr<BoolAttr, "true">:$keepdims,
                   DefaultValuedAttr<BoolAttr, "false">:$select_last_index);
  let results = (outs RankedTensorOf<[I64]>:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_ArgMaxOp : Mcc_ArgReduceOp<"argmax", "maximum">;
def Mcc_ArgMinOp : Mcc_ArgReduceOp<"argmin", "minimum">;

#endif // MCC_NN_OPS_TD
