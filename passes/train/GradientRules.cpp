//===- GradientRules.cpp - reverse-mode rules for mcc ops -----------------===//
//
// One rule per op: given dL/dy, build dL/dx for each operand that needs it.
// Broadcasting ops sum their gradient back to each operand's shape
// (GraphBuilder::reduceTo); shape-only ops reshape or transpose it back.
//
//===----------------------------------------------------------------------===//
#include "passes/train/GradientRules.h"

#include "mlir/IR/Matchers.h"

#include "dialects/mcc/ConstantData.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;
using namespace mcc;

namespace {
RankedTensorType rankedType(Value v) { return cast<RankedTensorType>(v.getType()); }

struct Rules {
  GraphBuilder &g;
  Value dy;
  ArrayRef<bool> needed;
  SmallVectorImpl<Value> &dx;
  std::string &why;

  OpBuilder &b() { return g.builder(); }
  Type elementType() { return getElementTypeOrSelf(dy.getType()); }

  LogicalResult unsupported(const Twine &what) {
    why = what.str();
    return failure();
  }

  // y = a (op) b with numpy broadcasting.
  LogicalResult binary(Operation *op) {
    Value a = op->getOperand(0), c = op->getOperand(1), y = op->getResult(0);
    Value da, db;
    if (isa<AddOp>(op)) {
      da = dy;
      db = dy;
    } else if (isa<SubOp>(op)) {
      da = dy;
      db = needed[1] ? g.neg(dy) : nullptr;
    } else if (isa<MulOp>(op)) {
      da = needed[0] ? g.mul(dy, c) : nullptr;
      db = needed[1] ? g.mul(dy, a) : nullptr;
    } else if (isa<DivOp>(op)) {
      // d(a/b)/db = -a/b^2 = -y/b.
      da = needed[0] ? g.div(dy, c) : nullptr;
      db = needed[1] ? g.neg(g.div(g.mul(dy, y), c)) : nullptr;
    }
    dx[0] = needed[0] ? g.reduceTo(da, a.getType()) : nullptr;
    dx[1] = needed[1] ? g.reduceTo(db, c.getType()) : nullptr;
    return success();
  }

  // y = alpha * op(A) op(B) + beta * C.
  LogicalResult gemm(GemmOp op) {
    double alpha = op.getAlpha().convertToDouble(), beta = op.getBeta().convertToDouble();
    bool ta = op.getTransA(), tb = op.getTransB();
    Value a = op.getA(), bm = op.getB();
    auto gemm = [&](Value l, Value r, bool tl, bool tr) {
      return g.create<GemmOp>(l, r, Value(), b().getF64FloatAttr(alpha), b().getF64FloatAttr(1.0),
                              b().getBoolAttr(tl), b().getBoolAttr(tr));
    };
    // dA' = dY op(B)^T, dB' = op(A)^T dY, then transposed back where A or B was.
    if (needed[0])
      dx[0] = ta ? gemm(bm, dy, tb, true) : gemm(dy, bm, false, !tb);
    if (needed[1])
      dx[1] = tb ? gemm(dy, a, true, ta) : gemm(a, dy, !ta, false);
    if (op.getC() && needed[2])
      dx[2] = g.reduceTo(g.scale(dy, beta), op.getC().getType());
    return success();
  }

  // Batched matmul with broadcasting batch dims; both operands at least 2-D.
  LogicalResult matmul(MatMulOp op) {
    Value a = op.getLhs(), c = op.getRhs();
    if (rankedType(a).getRank() < 2 || rankedType(c).getRank() < 2)
      return unsupported("a matmul with a 1-D operand");
    if (needed[0])
      dx[0] = g.reduceTo(g.create<MatMulOp>(dy, g.transposeLastTwo(c)), a.getType());
    if (needed[1]) {
      // A [.., M, K] against a 2-D B: fold the batch into M, so dB is one GEMM.
      auto at = rankedType(a);
      if (rankedType(c).getRank() == 2 && at.getRank() > 2) {
        int64_t k = at.getDimSize(at.getRank() - 1);
        int64_t n = rankedType(dy).getDimSize(rankedType(dy).getRank() - 1);
        Value a2 = g.create<ReshapeOp>(a, g.i64s({-1, k}), b().getBoolAttr(false));
        Value dy2 = g.create<ReshapeOp>(dy, g.i64s({-1, n}), b().getBoolAttr(false));
        dx[1] = g.create<GemmOp>(a2, dy2, Value(), b().getF64FloatAttr(1.0),
                                 b().getF64FloatAttr(1.0), b().getBoolAttr(true),
                                 b().getBoolAttr(false));
      } else {
        dx[1] = g.reduceTo(g.create<MatMulOp>(g.transposeLastTwo(a), dy), c.getType());
      }
    }
    return success();
  }

  // 2-D convolution, any group count: dX is the transposed convolution of dY with W,
  // dW the correlation of X with dY (mcc.conv_weight_grad).
  LogicalResult conv(ConvOp op) {
    auto xt = rankedType(op.getInput()), wt = rankedType(op.getWeight());
    if (xt.getRank() != 4)
      return unsupported("a convolution that is not 2-D");
    if (!xt.hasStaticShape() && needed[0])
      if (xt.isDynamicDim(2) || xt.isDynamicDim(3))
        return unsupported("a convolution with dynamic spatial dims");
    ArrayRef<int64_t> s = op.getStrides(), p = op.getPads(), d = op.getDilations();
    auto yt = rankedType(dy);
    if (needed[0]) {
      SmallVector<int64_t> outputPadding;
      for (int i = 0; i < 2; ++i) {
        int64_t k = wt.getDimSize(2 + i);
        int64_t covered = (yt.getDimSize(2 + i) - 1) * s[i] - p[i] - p[2 + i] + d[i] * (k - 1) + 1;
        outputPadding.push_back(xt.getDimSize(2 + i) - covered);
      }
      // The weight [M, C/g, KH, KW] is conv_transpose's [C_in, C_out/g, KH, KW] as it is.
      dx[0] = g.create<ConvTransposeOp>(dy, op.getWeight(), Value(), op.getStridesAttr(),
                                        op.getPadsAttr(), op.getDilationsAttr(),
                                        b().getDenseI64ArrayAttr(outputPadding),
                                        op.getGroupAttr());
    }
    if (needed[1])
      dx[1] = g.create<ConvWeightGradOp>(
          op.getInput(), dy, b().getDenseI64ArrayAttr({wt.getDimSize(2), wt.getDimSize(3)}),
          op.getStridesAttr(), op.getPadsAttr(), op.getDilationsAttr(), op.getGroupAttr());
    if (op.getBias() && needed[2])
      dx[2] = g.create<ReduceSumOp>(dy, b().getDenseI64ArrayAttr({0, 2, 3}), b().getBoolAttr(false));
    return success();
  }

  // 2-D max pooling: dY goes to the first maximum of each window (mcc.max_pool_grad, which
  // codegen runs as one kernel or decomposes into forward ops).
  LogicalResult maxPool(MaxPoolOp op) {
    auto xt = rankedType(op.getInput()), yt = rankedType(op.getResult());
    if (xt.getRank() != 4)
      return unsupported("a max pool that is not 2-D");
    for (int i = 2; i < 4; ++i)
      if (xt.isDynamicDim(i) || yt.isDynamicDim(i))
        return unsupported("a max pool with dynamic spatial dims");
    dx[0] = g.create<MaxPoolGradOp>(op.getInput(), dy, op.getKernelShapeAttr(),
                                    op.getStridesAttr(), op.getPadsAttr(),
                                    op.getDilationsAttr(), op.getCeilModeAttr());
    return success();
  }

  // 2-D average pooling whose windows all divide by kh * kw (no padding, or padding that
  // counts): dY spread evenly over each window, the transposed depthwise convolution of dY
  // with a constant 1 / (kh kw) kernel.
  LogicalResult avgPool(AvgPoolOp op) {
    auto xt = rankedType(op.getInput()), yt = rankedType(op.getResult());
    if (xt.getRank() != 4)
      return unsupported("an average pool that is not 2-D");
    for (int i = 1; i < 4; ++i)
      if (xt.isDynamicDim(i) || yt.isDynamicDim(i))
        return unsupported("an average pool with dynamic channels or spatial dims");
    ArrayRef<int64_t> k = op.getKernelShape(), s = op.getStrides(), p = op.getPads(),
                      d = op.getDilations();
    if (!op.getCountIncludePad() && llvm::any_of(p, [](int64_t v) { return v != 0; }))
      return unsupported("an average pool whose padding does not count (per-window divisors)");
    SmallVector<int64_t> outputPadding;
    for (int i = 0; i < 2; ++i) {
      int64_t covered = (yt.getDimSize(2 + i) - 1) * s[i] - p[i] - p[2 + i] + d[i] * (k[i] - 1) + 1;
      if (covered > xt.getDimSize(2 + i))
        return unsupported("an average pool whose ceil_mode windows run past the padding");
      outputPadding.push_back(xt.getDimSize(2 + i) - covered);
    }
    int64_t channels = xt.getDimSize(1);
    auto weightType = RankedTensorType::get({channels, 1, k[0], k[1]}, elementType());
    Value weight = arith::ConstantOp::create(
        b(), g.getLoc(),
        DenseElementsAttr::get(weightType, b().getFloatAttr(elementType(), 1.0 / (k[0] * k[1]))
                                               .getValue()));
    dx[0] = g.create<ConvTransposeOp>(dy, weight, Value(), op.getStridesAttr(), op.getPadsAttr(),
                                      op.getDilationsAttr(), b().getDenseI64ArrayAttr(outputPadding),
                                      b().getI64IntegerAttr(channels));
    return success();
  }

  // Layer normalization over dims [axis, rank): with xhat = (x - mean) * rstd,
  // dx = rstd * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)), dxhat = dy * scale.
  LogicalResult layerNorm(LayerNormOp op) {
    Value x = op.getInput();
    int64_t rank = rankedType(x).getRank(), axis = op.getAxis();
    SmallVector<int64_t> axes;
    for (int64_t i = axis; i < rank; ++i)
      axes.push_back(i);
    auto mean = [&](Value v) {
      return g.create<ReduceMeanOp>(v, b().getDenseI64ArrayAttr(axes), b().getBoolAttr(true));
    };
    Value centered = g.sub(x, mean(x));
    Value variance = mean(g.mul(centered, centered));
    Value rstd = g.create<ReciprocalOp>(g.create<SqrtOp>(
        g.add(variance, g.scalar(elementType(), op.getEpsilon().convertToDouble()))));
    Value xhat = g.mul(centered, rstd);
    if (needed[0]) {
      Value dxhat = g.mul(dy, op.getScale());
      dx[0] = g.mul(rstd, g.sub(g.sub(dxhat, mean(dxhat)), g.mul(xhat, mean(g.mul(dxhat, xhat)))));
    }
    if (needed[1])
      dx[1] = g.reduceTo(g.mul(dy, xhat), op.getScale().getType());
    if (op.getBias() && needed[2])
      dx[2] = g.reduceTo(dy, op.getBias().getType());
    return success();
  }

  // An embedding lookup, gather(table, ids) along axis 0 of a 2-D table: the rows of dY
  // added into the rows the ids picked, as one_hot(ids)^T dY (one GEMM; repeated ids add).
  LogicalResult gather(GatherOp op) {
    auto table = rankedType(op.getData());
    if (needed[1])
      return unsupported("a gather with computed indices");
    // One constant index (x[:, -1, :] as exporters write it): dY put back at that
    // position, zeros elsewhere, as for a slice.
    DenseIntElementsAttr index;
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + table.getRank() : op.getAxis();
    if (matchPattern(op.getIndices(), m_Constant(&index)) && index.getType().getRank() == 0 &&
        !table.isDynamicDim(axis)) {
      int64_t size = table.getDimSize(axis), at = (*index.getValues<APInt>().begin()).getSExtValue();
      at = at < 0 ? at + size : at;
      if (at < 0 || at >= size)
        return unsupported("a gather whose index is out of range");
      SmallVector<int64_t> pads(2 * table.getRank(), 0);
      pads[axis] = at;
      pads[table.getRank() + axis] = size - at - 1;
      Value grad = g.create<UnsqueezeOp>(dy, b().getDenseI64ArrayAttr({axis}));
      dx[0] = g.create<PadOp>(grad, b().getDenseI64ArrayAttr(pads),
                              b().getFloatAttr(elementType(), 0.0), b().getStringAttr("constant"));
      return success();
    }
    if (op.getAxis() != 0 || table.getRank() != 2 || !table.hasStaticShape())
      return unsupported("a gather that is not a row lookup in a static 2-D table");
    int64_t rows = table.getDimSize(0), width = table.getDimSize(1);
    auto offOn = RankedTensorType::get({2}, elementType());
    Value values = arith::ConstantOp::create(
        b(), g.getLoc(), DenseElementsAttr::get(offOn, ArrayRef<float>{0.0f, 1.0f}));
    Value ids = g.create<ReshapeOp>(op.getIndices(), g.i64s({-1}), b().getBoolAttr(false));
    Value oneHot = g.create<OneHotOp>(ids, values, b().getI64IntegerAttr(rows),
                                      b().getI64IntegerAttr(1));
    Value grads = g.create<ReshapeOp>(dy, g.i64s({-1, width}), b().getBoolAttr(false));
    dx[0] = g.create<GemmOp>(oneHot, grads, Value(), b().getF64FloatAttr(1.0),
                             b().getF64FloatAttr(1.0), b().getBoolAttr(true),
                             b().getBoolAttr(false));
    return success();
  }

  LogicalResult where(WhereOp op) {
    Value zero = g.scalar(elementType(), 0.0);
    if (needed[1])
      dx[1] = g.reduceTo(g.create<WhereOp>(op.getCondition(), dy, zero), op.getLhs().getType());
    if (needed[2])
      dx[2] = g.reduceTo(g.create<WhereOp>(op.getCondition(), zero, dy), op.getRhs().getType());
    return success();
  }

  // x^p: p x^(p-1) for the base; log(x) x^p for the exponent.
  LogicalResult pow(PowOp op) {
    Value x = op.getLhs(), p = op.getRhs(), y = op.getResult();
    if (needed[0]) {
      Value minusOne = g.sub(p, g.scalar(getElementTypeOrSelf(p.getType()), 1.0));
      dx[0] = g.reduceTo(g.mul(dy, g.mul(p, g.create<PowOp>(x, minusOne))), x.getType());
    }
    if (needed[1])
      dx[1] = g.reduceTo(g.mul(dy, g.mul(y, g.create<LogOp>(x))), p.getType());
    return success();
  }

  LogicalResult concat(ConcatOp op) {
    int64_t axis = op.getAxis(), at = 0;
    for (auto [i, input] : llvm::enumerate(op.getInputs())) {
      int64_t size = rankedType(input).getDimSize(axis);
      if (ShapedType::isDynamic(size))
        return unsupported("a concat of inputs with a dynamic size along its axis");
      if (needed[i])
        dx[i] = g.create<SliceOp>(dy, b().getDenseI64ArrayAttr({at}),
                                  b().getDenseI64ArrayAttr({at + size}),
                                  b().getDenseI64ArrayAttr({axis}), b().getDenseI64ArrayAttr({1}));
      at += size;
    }
    return success();
  }

  // A slice with unit steps: dY padded with zeros back to the input's shape.
  LogicalResult slice(SliceOp op) {
    auto xt = rankedType(op.getInput());
    int64_t rank = xt.getRank();
    SmallVector<int64_t> pads(2 * rank, 0);
    auto yt = rankedType(op.getResult());
    for (auto [k, axisValue] : llvm::enumerate(op.getAxes())) {
      int64_t axis = axisValue < 0 ? axisValue + rank : axisValue;
      if (op.getSteps()[k] != 1)
        return unsupported("a slice with steps other than 1");
      if (xt.isDynamicDim(axis) || rankedType(op.getResult()).isDynamicDim(axis))
        return unsupported("a slice along a dynamic dim");
      int64_t size = xt.getDimSize(axis);
      int64_t start = op.getStarts()[k];
      start = start < 0 ? std::max<int64_t>(0, start + size) : std::min(start, size);
      pads[axis] = start;
      pads[rank + axis] = size - start - yt.getDimSize(axis);
    }
    dx[0] = g.create<PadOp>(dy, b().getDenseI64ArrayAttr(pads), b().getFloatAttr(elementType(), 0.0),
                            b().getStringAttr("constant"));
    return success();
  }

  LogicalResult reduceMean(ReduceMeanOp op) {
    Value x = op.getInput();
    int64_t rank = rankedType(x).getRank();
    SmallVector<int64_t> axes(op.getAxes());
    if (axes.empty())
      for (int64_t i = 0; i < rank; ++i)
        axes.push_back(i);
    Value grad = g.div(dy, g.count(x, elementType(), ArrayRef<int64_t>(axes)));
    if (!op.getKeepdims())
      grad = g.create<UnsqueezeOp>(grad, b().getDenseI64ArrayAttr(axes));
    dx[0] = g.create<ExpandOp>(grad, g.create<ShapeOp>(x));
    return success();
  }

  // Global average pooling: every input position gets dY / (H W).
  LogicalResult globalAvgPool(GlobalAvgPoolOp op) {
    auto xt = rankedType(op.getInput());
    SmallVector<int64_t> spatial;
    for (int64_t i = 2; i < xt.getRank(); ++i)
      spatial.push_back(i);
    Value n = g.count(op.getInput(), elementType(), ArrayRef<int64_t>(spatial));
    dx[0] = g.create<ExpandOp>(g.div(dy, n), g.create<ShapeOp>(op.getInput()));
    return success();
  }

  LogicalResult softmax(SoftmaxOp op) {
    // dx = y * (dy - sum(dy * y)).
    Value y = op.getResult();
    int64_t axis = op.getAxis();
    Value dot = g.create<ReduceSumOp>(g.mul(dy, y), b().getDenseI64ArrayAttr({axis}),
                                      b().getBoolAttr(true));
    dx[0] = g.mul(y, g.sub(dy, dot));
    return success();
  }

  LogicalResult logSoftmax(LogSoftmaxOp op) {
    // dx = dy - softmax(x) * sum(dy).
    int64_t axis = op.getAxis();
    Value total = g.create<ReduceSumOp>(dy, b().getDenseI64ArrayAttr({axis}), b().getBoolAttr(true));
    dx[0] = g.sub(dy, g.mul(g.create<ExpOp>(op.getResult()), total));
    return success();
  }

  LogicalResult unary(Operation *op) {
    Value x = op->getOperand(0), y = op->getResult(0);
    Type et = elementType();
    Value one = nullptr;
    auto ones = [&] { return one ? one : (one = g.scalar(et, 1.0)); };
    Value local = TypeSwitch<Operation *, Value>(op)
        .Case([&](ReluOp) {
          // The mask from the output (y > 0 exactly where x > 0), so the forward keeps only
          // y and its producer can apply the relu in its epilogue.
          return g.create<WhereOp>(g.create<GreaterOp>(y, g.scalar(et, 0.0)), dy,
                                   g.scalar(et, 0.0));
        })
        .Case([&](LeakyReluOp r) {
          Value slope = g.create<WhereOp>(g.create<GreaterOp>(x, g.scalar(et, 0.0)), ones(),
                                          g.scalar(et, r.getAlpha().convertToDouble()));
          return g.mul(dy, slope);
        })
        .Case([&](SigmoidOp) { return g.mul(dy, g.mul(y, g.sub(ones(), y))); })
        .Case([&](TanhOp) { return g.mul(dy, g.sub(ones(), g.mul(y, y))); })
        .Case([&](ExpOp) { return g.mul(dy, y); })
        .Case([&](SoftplusOp) { return g.mul(dy, g.create<SigmoidOp>(x)); })
        .Case([&](AbsOp) { return g.mul(dy, g.create<SignOp>(x)); })
        .Case([&](LogOp) { return g.div(dy, x); })
        .Case([&](SqrtOp) { return g.div(g.scale(dy, 0.5), y); })
        .Case([&](NegOp) { return g.neg(dy); })
        .Case([&](IdentityOp) { return dy; })
        .Case([&](ErfOp) {
          // 2 / sqrt(pi) exp(-x^2).
          return g.mul(dy, g.scale(g.create<ExpOp>(g.neg(g.mul(x, x))), 1.1283791670955126));
        })
        .Case([&](GeluOp gelu) -> Value {
          if (gelu.getApproximate() == "tanh") {
            // y = x/2 (1 + t), t = tanh(u), u = c (x + 0.044715 x^3), c = sqrt(2/pi):
            // dy/dx = (1 + t)/2 + x/2 (1 - t^2) c (1 + 3 0.044715 x^2).
            Value x2 = g.mul(x, x);
            Value u = g.scale(g.add(x, g.scale(g.mul(x2, x), 0.044715)), 0.7978845608028654);
            Value t = g.create<TanhOp>(u);
            Value du = g.scale(g.add(ones(), g.scale(x2, 3 * 0.044715)), 0.7978845608028654);
            Value local = g.add(g.scale(g.add(ones(), t), 0.5),
                                g.mul(g.scale(x, 0.5), g.mul(g.sub(ones(), g.mul(t, t)), du)));
            return g.mul(dy, local);
          }
          // y = x Phi(x): dy/dx = Phi(x) + x phi(x).
          Value phi = g.scale(g.create<ExpOp>(g.scale(g.mul(x, x), -0.5)), 0.3989422804014327);
          Value cdf = g.scale(
              g.add(ones(), g.create<ErfOp>(g.scale(x, 0.7071067811865476))), 0.5);
          return g.mul(dy, g.add(cdf, g.mul(x, phi)));
        })
        .Case([&](SiluOp) {
          // d(x s(x)) = s + x s (1 - s) = s (1 + x (1 - s)).
          Value s = g.create<SigmoidOp>(x);
          return g.mul(dy, g.mul(s, g.add(ones(), g.mul(x, g.sub(ones(), s)))));
        })
        .Default([&](Operation *) { return Value(); });
    if (!local && !g.failed())
      return unsupported("no gradient rule");
    dx[0] = local;
    return success();
  }
};
} // namespace

LogicalResult mcc::differentiate(Operation *op, Value resultGrad, ArrayRef<bool> needed,
                                 GraphBuilder &g, SmallVectorImpl<Value> &operandGrads,
                                 std::string &why) {
  operandGrads.assign(op->getNumOperands(), Value());
  Rules rules{g, resultGrad, needed, operandGrads, why};
  LogicalResult result =
      TypeSwitch<Operation *, LogicalResult>(op)
          .Case<AddOp, SubOp, MulOp, DivOp>([&](Operation *o) { return rules.binary(o); })
          .Case([&](GemmOp o) { return rules.gemm(o); })
          .Case([&](MatMulOp o) { return rules.matmul(o); })
          .Case([&](ConvOp o) { return rules.conv(o); })
          .Case([&](MaxPoolOp o) { return rules.maxPool(o); })
          .Case([&](AvgPoolOp o) { return rules.avgPool(o); })
          .Case([&](LayerNormOp o) { return rules.layerNorm(o); })
          .Case([&](GatherOp o) { return rules.gather(o); })
          .Case([&](WhereOp o) { return rules.where(o); })
          .Case([&](PowOp o) { return rules.pow(o); })
          .Case([&](ConcatOp o) { return rules.concat(o); })
          .Case([&](SliceOp o) { return rules.slice(o); })
          .Case([&](ReduceMeanOp o) { return rules.reduceMean(o); })
          .Case([&](ExpandOp o) {
            operandGrads[0] = g.reduceTo(resultGrad, o.getInput().getType());
            return success();
          })
          .Case([&](GlobalAvgPoolOp o) { return rules.globalAvgPool(o); })
          .Case([&](SoftmaxOp o) { return rules.softmax(o); })
          .Case([&](LogSoftmaxOp o) { return rules.logSoftmax(o); })
          .Case<ReshapeOp, FlattenOp, SqueezeOp, UnsqueezeOp>([&](Operation *o) {
            operandGrads[0] = g.reshapeLike(resultGrad, o->getOperand(0));
            return success();
          })
          .Case([&](TransposeOp o) {
            ArrayRef<int64_t> perm = o.getPerm();
            SmallVector<int64_t> inverse(perm.size());
            for (auto [i, p] : llvm::enumerate(perm))
              inverse[p] = i;
            operandGrads[0] = g.create<TransposeOp>(resultGrad, g.builder().getDenseI64ArrayAttr(inverse));
            return success();
          })
          .Case([&](ReduceSumOp o) {
            // Broadcast back: restore the reduced dims as 1, then expand.
            Value grad = resultGrad;
            if (!o.getKeepdims()) {
              int64_t rank = cast<RankedTensorType>(o.getInput().getType()).getRank();
              SmallVector<int64_t> axes(o.getAxes());
              if (axes.empty())
                for (int64_t i = 0; i < rank; ++i)
                  axes.push_back(i);
              grad = g.create<UnsqueezeOp>(grad, g.builder().getDenseI64ArrayAttr(axes));
            }
            operandGrads[0] = g.create<ExpandOp>(grad, g.create<ShapeOp>(o.getInput()));
            return success();
          })
          .Default([&](Operation *o) { return rules.unary(o); });
  if (succeeded(result) && g.failed())
    return failure();
  return result;
}
