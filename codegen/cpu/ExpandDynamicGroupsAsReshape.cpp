//===- ExpandDynamicGroupsAsReshape.cpp - avoid an LLVM 22 crash ----------===//
#include "codegen/Passes.h"
#include "codegen/cpu/LoweringUtils.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mcc {
#define GEN_PASS_DEF_EXPANDDYNAMICGROUPSASRESHAPE
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
bool hasGroupWithTwoDynamicDims(tensor::ExpandShapeOp op) {
  RankedTensorType type = op.getResultType();
  for (const ReassociationIndices &group : op.getReassociationIndices()) {
    int dynamic = llvm::count_if(group, [&](int64_t d) { return type.isDynamicDim(d); });
    if (dynamic > 1)
      return true;
  }
  return false;
}

struct DynamicGroupExpandToReshape : OpRewritePattern<tensor::ExpandShapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(tensor::ExpandShapeOp op,
                                PatternRewriter &rewriter) const override {
    if (!hasGroupWithTwoDynamicDims(op))
      return failure();
    Location loc = op.getLoc();
    SmallVector<Value> dims;
    for (OpFoldResult size : op.getMixedOutputShape())
      dims.push_back(mcc::toValue(rewriter, loc, size));
    Value shape = tensor::FromElementsOp::create(rewriter, loc, dims);
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, op.getResultType(), op.getSrc(), shape);
    return success();
  }
};

struct ExpandDynamicGroupsAsReshapePass
    : mcc::impl::ExpandDynamicGroupsAsReshapeBase<ExpandDynamicGroupsAsReshapePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<DynamicGroupExpandToReshape>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
