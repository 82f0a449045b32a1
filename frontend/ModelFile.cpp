//===- ModelFile.cpp - read an ONNX ModelProto from disk ------------------===//
#include "frontend/ModelFile.h"

#include "frontend/Limits.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

#include <climits>

using namespace mlir;

bool mcc::frontend::isTextModelPath(llvm::StringRef path) {
  llvm::StringRef ext = llvm::sys::path::extension(path);
  return ext == ".onnxtxt" || ext == ".textproto" || ext == ".pbtxt";
}

namespace {
// Text-format parse errors become diagnostics at their line and column.
class DiagnosticErrorCollector : public google::protobuf::io::ErrorCollector {
public:
  DiagnosticErrorCollector(MLIRContext &context, llvm::StringRef path)
      : context(context), path(path) {}

  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string &message) override {
    emitError(FileLineColLoc::get(&context, path, line + 1, column + 1))
        << "malformed ONNX text model (line " << line + 1 << ", column " << column + 1
        << "): " << message;
    ++errors;
  }
  void AddWarning(int line, google::protobuf::io::ColumnNumber column,
                  const std::string &message) override {
    emitWarning(FileLineColLoc::get(&context, path, line + 1, column + 1)) << message;
  }

private:
  MLIRContext &context;
  llvm::StringRef path;

public:
  int errors = 0;
};
} // namespace

LogicalResult mcc::frontend::readModelFile(MLIRContext &context, llvm::StringRef path,
                                           onnx::ModelProto &model) {
  Location fileLoc = FileLineColLoc::get(&context, path, 0, 0);
  // Look before reading: a FIFO or a device would block or never end, and a
  // file protobuf cannot parse need not be mapped at all.
  llvm::sys::fs::file_status status;
  if (std::error_code ec = llvm::sys::fs::status(path, status))
    return emitError(fileLoc) << "cannot read ONNX model '" << path << "': " << ec.message();
  if (status.type() != llvm::sys::fs::file_type::regular_file)
    return emitError(fileLoc) << "cannot read ONNX model '" << path << "': not a regular file";
  if (status.getSize() == 0)
    return emitError(fileLoc) << "ONNX model '" << path << "' is empty (0 bytes)";
  // Protobuf messages stop at 2 GiB; bigger models keep their weights in
  // external data files.
  if (status.getSize() > static_cast<uint64_t>(INT_MAX))
    return emitError(fileLoc) << "ONNX model '" << path << "' is " << status.getSize()
                              << " bytes, larger than 2 GiB (the protobuf limit); save its "
                                 "weights as external data";
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(fileLoc) << "cannot read ONNX model '" << path
                              << "': " << buffer.getError().message();
  llvm::StringRef data = (*buffer)->getBuffer();

  if (isTextModelPath(path)) {
    google::protobuf::TextFormat::Parser parser;
    DiagnosticErrorCollector collector(context, path);
    parser.RecordErrorsTo(&collector);
    // Text models written by a newer onnx may carry fields this protobuf schema
    // (ONNX 1.12) does not know; none of them matter to inference.
    parser.AllowUnknownField(true);
    parser.SetRecursionLimit(kMaxNesting);
    if (parser.ParseFromString(data.str(), &model))
      return success();
    if (collector.errors == 0)
      emitError(fileLoc) << "cannot parse '" << path << "' as an ONNX text-format model";
    return failure();
  }

  // (The file may have grown since it was looked at.)
  if (data.size() > static_cast<size_t>(INT_MAX))
    return emitError(fileLoc) << "ONNX model '" << path << "' is larger than 2 GiB";
  // ParseFromArray stops at protobuf's default recursion limit, kMaxNesting.
  if (!model.ParseFromArray(data.data(), static_cast<int>(data.size())))
    return emitError(fileLoc) << "cannot parse '" << path
                              << "' as an ONNX model: malformed protobuf, or messages nested "
                                 "more than "
                              << kMaxNesting << " deep (not a ModelProto)";
  return success();
}
