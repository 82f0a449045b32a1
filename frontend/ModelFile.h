//===- ModelFile.h - read an ONNX ModelProto from disk ----------*- C++ -*-===//
#ifndef MCC_FRONTEND_MODELFILE_H
#define MCC_FRONTEND_MODELFILE_H

#include "frontend/Onnx.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/StringRef.h"

namespace mcc::frontend {

/// True when `path` names a protobuf text-format model (.onnxtxt, .textproto, .pbtxt).
bool isTextModelPath(llvm::StringRef path);

/// Parses the model at `path` (binary, or text format by extension) into `model`.
/// Failures (missing file, malformed protobuf) are reported at the file's location.
mlir::LogicalResult readModelFile(mlir::MLIRContext &context, llvm::StringRef path,
                                  onnx::ModelProto &model);

} // namespace mcc::frontend

#endif // MCC_FRONTEND_MODELFILE_H
