//===- GraphBuilder.h - build mcc ops whose result types are inferred -*- C++ -*-===//
//
// Code that writes whole subgraphs in the mcc dialect (the training passes'
// gradients, losses and optimizer updates; decompositions of composite ops)
// creates each op with the type its shape inference gives, so it never spells
// out shapes. A failed inference is reported at the builder's location (the
// op being differentiated or decomposed) and remembered, so the caller checks
// one flag instead of every call.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_DIALECTS_MCC_GRAPHBUILDER_H
#define MCC_DIALECTS_MCC_GRAPHBUILDER_H

#include "dialects/mcc/McDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/TypeUtilities.h"

namespace mcc {

class GraphBuilder {
public:
  GraphBuilder(mlir::OpBuilder &builder, mlir::Location loc) : b(builder), loc(loc) {}

  mlir::OpBuilder &builder() { return b; }
  mlir::Location getLoc() const { return loc; }
  void setLoc(mlir::Location l) { loc = l; }
  /// Whether any op could not be built (its error was reported).
  bool failed() const { return hasFailed; }
  /// Reports an error at the current location and marks the build failed.
  mlir::InFlightDiagnostic error();

  /// An op of type OpT with inferred result types; null if inference failed.
  template <typename OpT, typename... Args> mlir::Value create(Args &&...args) {
    if (hasFailed)
      return nullptr;
    mlir::OperationState state(loc, OpT::getOperationName());
    mlir::Type none = b.getNoneType();
    OpT::build(b, state, mlir::TypeRange(none), std::forward<Args>(args)...);
    state.types.clear();
    llvm::SmallVector<mlir::Type, 1> inferred;
    if (mlir::failed(OpT::inferReturnTypes(b.getContext(), loc, state.operands,
                                           state.attributes.getDictionary(b.getContext()),
                                           state.getRawProperties(), state.regions, inferred))) {
      hasFailed = true;
      return nullptr;
    }
    state.addTypes(inferred);
    return b.create(state)->getResult(0);
  }

  /// A 0-D constant of `elementType` (a float type) holding `value`.
  mlir::Value scalar(mlir::Type elementType, double value);
  /// A 1-D i64 constant.
  mlir::Value i64s(llvm::ArrayRef<int64_t> values);

  mlir::Value add(mlir::Value a, mlir::Value b);
  mlir::Value sub(mlir::Value a, mlir::Value b);
  mlir::Value mul(mlir::Value a, mlir::Value b);
  mlir::Value div(mlir::Value a, mlir::Value b);
  mlir::Value neg(mlir::Value a);
  /// `a * s` for a compile-time scalar (a itself when s == 1).
  mlir::Value scale(mlir::Value a, double s);

  /// `grad` (shaped like a broadcast result) summed back to `target`'s shape:
  /// the leading dims `target` lacks and its size-1 dims that `grad` has
  /// wider (or dynamic) are summed, the way numpy broadcasting is undone.
  mlir::Value reduceTo(mlir::Value grad, mlir::Type target);
  /// `v` reshaped to the shape `like` has at run time.
  mlir::Value reshapeLike(mlir::Value v, mlir::Value like);
  /// `v` with its last two dims swapped.
  mlir::Value transposeLastTwo(mlir::Value v);
  /// The number of elements of `v` (the product of its dims, or of `axes`
  /// only when given) as a 0-D tensor of `elementType`; a constant when the
  /// dims are static.
  mlir::Value count(mlir::Value v, mlir::Type elementType,
                    std::optional<llvm::ArrayRef<int64_t>> axes = std::nullopt);

private:
  mlir::OpBuilder &b;
  mlir::Location loc;
  bool hasFailed = false;
};

} // namespace mcc

#endif // MCC_DIALECTS_MCC_GRAPHBUILDER_H
