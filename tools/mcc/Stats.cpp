//===- Stats.cpp - what `mcc --stats` reports -----------------------------===//
#include "tools/mcc/Stats.h"
#include "codegen/cpu/Lowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;

void mcc::printOpCounts(ModuleOp graph, llvm::raw_ostream &os) {
  // The graph's nodes: the ops directly in each function body.
  std::map<std::string, int64_t> counts;
  graph.walk([&](FunctionOpInterface func) {
    for (Block &block : func.getFunctionBody())
      for (Operation &op : block)
        if (!op.hasTrait<OpTrait::IsTerminator>())
          ++counts[op.getName().getStringRef().str()];
  });
  for (auto &[name, n] : counts)
    os << "op-count " << name << " " << n << "\n";
}

int64_t mcc::countKernels(ModuleOp lowered) {
  // A kernel is a loop nest of its own: a linalg op, a tile loop that runs
  // several of them together (mcc-tile-and-fuse-epilogues), counted once, or
  // a microkernel call.
  int64_t kernels = 0;
  lowered.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (op->hasAttr(kKernelLoopAttr)) {
      ++kernels;
      return WalkResult::skip();
    }
    if (isa<linalg::LinalgOp>(op))
      ++kernels;
    // A call of a runtime microkernel (codegen/cpu/KernelCalls.cpp).
    if (auto call = dyn_cast<func::CallOp>(op); call && call.getCallee().starts_with("mcc_kernel_"))
      ++kernels;
    return WalkResult::advance();
  });
  return kernels;
}

int64_t mcc::plannedPeakBytes(ModuleOp bufferized) {
  // The arena mcc-plan-memory laid every planned intermediate buffer out in.
  auto bytes = bufferized->getAttrOfType<IntegerAttr>("mcc.workspace_bytes");
  return bytes ? bytes.getInt() : 0;
}

void mcc::printMemoryPlan(ModuleOp bufferized, llvm::raw_ostream &os) {
  auto count = [&](llvm::StringRef name) {
    auto n = bufferized->getAttrOfType<IntegerAttr>(name);
    return n ? n.getInt() : 0;
  };
  os << "planned-peak-activation-bytes " << plannedPeakBytes(bufferized) << "\n";
  // Buffers sized by a dynamic dim (the batch) share an arena of this many bytes per unit
  // of it, allocated once per run.
  if (int64_t perUnit = count("mcc.dynamic_arena_bytes_per_unit"))
    os << "planned-dynamic-bytes-per-unit " << perUnit << "\n";
  os << "planned-buffers " << count("mcc.planned_buffers") << "\n"
     << "unplanned-dynamic-buffers " << count("mcc.unplanned_buffers") << "\n";
}
