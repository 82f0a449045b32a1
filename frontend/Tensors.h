//===- Tensors.h - ONNX dtypes and TensorProto payloads ---------*- C++ -*-===//
#ifndef MCC_FRONTEND_TENSORS_H
#define MCC_FRONTEND_TENSORS_H

#include "frontend/Onnx.h"

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Types.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>

namespace mcc::frontend {

/// The TensorProto.DataType spelling of `dtype` ("FLOAT", "UINT8", ...).
std::string dtypeName(int64_t dtype);

/// The element type mcc computes in for an ONNX dtype, or null when mcc does
/// not support it (unsigned, strings, complex, 8-bit and smaller floats...).
mlir::Type convertDtype(mlir::MLIRContext *context, int64_t dtype);

/// Creates the diagnostic that a problem is reported through; it already names
/// the tensor ("initializer 'w': ", "node 'c' (Constant, opset 13): ").
using ErrorFn = llvm::function_ref<mlir::InFlightDiagnostic()>;

struct TensorDecodeOptions {
  /// Folder of the model: external data paths are relative to it and must stay inside.
  std::string modelDir;
  /// Tensors of at least this many bytes become dense_resource blobs.
  int64_t resourceThresholdBytes = 1024;
};

/// Decodes the payload of `tensor` (raw_data, the typed fields, or external
/// data) into a dense attribute, or a dense_resource one named after `blobName`
/// when large. Sizes are checked against the shape.
mlir::FailureOr<mlir::ElementsAttr> decodeTensor(mlir::MLIRContext *context,
                                                 const onnx::TensorProto &tensor,
                                                 llvm::StringRef blobName,
                                                 const TensorDecodeOptions &options,
                                                 ErrorFn error);

} // namespace mcc::frontend

#endif // MCC_FRONTEND_TENSORS_H
