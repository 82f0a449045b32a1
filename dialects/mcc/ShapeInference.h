//===- ShapeInference.h - shared result-type inference ----------*- C++ -*-===//
//
// The inferReturnTypes bodies of op families that ODS generates call these.
// Every failure is reported at `loc` (the ONNX node) when one is given.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_DIALECTS_MCC_SHAPEINFERENCE_H
#define MCC_DIALECTS_MCC_SHAPEINFERENCE_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace mcc {
using mlir::LogicalResult;
using OptLoc = std::optional<mlir::Location>;

/// Numpy broadcasting of two shapes. A dynamic dim against a static one that is
/// not 1 takes the static size; two dynamic dims stay dynamic.
bool broadcastShapes(llvm::ArrayRef<int64_t> a, llvm::ArrayRef<int64_t> b,
                     llvm::SmallVectorImpl<int64_t> &out);

/// Elementwise op over broadcast operands; the element type is `resultElement`
/// or, when null, that of the first operand of non-i1 type (or the first).
LogicalResult inferBroadcast(OptLoc loc, llvm::ArrayRef<mlir::Value> operands,
                             mlir::Type resultElement,
                             llvm::SmallVectorImpl<mlir::Type> &inferred);

/// Output extent of a sliding window: the ONNX/PyTorch formula, including
/// ceil mode's rule that the last window must start inside the input or the
/// begin padding.
int64_t slidingWindowOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                int64_t padBegin, int64_t padEnd, int64_t dilation,
                                bool ceilMode);

LogicalResult inferPool(OptLoc loc, mlir::Value input, llvm::ArrayRef<int64_t> kernel,
                        llvm::ArrayRef<int64_t> strides, llvm::ArrayRef<int64_t> pads,
                        llvm::ArrayRef<int64_t> dilations, bool ceilMode,
                        llvm::SmallVectorImpl<mlir::Type> &inferred);
LogicalResult inferGlobalPool(OptLoc loc, mlir::Value input,
                              llvm::SmallVectorImpl<mlir::Type> &inferred);
LogicalResult inferReduce(OptLoc loc, mlir::Value input, llvm::ArrayRef<int64_t> axes,
                          bool keepdims, mlir::Type resultElement,
                          llvm::SmallVectorImpl<mlir::Type> &inferred);

/// Fails unless 0 <= axis < rank(input).
LogicalResult checkAxis(OptLoc loc, mlir::Value input, int64_t axis);

/// The ranked tensor type of `v`, or a failure reported at `loc`.
mlir::FailureOr<mlir::RankedTensorType> rankedType(OptLoc loc, mlir::Value v,
                                                   llvm::StringRef what);
} // namespace mcc

#endif // MCC_DIALECTS_MCC_SHAPEINFERENCE_H
