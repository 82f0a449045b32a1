//===- LoweringUtils.h - helpers shared by the mcc lowerings ----*- C++ -*-===//
#ifndef MCC_CODEGEN_CPU_LOWERINGUTILS_H
#define MCC_CODEGEN_CPU_LOWERINGUTILS_H

#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"

namespace mcc {

/// The sizes of a ranked tensor: constants where static, tensor.dim otherwise.
llvm::SmallVector<mlir::OpFoldResult> getSizes(mlir::OpBuilder &b, mlir::Location loc,
                                               mlir::Value tensor);

/// A tensor.empty of `type`, taking its dynamic dims from `sizes` (one entry
/// per dim; entries for static dims are ignored).
mlir::Value createEmpty(mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
                        llvm::ArrayRef<mlir::OpFoldResult> sizes);

/// A tensor of `type` filled with `value` (an attribute of the element type).
mlir::Value createFilled(mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
                         llvm::ArrayRef<mlir::OpFoldResult> sizes, mlir::TypedAttr value);

/// The sizes of the result of a numpy broadcast of `operands` to `result`:
/// static result dims as constants, dynamic ones read from the first operand
/// that has that dim and does not broadcast it (dynamic dims are assumed not
/// to broadcast, see the dialect docs).
llvm::SmallVector<mlir::OpFoldResult> getBroadcastSizes(mlir::OpBuilder &b, mlir::Location loc,
                                                        mlir::ValueRange operands,
                                                        mlir::RankedTensorType result);

/// The indexing map that reads `operand` inside a loop nest over `result`
/// under numpy broadcasting: leading dims are dropped, statically size-1 dims
/// read index 0.
mlir::AffineMap getBroadcastMap(mlir::RankedTensorType operand, mlir::RankedTensorType result);

/// Identity / parallel helpers for building linalg.generic.
llvm::SmallVector<mlir::utils::IteratorType> parallelIterators(unsigned n);

/// A scalar constant of `type` (float or integer) holding `value`.
mlir::Value createScalar(mlir::OpBuilder &b, mlir::Location loc, mlir::Type type, double value);

/// Converts an index value to i64 and back.
mlir::Value indexToI64(mlir::OpBuilder &b, mlir::Location loc, mlir::Value index);
mlir::Value i64ToIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::Value i64);

/// The OpFoldResult as a Value (materializing constants as arith.constant index).
mlir::Value toValue(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult ofr);

} // namespace mcc

#endif // MCC_CODEGEN_CPU_LOWERINGUTILS_H
