//===- ConstantFolding.h - fold mcc ops on small constants -----*- C++ -*-===//
//
// Shape computations (Shape -> Gather -> Unsqueeze -> Concat -> Reshape, index
// arithmetic, Where/Less clamps) fold to constants once their inputs are
// known. Folding is limited to small constants (kMaxFoldElements) so that a
// weight is never duplicated by a fold; weights are folded by the graph
// passes that own them (batch norm, constant affine into conv).
//
//===----------------------------------------------------------------------===//
#ifndef MCC_DIALECTS_MCC_CONSTANTFOLDING_H
#define MCC_DIALECTS_MCC_CONSTANTFOLDING_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include <functional>
#include <optional>

namespace mcc {

/// The largest constant a folder reads or creates.
constexpr int64_t kMaxFoldElements = 1024;

/// `attr` as a dense constant of at most kMaxFoldElements, else null.
mlir::DenseElementsAttr getSmallConstant(mlir::Attribute attr);

/// One element while folding: integers as int64 (i1 as 0/1), floats as double.
struct Scalar {
  bool isFloat = false;
  int64_t i = 0;
  double f = 0;
  static Scalar ofInt(int64_t v) { return {false, v, 0}; }
  static Scalar ofFloat(double v) { return {true, 0, v}; }
};

/// Computes one result element from the operands' elements, or gives up.
using ScalarFn = std::function<std::optional<Scalar>(llvm::ArrayRef<Scalar>)>;

/// Folds an elementwise op with numpy broadcasting: every operand a small
/// constant, `resultType` static. Null when anything is missing or `fn`
/// gives up on an element.
mlir::Attribute foldElementwise(llvm::ArrayRef<mlir::Attribute> operands,
                                mlir::Type resultType, const ScalarFn &fn);

/// `attr` holding `values` converted to `type`'s element type.
mlir::DenseElementsAttr makeScalarsAttr(mlir::RankedTensorType type,
                                        llvm::ArrayRef<Scalar> values);

/// The elements of a small constant as Scalars (row-major).
std::optional<llvm::SmallVector<Scalar>> getScalars(mlir::DenseElementsAttr attr);

/// A 0-D or 1-D integer result that ShapeEvaluation knows completely, as a
/// constant; null otherwise. This is what folds `gather(shape(x), 1)` when
/// dim 1 of x is static although x has dynamic dims.
mlir::Attribute foldShapeTensor(mlir::Value result);

/// True when `v` is a constant splat within `relTol` (relative) of `value`;
/// exact by default.
bool isSplatConstant(mlir::Value v, double value, double relTol = 0);

} // namespace mcc

#endif // MCC_DIALECTS_MCC_CONSTANTFOLDING_H
