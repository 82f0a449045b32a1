//===- Losses.h - training losses and their gradients ------------*- C++ -*-===//
#ifndef MCC_PASSES_TRAIN_LOSSES_H
#define MCC_PASSES_TRAIN_LOSSES_H

#include "dialects/mcc/GraphBuilder.h"

namespace mcc {

enum class LossKind { CrossEntropy, Mse, Bce };
enum class LossReduction { Mean, Sum };

struct BuiltLoss {
  mlir::Value loss;     // 0-D
  mlir::Value seedFor;  // the value the seed is the gradient of: the output, or its logits
  mlir::Value seed;     // dLoss/d(seedFor), written in closed form
};

/// The type of the labels input the loss takes for `output`: class indices
/// (i64, the output's shape without its class dim) for cross-entropy, the
/// output's own type for mse and bce. Null (with an error) when the output
/// does not suit the loss.
mlir::Type getLabelsType(LossKind kind, mlir::Value output, GraphBuilder &g);

/// Builds the loss of `output` against `labels` and its gradient. A softmax
/// (log-softmax) output under cross-entropy and a sigmoid output under bce
/// are differentiated from their logits, as torch's fused losses do, which is
/// both cheaper and exact where probabilities would round to 0 or 1.
mlir::FailureOr<BuiltLoss> buildLoss(LossKind kind, LossReduction reduction,
                                     mlir::Value output, mlir::Value labels, GraphBuilder &g);

} // namespace mcc

#endif // MCC_PASSES_TRAIN_LOSSES_H
