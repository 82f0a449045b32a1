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

#endif // MCC_QUANT_OPS_TD
