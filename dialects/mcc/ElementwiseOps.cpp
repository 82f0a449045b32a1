//===- ElementwiseOps.cpp - broadcasting and elementwise folders ----------===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mcc;

FailureOr<RankedTensorType> mcc::rankedType(OptLoc loc, Value v, StringRef what) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type) {
    (void)emitOptionalError(loc, what, " must be a ranked tensor, got ", v.getType());
    return failure();
  }
  return type;
}

LogicalResult mcc::checkAxis(OptLoc loc, Value input, int64_t axis) {
  auto type = rankedType(loc, input, "input");
  if (failed(type))
    return failure();
  if (axis < 0 || axis >= type->getRank())
    return emitOptionalError(loc, "axis ", axis, " is out of range for rank ",
                             type->getRank());
  return success();
}

bool mcc::broadcastShapes(ArrayRef<int64_t> a, ArrayRef<int64_t> b,
                          SmallVectorImpl<int64_t> &out) {
  size_t rank = std::max(a.size(), b.size());
  out.assign(rank, 1);
  for (size_t i = 0; i < rank; ++i) {
    int64_t x = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t y = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (x == 1) {
      out[i] = y;
    } else if (y == 1) {
      out[i] = x;
    } else if (ShapedType::isDynamic(x)) {
      out[i] = y;
    } else if (ShapedType::isDynamic(y) || x == y) {
      out[i] = x;
    } else {
      return false;
    }
  }
  return true;
}

LogicalResult mcc::inferBroadcast(OptLoc loc, ArrayRef<Value> operands, Type resultElement,
                                  SmallVectorImpl<Type> &inferred) {
  SmallVector<int64_t> shape;
  for (Value v : operands) {
    auto type = rankedType(loc, v, "operand");
    if (failed(type))
      return failure();
    SmallVector<int64_t> next;
    if (!broadcastShapes(shape, type->getShape(), next))
      return emitOptionalError(loc, "operand shapes do not broadcast: ", operands[0].getType(),
                               " and ", v.getType());
    shape = std::move(next);
  }
  // The data operands (all but where's condition) share one element type.
  ArrayRef<Value> data = operands.size() == 3 ? operands.drop_front() : operands;
  Type element = getElementTypeOrSelf(data.front().getType());
  for (Value v : data)
    if (getElementTypeOrSelf(v.getType()) != element)
      return emitOptionalError(loc, "operand element types differ: ", data.front().getType(),
                               " and ", v.getType());
  inferred.push_back(RankedTensorType::get(shape, resultElement ? resultElement : element));
  return success();
}
