//===- FusedOps.td - contractions with a fused epilogue ----*- tablegen -*-===//
//
// What mcc-fuse-epilogue builds: a conv or matmul that also adds its bias and
// a residual and applies an activation, so that codegen emits one kernel
// instead of a contraction followed by elementwise passes over its result.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FUSED_OPS_TD
#define MCC_FUSED_OPS_TD

// The activation of an epilogue: its name and its parameters.
//   none, relu, sigmoid, hard_swish, silu, tanh, gelu, gelu_tanh: no parameter;
//   clip: [min, max] (-inf / +inf where the Clip had no bound);
//   hard_sigmoid: [alpha, beta];  leaky_relu: [alpha].
class Mcc_FusedOp<string mnemonic> : Mcc_InferredOp<mnemonic, [AttrSizedOperandSegments]>;

def Mcc_FusedConvOp : Mcc_FusedOp<"fused_conv"> {
  let summary = "conv, bias, residual add and activation in one op";
  let description = [{
    `activation(conv(input, weight) + bias[m] + residual)`, in that order: the
    per-output-channel `bias` [M] is added to the convolution's accumulator,
    then the optional `residual` (a tensor of the result's shape, e.g. the
    identity branch of a ResNet block: relu(conv + bias + identity)), and the
    activation comes last. The conv attributes mean what they mean for
    `mcc.conv`. `activation` is one of none, relu, sigmoid, tanh,
    hard_swish, silu, gelu, gelu_tanh (no parameters), clip
    (`activation_params` = [min, max]), hard_sigmoid ([alpha, beta]) or
    leaky_relu ([alpha]).
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$weight,
                   Optional<Mcc_FloatTensor>:$bias, Optional<Mcc_FloatTensor>:$residual,
                   DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$pads,
                   DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group,
                   DefaultValuedStrAttr<StrAttr, "none">:$activation,
                   DefaultValuedAttr<DenseF64ArrayAttr, "{}">:$activation_params);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $weight (`bias` `(` $bias^ `)`)? (`residual` `(` $residual^ `)`)? attr-dict
    `:` functional-type(operands, results)
  }];
}

def Mcc_FusedMatMulOp : Mcc_FusedOp<"fused_matmul"> {
  let summary = "matmul, bias, residual add and activation in one op";
  let description = [{
    `activation(lhs @ rhs + bias + residual)`, in that order. `lhs @ rhs` is
    `mcc.matmul`; `bias` is a constant that broadcasts to the result without
    growing it (typically [N], a Linear layer's bias); the optional
    `residual` has the result's shape (a Transformer's skip connection).
    `activation` and `activation_params` are those of `mcc.fused_conv`.
    With `trans_b`, both operands are matrices and `rhs` is [N, K], read
    transposed: a Gemm with transB, PyTorch's Linear.
  }];
  let arguments = (ins Mcc_FloatTensor:$lhs, Mcc_FloatTensor:$rhs,
                   Optional<Mcc_FloatTensor>:$bias, Optional<Mcc_FloatTensor>:$residual,
                   DefaultValuedAttr<BoolAttr, "false">:$trans_b,
                   DefaultValuedStrAttr<StrAttr, "none">:$activation,
                   DefaultValuedAttr<DenseF64ArrayAttr, "{}">:$activation_params);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs (`bias` `(` $bias^ `)`)? (`residual` `(` $residual^ `)`)? attr-dict
    `:` functional-type(operands, results)
  }];
}

#endif // MCC_FUSED_OPS_TD
