//===- Diagnostics.cpp - how mcc prints errors ----------------------------===//
#include "tools/mcc/Diagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {
// Finds the ONNX node name and the file in a (possibly fused or nested) location.
void describe(Location loc, std::string &node, std::string &file) {
  if (auto name = dyn_cast<NameLoc>(loc)) {
    if (node.empty())
      node = name.getName().str();
    describe(name.getChildLoc(), node, file);
  } else if (auto fileLoc = dyn_cast<FileLineColLoc>(loc)) {
    if (file.empty())
      file = fileLoc.getFilename().str();
  } else if (auto fused = dyn_cast<FusedLoc>(loc)) {
    for (Location inner : fused.getLocations())
      describe(inner, node, file);
  } else if (auto callSite = dyn_cast<CallSiteLoc>(loc)) {
    describe(callSite.getCallee(), node, file);
  }
}

const char *severityName(DiagnosticSeverity s) {
  switch (s) {
  case DiagnosticSeverity::Error:
    return "error";
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Note:
    return "note";
  case DiagnosticSeverity::Remark:
    return "remark";
  }
  return "error";
}
} // namespace

mcc::DriverDiagnostics::DriverDiagnostics(MLIRContext &context, llvm::StringRef inputPath)
    : context(context), inputPath(inputPath.str()) {
  handler = context.getDiagEngine().registerHandler([this](Diagnostic &diag) {
    std::string node, file;
    describe(diag.getLocation(), node, file);
    if (file.empty())
      file = this->inputPath;
    llvm::raw_ostream &os = llvm::errs();
    std::string message = diag.str();
    os << file << ": ";
    // The frontend's own messages already start with the node, its op type and
    // opset; the others (shape inference, lowering) get the node name here.
    if (!node.empty() && !llvm::StringRef(message).starts_with("node '"))
      os << "node '" << node << "': ";
    os << severityName(diag.getSeverity()) << ": " << message << "\n";
    for (Diagnostic &note : diag.getNotes())
      os << "  note: " << note.str() << "\n";
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      ++errors;
    return success();
  });
}

mcc::DriverDiagnostics::~DriverDiagnostics() { context.getDiagEngine().eraseHandler(handler); }
