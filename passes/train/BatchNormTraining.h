//===- BatchNormTraining.h - batch norms in a train step ---------*- C++ -*-===//
#ifndef MCC_PASSES_TRAIN_BATCHNORMTRAINING_H
#define MCC_PASSES_TRAIN_BATCHNORMTRAINING_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"

namespace mcc {

enum class BatchNormMode {
  Train,  // torch's model.train(): the batch's statistics, running ones updated
  Frozen, // model.eval(): the running statistics, left as they are
};

/// Replaces every mcc.batch_norm of `main` with the mcc ops that compute it
/// in `mode`, so the ordinary gradient rules differentiate it (through the
/// batch mean and variance too, in Train mode). In Train mode, each running
/// mean and variance that is an argument of `main` (mcc-parameterize-weights
/// makes them so) gets its next value in `nextRunning`:
/// `running * momentum + batch * (1 - momentum)`, with the batch variance
/// unbiased (n / (n - 1)), as torch.nn.BatchNorm keeps it.
mlir::LogicalResult decomposeBatchNorms(mlir::func::FuncOp main, BatchNormMode mode,
                                        llvm::DenseMap<mlir::Value, mlir::Value> &nextRunning);

} // namespace mcc

#endif // MCC_PASSES_TRAIN_BATCHNORMTRAINING_H
