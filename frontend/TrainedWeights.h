//===- TrainedWeights.h - trained values replace initializers ---*- C++ -*-===//
#ifndef MCC_FRONTEND_TRAINEDWEIGHTS_H
#define MCC_FRONTEND_TRAINEDWEIGHTS_H

#include "frontend/Importer.h"
#include "frontend/Onnx.h"

namespace mcc::frontend {

/// Replaces the data of `model`'s initializers by `weights` (see
/// ImportOptions::trainedWeights); reports mismatches at the model file `path`.
mlir::LogicalResult applyTrainedWeights(mlir::MLIRContext &context, llvm::StringRef path,
                                        onnx::ModelProto &model,
                                        llvm::ArrayRef<TrainedWeight> weights);

} // namespace mcc::frontend

#endif // MCC_FRONTEND_TRAINEDWEIGHTS_H
