//===- ContractionLowering.cpp - matmul and gemm --------------------------===//
//
// Contractions go to named linalg ops wherever the shapes allow, since those
// are what the tiling, packing and vectorization downstream recognize best:
//   - matmul with a rhs without batch dims (the Transformer case: activations
//     [B, S, K] times weights [K, N]) folds the lhs batch dims into M and runs
//     one linalg.matmul (or matvec / vecmat / dot for 1-D operands);
//   - equal batch dims run one linalg.batch_matmul over the collapsed batch;
//   - anything that broadcasts batch dims runs one linalg.generic.
// A dynamic batch dim may be 1 at run time and broadcast (numpy rules): an
// operand whose dynamic batch dims are not provably the result's is guarded
// by broadcastDynamicUnitDims, a copy taken only when such a dim is 1.
// gemm is a linalg.matmul whose indexing maps read the transposed operands in
// place, then one elementwise linalg.generic for alpha, beta and the bias.
// 16-bit floats accumulate in f32 and are truncated at the end.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

/// Collapses dims [0, rank - 1) of `v` into one: [b..., m, k] -> [b*...*m, k].
Value collapseLeading(OpBuilder &b, Location loc, Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getRank() <= 2)
    return v;
  ReassociationIndices lead;
  for (int64_t d = 0; d + 1 < type.getRank(); ++d)
    lead.push_back(d);
  return tensor::CollapseShapeOp::create(b, loc, v,
                                         ArrayRef<ReassociationIndices>{lead, {type.getRank() - 1}});
}

/// Collapses the batch dims [0, rank - 2) of `v` into one: [b..., m, k] -> [B, m, k].
Value collapseBatch(OpBuilder &b, Location loc, Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  int64_t r = type.getRank();
  if (r == 3)
    return v;
  ReassociationIndices batch;
  for (int64_t d = 0; d < r - 2; ++d)
    batch.push_back(d);
  return tensor::CollapseShapeOp::create(
      b, loc, v, ArrayRef<ReassociationIndices>{batch, {r - 2}, {r - 1}});
}

/// Drops the static size-1 leading dims of `v` until it has rank `rank`.
Value dropUnitBatch(OpBuilder &b, Location loc, Value v, int64_t rank) {
  auto type = cast<RankedTensorType>(v.getType());
  int64_t drop = type.getRank() - rank;
  if (drop <= 0)
    return v;
  SmallVector<ReassociationIndices> groups;
  ReassociationIndices first;
  for (int64_t d = 0; d <= drop; ++d)
    first.push_back(d);
  groups.push_back(first);
  for (int64_t d = drop + 1; d < type.getRank(); ++d)
    groups.push_back({d});
  return tensor::CollapseShapeOp::create(b, loc, v, groups);
}

/// Expands `v` to the shape `shape`/`sizes` by splitting its leading dim
/// (the trailing dims of `shape` beyond v's rank - 1 map one to one).
Value expandLeading(OpBuilder &b, Location loc, Value v, ArrayRef<int64_t> shape,
                    ArrayRef<OpFoldResult> sizes) {
  auto type = cast<RankedTensorType>(v.getType());
  int64_t r = shape.size();
  if (type.getRank() == r)
    return v;
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  SmallVector<ReassociationIndices> groups;
  if (type.getRank() > 0) {
    int64_t tail = type.getRank() - 1;
    ReassociationIndices first;
    for (int64_t d = 0; d < r - tail; ++d)
      first.push_back(d);
    groups.push_back(first);
    for (int64_t d = r - tail; d < r; ++d)
      groups.push_back({d});
  }
  return tensor::ExpandShapeOp::create(b, loc, resultType, v, groups, sizes);
}

/// Truncates an f32 accumulator to the result element type (a no-op when the
/// types agree).
Value finishAccumulator(OpBuilder &b, Location loc, Value acc, RankedTensorType resultType,
                        ArrayRef<OpFoldResult> sizes) {
  auto accType = cast<RankedTensorType>(acc.getType());
  if (accType.getElementType() == resultType.getElementType())
    return acc;
  auto type = accType.clone(resultType.getElementType());
  return createElementwise(b, loc, type, acc, [&](OpBuilder &nb, Location l, ValueRange a) {
    return castScalar(nb, l, a[0], type.getElementType());
  });
}

/// True when every dim of `shape` is statically 1.
bool allUnit(ArrayRef<int64_t> shape) {
  return llvm::all_of(shape, [](int64_t d) { return d == 1; });
}

/// Batch dims of two operands that a batch_matmul can take once their dynamic
/// dims are broadcast (broadcastDynamicUnitDims): same rank, and each pair
/// equal or dynamic against anything but a static 1, which only a generic
/// reads in place.
bool batchMatmulCompatible(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  if (a.size() != b.size())
    return false;
  for (auto [x, y] : llvm::zip(a, b)) {
    if (x == y)
      continue;
    if (ShapedType::isDynamic(x) && y != 1)
      continue;
    if (ShapedType::isDynamic(y) && x != 1)
      continue;
    return false;
  }
  return true;
}

/// The static size of batch dim `d` of the result: a static operand size other
/// than 1 if there is one, 1 if every operand that has the dim has 1 there,
/// else dynamic (a dynamic dim may still be 1 at run time and broadcast).
int64_t resultBatchDim(ArrayRef<ArrayRef<int64_t>> batches, int64_t nb, int64_t d) {
  int64_t size = 1;
  for (ArrayRef<int64_t> batch : batches) {
    int64_t od = d - (nb - (int64_t)batch.size());
    if (od < 0 || batch[od] == 1)
      continue;
    if (!ShapedType::isDynamic(batch[od]))
      return batch[od];
    size = ShapedType::kDynamic;
  }
  return size;
}

struct MatMulLowering : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    auto lt = dyn_cast<RankedTensorType>(lhs.getType());
    auto rt = dyn_cast<RankedTensorType>(rhs.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!lt || !rt || !resultType || lt.getRank() == 0 || rt.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "expects ranked operands of rank >= 1");
    Type element = resultType.getElementType();
    if (!element.isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "expects int or float elements");
    Type acc = getAccumulatorType(element);
    int64_t lr = lt.getRank(), rr = rt.getRank();
    ArrayRef<int64_t> lBatch = lt.getShape().drop_back(std::min<int64_t>(lr, 2));
    ArrayRef<int64_t> rBatch = rt.getShape().drop_back(std::min<int64_t>(rr, 2));

    // The result's shape and sizes: batch dims broadcast as numpy does, then
    // M, N. Both operands end in their matrix (or vector) dims, so aligned at
    // the end their batch dims line up; `batchType` is the result's batch
    // shape followed by two unit dims that stand for the matrix dims, the
    // shape through which getBroadcastSizes and broadcastDynamicUnitDims see
    // only the batch dims.
    int64_t nb = std::max(lBatch.size(), rBatch.size());
    SmallVector<OpFoldResult> lSizes = getSizes(rewriter, loc, lhs);
    SmallVector<OpFoldResult> rSizes = getSizes(rewriter, loc, rhs);
    SmallVector<int64_t> shape;
    for (int64_t d = 0; d < nb; ++d)
      shape.push_back(resultBatchDim({lBatch, rBatch}, nb, d));
    SmallVector<int64_t> batchShape(shape);
    batchShape.append({1, 1});
    auto batchType = RankedTensorType::get(batchShape, acc);
    SmallVector<OpFoldResult> batchSizes =
        getBroadcastSizes(rewriter, loc, ValueRange{lhs, rhs}, batchType);
    SmallVector<OpFoldResult> sizes(batchSizes.begin(), batchSizes.begin() + nb);
    if (lr > 1) {
      shape.push_back(lt.getDimSize(lr - 2));
      sizes.push_back(lSizes[lr - 2]);
    }
    if (rr > 1) {
      shape.push_back(rt.getDimSize(rr - 1));
      sizes.push_back(rSizes[rr - 1]);
    }
    auto accType = RankedTensorType::get(shape, acc);
    auto zero = cast<TypedAttr>(rewriter.getZeroAttr(acc));

    Value result;
    if (allUnit(rBatch)) {
      // rhs is a matrix or vector: one 2-D (or lower) contraction, the lhs
      // batch dims folded into M.
      Value l = lr == 1 ? lhs : collapseLeading(rewriter, loc, lhs);
      Value r = dropUnitBatch(rewriter, loc, rhs, std::min<int64_t>(rr, 2));
      auto l2 = cast<RankedTensorType>(l.getType());
      SmallVector<int64_t> outShape;
      SmallVector<OpFoldResult> outSizes;
      if (lr > 1) {
        outShape.push_back(l2.getDimSize(0));
        outSizes.push_back(l == lhs ? lSizes[0] : getSizes(rewriter, loc, l)[0]);
      }
      if (rr > 1) {
        outShape.push_back(rt.getDimSize(rr - 1));
        outSizes.push_back(rSizes[rr - 1]);
      }
      Value init = createFilled(rewriter, loc, RankedTensorType::get(outShape, acc), outSizes, zero);
      Operation *contraction;
      if (lr > 1 && rr > 1)
        contraction = linalg::MatmulOp::create(rewriter, loc, ValueRange{l, r}, init);
      else if (lr > 1)
        contraction = linalg::MatvecOp::create(rewriter, loc, ValueRange{l, r}, init);
      else if (rr > 1)
        contraction = linalg::VecmatOp::create(rewriter, loc, ValueRange{l, r}, init);
      else
        contraction = linalg::DotOp::create(rewriter, loc, ValueRange{l, r}, init);
      result = expandLeading(rewriter, loc, contraction->getResult(0), shape, sizes);
    } else if (lr >= 3 && rr >= 3 && batchMatmulCompatible(lBatch, rBatch)) {
      // Equal batches: one batch_matmul over the collapsed batch dims. A
      // dynamic batch dim not provably the result's may be 1 at run time
      // while the other operand's is not: that operand is broadcast first
      // (no code when the dims are provably equal).
      Value lb = broadcastDynamicUnitDims(rewriter, loc, lhs, batchType, batchSizes);
      Value rb = broadcastDynamicUnitDims(rewriter, loc, rhs, batchType, batchSizes);
      Value l = collapseBatch(rewriter, loc, lb), r = collapseBatch(rewriter, loc, rb);
      OpFoldResult batch = l == lhs ? lSizes[0] : getSizes(rewriter, loc, l)[0];
      auto outType = RankedTensorType::get(
          {cast<RankedTensorType>(l.getType()).getDimSize(0), shape[nb], shape[nb + 1]}, acc);
      Value init = createFilled(rewriter, loc, outType, {batch, sizes[nb], sizes[nb + 1]}, zero);
      Value bmm = linalg::BatchMatmulOp::create(rewriter, loc, ValueRange{l, r}, init)->getResult(0);
      result = expandLeading(rewriter, loc, bmm, shape, sizes);
    } else {
      // The generic reads static unit dims at index 0; dynamic ones that turn
      // out 1 are broadcast first.
      Value lb = broadcastDynamicUnitDims(rewriter, loc, lhs, batchType, batchSizes);
      Value rb = broadcastDynamicUnitDims(rewriter, loc, rhs, batchType, batchSizes);
      result = broadcastMatmul(rewriter, loc, lb, rb, accType, sizes, nb);
    }
    result = finishAccumulator(rewriter, loc, result, resultType, sizes);
    rewriter.replaceOp(op, castToType(rewriter, loc, result, resultType));
    return success();
  }

  /// The general case, batch dims broadcasting: a linalg.generic over
  /// (batch..., m, n, k), with m or n absent for 1-D operands.
  static Value broadcastMatmul(OpBuilder &b, Location loc, Value lhs, Value rhs,
                               RankedTensorType accType, ArrayRef<OpFoldResult> sizes,
                               int64_t nb) {
    MLIRContext *ctx = b.getContext();
    auto lt = cast<RankedTensorType>(lhs.getType()), rt = cast<RankedTensorType>(rhs.getType());
    int64_t lr = lt.getRank(), rr = rt.getRank();
    int64_t loops = accType.getRank() + 1, k = loops - 1;
    int64_t m = lr > 1 ? nb : -1, n = rr > 1 ? (lr > 1 ? nb + 1 : nb) : -1;
    auto batchExprs = [&](RankedTensorType t, int64_t tb) {
      SmallVector<AffineExpr> exprs;
      for (int64_t j = 0; j < tb; ++j) {
        int64_t d = nb - tb + j;
        bool broadcast = t.getDimSize(j) == 1 && accType.getDimSize(d) != 1;
        exprs.push_back(broadcast ? getAffineConstantExpr(0, ctx) : getAffineDimExpr(d, ctx));
      }
      return exprs;
    };
    SmallVector<AffineExpr> le = batchExprs(lt, std::max<int64_t>(lr - 2, 0));
    if (lr > 1)
      le.push_back(getAffineDimExpr(m, ctx));
    le.push_back(getAffineDimExpr(k, ctx));
    SmallVector<AffineExpr> re = batchExprs(rt, std::max<int64_t>(rr - 2, 0));
    re.push_back(getAffineDimExpr(k, ctx));
    if (rr > 1)
      re.push_back(getAffineDimExpr(n, ctx));
    SmallVector<AffineMap> maps = {AffineMap::get(loops, 0, le, ctx),
                                   AffineMap::get(loops, 0, re, ctx),
                                   AffineMap::getMultiDimIdentityMap(loops, ctx).getMajorSubMap(k)};
    SmallVector<utils::IteratorType> iterators = parallelIterators(loops);
    iterators[k] = utils::IteratorType::reduction;
    Type acc = accType.getElementType();
    Value init = createFilled(b, loc, accType, sizes, cast<TypedAttr>(b.getZeroAttr(acc)));
    auto generic = linalg::GenericOp::create(
        b, loc, TypeRange{accType}, ValueRange{lhs, rhs}, ValueRange{init}, maps, iterators,
        [&](OpBuilder &nb, Location l, ValueRange a) {
          Value x = castScalar(nb, l, a[0], acc), y = castScalar(nb, l, a[1], acc);
          Value sum = isa<FloatType>(acc)
                          ? (Value)arith::AddFOp::create(nb, l, a[2],
                                                         arith::MulFOp::create(nb, l, x, y))
                          : (Value)arith::AddIOp::create(nb, l, a[2],
                                                         arith::MulIOp::create(nb, l, x, y));
          linalg::YieldOp::create(nb, l, sum);
        });
    return generic.getResult(0);
  }
};

struct GemmLowering : OpConversionPattern<GemmOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(GemmOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value a = adaptor.getA(), b = adaptor.getB(), c = adaptor.getC();
    auto at = dyn_cast<RankedTensorType>(a.getType());
    auto bt = dyn_cast<RankedTensorType>(b.getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!at || !bt || !resultType || at.getRank() != 2 || bt.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "expects 2-D operands");
    Type element = resultType.getElementType();
    if (!element.isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "expects int or float elements");
    bool transA = op.getTransA(), transB = op.getTransB();
    double alpha = op.getAlpha().convertToDouble(), beta = op.getBeta().convertToDouble();
    Type acc = getAccumulatorType(element);

    SmallVector<OpFoldResult> sizes = {getSizes(rewriter, loc, a)[transA ? 1 : 0],
                                       getSizes(rewriter, loc, b)[transB ? 0 : 1]};
    auto accType = resultType.clone(acc);
    Value init = createFilled(rewriter, loc, accType, sizes,
                              cast<TypedAttr>(rewriter.getZeroAttr(acc)));
    auto matmul = linalg::MatmulOp::create(rewriter, loc, ValueRange{a, b}, init);
    if (transA || transB) {
      // (m, n, k): a[m, k] or a[k, m], b[k, n] or b[n, k], c[m, n]. The
      // transposed operand is read in place; no linalg.transpose copy.
      MLIRContext *ctx = rewriter.getContext();
      AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
                 k = getAffineDimExpr(2, ctx);
      auto map = [&](AffineExpr x, AffineExpr y) { return AffineMap::get(3, 0, {x, y}, ctx); };
      matmul.setIndexingMapsAttr(rewriter.getAffineMapArrayAttr(
          {transA ? map(k, m) : map(m, k), transB ? map(n, k) : map(k, n), map(m, n)}));
    }
    Value result = matmul.getResult(0);

    bool useBias = c && beta != 0.0;
    if (alpha != 1.0 || useBias || acc != element) {
      // alpha * acc + beta * c, skipping the multiplications by one.
      SmallVector<Value> operands = {result};
      if (useBias)
        operands.push_back(c);
      result = createElementwise(
          rewriter, loc, resultType, operands, [&](OpBuilder &nb, Location l, ValueRange v) {
            bool f = isa<FloatType>(acc);
            auto mul = [&](Value x, double s) -> Value {
              if (s == 1.0)
                return x;
              Value k = createScalar(nb, l, acc, s);
              return f ? (Value)arith::MulFOp::create(nb, l, x, k)
                       : (Value)arith::MulIOp::create(nb, l, x, k);
            };
            Value r = mul(v[0], alpha);
            if (useBias) {
              Value bias = mul(castScalar(nb, l, v[1], acc), beta);
              r = f ? (Value)arith::AddFOp::create(nb, l, r, bias)
                    : (Value)arith::AddIOp::create(nb, l, r, bias);
            }
            return castScalar(nb, l, r, element);
          });
    }
    rewriter.replaceOp(op, castToType(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void mcc::populateContractionLowering(RewritePatternSet &patterns) {
  patterns.add<MatMulLowering, GemmLowering>(patterns.getContext());
}
