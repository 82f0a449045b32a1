//===- FoldBatchNorm.cpp - batch norm into conv and gemm weights ----------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include <cmath>

namespace mcc {
#define GEN_PASS_DEF_FOLDBATCHNORM
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {
// Per-channel scale s and shift t of an inference batch norm:
// bn(y) = s * y + t with s = gamma / sqrt(var + eps), t = beta - mean * s.
struct ChannelAffine {
  std::vector<double> scale, shift;
};

std::optional<ChannelAffine> getChannelAffine(BatchNormOp bn) {
  auto gamma = getConstantValuesAsDouble(bn.getScale()), beta = getConstantValuesAsDouble(bn.getBias()),
       mean = getConstantValuesAsDouble(bn.getMean()), var = getConstantValuesAsDouble(bn.getVariance());
  if (!gamma || !beta || !mean || !var)
    return std::nullopt;
  ChannelAffine a;
  for (size_t c = 0; c < gamma->size(); ++c) {
    double s = (*gamma)[c] / std::sqrt((*var)[c] + bn.getEpsilon().convertToDouble());
    a.scale.push_back(s);
    a.shift.push_back((*beta)[c] - (*mean)[c] * s);
  }
  return a;
}

Value makeConstant(PatternRewriter &rewriter, Location loc, RankedTensorType type,
                   ArrayRef<double> values, StringRef name) {
  return arith::ConstantOp::create(rewriter, loc, type,
                                   cast<TypedAttr>(makeFloatElementsAttr(type, values, name)));
}

// The new bias: (b - mean) * s + beta = b * s + t, with b = 0 when absent.
std::optional<std::vector<double>> foldedBias(Value bias, const ChannelAffine &a) {
  std::vector<double> b(a.scale.size(), 0.0);
  if (bias) {
    auto values = getConstantValuesAsDouble(bias);
    if (!values || values->size() != b.size())
      return std::nullopt;
    b = *values;
  }
  for (size_t c = 0; c < b.size(); ++c)
    b[c] = b[c] * a.scale[c] + a.shift[c];
  return b;
}

struct FoldBatchNormIntoConv : OpRewritePattern<BatchNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormOp bn, PatternRewriter &rewriter) const override {
    auto conv = bn.getInput().getDefiningOp<ConvOp>();
    if (!conv || !conv->hasOneUse())
      return rewriter.notifyMatchFailure(bn, "input is not a conv used only here");
    auto weightType = cast<RankedTensorType>(conv.getWeight().getType());
    auto weights = getConstantValuesAsDouble(conv.getWeight());
    std::optional<ChannelAffine> affine = getChannelAffine(bn);
    if (!weights || !affine || !weightType.hasStaticShape())
      return rewriter.notifyMatchFailure(bn, "weights or statistics are not constant");
    int64_t channels = weightType.getDimSize(0);
    if ((int64_t)affine->scale.size() != channels)
      return failure();
    auto bias = foldedBias(conv.getBias(), *affine);
    if (!bias)
      return failure();
    // W'[m, ...] = W[m, ...] * s[m]: output channels are the leading dim.
    int64_t perChannel = weightType.getNumElements() / channels;
    for (int64_t i = 0; i < (int64_t)weights->size(); ++i)
      (*weights)[i] *= affine->scale[i / perChannel];
    Location loc = bn.getLoc();
    Value w = makeConstant(rewriter, loc, weightType, *weights, "folded_conv_weight");
    auto biasType = RankedTensorType::get({channels}, weightType.getElementType());
    Value b = makeConstant(rewriter, loc, biasType, *bias, "folded_conv_bias");
    auto folded = ConvOp::create(rewriter, rewriter.getFusedLoc({conv.getLoc(), loc}),
                                 bn.getType(), conv.getInput(), w, b, conv.getStridesAttr(),
                                 conv.getPadsAttr(), conv.getDilationsAttr(),
                                 conv.getGroupAttr());
    rewriter.replaceOp(bn, folded.getResult());
    rewriter.eraseOp(conv);
    return success();
  }
};

struct FoldBatchNormPass : mcc::impl::FoldBatchNormBase<FoldBatchNormPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldBatchNormIntoConv>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
