//===- Quantization.cpp - QuantizeLinear, DequantizeLinear, integer matmul ===//
//
// QDQ models (QuantizeLinear / DequantizeLinear around float ops, as ONNX
// Runtime's quantize_static writes them) and the integer matmuls of the
// QOperator form. mcc computes on signed types: uint8 tensors are refused
// where they are read (Tensors.cpp), so a uint8 zero point never gets here,
// and a missing zero point, which ONNX types uint8, needs `output_dtype`.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;

namespace {

/// The attributes QuantizeLinear and DequantizeLinear share. Blocked
/// quantization (opset 21) is refused; `saturate` only concerns float8.
struct QuantAttrs {
  int64_t axis;
  int64_t outputDtype;
};

FailureOr<QuantAttrs> readQuantAttrs(NodeContext &n) {
  QuantAttrs a{n.getInt("axis", 1), n.getInt("output_dtype", 0)};
  n.ignoreAttrs({"saturate"});
  if (n.getInt("block_size", 0) != 0) {
    n.emitError() << "blocked quantization (block_size) is not supported";
    return failure();
  }
  int64_t precision = n.getInt("precision", 0);
  if (precision != 0 && precision != onnx::TensorProto::FLOAT) {
    n.emitError() << "precision " << dtypeName(precision)
                  << " is not supported: mcc computes the division in float";
    return failure();
  }
  if (n.hadError())
    return failure();
  return a;
}

/// The scale and zero point of a node, checked and completed: the zero point
/// defaults to zeros of `integer` in the scale's shape; a 1-D scale of more
/// than one entry is per axis, and `axis` is normalized against the input.
struct QuantParams {
  Value scale, zeroPoint;
  int64_t axis = 1;
};

FailureOr<QuantParams> readQuantParams(NodeContext &n, unsigned scaleIndex, Type integer,
                                       int64_t axis) {
  QuantParams p;
  p.scale = n.input(scaleIndex);
  RankedTensorType scaleType = n.inputType(scaleIndex);
  if (!isa<FloatType>(scaleType.getElementType())) {
    n.emitError() << "scale must be a float tensor, got " << scaleType;
    return failure();
  }
  if (n.hasInput(scaleIndex + 1)) {
    p.zeroPoint = n.input(scaleIndex + 1);
  } else {
    auto zeroType = RankedTensorType::get(scaleType.getShape(), integer);
    p.zeroPoint = n.constant(DenseElementsAttr::get(zeroType, n.scalarAttr(integer, 0)));
  }
  bool perAxis = scaleType.getRank() == 1 && scaleType.getDimSize(0) != 1;
  if (perAxis) {
    auto normalized = n.normalizeAxis(axis, n.inputType(0).getRank());
    if (failed(normalized))
      return failure();
    p.axis = *normalized;
  }
  return p;
}

/// ONNX types a missing zero point uint8, which mcc does not compute on.
FailureOr<Type> quantizedTypeWithoutZeroPoint(NodeContext &n, int64_t outputDtype) {
  int64_t dtype = outputDtype ? outputDtype : onnx::TensorProto::UINT8;
  Type t = convertDtype(n.context(), dtype);
  if (!t || !t.isSignlessInteger() || t.isInteger(1)) {
    n.emitError() << "quantizing to " << dtypeName(dtype)
                  << " is not supported: mcc quantizes to int8 and int16 (give an int8 "
                     "zero point or output_dtype)";
    return failure();
  }
  return t;
}

LogicalResult importQuantizeLinear(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  auto attrs = readQuantAttrs(n);
  if (failed(attrs))
    return failure();
  if (!isa<FloatType>(n.inputType(0).getElementType())) {
    n.emitError() << "quantizing " << n.inputType(0).getElementType()
                  << " is not supported: the input must be float";
    return failure();
  }
  Type integer;
  if (n.hasInput(2)) {
    integer = n.inputType(2).getElementType();
    if (attrs->outputDtype && convertDtype(n.context(), attrs->outputDtype) != integer) {
      n.emitError() << "output_dtype " << dtypeName(attrs->outputDtype)
                    << " differs from the zero point's type " << integer;
      return failure();
    }
  } else {
    auto t = quantizedTypeWithoutZeroPoint(n, attrs->outputDtype);
    if (failed(t))
      return failure();
    integer = *t;
  }
  auto p = readQuantParams(n, 1, integer, attrs->axis);
  if (failed(p))
    return failure();
  return n.setOutput(0, n.create<mcc::QuantizeLinearOp>(n.input(0), p->scale, p->zeroPoint,
                                                        n.builder().getI64IntegerAttr(p->axis)));
}

LogicalResult importDequantizeLinear(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  auto attrs = readQuantAttrs(n);
  if (failed(attrs))
    return failure();
  Type integer = n.inputType(0).getElementType();
  if (!integer.isSignlessInteger() || integer.isInteger(1)) {
    n.emitError() << "dequantizing " << integer << " is not supported";
    return failure();
  }
  Type real = n.inputType(1).getElementType();
  if (attrs->outputDtype && convertDtype(n.context(), attrs->outputDtype) != real) {
    n.emitError() << "output_dtype " << dtypeName(attrs->outputDtype)
                  << " differs from the scale's type " << real;
    return failure();
  }
  auto p = readQuantParams(n, 1, integer, attrs->axis);
  if (failed(p))
    return failure();
  return n.setOutput(0, n.create<mcc::DequantizeLinearOp>(n.input(0), p->scale, p->zeroPoint,
                                                          n.builder().getI64IntegerAttr(p->axis)));
}

/// `x - zero_point` in i32. A 1-D zero point of a matrix `a` (lhs) holds one
/// entry per row, so it becomes a column; for `b` it is one per column and
/// broadcasts as it is.
FailureOr<Value> subtractZeroPoint(NodeContext &n, unsigned xIndex, unsigned zpIndex, bool lhs) {
  Type i32 = n.builder().getI32Type();
  auto x = n.castTo(n.input(xIndex), i32);
  if (failed(x) || !n.hasInput(zpIndex))
    return x;
  if (n.inputType(zpIndex).getElementType() != n.inputType(xIndex).getElementType()) {
    n.emitError() << "zero point type " << n.inputType(zpIndex).getElementType()
                  << " differs from its tensor's " << n.inputType(xIndex).getElementType();
    return failure();
  }
  auto zp = n.castTo(n.input(zpIndex), i32);
  if (failed(zp))
    return failure();
  if (lhs && n.inputType(zpIndex).getRank() == 1 && n.inputType(xIndex).getRank() >= 2) {
    zp = n.create<mcc::UnsqueezeOp>(*zp, ArrayRef<int64_t>{1});
    if (failed(zp))
      return failure();
  }
  return n.create<mcc::SubOp>(*x, *zp);
}

/// (a - a_zero_point) @ (b - b_zero_point) accumulated in int32, exactly.
FailureOr<Value> integerMatMul(NodeContext &n, unsigned a, unsigned azp, unsigned b,
                               unsigned bzp) {
  for (unsigned i : {a, b}) {
    Type t = n.inputType(i).getElementType();
    if (!t.isInteger(8)) {
      n.emitError() << "integer matmul of " << t << " is not supported (int8 only)";
      return failure();
    }
  }
  auto lhs = subtractZeroPoint(n, a, azp, /*lhs=*/true);
  auto rhs = subtractZeroPoint(n, b, bzp, /*lhs=*/false);
  if (failed(lhs) || failed(rhs))
    return failure();
  return n.create<mcc::MatMulOp>(*lhs, *rhs);
}

LogicalResult importMatMulInteger(NodeContext &n) {
  if (failed(n.checkInputs(2, 4)))
    return failure();
  return n.setOutput(0, integerMatMul(n, 0, 2, 1, 3));
}

/// saturate(round(scaled) + zy) in zy's type, zy being input `zpIndex` (one
/// value): quantize_linear with a unit scale.
FailureOr<Value> requantize(NodeContext &n, Value scaled, unsigned zpIndex) {
  RankedTensorType zyType = n.inputType(zpIndex);
  Value zy = n.input(zpIndex);
  if (zyType.getRank() == 1 && zyType.isDynamicDim(0)) {
    // A graph input of unknown length: one value, checked when it arrives.
    auto reshaped = n.create<mcc::ReshapeOp>(zy, n.i64Constant({1}), false);
    if (failed(reshaped))
      return failure();
    zy = *reshaped;
    zyType = cast<RankedTensorType>(zy.getType());
  }
  if (!zyType.hasStaticShape() || zyType.getNumElements() != 1) {
    n.emitError() << "y_zero_point must hold one value, got " << zyType;
    return failure();
  }
  Type f32 = n.builder().getF32Type();
  auto unit = RankedTensorType::get(zyType.getShape(), f32);
  Value one = n.constant(DenseElementsAttr::get(unit, n.scalarAttr(f32, 1.0)));
  return n.create<mcc::QuantizeLinearOp>(scaled, one, zy, n.builder().getI64IntegerAttr(1));
}

/// The int32 `acc` of a QLinear op requantized onto y (inputs 6 and 7):
/// saturate(round(acc * (s1 * s2 / sy)) + zy), the scales already f32 and
/// shaped to broadcast against `acc`.
FailureOr<Value> requantizeProduct(NodeContext &n, Value acc, Value s1, Value s2, Value sy) {
  auto product = n.create<mcc::MulOp>(s1, s2);
  if (failed(product))
    return failure();
  auto multiplier = n.create<mcc::DivOp>(*product, sy);
  auto accF = n.castTo(acc, n.builder().getF32Type());
  if (failed(multiplier) || failed(accF))
    return failure();
  auto scaled = n.create<mcc::MulOp>(*accF, *multiplier);
  if (failed(scaled))
    return failure();
  return requantize(n, *scaled, 7);
}

/// QLinearMatMul(a, sa, za, b, sb, zb, sy, zy): the int32 product requantized,
/// saturate(round(acc * (sa * sb / sy)) + zy), as the ONNX reference does.
LogicalResult importQLinearMatMul(NodeContext &n) {
  if (failed(n.checkInputs(8, 8)))
    return failure();
  auto acc = integerMatMul(n, 0, 2, 3, 5);
  if (failed(acc))
    return failure();
  Type f32 = n.builder().getF32Type();
  auto sa = n.castTo(n.input(1), f32);
  auto sb = n.castTo(n.input(4), f32);
  auto sy = n.castTo(n.input(6), f32);
  if (failed(sa) || failed(sb) || failed(sy))
    return failure();
  if (n.inputType(1).getRank() == 1 && n.inputType(0).getRank() >= 2) {
    sa = n.create<mcc::UnsqueezeOp>(*sa, ArrayRef<int64_t>{1}); // one scale per row
    if (failed(sa))
      return failure();
  }
  return n.setOutput(0, requantizeProduct(n, *acc, *sa, *sb, *sy));
}

/// `x - zero_point` as f64, for the integer convolutions: mcc's conv is a
/// float op, and f64 holds every int8 x int8 partial sum exactly, so the
/// result is the exact int32 sum. A 1-D zero point of the weight has one
/// entry per output channel, the weight's dim 0.
FailureOr<Value> centeredF64(NodeContext &n, unsigned xIndex, unsigned zpIndex, bool weight) {
  Type t = n.inputType(xIndex).getElementType();
  if (!t.isInteger(8)) {
    n.emitError() << "integer convolution of " << t << " is not supported (int8 only)";
    return failure();
  }
  Type f64 = n.builder().getF64Type();
  auto x = n.castTo(n.input(xIndex), f64);
  if (failed(x) || !n.hasInput(zpIndex))
    return x;
  if (n.inputType(zpIndex).getElementType() != t) {
    n.emitError() << "zero point type " << n.inputType(zpIndex).getElementType()
                  << " differs from its tensor's " << t;
    return failure();
  }
  auto zp = n.castTo(n.input(zpIndex), f64);
  if (failed(zp))
    return failure();
  int64_t rank = n.inputType(xIndex).getRank();
  if (weight && n.inputType(zpIndex).getRank() == 1 && n.inputType(zpIndex).getDimSize(0) != 1) {
    zp = n.create<mcc::UnsqueezeOp>(*zp, llvm::to_vector(llvm::seq<int64_t>(1, rank)));
    if (failed(zp))
      return failure();
  }
  return n.create<mcc::SubOp>(*x, *zp);
}

LogicalResult importConvInteger(NodeContext &n) {
  if (failed(n.checkInputs(2, 4)))
    return failure();
  auto x = centeredF64(n, 0, 2, /*weight=*/false);
  auto w = centeredF64(n, 1, 3, /*weight=*/true);
  if (failed(x) || failed(w))
    return failure();
  auto acc = buildConv(n, *x, *w, Value());
  if (failed(acc))
    return failure();
  return n.setOutput(0, n.castTo(*acc, n.builder().getI32Type()));
}

/// QLinearConv(x, sx, zx, w, sw, zw, sy, zy, B): the exact int32 sum (with
/// the int32 bias) requantized, saturate(round(acc * (sx * sw / sy)) + zy),
/// with sw and zw per output channel or per tensor.
LogicalResult importQLinearConv(NodeContext &n) {
  if (failed(n.checkInputs(8, 9)))
    return failure();
  auto x = centeredF64(n, 0, 2, /*weight=*/false);
  auto w = centeredF64(n, 3, 5, /*weight=*/true);
  if (failed(x) || failed(w))
    return failure();
  Type f32 = n.builder().getF32Type();
  Value bias;
  if (n.hasInput(8)) {
    if (!n.inputType(8).getElementType().isInteger(32)) {
      n.emitError() << "bias must be int32, got " << n.inputType(8);
      return failure();
    }
    auto b = n.castTo(n.input(8), n.builder().getF64Type());
    if (failed(b))
      return failure();
    bias = *b;
  }
  auto acc = buildConv(n, *x, *w, bias);
  if (failed(acc))
    return failure();
  auto sx = n.castTo(n.input(1), f32);
  auto sw = n.castTo(n.input(4), f32);
  auto sy = n.castTo(n.input(6), f32);
  if (failed(sx) || failed(sw) || failed(sy))
    return failure();
  int64_t rank = n.inputType(0).getRank();
  if (n.inputType(4).getRank() == 1 && n.inputType(4).getDimSize(0) != 1) {
    // One scale per output channel: [M] -> [M, 1, ..., 1] against [N, M, ...].
    sw = n.create<mcc::UnsqueezeOp>(*sw, llvm::to_vector(llvm::seq<int64_t>(1, rank - 1)));
    if (failed(sw))
      return failure();
  }
  return n.setOutput(0, requantizeProduct(n, *acc, *sx, *sw, *sy));
}

} // namespace

void mcc::frontend::registerQuantizationOps(OpTable &t) {
  t.add("QuantizeLinear", 10, importQuantizeLinear);
  t.add("DequantizeLinear", 10, importDequantizeLinear);
  t.add("MatMulInteger", 10, importMatMulInteger);
  t.add("QLinearMatMul", 10, importQLinearMatMul);
  t.add("ConvInteger", 10, importConvInteger);
  t.add("QLinearConv", 10, importQLinearConv);
}
