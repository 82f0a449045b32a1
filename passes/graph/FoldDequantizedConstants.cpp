//===- FoldDequantizedConstants.cpp - dequantize weights at compile time --===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mcc {
#define GEN_PASS_DEF_FOLDDEQUANTIZEDCONSTANTS
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {

struct FoldDequantizeOfConstant : OpRewritePattern<DequantizeLinearOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(DequantizeLinearOp op, PatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(op.getType());
    Type real = type.getElementType();
    if (!type.hasStaticShape() || !(real.isF32() || real.isF64()))
      return rewriter.notifyMatchFailure(op, "not a static f32 or f64 result");
    auto x = getConstantValuesAsDouble(op.getInput());
    auto scale = getConstantValuesAsDouble(op.getScale());
    auto zero = getConstantValuesAsDouble(op.getZeroPoint());
    if (!x || !scale || !zero)
      return rewriter.notifyMatchFailure(op, "operands are not all constant");
    // Element i of x belongs to slice (i / inner) % channels along the axis;
    // a per-tensor scale is one slice.
    int64_t channels = static_cast<int64_t>(scale->size()), inner = 1;
    if (channels > 1)
      for (int64_t d = op.getAxis() + 1; d < type.getRank(); ++d)
        inner *= type.getDimSize(d);
    std::vector<double> values(x->size());
    for (size_t i = 0; i < values.size(); ++i) {
      int64_t c = channels > 1 ? (static_cast<int64_t>(i) / inner) % channels : 0;
      // Round as the run-time lowering does: the difference in f32, the
      // product in the result's type.
      float d = static_cast<float>((*x)[i]) - static_cast<float>((*zero)[c]);
      values[i] = real.isF32() ? static_cast<double>(d * static_cast<float>((*scale)[c]))
                               : static_cast<double>(d) * (*scale)[c];
    }
    auto attr = makeFloatElementsAttr(type, values, "dequantized");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, cast<TypedAttr>(attr));
    return success();
  }
};

struct FoldDequantizedConstantsPass
    : mcc::impl::FoldDequantizedConstantsBase<FoldDequantizedConstantsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldDequantizeOfConstant>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
