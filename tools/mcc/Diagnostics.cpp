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

// Names and messages quote the model's own strings, which a hostile model can fill with
// terminal escape sequences or with newlines that forge lines of output. Control bytes
// (tabs aside) are printed as \xNN, so that each diagnostic is one line.
std::string printable(llvm::StringRef text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      static const char digits[] = "0123456789abcdef";
      out += "\\x";
      out += digits[c >> 4];
      out += digits[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
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
    os << printable(file) << ": ";
    // The frontend's own messages already start with the node, its op type and
    // opset; the others (shape inference, lowering) get the node name here.
    if (!node.empty() && !llvm::StringRef(message).starts_with("node '"))
      os << "node '" << printable(node) << "': ";
    os << severityName(diag.getSeverity()) << ": " << printable(message) << "\n";
    for (Diagnostic &note : diag.getNotes())
      os << "  note: " << printable(note.str()) << "\n";
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      ++errors;
    return success();
  });
}

mcc::DriverDiagnostics::~DriverDiagnostics() { context.getDiagEngine().eraseHandler(handler); }
