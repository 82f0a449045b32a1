//===- Diagnostics.h - how mcc prints errors --------------------*- C++ -*-===//
#ifndef MCC_TOOLS_MCC_DIAGNOSTICS_H
#define MCC_TOOLS_MCC_DIAGNOSTICS_H

#include "mlir/IR/Diagnostics.h"

namespace mcc {
/// Prints every diagnostic as `<file>: node '<name>': error: <message>`, using
/// the NameLoc(node, FileLineColLoc(file, ...)) locations the frontend gives
/// each op, and counts the errors.
class DriverDiagnostics {
public:
  DriverDiagnostics(mlir::MLIRContext &context, llvm::StringRef inputPath);
  ~DriverDiagnostics();
  unsigned numErrors() const { return errors; }

private:
  mlir::MLIRContext &context;
  std::string inputPath;
  mlir::DiagnosticEngine::HandlerID handler;
  unsigned errors = 0;
};
} // namespace mcc

#endif // MCC_TOOLS_MCC_DIAGNOSTICS_H
