//===- RefineTypes.cpp - result types follow more static operands ---------===//
//
// Folding can make an operand more static than it was at import (a shape
// tensor that became a constant, a dim that became known); every op that
// infers its result type then gets the refined type, so static sizes reach
// codegen. Only results read by mcc ops alone are refined: mcc ops accept
// operands more static than they were built with, other readers (a return)
// need the type they have.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/McDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"

using namespace mlir;
using namespace mcc;

namespace {
// The more static of two compatible ranked tensor types, or null.
RankedTensorType meet(Type a, Type b) {
  auto x = dyn_cast<RankedTensorType>(a), y = dyn_cast<RankedTensorType>(b);
  if (!x || !y || x.getRank() != y.getRank() || x.getElementType() != y.getElementType())
    return {};
  SmallVector<int64_t> shape;
  for (auto [p, q] : llvm::zip(x.getShape(), y.getShape())) {
    if (!ShapedType::isDynamic(p) && !ShapedType::isDynamic(q) && p != q)
      return {};
    shape.push_back(ShapedType::isDynamic(p) ? q : p);
  }
  return x.clone(shape);
}

struct RefineResultTypes : OpInterfaceRewritePattern<InferTypeOpInterface> {
  RefineResultTypes(MLIRContext *context, Dialect *dialect)
      : OpInterfaceRewritePattern(context), dialect(dialect) {}

  LogicalResult matchAndRewrite(InferTypeOpInterface op,
                                PatternRewriter &rewriter) const override {
    if (op->getDialect() != dialect)
      return failure();
    SmallVector<Type> inferred;
    if (failed(op.inferReturnTypes(op->getContext(), std::nullopt, op->getOperands(),
                                   op->getAttrDictionary(), op->getPropertiesStorage(),
                                   op->getRegions(), inferred)) ||
        inferred.size() != op->getNumResults())
      return failure();
    SmallVector<Type> refined;
    bool changed = false;
    for (auto [result, type] : llvm::zip(op->getResults(), inferred)) {
      RankedTensorType better = meet(result.getType(), type);
      if (!better)
        return failure();
      if (better != result.getType()) {
        for (Operation *user : result.getUsers())
          if (user->getDialect() != dialect)
            return rewriter.notifyMatchFailure(op, "a result is read outside the dialect");
        changed = true;
      }
      refined.push_back(better);
    }
    if (!changed)
      return failure();
    rewriter.modifyOpInPlace(op, [&] {
      for (auto [result, type] : llvm::zip(op->getResults(), refined))
        result.setType(type);
    });
    return success();
  }

  Dialect *dialect;
};
} // namespace

void MccDialect::getCanonicalizationPatterns(RewritePatternSet &results) const {
  results.add<RefineResultTypes>(getContext(), const_cast<MccDialect *>(this));
}
