//===- ElementwiseLowering.cpp - unary, binary, compare, where, cast ------===//
//
// Every elementwise mcc op becomes one linalg.generic over the (broadcast)
// result, built by createElementwise. What differs between ops is only the
// scalar body, so the ops are a table: each entry names the op, the element
// types it accepts and a lambda that builds the body from the block arguments.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/DialectConversion.h"

#include <functional>
#include <cmath>

using namespace mlir;
using namespace mcc;

namespace {

/// Element-type classes an entry accepts, as a bit mask.
enum Kinds : unsigned {
  kFloat = 1,
  kInt = 2,  // signless integers wider than 1 bit
  kBool = 4, // i1
  kNumeric = kFloat | kInt,
  kAny = kFloat | kInt | kBool,
  /// Compute 16-bit floats in f32: transcendental functions have no f16
  /// libm entry points and lose most of their precision in f16.
  kPromoteHalf = 8,
};

unsigned kindOf(Type t) {
  if (isa<FloatType>(t))
    return kFloat;
  if (t.isInteger(1))
    return kBool;
  if (t.isSignlessInteger())
    return kInt;
  return 0;
}

bool isFloat(Value v) { return isa<FloatType>(v.getType()); }

/// A constant of `like`'s type.
Value cst(ImplicitLocOpBuilder &b, Value like, double value) {
  return createScalar(b, b.getLoc(), like.getType(), value);
}

// Float helpers shared by the bodies below. maximumf/minimumf propagate NaN,
// as the ONNX reference implementations do.
Value fmax(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::MaximumFOp::create(b, x, y); }
Value fmin(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::MinimumFOp::create(b, x, y); }
Value fadd(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::AddFOp::create(b, x, y); }
Value fsub(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::SubFOp::create(b, x, y); }
Value fmul(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::MulFOp::create(b, x, y); }
Value fdiv(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::DivFOp::create(b, x, y); }
Value fcmp(ImplicitLocOpBuilder &b, arith::CmpFPredicate p, Value x, Value y) {
  return arith::CmpFOp::create(b, p, x, y);
}
Value icmp(ImplicitLocOpBuilder &b, arith::CmpIPredicate p, Value x, Value y) {
  return arith::CmpIOp::create(b, p, x, y);
}
Value select(ImplicitLocOpBuilder &b, Value c, Value x, Value y) {
  return arith::SelectOp::create(b, c, x, y);
}

/// max(x, lo) then min(., hi) for floats or signed integers; a missing bound
/// does not clamp.
Value clamp(ImplicitLocOpBuilder &b, Value x, std::optional<double> lo, std::optional<double> hi) {
  if (lo)
    x = isFloat(x) ? fmax(b, x, cst(b, x, *lo))
                   : (Value)arith::MaxSIOp::create(b, x, cst(b, x, *lo));
  if (hi)
    x = isFloat(x) ? fmin(b, x, cst(b, x, *hi))
                   : (Value)arith::MinSIOp::create(b, x, cst(b, x, *hi));
  return x;
}

/// x >= 0 ? x : alpha * (exp(x) - 1), the negative branch of elu and selu.
Value eluBody(ImplicitLocOpBuilder &b, Value x, double alpha, arith::CmpFPredicate positive) {
  Value em1 = fsub(b, math::ExpOp::create(b, x), cst(b, x, 1.0));
  return select(b, fcmp(b, positive, x, cst(b, x, 0.0)), x, fmul(b, cst(b, x, alpha), em1));
}

/// An integer divisor that cannot trap: division by zero (and the remainder
/// of it) is undefined in ONNX but must not kill the process, so a zero
/// divisor divides by one instead.
Value safeDivisor(ImplicitLocOpBuilder &b, Value d) {
  return select(b, icmp(b, arith::CmpIPredicate::eq, d, cst(b, d, 0)), cst(b, d, 1), d);
}

/// lhs mod rhs. `fmod` takes the sign of the dividend (C fmod / remainder);
/// otherwise the result takes the sign of the divisor (Python %), ONNX Mod's
/// default for integers.
Value modBody(ImplicitLocOpBuilder &b, Value x, Value y, bool fmod) {
  bool f = isFloat(x);
  Value zero = cst(b, x, 0.0);
  if (!f)
    y = safeDivisor(b, y);
  Value r = f ? (Value)arith::RemFOp::create(b, x, y) : (Value)arith::RemSIOp::create(b, x, y);
  if (fmod)
    return r;
  // r != 0 and sign(r) != sign(y): shift into the divisor's sign.
  Value rNonZero = f ? fcmp(b, arith::CmpFPredicate::ONE, r, zero)
                     : icmp(b, arith::CmpIPredicate::ne, r, zero);
  Value rNeg = f ? fcmp(b, arith::CmpFPredicate::OLT, r, zero)
                 : icmp(b, arith::CmpIPredicate::slt, r, zero);
  Value yNeg = f ? fcmp(b, arith::CmpFPredicate::OLT, y, zero)
                 : icmp(b, arith::CmpIPredicate::slt, y, zero);
  Value differ = arith::XOrIOp::create(b, rNeg, yNeg);
  Value shift = arith::AndIOp::create(b, rNonZero, differ);
  Value shifted = f ? fadd(b, r, y) : (Value)arith::AddIOp::create(b, r, y);
  return select(b, shift, shifted, r);
}

/// The splat value of a constant tensor, if `v` is one.
std::optional<double> getSplatFloat(Value v) {
  DenseElementsAttr attr;
  if (!matchPattern(v, m_Constant(&attr)) || !attr.isSplat() ||
      !isa<FloatType>(attr.getElementType()))
    return std::nullopt;
  return attr.getSplatValue<APFloat>().convertToDouble();
}

/// A unary or binary op on the scalars `a`.
template <typename Op>
Value buildOp(ImplicitLocOpBuilder &b, ValueRange a) {
  if constexpr (Op::template hasTrait<OpTrait::OneOperand>())
    return Op::create(b, a[0]);
  else
    return Op::create(b, a[0], a[1]);
}

template <typename OpTy>
using BodyFn = std::function<Value(ImplicitLocOpBuilder &, OpTy, ValueRange)>;

/// Lowers `OpTy` to one linalg.generic whose body `body` builds. The element
/// type checked against `kinds` is that of the last operand: the input of a
/// unary op, the data of a binary op or where (whose condition comes first).
template <typename OpTy>
struct ElementwiseToGeneric : OpConversionPattern<OpTy> {
  ElementwiseToGeneric(MLIRContext *ctx, unsigned kinds, BodyFn<OpTy> body)
      : OpConversionPattern<OpTy>(ctx), kinds(kinds), body(std::move(body)) {}

  LogicalResult matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    ValueRange operands = adaptor.getOperands();
    if (!resultType || !llvm::all_of(operands.getTypes(), llvm::IsaPred<RankedTensorType>))
      return rewriter.notifyMatchFailure(op, "expects ranked tensors");
    Type element = getElementTypeOrSelf(operands.back().getType());
    if (!(kindOf(element) & kinds))
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    bool promote = (kinds & kPromoteHalf) && isa<FloatType>(element) &&
                   element.getIntOrFloatBitWidth() < 32;
    Type resultElement = resultType.getElementType();
    Value result = createElementwise(
        rewriter, op.getLoc(), resultType, operands,
        [&](OpBuilder &nb, Location loc, ValueRange args) {
          ImplicitLocOpBuilder b(loc, nb);
          SmallVector<Value> in = llvm::to_vector(args);
          if (promote)
            for (Value &v : in)
              v = arith::ExtFOp::create(b, b.getF32Type(), v);
          Value r = body(b, op, in);
          return promote ? (Value)arith::TruncFOp::create(b, resultElement, r) : r;
        });
    rewriter.replaceOp(op, result);
    return success();
  }

  unsigned kinds;
  BodyFn<OpTy> body;
};

/// identity forwards its operand: no copy.
struct IdentityLowering : OpConversionPattern<IdentityOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(IdentityOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, castToType(rewriter, op.getLoc(), adaptor.getInput(), op.getType()));
    return success();
  }
};

/// The table builder: `add<Op>(kinds, body)`.
struct Table {
  RewritePatternSet &patterns;

  template <typename OpTy>
  void add(unsigned kinds, BodyFn<OpTy> body) {
    patterns.add<ElementwiseToGeneric<OpTy>>(patterns.getContext(), kinds, std::move(body));
  }
  /// A body that needs only the scalars, not the op's attributes.
  template <typename OpTy>
  void add(unsigned kinds, std::function<Value(ImplicitLocOpBuilder &, ValueRange)> body) {
    add<OpTy>(kinds, BodyFn<OpTy>([body](ImplicitLocOpBuilder &b, OpTy, ValueRange a) {
                return body(b, a);
              }));
  }
  /// An op that is one arith op on floats and another on integers (IOp void:
  /// floats only).
  template <typename OpTy, typename FOp, typename IOp = void>
  void arith(unsigned extraKinds = 0) {
    unsigned kinds = kFloat | extraKinds;
    if constexpr (!std::is_void_v<IOp>)
      kinds |= kInt;
    add<OpTy>(kinds, [](ImplicitLocOpBuilder &b, ValueRange a) -> Value {
      if constexpr (!std::is_void_v<IOp>)
        if (!isFloat(a[0]))
          return buildOp<IOp>(b, a);
      return buildOp<FOp>(b, a);
    });
  }
  /// A comparison: ordered float predicate (false on NaN), signed integer
  /// predicate, unsigned on i1 (false < true).
  template <typename OpTy>
  void compare(arith::CmpFPredicate f, arith::CmpIPredicate i, arith::CmpIPredicate u) {
    add<OpTy>(kAny, [=](ImplicitLocOpBuilder &b, ValueRange a) -> Value {
      if (isFloat(a[0]))
        return fcmp(b, f, a[0], a[1]);
      return icmp(b, a[0].getType().isInteger(1) ? u : i, a[0], a[1]);
    });
  }
};

using V = ValueRange;
using B = ImplicitLocOpBuilder;
using FP = arith::CmpFPredicate;
using IP = arith::CmpIPredicate;
constexpr unsigned kFloatMath = kFloat | kPromoteHalf;

} // namespace

void mcc::populateElementwiseLowering(RewritePatternSet &patterns) {
  Table t{patterns};
  patterns.add<IdentityLowering>(patterns.getContext());

  //===--- Unary ---------------------------------------------------------===//
  t.add<ReluOp>(kNumeric, [](B &b, V a) -> Value {
    return isFloat(a[0]) ? fmax(b, a[0], cst(b, a[0], 0))
                         : (Value)arith::MaxSIOp::create(b, a[0], cst(b, a[0], 0));
  });
  t.add<SigmoidOp>(kFloatMath, [](B &b, V a) -> Value {
    Value one = cst(b, a[0], 1);
    return fdiv(b, one, fadd(b, one, math::ExpOp::create(b, arith::NegFOp::create(b, a[0]))));
  });
  t.arith<TanhOp, math::TanhOp>(kPromoteHalf);
  t.arith<ExpOp, math::ExpOp>(kPromoteHalf);
  t.arith<LogOp, math::LogOp>(kPromoteHalf);
  t.arith<SqrtOp, math::SqrtOp>(kPromoteHalf);
  t.arith<ErfOp, math::ErfOp>(kPromoteHalf);
  t.arith<SinOp, math::SinOp>(kPromoteHalf);
  t.arith<CosOp, math::CosOp>(kPromoteHalf);
  t.arith<TanOp, math::TanOp>(kPromoteHalf);
  t.arith<SinhOp, math::SinhOp>(kPromoteHalf);
  t.arith<CoshOp, math::CoshOp>(kPromoteHalf);
  t.arith<AsinOp, math::AsinOp>(kPromoteHalf);
  t.arith<AcosOp, math::AcosOp>(kPromoteHalf);
  t.arith<AtanOp, math::AtanOp>(kPromoteHalf);
  t.arith<AsinhOp, math::AsinhOp>(kPromoteHalf);
  t.arith<AcoshOp, math::AcoshOp>(kPromoteHalf);
  t.arith<AtanhOp, math::AtanhOp>(kPromoteHalf);
  t.add<IsNaNOp>(kFloat, [](B &b, V a) { return fcmp(b, FP::UNO, a[0], a[0]); });
  t.add<IsInfOp>(kFloat, [](B &b, IsInfOp op, V a) -> Value {
    Value x = a[0], inf = cst(b, x, INFINITY);
    Value pos = fcmp(b, FP::OEQ, x, inf), neg = fcmp(b, FP::OEQ, x, arith::NegFOp::create(b, inf));
    Value no = arith::ConstantIntOp::create(b, b.getI1Type(), 0);
    return arith::OrIOp::create(b, op.getDetectPositive() ? pos : no,
                                op.getDetectNegative() ? neg : no);
  });
  t.add<ReciprocalOp>(kFloat, [](B &b, V a) { return fdiv(b, cst(b, a[0], 1), a[0]); });
  t.add<NegOp>(kNumeric, [](B &b, V a) -> Value {
    return isFloat(a[0]) ? (Value)arith::NegFOp::create(b, a[0])
                         : (Value)arith::SubIOp::create(b, cst(b, a[0], 0), a[0]);
  });
  t.arith<AbsOp, math::AbsFOp, math::AbsIOp>();
  // Rounding is the identity on integers.
  t.add<FloorOp>(kNumeric, [](B &b, V a) -> Value {
    return isFloat(a[0]) ? (Value)math::FloorOp::create(b, a[0]) : a[0];
  });
  t.add<CeilOp>(kNumeric, [](B &b, V a) -> Value {
    return isFloat(a[0]) ? (Value)math::CeilOp::create(b, a[0]) : a[0];
  });
  t.add<RoundOp>(kNumeric, [](B &b, V a) -> Value {
    return isFloat(a[0]) ? (Value)math::RoundEvenOp::create(b, a[0]) : a[0];
  });
  // x > 0 ? 1 : x < 0 ? -1 : x, which keeps zeros (and NaN) as they are.
  t.add<SignOp>(kNumeric, [](B &b, V a) -> Value {
    Value x = a[0], zero = cst(b, x, 0);
    bool f = isFloat(x);
    Value pos = f ? fcmp(b, FP::OGT, x, zero) : icmp(b, IP::sgt, x, zero);
    Value neg = f ? fcmp(b, FP::OLT, x, zero) : icmp(b, IP::slt, x, zero);
    return select(b, pos, cst(b, x, 1), select(b, neg, cst(b, x, -1), x));
  });
  // log(1 + exp(x)) as max(x, 0) + log1p(exp(-|x|)), which neither overflows
  // for large x nor loses small results for very negative x.
  t.add<SoftplusOp>(kFloatMath, [](B &b, V a) -> Value {
    Value x = a[0];
    Value tail = math::Log1pOp::create(
        b, math::ExpOp::create(b, arith::NegFOp::create(b, math::AbsFOp::create(b, x))));
    return fadd(b, fmax(b, x, cst(b, x, 0)), tail);
  });
  t.add<SoftsignOp>(kFloat, [](B &b, V a) -> Value {
    return fdiv(b, a[0], fadd(b, cst(b, a[0], 1), math::AbsFOp::create(b, a[0])));
  });
  t.add<HardSwishOp>(kFloat, [](B &b, V a) -> Value {
    Value x = a[0];
    Value gate = fadd(b, fmul(b, x, cst(b, x, 1.0 / 6.0)), cst(b, x, 0.5));
    return fmul(b, x, clamp(b, gate, 0.0, 1.0));
  });
  // x * sigmoid(x) as x / (1 + exp(-x)): one division; a large negative x
  // overflows exp to inf and gives -0, as it should.
  t.add<SiluOp>(kFloatMath, [](B &b, V a) -> Value {
    Value x = a[0];
    Value denom = fadd(b, cst(b, x, 1), math::ExpOp::create(b, arith::NegFOp::create(b, x)));
    return fdiv(b, x, denom);
  });
  // Logical not on i1, bitwise not on integers: xor with all ones.
  t.add<NotOp>(kBool | kInt, [](B &b, V a) -> Value {
    Type t = a[0].getType();
    APInt ones = APInt::getAllOnes(t.getIntOrFloatBitWidth());
    return arith::XOrIOp::create(b, a[0], arith::ConstantOp::create(b, IntegerAttr::get(t, ones)));
  });
  t.add<GeluOp>(kFloatMath, [](B &b, GeluOp op, V a) -> Value {
    Value x = a[0];
    Value phi2; // 2 * Phi(x), the standard normal CDF doubled
    if (op.getApproximate() == "tanh") {
      // 1 + tanh(sqrt(2 / pi) * (x + 0.044715 x^3))
      Value x3 = fmul(b, fmul(b, x, x), x);
      Value inner = fmul(b, cst(b, x, std::sqrt(2.0 / M_PI)),
                         fadd(b, x, fmul(b, cst(b, x, 0.044715), x3)));
      phi2 = fadd(b, cst(b, x, 1), math::TanhOp::create(b, inner));
    } else {
      // 1 + erf(x / sqrt(2))
      Value scaled = fmul(b, x, cst(b, x, M_SQRT1_2));
      phi2 = fadd(b, cst(b, x, 1), math::ErfOp::create(b, scaled));
    }
    return fmul(b, fmul(b, cst(b, x, 0.5), x), phi2);
  });
  t.add<LeakyReluOp>(kFloat, [](B &b, LeakyReluOp op, V a) -> Value {
    Value x = a[0];
    Value scaled = fmul(b, x, cst(b, x, op.getAlpha().convertToDouble()));
    return select(b, fcmp(b, FP::OGE, x, cst(b, x, 0)), x, scaled);
  });
  t.add<EluOp>(kFloatMath, [](B &b, EluOp op, V a) -> Value {
    return eluBody(b, a[0], op.getAlpha().convertToDouble(), FP::OGE);
  });
  t.add<SeluOp>(kFloatMath, [](B &b, SeluOp op, V a) -> Value {
    Value e = eluBody(b, a[0], op.getAlpha().convertToDouble(), FP::OGT);
    return fmul(b, cst(b, a[0], op.getGamma().convertToDouble()), e);
  });
  t.add<HardSigmoidOp>(kFloat, [](B &b, HardSigmoidOp op, V a) -> Value {
    Value x = a[0];
    Value lin = fadd(b, fmul(b, x, cst(b, x, op.getAlpha().convertToDouble())),
                     cst(b, x, op.getBeta().convertToDouble()));
    return clamp(b, lin, 0.0, 1.0);
  });
  t.add<ClipOp>(kNumeric, [](B &b, ClipOp op, V a) -> Value {
    auto bound = [](std::optional<APFloat> v) -> std::optional<double> {
      return v ? std::optional<double>(v->convertToDouble()) : std::nullopt;
    };
    return clamp(b, a[0], bound(op.getMin()), bound(op.getMax()));
  });

  //===--- Binary --------------------------------------------------------===//
  t.arith<AddOp, arith::AddFOp, arith::AddIOp>();
  t.arith<SubOp, arith::SubFOp, arith::SubIOp>();
  t.arith<MulOp, arith::MulFOp, arith::MulIOp>();
  t.arith<MaxOp, arith::MaximumFOp, arith::MaxSIOp>();
  t.arith<MinOp, arith::MinimumFOp, arith::MinSIOp>();
  // Integer division truncates toward zero, as in C.
  t.add<DivOp>(kNumeric, [](B &b, V a) -> Value {
    if (isFloat(a[0]))
      return fdiv(b, a[0], a[1]);
    return arith::DivSIOp::create(b, a[0], safeDivisor(b, a[1]));
  });
  t.add<ModOp>(kNumeric, [](B &b, ModOp op, V a) { return modBody(b, a[0], a[1], op.getFmod()); });
  // pow: a constant exponent of 2, 1 or 0.5 avoids powf (a libm call per
  // element); integers go through f64 as ONNX Runtime does.
  t.add<PowOp>(kNumeric | kPromoteHalf, [](B &b, PowOp op, V a) -> Value {
    Value x = a[0], y = a[1];
    if (!isFloat(x)) {
      Value r = math::PowFOp::create(b, castScalar(b, b.getLoc(), x, b.getF64Type()),
                                     castScalar(b, b.getLoc(), y, b.getF64Type()));
      return castScalar(b, b.getLoc(), r, x.getType());
    }
    std::optional<double> e = getSplatFloat(op.getRhs());
    if (e == 2.0)
      return fmul(b, x, x);
    if (e == 1.0)
      return x;
    if (e == 0.5)
      return math::SqrtOp::create(b, x);
    return math::PowFOp::create(b, x, y);
  });
  auto logical = [](auto build) {
    return [build](B &b, V a) -> Value { return build(b, a[0], a[1]); };
  };
  t.add<AndOp>(kBool | kInt, logical([](B &b, Value x, Value y) -> Value {
                 return arith::AndIOp::create(b, x, y);
               }));
  t.add<OrOp>(kBool | kInt, logical([](B &b, Value x, Value y) -> Value {
                return arith::OrIOp::create(b, x, y);
              }));
  t.add<XorOp>(kBool | kInt, logical([](B &b, Value x, Value y) -> Value {
                 return arith::XOrIOp::create(b, x, y);
               }));

  //===--- Comparisons, where, cast ---------------------------------------===//
  t.compare<EqualOp>(FP::OEQ, IP::eq, IP::eq);
  t.compare<LessOp>(FP::OLT, IP::slt, IP::ult);
  t.compare<LessEqualOp>(FP::OLE, IP::sle, IP::ule);
  t.compare<GreaterOp>(FP::OGT, IP::sgt, IP::ugt);
  t.compare<GreaterEqualOp>(FP::OGE, IP::sge, IP::uge);
  t.add<WhereOp>(kAny, [](B &b, V a) { return select(b, a[0], a[1], a[2]); });
  t.add<CastOp>(kAny, [](B &b, CastOp op, V a) {
    return castScalar(b, b.getLoc(), a[0], getElementTypeOrSelf(op.getType()));
  });
}
