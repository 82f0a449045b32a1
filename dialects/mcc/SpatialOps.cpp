//===- SpatialOps.cpp - shapes of conv_transpose and resize ---------------===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"

#include <cmath>

using namespace mlir;
using namespace mcc;

namespace {
constexpr int64_t kDyn = ShapedType::kDynamic;
} // namespace

LogicalResult ConvTransposeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                           SmallVectorImpl<Type> &inferred) {
  auto input = rankedType(loc, adaptor.getInput(), "input");
  auto weight = rankedType(loc, adaptor.getWeight(), "weight");
  if (failed(input) || failed(weight))
    return failure();
  int64_t rank = input->getRank(), spatial = rank - 2, group = adaptor.getGroup();
  if (rank < 3 || weight->getRank() != rank)
    return emitOptionalError(loc, "input and weight must be [N, C, spatial...] and "
                                  "[C, M / group, kernel...] of one rank");
  ArrayRef<int64_t> strides = adaptor.getStrides(), pads = adaptor.getPads(),
                    dilations = adaptor.getDilations(), outPad = adaptor.getOutputPadding();
  if ((int64_t)strides.size() != spatial || (int64_t)dilations.size() != spatial ||
      (int64_t)outPad.size() != spatial || (int64_t)pads.size() != 2 * spatial)
    return emitOptionalError(loc, "expected ", spatial, " strides, dilations and output_padding and ",
                             2 * spatial, " pads");
  if (group < 1 || llvm::any_of(strides, [](int64_t s) { return s < 1; }) ||
      llvm::any_of(dilations, [](int64_t d) { return d < 1; }) ||
      llvm::any_of(pads, [](int64_t p) { return p < 0; }) ||
      llvm::any_of(outPad, [](int64_t p) { return p < 0; }))
    return emitOptionalError(loc, "group, strides and dilations must be positive, pads and "
                                  "output_padding non-negative");
  int64_t c = input->getDimSize(1), wc = weight->getDimSize(0);
  if (!ShapedType::isDynamic(wc) && wc % group)
    return emitOptionalError(loc, "weight's dim 0 (", wc, ") is not a multiple of group ", group);
  if (!ShapedType::isDynamic(c) && !ShapedType::isDynamic(wc) && c != wc)
    return emitOptionalError(loc, "input has ", c, " channels, weight expects ", wc);
  int64_t m = weight->getDimSize(1);
  SmallVector<int64_t> shape{input->getDimSize(0), ShapedType::isDynamic(m) ? kDyn : m * group};
  for (int64_t i = 0; i < spatial; ++i) {
    int64_t in = input->getDimSize(i + 2), k = weight->getDimSize(i + 2);
    if (ShapedType::isDynamic(k))
      return emitOptionalError(loc, "kernel dims must be static");
    if (ShapedType::isDynamic(in)) {
      shape.push_back(kDyn);
      continue;
    }
    int64_t out = strides[i] * (in - 1) + outPad[i] + (k - 1) * dilations[i] + 1 - pads[i] -
                  pads[i + spatial];
    if (out < 1)
      return emitOptionalError(loc, "output dim ", i + 2, " would be empty");
    shape.push_back(out);
  }
  inferred.push_back(RankedTensorType::get(shape, input->getElementType()));
  return success();
}

LogicalResult ResizeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                    SmallVectorImpl<Type> &inferred) {
  auto input = rankedType(loc, adaptor.getInput(), "input");
  if (failed(input))
    return failure();
  int64_t rank = input->getRank();
  ArrayRef<double> scales = adaptor.getScales();
  std::optional<ArrayRef<int64_t>> sizes = adaptor.getSizes();
  std::optional<ArrayRef<double>> roi = adaptor.getRoi();
  if ((int64_t)scales.size() != rank || (sizes && (int64_t)sizes->size() != rank) ||
      (roi && (int64_t)roi->size() != 2 * rank))
    return emitOptionalError(loc, "expected ", rank, " scales and sizes and ", 2 * rank,
                             " roi values");
  if (sizes && llvm::any_of(*sizes, [](int64_t s) { return s < 1 && s != -1; }))
    return emitOptionalError(loc, "sizes must be positive");
  for (int64_t i = 0; i < rank; ++i)
    if (!(scales[i] > 0) && !(scales[i] == 0 && sizes && (*sizes)[i] != -1))
      return emitOptionalError(loc, "scales must be positive (0 only with a size)");
    else if (std::isinf(scales[i]))
      return emitOptionalError(loc, "scales must be finite");
  StringRef mode = adaptor.getMode(), ctm = adaptor.getCoordinateTransformationMode(),
            nearest = adaptor.getNearestMode();
  if (mode != "nearest" && mode != "linear" && mode != "cubic")
    return emitOptionalError(loc, "unknown mode '", mode, "'");
  if (ctm != "half_pixel" && ctm != "half_pixel_symmetric" && ctm != "pytorch_half_pixel" &&
      ctm != "align_corners" && ctm != "asymmetric" && ctm != "tf_crop_and_resize")
    return emitOptionalError(loc, "unknown coordinate_transformation_mode '", ctm, "'");
  if (ctm == "tf_crop_and_resize" && !roi)
    return emitOptionalError(loc, "tf_crop_and_resize needs roi");
  if (nearest != "round_prefer_floor" && nearest != "round_prefer_ceil" && nearest != "floor" &&
      nearest != "ceil")
    return emitOptionalError(loc, "unknown nearest_mode '", nearest, "'");
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t in = input->getDimSize(i);
    if (sizes && (*sizes)[i] != -1)
      shape.push_back((*sizes)[i]);
    else if (ShapedType::isDynamic(in))
      shape.push_back(kDyn);
    else if (double size = std::floor(in * scales[i]); size < 0x1p62)
      shape.push_back((int64_t)size);
    else // the cast would be undefined
      return emitOptionalError(loc, "resize output dim ", i, " of ", size, " is too large");
  }
  inferred.push_back(RankedTensorType::get(shape, input->getElementType()));
  return success();
}
