//===- Stats.cpp - what `mcc --stats` reports -----------------------------===//
#include "tools/mcc/Stats.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
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
  int64_t kernels = 0;
  lowered.walk([&](linalg::LinalgOp) { ++kernels; });
  return kernels;
}

int64_t mcc::plannedPeakBytes(ModuleOp bufferized) {
  int64_t live = 0, peak = 0;
  llvm::DenseMap<Value, int64_t> sizes;
  bufferized.walk([&](Operation *op) {
    if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
      MemRefType type = alloc.getType();
      int64_t n = 1;
      for (int64_t d : type.getShape())
        n *= ShapedType::isDynamic(d) ? 1 : d;
      int64_t bytes = n * std::max<int64_t>(1, type.getElementTypeBitWidth() / 8);
      sizes[alloc.getResult()] = bytes;
      live += bytes;
      peak = std::max(peak, live);
    } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
      live -= sizes.lookup(dealloc.getMemref());
    }
  });
  return peak;
}
