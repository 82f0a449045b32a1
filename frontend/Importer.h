//===- Importer.h - ONNX model -> mcc dialect -------------------*- C++ -*-===//
//
// The one entry point of the frontend. Everything ONNX-specific (protobuf,
// opset versions, attribute spellings) ends behind this header: what comes out
// is a module of mcc ops on ranked tensors.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FRONTEND_IMPORTER_H
#define MCC_FRONTEND_IMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mcc {

/// A trained value for an initializer (from a training checkpoint, mcc --weights): the
/// initializer's name, its ONNX element type and dims, and its data (dense, row-major).
struct TrainedWeight {
  std::string name;
  int32_t dtype = 0;
  std::vector<int64_t> dims;
  std::string bytes;
};

struct ImportOptions {
  /// Initializers at least this large become dense_resource blobs instead of dense attributes.
  int64_t resourceThresholdBytes = 1024;
  /// Replace the data of the initializers these name before importing. Each must match its
  /// initializer's type and shape; names no initializer has (optimizer state) are skipped,
  /// but at least one must match.
  std::vector<TrainedWeight> trainedWeights;
};

/// Writes the model at `path` with `options.trainedWeights` applied to `outPath`, as an ONNX
/// file any ONNX tool reads (every initializer inline). Errors are reported through the
/// context's diagnostic engine.
mlir::LogicalResult writeOnnxWithTrainedWeights(mlir::MLIRContext &context, llvm::StringRef path,
                                                const ImportOptions &options,
                                                llvm::StringRef outPath);

/// Reads an ONNX model (binary protobuf; or protobuf text format when the path ends in .onnxtxt,
/// .textproto or .pbtxt, for tests) and imports its main graph into a new module holding one
/// `func.func @main`. Every problem is reported through the context's diagnostic engine at the
/// location of the offending node; returns null after reporting all problems found.
mlir::OwningOpRef<mlir::ModuleOp> importOnnxFile(mlir::MLIRContext &context, llvm::StringRef path,
                                                 const ImportOptions &options = {});

/// How much of a model's main graph mcc covers (`mcc --check`). Op types are keyed as
/// "OpType", or "domain.OpType" outside the default ONNX domain.
struct ImportCoverage {
  /// Nodes in the main graph.
  int64_t nodes = 0;
  /// Nodes whose (domain, op type, opset) has no importer.
  std::map<std::string, int64_t> unsupported;
  /// Nodes of a known operator that still failed to import (an attribute value, a dtype or a
  /// shape mcc does not handle). Only counted when every operator is known: the importer
  /// stops before building anything otherwise.
  std::map<std::string, int64_t> failed;

  int64_t supportedNodes() const;
};

/// importOnnxFile, also filling `coverage`. Diagnostics are the same as importOnnxFile's.
mlir::OwningOpRef<mlir::ModuleOp> importOnnxFile(mlir::MLIRContext &context, llvm::StringRef path,
                                                 ImportCoverage &coverage,
                                                 const ImportOptions &options = {});

} // namespace mcc

#endif // MCC_FRONTEND_IMPORTER_H
