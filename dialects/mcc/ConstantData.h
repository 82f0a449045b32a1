//===- ConstantData.h - read and build the data of constants ----*- C++ -*-===//
//
// Weights live in `dense` attributes (small) or `dense_resource` blobs (large,
// not uniqued, not printed in full). Every stage that reads or writes constant
// data (the importer, graph passes that fold weights, the object emitter) goes
// through these functions, so both forms are handled the same way everywhere.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_DIALECTS_MCC_CONSTANTDATA_H
#define MCC_DIALECTS_MCC_CONSTANTDATA_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <vector>

namespace mcc {

/// The elements of a dense or dense_resource constant as bytes, laid out as a
/// dense row-major buffer would hold them: splats expanded, booleans one byte
/// each. None for other attributes or a resource whose blob was elided.
std::optional<std::vector<char>> getRawBytes(mlir::Attribute attr);

/// The elements converted to double (floats and integers; i1 as 0/1).
std::optional<std::vector<double>> getValuesAsDouble(mlir::Attribute attr);

/// The same for the value of a constant op (`arith.constant`), or none when
/// `v` is null or not a constant.
std::optional<std::vector<double>> getConstantValuesAsDouble(mlir::Value v);

/// A constant of `type` holding `bytes` (a dense row-major buffer): a
/// dense_resource blob named after `blobName` when at least `resourceBytes`
/// long, a dense attribute otherwise.
mlir::ElementsAttr makeElementsAttr(mlir::RankedTensorType type, llvm::ArrayRef<char> bytes,
                                    llvm::StringRef blobName, int64_t resourceBytes = 1024);

/// A float constant of `type` (f32 or f64) holding `values`.
mlir::ElementsAttr makeFloatElementsAttr(mlir::RankedTensorType type,
                                         llvm::ArrayRef<double> values,
                                         llvm::StringRef blobName, int64_t resourceBytes = 1024);

} // namespace mcc

#endif // MCC_DIALECTS_MCC_CONSTANTDATA_H
