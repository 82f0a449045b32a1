//===- Stats.h - what `mcc --stats` reports ---------------------*- C++ -*-===//
#ifndef MCC_TOOLS_MCC_STATS_H
#define MCC_TOOLS_MCC_STATS_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace mcc {
/// `op-count NAME N` for every op kind of the graph, sorted by name.
void printOpCounts(mlir::ModuleOp graph, llvm::raw_ostream &os);
/// The number of kernels: the linalg ops the lowered (tensor-level) module
/// computes with, one loop nest each.
int64_t countKernels(mlir::ModuleOp lowered);
/// The peak bytes of live intermediate buffers over one run, from the
/// bufferized module's allocations and deallocations in program order, with
/// every dynamic dim taken as 1 (batch 1).
int64_t plannedPeakBytes(mlir::ModuleOp bufferized);
} // namespace mcc

#endif // MCC_TOOLS_MCC_STATS_H
