//===- RecomposeActivations.cpp - GELU, SiLU, HardSwish from their parts --===//
//
// Exporters decompose activations that older opsets lack:
//
//   GELU (erf)   x * 0.5 * (1 + Erf(x / sqrt(2)))            (any order of the
//   GELU (tanh)  0.5 * x * (1 + Tanh(sqrt(2/pi) * (x + 0.044715 x^3)))  products)
//   SiLU         x * Sigmoid(x)
//   HardSwish    x * HardSigmoid(x, alpha = 1/6, beta = 1/2)
//
// Each becomes one mcc.gelu / mcc.silu / mcc.hard_swish, which codegen
// computes in one pass and epilogue fusion can put into a matmul or conv.
// The constants must match (to a relative 1e-4, for exporters that round
// them) and every intermediate must be used only inside the pattern.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantFolding.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include <cmath>

namespace mcc {
#define GEN_PASS_DEF_RECOMPOSEACTIVATIONS
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {
constexpr double kTolerance = 1e-4;

bool isConstant(Value v, double value) { return isSplatConstant(v, value, kTolerance); }

// The operands of a binary op `op` of type OpTy as (the one that is the splat
// `value`, the other), either order.
template <typename OpTy>
Value operandBesideConstant(Value v, double value) {
  auto op = v.getDefiningOp<OpTy>();
  if (!op || !op->hasOneUse())
    return {};
  if (isConstant(op->getOperand(1), value))
    return op->getOperand(0);
  if (isConstant(op->getOperand(0), value) && op->template hasTrait<OpTrait::IsCommutative>())
    return op->getOperand(1);
  return {};
}

// The leaves of a product tree rooted at `root`: nested muls used only
// inside the tree are opened up, so (x * 0.5) * y, x * (0.5 * y) and
// (x * y) * 0.5 all give {x, 0.5, y}.
void productLeaves(MulOp root, SmallVectorImpl<Value> &leaves, int depth = 0) {
  for (Value v : root->getOperands()) {
    auto inner = v.getDefiningOp<MulOp>();
    if (inner && depth < 2 && inner->hasOneUse() && inner.getType() == root.getType())
      productLeaves(inner, leaves, depth + 1);
    else
      leaves.push_back(v);
  }
}

// x when `v` is x^3 as pow(x, 3), x * (x * x) or (x * x) * x.
Value cubeBase(Value v) {
  if (auto pow = v.getDefiningOp<PowOp>())
    return pow->hasOneUse() && isSplatConstant(pow.getRhs(), 3.0) ? pow.getLhs() : Value();
  auto mul = v.getDefiningOp<MulOp>();
  if (!mul || !mul->hasOneUse())
    return {};
  for (int i = 0; i < 2; ++i) {
    Value x = mul->getOperand(i);
    auto square = mul->getOperand(1 - i).getDefiningOp<MulOp>();
    if (square && square->hasOneUse() && square.getLhs() == x && square.getRhs() == x)
      return x;
  }
  return {};
}

// The argument of 2 * Phi: `v` = 1 + erf(x / sqrt 2) (or x * 1/sqrt 2) for
// the exact form, 1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)) for the tanh one.
// Returns x and sets `approximate`.
Value phiArgument(Value v, StringRef &approximate) {
  Value t = operandBesideConstant<AddOp>(v, 1.0);
  if (!t)
    return {};
  if (auto erf = t.getDefiningOp<ErfOp>(); erf && erf->hasOneUse()) {
    approximate = "none";
    Value u = erf.getInput();
    if (Value x = operandBesideConstant<DivOp>(u, std::sqrt(2.0)))
      return x;
    return operandBesideConstant<MulOp>(u, 1.0 / std::sqrt(2.0));
  }
  if (auto tanh = t.getDefiningOp<TanhOp>(); tanh && tanh->hasOneUse()) {
    approximate = "tanh";
    Value inner = operandBesideConstant<MulOp>(tanh.getInput(), std::sqrt(2.0 / M_PI));
    auto sum = inner ? inner.getDefiningOp<AddOp>() : AddOp();
    if (!sum || !sum->hasOneUse())
      return {};
    for (int i = 0; i < 2; ++i) {
      Value x = sum->getOperand(i);
      Value cube = operandBesideConstant<MulOp>(sum->getOperand(1 - i), 0.044715);
      if (cube && cubeBase(cube) == x)
        return x;
    }
  }
  return {};
}

// x * 0.5 * (1 + erf(...)) or its tanh form, in any grouping of the products.
struct GeluFromParts : OpRewritePattern<MulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MulOp op, PatternRewriter &rewriter) const override {
    SmallVector<Value> leaves;
    productLeaves(op, leaves);
    if (leaves.size() != 3)
      return failure();
    // One leaf is 0.5, one is 1 + erf/tanh(f(x)), the last is x itself.
    for (int half = 0; half < 3; ++half) {
      if (!isConstant(leaves[half], 0.5))
        continue;
      for (int phi = 0; phi < 3; ++phi) {
        if (phi == half)
          continue;
        Value x = leaves[3 - half - phi];
        StringRef approximate;
        if (phiArgument(leaves[phi], approximate) != x || x.getType() != op.getType())
          continue;
        rewriter.replaceOpWithNewOp<GeluOp>(op, op.getType(), x,
                                            rewriter.getStringAttr(approximate));
        return success();
      }
    }
    return rewriter.notifyMatchFailure(op, "not x * 0.5 * (1 + erf or tanh form of x)");
  }
};

// x * sigmoid(x) -> silu(x); x * hard_sigmoid(x, 1/6, 1/2) -> hard_swish(x).
struct SwishFromParts : OpRewritePattern<MulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MulOp op, PatternRewriter &rewriter) const override {
    for (int i = 0; i < 2; ++i) {
      Value x = op->getOperand(i), gate = op->getOperand(1 - i);
      Operation *def = gate.getDefiningOp();
      if (!def || def->getNumOperands() != 1 || !def->hasOneUse() || def->getOperand(0) != x ||
          x.getType() != op.getType())
        continue;
      if (isa<SigmoidOp>(def)) {
        rewriter.replaceOpWithNewOp<SiluOp>(op, op.getType(), x);
        return success();
      }
      auto hard = dyn_cast<HardSigmoidOp>(def);
      if (hard && std::abs(hard.getAlpha().convertToDouble() - 1.0 / 6.0) < 1e-6 &&
          hard.getBeta().convertToDouble() == 0.5) {
        rewriter.replaceOpWithNewOp<HardSwishOp>(op, op.getType(), x);
        return success();
      }
    }
    return rewriter.notifyMatchFailure(op, "not x times a sigmoid gate of x");
  }
};

struct RecomposeActivationsPass
    : mcc::impl::RecomposeActivationsBase<RecomposeActivationsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<GeluFromParts, SwishFromParts>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
