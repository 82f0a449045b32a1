//===- Stats.h - what `mcc --stats` reports ---------------------*- C++ -*-===//
#ifndef MCC_TOOLS_MCC_STATS_H
#define MCC_TOOLS_MCC_STATS_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace mcc {
/// `op-count NAME N` for every op kind of the graph, sorted by name.
void printOpCounts(mlir::ModuleOp graph, llvm::raw_ostream &os);
/// The number of kernels of the lowered (tensor-level) module: loop nests,
/// each a linalg op or a tile loop that runs several together (a contraction
/// and its fused epilogue), counted once.
int64_t countKernels(mlir::ModuleOp lowered);
/// The bytes of the workspace arena that mcc-plan-memory placed the
/// statically shaped intermediate buffers in (0 if it did not run).
int64_t plannedPeakBytes(mlir::ModuleOp bufferized);
/// `planned-peak-activation-bytes N` (the static arena), with a dynamic batch
/// `planned-dynamic-bytes-per-unit N` (the arena of the buffers sized by it,
/// per unit of it), `planned-buffers N` and `unplanned-dynamic-buffers N`
/// (buffers still malloc'ed per run: several dynamic dims or a size no other
/// buffer shares, or allocated inside a loop or branch).
void printMemoryPlan(mlir::ModuleOp bufferized, llvm::raw_ostream &os);
} // namespace mcc

#endif // MCC_TOOLS_MCC_STATS_H
