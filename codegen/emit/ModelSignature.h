//===- ModelSignature.h - a model's inputs and outputs ----------*- C++ -*-===//
#ifndef MCC_CODEGEN_EMIT_MODELSIGNATURE_H
#define MCC_CODEGEN_EMIT_MODELSIGNATURE_H

#include "mlir/IR/BuiltinOps.h"
#include <string>
#include <vector>

namespace mcc {

struct TensorSignature {
  std::string name;
  int32_t dtype = 0;          // an mcc_dtype (ONNX TensorProto.DataType)
  std::vector<int64_t> dims;  // -1 for dynamic
};

struct ModelSignature {
  std::string modelName;
  std::vector<TensorSignature> inputs, outputs;
  /// Training steps (mcc-build-train-step): how many trailing inputs are
  /// state, how many of those are weights, and each state input's initial
  /// value (null: zeros).
  unsigned numParams = 0, numState = 0;
  std::vector<mlir::Attribute> stateInit;
};

/// Reads the signature of the tensor-level model function `function` (names
/// from the `mcc.name` argument/result attributes). Must run before lowering.
/// A training step's initial state values move from the arguments' attributes
/// into the signature.
mlir::FailureOr<ModelSignature> extractSignature(mlir::ModuleOp module,
                                                 llvm::StringRef function = "main");

/// The mcc_dtype code of an element type, or 0 when the ABI has none.
int32_t getDtypeCode(mlir::Type elementType);

} // namespace mcc

#endif // MCC_CODEGEN_EMIT_MODELSIGNATURE_H
