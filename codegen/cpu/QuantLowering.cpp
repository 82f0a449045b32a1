//===- QuantLowering.cpp - quantize_linear, dequantize_linear -------------===//
//
// Each op is one linalg.generic over the input, computed in f32 as the ONNX
// reference does. A per-axis scale and zero point are expanded to
// [C, 1, ..., 1] so that numpy broadcasting lines them up with `axis`.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

/// `param` (scale or zero point) shaped to broadcast against a tensor of
/// `rank` along `axis`: per-tensor parameters as they are, a 1-D per-axis one
/// with `rank - 1 - axis` trailing unit dims. Null when that needs a dynamic
/// size.
Value alignToAxis(OpBuilder &b, Location loc, Value param, int64_t rank, int64_t axis) {
  auto type = cast<RankedTensorType>(param.getType());
  int64_t trailing = rank - 1 - axis;
  if (type.getRank() == 0 || type.getDimSize(0) == 1 || trailing <= 0)
    return param;
  if (type.isDynamicDim(0))
    return nullptr;
  SmallVector<int64_t> shape{type.getDimSize(0)};
  shape.append(trailing, 1);
  SmallVector<ReassociationIndices> all{llvm::to_vector(llvm::seq<int64_t>(0, shape.size()))};
  return tensor::ExpandShapeOp::create(b, loc, RankedTensorType::get(shape, type.getElementType()),
                                       param, all);
}

Value toF32(ImplicitLocOpBuilder &b, Value x) {
  return castScalar(b, b.getLoc(), x, b.getF32Type());
}

template <typename OpTy>
struct LinearQuantLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using Adaptor = typename OpTy::Adaptor;

  LogicalResult matchAndRewrite(OpTy op, Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank();
    Location loc = op.getLoc();
    Value scale = alignToAxis(rewriter, loc, adaptor.getScale(), rank, op.getAxis());
    Value zeroPoint = alignToAxis(rewriter, loc, adaptor.getZeroPoint(), rank, op.getAxis());
    if (!scale || !zeroPoint)
      return rewriter.notifyMatchFailure(op, "per-axis parameters of dynamic size");
    Type element = resultType.getElementType();
    Value result = createElementwise(
        rewriter, loc, resultType, {adaptor.getInput(), scale, zeroPoint},
        [&](OpBuilder &nb, Location l, ValueRange a) -> Value {
          ImplicitLocOpBuilder b(l, nb);
          return body(b, a[0], a[1], a[2], element);
        });
    rewriter.replaceOp(op, result);
    return success();
  }

  Value body(ImplicitLocOpBuilder &b, Value x, Value s, Value z, Type element) const;
};

/// saturate(round_half_even(x / s) + z); maxnumf sends NaN to the minimum.
template <>
Value LinearQuantLowering<QuantizeLinearOp>::body(ImplicitLocOpBuilder &b, Value x, Value s,
                                                  Value z, Type element) const {
  unsigned bits = element.getIntOrFloatBitWidth();
  double lo = -std::ldexp(1.0, bits - 1), hi = std::ldexp(1.0, bits - 1) - 1;
  Value q = math::RoundEvenOp::create(b, arith::DivFOp::create(b, toF32(b, x), toF32(b, s)));
  q = arith::AddFOp::create(b, q, toF32(b, z));
  q = arith::MaxNumFOp::create(b, q, createScalar(b, b.getLoc(), b.getF32Type(), lo));
  q = arith::MinNumFOp::create(b, q, createScalar(b, b.getLoc(), b.getF32Type(), hi));
  return arith::FPToSIOp::create(b, element, q);
}

/// (x - z) * s: the subtraction in f32 as in the ONNX reference, the product
/// in f32 too unless the scale is f64.
template <>
Value LinearQuantLowering<DequantizeLinearOp>::body(ImplicitLocOpBuilder &b, Value x, Value s,
                                                    Value z, Type element) const {
  Type product = s.getType().isF64() ? s.getType() : b.getF32Type();
  Value d = arith::SubFOp::create(b, toF32(b, x), toF32(b, z));
  d = castScalar(b, b.getLoc(), d, product);
  Value y = arith::MulFOp::create(b, d, castScalar(b, b.getLoc(), s, product));
  return castScalar(b, b.getLoc(), y, element);
}

/// A qconv the int8 kernel did not take (--no-microkernels, a 1-D or 3-D conv)
/// as the float ops it is defined by: the conv in f64, which holds every int8
/// partial sum exactly, then the kernel's f32 requantization. These ops are
/// lowered in turn by the same conversion.
struct QConvAsFloatConv : OpConversionPattern<QConvOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(QConvOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    auto withElement = [](Value v, Type t) {
      return cast<RankedTensorType>(v.getType()).clone(t);
    };
    Type f64 = rewriter.getF64Type(), f32 = rewriter.getF32Type();
    auto scalar = [&](Type t, double v) -> Value {
      auto type = RankedTensorType::get({}, t);
      return arith::ConstantOp::create(
          rewriter, loc, type,
          cast<TypedAttr>(DenseElementsAttr::get(type, rewriter.getFloatAttr(t, v))));
    };
    Value x = CastOp::create(rewriter, loc, withElement(adaptor.getInput(), f64),
                             adaptor.getInput());
    x = SubOp::create(rewriter, loc, x.getType(), x,
                      scalar(f64, static_cast<double>(op.getInputZeroPoint())));
    Value w = CastOp::create(rewriter, loc, withElement(adaptor.getWeight(), f64),
                             adaptor.getWeight());
    Value b = CastOp::create(rewriter, loc, withElement(adaptor.getBias(), f64),
                             adaptor.getBias());
    Value acc = ConvOp::create(rewriter, loc, resultType.clone(f64), x, w, b,
                               op.getStridesAttr(), op.getPadsAttr(), op.getDilationsAttr(),
                               op.getGroupAttr());
    acc = CastOp::create(rewriter, loc, resultType.clone(f32), acc);
    // One scale per output channel: [M] -> [M, 1, ..., 1] against [N, M, ...].
    int64_t trailing = resultType.getRank() - 2;
    auto scaleType = cast<RankedTensorType>(adaptor.getScale().getType());
    SmallVector<int64_t> shape{scaleType.getDimSize(0)};
    shape.append(trailing, 1);
    Value scale = UnsqueezeOp::create(
        rewriter, loc, RankedTensorType::get(shape, f32), adaptor.getScale(),
        rewriter.getDenseI64ArrayAttr(llvm::to_vector(llvm::seq<int64_t>(1, trailing + 1))));
    Value scaled = MulOp::create(rewriter, loc, acc.getType(), acc, scale);
    auto zeroType = RankedTensorType::get({}, rewriter.getI8Type());
    Value zero = arith::ConstantOp::create(
        rewriter, loc, zeroType,
        cast<TypedAttr>(DenseElementsAttr::get(
            zeroType, rewriter.getIntegerAttr(rewriter.getI8Type(), op.getOutputZeroPoint()))));
    rewriter.replaceOpWithNewOp<QuantizeLinearOp>(op, resultType, scaled, scalar(f32, 1.0), zero,
                                                  rewriter.getI64IntegerAttr(1));
    return success();
  }
};

} // namespace

void mcc::populateQuantLowering(RewritePatternSet &patterns) {
  patterns.add<LinearQuantLowering<QuantizeLinearOp>, LinearQuantLowering<DequantizeLinearOp>,
               QConvAsFloatConv>(patterns.getContext());
}
