//===- Passes.h - graph passes on the mcc dialect ---------------*- C++ -*-===//
#ifndef MCC_PASSES_PASSES_H
#define MCC_PASSES_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace mcc {
#define GEN_PASS_DECL
#include "passes/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "passes/Passes.h.inc"

/// Why mcc-unroll-recurrent leaves the lstm, gru or rnn `op` whole (a
/// dynamic sequence length, sequence_lens, ...); "" for any other op, and for
/// one it unrolls.
std::string whyRecurrentNotUnrollable(mlir::Operation *op);
} // namespace mcc

#endif // MCC_PASSES_PASSES_H
