//===- ConstantFolding.cpp - fold mcc ops on small constants --------------===//
#include "dialects/mcc/ConstantFolding.h"

#include "dialects/mcc/ShapeEvaluation.h"

#include "mlir/IR/Matchers.h"
#include "llvm/ADT/APFloat.h"
#include <cmath>

using namespace mlir;
using namespace mcc;

DenseElementsAttr mcc::getSmallConstant(Attribute attr) {
  auto dense = dyn_cast_or_null<DenseElementsAttr>(attr);
  if (!dense || dense.getNumElements() > kMaxFoldElements)
    return {};
  Type element = dense.getElementType();
  if (!isa<FloatType>(element) && !element.isSignlessInteger())
    return {};
  return dense;
}

std::optional<SmallVector<Scalar>> mcc::getScalars(DenseElementsAttr attr) {
  if (!attr)
    return std::nullopt;
  SmallVector<Scalar> out;
  Type element = attr.getElementType();
  if (isa<FloatType>(element)) {
    for (const APFloat &x : attr.getValues<APFloat>())
      out.push_back(Scalar::ofFloat(x.convertToDouble()));
    return out;
  }
  if (!element.isSignlessInteger() || element.getIntOrFloatBitWidth() > 64)
    return std::nullopt;
  bool isBool = element.isInteger(1);
  for (const APInt &x : attr.getValues<APInt>())
    out.push_back(Scalar::ofInt(isBool ? (int64_t)x.getZExtValue() : x.getSExtValue()));
  return out;
}

DenseElementsAttr mcc::makeScalarsAttr(RankedTensorType type, ArrayRef<Scalar> values) {
  Type element = type.getElementType();
  if (auto ft = dyn_cast<FloatType>(element)) {
    SmallVector<APFloat> out;
    for (const Scalar &s : values) {
      APFloat x(s.isFloat ? s.f : (double)s.i);
      bool lost;
      x.convert(ft.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
      out.push_back(x);
    }
    return DenseElementsAttr::get(type, out);
  }
  unsigned width = element.getIntOrFloatBitWidth();
  SmallVector<APInt> out;
  for (const Scalar &s : values) {
    // Float to integer truncates toward zero (ONNX Cast); to bool is x != 0.
    int64_t v = s.isFloat ? (int64_t)s.f : s.i;
    if (width == 1)
      out.push_back(APInt(1, (s.isFloat ? s.f != 0 : v != 0) ? 1 : 0));
    else
      out.push_back(APInt(width, (uint64_t)v, /*isSigned=*/true, /*implicitTrunc=*/true));
  }
  return DenseElementsAttr::get(type, out);
}

Attribute mcc::foldElementwise(ArrayRef<Attribute> operands, Type resultType,
                               const ScalarFn &fn) {
  auto type = dyn_cast<RankedTensorType>(resultType);
  if (!type || !type.hasStaticShape() || type.getNumElements() > kMaxFoldElements)
    return {};
  Type element = type.getElementType();
  if (!isa<FloatType>(element) && !element.isSignlessInteger())
    return {};
  SmallVector<SmallVector<Scalar>> values;
  SmallVector<SmallVector<int64_t>> shapes;
  for (Attribute a : operands) {
    DenseElementsAttr dense = getSmallConstant(a);
    auto scalars = getScalars(dense);
    if (!scalars)
      return {};
    values.push_back(std::move(*scalars));
    shapes.push_back(llvm::to_vector(dense.getType().getShape()));
  }
  ArrayRef<int64_t> outShape = type.getShape();
  int64_t rank = outShape.size();
  for (const auto &shape : shapes) {
    if ((int64_t)shape.size() > rank)
      return {};
    for (size_t d = 0; d < shape.size(); ++d)
      if (shape[d] != 1 && shape[d] != outShape[rank - shape.size() + d])
        return {};
  }
  SmallVector<Scalar> result;
  SmallVector<int64_t> index(rank, 0);
  SmallVector<Scalar> args(operands.size());
  for (int64_t n = 0; n < type.getNumElements(); ++n) {
    // Row-major index of element n, then each operand's broadcast offset.
    for (int64_t d = rank - 1, rest = n; d >= 0; --d) {
      index[d] = rest % outShape[d];
      rest /= outShape[d];
    }
    for (size_t k = 0; k < operands.size(); ++k) {
      ArrayRef<int64_t> shape = shapes[k];
      int64_t offset = 0, lead = rank - shape.size();
      for (size_t d = 0; d < shape.size(); ++d) {
        int64_t i = shape[d] == 1 ? 0 : index[lead + d];
        offset = offset * shape[d] + i;
      }
      args[k] = values[k][offset];
    }
    std::optional<Scalar> r = fn(args);
    if (!r)
      return {};
    result.push_back(*r);
  }
  return makeScalarsAttr(type, result);
}

Attribute mcc::foldShapeTensor(Value result) {
  auto type = dyn_cast<RankedTensorType>(result.getType());
  if (!type || type.getRank() > 1 || !type.hasStaticShape() ||
      !type.getElementType().isSignlessInteger() ||
      type.getElementType().getIntOrFloatBitWidth() > 64)
    return {};
  auto values = getConstantShapeTensor(result);
  if (!values || (int64_t)values->size() != type.getNumElements())
    return {};
  SmallVector<Scalar> scalars;
  for (int64_t v : *values)
    scalars.push_back(Scalar::ofInt(v));
  return makeScalarsAttr(type, scalars);
}

bool mcc::isSplatConstant(Value v, double value, double relTol) {
  DenseElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)) || !attr.isSplat())
    return false;
  double x;
  if (isa<FloatType>(attr.getElementType()))
    x = attr.getSplatValue<APFloat>().convertToDouble();
  else if (attr.getElementType().isSignlessInteger() &&
           attr.getElementType().getIntOrFloatBitWidth() > 1)
    x = (double)attr.getSplatValue<APInt>().getSExtValue();
  else
    return false;
  return x == value || std::abs(x - value) <= relTol * std::abs(value);
}
