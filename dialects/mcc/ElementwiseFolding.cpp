//===- ElementwiseFolding.cpp - folders of the elementwise ops ------------===//
//
// Constant operands fold (bounded by kMaxFoldElements), neutral operands
// vanish (x + 0, x * 1, x / 1, x ^ 1), and integer shape arithmetic that
// ShapeEvaluation sees through folds even where some operand is not a
// constant (gather(shape(x), 1) + 1 with dim 1 of x static).
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantFolding.h"
#include "dialects/mcc/McDialect.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mcc;

namespace {
// A binary ScalarFn from a float and an integer formula; either may give up.
template <typename F, typename I>
ScalarFn binary(F onFloat, I onInt) {
  return [=](ArrayRef<Scalar> a) -> std::optional<Scalar> {
    if (a[0].isFloat) {
      std::optional<double> r = onFloat(a[0].f, a[1].f);
      return r ? std::optional<Scalar>(Scalar::ofFloat(*r)) : std::nullopt;
    }
    std::optional<int64_t> r = onInt(a[0].i, a[1].i);
    return r ? std::optional<Scalar>(Scalar::ofInt(*r)) : std::nullopt;
  };
}

// A comparison: ordered on floats (false with NaN), signed on integers (i1
// elements are 0 and 1, so that is also the unsigned order of booleans).
template <typename Cmp>
ScalarFn compare(Cmp cmp) {
  return [=](ArrayRef<Scalar> a) -> std::optional<Scalar> {
    if (a[0].isFloat)
      return Scalar::ofInt(!std::isnan(a[0].f) && !std::isnan(a[1].f) && cmp(a[0].f, a[1].f));
    return Scalar::ofInt(cmp(a[0].i, a[1].i));
  };
}

std::optional<int64_t> none(int64_t, int64_t) { return std::nullopt; }

// `lhs` itself when `rhs` is the splat `neutral` and the op does not
// broadcast `lhs` to a larger type.
Value neutralOperand(Operation *op, Value lhs, Value rhs, double neutral) {
  if (lhs.getType() == op->getResult(0).getType() && isSplatConstant(rhs, neutral))
    return lhs;
  return {};
}

// Constant operands first, then what ShapeEvaluation knows about the result.
OpFoldResult foldOrEvaluate(Operation *op, ArrayRef<Attribute> operands, const ScalarFn &fn) {
  if (Attribute a = foldElementwise(operands, op->getResult(0).getType(), fn))
    return a;
  return foldShapeTensor(op->getResult(0));
}
} // namespace

OpFoldResult IdentityOp::fold(FoldAdaptor) { return getInput(); }

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getType())
    return getInput();
  Type to = getType().getElementType();
  bool toInt = to.isSignlessInteger() && !to.isInteger(1);
  return foldOrEvaluate(*this, adaptor.getOperands(), [=](ArrayRef<Scalar> a) -> std::optional<Scalar> {
    // Float to integer out of int64's range is undefined: leave it to run time.
    if (toInt && a[0].isFloat && !(std::abs(a[0].f) < 9.2e18))
      return std::nullopt;
    return a[0];
  });
}

OpFoldResult NegOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(), [](ArrayRef<Scalar> a) -> std::optional<Scalar> {
    if (a[0].isFloat)
      return Scalar::ofFloat(-a[0].f);
    if (a[0].i == std::numeric_limits<int64_t>::min())
      return std::nullopt;
    return Scalar::ofInt(-a[0].i);
  });
}

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  if (Value v = neutralOperand(*this, getLhs(), getRhs(), 0))
    return v;
  if (Value v = neutralOperand(*this, getRhs(), getLhs(), 0))
    return v;
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double a, double b) -> std::optional<double> { return a + b; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> {
                                 int64_t r;
                                 if (__builtin_add_overflow(a, b, &r))
                                   return std::nullopt;
                                 return r;
                               }));
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (Value v = neutralOperand(*this, getLhs(), getRhs(), 0))
    return v;
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double a, double b) -> std::optional<double> { return a - b; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> {
                                 int64_t r;
                                 if (__builtin_sub_overflow(a, b, &r))
                                   return std::nullopt;
                                 return r;
                               }));
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  if (Value v = neutralOperand(*this, getLhs(), getRhs(), 1))
    return v;
  if (Value v = neutralOperand(*this, getRhs(), getLhs(), 1))
    return v;
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double a, double b) -> std::optional<double> { return a * b; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> {
                                 int64_t r;
                                 if (__builtin_mul_overflow(a, b, &r))
                                   return std::nullopt;
                                 return r;
                               }));
}

OpFoldResult DivOp::fold(FoldAdaptor adaptor) {
  if (Value v = neutralOperand(*this, getLhs(), getRhs(), 1))
    return v;
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double a, double b) -> std::optional<double> { return a / b; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> {
                                 // Integer division truncates; by zero it is undefined.
                                 if (b == 0 || (b == -1 && a == std::numeric_limits<int64_t>::min()))
                                   return std::nullopt;
                                 return a / b;
                               }));
}

OpFoldResult PowOp::fold(FoldAdaptor adaptor) {
  if (Value v = neutralOperand(*this, getLhs(), getRhs(), 1))
    return v;
  return foldOrEvaluate(
      *this, adaptor.getOperands(),
      binary([](double a, double b) -> std::optional<double> { return std::pow(a, b); }, none));
}

OpFoldResult MaxOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary(
                            [](double a, double b) -> std::optional<double> {
                              return std::isnan(a) || std::isnan(b) ? NAN : std::max(a, b);
                            },
                            [](int64_t a, int64_t b) -> std::optional<int64_t> {
                              return std::max(a, b);
                            }));
}

OpFoldResult MinOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary(
                            [](double a, double b) -> std::optional<double> {
                              return std::isnan(a) || std::isnan(b) ? NAN : std::min(a, b);
                            },
                            [](int64_t a, int64_t b) -> std::optional<int64_t> {
                              return std::min(a, b);
                            }));
}

OpFoldResult ModOp::fold(FoldAdaptor adaptor) {
  bool fmod = getFmod();
  return foldOrEvaluate(
      *this, adaptor.getOperands(),
      binary(
          [=](double a, double b) -> std::optional<double> {
            double r = std::fmod(a, b);
            // Without fmod the result takes the divisor's sign (Python %).
            if (!fmod && r != 0 && (r < 0) != (b < 0))
              r += b;
            return r;
          },
          [=](int64_t a, int64_t b) -> std::optional<int64_t> {
            if (b == 0 || (b == -1 && a == std::numeric_limits<int64_t>::min()))
              return std::nullopt;
            int64_t r = a % b;
            if (!fmod && r != 0 && (r < 0) != (b < 0))
              r += b;
            return r;
          }));
}

OpFoldResult AndOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double, double) -> std::optional<double> { return std::nullopt; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> { return a & b; }));
}

OpFoldResult OrOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double, double) -> std::optional<double> { return std::nullopt; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> { return a | b; }));
}

OpFoldResult XorOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        binary([](double, double) -> std::optional<double> { return std::nullopt; },
                               [](int64_t a, int64_t b) -> std::optional<int64_t> { return a ^ b; }));
}

OpFoldResult EqualOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(), compare([](auto a, auto b) { return a == b; }));
}
OpFoldResult LessOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(), compare([](auto a, auto b) { return a < b; }));
}
OpFoldResult LessEqualOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(), compare([](auto a, auto b) { return a <= b; }));
}
OpFoldResult GreaterOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(), compare([](auto a, auto b) { return a > b; }));
}
OpFoldResult GreaterEqualOp::fold(FoldAdaptor adaptor) {
  return foldOrEvaluate(*this, adaptor.getOperands(), compare([](auto a, auto b) { return a >= b; }));
}

OpFoldResult WhereOp::fold(FoldAdaptor adaptor) {
  // Both branches the same value, of the result's type: the condition does
  // not matter.
  if (getLhs() == getRhs() && getLhs().getType() == getType())
    return getLhs();
  // A splat condition picks one branch when that branch already has the
  // result's type.
  if (auto cond = dyn_cast_or_null<DenseElementsAttr>(adaptor.getCondition());
      cond && cond.isSplat()) {
    Value pick = cond.getSplatValue<bool>() ? getLhs() : getRhs();
    if (pick.getType() == getType())
      return pick;
  }
  return foldOrEvaluate(*this, adaptor.getOperands(),
                        [](ArrayRef<Scalar> a) -> std::optional<Scalar> {
                          return a[0].i ? a[1] : a[2];
                        });
}
