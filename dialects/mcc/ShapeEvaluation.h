//===- ShapeEvaluation.h - read shape tensors at compile time ---*- C++ -*-===//
//
// ONNX passes shapes between nodes as int64 tensors (Shape -> Gather -> Concat
// -> Reshape). To infer static result types for reshape-like ops, we evaluate
// such a tensor element by element, as far as it can be known at compile time:
// an element is a constant, the (dynamic) dim of some value, or unknown.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_DIALECTS_MCC_SHAPEEVALUATION_H
#define MCC_DIALECTS_MCC_SHAPEEVALUATION_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace mcc {

/// One element of a shape tensor.
struct ShapeElement {
  /// The value, or ShapedType::kDynamic when not a compile-time constant.
  int64_t constant = mlir::ShapedType::kDynamic;
  /// When not constant but known to equal dim `dim` of `of`.
  mlir::Value of;
  int64_t dim = -1;

  static ShapeElement known(int64_t c) { return {c, nullptr, -1}; }
  static ShapeElement unknown() { return {}; }
  static ShapeElement dimOf(mlir::Value v, int64_t d) {
    return {mlir::ShapedType::kDynamic, v, d};
  }
  bool isConstant() const { return !mlir::ShapedType::isDynamic(constant); }
  bool isDimOf() const { return static_cast<bool>(of); }
  bool sameAs(const ShapeElement &o) const {
    if (isConstant())
      return o.isConstant() && constant == o.constant;
    return isDimOf() && o.of == of && o.dim == dim;
  }
};

/// Evaluates a 0-D or 1-D integer tensor. Returns std::nullopt when not even its
/// length is known. Only looks through side-effect-free ops of a bounded depth.
std::optional<llvm::SmallVector<ShapeElement>> evaluateShapeTensor(mlir::Value v);

/// The elements of `v` when every one is a compile-time constant.
std::optional<llvm::SmallVector<int64_t>> getConstantShapeTensor(mlir::Value v);

} // namespace mcc

#endif // MCC_DIALECTS_MCC_SHAPEEVALUATION_H
