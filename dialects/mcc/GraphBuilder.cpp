//===- GraphBuilder.cpp - build mcc ops whose result types are inferred ---===//
#include "dialects/mcc/GraphBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mcc;

InFlightDiagnostic GraphBuilder::error() {
  hasFailed = true;
  return emitError(loc);
}

Value GraphBuilder::scalar(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  return arith::ConstantOp::create(
      b, loc, DenseElementsAttr::get(type, b.getFloatAttr(elementType, value).getValue()));
}

Value GraphBuilder::i64s(ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({(int64_t)values.size()}, b.getI64Type());
  return arith::ConstantOp::create(b, loc, DenseElementsAttr::get(type, values));
}

Value GraphBuilder::add(Value x, Value y) { return create<AddOp>(x, y); }
Value GraphBuilder::sub(Value x, Value y) { return create<SubOp>(x, y); }
Value GraphBuilder::mul(Value x, Value y) { return create<MulOp>(x, y); }
Value GraphBuilder::div(Value x, Value y) { return create<DivOp>(x, y); }
Value GraphBuilder::neg(Value x) { return create<NegOp>(x); }

Value GraphBuilder::scale(Value x, double s) {
  if (s == 1.0 || !x)
    return x;
  return mul(x, scalar(getElementTypeOrSelf(x.getType()), s));
}

Value GraphBuilder::reduceTo(Value grad, Type target) {
  if (!grad)
    return nullptr;
  auto from = cast<RankedTensorType>(grad.getType());
  auto to = cast<RankedTensorType>(target);
  if (from.getShape() == to.getShape())
    return grad;
  int64_t lead = from.getRank() - to.getRank();
  if (lead < 0) {
    error() << "gradient of rank " << from.getRank() << " cannot be summed to rank "
            << to.getRank();
    return nullptr;
  }
  if (lead > 0) {
    SmallVector<int64_t> axes;
    for (int64_t i = 0; i < lead; ++i)
      axes.push_back(i);
    grad = create<ReduceSumOp>(grad, b.getDenseI64ArrayAttr(axes), b.getBoolAttr(false));
    if (!grad)
      return nullptr;
    from = cast<RankedTensorType>(grad.getType());
  }
  SmallVector<int64_t> ones;
  for (int64_t i = 0; i < to.getRank(); ++i)
    if (to.getDimSize(i) == 1 && from.getDimSize(i) != 1)
      ones.push_back(i);
  if (!ones.empty())
    grad = create<ReduceSumOp>(grad, b.getDenseI64ArrayAttr(ones), b.getBoolAttr(true));
  return grad;
}

Value GraphBuilder::reshapeLike(Value v, Value like) {
  if (!v)
    return nullptr;
  if (v.getType() == like.getType())
    return v;
  return create<ReshapeOp>(v, create<ShapeOp>(like), b.getBoolAttr(false));
}

Value GraphBuilder::transposeLastTwo(Value v) {
  int64_t rank = cast<RankedTensorType>(v.getType()).getRank();
  SmallVector<int64_t> perm;
  for (int64_t i = 0; i < rank; ++i)
    perm.push_back(i);
  std::swap(perm[rank - 2], perm[rank - 1]);
  return create<TransposeOp>(v, b.getDenseI64ArrayAttr(perm));
}

Value GraphBuilder::count(Value v, Type elementType, std::optional<ArrayRef<int64_t>> axes) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> dims;
  if (axes)
    dims.assign(axes->begin(), axes->end());
  else
    for (int64_t i = 0; i < type.getRank(); ++i)
      dims.push_back(i);
  double known = 1;
  SmallVector<int64_t> dynamic;
  for (int64_t d : dims) {
    if (type.isDynamicDim(d))
      dynamic.push_back(d);
    else
      known *= type.getDimSize(d);
  }
  Value n = scalar(elementType, known);
  if (dynamic.empty())
    return n;
  // shape(v)[dynamic] as floats, multiplied together.
  Value sizes = create<GatherOp>(create<ShapeOp>(v), i64s(dynamic), b.getI64IntegerAttr(0));
  if (!sizes)
    return nullptr;
  auto floatType = RankedTensorType::get({(int64_t)dynamic.size()}, elementType);
  Value asFloat = CastOp::create(b, loc, floatType, sizes);
  Value product = create<ReduceProdOp>(asFloat, b.getDenseI64ArrayAttr({}), b.getBoolAttr(false));
  return mul(product, n);
}
