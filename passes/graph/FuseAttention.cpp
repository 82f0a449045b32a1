//===- FuseAttention.cpp - recompose scaled dot-product attention ---------===//
//
// Exporters spell attention as a chain of graph ops:
//
//   MatMul(Softmax(Add(Where(keep, Div|Mul(MatMul(Q', K^T), c), fill), mask)), V)
//
// where Add, Where and the scaling are each optional, the scaling may be on Q
// or K instead (torch's nn.MultiheadAttention divides q before the first
// bmm), and K^T is a Transpose of K's producer (or any tensor, which then gets
// a transpose back). The chain becomes one mcc.attention, which the CPU
// lowering turns into a kernel that never materializes the score matrix.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mcc {
#define GEN_PASS_DEF_FUSEATTENTION
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {
// The value of a constant that holds one value (a scalar or a splat).
std::optional<double> scalarConstant(Value v) {
  Attribute attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  auto elements = dyn_cast<DenseElementsAttr>(attr);
  if (!elements || !elements.isSplat() || !isa<FloatType>(elements.getElementType()))
    return std::nullopt;
  return elements.getSplatValue<APFloat>().convertToDouble();
}

// x * c or x / c with a scalar constant c that does not broadcast x: the
// scaled value x and the factor.
std::optional<std::pair<Value, double>> matchScaling(Value v) {
  Operation *op = v.getDefiningOp();
  if (!isa_and_nonnull<DivOp, MulOp>(op))
    return std::nullopt;
  Type type = v.getType();
  Value lhs = op->getOperand(0), rhs = op->getOperand(1);
  if (lhs.getType() == type) {
    std::optional<double> c = scalarConstant(rhs);
    if (c && isa<MulOp>(op))
      return std::pair{lhs, *c};
    if (c && *c != 0.0)
      return std::pair{lhs, 1.0 / *c};
  }
  if (isa<MulOp>(op) && rhs.getType() == type)
    if (std::optional<double> c = scalarConstant(lhs))
      return std::pair{rhs, *c};
  return std::nullopt;
}

// Strips scalings off `v`, multiplying `scale` by their factors.
Value stripScaling(Value v, double &scale) {
  while (auto s = matchScaling(v)) {
    scale *= s->second;
    v = s->first;
  }
  return v;
}

bool hasOneUseOfSameType(Value inner, Value outer) {
  return inner.hasOneUse() && inner.getType() == outer.getType();
}

// What the softmax reads, taken apart.
struct Scores {
  MatMulOp qk;
  double scale = 1.0;
  Value mask, keep;
  double fill = 0.0;
};

// Matches Add(Where(Scale(MatMul)), mask) with each of Add, Where and Scale
// optional; every intermediate must be used only by the next (else the score
// matrix stays alive anyway).
std::optional<Scores> matchScores(Value x) {
  Scores s;
  if (auto add = x.getDefiningOp<AddOp>()) {
    for (int i = 0; i < 2 && !s.mask; ++i) {
      Value inner = add->getOperand(i), mask = add->getOperand(1 - i);
      if (!hasOneUseOfSameType(inner, x) || !isa_and_nonnull<MatMulOp, WhereOp, DivOp, MulOp>(inner.getDefiningOp()))
        continue;
      s.mask = mask;
      x = inner;
    }
    if (!s.mask)
      return std::nullopt;
  }
  if (auto where = x.getDefiningOp<WhereOp>()) {
    std::optional<double> fill = scalarConstant(where.getRhs());
    if (!fill || !hasOneUseOfSameType(where.getLhs(), x))
      return std::nullopt;
    s.keep = where.getCondition();
    s.fill = *fill;
    x = where.getLhs();
  }
  while (auto scaling = matchScaling(x)) {
    if (!hasOneUseOfSameType(scaling->first, x))
      return std::nullopt;
    s.scale *= scaling->second;
    x = scaling->first;
  }
  s.qk = x.getDefiningOp<MatMulOp>();
  if (!s.qk)
    return std::nullopt;
  return s;
}

// K from K^T: a transpose that ends with the last two dims swapped is undone
// by composing permutations; anything else gets a transpose of its own.
Value untransposeKey(PatternRewriter &rewriter, Location loc, Value kt) {
  int64_t rank = cast<RankedTensorType>(kt.getType()).getRank();
  SmallVector<int64_t> swap = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  std::swap(swap[rank - 1], swap[rank - 2]);
  Value source = kt;
  SmallVector<int64_t> perm = swap;
  if (auto t = kt.getDefiningOp<TransposeOp>()) {
    source = t.getInput();
    // K[i] = K^T[swap[i]] = source[p[swap[i]]].
    for (int64_t i = 0; i < rank; ++i)
      perm[i] = t.getPerm()[swap[i]];
  }
  if (llvm::equal(perm, llvm::seq<int64_t>(0, rank)))
    return source;
  return TransposeOp::create(rewriter, loc, source, perm);
}

/// MatMul(Softmax(scores), V) -> mcc.attention.
struct FuseScaledDotProductAttention : OpRewritePattern<MatMulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(MatMulOp pv, PatternRewriter &rewriter) const override {
    auto softmax = pv.getLhs().getDefiningOp<SoftmaxOp>();
    if (!softmax || !softmax->hasOneUse())
      return rewriter.notifyMatchFailure(pv, "lhs is not a softmax used only here");
    auto probsType = cast<RankedTensorType>(softmax.getType());
    int64_t rank = probsType.getRank();
    if ((int64_t)softmax.getAxis() != rank - 1)
      return rewriter.notifyMatchFailure(pv, "softmax is not along the last axis");
    std::optional<Scores> s = matchScores(softmax.getInput());
    if (!s || !s->qk->hasOneUse())
      return rewriter.notifyMatchFailure(pv, "softmax does not read a scaled, masked matmul");
    double scale = s->scale;
    Value q = stripScaling(s->qk.getLhs(), scale);
    Value kt = stripScaling(s->qk.getRhs(), scale);
    Value v = pv.getRhs();
    for (Value operand : {q, kt, v})
      if (cast<RankedTensorType>(operand.getType()).getRank() != rank)
        return rewriter.notifyMatchFailure(pv, "operands of different ranks");

    Location loc = rewriter.getFusedLoc({softmax.getLoc(), pv.getLoc()});
    Value k = untransposeKey(rewriter, loc, kt);
    OperationState state(loc, AttentionOp::getOperationName());
    AttentionOp::build(rewriter, state, pv.getType(), q, k, v, s->mask, s->keep,
                       rewriter.getF64FloatAttr(scale), rewriter.getF64FloatAttr(s->fill));
    // Shapes a matmul broadcasts but the op does not take (e.g. a mask that
    // widens the scores) leave the chain as it is.
    SmallVector<Type> inferred;
    if (failed(AttentionOp::inferReturnTypes(getContext(), std::nullopt, state.operands,
                                             state.attributes.getDictionary(getContext()),
                                             state.getRawProperties(), state.regions, inferred)) ||
        !areRefinableTypes(inferred, pv.getType())) {
      if (k != kt && k.use_empty())
        rewriter.eraseOp(k.getDefiningOp());
      return rewriter.notifyMatchFailure(pv, "shapes the attention op does not take");
    }
    rewriter.replaceOp(pv, rewriter.create(state)->getResults());
    return success();
  }
};

struct FuseAttentionPass : mcc::impl::FuseAttentionBase<FuseAttentionPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FuseScaledDotProductAttention>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
