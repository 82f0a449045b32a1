//===- GradientRules.h - reverse-mode rules for mcc ops ----------*- C++ -*-===//
#ifndef MCC_PASSES_TRAIN_GRADIENTRULES_H
#define MCC_PASSES_TRAIN_GRADIENTRULES_H

#include "dialects/mcc/GraphBuilder.h"

namespace mcc {

/// Builds, with `g`, the gradient of each operand of `op` that `needed` marks,
/// from the gradient of its (single) result `resultGrad`: vector-Jacobian
/// products written as mcc ops, so fusion and codegen treat the backward
/// graph like any other. Operands not needed get a null gradient.
/// Fails without building anything when `op` has no rule (or a form of it
/// the rules do not cover); `why` then says what is missing.
mlir::LogicalResult differentiate(mlir::Operation *op, mlir::Value resultGrad,
                                  llvm::ArrayRef<bool> needed, GraphBuilder &g,
                                  llvm::SmallVectorImpl<mlir::Value> &operandGrads,
                                  std::string &why);

} // namespace mcc

#endif // MCC_PASSES_TRAIN_GRADIENTRULES_H
