//===- IndexingLowering.cpp - gathers, scatters, scans, top-k, one-hot ----===//
//
// Gathers and one-hot are one linalg.generic over the result whose body reads
// the source with tensor.extract at computed positions. Scatters and top-k's
// placement write at data-dependent positions, so they are scf.for nests that
// carry the result tensor and tensor.insert into it, in order (a repeated
// index keeps the last write, as ONNX specifies). Scans are a linalg.generic
// with one extra reduction dim over the axis: O(n^2) along it, but one op
// that handles every shape.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

Value cIndex(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

SmallVector<Value> loopIndices(OpBuilder &b, Location loc, int64_t rank) {
  SmallVector<Value> ivs;
  for (int64_t d = 0; d < rank; ++d)
    ivs.push_back(linalg::IndexOp::create(b, loc, d));
  return ivs;
}

/// `old` combined with `update` by a scatter reduction.
Value combine(OpBuilder &b, Location loc, StringRef reduction, Value old, Value update) {
  bool f = isa<FloatType>(update.getType());
  if (reduction == "add")
    return f ? (Value)arith::AddFOp::create(b, loc, old, update)
             : (Value)arith::AddIOp::create(b, loc, old, update);
  if (reduction == "mul")
    return f ? (Value)arith::MulFOp::create(b, loc, old, update)
             : (Value)arith::MulIOp::create(b, loc, old, update);
  if (reduction == "max")
    return f ? (Value)arith::MaximumFOp::create(b, loc, old, update)
             : (Value)arith::MaxSIOp::create(b, loc, old, update);
  if (reduction == "min")
    return f ? (Value)arith::MinimumFOp::create(b, loc, old, update)
             : (Value)arith::MinSIOp::create(b, loc, old, update);
  return update;
}

/// An scf.for nest over `sizes` carrying `init`; `body` gets the induction
/// variables and the carried tensor and returns its next value.
Value buildScatterLoops(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes, Value init,
                        function_ref<Value(OpBuilder &, Location, ValueRange, Value)> body) {
  SmallVector<Value> lbs, ubs, steps;
  for (OpFoldResult s : sizes) {
    lbs.push_back(cIndex(b, loc, 0));
    ubs.push_back(toValue(b, loc, s));
    steps.push_back(cIndex(b, loc, 1));
  }
  if (sizes.empty()) {
    // A 0-D scatter: one step.
    return body(b, loc, {}, init);
  }
  scf::LoopNest nest = scf::buildLoopNest(
      b, loc, lbs, ubs, steps, ValueRange{init},
      [&](OpBuilder &nb, Location l, ValueRange ivs, ValueRange iter) -> scf::ValueVector {
        return {body(nb, l, ivs, iter[0])};
      });
  return nest.results[0];
}

//===----------------------------------------------------------------------===//
// gather_elements, gather_nd
//===----------------------------------------------------------------------===//

struct GatherElementsToLinalg : OpConversionPattern<GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherElementsOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank(), axis = op.getAxis();
    Value init = createEmpty(rewriter, loc, resultType, getSizes(rewriter, loc, indices));
    Value axisSize = toValue(rewriter, loc, getSizes(rewriter, loc, data)[axis]);
    SmallVector<AffineMap> maps(2, rewriter.getMultiDimIdentityMap(rank));
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{indices}, ValueRange{init}, maps,
            parallelIterators(rank),
            [&](OpBuilder &b, Location l, ValueRange args) {
              SmallVector<Value> at = loopIndices(b, l, rank);
              at[axis] = normalizeIndex(b, l, args[0], axisSize);
              linalg::YieldOp::create(b, l, tensor::ExtractOp::create(b, l, data, at).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct GatherNDToLinalg : OpConversionPattern<GatherNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherNDOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank(), batch = op.getBatchDims();
    int64_t idxRank = cast<RankedTensorType>(indices.getType()).getRank();
    int64_t tuple = cast<RankedTensorType>(indices.getType()).getDimSize(idxRank - 1);
    SmallVector<OpFoldResult> dataSizes = getSizes(rewriter, loc, data);
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, indices);
    sizes.pop_back();
    llvm::append_range(sizes, ArrayRef(dataSizes).drop_front(batch + tuple));
    Value init = createEmpty(rewriter, loc, resultType, sizes);
    SmallVector<Value> dims;
    for (OpFoldResult s : dataSizes)
      dims.push_back(toValue(rewriter, loc, s));
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{}, ValueRange{init},
            ArrayRef<AffineMap>{rewriter.getMultiDimIdentityMap(rank)}, parallelIterators(rank),
            [&](OpBuilder &b, Location l, ValueRange) {
              SmallVector<Value> ivs = loopIndices(b, l, rank);
              SmallVector<Value> idxAt(ivs.begin(), ivs.begin() + idxRank - 1);
              idxAt.push_back(Value());
              SmallVector<Value> at(ivs.begin(), ivs.begin() + batch);
              for (int64_t j = 0; j < tuple; ++j) {
                idxAt.back() = cIndex(b, l, j);
                Value e = tensor::ExtractOp::create(b, l, indices, idxAt);
                at.push_back(normalizeIndex(b, l, e, dims[batch + j]));
              }
              llvm::append_range(at, ArrayRef(ivs).drop_front(idxRank - 1));
              linalg::YieldOp::create(b, l, tensor::ExtractOp::create(b, l, data, at).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// scatter_elements, scatter_nd
//===----------------------------------------------------------------------===//

struct ScatterElementsToLoops : OpConversionPattern<ScatterElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ScatterElementsOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices(), updates = adaptor.getUpdates();
    int64_t axis = op.getAxis();
    StringRef reduction = op.getReduction();
    Value axisSize = toValue(rewriter, loc, getSizes(rewriter, loc, data)[axis]);
    Value result = buildScatterLoops(
        rewriter, loc, getSizes(rewriter, loc, indices), data,
        [&](OpBuilder &b, Location l, ValueRange ivs, Value acc) -> Value {
          Value update = tensor::ExtractOp::create(b, l, updates, ivs);
          SmallVector<Value> at(ivs);
          at[axis] = normalizeIndex(b, l, tensor::ExtractOp::create(b, l, indices, ivs), axisSize);
          if (reduction != "none")
            update = combine(b, l, reduction, tensor::ExtractOp::create(b, l, acc, at), update);
          return tensor::InsertOp::create(b, l, update, acc, at);
        });
    rewriter.replaceOp(op, castToType(rewriter, loc, result, op.getType()));
    return success();
  }
};

struct ScatterNDToLoops : OpConversionPattern<ScatterNDOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ScatterNDOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices(), updates = adaptor.getUpdates();
    int64_t idxRank = cast<RankedTensorType>(indices.getType()).getRank();
    int64_t tuple = cast<RankedTensorType>(indices.getType()).getDimSize(idxRank - 1);
    StringRef reduction = op.getReduction();
    SmallVector<Value> dims;
    for (OpFoldResult s : getSizes(rewriter, loc, data))
      dims.push_back(toValue(rewriter, loc, s));
    Value result = buildScatterLoops(
        rewriter, loc, getSizes(rewriter, loc, updates), data,
        [&](OpBuilder &b, Location l, ValueRange ivs, Value acc) -> Value {
          Value update = tensor::ExtractOp::create(b, l, updates, ivs);
          SmallVector<Value> idxAt(ivs.take_front(idxRank - 1));
          idxAt.push_back(Value());
          SmallVector<Value> at;
          for (int64_t j = 0; j < tuple; ++j) {
            idxAt.back() = cIndex(b, l, j);
            at.push_back(
                normalizeIndex(b, l, tensor::ExtractOp::create(b, l, indices, idxAt), dims[j]));
          }
          llvm::append_range(at, ivs.drop_front(idxRank - 1));
          if (reduction != "none")
            update = combine(b, l, reduction, tensor::ExtractOp::create(b, l, acc, at), update);
          return tensor::InsertOp::create(b, l, update, acc, at);
        });
    rewriter.replaceOp(op, castToType(rewriter, loc, result, op.getType()));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// cumsum, cumprod
//===----------------------------------------------------------------------===//

template <typename OpTy, bool isProduct>
struct ScanToLinalg : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = resultType.getElementType();
    if (!element.isIntOrFloat() || element.isInteger(1))
      return rewriter.notifyMatchFailure(op, "expects a numeric tensor");
    int64_t rank = resultType.getRank(), axis = op.getAxis();
    bool exclusive = op.getExclusive(), reverse = op.getReverse();
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, input);
    Value init = createFilled(rewriter, loc, resultType, sizes,
                              cast<TypedAttr>(isProduct ? rewriter.getOneAttr(element)
                                                        : rewriter.getZeroAttr(element)));
    // Loop dims: the result's, then j, the position along the axis summed over.
    SmallVector<utils::IteratorType> iterators = parallelIterators(rank);
    iterators.push_back(utils::IteratorType::reduction);
    AffineMap outMap = AffineMap::getMultiDimIdentityMap(rank + 1, ctx).dropResult(rank);
    // The reduction dim's extent comes from a tensor shaped like the input
    // along the axis: read the input through (.., j, ..).
    SmallVector<AffineExpr> inExprs;
    for (int64_t d = 0; d < rank; ++d)
      inExprs.push_back(getAffineDimExpr(d == axis ? rank : d, ctx));
    AffineMap inMap = AffineMap::get(rank + 1, 0, inExprs, ctx);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{input}, ValueRange{init},
            ArrayRef<AffineMap>{inMap, outMap}, iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value i = linalg::IndexOp::create(b, l, axis);
              Value j = linalg::IndexOp::create(b, l, rank);
              arith::CmpIPredicate p = reverse ? (exclusive ? arith::CmpIPredicate::sgt
                                                            : arith::CmpIPredicate::sge)
                                               : (exclusive ? arith::CmpIPredicate::slt
                                                            : arith::CmpIPredicate::sle);
              Value take = arith::CmpIOp::create(b, l, p, j, i);
              Value x = args[0], acc = args[1];
              bool f = isa<FloatType>(x.getType());
              Value next = isProduct ? (f ? (Value)arith::MulFOp::create(b, l, acc, x)
                                          : (Value)arith::MulIOp::create(b, l, acc, x))
                                     : (f ? (Value)arith::AddFOp::create(b, l, acc, x)
                                          : (Value)arith::AddIOp::create(b, l, acc, x));
              linalg::YieldOp::create(b, l,
                                      arith::SelectOp::create(b, l, take, next, acc).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// top_k
//===----------------------------------------------------------------------===//

/// Each element's rank along the axis is the number of elements that come
/// before it (greater, or equal at a lower index; smaller for !largest): one
/// O(n^2) linalg.generic. Elements of rank < k are then placed at their rank by
/// an scf.for nest.
struct TopKToLinalg : OpConversionPattern<TopKOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(TopKOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    Type element = inType.getElementType();
    if (!element.isIntOrFloat() || element.isInteger(1))
      return rewriter.notifyMatchFailure(op, "expects a numeric tensor");
    int64_t rank = inType.getRank(), axis = op.getAxis(), k = op.getK();
    bool largest = op.getLargest();
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, input);
    Type i64 = rewriter.getI64Type();
    auto rankType = RankedTensorType::get(inType.getShape(), i64);
    Value zeros = createFilled(rewriter, loc, rankType, sizes, rewriter.getI64IntegerAttr(0));

    // Loop dims: the input's (i along the axis), then j along the axis.
    SmallVector<utils::IteratorType> iterators = parallelIterators(rank);
    iterators.push_back(utils::IteratorType::reduction);
    AffineMap self = AffineMap::getMultiDimIdentityMap(rank + 1, ctx).dropResult(rank);
    SmallVector<AffineExpr> otherExprs;
    for (int64_t d = 0; d < rank; ++d)
      otherExprs.push_back(getAffineDimExpr(d == axis ? rank : d, ctx));
    AffineMap other = AffineMap::get(rank + 1, 0, otherExprs, ctx);
    Value ranks =
        linalg::GenericOp::create(
            rewriter, loc, rankType, ValueRange{input, input}, ValueRange{zeros},
            ArrayRef<AffineMap>{self, other, self}, iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value x = args[0], y = args[1];
              Value i = linalg::IndexOp::create(b, l, axis);
              Value j = linalg::IndexOp::create(b, l, rank);
              bool f = isa<FloatType>(element);
              Value before =
                  f ? (Value)arith::CmpFOp::create(b, l,
                                                   largest ? arith::CmpFPredicate::OGT
                                                           : arith::CmpFPredicate::OLT,
                                                   y, x)
                    : (Value)arith::CmpIOp::create(b, l,
                                                   largest ? arith::CmpIPredicate::sgt
                                                           : arith::CmpIPredicate::slt,
                                                   y, x);
              Value equal = f ? (Value)arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, y, x)
                              : (Value)arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, y, x);
              Value lower = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, j, i);
              Value counts = arith::OrIOp::create(b, l, before,
                                                  arith::AndIOp::create(b, l, equal, lower));
              Value one = arith::ExtUIOp::create(b, l, i64, counts);
              linalg::YieldOp::create(b, l, arith::AddIOp::create(b, l, args[2], one).getResult());
            })
            .getResult(0);

    auto valuesType = cast<RankedTensorType>(op.getValues().getType());
    auto indicesType = cast<RankedTensorType>(op.getIndices().getType());
    SmallVector<OpFoldResult> outSizes(sizes);
    outSizes[axis] = rewriter.getIndexAttr(k);
    Value values = createEmpty(rewriter, loc, valuesType, outSizes);
    Value indices = createEmpty(rewriter, loc, indicesType, outSizes);
    SmallVector<Value> lbs, ubs, steps;
    for (OpFoldResult s : sizes) {
      lbs.push_back(cIndex(rewriter, loc, 0));
      ubs.push_back(toValue(rewriter, loc, s));
      steps.push_back(cIndex(rewriter, loc, 1));
    }
    Value kValue = cIndex(rewriter, loc, k);
    scf::LoopNest nest = scf::buildLoopNest(
        rewriter, loc, lbs, ubs, steps, ValueRange{values, indices},
        [&](OpBuilder &b, Location l, ValueRange ivs, ValueRange iter) -> scf::ValueVector {
          Value r = arith::IndexCastOp::create(b, l, b.getIndexType(),
                                               tensor::ExtractOp::create(b, l, ranks, ivs));
          Value keep = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, r, kValue);
          auto ifOp = scf::IfOp::create(
              b, l, keep,
              [&](OpBuilder &tb, Location tl) {
                SmallVector<Value> at(ivs);
                at[axis] = r;
                Value x = tensor::ExtractOp::create(tb, tl, input, ivs);
                Value idx = arith::IndexCastOp::create(tb, tl, i64, ivs[axis]);
                Value v = tensor::InsertOp::create(tb, tl, x, iter[0], at);
                Value n = tensor::InsertOp::create(tb, tl, idx, iter[1], at);
                scf::YieldOp::create(tb, tl, ValueRange{v, n});
              },
              [&](OpBuilder &eb, Location el) { scf::YieldOp::create(eb, el, iter); });
          return {ifOp.getResult(0), ifOp.getResult(1)};
        });
    rewriter.replaceOp(op, nest.results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// one_hot
//===----------------------------------------------------------------------===//

struct OneHotToLinalg : OpConversionPattern<OneHotOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(OneHotOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value indices = adaptor.getIndices(), values = adaptor.getValues();
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank(), axis = op.getAxis(), depth = op.getDepth();
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, indices);
    sizes.insert(sizes.begin() + axis, rewriter.getIndexAttr(depth));
    Value init = createEmpty(rewriter, loc, resultType, sizes);
    SmallVector<AffineExpr> idxExprs;
    for (int64_t d = 0; d < rank; ++d)
      if (d != axis)
        idxExprs.push_back(getAffineDimExpr(d, ctx));
    AffineMap idxMap = AffineMap::get(rank, 0, idxExprs, ctx);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{indices}, ValueRange{init},
            ArrayRef<AffineMap>{idxMap, rewriter.getMultiDimIdentityMap(rank)},
            parallelIterators(rank),
            [&](OpBuilder &b, Location l, ValueRange args) {
              Type i64 = b.getI64Type();
              Value idx = castScalar(b, l, args[0], i64);
              Value d = arith::ConstantIntOp::create(b, l, i64, depth);
              Value zero = arith::ConstantIntOp::create(b, l, i64, 0);
              Value isNeg = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, idx, zero);
              idx = arith::SelectOp::create(b, l, isNeg, arith::AddIOp::create(b, l, idx, d), idx);
              Value pos = arith::IndexCastOp::create(b, l, i64, linalg::IndexOp::create(b, l, axis));
              Value hit = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, idx, pos);
              Value off = tensor::ExtractOp::create(b, l, values, ValueRange{cIndex(b, l, 0)});
              Value on = tensor::ExtractOp::create(b, l, values, ValueRange{cIndex(b, l, 1)});
              linalg::YieldOp::create(b, l, arith::SelectOp::create(b, l, hit, on, off).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mcc::populateIndexingLowering(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<GatherElementsToLinalg, GatherNDToLinalg, ScatterElementsToLoops, ScatterNDToLoops,
               ScanToLinalg<CumSumOp, false>, ScanToLinalg<CumProdOp, true>, TopKToLinalg,
               OneHotToLinalg>(ctx);
}
