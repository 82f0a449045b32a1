//===- InitAll.h - register every dialect and pass mcc uses -----*- C++ -*-===//
#ifndef MCC_TOOLS_INITALL_H
#define MCC_TOOLS_INITALL_H

#include "mlir/IR/DialectRegistry.h"

namespace mcc {
/// Our dialect plus the upstream dialects (and their interface models) that the
/// pipeline lowers through.
void registerAllDialects(mlir::DialectRegistry &registry);
/// mcc's passes and the upstream passes, for mcc-opt and --print-ir-after-all.
void registerAllPasses();
} // namespace mcc

#endif // MCC_TOOLS_INITALL_H
