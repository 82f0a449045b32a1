//===- ElementwiseOps.td - activations and arithmetic ------*- tablegen -*-===//
#ifndef MCC_ELEMENTWISE_OPS_TD
#define MCC_ELEMENTWISE_OPS_TD

//===----------------------------------------------------------------------===//
// Unary: same shape and element type in and out.
//===----------------------------------------------------------------------===//

class Mcc_UnaryOp<string mnemonic, string formula, list<Trait> traits = []>
    : Mcc_InferredOp<mnemonic, traits, [{
      inferred.push_back(adaptor.getInput().getType());
      return ::mlir::success();
    }]> {
  let summary = "elementwise " # formula;
  let description = "Computes `" # formula # "` for every element.";
  let arguments = (ins Mcc_Tensor:$input);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def Mcc_ReluOp : Mcc_UnaryOp<"relu", "max(x, 0)">;
def Mcc_SigmoidOp : Mcc_UnaryOp<"sigmoid", "1 / (1 + exp(-x))">;
def Mcc_TanhOp : Mcc_UnaryOp<"tanh", "tanh(x)">;
def Mcc_ExpOp : Mcc_UnaryOp<"exp", "exp(x)">;
def Mcc_LogOp : Mcc_UnaryOp<"log", "log(x)">;
def Mcc_SqrtOp : Mcc_UnaryOp<"sqrt", "sqrt(x)">;
def Mcc_ReciprocalOp : Mcc_UnaryOp<"reciprocal", "1 / x">;
def Mcc_NegOp : Mcc_UnaryOp<"neg", "-x"> { let hasFolder = 1; }
def Mcc_AbsOp : Mcc_UnaryOp<"abs", "|x|">;
def Mcc_ErfOp : Mcc_UnaryOp<"erf", "erf(x)">;
def Mcc_FloorOp : Mcc_UnaryOp<"floor", "floor(x)">;
def Mcc_CeilOp : Mcc_UnaryOp<"ceil", "ceil(x)">;
def Mcc_RoundOp : Mcc_UnaryOp<"round", "round half to even(x)">;
def Mcc_SignOp : Mcc_UnaryOp<"sign", "sign(x)">;
def Mcc_SinOp : Mcc_UnaryOp<"sin", "sin(x)">;
def Mcc_CosOp : Mcc_UnaryOp<"cos", "cos(x)">;
def Mcc_TanOp : Mcc_UnaryOp<"tan", "tan(x)">;
def Mcc_SinhOp : Mcc_UnaryOp<"sinh", "sinh(x)">;
def Mcc_CoshOp : Mcc_UnaryOp<"cosh", "cosh(x)">;
def Mcc_AsinOp : Mcc_UnaryOp<"asin", "asin(x)">;
def Mcc_AcosOp : Mcc_UnaryOp<"acos", "acos(x)">;
def Mcc_AtanOp : Mcc_UnaryOp<"atan", "atan(x)">;
def Mcc_AsinhOp : Mcc_UnaryOp<"asinh", "asinh(x)">;
def Mcc_AcoshOp : Mcc_UnaryOp<"acosh", "acosh(x)">;
def Mcc_AtanhOp : Mcc_UnaryOp<"atanh", "atanh(x)">;
def Mcc_SoftplusOp : Mcc_UnaryOp<"softplus", "log(1 + exp(x))">;
def Mcc_SoftsignOp : Mcc_UnaryOp<"softsign", "x / (1 + |x|)">;
def Mcc_HardSwishOp : Mcc_UnaryOp<"hard_swish", "x * max(0, min(1, x / 6 + 1 / 2))">;
def Mcc_SiluOp : Mcc_UnaryOp<"silu", "x * sigmoid(x)"> {
  let description = [{
    Sigmoid linear unit (swish with beta = 1): `x * sigmoid(x)`. Exporters
    write it as a Sigmoid and a Mul; `mcc-recompose-activations` puts it back
    together so that codegen and epilogue fusion see one activation.
  }];
}
def Mcc_NotOp : Mcc_UnaryOp<"not", "logical not(x)">;
def Mcc_IdentityOp : Mcc_UnaryOp<"identity", "x"> { let hasFolder = 1; }

def Mcc_GeluOp : Mcc_UnaryOp<"gelu", "x * Phi(x)"> {
  let description = [{
    Gaussian error linear unit. `approximate = "none"` uses erf,
    `approximate = "tanh"` the tanh approximation of Hendrycks & Gimpel (2016).
  }];
  let arguments = (ins Mcc_Tensor:$input, DefaultValuedStrAttr<StrAttr, "none">:$approximate);
}
def Mcc_LeakyReluOp : Mcc_UnaryOp<"leaky_relu", "x >= 0 ? x : alpha * x"> {
  let arguments = (ins Mcc_Tensor:$input, F64Attr:$alpha);
}
def Mcc_EluOp : Mcc_UnaryOp<"elu", "x >= 0 ? x : alpha * (exp(x) - 1)"> {
  let arguments = (ins Mcc_Tensor:$input, F64Attr:$alpha);
}
def Mcc_SeluOp : Mcc_UnaryOp<"selu", "gamma * (x > 0 ? x : alpha * (exp(x) - 1))"> {
  let arguments = (ins Mcc_Tensor:$input, F64Attr:$alpha, F64Attr:$gamma);
}
def Mcc_HardSigmoidOp : Mcc_UnaryOp<"hard_sigmoid", "max(0, min(1, alpha * x + beta))"> {
  let arguments = (ins Mcc_Tensor:$input, F64Attr:$alpha, F64Attr:$beta);
}
def Mcc_ClipOp : Mcc_UnaryOp<"clip", "min(max(x, min), max)"> {
  let description = [{
    Clamps to [min, max]. A missing bound does not clamp. ReLU6 is
    `clip {min = 0.0, max = 6.0}`.
  }];
  let arguments = (ins Mcc_Tensor:$input, OptionalAttr<F64Attr>:$min, OptionalAttr<F64Attr>:$max);
}

// Float classification: i1 results.
class Mcc_ClassifyOp<string mnemonic, string formula>
    : Mcc_InferredOp<mnemonic, [], [{
      auto type = ::mlir::cast<::mlir::RankedTensorType>(adaptor.getInput().getType());
      inferred.push_back(type.clone(::mlir::IntegerType::get(context, 1)));
      return ::mlir::success();
    }]> {
  let summary = "elementwise " # formula # " as i1";
  let description = "Computes `" # formula # "` for every element.";
  let arguments = (ins Mcc_FloatTensor:$input);
  let results = (outs Mcc_BoolTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}
def Mcc_IsNaNOp : Mcc_ClassifyOp<"is_nan", "x is NaN">;
def Mcc_IsInfOp : Mcc_ClassifyOp<"is_inf", "x is an infinity"> {
  let description = [{
    True for +inf when `detect_positive` and for -inf when `detect_negative`.
  }];
  let arguments = (ins Mcc_FloatTensor:$input,
                   DefaultValuedAttr<BoolAttr, "true">:$detect_negative,
                   DefaultValuedAttr<BoolAttr, "true">:$detect_positive);
}

def Mcc_CastOp : Mcc_Op<"cast", [Pure, SameOperandsAndResultShape]> {
  let summary = "elementwise conversion to another element type";
  let description = [{
    Converts every element to the result's element type with ONNX Cast
    semantics: float to integer truncates toward zero, anything to bool is
    `x != 0`.
  }];
  let arguments = (ins Mcc_Tensor:$input);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Binary with numpy-style broadcasting.
//===----------------------------------------------------------------------===//

class Mcc_BinaryOp<string mnemonic, string formula, list<Trait> traits = [],
                   string resultElement = "nullptr">
    : Mcc_InferredOp<mnemonic, traits, !strconcat([{
      return ::mcc::inferBroadcast(location, {adaptor.getLhs(), adaptor.getRhs()}, }],
      resultElement, [{, inferred);
    }])> {
  let summary = "elementwise " # formula # " with broadcasting";
  let description = "Computes `" # formula # [{` elementwise after broadcasting
    both operands to a common shape by numpy rules. A dynamic dimension may
    be 1 at run time and then broadcasts like a static 1: the lowering reads
    it directly when it is provably the result's size, and otherwise checks
    at run time (see docs/architecture.md).}];
  let arguments = (ins Mcc_Tensor:$lhs, Mcc_Tensor:$rhs);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  // Small constants fold (ElementwiseFolding.cpp).
  let hasFolder = 1;
}

def Mcc_AddOp : Mcc_BinaryOp<"add", "lhs + rhs", [Commutative]>;
def Mcc_SubOp : Mcc_BinaryOp<"sub", "lhs - rhs">;
def Mcc_MulOp : Mcc_BinaryOp<"mul", "lhs * rhs", [Commutative]>;
def Mcc_DivOp : Mcc_BinaryOp<"div", "lhs / rhs">;
def Mcc_PowOp : Mcc_BinaryOp<"pow", "lhs ^ rhs">;
def Mcc_MaxOp : Mcc_BinaryOp<"max", "max(lhs, rhs)", [Commutative]>;
def Mcc_MinOp : Mcc_BinaryOp<"min", "min(lhs, rhs)", [Commutative]>;
def Mcc_ModOp : Mcc_BinaryOp<"mod", "lhs mod rhs"> {
  let arguments = (ins Mcc_Tensor:$lhs, Mcc_Tensor:$rhs, DefaultValuedAttr<BoolAttr, "false">:$fmod);
}
def Mcc_AndOp : Mcc_BinaryOp<"and", "lhs and rhs", [Commutative]>;
def Mcc_OrOp : Mcc_BinaryOp<"or", "lhs or rhs", [Commutative]>;
def Mcc_XorOp : Mcc_BinaryOp<"xor", "lhs xor rhs", [Commutative]>;

// Comparisons produce i1.
def Mcc_EqualOp : Mcc_BinaryOp<"equal", "lhs == rhs", [Commutative], "::mlir::IntegerType::get(context, 1)">;
def Mcc_LessOp : Mcc_BinaryOp<"less", "lhs < rhs", [], "::mlir::IntegerType::get(context, 1)">;
def Mcc_LessEqualOp : Mcc_BinaryOp<"less_equal", "lhs <= rhs", [], "::mlir::IntegerType::get(context, 1)">;
def Mcc_GreaterOp : Mcc_BinaryOp<"greater", "lhs > rhs", [], "::mlir::IntegerType::get(context, 1)">;
def Mcc_GreaterEqualOp : Mcc_BinaryOp<"greater_equal", "lhs >= rhs", [], "::mlir::IntegerType::get(context, 1)">;

def Mcc_WhereOp : Mcc_InferredOp<"where", [], [{
      return ::mcc::inferBroadcast(location,
          {adaptor.getCondition(), adaptor.getLhs(), adaptor.getRhs()},
          nullptr, inferred);
    }]> {
  let summary = "elementwise select with broadcasting";
  let description = "`condition ? lhs : rhs` elementwise after broadcasting all three.";
  let arguments = (ins Mcc_BoolTensor:$condition, Mcc_Tensor:$lhs, Mcc_Tensor:$rhs);
  let results = (outs Mcc_Tensor:$output);
  let assemblyFormat = "$condition `,` $lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

#endif // MCC_ELEMENTWISE_OPS_TD
