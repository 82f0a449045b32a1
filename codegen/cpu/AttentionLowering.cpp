//===- AttentionLowering.cpp - mcc.attention as one fused kernel ----------===//
//
// Attention without the score matrix: for every batch index and query row, a
// single pass over the keys keeps a running maximum m, a running sum l of
// exp(s - m) and an accumulator of Dv values holding sum exp(s - m) * v,
// rescaled by exp(m_old - m_new) whenever the maximum grows. This is the
// online softmax of Milakov & Gimelshein (2018), the recurrence behind
// FlashAttention (Dao et al., 2022); the row is acc / l at the end. Memory is
// O(Dv) per row instead of O(Sq * Skv) per head.
//
// The loops are scf.for on tensors: the result is carried through the batch
// and row loops and each finished row is inserted in place, so
// bufferization writes straight into the output (the accumulator is the
// output row itself when the element type is the accumulator type).
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

#include <limits>

using namespace mlir;
using namespace mcc;

namespace {

// How an operand of the kernel is indexed: its own dims aligned to the right
// of the loop nest [batch..., Sq, Skv]. A dim that is 1 (statically, or at run
// time when dynamic) broadcasts and reads index 0.
struct Operand {
  Value tensor;
  // For each of the operand's dims: the loop-nest dim it follows, and, when
  // dynamic, an i1 telling whether it is 1 at run time.
  SmallVector<int64_t> loopDim;
  SmallVector<Value> isOne;
  SmallVector<bool> alwaysZero;

  Operand(OpBuilder &b, Location loc, Value t, ArrayRef<int64_t> dims) : tensor(t) {
    auto type = cast<RankedTensorType>(t.getType());
    loopDim.assign(dims.begin(), dims.end());
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    for (int64_t d = 0; d < type.getRank(); ++d) {
      alwaysZero.push_back(type.getDimSize(d) == 1);
      if (!type.isDynamicDim(d)) {
        isOne.push_back(nullptr);
        continue;
      }
      Value size = tensor::DimOp::create(b, loc, t, d);
      isOne.push_back(arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, size, one));
    }
  }

  // The indices that read this operand at loop-nest position `ivs`.
  SmallVector<Value> indices(OpBuilder &b, Location loc, ArrayRef<Value> ivs, Value zero) const {
    SmallVector<Value> result;
    for (size_t d = 0; d < loopDim.size(); ++d) {
      Value iv = ivs[loopDim[d]];
      if (alwaysZero[d])
        result.push_back(zero);
      else if (isOne[d])
        result.push_back(arith::SelectOp::create(b, loc, isOne[d], zero, iv));
      else
        result.push_back(iv);
    }
    return result;
  }
};

struct AttentionLowering : OpConversionPattern<AttentionOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(AttentionOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Value q = adaptor.getQuery(), k = adaptor.getKey(), v = adaptor.getValue();
    Value mask = adaptor.getMask(), keep = adaptor.getKeep();
    auto qType = cast<RankedTensorType>(q.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = qType.getRank(), nb = rank - 2;
    Type element = resultType.getElementType();
    Type acc = getAccumulatorType(element);

    // Loop-nest dims: 0..nb-1 batch, nb the query row, nb+1 the key, nb+2 the
    // head dim of q and k, nb+3 the head dim of v.
    const int64_t rowDim = nb, keyDim = nb + 1, headDim = nb + 2, valueDim = nb + 3;
    auto alignRight = [&](Value t, ArrayRef<int64_t> lastTwo) {
      int64_t r = cast<RankedTensorType>(t.getType()).getRank();
      SmallVector<int64_t> dims = llvm::to_vector(llvm::seq<int64_t>(0, nb));
      dims.append(lastTwo.begin(), lastTwo.end());
      return Operand(b, loc, t, ArrayRef<int64_t>(dims).take_back(r));
    };
    Operand qo = alignRight(q, {rowDim, headDim});
    Operand ko = alignRight(k, {keyDim, headDim});
    Operand vo = alignRight(v, {keyDim, valueDim});
    std::optional<Operand> masko, keepo;
    if (mask)
      masko = alignRight(mask, {rowDim, keyDim});
    if (keep)
      keepo = alignRight(keep, {rowDim, keyDim});

    // Batch sizes: the largest of the operands' sizes (the others are 1).
    SmallVector<OpFoldResult> sizes;
    for (int64_t d = 0; d < nb; ++d) {
      if (!resultType.isDynamicDim(d)) {
        sizes.push_back(b.getIndexAttr(resultType.getDimSize(d)));
        continue;
      }
      OpFoldResult size = b.getIndexAttr(1);
      for (Value t : {q, k, v, mask, keep}) {
        if (!t)
          continue;
        int64_t r = cast<RankedTensorType>(t.getType()).getRank(), od = d - (rank - r);
        if (od >= 0)
          size = maxIndex(b, loc, size, getSizes(b, loc, t)[od]);
      }
      sizes.push_back(size);
    }
    SmallVector<OpFoldResult> qSizes = getSizes(b, loc, q), kSizes = getSizes(b, loc, k),
                              vSizes = getSizes(b, loc, v);
    OpFoldResult sq = qSizes[rank - 2], skv = kSizes[rank - 2], headSize = qSizes[rank - 1],
                 dv = vSizes[rank - 1];
    int64_t dvStatic = getConstantIntValue(dv).value_or(ShapedType::kDynamic);
    SmallVector<OpFoldResult> resultSizes(sizes);
    resultSizes.append({sq, dv});

    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    auto fconst = [&](double x) { return createScalar(b, loc, acc, x); };
    Value fzero = fconst(0.0), negInf = fconst(-std::numeric_limits<double>::infinity());
    Value scale = fconst(op.getScale().convertToDouble());
    Value fill = fconst(op.getFill().convertToDouble());
    auto extend = [&](Value x) { return castScalar(b, loc, x, acc); };

    // The batch and row loops, each carrying the result.
    Value init = createEmpty(b, loc, resultType, resultSizes);
    SmallVector<scf::ForOp> loops;
    SmallVector<Value> ivs;
    Value out = init;
    for (int64_t d = 0; d <= nb; ++d) {
      Value ub = toValue(b, loc, d < nb ? sizes[d] : sq);
      auto loop = scf::ForOp::create(b, loc, zero, ub, one, ValueRange{out});
      b.setInsertionPointToStart(loop.getBody());
      loops.push_back(loop);
      ivs.push_back(loop.getInductionVar());
      out = loop.getRegionIterArgs()[0];
    }

    // The output row [batch..., i, :], which doubles as the accumulator.
    SmallVector<OpFoldResult> rowOffsets(ivs.begin(), ivs.end()), rowSizes(rank, b.getIndexAttr(1)),
        rowStrides(rank, b.getIndexAttr(1));
    rowOffsets.push_back(b.getIndexAttr(0));
    rowSizes.back() = dv;
    auto accType = RankedTensorType::get({dvStatic}, acc);
    Value accInit = acc == element
                        ? tensor::ExtractSliceOp::create(b, loc, accType, out, rowOffsets,
                                                         rowSizes, rowStrides)
                              .getResult()
                        : createEmpty(b, loc, accType, {dv});
    accInit = linalg::FillOp::create(b, loc, fzero, accInit).getResult(0);

    auto keyLoop = scf::ForOp::create(
        b, loc, zero, toValue(b, loc, skv), one, ValueRange{negInf, fzero, accInit},
        [&](OpBuilder &kb, Location l, Value j, ValueRange state) {
          Value m = state[0], sum = state[1], accRow = state[2];
          // s = scale * q[i] . k[j]
          auto dot = scf::ForOp::create(
              kb, l, zero, toValue(kb, l, headSize), one, ValueRange{fzero},
              [&](OpBuilder &db, Location dl, Value d, ValueRange partial) {
                SmallVector<Value> at(ivs);
                at.append({j, d});
                Value qe = tensor::ExtractOp::create(db, dl, q, qo.indices(db, dl, at, zero));
                Value ke = tensor::ExtractOp::create(db, dl, k, ko.indices(db, dl, at, zero));
                Value prod = arith::MulFOp::create(db, dl, castScalar(db, dl, qe, acc),
                                                   castScalar(db, dl, ke, acc));
                scf::YieldOp::create(db, dl, ValueRange{
                    arith::AddFOp::create(db, dl, partial[0], prod).getResult()});
              });
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPointAfter(dot);
          Value s = arith::MulFOp::create(b, l, dot.getResult(0), scale);
          SmallVector<Value> at(ivs);
          at.push_back(j);
          if (keepo) {
            Value kept = tensor::ExtractOp::create(b, l, keep, keepo->indices(b, l, at, zero));
            s = arith::SelectOp::create(b, l, kept, s, fill);
          }
          if (masko) {
            Value me = tensor::ExtractOp::create(b, l, mask, masko->indices(b, l, at, zero));
            s = arith::AddFOp::create(b, l, s, extend(me));
          }
          // While every score so far is -inf there is nothing to weigh:
          // subtracting 0 instead of -inf keeps exp() from giving NaN.
          Value mNew = arith::MaximumFOp::create(b, l, m, s);
          Value allInf = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, mNew, negInf);
          Value shift = arith::SelectOp::create(b, l, allInf, fzero, mNew);
          Value rescale = math::ExpOp::create(b, l, arith::SubFOp::create(b, l, m, shift));
          Value p = math::ExpOp::create(b, l, arith::SubFOp::create(b, l, s, shift));
          Value newSum = arith::AddFOp::create(
              b, l, arith::MulFOp::create(b, l, sum, rescale), p);
          // acc = acc * rescale + p * v[j]
          SmallVector<OpFoldResult> vOffsets, vSizes, vStrides;
          SmallVector<Value> vAt(ivs);
          vAt.append({j, zero, zero});
          SmallVector<Value> vIdx = vo.indices(b, l, {vAt.begin(), vAt.end()}, zero);
          for (size_t d = 0; d < vIdx.size(); ++d) {
            vOffsets.push_back(vIdx[d]);
            vSizes.push_back(d + 1 == vIdx.size() ? dv : b.getIndexAttr(1));
            vStrides.push_back(b.getIndexAttr(1));
          }
          auto vRowType =
              RankedTensorType::get({dvStatic}, cast<RankedTensorType>(v.getType()).getElementType());
          Value vRow = tensor::ExtractSliceOp::create(b, l, vRowType, v, vOffsets, vSizes, vStrides);
          AffineMap id = b.getMultiDimIdentityMap(1);
          auto update = linalg::GenericOp::create(
              b, l, TypeRange{accType}, ValueRange{vRow}, ValueRange{accRow},
              ArrayRef<AffineMap>{id, id}, parallelIterators(1),
              [&](OpBuilder &gb, Location gl, ValueRange args) {
                Value weighted = arith::MulFOp::create(gb, gl, p, castScalar(gb, gl, args[0], acc));
                Value kept = arith::MulFOp::create(gb, gl, args[1], rescale);
                linalg::YieldOp::create(gb, gl, ValueRange{
                    arith::AddFOp::create(gb, gl, kept, weighted).getResult()});
              });
          scf::YieldOp::create(b, l, ValueRange{mNew, newSum, update.getResult(0)});
        });

    // row = acc / l, written into the output row.
    Value sum = keyLoop.getResult(1);
    Value accFinal = keyLoop.getResult(2);
    // In place when the accumulator is the output row already.
    bool inPlace = acc == element;
    Value rowInit = inPlace ? accFinal : createEmpty(b, loc, accType.clone(element), {dv});
    AffineMap id = b.getMultiDimIdentityMap(1);
    SmallVector<AffineMap> maps(inPlace ? 1 : 2, id);
    auto normalize = linalg::GenericOp::create(
        b, loc, TypeRange{rowInit.getType()}, inPlace ? ValueRange{} : ValueRange{accFinal},
        ValueRange{rowInit}, maps, parallelIterators(1),
        [&](OpBuilder &gb, Location gl, ValueRange args) {
          Value y = arith::DivFOp::create(gb, gl, args[0], sum);
          linalg::YieldOp::create(gb, gl, ValueRange{castScalar(gb, gl, y, element)});
        });
    Value updated = tensor::InsertSliceOp::create(b, loc, normalize.getResult(0), out, rowOffsets,
                                                  rowSizes, rowStrides);

    // Close the loops from the inside out.
    for (int64_t d = nb; d >= 0; --d) {
      scf::YieldOp::create(b, loc, ValueRange{updated});
      updated = loops[d].getResult(0);
      b.setInsertionPointAfter(loops[d]);
    }
    rewriter.replaceOp(op, castToType(b, loc, updated, resultType));
    return success();
  }
};

} // namespace

void mcc::populateAttentionLowering(RewritePatternSet &patterns) {
  patterns.add<AttentionLowering>(patterns.getContext());
}
