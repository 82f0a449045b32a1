//===- RecomposeLayerNorm.cpp - mean/var/normalize back to layer_norm -----===//
//
// Before opset 17 there is no LayerNormalization, and exporters (torch 1.13,
// tf2onnx, Keras) write it out:
//
//   mean = ReduceMean(x, trailing axes)      d = x - mean
//   var  = ReduceMean(d ^ 2 or d * d)        n = d / Sqrt(var + eps)
//                                              (or d * Reciprocal(Sqrt(...)))
//   y    = n * gamma + beta                  (both optional)
//
// Ten ops and two extra passes over the tensor become one mcc.layer_norm.
// Every intermediate must be used only inside the pattern, both means must
// reduce the same trailing axes with keepdims, and eps must sit inside the
// square root; anything else is a different computation and stays.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mcc {
#define GEN_PASS_DEF_RECOMPOSELAYERNORM
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {
// The first axis of a reduction over the trailing dims [axis, rank) with
// kept dims, or none.
std::optional<int64_t> trailingAxis(ReduceMeanOp mean) {
  if (!mean || !mean.getKeepdims())
    return std::nullopt;
  int64_t rank = cast<RankedTensorType>(mean.getInput().getType()).getRank();
  ArrayRef<int64_t> axes = mean.getAxes();
  if (axes.empty())
    return rank > 0 ? std::optional<int64_t>(0) : std::nullopt;
  int64_t first = rank - (int64_t)axes.size();
  for (auto [i, a] : llvm::enumerate(axes))
    if (a != first + (int64_t)i)
      return std::nullopt;
  return first;
}

// The scalar value of a splat float constant.
std::optional<double> splatValue(Value v) {
  DenseElementsAttr attr;
  if (!matchPattern(v, m_Constant(&attr)) || !attr.isSplat() ||
      !isa<FloatType>(attr.getElementType()))
    return std::nullopt;
  return attr.getSplatValue<APFloat>().convertToDouble();
}

// The other operand of a binary op, when one of them is `v`.
Value otherOperand(Operation *op, Value v) {
  if (op->getNumOperands() != 2)
    return {};
  if (op->getOperand(0) == v)
    return op->getOperand(1);
  if (op->getOperand(1) == v)
    return op->getOperand(0);
  return {};
}

// Is `v` usable as layer_norm's scale or bias for a result of type `type`
// normalized from `axis`: it broadcasts into the normalized dims only.
bool fitsNormalizedDims(Value v, RankedTensorType type, int64_t axis) {
  auto t = dyn_cast<RankedTensorType>(v.getType());
  return t && t.getElementType() == type.getElementType() &&
         t.getRank() <= type.getRank() - axis;
}

struct LayerNormFromParts : OpRewritePattern<ReduceMeanOp> {
  using OpRewritePattern::OpRewritePattern;

  // Matched from the first mean, the one op whose input is x itself.
  LogicalResult matchAndRewrite(ReduceMeanOp mean, PatternRewriter &rewriter) const override {
    Value x = mean.getInput();
    auto type = dyn_cast<RankedTensorType>(x.getType());
    std::optional<int64_t> axis = trailingAxis(mean);
    if (!type || !isa<FloatType>(type.getElementType()) || !axis || !mean->hasOneUse())
      return rewriter.notifyMatchFailure(mean, "not a kept-dims mean over trailing axes");
    // d = x - mean
    auto sub = dyn_cast<SubOp>(*mean->user_begin());
    if (!sub || sub.getLhs() != x || sub.getRhs() != mean.getResult() || sub.getType() != type)
      return rewriter.notifyMatchFailure(mean, "mean is not subtracted from its input");
    Value d = sub.getResult();
    // d's users: the square and the normalization, nothing else.
    Operation *square = nullptr, *normalize = nullptr;
    for (Operation *user : d.getUsers()) {
      bool isSquare = (isa<PowOp>(user) && user->getOperand(0) == d &&
                       splatValue(user->getOperand(1)) == 2.0) ||
                      (isa<MulOp>(user) && user->getOperand(0) == d && user->getOperand(1) == d);
      bool isNormalize = (isa<DivOp>(user) && user->getOperand(0) == d) || isa<MulOp>(user);
      if (isSquare && (!square || square == user))
        square = user;
      else if (isNormalize && !isSquare && (!normalize || normalize == user))
        normalize = user;
      else
        return rewriter.notifyMatchFailure(mean, "x - mean is read elsewhere");
    }
    if (!square || !normalize || !square->hasOneUse())
      return rewriter.notifyMatchFailure(mean, "no square and normalization of x - mean");
    // var = mean(square) over the same axes; var + eps; sqrt.
    auto var = dyn_cast<ReduceMeanOp>(*square->user_begin());
    if (!var || var.getAxes() != mean.getAxes() || trailingAxis(var) != axis ||
        !var->hasOneUse())
      return rewriter.notifyMatchFailure(mean, "variance is not a mean over the same axes");
    auto addEps = dyn_cast<AddOp>(*var->user_begin());
    Value epsValue = addEps ? otherOperand(addEps, var.getResult()) : Value();
    std::optional<double> eps = epsValue ? splatValue(epsValue) : std::nullopt;
    if (!eps || *eps < 0 || addEps.getType() != var.getType() || !addEps->hasOneUse())
      return rewriter.notifyMatchFailure(mean, "no constant epsilon added to the variance");
    auto sqrt = dyn_cast<SqrtOp>(*addEps->user_begin());
    if (!sqrt || !sqrt->hasOneUse())
      return rewriter.notifyMatchFailure(mean, "no square root of variance + epsilon");
    // d / sqrt, or d * reciprocal(sqrt).
    Value denom = sqrt.getResult();
    if (isa<MulOp>(normalize)) {
      auto recip = dyn_cast<ReciprocalOp>(*sqrt->user_begin());
      if (!recip || !recip->hasOneUse())
        return rewriter.notifyMatchFailure(mean, "no reciprocal of the square root");
      denom = recip.getResult();
    }
    if (otherOperand(normalize, d) != denom || normalize->getResult(0).getType() != type)
      return rewriter.notifyMatchFailure(mean, "x - mean is not divided by the deviation");

    // Optional affine: * gamma, then + beta, each used only here and
    // broadcasting into the normalized dims.
    Operation *root = normalize;
    Value scale, bias;
    if (root->hasOneUse()) {
      Operation *user = *root->user_begin();
      Value g = otherOperand(user, root->getResult(0));
      if (isa<MulOp>(user) && g && user->getResult(0).getType() == type &&
          fitsNormalizedDims(g, type, *axis)) {
        scale = g;
        root = user;
      }
    }
    if (root->hasOneUse()) {
      Operation *user = *root->user_begin();
      Value b = otherOperand(user, root->getResult(0));
      if (isa<AddOp>(user) && b && user->getResult(0).getType() == type &&
          fitsNormalizedDims(b, type, *axis)) {
        bias = b;
        root = user;
      }
    }
    if (!scale) {
      // layer_norm needs a scale: ones over the normalized dims.
      auto scaleType = RankedTensorType::get(type.getShape().drop_front(*axis),
                                             type.getElementType());
      if (!scaleType.hasStaticShape() || !(scaleType.getElementType().isF32() ||
                                           scaleType.getElementType().isF64()))
        return rewriter.notifyMatchFailure(mean, "no scale, and the normalized dims are dynamic");
      std::vector<double> ones(scaleType.getNumElements(), 1.0);
      rewriter.setInsertionPoint(root);
      scale = arith::ConstantOp::create(
          rewriter, mean.getLoc(), scaleType,
          cast<TypedAttr>(makeFloatElementsAttr(scaleType, ones, "layer_norm_scale")));
    }
    // Scale and bias may be defined after the mean: create at the root.
    rewriter.setInsertionPoint(root);
    Location loc = rewriter.getFusedLoc({mean.getLoc(), root->getLoc()});
    auto norm = LayerNormOp::create(rewriter, loc, type, x, scale, bias,
                                    rewriter.getI64IntegerAttr(*axis),
                                    rewriter.getF64FloatAttr(*eps));
    rewriter.replaceOp(root, norm.getResult());
    return success();
  }
};

struct RecomposeLayerNormPass : mcc::impl::RecomposeLayerNormBase<RecomposeLayerNormPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<LayerNormFromParts>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
