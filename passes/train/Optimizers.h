//===- Optimizers.h - parameter updates of a training step -------*- C++ -*-===//
#ifndef MCC_PASSES_TRAIN_OPTIMIZERS_H
#define MCC_PASSES_TRAIN_OPTIMIZERS_H

#include "dialects/mcc/GraphBuilder.h"

namespace mcc {

enum class OptimizerKind { Sgd, Momentum, Adam, AdamW };

struct OptimizerOptions {
  OptimizerKind kind = OptimizerKind::Sgd;
  double lr = 0.01, weightDecay = 0, momentum = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
};

/// The optimizer's state tensors: `perParameter` slots shaped like each
/// parameter (momentum: the velocity; Adam: the two moments), then `shared`
/// 0-D slots (Adam: the step count). Every slot starts at zero.
struct OptimizerSlots {
  llvm::SmallVector<std::string> perParameter; // name suffixes
  llvm::SmallVector<std::string> shared;       // names
};
OptimizerSlots getOptimizerSlots(OptimizerKind kind);

/// Builds the shared slots' next values (Adam: step + 1) from their current
/// ones, before any parameter is updated.
llvm::SmallVector<mlir::Value> updateShared(const OptimizerOptions &options,
                                            mlir::ValueRange shared, GraphBuilder &g);

/// Builds the update of one parameter from its gradient: the parameter's new
/// value followed by its slots' new values. `updatedShared` is what
/// updateShared returned. Follows torch.optim's formulas (SGD with L2 weight
/// decay and momentum without dampening; Adam with bias correction and L2
/// decay; AdamW with decoupled decay).
llvm::SmallVector<mlir::Value> updateParameter(const OptimizerOptions &options,
                                               mlir::Value param, mlir::Value grad,
                                               mlir::ValueRange slots,
                                               mlir::ValueRange updatedShared, GraphBuilder &g);

} // namespace mcc

#endif // MCC_PASSES_TRAIN_OPTIMIZERS_H
