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
} // namespace mcc

#endif // MCC_PASSES_PASSES_H
