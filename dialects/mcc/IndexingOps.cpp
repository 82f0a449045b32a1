//===- IndexingOps.cpp - shapes of gathers, scatters, top-k, one-hot ------===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mcc;

namespace {
constexpr int64_t kDyn = ShapedType::kDynamic;

/// Two dims that must agree: either may be dynamic.
bool compatible(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

LogicalResult checkReduction(OptLoc loc, StringRef reduction) {
  if (reduction == "none" || reduction == "add" || reduction == "mul" || reduction == "max" ||
      reduction == "min")
    return success();
  return emitOptionalError(loc, "unknown reduction '", reduction,
                           "' (expected none, add, mul, max or min)");
}
} // namespace

LogicalResult GatherElementsOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto data = rankedType(loc, adaptor.getData(), "data");
  auto indices = rankedType(loc, adaptor.getIndices(), "indices");
  if (failed(data) || failed(indices) ||
      failed(checkAxis(loc, adaptor.getData(), adaptor.getAxis())))
    return failure();
  if (data->getRank() != indices->getRank())
    return emitOptionalError(loc, "indices must have the rank of data (", data->getRank(),
                             "), got ", indices->getRank());
  inferred.push_back(RankedTensorType::get(indices->getShape(), data->getElementType()));
  return success();
}

LogicalResult GatherNDOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  auto data = rankedType(loc, adaptor.getData(), "data");
  auto indices = rankedType(loc, adaptor.getIndices(), "indices");
  if (failed(data) || failed(indices))
    return failure();
  int64_t b = adaptor.getBatchDims(), r = data->getRank(), q = indices->getRank();
  if (q < 1 || b < 0 || b >= std::min(r, q))
    return emitOptionalError(loc, "batch_dims must be in [0, min(rank(data), rank(indices)))");
  int64_t tuple = indices->getDimSize(q - 1);
  if (ShapedType::isDynamic(tuple))
    return emitOptionalError(loc, "the last dim of indices must be static");
  if (tuple < 1 || tuple > r - b)
    return emitOptionalError(loc, "index tuples of length ", tuple, " do not fit data of rank ",
                             r, " with ", b, " batch dims");
  for (int64_t i = 0; i < b; ++i)
    if (!compatible(data->getDimSize(i), indices->getDimSize(i)))
      return emitOptionalError(loc, "batch dim ", i, " differs between data and indices");
  SmallVector<int64_t> shape(indices->getShape().drop_back());
  llvm::append_range(shape, data->getShape().drop_front(b + tuple));
  inferred.push_back(RankedTensorType::get(shape, data->getElementType()));
  return success();
}

LogicalResult ScatterElementsOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                             SmallVectorImpl<Type> &inferred) {
  auto data = rankedType(loc, adaptor.getData(), "data");
  auto indices = rankedType(loc, adaptor.getIndices(), "indices");
  auto updates = rankedType(loc, adaptor.getUpdates(), "updates");
  if (failed(data) || failed(indices) || failed(updates) ||
      failed(checkAxis(loc, adaptor.getData(), adaptor.getAxis())) ||
      failed(checkReduction(loc, adaptor.getReduction())))
    return failure();
  bool sameShape = updates->getRank() == indices->getRank() &&
                   llvm::all_of(llvm::seq<int64_t>(0, updates->getRank()), [&](int64_t i) {
                     return compatible(updates->getDimSize(i), indices->getDimSize(i));
                   });
  if (indices->getRank() != data->getRank() || !sameShape ||
      updates->getElementType() != data->getElementType())
    return emitOptionalError(loc, "updates must be shaped like indices, of data's rank and "
                                  "element type");
  inferred.push_back(*data);
  return success();
}

LogicalResult ScatterNDOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  auto data = rankedType(loc, adaptor.getData(), "data");
  auto indices = rankedType(loc, adaptor.getIndices(), "indices");
  auto updates = rankedType(loc, adaptor.getUpdates(), "updates");
  if (failed(data) || failed(indices) || failed(updates) ||
      failed(checkReduction(loc, adaptor.getReduction())))
    return failure();
  int64_t q = indices->getRank();
  int64_t tuple = q ? indices->getDimSize(q - 1) : kDyn;
  if (q < 1 || ShapedType::isDynamic(tuple) || tuple > data->getRank())
    return emitOptionalError(loc, "indices must end in a static dim of at most rank(data)");
  SmallVector<int64_t> expected(indices->getShape().drop_back());
  llvm::append_range(expected, data->getShape().drop_front(tuple));
  if (updates->getRank() != (int64_t)expected.size() ||
      !llvm::all_of(llvm::seq<size_t>(0, expected.size()),
                    [&](size_t i) { return compatible(expected[i], updates->getDimSize(i)); }) ||
      updates->getElementType() != data->getElementType())
    return emitOptionalError(loc, "updates must be indices.shape[:-1] ++ data.shape[q:] of "
                                  "data's element type, got ",
                             *updates);
  inferred.push_back(*data);
  return success();
}

LogicalResult TopKOp::inferShapes(MLIRContext *context, OptLoc loc, Adaptor adaptor,
                                  SmallVectorImpl<Type> &inferred) {
  auto input = rankedType(loc, adaptor.getInput(), "input");
  if (failed(input) || failed(checkAxis(loc, adaptor.getInput(), adaptor.getAxis())))
    return failure();
  int64_t k = adaptor.getK(), n = input->getDimSize(adaptor.getAxis());
  if (k < 0 || (!ShapedType::isDynamic(n) && k > n))
    return emitOptionalError(loc, "k = ", k, " is out of range for an axis of size ", n);
  SmallVector<int64_t> shape(input->getShape());
  shape[adaptor.getAxis()] = k;
  inferred.push_back(RankedTensorType::get(shape, input->getElementType()));
  inferred.push_back(RankedTensorType::get(shape, IntegerType::get(context, 64)));
  return success();
}

LogicalResult OneHotOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                    SmallVectorImpl<Type> &inferred) {
  auto indices = rankedType(loc, adaptor.getIndices(), "indices");
  auto values = rankedType(loc, adaptor.getValues(), "values");
  if (failed(indices) || failed(values))
    return failure();
  if (values->getRank() != 1 || !compatible(values->getDimSize(0), 2))
    return emitOptionalError(loc, "values must be [off, on], got ", *values);
  int64_t axis = adaptor.getAxis(), depth = adaptor.getDepth();
  if (axis < 0 || axis > indices->getRank())
    return emitOptionalError(loc, "axis ", axis, " is out of range for rank ",
                             indices->getRank() + 1);
  if (depth < 1)
    return emitOptionalError(loc, "depth must be positive, got ", depth);
  SmallVector<int64_t> shape(indices->getShape());
  shape.insert(shape.begin() + axis, depth);
  inferred.push_back(RankedTensorType::get(shape, values->getElementType()));
  return success();
}
