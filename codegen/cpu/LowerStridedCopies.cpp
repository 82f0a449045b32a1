//===- LowerStridedCopies.cpp - memref.copy without runtime helpers -------===//
#include "codegen/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mcc {
#define GEN_PASS_DEF_LOWERSTRIDEDCOPIES
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
// Only an identity layout lets the LLVM lowering prove a copy is one memcpy;
// a strided layout with dynamic offset or strides calls memrefCopy even when
// the buffer happens to be dense.
bool isDense(Value memref) {
  return cast<MemRefType>(memref.getType()).getLayout().isIdentity();
}

struct StridedCopyToLinalg : OpRewritePattern<memref::CopyOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(memref::CopyOp copy, PatternRewriter &rewriter) const override {
    if (isDense(copy.getSource()) && isDense(copy.getTarget()))
      return failure();
    rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(), copy.getTarget());
    return success();
  }
};

struct LowerStridedCopiesPass : mcc::impl::LowerStridedCopiesBase<LowerStridedCopiesPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<StridedCopyToLinalg>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
