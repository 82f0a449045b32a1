//===- ReductionLowering.cpp - reduce_*, argmax, argmin -------------------===//
//
// A reduction is one linalg.generic with reduction iterators over the reduced
// dims, accumulating into an init filled with the combiner's identity; mean
// divides afterwards; keepdims re-inserts the unit dims with
// tensor.expand_shape. argmax/argmin carry (value, index) through a generic
// with two outputs and an order-independent combiner (ties compare indices),
// so tiling or splitting the reduction later keeps the first/last-index rule.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

using B = ImplicitLocOpBuilder;

/// How a reduction combines: the identity and combiner per element class.
struct Combiner {
  arith::AtomicRMWKind floatKind, intKind;
  Value (*combine)(B &, Value acc, Value x);
  bool mean = false;
  /// On i1 (when not `assign`: max is or, min is and; sums of bools are
  /// not ONNX's business).
  arith::AtomicRMWKind boolKind = arith::AtomicRMWKind::assign;
};

template <typename FOp, typename IOp>
Value combineWith(B &b, Value acc, Value x) {
  if (isa<FloatType>(x.getType()))
    return FOp::create(b, acc, x);
  return IOp::create(b, acc, x);
}

using K = arith::AtomicRMWKind;
const Combiner kSum = {K::addf, K::addi, combineWith<arith::AddFOp, arith::AddIOp>};
const Combiner kMean = {K::addf, K::addi, combineWith<arith::AddFOp, arith::AddIOp>, true};
const Combiner kProd = {K::mulf, K::muli, combineWith<arith::MulFOp, arith::MulIOp>};
// maximumf/minimumf propagate NaN, as numpy and ONNX Runtime do.
const Combiner kMax = {K::maximumf, K::maxs, combineWith<arith::MaximumFOp, arith::MaxSIOp>,
                       false, K::ori};
const Combiner kMin = {K::minimumf, K::mins, combineWith<arith::MinimumFOp, arith::MinSIOp>,
                       false, K::andi};

/// The reduced dims: `axes`, or every dim when empty.
SmallVector<int64_t> reducedDims(ArrayRef<int64_t> axes, int64_t rank) {
  if (!axes.empty())
    return SmallVector<int64_t>(axes);
  return llvm::to_vector(llvm::seq<int64_t>(0, rank));
}

/// Re-inserts the reduced dims as size 1 when `keepdims`, then matches the
/// op's (possibly more static) result type.
Value finish(OpBuilder &b, Location loc, Value reduced, RankedTensorType resultType,
             ArrayRef<int64_t> dims, bool keepdims, ArrayRef<OpFoldResult> inputSizes) {
  if (keepdims) {
    auto type = cast<RankedTensorType>(reduced.getType());
    SmallVector<int64_t> shape(type.getShape());
    for (int64_t d : dims)
      shape.insert(shape.begin() + d, 1);
    reduced = expandUnitDims(b, loc, reduced, RankedTensorType::get(shape, type.getElementType()),
                             dims, inputSizes);
  }
  return castToType(b, loc, reduced, resultType);
}

template <typename OpTy>
struct ReduceLowering : OpConversionPattern<OpTy> {
  ReduceLowering(MLIRContext *ctx, const Combiner &combiner)
      : OpConversionPattern<OpTy>(ctx), combiner(combiner) {}

  LogicalResult matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    auto xt = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!xt || !resultType)
      return rewriter.notifyMatchFailure(op, "expects ranked tensors");
    Type element = xt.getElementType();
    bool isFloat = isa<FloatType>(element);
    bool isBool = element.isInteger(1);
    if (isBool && combiner.boolKind == K::assign)
      return rewriter.notifyMatchFailure(op, "no combiner for i1 elements");
    if (!isFloat && !element.isSignlessInteger())
      return rewriter.notifyMatchFailure(op, "expects float or integer elements");

    int64_t rank = xt.getRank();
    SmallVector<int64_t> dims = reducedDims(op.getAxes(), rank);
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, x);
    // Sums and products of 16-bit floats accumulate in f32.
    Type acc = getAccumulatorType(element);
    auto accType = RankedTensorType::get(dropDims(xt.getShape(), dims), acc);
    K kind = isFloat ? combiner.floatKind : isBool ? combiner.boolKind : combiner.intKind;
    Value init = createFilled(rewriter, loc, accType, dropDims(sizes, dims),
                              arith::getIdentityValueAttr(kind, acc, rewriter, loc));
    Value r = createReduction(rewriter, loc, rank, dims, x, rewriter.getMultiDimIdentityMap(rank),
                              init, [&](OpBuilder &nb, Location l, ValueRange a) {
                                B b(l, nb);
                                Value v = castScalar(b, l, a[0], acc);
                                if (isBool)
                                  return SmallVector<Value>{
                                      arith::getReductionOp(kind, b, l, a[1], v)};
                                return SmallVector<Value>{combiner.combine(b, a[1], v)};
                              })[0];
    if (combiner.mean || acc != element) {
      Value count;
      if (combiner.mean)
        count = createElementCount(rewriter, loc, sizes, dims, acc);
      r = createElementwise(rewriter, loc, accType.clone(element), r,
                            [&](OpBuilder &nb, Location l, ValueRange a) {
                              Value v = a[0];
                              if (count)
                                v = isFloat ? (Value)arith::DivFOp::create(nb, l, v, count)
                                            : (Value)arith::DivSIOp::create(nb, l, v, count);
                              return castScalar(nb, l, v, element);
                            });
    }
    rewriter.replaceOp(op, finish(rewriter, loc, r, resultType, dims, op.getKeepdims(), sizes));
    return success();
  }

  Combiner combiner;
};

/// argmax / argmin: (value, index) accumulators; an element wins when it is
/// strictly better, or equal with a smaller index (a larger one with
/// select_last_index).
template <typename OpTy, bool isMax>
struct ArgReduceLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    auto xt = dyn_cast<RankedTensorType>(x.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!xt || !resultType)
      return rewriter.notifyMatchFailure(op, "expects ranked tensors");
    Type element = xt.getElementType();
    bool isFloat = isa<FloatType>(element);
    if (!isFloat && (!element.isSignlessInteger() || element.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "expects float or integer elements");

    int64_t rank = xt.getRank(), axis = op.getAxis();
    bool last = op.getSelectLastIndex();
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, x);
    SmallVector<int64_t> rowShape = dropDims(xt.getShape(), {axis});
    SmallVector<OpFoldResult> rowSizes = dropDims(sizes, {axis});
    K kind = isFloat ? (isMax ? K::maximumf : K::minimumf) : (isMax ? K::maxs : K::mins);
    Value valueInit = createFilled(rewriter, loc, RankedTensorType::get(rowShape, element), rowSizes,
                                   arith::getIdentityValueAttr(kind, element, rewriter, loc));
    Value indexInit = createFilled(rewriter, loc, RankedTensorType::get(rowShape, rewriter.getI64Type()),
                                   rowSizes, rewriter.getI64IntegerAttr(0));
    SmallVector<Value> results = createReduction(
        rewriter, loc, rank, {axis}, x, rewriter.getMultiDimIdentityMap(rank),
        ValueRange{valueInit, indexInit}, [&](OpBuilder &nb, Location l, ValueRange a) {
          B b(l, nb);
          Value v = a[0], best = a[1], bestIndex = a[2];
          Value index = indexToI64(b, l, linalg::IndexOp::create(b, axis));
          Value better, equal;
          if (isFloat) {
            better = arith::CmpFOp::create(b, isMax ? arith::CmpFPredicate::OGT
                                                    : arith::CmpFPredicate::OLT,
                                           v, best);
            equal = arith::CmpFOp::create(b, arith::CmpFPredicate::OEQ, v, best);
          } else {
            better = arith::CmpIOp::create(b, isMax ? arith::CmpIPredicate::sgt
                                                    : arith::CmpIPredicate::slt,
                                           v, best);
            equal = arith::CmpIOp::create(b, arith::CmpIPredicate::eq, v, best);
          }
          Value tieWins = arith::CmpIOp::create(
              b, last ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::slt, index, bestIndex);
          Value take = arith::OrIOp::create(b, better, arith::AndIOp::create(b, equal, tieWins));
          return SmallVector<Value>{arith::SelectOp::create(b, take, v, best),
                                    arith::SelectOp::create(b, take, index, bestIndex)};
        });
    rewriter.replaceOp(op, finish(rewriter, loc, results[1], resultType, {axis},
                                  op.getKeepdims(), sizes));
    return success();
  }
};

} // namespace

void mcc::populateReductionLowering(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ReduceLowering<ReduceSumOp>>(ctx, kSum);
  patterns.add<ReduceLowering<ReduceMeanOp>>(ctx, kMean);
  patterns.add<ReduceLowering<ReduceProdOp>>(ctx, kProd);
  patterns.add<ReduceLowering<ReduceMaxOp>>(ctx, kMax);
  patterns.add<ReduceLowering<ReduceMinOp>>(ctx, kMin);
  patterns.add<ArgReduceLowering<ArgMaxOp, true>, ArgReduceLowering<ArgMinOp, false>>(ctx);
}
