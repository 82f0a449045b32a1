//===- FuseEpilogue.cpp - bias, residual and activation into conv/matmul --===//
//
// A conv, matmul or gemm followed by elementwise ops over its result becomes
// one mcc.fused_conv / mcc.fused_matmul, grown one consumer at a time:
//
//   contraction -> add(constant bias) -> add(residual) -> activation
//
// Each step needs the value so far to have no other user (otherwise the
// intermediate must exist anyway), and keeps the order the fused op computes
// in: nothing is added after the activation.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include <cmath>
#include <functional>

namespace mcc {
#define GEN_PASS_DEF_FUSEEPILOGUE
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {

/// A contraction and the epilogue it computes so far: a plain conv / matmul /
/// gemm (no epilogue beyond its own bias) or a fused op.
struct Fusable {
  Operation *op = nullptr;
  Value bias, residual;
  bool transB = false;
  StringRef activation = "none";
  SmallVector<double> params;

  bool isConv() const { return isa<ConvOp, FusedConvOp>(op); }
  RankedTensorType type() const { return cast<RankedTensorType>(op->getResult(0).getType()); }
};

/// `v` as the result of a contraction that may absorb its single user.
std::optional<Fusable> getFusable(Value v) {
  Operation *op = v.getDefiningOp();
  if (!op || !v.hasOneUse())
    return std::nullopt;
  Fusable f;
  f.op = op;
  if (auto conv = dyn_cast<ConvOp>(op)) {
    f.bias = conv.getBias();
  } else if (auto matmul = dyn_cast<MatMulOp>(op)) {
    // Integer matmuls keep their exact lowering; the fused op is float only.
    if (!isa<FloatType>(matmul.getType().getElementType()) ||
        !isa<FloatType>(cast<RankedTensorType>(matmul.getLhs().getType()).getElementType()))
      return std::nullopt;
  } else if (auto gemm = dyn_cast<GemmOp>(op)) {
    // alpha * a @ op(b) + beta * c is a matmul plus a bias or residual only
    // with alpha = beta = 1 and a not transposed.
    if (!isa<FloatType>(gemm.getType().getElementType()) || gemm.getTransA() ||
        gemm.getAlpha().convertToDouble() != 1.0 ||
        (gemm.getC() && gemm.getBeta().convertToDouble() != 1.0))
      return std::nullopt;
    f.transB = gemm.getTransB();
    if (Value c = gemm.getC()) {
      auto ct = cast<RankedTensorType>(c.getType());
      if (matchPattern(c, m_Constant()) && ct.hasStaticShape())
        f.bias = c;
      else if (ct == gemm.getType() && ct.hasStaticShape())
        f.residual = c; // a dynamic c may broadcast at run time
      else
        return std::nullopt;
    }
  } else if (auto fused = dyn_cast<FusedConvOp>(op)) {
    f.bias = fused.getBias();
    f.residual = fused.getResidual();
    f.activation = fused.getActivation();
    llvm::append_range(f.params, fused.getActivationParams());
  } else if (auto fused = dyn_cast<FusedMatMulOp>(op)) {
    f.bias = fused.getBias();
    f.residual = fused.getResidual();
    f.transB = fused.getTransB();
    f.activation = fused.getActivation();
    llvm::append_range(f.params, fused.getActivationParams());
  } else {
    return std::nullopt;
  }
  return f;
}

/// Replaces `root` (the last op absorbed) by the fused op computing `f`.
void replaceWithFused(PatternRewriter &rewriter, Operation *root, const Fusable &f) {
  Location loc = rewriter.getFusedLoc({f.op->getLoc(), root->getLoc()});
  Type type = root->getResult(0).getType();
  StringAttr act = rewriter.getStringAttr(f.activation);
  DenseF64ArrayAttr params = rewriter.getDenseF64ArrayAttr(f.params);
  Operation *fused;
  if (f.isConv()) {
    // Both conv kinds carry the same conv attributes.
    auto attr = [&](StringRef name) { return f.op->getAttr(name); };
    fused = FusedConvOp::create(
        rewriter, loc, type, f.op->getOperand(0), f.op->getOperand(1), f.bias, f.residual,
        cast<DenseI64ArrayAttr>(attr("strides")), cast<DenseI64ArrayAttr>(attr("pads")),
        cast<DenseI64ArrayAttr>(attr("dilations")),
        cast_if_present<IntegerAttr>(attr("group")), act, params);
  } else {
    fused = FusedMatMulOp::create(rewriter, loc, type, f.op->getOperand(0), f.op->getOperand(1),
                                  f.bias, f.residual, rewriter.getBoolAttr(f.transB), act,
                                  params);
  }
  rewriter.replaceOp(root, fused->getResults());
  rewriter.eraseOp(f.op);
}

/// The float values of a constant, or none.
std::optional<std::vector<double>> constantValues(Value v) {
  Attribute attr;
  if (!matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  return getValuesAsDouble(attr);
}

/// A constant `c` added to a conv result [N, M, D...] that is one value per
/// output channel: shape [M, 1...] or [1, M, 1...] (numpy-aligned to the
/// result), or a scalar. Returns it as [M] values.
std::optional<std::vector<double>> perChannelValues(Value c, RankedTensorType result) {
  auto type = dyn_cast<RankedTensorType>(c.getType());
  int64_t channels = result.getDimSize(1);
  if (!type || !type.hasStaticShape() || ShapedType::isDynamic(channels) ||
      type.getRank() > result.getRank())
    return std::nullopt;
  int64_t offset = result.getRank() - type.getRank();
  for (int64_t d = 0; d < type.getRank(); ++d) {
    int64_t size = type.getDimSize(d);
    if (size != 1 && !(d + offset == 1 && size == channels))
      return std::nullopt;
  }
  std::optional<std::vector<double>> values = constantValues(c);
  if (!values)
    return std::nullopt;
  if (values->size() == 1)
    values->assign(channels, values->front());
  return values;
}

/// add(contraction, x): x becomes the bias when it is a constant the fused op
/// can hold as one, else the residual when it has the result's shape.
struct AbsorbAdd : OpRewritePattern<AddOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AddOp add, PatternRewriter &rewriter) const override {
    for (int i = 0; i < 2; ++i) {
      Value self = add->getOperand(i), other = add->getOperand(1 - i);
      std::optional<Fusable> f = getFusable(self);
      if (!f || f->activation != "none")
        continue;
      if (absorb(rewriter, add, *f, other))
        return success();
    }
    return rewriter.notifyMatchFailure(add, "no operand is a contraction it can join");
  }

  static bool absorb(PatternRewriter &rewriter, AddOp add, Fusable &f, Value other) {
    RankedTensorType result = f.type();
    auto addType = cast<RankedTensorType>(add.getType());
    // The add must not broadcast the contraction's result to a larger shape.
    if (addType.getRank() != result.getRank() || !areRefinableTypes(result, addType))
      return false;
    auto otherType = cast<RankedTensorType>(other.getType());
    if (otherType.getElementType() != result.getElementType())
      return false;
    if (f.isConv()) {
      if (std::optional<std::vector<double>> values = perChannelValues(other, result)) {
        // conv + c with c per channel: summed into the conv's own bias.
        Type element = result.getElementType();
        if (!element.isF32() && !element.isF64())
          return false;
        if (f.bias) {
          std::optional<std::vector<double>> old = constantValues(f.bias);
          if (!old || old->size() != values->size())
            return false;
          for (size_t c = 0; c < values->size(); ++c)
            (*values)[c] += (*old)[c];
        }
        auto biasType = RankedTensorType::get({(int64_t)values->size()}, element);
        f.bias = arith::ConstantOp::create(
            rewriter, add.getLoc(), biasType,
            cast<TypedAttr>(makeFloatElementsAttr(biasType, *values, "fused_conv_bias")));
        replaceWithFused(rewriter, add, f);
        return true;
      }
    } else if (!f.bias && matchPattern(other, m_Constant()) && otherType.hasStaticShape()) {
      // matmul + c with c broadcasting into the result (a Linear's bias [N]).
      SmallVector<int64_t> out;
      if (otherType.getRank() <= result.getRank()) {
        bool fits = true;
        int64_t offset = result.getRank() - otherType.getRank();
        for (int64_t d = 0; d < otherType.getRank(); ++d)
          fits &= otherType.getDimSize(d) == 1 ||
                  otherType.getDimSize(d) == result.getDimSize(d + offset);
        if (fits) {
          f.bias = other;
          replaceWithFused(rewriter, add, f);
          return true;
        }
      }
    }
    // Anything else of the result's own shape is a residual.
    if (f.residual || otherType.getShape() != result.getShape() ||
        otherType != cast<RankedTensorType>(add.getType()))
      return false;
    f.residual = other;
    replaceWithFused(rewriter, add, f);
    return true;
  }
};

/// activation(contraction): the fused op's activation, when it has none yet.
/// `describe` gives the activation's name and parameters.
template <typename OpTy>
struct AbsorbActivation : OpRewritePattern<OpTy> {
  using Describe = std::function<std::string(OpTy, SmallVector<double> &)>;
  AbsorbActivation(MLIRContext *ctx, Describe describe)
      : OpRewritePattern<OpTy>(ctx), describe(std::move(describe)) {}

  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
    std::optional<Fusable> f = getFusable(op->getOperand(0));
    if (!f || f->activation != "none")
      return rewriter.notifyMatchFailure(op, "input is not a contraction without activation");
    if (op->getResult(0).getType() != op->getOperand(0).getType())
      return rewriter.notifyMatchFailure(op, "changes the type");
    SmallVector<double> params;
    std::string name = describe(op, params);
    f->activation = name;
    f->params = params;
    replaceWithFused(rewriter, op, *f);
    return success();
  }

  Describe describe;
};

template <typename OpTy>
void addActivation(RewritePatternSet &patterns, StringRef name) {
  std::string n = name.str();
  patterns.add<AbsorbActivation<OpTy>>(patterns.getContext(),
                                       [n](OpTy, SmallVector<double> &) { return n; });
}

void populateFuseEpiloguePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<AbsorbAdd>(ctx);
  addActivation<ReluOp>(patterns, "relu");
  addActivation<SigmoidOp>(patterns, "sigmoid");
  addActivation<TanhOp>(patterns, "tanh");
  addActivation<HardSwishOp>(patterns, "hard_swish");
  addActivation<SiluOp>(patterns, "silu");
  patterns.add<AbsorbActivation<GeluOp>>(ctx, [](GeluOp op, SmallVector<double> &) {
    return std::string(op.getApproximate() == "tanh" ? "gelu_tanh" : "gelu");
  });
  patterns.add<AbsorbActivation<ClipOp>>(ctx, [](ClipOp op, SmallVector<double> &p) {
    // A missing bound does not clamp.
    p = {op.getMin() ? op.getMin()->convertToDouble() : -INFINITY,
         op.getMax() ? op.getMax()->convertToDouble() : INFINITY};
    return std::string("clip");
  });
  patterns.add<AbsorbActivation<HardSigmoidOp>>(ctx, [](HardSigmoidOp op, SmallVector<double> &p) {
    p = {op.getAlpha().convertToDouble(), op.getBeta().convertToDouble()};
    return std::string("hard_sigmoid");
  });
  patterns.add<AbsorbActivation<LeakyReluOp>>(ctx, [](LeakyReluOp op, SmallVector<double> &p) {
    p = {op.getAlpha().convertToDouble()};
    return std::string("leaky_relu");
  });
}

struct FuseEpiloguePass : mcc::impl::FuseEpilogueBase<FuseEpiloguePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateFuseEpiloguePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
