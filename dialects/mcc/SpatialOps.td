//===- SpatialOps.td - transposed conv, Lp pooling, resize -*- tablegen -*-===//
//
// Ops over the spatial dims of [N, C, D1..Dk] tensors beyond the plain
// convolution and pooling of NNOps.td.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_SPATIAL_OPS_TD
#define MCC_SPATIAL_OPS_TD

def Mcc_ConvTransposeOp : Mcc_InferredOp<"conv_transpose"> {
  let summary = "N-d grouped transposed convolution, channels first";
  let description = [{
    The gradient of `conv` with respect to its input: `input` [N, C, D1..Dk]
    with `weight` [C, M / group, K1..Kk] gives [N, M, O1..Ok] with
    `Oi = strides[i] * (Di - 1) + output_padding[i] + (Ki - 1) * dilations[i] + 1
    - pads[i] - pads[i + k]`, plus an optional `bias` [M].
  }];
  let arguments = (ins Mcc_FloatTensor:$input, Mcc_FloatTensor:$weight,
                   Optional<Mcc_FloatTensor>:$bias,
                   DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$pads,
                   DenseI64ArrayAttr:$dilations, DenseI64ArrayAttr:$output_padding,
                   DefaultValuedAttr<I64Attr, "1">:$group);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input `,` $weight (`,` $bias^)? attr-dict `:` functional-type(operands, results)";
}

def Mcc_LpPoolOp : Mcc_InferredOp<"lp_pool", [], [{
      if (adaptor.getP() <= 0)
        return ::mlir::emitOptionalError(location, "p must be positive");
      return ::mcc::inferPool(location, adaptor.getInput(), adaptor.getKernelShape(),
          adaptor.getStrides(), adaptor.getPads(), adaptor.getDilations(),
          adaptor.getCeilMode(), inferred);
    }]> {
  let summary = "Lp-norm pooling over the spatial dims, channels first";
  let description = [{
    `(sum |x|^p)^(1/p)` over windows of `kernel_shape` of [N, C, D1..Dk];
    padded elements add nothing.
  }];
  let arguments = (ins Mcc_FloatTensor:$input,
                   DenseI64ArrayAttr:$kernel_shape, DenseI64ArrayAttr:$strides,
                   DenseI64ArrayAttr:$pads, DenseI64ArrayAttr:$dilations,
                   DefaultValuedAttr<BoolAttr, "false">:$ceil_mode, I64Attr:$p);
  let results = (outs Mcc_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def Mcc_ResizeOp : Mcc_InferredOp<"resize"> {
  let summary = "resample every dim by `scales` (nearest, linear or cubic)";
  let description = [{
    Output dim `i` has size `sizes[i]` when `sizes` is given (and not -1), else
    `floor(in_i * scales[i])`. A scale of 0 (with a size) stands for
    `sizes[i] / in_i`, computed at run time for a dynamic input dim.
    Output coordinate `x` maps to the input
    coordinate given by `coordinate_transformation_mode` (`half_pixel`,
    `half_pixel_symmetric`, `pytorch_half_pixel`, `align_corners`,
    `asymmetric`, `tf_crop_and_resize` with `roi` [starts..., ends...]), which
    `mode` then samples: `nearest` (rounded by `nearest_mode`), `linear`, or
    `cubic` (Keys' kernel with `cubic_coeff_a`; `exclude_outside` drops and
    renormalizes taps outside the input). With `antialias`, a downscaling
    linear or cubic kernel is stretched by 1 / scale and renormalized, as a
    low-pass filter (needs compile-time scales). The interpolation is separable and
    applied one dim at a time, as ONNX's reference does. Samples outside the
    input take `extrapolation_value` under `tf_crop_and_resize`, else the
    nearest edge.
  }];
  let arguments = (ins Mcc_Tensor:$input, DenseF64ArrayAttr:$scales,
                   OptionalAttr<DenseI64ArrayAttr>:$sizes,
                   OptionalAttr<DenseF64ArrayAttr>:$roi,
                   DefaultValuedStrAttr<StrAttr, "nearest">:$mode,
                   DefaultValuedStrAttr<StrAttr, "half_pixel">:$coordinate_transformation_mode,
                   DefaultValuedStrAttr<StrAttr, "round_prefer_floor">:$nearest_mode,
                   DefaultValuedAttr<F64Attr, "-0.75">:$cubic_coeff_a,
                   DefaultValuedAttr<BoolAttr, "false">:$exclude_outside,
                   DefaultValuedAttr<BoolAttr, "false">:$antialias,
                   DefaultValuedAttr<F64Attr, "0.0">:$extrapolation_value);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

#endif // MCC_SPATIAL_OPS_TD
