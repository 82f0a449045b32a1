//===- QuantOps.td - linear quantization ---------------------*- tablegen -*-===//
//
// The ONNX linear quantization scheme: q = saturate(round(x / scale) + zero)
// and x = (q - zero) * scale, with one scale and zero point for the whole
// tensor or one per slice along `axis`. These are the ops QDQ models are made
// of; the int8 kernels are built from them (docs/quantization.md).
//
//===----------------------------------------------------------------------===//
#ifndef MCC_QUANT_OPS_TD
#define MCC_QUANT_OPS_TD

class Mcc_LinearQuantOp<string mnemonic> : Mcc_InferredOp<mnemonic> {
  let assemblyFormat = [{
    $input `,` $scale `,` $zero_point attr-dict `:` functional-type(operands, results)
  }];
}

def Mcc_QuantizeLinearOp : Mcc_LinearQuantOp<"quantize_linear"> {
  let summary = "float to integer: saturate(round_half_even(x / scale) + zero_point)";
  let description = [{
    `scale` (float) and `zero_point` (the result's integer type) are 0-D or
    1-element for one scale over the tensor, or 1-D with one entry per index
    of `axis` of the input. The result is clamped to the integer type's range;
    NaN becomes the type's minimum.
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$scale,
                   Mcc_IntTensor:$zero_point, DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs Mcc_IntTensor:$output);
}

def Mcc_DequantizeLinearOp : Mcc_LinearQuantOp<"dequantize_linear"> {
  let summary = "integer to float: (x - zero_point) * scale";
  let description = [{
    The inverse of quantize_linear, in the float type of `scale`; `zero_point`
    has the input's integer type and the same shape rules as there.
  }];
  let arguments = (ins Mcc_IntTensor:$input, Mcc_FloatTensor:$scale,
                   Mcc_IntTensor:$zero_point, DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs Mcc_FloatTensor:$output);
}

def Mcc_QConvOp : Mcc_InferredOp<"qconv"> {
  let summary = "int8 convolution: int32 sums, requantized to int8";
  let description = [{
    `saturate(round_half_even((conv(input - input_zero_point, weight) + bias[m])
    * scale[m]) + output_zero_point)`: the int8 `input` [N, C, H, W] padded
    with its zero point, the int8 `weight` [M, C / group, KH, KW] (symmetric),
    the int32 `bias` [M] and the f32 requantization `scale` [M]
    (input scale * weight scale / output scale) per output channel. The sums
    are exact in int32. This is what mcc-fuse-quantized-conv makes of a QDQ
    conv; the conv attributes mean what they mean for `mcc.conv`.
  }];
  let arguments = (ins Mcc_IntTensor:$input, Mcc_IntTensor:$weight, Mcc_IntTensor:$bias,
                   Mcc_FloatTensor:$scale,
                   DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$pads,
                   DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<I64Attr, "1">:$group,
                   I64Attr:$input_zero_point, I64Attr:$output_zero_point);
  let results = (outs Mcc_IntTensor:$output);
  let assemblyFormat = [{
    $input `,` $weight `,` $bias `,` $scale attr-dict `:` functional-type(operands, results)
  }];
}

#endif // MCC_QUANT_OPS_TD
