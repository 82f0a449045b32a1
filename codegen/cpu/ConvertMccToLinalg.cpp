//===- ConvertMccToLinalg.cpp - the convert-mcc-to-linalg pass ------------===//
#include "codegen/Passes.h"
#include "codegen/cpu/Lowering.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mcc {
#define GEN_PASS_DEF_CONVERTMCCTOLINALG
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
struct ConvertMccToLinalgPass
    : mcc::impl::ConvertMccToLinalgBase<ConvertMccToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    RewritePatternSet patterns(ctx);
    mcc::populateElementwiseLowering(patterns);
    mcc::populateContractionLowering(patterns);
    mcc::populateNormalizationLowering(patterns);
    mcc::populateReductionLowering(patterns);
    mcc::populateConvPoolLowering(patterns);
    mcc::populateShapeLowering(patterns);
    mcc::populatePadLowering(patterns);
    mcc::populateRecurrentLowering(patterns);
    mcc::populateIndexingLowering(patterns);
    mcc::populateSpatialLowering(patterns);
    mcc::populateAttentionLowering(patterns);
    mcc::populateFusedLowering(patterns);
    mcc::populateQuantLowering(patterns);

    ConversionTarget target(*ctx);
    target.addIllegalDialect<mcc::MccDialect>();
    target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect, math::MathDialect,
                           scf::SCFDialect, tensor::TensorDialect,
                           bufferization::BufferizationDialect, func::FuncDialect>();
    // Any op left over is one we cannot lower: the conversion driver reports
    // it at its location, which is the ONNX node it came from.
    if (failed(applyPartialConversion(getOperation(), target, std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
