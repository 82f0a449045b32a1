//===- QuantOps.cpp - shapes of quantize_linear and dequantize_linear -----===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mcc;

namespace {

/// True when `scale` / `zero_point` describe one value for the whole tensor:
/// 0-D, or 1-D holding a single element.
bool isPerTensor(RankedTensorType t) {
  return t.getRank() == 0 || (t.getRank() == 1 && t.getDimSize(0) == 1);
}

/// The rules both ops share: the integer type is i8, i16 or (dequantize only)
/// i32; scale and zero point have one shape, per tensor or 1-D along `axis`;
/// the zero point has the integer type. Per tensor, either may be 0-D or
/// 1-element 1-D (ONNX Runtime writes a [1] scale beside a 0-D zero point).
LogicalResult checkQuantParams(OptLoc loc, Value input, Value scale, Value zeroPoint,
                               int64_t axis, Type integer, bool allowI32) {
  auto in = rankedType(loc, input, "input");
  auto s = rankedType(loc, scale, "scale");
  auto z = rankedType(loc, zeroPoint, "zero point");
  if (failed(in) || failed(s) || failed(z))
    return failure();
  unsigned bits = integer.getIntOrFloatBitWidth();
  if (!integer.isSignlessInteger() || !(bits == 8 || bits == 16 || (allowI32 && bits == 32)))
    return emitOptionalError(loc, "quantized type must be i8 or i16", allowI32 ? " or i32" : "",
                             ", got ", integer);
  if (z->getElementType() != integer)
    return emitOptionalError(loc, "zero point type ", z->getElementType(),
                             " differs from the quantized type ", integer);
  if (isPerTensor(*s) && isPerTensor(*z))
    return success();
  if (s->getShape() != z->getShape())
    return emitOptionalError(loc, "scale ", *s, " and zero point ", *z, " differ in shape");
  if (s->getRank() != 1)
    return emitOptionalError(loc, "scale must be a scalar or 1-D, got ", *s,
                             " (blocked quantization is not supported)");
  if (axis < 0 || axis >= in->getRank())
    return emitOptionalError(loc, "axis ", axis, " is out of range for rank ", in->getRank());
  int64_t n = s->getDimSize(0), d = in->getDimSize(axis);
  if (!ShapedType::isDynamic(n) && !ShapedType::isDynamic(d) && n != d)
    return emitOptionalError(loc, "per-axis scale has ", n, " entries but axis ", axis,
                             " of the input has ", d);
  return success();
}

} // namespace

LogicalResult QuantizeLinearOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  Value zp = adaptor.getZeroPoint();
  Type integer = cast<RankedTensorType>(zp.getType()).getElementType();
  if (failed(checkQuantParams(loc, adaptor.getInput(), adaptor.getScale(), zp,
                              adaptor.getAxis(), integer, /*allowI32=*/false)))
    return failure();
  auto in = cast<RankedTensorType>(adaptor.getInput().getType());
  inferred.push_back(RankedTensorType::get(in.getShape(), integer));
  return success();
}

LogicalResult DequantizeLinearOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  auto in = cast<RankedTensorType>(adaptor.getInput().getType());
  if (failed(checkQuantParams(loc, adaptor.getInput(), adaptor.getScale(),
                              adaptor.getZeroPoint(), adaptor.getAxis(), in.getElementType(),
                              /*allowI32=*/true)))
    return failure();
  Type real = cast<RankedTensorType>(adaptor.getScale().getType()).getElementType();
  inferred.push_back(RankedTensorType::get(in.getShape(), real));
  return success();
}

LogicalResult QConvOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                   SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  auto w = rankedType(loc, adaptor.getWeight(), "weight");
  auto b = rankedType(loc, adaptor.getBias(), "bias");
  auto s = rankedType(loc, adaptor.getScale(), "scale");
  if (failed(in) || failed(w) || failed(b) || failed(s))
    return failure();
  if (!in->getElementType().isInteger(8) || !w->getElementType().isInteger(8) ||
      !b->getElementType().isInteger(32) || !s->getElementType().isF32())
    return emitOptionalError(loc, "qconv takes an i8 input and weight, an i32 bias and an f32 "
                                  "scale, got ", *in, ", ", *w, ", ", *b, ", ", *s);
  for (int64_t zero : {adaptor.getInputZeroPoint(), adaptor.getOutputZeroPoint()})
    if (zero < -128 || zero > 127)
      return emitOptionalError(loc, "zero point ", zero, " is outside int8");
  if (s->getShape() != b->getShape())
    return emitOptionalError(loc, "scale ", *s, " and bias ", *b, " differ in shape");
  // The shape is the conv's, with the bias as the per-channel vector it checks.
  ConvOp::Properties conv;
  conv.setStrides(adaptor.getStridesAttr());
  conv.setPads(adaptor.getPadsAttr());
  conv.setDilations(adaptor.getDilationsAttr());
  conv.setGroup(adaptor.getGroupAttr()
                    ? adaptor.getGroupAttr()
                    : IntegerAttr::get(IntegerType::get(adaptor.getInput().getContext(), 64), 1));
  SmallVector<Value> operands{adaptor.getInput(), adaptor.getWeight(), adaptor.getBias()};
  return ConvOp::inferShapes(nullptr, loc, ConvOp::Adaptor(operands, nullptr, conv), inferred);
}
