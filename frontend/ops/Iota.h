//===- Iota.h - 0, 1, ..., n-1 along one dim, for one-hot masks -*- C++ -*-===//
//
// Ops without a gather by per-element indices (the losses, Hardmax, Trilu)
// compare an index tensor with an iota instead. The iota is a constant when
// the size is static and an mcc.range over the dim read at run time otherwise.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FRONTEND_OPS_IOTA_H
#define MCC_FRONTEND_OPS_IOTA_H

#include "frontend/NodeContext.h"

#include "dialects/mcc/McDialect.h"

namespace mcc::frontend {

/// 0, 1, ..., size(dim `dim` of `of`) - 1 of `element`, shaped as a rank-`rank`
/// tensor that is 1 in every dim but `position`.
inline mlir::FailureOr<mlir::Value> iotaAlong(NodeContext &n, mlir::Value of, int64_t dim,
                                              mlir::Type element, int64_t rank,
                                              int64_t position) {
  auto type = llvm::cast<mlir::RankedTensorType>(of.getType());
  int64_t size = type.getDimSize(dim);
  llvm::SmallVector<int64_t> shape(rank, 1);
  if (!mlir::ShapedType::isDynamic(size)) {
    shape[position] = size;
    llvm::SmallVector<mlir::Attribute> values;
    for (int64_t i = 0; i < size; ++i)
      values.push_back(n.scalarAttr(element, static_cast<double>(i)));
    return n.constant(
        mlir::DenseElementsAttr::get(mlir::RankedTensorType::get(shape, element), values));
  }
  mlir::Type i64 = n.builder().getI64Type();
  auto dims = n.create<mcc::ShapeOp>(of);
  if (mlir::failed(dims))
    return mlir::failure();
  auto limit = n.create<mcc::GatherOp>(*dims, n.scalarConstant(i64, static_cast<double>(dim)),
                                       static_cast<uint64_t>(0));
  if (mlir::failed(limit))
    return mlir::failure();
  auto range = n.create<mcc::RangeOp>(n.scalarConstant(i64, 0), *limit, n.scalarConstant(i64, 1));
  if (mlir::failed(range))
    return mlir::failure();
  auto cast = n.castTo(*range, element);
  if (mlir::failed(cast))
    return mlir::failure();
  llvm::SmallVector<int64_t> ones;
  for (int64_t d = 0; d < rank; ++d)
    if (d != position)
      ones.push_back(d);
  if (ones.empty())
    return *cast;
  return n.create<mcc::UnsqueezeOp>(*cast, ones);
}

} // namespace mcc::frontend

#endif // MCC_FRONTEND_OPS_IOTA_H
