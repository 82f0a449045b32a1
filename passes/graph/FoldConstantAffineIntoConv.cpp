//===- FoldConstantAffineIntoConv.cpp - x*s+t into conv/gemm weights ------===//
//
// A per-channel scale or shift by a constant right after a conv or gemm is a
// change of its weights and bias:
//
//   conv(x, W, b) * s + t  =  conv(x, W * s, b * s + t)    (s, t per output channel)
//   gemm(a, B, c) * s + t  =  gemm(a, B * s, c * s + t)    (s, t per column)
//
// and a per-input-channel scale before a conv is a scale of the weights'
// input channels, conv(x * s, W) = conv(x, W * s[c]), since zero padding
// stays zero. Exporters leave such ops behind from folded normalizations,
// input scaling, and layer scales; this pass removes them.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mcc {
#define GEN_PASS_DEF_FOLDCONSTANTAFFINEINTOCONV
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {
// The constant `v` as one value per channel of dim `channelDim` of a result
// of type `result`: every other dim of `v` (aligned to the right, numpy
// style) must be 1. A scalar gives the same value for every channel.
std::optional<std::vector<double>> perChannel(Value v, RankedTensorType result,
                                              int64_t channelDim) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  int64_t channels = result.getDimSize(channelDim);
  if (!type || !type.hasStaticShape() || type.getRank() > result.getRank() ||
      ShapedType::isDynamic(channels))
    return std::nullopt;
  int64_t lead = result.getRank() - type.getRank();
  for (int64_t d = 0; d < type.getRank(); ++d) {
    int64_t size = type.getDimSize(d);
    if (size != 1 && !(d + lead == channelDim && size == channels))
      return std::nullopt;
  }
  auto values = getConstantValuesAsDouble(v);
  if (!values)
    return std::nullopt;
  if (values->size() == 1)
    return std::vector<double>(channels, (*values)[0]);
  if ((int64_t)values->size() != channels)
    return std::nullopt;
  return values;
}

Value makeConstant(PatternRewriter &rewriter, Location loc, RankedTensorType type,
                   ArrayRef<double> values, StringRef name) {
  return arith::ConstantOp::create(rewriter, loc, type,
                                   cast<TypedAttr>(makeFloatElementsAttr(type, values, name)));
}

bool isF32OrF64(Type t) { return t.isF32() || t.isF64(); }

// y = x * scale + shift per channel, from one mul/div/add/sub by a constant
// whose other operand is `x` (for sub and div, x must be the left operand).
struct ChannelAffine {
  std::vector<double> scale, shift;
};

std::optional<ChannelAffine> getAffine(Operation *op, Value x, RankedTensorType type,
                                       int64_t channelDim) {
  if (op->getNumOperands() != 2 || op->getResult(0).getType() != type)
    return std::nullopt;
  bool xOnLeft = op->getOperand(0) == x;
  Value other = op->getOperand(xOnLeft ? 1 : 0);
  if (other == x)
    return std::nullopt;
  auto c = perChannel(other, type, channelDim);
  if (!c)
    return std::nullopt;
  size_t n = c->size();
  ChannelAffine a{std::vector<double>(n, 1.0), std::vector<double>(n, 0.0)};
  if (isa<AddOp>(op)) {
    a.shift = *c;
  } else if (isa<MulOp>(op)) {
    a.scale = *c;
  } else if (isa<SubOp>(op) && xOnLeft) {
    for (size_t i = 0; i < n; ++i)
      a.shift[i] = -(*c)[i];
  } else if (isa<DivOp>(op) && xOnLeft) {
    for (size_t i = 0; i < n; ++i) {
      if ((*c)[i] == 0)
        return std::nullopt;
      a.scale[i] = 1.0 / (*c)[i];
    }
  } else {
    return std::nullopt;
  }
  return a;
}

// The bias after the affine map: b * scale + shift, with b = 0 when absent.
std::optional<std::vector<double>> affineBias(Value bias, const ChannelAffine &a) {
  std::vector<double> b(a.scale.size(), 0.0);
  if (bias) {
    auto values = getConstantValuesAsDouble(bias);
    if (!values)
      return std::nullopt;
    if (values->size() == 1)
      values->assign(b.size(), (*values)[0]);
    if (values->size() != b.size())
      return std::nullopt;
    b = *values;
  }
  for (size_t i = 0; i < b.size(); ++i)
    b[i] = b[i] * a.scale[i] + a.shift[i];
  return b;
}

// add/sub/mul/div(conv(...), constant) with the conv used only there.
template <typename OpTy>
struct AffineAfterConv : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
    ConvOp conv;
    for (Value v : op->getOperands())
      if (auto c = v.template getDefiningOp<ConvOp>())
        conv = c;
    if (!conv || !conv->hasOneUse())
      return rewriter.notifyMatchFailure(op, "no conv used only here");
    auto type = conv.getType();
    auto weightType = cast<RankedTensorType>(conv.getWeight().getType());
    if (!isF32OrF64(type.getElementType()) || !weightType.hasStaticShape() || type.getRank() < 2)
      return failure();
    auto affine = getAffine(op, conv.getResult(), type, /*channelDim=*/1);
    auto weights = getConstantValuesAsDouble(conv.getWeight());
    if (!affine || !weights)
      return rewriter.notifyMatchFailure(op, "not a per-channel constant, or weights unknown");
    auto bias = affineBias(conv.getBias(), *affine);
    if (!bias)
      return failure();
    // W'[m, ...] = W[m, ...] * scale[m]: output channels lead.
    int64_t channels = weightType.getDimSize(0);
    int64_t perChannel = weightType.getNumElements() / channels;
    for (int64_t i = 0; i < (int64_t)weights->size(); ++i)
      (*weights)[i] *= affine->scale[i / perChannel];
    Location loc = rewriter.getFusedLoc({conv.getLoc(), op.getLoc()});
    Value w = makeConstant(rewriter, loc, weightType, *weights, "folded_conv_weight");
    auto biasType = RankedTensorType::get({channels}, weightType.getElementType());
    Value b = makeConstant(rewriter, loc, biasType, *bias, "folded_conv_bias");
    auto folded = ConvOp::create(rewriter, loc, op.getType(), conv.getInput(), w, b,
                                 conv.getStridesAttr(), conv.getPadsAttr(),
                                 conv.getDilationsAttr(), conv.getGroupAttr());
    rewriter.replaceOp(op, folded.getResult());
    rewriter.eraseOp(conv);
    return success();
  }
};

// add/sub/mul/div(gemm(a, B, c), constant per column) with constant B.
template <typename OpTy>
struct AffineAfterGemm : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
    GemmOp gemm;
    for (Value v : op->getOperands())
      if (auto g = v.template getDefiningOp<GemmOp>())
        gemm = g;
    if (!gemm || !gemm->hasOneUse())
      return rewriter.notifyMatchFailure(op, "no gemm used only here");
    auto type = gemm.getType();
    auto bType = cast<RankedTensorType>(gemm.getB().getType());
    if (!isF32OrF64(type.getElementType()) || !bType.hasStaticShape() || type.getRank() != 2)
      return failure();
    auto affine = getAffine(op, gemm.getResult(), type, /*channelDim=*/1);
    auto b = getConstantValuesAsDouble(gemm.getB());
    if (!affine || !b)
      return rewriter.notifyMatchFailure(op, "not a per-column constant, or B unknown");
    // The new bias is per column: beta * c must be a per-column constant too.
    std::vector<double> c(affine->scale.size(), 0.0);
    if (Value bias = gemm.getC()) {
      auto values = perChannel(bias, type, 1);
      if (!values)
        return rewriter.notifyMatchFailure(op, "gemm bias is not per column");
      for (size_t n = 0; n < c.size(); ++n)
        c[n] = (*values)[n] * gemm.getBeta().convertToDouble();
    }
    for (size_t n = 0; n < c.size(); ++n)
      c[n] = c[n] * affine->scale[n] + affine->shift[n];
    // B is [K, N], or [N, K] with trans_b: scale column (or row) n.
    int64_t cols = affine->scale.size();
    bool transB = gemm.getTransB();
    for (int64_t i = 0; i < (int64_t)b->size(); ++i) {
      int64_t n = transB ? i / bType.getDimSize(1) : i % bType.getDimSize(1);
      if (n >= cols)
        return failure();
      (*b)[i] *= affine->scale[n];
    }
    Location loc = rewriter.getFusedLoc({gemm.getLoc(), op.getLoc()});
    Value newB = makeConstant(rewriter, loc, bType, *b, "folded_gemm_weight");
    auto cType = RankedTensorType::get({cols}, type.getElementType());
    Value newC = makeConstant(rewriter, loc, cType, c, "folded_gemm_bias");
    auto folded = GemmOp::create(rewriter, loc, op.getType(), gemm.getA(), newB, newC,
                                 gemm.getAlphaAttr(), rewriter.getF64FloatAttr(1.0),
                                 gemm.getTransAAttr(), gemm.getTransBAttr());
    rewriter.replaceOp(op, folded.getResult());
    rewriter.eraseOp(gemm);
    return success();
  }
};

// conv(x * s) with s constant per input channel: scale the weights' input
// channels instead. With groups, output channel m reads input channels
// (m / (M / group)) * Cg + [0, Cg).
struct MulBeforeConv : OpRewritePattern<ConvOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ConvOp conv, PatternRewriter &rewriter) const override {
    auto mul = conv.getInput().getDefiningOp<MulOp>();
    if (!mul || !mul->hasOneUse())
      return rewriter.notifyMatchFailure(conv, "input is not a mul used only here");
    auto inType = cast<RankedTensorType>(conv.getInput().getType());
    auto weightType = cast<RankedTensorType>(conv.getWeight().getType());
    if (!isF32OrF64(inType.getElementType()) || !weightType.hasStaticShape())
      return failure();
    Value x;
    std::optional<std::vector<double>> scale;
    for (int i = 0; i < 2 && !scale; ++i) {
      x = mul->getOperand(1 - i);
      if (x.getType() == inType)
        scale = perChannel(mul->getOperand(i), inType, /*channelDim=*/1);
    }
    auto weights = getConstantValuesAsDouble(conv.getWeight());
    if (!scale || !weights)
      return rewriter.notifyMatchFailure(conv, "not a per-channel constant, or weights unknown");
    int64_t m = weightType.getDimSize(0), cg = weightType.getDimSize(1);
    int64_t group = conv.getGroup(), perGroup = m / group;
    int64_t spatial = weightType.getNumElements() / (m * cg);
    for (int64_t i = 0; i < (int64_t)weights->size(); ++i) {
      int64_t out = i / (cg * spatial), local = (i / spatial) % cg;
      int64_t channel = (out / perGroup) * cg + local;
      if (channel >= (int64_t)scale->size())
        return failure();
      (*weights)[i] *= (*scale)[channel];
    }
    Location loc = rewriter.getFusedLoc({mul.getLoc(), conv.getLoc()});
    Value w = makeConstant(rewriter, loc, weightType, *weights, "folded_conv_weight");
    auto folded = ConvOp::create(rewriter, loc, conv.getType(), x, w, conv.getBias(),
                                 conv.getStridesAttr(), conv.getPadsAttr(),
                                 conv.getDilationsAttr(), conv.getGroupAttr());
    rewriter.replaceOp(conv, folded.getResult());
    rewriter.eraseOp(mul);
    return success();
  }
};

struct FoldConstantAffineIntoConvPass
    : mcc::impl::FoldConstantAffineIntoConvBase<FoldConstantAffineIntoConvPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    patterns.add<AffineAfterConv<AddOp>, AffineAfterConv<SubOp>, AffineAfterConv<MulOp>,
                 AffineAfterConv<DivOp>, AffineAfterGemm<AddOp>, AffineAfterGemm<SubOp>,
                 AffineAfterGemm<MulOp>, AffineAfterGemm<DivOp>, MulBeforeConv>(context);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
