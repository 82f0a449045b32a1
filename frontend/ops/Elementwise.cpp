//===- Elementwise.cpp - activations, arithmetic, logic, comparisons ------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeEvaluation.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mcc::frontend;

namespace {

template <typename OpT> LogicalResult importUnary(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  return n.setOutput(0, n.create<OpT>(n.input(0)));
}

// Since opset 7 every binary op broadcasts numpy-style (the older `broadcast`
// and `axis` attributes are below mcc's oldest opset).
template <typename OpT> LogicalResult importBinary(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  return n.setOutput(0, n.create<OpT>(n.input(0), n.input(1)));
}

LogicalResult importDiv(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)) || failed(n.checkIntegerDivision()))
    return failure();
  return n.setOutput(0, n.create<mcc::DivOp>(n.input(0), n.input(1)));
}

// Pow allows an exponent of another type (x ** 2 with an int 2).
LogicalResult importPow(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  Value base = n.input(0);
  auto exponent = n.castTo(n.input(1), n.inputType(0).getElementType());
  if (failed(exponent))
    return failure();
  return n.setOutput(0, n.create<mcc::PowOp>(base, *exponent));
}

LogicalResult importMod(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)) || failed(n.checkIntegerDivision()))
    return failure();
  bool fmod = n.getInt("fmod", 0) != 0;
  return n.setOutput(0, n.create<mcc::ModOp>(n.input(0), n.input(1), fmod));
}

// Max, Min, Sum: a chain of binary ops, left to right.
template <typename OpT> FailureOr<Value> foldVariadic(NodeContext &n) {
  if (n.numInputs() == 0 || failed(n.checkInputs(n.numInputs(), n.numInputs()))) {
    if (n.numInputs() == 0)
      n.emitError() << "needs at least one input";
    return failure();
  }
  FailureOr<Value> acc = n.input(0);
  for (unsigned i = 1; i < n.numInputs() && succeeded(acc); ++i)
    acc = n.create<OpT>(*acc, n.input(i));
  return acc;
}

template <typename OpT> LogicalResult importVariadic(NodeContext &n) {
  return n.setOutput(0, foldVariadic<OpT>(n));
}

LogicalResult importMean(NodeContext &n) {
  auto sum = foldVariadic<mcc::AddOp>(n);
  if (failed(sum) || n.numInputs() == 1)
    return n.setOutput(0, sum);
  Type element = cast<RankedTensorType>(sum->getType()).getElementType();
  return n.setOutput(0, n.create<mcc::DivOp>(*sum, n.scalarConstant(element, n.numInputs())));
}

LogicalResult importIsInf(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  bool negative = n.getInt("detect_negative", 1) != 0;
  bool positive = n.getInt("detect_positive", 1) != 0;
  return n.setOutput(0, n.create<mcc::IsInfOp>(n.input(0), negative, positive));
}

//===--- activations with parameters --------------------------------------===//

FloatAttr f64(NodeContext &n, double v) { return n.builder().getF64FloatAttr(v); }

LogicalResult importLeakyRelu(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  double alpha = n.getFloat("alpha", 0.01f);
  return n.setOutput(0, n.create<mcc::LeakyReluOp>(n.input(0), f64(n, alpha)));
}

LogicalResult importElu(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  double alpha = n.getFloat("alpha", 1.0f);
  return n.setOutput(0, n.create<mcc::EluOp>(n.input(0), f64(n, alpha)));
}

LogicalResult importSelu(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  // ONNX's defaults, as float32 like every ONNX float attribute.
  double alpha = n.getFloat("alpha", 1.67326319217681884765625f);
  double gamma = n.getFloat("gamma", 1.05070102214813232421875f);
  return n.setOutput(0, n.create<mcc::SeluOp>(n.input(0), f64(n, alpha), f64(n, gamma)));
}

LogicalResult importHardSigmoid(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  double alpha = n.getFloat("alpha", 0.2f);
  double beta = n.getFloat("beta", 0.5f);
  return n.setOutput(0, n.create<mcc::HardSigmoidOp>(n.input(0), f64(n, alpha), f64(n, beta)));
}

LogicalResult importGelu(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  std::string approximate = n.getString("approximate", "none");
  if (approximate != "none" && approximate != "tanh") {
    n.emitError() << "unknown approximate='" << approximate << "' (expected none or tanh)";
    return failure();
  }
  return n.setOutput(0, n.create<mcc::GeluOp>(n.input(0), llvm::StringRef(approximate)));
}

// PRelu(x, slope) = x < 0 ? slope * x : x; the slope broadcasts to x.
LogicalResult importPRelu(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  Value x = n.input(0);
  Value zero = n.scalarConstant(n.inputType(0).getElementType(), 0);
  auto negative = n.create<mcc::LessOp>(x, zero);
  if (failed(negative))
    return failure();
  auto scaled = n.create<mcc::MulOp>(x, n.input(1));
  if (failed(scaled))
    return failure();
  return n.setOutput(0, n.create<mcc::WhereOp>(*negative, *scaled, x));
}

// ThresholdedRelu(x) = x > alpha ? x : 0.
LogicalResult importThresholdedRelu(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  Value x = n.input(0);
  Type element = n.inputType(0).getElementType();
  double alpha = n.getFloat("alpha", 1.0f);
  auto above = n.create<mcc::GreaterOp>(x, n.scalarConstant(element, alpha));
  if (failed(above))
    return failure();
  return n.setOutput(0, n.create<mcc::WhereOp>(*above, x, n.scalarConstant(element, 0)));
}

// Celu(x) = alpha * Elu(x / alpha) with Elu's alpha 1.
LogicalResult importCelu(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  double alpha = n.getFloat("alpha", 1.0f);
  Value x = n.input(0);
  if (alpha == 1.0)
    return n.setOutput(0, n.create<mcc::EluOp>(x, f64(n, 1.0)));
  Value a = n.scalarConstant(n.inputType(0).getElementType(), alpha);
  auto scaled = n.create<mcc::DivOp>(x, a);
  if (failed(scaled))
    return failure();
  auto elu = n.create<mcc::EluOp>(*scaled, f64(n, 1.0));
  if (failed(elu))
    return failure();
  return n.setOutput(0, n.create<mcc::MulOp>(*elu, a));
}

// Mish(x) = x * tanh(softplus(x)).
LogicalResult importMish(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  Value x = n.input(0);
  auto softplus = n.create<mcc::SoftplusOp>(x);
  if (failed(softplus))
    return failure();
  auto tanh = n.create<mcc::TanhOp>(*softplus);
  if (failed(tanh))
    return failure();
  return n.setOutput(0, n.create<mcc::MulOp>(x, *tanh));
}

// Swish(x) = x * sigmoid(alpha * x).
LogicalResult importSwish(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  double alpha = n.getFloat("alpha", 1.0f);
  Value x = n.input(0);
  FailureOr<Value> gate = x;
  if (alpha != 1.0)
    gate = n.create<mcc::MulOp>(x, n.scalarConstant(n.inputType(0).getElementType(), alpha));
  if (failed(gate))
    return failure();
  auto sigmoid = n.create<mcc::SigmoidOp>(*gate);
  if (failed(sigmoid))
    return failure();
  return n.setOutput(0, n.create<mcc::MulOp>(x, *sigmoid));
}

// Shrink(x) = x < -lambd ? x + bias : (x > lambd ? x - bias : 0).
LogicalResult importShrink(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  double lambd = n.getFloat("lambd", 0.5f);
  double bias = n.getFloat("bias", 0.0f);
  Value x = n.input(0);
  Type element = n.inputType(0).getElementType();
  auto below = n.create<mcc::LessOp>(x, n.scalarConstant(element, -lambd));
  auto above = n.create<mcc::GreaterOp>(x, n.scalarConstant(element, lambd));
  auto raised = n.create<mcc::AddOp>(x, n.scalarConstant(element, bias));
  auto lowered = n.create<mcc::SubOp>(x, n.scalarConstant(element, bias));
  if (failed(below) || failed(above) || failed(raised) || failed(lowered))
    return failure();
  auto upper = n.create<mcc::WhereOp>(*above, *lowered, n.scalarConstant(element, 0));
  if (failed(upper))
    return failure();
  return n.setOutput(0, n.create<mcc::WhereOp>(*below, *raised, *upper));
}

// Clip before opset 11: bounds are attributes (absent = unbounded).
LogicalResult importClipV6(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  FloatAttr min, max;
  if (auto v = n.getOptionalFloat("min"))
    min = f64(n, *v);
  if (auto v = n.getOptionalFloat("max"))
    max = f64(n, *v);
  return n.setOutput(0, n.create<mcc::ClipOp>(n.input(0), min, max));
}

// Clip from opset 11: bounds are optional inputs. A constant bound becomes the
// op's attribute; a bound computed at run time becomes a broadcast mcc.max
// (lower) or mcc.min (upper), which is what Clip is: min(max(x, lo), hi).
LogicalResult importClipV11(NodeContext &n) {
  if (failed(n.checkInputs(1, 3)))
    return failure();
  auto isConstant = [&](unsigned i) {
    ElementsAttr attr;
    return matchPattern(n.input(i), m_Constant(&attr)) ||
           mcc::getConstantShapeTensor(n.input(i)).has_value();
  };
  FloatAttr min, max;
  Value runtimeMin, runtimeMax;
  if (n.hasInput(1)) {
    if (!isConstant(1)) {
      runtimeMin = n.input(1);
    } else {
      auto v = n.constantScalar(1, "min");
      if (failed(v))
        return failure();
      min = f64(n, *v);
    }
  }
  if (n.hasInput(2)) {
    if (!isConstant(2)) {
      runtimeMax = n.input(2);
    } else {
      auto v = n.constantScalar(2, "max");
      if (failed(v))
        return failure();
      max = f64(n, *v);
    }
  }
  FailureOr<Value> result = n.input(0);
  if (min || max || (!runtimeMin && !runtimeMax))
    result = n.create<mcc::ClipOp>(*result, min, max);
  if (succeeded(result) && runtimeMin)
    result = n.create<mcc::MaxOp>(*result, runtimeMin);
  if (succeeded(result) && runtimeMax)
    result = n.create<mcc::MinOp>(*result, runtimeMax);
  return n.setOutput(0, result);
}

LogicalResult importWhere(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  return n.setOutput(0, n.create<mcc::WhereOp>(n.input(0), n.input(1), n.input(2)));
}

} // namespace

void mcc::frontend::registerElementwiseOps(OpTable &t) {
  // Unary math (since versions are those of the current semantics).
  t.add("Relu", 6, importUnary<mcc::ReluOp>);
  t.add("Sigmoid", 6, importUnary<mcc::SigmoidOp>);
  t.add("Tanh", 6, importUnary<mcc::TanhOp>);
  t.add("Exp", 6, importUnary<mcc::ExpOp>);
  t.add("Log", 6, importUnary<mcc::LogOp>);
  t.add("Sqrt", 6, importUnary<mcc::SqrtOp>);
  t.add("Reciprocal", 6, importUnary<mcc::ReciprocalOp>);
  t.add("Neg", 6, importUnary<mcc::NegOp>);
  t.add("Abs", 6, importUnary<mcc::AbsOp>);
  t.add("Erf", 9, importUnary<mcc::ErfOp>);
  t.add("Floor", 6, importUnary<mcc::FloorOp>);
  t.add("Ceil", 6, importUnary<mcc::CeilOp>);
  t.add("Round", 11, importUnary<mcc::RoundOp>);
  t.add("Sign", 9, importUnary<mcc::SignOp>);
  t.add("Sin", 7, importUnary<mcc::SinOp>);
  t.add("Cos", 7, importUnary<mcc::CosOp>);
  t.add("Tan", 7, importUnary<mcc::TanOp>);
  t.add("Sinh", 9, importUnary<mcc::SinhOp>);
  t.add("Cosh", 9, importUnary<mcc::CoshOp>);
  t.add("Asin", 7, importUnary<mcc::AsinOp>);
  t.add("Acos", 7, importUnary<mcc::AcosOp>);
  t.add("Atan", 7, importUnary<mcc::AtanOp>);
  t.add("Asinh", 9, importUnary<mcc::AsinhOp>);
  t.add("Acosh", 9, importUnary<mcc::AcoshOp>);
  t.add("Atanh", 9, importUnary<mcc::AtanhOp>);
  t.add("IsNaN", 9, importUnary<mcc::IsNaNOp>);
  t.add("IsInf", 10, importIsInf);
  t.add("BitwiseNot", 18, importUnary<mcc::NotOp>);
  t.add("Softplus", 1, importUnary<mcc::SoftplusOp>);
  t.add("Softsign", 1, importUnary<mcc::SoftsignOp>);
  t.add("HardSwish", 14, importUnary<mcc::HardSwishOp>);
  t.add("Not", 1, importUnary<mcc::NotOp>);

  // Activations with parameters.
  t.add("LeakyRelu", 6, importLeakyRelu);
  t.add("Elu", 6, importElu);
  t.add("Selu", 6, importSelu);
  t.add("HardSigmoid", 6, importHardSigmoid);
  t.add("Gelu", 20, importGelu);
  t.add("PRelu", 7, importPRelu);
  t.add("ThresholdedRelu", 10, importThresholdedRelu);
  t.add("Celu", 12, importCelu);
  t.add("Mish", 18, importMish);
  t.add("Swish", 24, importSwish);
  t.add("Shrink", 9, importShrink);
  t.add("Clip", 6, importClipV6);
  t.add("Clip", 11, importClipV11);

  // Binary, broadcasting.
  t.add("Add", 7, importBinary<mcc::AddOp>);
  t.add("Sub", 7, importBinary<mcc::SubOp>);
  t.add("Mul", 7, importBinary<mcc::MulOp>);
  t.add("Div", 7, importDiv);
  t.add("Pow", 7, importPow);
  t.add("Mod", 10, importMod);
  t.add("And", 7, importBinary<mcc::AndOp>);
  t.add("Or", 7, importBinary<mcc::OrOp>);
  t.add("Xor", 7, importBinary<mcc::XorOp>);
  // Bitwise ops on integers are the mcc ops of the logical ones on i1.
  t.add("BitwiseAnd", 18, importBinary<mcc::AndOp>);
  t.add("BitwiseOr", 18, importBinary<mcc::OrOp>);
  t.add("BitwiseXor", 18, importBinary<mcc::XorOp>);
  t.add("Equal", 7, importBinary<mcc::EqualOp>);
  t.add("Less", 7, importBinary<mcc::LessOp>);
  t.add("LessOrEqual", 12, importBinary<mcc::LessEqualOp>);
  t.add("Greater", 7, importBinary<mcc::GreaterOp>);
  t.add("GreaterOrEqual", 12, importBinary<mcc::GreaterEqualOp>);
  t.add("Where", 9, importWhere);

  // Variadic (opset 6 required equal shapes, a special case of broadcasting).
  t.add("Max", 6, importVariadic<mcc::MaxOp>);
  t.add("Min", 6, importVariadic<mcc::MinOp>);
  t.add("Sum", 6, importVariadic<mcc::AddOp>);
  t.add("Mean", 6, importMean);
}
