//===- FuseQuantizedConv.cpp - QDQ convolutions into int8 mcc.qconv -------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cmath>

namespace mcc {
#define GEN_PASS_DEF_FUSEQUANTIZEDCONV
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {

bool isI8(Value v) { return getElementTypeOrSelf(v.getType()).isInteger(8); }

/// The one value of a constant per-tensor parameter.
std::optional<double> perTensorConstant(Value v) {
  auto values = getConstantValuesAsDouble(v);
  if (!values || values->size() != 1)
    return std::nullopt;
  return values->front();
}

/// A dequantize's per-output-channel scales (`channels` entries; a per-tensor
/// scale repeated), when its zero points are all 0.
std::optional<std::vector<double>> symmetricScales(DequantizeLinearOp dq, int64_t channels) {
  auto scales = getConstantValuesAsDouble(dq.getScale());
  auto zeros = getConstantValuesAsDouble(dq.getZeroPoint());
  if (!scales || !zeros || llvm::any_of(*zeros, [](double z) { return z != 0; }))
    return std::nullopt;
  if (scales->size() == 1)
    return std::vector<double>(channels, scales->front());
  if (static_cast<int64_t>(scales->size()) != channels || dq.getAxis() != 0)
    return std::nullopt;
  return scales;
}

/// The bias as int32 at scale sx * sw[m]: the quantized bias of a QDQ model
/// as it is when its dequantize uses that scale, else the float bias rounded.
std::optional<std::vector<int32_t>> int32Bias(Value bias, float sx, ArrayRef<double> sw) {
  std::vector<int32_t> result(sw.size(), 0);
  if (!bias)
    return result;
  if (auto dq = bias.getDefiningOp<DequantizeLinearOp>()) {
    auto q = getConstantValuesAsDouble(dq.getInput());
    auto scales = getConstantValuesAsDouble(dq.getScale());
    auto zeros = getConstantValuesAsDouble(dq.getZeroPoint());
    if (q && scales && zeros && q->size() == sw.size() &&
        getElementTypeOrSelf(dq.getInput().getType()).isInteger(32) &&
        llvm::all_of(*zeros, [](double z) { return z == 0; })) {
      bool same = true;
      for (size_t m = 0; m < sw.size() && same; ++m) {
        double want = static_cast<float>(sx * static_cast<float>(sw[m]));
        double have = (*scales)[scales->size() == 1 ? 0 : m];
        same = std::abs(have - want) <= 1e-6 * std::abs(want);
      }
      if (same) {
        for (size_t m = 0; m < sw.size(); ++m)
          result[m] = static_cast<int32_t>((*q)[m]);
        return result;
      }
    }
  }
  auto values = getConstantValuesAsDouble(bias);
  if (!values || values->size() != sw.size())
    return std::nullopt;
  for (size_t m = 0; m < sw.size(); ++m) {
    double q = std::nearbyint((*values)[m] / (static_cast<double>(sx) * sw[m]));
    if (!(std::abs(q) < 2e9))
      return std::nullopt;
    result[m] = static_cast<int32_t>(q);
  }
  return result;
}

struct FuseQuantizedConvPattern : OpRewritePattern<QuantizeLinearOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(QuantizeLinearOp q, PatternRewriter &rewriter) const override {
    auto conv = q.getInput().getDefiningOp<ConvOp>();
    if (!conv || !conv->hasOneUse() || !isI8(q.getResult()))
      return rewriter.notifyMatchFailure(q, "not an int8 quantize of a conv used only here");
    auto xdq = conv.getInput().getDefiningOp<DequantizeLinearOp>();
    auto wdq = conv.getWeight().getDefiningOp<DequantizeLinearOp>();
    if (!xdq || !wdq || !isI8(xdq.getInput()) || !isI8(wdq.getInput()))
      return rewriter.notifyMatchFailure(q, "input and weight are not dequantized int8");
    auto weightType = cast<RankedTensorType>(wdq.getInput().getType());
    if (!weightType.hasStaticShape() || !getConstantValuesAsDouble(wdq.getInput()))
      return rewriter.notifyMatchFailure(q, "the weight is not a constant");
    int64_t channels = weightType.getDimSize(0);
    auto sx = perTensorConstant(xdq.getScale()), zx = perTensorConstant(xdq.getZeroPoint());
    auto sy = perTensorConstant(q.getScale()), zy = perTensorConstant(q.getZeroPoint());
    auto sw = symmetricScales(wdq, channels);
    if (!sx || !zx || !sy || !zy || !sw || *sy == 0)
      return rewriter.notifyMatchFailure(q, "quantization parameters not supported");
    float inScale = static_cast<float>(*sx);
    auto bias = int32Bias(conv.getBias(), inScale, *sw);
    if (!bias)
      return rewriter.notifyMatchFailure(q, "the bias is not a constant");
    std::vector<float> scale(channels);
    for (int64_t m = 0; m < channels; ++m)
      scale[m] = inScale * static_cast<float>((*sw)[m]) / static_cast<float>(*sy);

    Location loc = conv.getLoc();
    auto biasType = RankedTensorType::get({channels}, rewriter.getI32Type());
    auto scaleType = RankedTensorType::get({channels}, rewriter.getF32Type());
    Value biasValue = arith::ConstantOp::create(
        rewriter, loc, biasType, DenseElementsAttr::get(biasType, ArrayRef<int32_t>(*bias)));
    Value scaleValue = arith::ConstantOp::create(
        rewriter, loc, scaleType, DenseElementsAttr::get(scaleType, ArrayRef<float>(scale)));
    auto qconv = QConvOp::create(
        rewriter, rewriter.getFusedLoc({conv.getLoc(), q.getLoc()}), q.getType(),
        xdq.getInput(), wdq.getInput(), biasValue, scaleValue, conv.getStridesAttr(),
        conv.getPadsAttr(), conv.getDilationsAttr(), conv.getGroupAttr(),
        rewriter.getI64IntegerAttr(static_cast<int64_t>(*zx)),
        rewriter.getI64IntegerAttr(static_cast<int64_t>(*zy)));
    rewriter.replaceOp(q, qconv.getResult());
    rewriter.eraseOp(conv);
    return success();
  }
};

struct FuseQuantizedConvPass : mcc::impl::FuseQuantizedConvBase<FuseQuantizedConvPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FuseQuantizedConvPattern>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
