//===- TrainingOps.td - ops that only gradients need --------*- tablegen -*-===//
//
// mcc-build-train-step writes most gradients with the forward ops; these are
// the few that would otherwise take a long chain of them, so codegen can give
// them a kernel of their own (and still decompose them where it cannot).
//
//===----------------------------------------------------------------------===//
#ifndef MCC_TRAINING_OPS_TD
#define MCC_TRAINING_OPS_TD

def Mcc_MaxPoolGradOp : Mcc_InferredOp<"max_pool_grad"> {
  let summary = "gradient of a 2-D max pool with respect to its input";
  let description = [{
    For the max pool of `input` with these attributes (as `mcc.max_pool`'s),
    adds each element of `output_grad` into the position of its window's
    first maximum (row-major order within the window, as PyTorch routes it)
    and is zero elsewhere; windows that overlap add up. The result has the
    input's type.
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$output_grad,
                   DenseI64ArrayAttr:$kernel_shape, DenseI64ArrayAttr:$strides,
                   DenseI64ArrayAttr:$pads, DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<BoolAttr, "false">:$ceil_mode);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input `,` $output_grad attr-dict `:` functional-type(operands, results)";
  let extraClassDeclaration = inferShapesDecl # [{
    /// The same gradient as forward mcc ops (slices, comparisons and a
    /// transposed convolution with one-hot kernels), built before `this`.
    mlir::FailureOr<mlir::Value> decompose(mlir::OpBuilder &builder);
  }];
}

def Mcc_ConvWeightGradOp : Mcc_InferredOp<"conv_weight_grad"> {
  let summary = "gradient of a 2-D convolution with respect to its weight";
  let description = [{
    For `output = conv(input, weight)` with these attributes (as `mcc.conv`'s),
    the gradient of the weight given `output_grad`:
    `result[m, c, i, j] = sum over n, y, x of output_grad[n, m, y, x] *
    input[n, g*Cg + c, y*sH - pad + i*dH, x*sW - pad + j*dW]` (g the group of
    m, taps outside the input reading 0). The result is the weight's shape
    [M, C / group, KH, KW].
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$output_grad,
                   DenseI64ArrayAttr:$kernel_shape, DenseI64ArrayAttr:$strides,
                   DenseI64ArrayAttr:$pads, DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input `,` $output_grad attr-dict `:` functional-type(operands, results)";
  let extraClassDeclaration = inferShapesDecl # [{
    /// The same gradient as a convolution of the transposed input with the
    /// transposed output gradient (group 1), built before `this`.
    mlir::FailureOr<mlir::Value> decompose(mlir::OpBuilder &builder);
  }];
}

#endif // MCC_TRAINING_OPS_TD
