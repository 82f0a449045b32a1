//===- NormalizationLowering.cpp - batch_norm, layer_norm, softmax --------===//
//
// Each normalization is a short chain of linalg.generic ops: reductions into
// per-row statistics (small tensors), then one elementwise pass over the
// input. Per-row work (a reciprocal square root, a log) is done once per row
// in its own small generic, never once per element.
//
// Statistics are computed in the accumulator type: f32 for 16-bit floats (as
// ONNX's LayerNormalization stash_type and ONNX Runtime do), else the input's
// float type.
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

using B = ImplicitLocOpBuilder;
Value add(B &b, Value x, Value y) { return arith::AddFOp::create(b, x, y); }
Value sub(B &b, Value x, Value y) { return arith::SubFOp::create(b, x, y); }
Value mul(B &b, Value x, Value y) { return arith::MulFOp::create(b, x, y); }
Value div(B &b, Value x, Value y) { return arith::DivFOp::create(b, x, y); }
Value ext(B &b, Value x, Type t) { return castScalar(b, b.getLoc(), x, t); }

/// A linalg.generic over a loop nest of `rank` dims, all parallel, writing
/// `init` through the identity map and reading `inputs` through `maps`. The
/// body gets the input scalars followed by the current output element.
Value createMap(OpBuilder &b, Location loc, ValueRange inputs, ArrayRef<AffineMap> maps,
                Value init, function_ref<Value(B &, ValueRange)> body) {
  int64_t rank = cast<RankedTensorType>(init.getType()).getRank();
  SmallVector<AffineMap> all(maps);
  all.push_back(b.getMultiDimIdentityMap(rank));
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, inputs, ValueRange{init}, all, parallelIterators(rank),
      [&](OpBuilder &nb, Location l, ValueRange args) {
        B ib(l, nb);
        linalg::YieldOp::create(nb, l, body(ib, args));
      });
  return generic.getResult(0);
}

/// An accumulator of `type` filled with the identity of `kind`.
Value createIdentity(OpBuilder &b, Location loc, arith::AtomicRMWKind kind, RankedTensorType type,
                     ArrayRef<OpFoldResult> sizes) {
  return createFilled(b, loc, type, sizes,
                      arith::getIdentityValueAttr(kind, type.getElementType(), b, loc));
}

/// Checks the element types common to every normalization.
template <typename OpTy>
LogicalResult checkFloatOperands(OpTy op, ValueRange operands, PatternRewriter &rewriter) {
  SmallVector<Type> types(operands.getTypes());
  types.append(op->result_type_begin(), op->result_type_end());
  for (Type t : types) {
    auto rt = dyn_cast<RankedTensorType>(t);
    if (!rt || !isa<FloatType>(rt.getElementType()))
      return rewriter.notifyMatchFailure(op, "expects ranked float tensors");
  }
  return success();
}

/// y = x * s[c] + t[c] with s = scale / sqrt(var + eps) and t = bias - mean * s
/// computed once per channel.
struct BatchNormLowering : OpConversionPattern<BatchNormOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(BatchNormOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    if (failed(checkFloatOperands(op, adaptor.getOperands(), rewriter)))
      return failure();
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    auto xt = cast<RankedTensorType>(x.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    if (xt.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "expects a channel dim");
    Type acc = getAccumulatorType(xt.getElementType());
    double eps = op.getEpsilon().convertToDouble();

    Value scale = adaptor.getScale();
    auto statType = RankedTensorType::get({xt.getDimSize(1)}, acc);
    SmallVector<OpFoldResult> xSizes = getSizes(rewriter, loc, x);
    MLIRContext *ctx = rewriter.getContext();
    AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, ctx);
    SmallVector<Value> stats = {scale, adaptor.getBias(), adaptor.getMean(),
                                adaptor.getVariance()};
    Value sInit = createEmpty(rewriter, loc, statType, {xSizes[1]});
    Value tInit = createEmpty(rewriter, loc, statType, {xSizes[1]});
    // Two outputs (s, t) from one pass over the four statistics.
    auto perChannel = linalg::GenericOp::create(
        rewriter, loc, TypeRange{statType, statType}, stats, ValueRange{sInit, tInit},
        SmallVector<AffineMap>(6, id1), parallelIterators(1),
        [&](OpBuilder &nb, Location l, ValueRange a) {
          B b(l, nb);
          Value sc = ext(b, a[0], acc), bi = ext(b, a[1], acc), mean = ext(b, a[2], acc),
                var = ext(b, a[3], acc);
          Value s = div(b, sc, math::SqrtOp::create(b, add(b, var, createScalar(b, l, acc, eps))));
          Value t = sub(b, bi, mul(b, mean, s));
          linalg::YieldOp::create(b, ValueRange{s, t});
        });

    int64_t rank = xt.getRank();
    AffineMap channel = AffineMap::get(rank, 0, getAffineDimExpr(1, ctx));
    Value init = createEmpty(rewriter, loc, resultType, xSizes);
    Type element = resultType.getElementType();
    Value y = createMap(rewriter, loc, ValueRange{x, perChannel.getResult(0), perChannel.getResult(1)},
                        {rewriter.getMultiDimIdentityMap(rank), channel, channel}, init,
                        [&](B &b, ValueRange a) {
                          Value v = add(b, mul(b, ext(b, a[0], acc), a[1]), a[2]);
                          return ext(b, v, element);
                        });
    rewriter.replaceOp(op, y);
    return success();
  }
};

/// mean and variance over dims [axis, rank) in two reductions, then
/// (x - mean) * rstd * scale + bias in one elementwise pass.
struct LayerNormLowering : OpConversionPattern<LayerNormOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(LayerNormOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    if (failed(checkFloatOperands(op, adaptor.getOperands(), rewriter)))
      return failure();
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value x = adaptor.getInput();
    auto xt = cast<RankedTensorType>(x.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = xt.getRank(), axis = op.getAxis();
    Type acc = getAccumulatorType(xt.getElementType());
    Type element = resultType.getElementType();
    double eps = op.getEpsilon().convertToDouble();

    SmallVector<int64_t> inner;
    for (int64_t d = axis; d < rank; ++d)
      inner.push_back(d);
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, x);
    auto rowType = RankedTensorType::get(xt.getShape().take_front(axis), acc);
    SmallVector<OpFoldResult> rowSizes(ArrayRef<OpFoldResult>(sizes).take_front(axis));
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    AffineMap row = getDropDimsMap(rank, inner, ctx);
    AffineMap rowId = rewriter.getMultiDimIdentityMap(axis);
    Value invCount;
    {
      B b(loc, rewriter);
      invCount = div(b, createScalar(b, loc, acc, 1.0),
                     createElementCount(b, loc, sizes, inner, acc));
    }
    // One zero-filled accumulator per reduction, so that neither is
    // overwritten in place while the other still needs it.
    auto zeros = [&] {
      return createFilled(rewriter, loc, rowType, rowSizes,
                          cast<TypedAttr>(rewriter.getZeroAttr(acc)));
    };

    // mean = sum(x) / n
    Value sum = createReduction(rewriter, loc, rank, inner, x, id, zeros(),
                                [&](OpBuilder &nb, Location l, ValueRange a) {
                                  B b(l, nb);
                                  return SmallVector<Value>{add(b, a[1], ext(b, a[0], acc))};
                                })[0];
    Value mean = createMap(rewriter, loc, sum, rowId, createEmpty(rewriter, loc, rowType, rowSizes),
                           [&](B &b, ValueRange a) { return mul(b, a[0], invCount); });
    // rstd = 1 / sqrt(sum((x - mean)^2) / n + eps)
    Value sq = createReduction(rewriter, loc, rank, inner, ValueRange{x, mean}, {id, row}, zeros(),
                               [&](OpBuilder &nb, Location l, ValueRange a) {
                                 B b(l, nb);
                                 Value d = sub(b, ext(b, a[0], acc), a[1]);
                                 return SmallVector<Value>{add(b, a[2], mul(b, d, d))};
                               })[0];
    Value rstd = createMap(rewriter, loc, sq, rowId, createEmpty(rewriter, loc, rowType, rowSizes),
                           [&](B &b, ValueRange a) {
                             Value var = add(b, mul(b, a[0], invCount),
                                             createScalar(b, b.getLoc(), acc, eps));
                             return div(b, createScalar(b, b.getLoc(), acc, 1.0),
                                        math::SqrtOp::create(b, var));
                           });

    SmallVector<Value> inputs = {x, mean, rstd, adaptor.getScale()};
    SmallVector<AffineMap> maps = {id, row, row,
                                   getBroadcastMap(cast<RankedTensorType>(inputs[3].getType()), xt)};
    if (Value bias = adaptor.getBias()) {
      inputs.push_back(bias);
      maps.push_back(getBroadcastMap(cast<RankedTensorType>(bias.getType()), xt));
    }
    Value init = createEmpty(rewriter, loc, resultType, sizes);
    Value y = createMap(rewriter, loc, inputs, maps, init, [&](B &b, ValueRange a) {
      Value v = mul(b, mul(b, sub(b, ext(b, a[0], acc), a[1]), a[2]), ext(b, a[3], acc));
      if (a.size() > 5)
        v = add(b, v, ext(b, a[4], acc));
      return ext(b, v, element);
    });
    rewriter.replaceOp(op, y);
    return success();
  }
};

/// softmax: m = max(x), e = exp(x - m), s = sum(e), y = e / s.
/// log_softmax: m = max(x), s = sum(exp(x - m)), l = m + log(s), y = x - l.
template <typename OpTy, bool isLog>
struct SoftmaxLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    if (failed(checkFloatOperands(op, adaptor.getOperands(), rewriter)))
      return failure();
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value x = adaptor.getInput();
    auto xt = cast<RankedTensorType>(x.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = xt.getRank(), axis = op.getAxis();
    Type acc = getAccumulatorType(xt.getElementType());
    Type element = resultType.getElementType();

    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, x);
    auto rowType = RankedTensorType::get(dropDims(xt.getShape(), {axis}), acc);
    SmallVector<OpFoldResult> rowSizes = dropDims(sizes, {axis});
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    AffineMap row = getDropDimsMap(rank, {axis}, ctx);
    auto reduce = [&](ValueRange inputs, ArrayRef<AffineMap> maps, arith::AtomicRMWKind kind,
                      function_ref<Value(B &, ValueRange)> body) {
      Value init = createIdentity(rewriter, loc, kind, rowType, rowSizes);
      return createReduction(rewriter, loc, rank, {axis}, inputs, maps, init,
                             [&](OpBuilder &nb, Location l, ValueRange a) {
                               B b(l, nb);
                               return SmallVector<Value>{body(b, a)};
                             })[0];
    };

    Value max = reduce(x, id, arith::AtomicRMWKind::maximumf, [&](B &b, ValueRange a) -> Value {
      return arith::MaximumFOp::create(b, a[1], ext(b, a[0], acc));
    });
    auto expShifted = [&](B &b, Value v, Value m) -> Value {
      return math::ExpOp::create(b, sub(b, ext(b, v, acc), m));
    };
    Value y;
    if constexpr (isLog) {
      Value sum = reduce(ValueRange{x, max}, {id, row}, arith::AtomicRMWKind::addf,
                         [&](B &b, ValueRange a) { return add(b, a[2], expShifted(b, a[0], a[1])); });
      Value lse = createMap(rewriter, loc, ValueRange{max, sum},
                            {rewriter.getMultiDimIdentityMap(rank - 1),
                             rewriter.getMultiDimIdentityMap(rank - 1)},
                            createEmpty(rewriter, loc, rowType, rowSizes), [&](B &b, ValueRange a) {
                              return add(b, a[0], math::LogOp::create(b, a[1]));
                            });
      y = createMap(rewriter, loc, ValueRange{x, lse}, {id, row},
                    createEmpty(rewriter, loc, resultType, sizes), [&](B &b, ValueRange a) {
                      return ext(b, sub(b, ext(b, a[0], acc), a[1]), element);
                    });
    } else {
      auto expType = xt.clone(acc);
      Value e = createMap(rewriter, loc, ValueRange{x, max}, {id, row},
                          createEmpty(rewriter, loc, expType, sizes),
                          [&](B &b, ValueRange a) { return expShifted(b, a[0], a[1]); });
      Value sum = reduce(e, id, arith::AtomicRMWKind::addf,
                         [&](B &b, ValueRange a) { return add(b, a[1], a[0]); });
      if (acc == element) {
        // Divide in place: e is the output operand, so bufferization reuses
        // its buffer.
        y = createMap(rewriter, loc, sum, row, e,
                      [&](B &b, ValueRange a) { return div(b, a[1], a[0]); });
      } else {
        y = createMap(rewriter, loc, ValueRange{e, sum}, {id, row},
                      createEmpty(rewriter, loc, resultType, sizes),
                      [&](B &b, ValueRange a) { return ext(b, div(b, a[0], a[1]), element); });
      }
    }
    rewriter.replaceOp(op, castToType(rewriter, loc, y, resultType));
    return success();
  }
};

} // namespace

void mcc::populateNormalizationLowering(RewritePatternSet &patterns) {
  patterns.add<BatchNormLowering, LayerNormLowering, SoftmaxLowering<SoftmaxOp, false>,
               SoftmaxLowering<LogSoftmaxOp, true>>(patterns.getContext());
}
