//===- RecurrentLowering.cpp - lstm, gru, rnn to linalg + scf.for ---------===//
//
// Per direction, the input projection of every time step is one matmul,
// X [seq*batch, in] x W^T [in, G*H] starting from the broadcast biases, done
// before the loop. The loop (scf.for over time, walking backwards for the
// reverse direction) carries h (and c) and the y tensor: each step is a
// matmul h x R^T and one linalg.generic applying the gates (two of each for
// GRU without linear_before_reset, whose reset gate multiplies h before the
// matmul), and inserts the new h into y[t, direction]. With sequence_lens, one
// more generic keeps the previous states and writes zeros to y for the batch
// entries whose sequence has ended (for the reverse direction, not begun);
// entries of length 0 end with zero states.
// Gate layouts follow ONNX: LSTM i, o, f, c; GRU z, r, h. LSTM peepholes and
// input_forget, and the activations' alpha and beta, act inside the gate
// generic. Missing biases and initial states are zeros; 16-bit floats compute
// in f32.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

/// One of a cell's activations with its parameters (0 where unused).
struct Activation {
  std::string name; // lower-case
  double alpha, beta;
};

Value applyActivation(OpBuilder &b, Location loc, const Activation &a, Value x) {
  StringRef n = a.name;
  Type t = x.getType();
  auto cst = [&](double v) { return createScalar(b, loc, t, v); };
  auto mul = [&](Value p, Value q) { return arith::MulFOp::create(b, loc, p, q).getResult(); };
  auto add = [&](Value p, Value q) { return arith::AddFOp::create(b, loc, p, q).getResult(); };
  if (n == "sigmoid") {
    Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
    return arith::DivFOp::create(b, loc, cst(1.0), add(cst(1.0), e));
  }
  if (n == "tanh")
    return math::TanhOp::create(b, loc, x);
  if (n == "relu")
    return arith::MaximumFOp::create(b, loc, x, cst(0.0));
  // One statement per op: the order of function arguments' evaluation, and
  // so of the ops created, is unspecified.
  auto scaleShift = [&](Value v, double scale, double shift) {
    Value scaled = mul(v, cst(scale));
    return add(scaled, cst(shift));
  };
  if (n == "affine")
    return scaleShift(x, a.alpha, a.beta);
  if (n == "scaledtanh") {
    Value t = math::TanhOp::create(b, loc, mul(x, cst(a.beta)));
    return mul(cst(a.alpha), t);
  }
  if (n == "hardsigmoid") {
    Value y = scaleShift(x, a.alpha, a.beta);
    return arith::MinimumFOp::create(b, loc, arith::MaximumFOp::create(b, loc, y, cst(0.0)),
                                     cst(1.0));
  }
  if (n == "softsign")
    return arith::DivFOp::create(b, loc, x, add(cst(1.0), math::AbsFOp::create(b, loc, x)));
  if (n == "softplus")
    return math::Log1pOp::create(b, loc, math::ExpOp::create(b, loc, x));
  if (n == "elu") {
    Value e = math::ExpOp::create(b, loc, x);
    Value em1 = arith::SubFOp::create(b, loc, e, cst(1.0));
    Value neg = mul(cst(a.alpha), em1);
    Value pos = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, cst(0.0));
    return arith::SelectOp::create(b, loc, pos, x, neg);
  }
  if (n == "leakyrelu") {
    Value pos = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, cst(0.0));
    return arith::SelectOp::create(b, loc, pos, x, mul(x, cst(a.alpha)));
  }
  assert(n == "thresholdedrelu" && "the op verifier accepts no other activation");
  Value above = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, x, cst(a.alpha));
  return arith::SelectOp::create(b, loc, above, x, cst(0.0));
}

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

/// lhs [M, K] x rhs [K, N] accumulated into init [M, N].
Value matmul(OpBuilder &b, Location loc, Value lhs, Value rhs, Value init) {
  return linalg::MatmulOp::create(b, loc, TypeRange{init.getType()}, ValueRange{lhs, rhs},
                                  ValueRange{init})
      .getResult(0);
}

/// The 2-D transpose of `v` [P, Q] -> [Q, P].
Value transpose2D(OpBuilder &b, Location loc, Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<OpFoldResult> sizes = getSizes(b, loc, v);
  auto t = RankedTensorType::get({type.getDimSize(1), type.getDimSize(0)}, type.getElementType());
  Value init = createEmpty(b, loc, t, {sizes[1], sizes[0]});
  return linalg::TransposeOp::create(b, loc, v, init, ArrayRef<int64_t>{1, 0}).getResult()[0];
}

/// The slice `v[index, ...]` of a tensor, with the leading dim dropped.
Value sliceLeading(OpBuilder &b, Location loc, Value v, OpFoldResult index) {
  auto type = cast<RankedTensorType>(v.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> sizes = getSizes(b, loc, v);
  SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)), strides(rank, b.getIndexAttr(1));
  offsets[0] = index;
  sizes[0] = b.getIndexAttr(1);
  auto sliceType = RankedTensorType::get(type.getShape().drop_front(), type.getElementType());
  return tensor::ExtractSliceOp::create(b, loc, sliceType, v, offsets, sizes, strides);
}

/// Columns [first, first + count) of a 2-D tensor.
Value sliceColumns(OpBuilder &b, Location loc, Value v, int64_t first, int64_t count) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<OpFoldResult> sizes = getSizes(b, loc, v);
  sizes[1] = b.getIndexAttr(count);
  SmallVector<OpFoldResult> offsets{b.getIndexAttr(0), b.getIndexAttr(first)};
  SmallVector<OpFoldResult> strides(2, b.getIndexAttr(1));
  auto sliceType = RankedTensorType::get({type.getDimSize(0), count}, type.getElementType());
  return tensor::ExtractSliceOp::create(b, loc, sliceType, v, offsets, sizes, strides);
}

/// Entries [first, first + count) of a 1-D tensor.
Value slice1D(OpBuilder &b, Location loc, Value v, int64_t first, int64_t count) {
  auto type = cast<RankedTensorType>(v.getType());
  auto sliceType = RankedTensorType::get({count}, type.getElementType());
  return tensor::ExtractSliceOp::create(
      b, loc, sliceType, v, ArrayRef<OpFoldResult>{b.getIndexAttr(first)},
      ArrayRef<OpFoldResult>{b.getIndexAttr(count)}, ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
}

/// A [rows, n] tensor whose every row is the 1-D `row` [n].
Value broadcastRows(OpBuilder &b, Location loc, Value row, OpFoldResult rows) {
  auto rowType = cast<RankedTensorType>(row.getType());
  auto type = RankedTensorType::get({ShapedType::kDynamic, rowType.getDimSize(0)},
                                    rowType.getElementType());
  if (std::optional<int64_t> c = getConstantIntValue(rows))
    type = RankedTensorType::get({*c, rowType.getDimSize(0)}, rowType.getElementType());
  Value init = createEmpty(b, loc, type, {rows, b.getIndexAttr(rowType.getDimSize(0))});
  return linalg::BroadcastOp::create(b, loc, row, init, ArrayRef<int64_t>{0}).getResult()[0];
}

/// Elementwise a + b of two 1-D tensors of the same shape.
Value add1D(OpBuilder &b, Location loc, Value x, Value y) {
  auto type = cast<RankedTensorType>(x.getType());
  Value init = tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
  AffineMap id = b.getMultiDimIdentityMap(1);
  return linalg::GenericOp::create(
             b, loc, type, ValueRange{x, y}, ValueRange{init}, SmallVector<AffineMap>(3, id),
             parallelIterators(1),
             [](OpBuilder &nb, Location nl, ValueRange args) {
               linalg::YieldOp::create(nb, nl,
                                       arith::AddFOp::create(nb, nl, args[0], args[1]).getResult());
             })
      .getResult(0);
}

/// `v` with its elements converted to the float type `to` (extf / truncf).
Value convertElements(OpBuilder &b, Location loc, Value v, Type to) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getElementType() == to)
    return v;
  auto newType = RankedTensorType::get(type.getShape(), to);
  unsigned rank = type.getRank();
  Value init = createEmpty(b, loc, newType, getSizes(b, loc, v));
  AffineMap id = b.getMultiDimIdentityMap(rank);
  return linalg::GenericOp::create(
             b, loc, newType, ValueRange{v}, ValueRange{init}, SmallVector<AffineMap>{id, id},
             parallelIterators(rank),
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               Value r = to.getIntOrFloatBitWidth() > args[0].getType().getIntOrFloatBitWidth()
                             ? arith::ExtFOp::create(nb, nl, to, args[0]).getResult()
                             : arith::TruncFOp::create(nb, nl, to, args[0]).getResult();
               linalg::YieldOp::create(nb, nl, r);
             })
      .getResult(0);
}

/// The input projection of every step, x [seq, batch, in] x wt [in, G*H]
/// (+ `bias` [G*H] when given), as [seq, batch, G*H]. One matmul on x
/// collapsed to [seq*batch, in] where at most one of seq and batch is
/// dynamic; otherwise a 3-D contraction, because the expand_shape back to
/// [seq, batch, G*H] (or the one elementwise fusion makes when it propagates
/// the collapse) would have two dynamic dims in one group, which LLVM 22's
/// expand-strided-metadata crashes on (llvm/llvm-project#186830).
Value inputProjection(OpBuilder &b, Location loc, Value x, Value wt, Value bias, OpFoldResult seq,
                      OpFoldResult batch) {
  MLIRContext *ctx = b.getContext();
  auto xType = cast<RankedTensorType>(x.getType());
  Type element = xType.getElementType();
  int64_t gh = cast<RankedTensorType>(wt.getType()).getDimSize(1);
  auto projType = RankedTensorType::get({xType.getDimSize(0), xType.getDimSize(1), gh}, element);
  SmallVector<OpFoldResult> projSizes{seq, batch, b.getIndexAttr(gh)};
  auto initFor = [&](RankedTensorType type, ArrayRef<OpFoldResult> sizes) -> Value {
    if (!bias)
      return createFilled(b, loc, type, sizes, b.getZeroAttr(element));
    SmallVector<int64_t> dims;
    for (int64_t d = 0; d + 1 < type.getRank(); ++d)
      dims.push_back(d);
    return linalg::BroadcastOp::create(b, loc, bias, createEmpty(b, loc, type, sizes), dims)
        .getResult()[0];
  };
  if (!xType.isDynamicDim(0) || !xType.isDynamicDim(1)) {
    SmallVector<ReassociationIndices> reassoc{{0, 1}, {2}};
    Value flat = tensor::CollapseShapeOp::create(b, loc, x, reassoc);
    auto flatType =
        RankedTensorType::get({cast<RankedTensorType>(flat.getType()).getDimSize(0), gh}, element);
    Value init = initFor(flatType, {mulIndex(b, loc, seq, batch), b.getIndexAttr(gh)});
    Value proj = matmul(b, loc, flat, wt, init);
    return tensor::ExpandShapeOp::create(b, loc, projType, proj, reassoc, projSizes);
  }
  // proj[s, b, n] += x[s, b, k] * wt[k, n]
  AffineExpr s, bb, n, k;
  bindDims(ctx, s, bb, n, k);
  SmallVector<AffineMap> maps{AffineMap::get(4, 0, {s, bb, k}, ctx),
                              AffineMap::get(4, 0, {k, n}, ctx),
                              AffineMap::get(4, 0, {s, bb, n}, ctx)};
  SmallVector<utils::IteratorType> iters = parallelIterators(4);
  iters[3] = utils::IteratorType::reduction;
  return linalg::GenericOp::create(b, loc, projType, ValueRange{x, wt},
                                   ValueRange{initFor(projType, projSizes)}, maps, iters,
                                   [](OpBuilder &nb, Location nl, ValueRange args) {
                                     Value prod = arith::MulFOp::create(nb, nl, args[0], args[1]);
                                     linalg::YieldOp::create(
                                         nb, nl,
                                         arith::AddFOp::create(nb, nl, args[2], prod).getResult());
                                   })
      .getResult(0);
}

/// An elementwise linalg.generic over [batch, H] tensors writing into
/// `inits`; `body` maps the input scalars to the result scalars.
SmallVector<Value>
gateGeneric(OpBuilder &b, Location loc, ValueRange inputs, ValueRange inits,
            function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)> body) {
  AffineMap id = b.getMultiDimIdentityMap(2);
  auto op = linalg::GenericOp::create(
      b, loc, inits.getTypes(), inputs, inits,
      SmallVector<AffineMap>(inputs.size() + inits.size(), id), parallelIterators(2),
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        linalg::YieldOp::create(nb, nl, body(nb, nl, args.take_front(inputs.size())));
      });
  return SmallVector<Value>(op.getResults());
}

/// For variable-length sequences: step `t`'s new states where t < the batch
/// entry's length (`lensRows` [batch, H], each row one length), the previous
/// ones elsewhere; then the y row, zero past the length.
SmallVector<Value> maskStep(OpBuilder &b, Location loc, Value t, Value lensRows, ValueRange next,
                            ValueRange prev, function_ref<Value()> fresh) {
  SmallVector<Value> ins{lensRows};
  ins.append(next.begin(), next.end());
  ins.append(prev.begin(), prev.end());
  SmallVector<Value> inits;
  for (size_t k = 0; k <= next.size(); ++k)
    inits.push_back(fresh());
  size_t n = next.size();
  return gateGeneric(
      b, loc, ins, inits, [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
        Value step = arith::IndexCastOp::create(nb, nl, a[0].getType(), t);
        Value active = arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::slt, step, a[0]);
        SmallVector<Value> out;
        for (size_t k = 0; k < n; ++k)
          out.push_back(arith::SelectOp::create(nb, nl, active, a[1 + k], a[1 + n + k]));
        Value zero = createScalar(nb, nl, a[1].getType(), 0.0);
        out.push_back(arith::SelectOp::create(nb, nl, active, a[1], zero));
        return out;
      });
}

/// The final `state` with zeros for the batch entries of length 0, as ONNX
/// Runtime gives them (rather than the initial state).
Value zeroEmptySequences(OpBuilder &b, Location loc, Value lensRows, Value state, Value init) {
  return gateGeneric(b, loc, {lensRows, state}, {init},
                     [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
                       Value zeroLen = createScalar(nb, nl, a[0].getType(), 0);
                       Value empty =
                           arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::sle, a[0], zeroLen);
                       Value zero = createScalar(nb, nl, a[1].getType(), 0.0);
                       return {arith::SelectOp::create(nb, nl, empty, zero, a[1]).getResult()};
                     })[0];
}

//===----------------------------------------------------------------------===//
// The pattern
//===----------------------------------------------------------------------===//

enum class Cell { Lstm, Gru, Rnn };

template <typename OpTy> struct RecurrentToLoop : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpTy::Adaptor;
  static constexpr Cell cell = std::is_same_v<OpTy, LstmOp>  ? Cell::Lstm
                               : std::is_same_v<OpTy, GruOp> ? Cell::Gru
                                                             : Cell::Rnn;
  static constexpr int64_t numGates = cell == Cell::Lstm ? 4 : cell == Cell::Gru ? 3 : 1;
  static constexpr int64_t numActivations = cell == Cell::Lstm ? 3 : cell == Cell::Gru ? 2 : 1;

  static Value getInitialC(OpAdaptor adaptor) {
    if constexpr (cell == Cell::Lstm)
      return adaptor.getInitialC();
    return nullptr;
  }
  static Value getPeepholes(OpAdaptor adaptor) {
    if constexpr (cell == Cell::Lstm)
      return adaptor.getP();
    return nullptr;
  }
  static bool inputForget(OpTy op) {
    if constexpr (cell == Cell::Lstm)
      return op.getInputForget();
    return false;
  }
  static bool linearBeforeReset(OpTy op) {
    if constexpr (cell == Cell::Gru)
      return op.getLinearBeforeReset();
    return false;
  }

  LogicalResult matchAndRewrite(OpTy op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Type opElement = cast<RankedTensorType>(adaptor.getInput().getType()).getElementType();
    if (!isa<FloatType>(opElement))
      return rewriter.notifyMatchFailure(op, "float sequences only");
    int64_t h = op.getHiddenSize(), g = numGates, gh = g * h;
    int64_t dirs = op.getNumDirections();
    bool reverseOnly = op.getDirection() == "reverse";
    SmallVector<Activation> acts;
    for (auto [i, a] : llvm::enumerate(op.getActivations())) {
      auto [alpha, beta] = op.getActivationParameters(i);
      acts.push_back({cast<StringAttr>(a).getValue().lower(), alpha, beta});
    }
    if ((int64_t)acts.size() != dirs * numActivations)
      return rewriter.notifyMatchFailure(op, "wrong number of activations");

    // 16-bit floats compute in f32 throughout (operands widened here,
    // results rounded at the end).
    Type element = getAccumulatorType(opElement);
    auto widen = [&](Value v) { return v ? convertElements(b, loc, v, element) : v; };
    Value x = widen(adaptor.getInput()), w = widen(adaptor.getW()), r = widen(adaptor.getR());
    Value bOperand = widen(adaptor.getB()), initialH = widen(adaptor.getInitialH()),
          initialC = widen(getInitialC(adaptor)), peepholes = widen(getPeepholes(adaptor));
    // The weights as the shapes the op implies ([dirs, G*H, in], [dirs, G*H,
    // H], [dirs, 2*G*H]), however dynamic their types: hidden_size fixes them.
    auto xType = cast<RankedTensorType>(x.getType());
    auto wType = cast<RankedTensorType>(w.getType());
    int64_t inSize = xType.isDynamicDim(2) ? wType.getDimSize(2) : xType.getDimSize(2);
    auto withShape = [&](Value v, ArrayRef<int64_t> shape) -> Value {
      return v ? castToType(b, loc, v, RankedTensorType::get(shape, element)) : v;
    };
    x = withShape(x, {xType.getDimSize(0), xType.getDimSize(1), inSize});
    xType = cast<RankedTensorType>(x.getType());
    w = withShape(w, {dirs, gh, inSize});
    r = withShape(r, {dirs, gh, h});
    bOperand = withShape(bOperand, {dirs, 2 * gh});
    initialH = withShape(initialH, {dirs, xType.getDimSize(1), h});
    initialC = withShape(initialC, {dirs, xType.getDimSize(1), h});
    peepholes = withShape(peepholes, {dirs, 3 * h});
    std::optional<double> clip;
    if (auto c = op.getClip())
      clip = c->convertToDouble();
    // Each batch entry's length, one per row of a [batch, H] tensor.
    Value lensRows;
    if (Value lens = adaptor.getSequenceLens()) {
      auto lensType = cast<RankedTensorType>(lens.getType());
      auto rowsType = RankedTensorType::get({xType.getDimSize(1), h}, lensType.getElementType());
      lens = castToType(b, loc, lens,
                        RankedTensorType::get({xType.getDimSize(1)}, lensType.getElementType()));
      Value init = createEmpty(b, loc, rowsType, {getSizes(b, loc, x)[1], b.getIndexAttr(h)});
      lensRows =
          linalg::BroadcastOp::create(b, loc, lens, init, ArrayRef<int64_t>{1}).getResult()[0];
    }

    SmallVector<OpFoldResult> xSizes = getSizes(b, loc, x);
    OpFoldResult seq = xSizes[0], batch = xSizes[1];
    auto stateType = RankedTensorType::get({xType.getDimSize(1), h}, element);
    auto yType = cast<RankedTensorType>(op.getY().getType());
    auto yhType = cast<RankedTensorType>(op.getYH().getType());
    // y and the final states, as the loops compute them (then cast).
    auto yCompType =
        RankedTensorType::get({xType.getDimSize(0), dirs, xType.getDimSize(1), h}, element);
    auto stateOutType = RankedTensorType::get({dirs, xType.getDimSize(1), h}, element);
    Value y = createEmpty(b, loc, yCompType, {seq, b.getIndexAttr(dirs), batch, b.getIndexAttr(h)});
    Value yh = createEmpty(b, loc, stateOutType, {b.getIndexAttr(dirs), batch, b.getIndexAttr(h)});
    Value yc = cell == Cell::Lstm ? createEmpty(b, loc, stateOutType,
                                                {b.getIndexAttr(dirs), batch, b.getIndexAttr(h)})
                                  : Value();

    for (int64_t d = 0; d < dirs; ++d) {
      bool reverse = reverseOnly || d == 1;
      ArrayRef<Activation> dirActs = ArrayRef(acts).slice(d * numActivations, numActivations);
      OpFoldResult di = b.getIndexAttr(d);
      Value wt = transpose2D(b, loc, sliceLeading(b, loc, w, di)); // [in, G*H]
      Value rt = transpose2D(b, loc, sliceLeading(b, loc, r, di)); // [H, G*H]

      // Biases: what can be added to the input projection, and (GRU with
      // linear_before_reset) the recurrence bias of the h gate, which the
      // reset gate multiplies.
      Value xBias, hBias;
      if (Value bias = bOperand) {
        Value bd = sliceLeading(b, loc, bias, di); // [2*G*H]
        Value wb = slice1D(b, loc, bd, 0, gh), rb = slice1D(b, loc, bd, gh, gh);
        xBias = add1D(b, loc, wb, rb);
        if (linearBeforeReset(op)) {
          // The h gate's input bias alone: its recurrence bias goes inside.
          xBias = tensor::InsertSliceOp::create(b, loc, slice1D(b, loc, wb, 2 * h, h), xBias,
                                                ArrayRef<OpFoldResult>{b.getIndexAttr(2 * h)},
                                                ArrayRef<OpFoldResult>{b.getIndexAttr(h)},
                                                ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
          hBias = slice1D(b, loc, rb, 2 * h, h);
        }
      }

      // Input projection of all steps: [seq, batch, G*H].
      Value proj = inputProjection(b, loc, x, wt, xBias, seq, batch);

      // Initial states.
      auto initialState = [&](Value given) -> Value {
        if (given) {
          // A copy: the loop updates its states in place, and the given
          // ones belong to the caller.
          Value init = createEmpty(b, loc, stateType, {batch, b.getIndexAttr(h)});
          Value slice = castToType(b, loc, sliceLeading(b, loc, given, di), stateType);
          return linalg::CopyOp::create(b, loc, slice, init).getResult(0);
        }
        return createFilled(b, loc, stateType, {batch, b.getIndexAttr(h)}, b.getZeroAttr(element));
      };
      Value h0 = initialState(initialH);
      Value c0 = cell == Cell::Lstm ? initialState(initialC) : Value();
      // Bias of the recurrence matmul's h gate, broadcast over the batch.
      Value hBiasRows = hBias ? castToType(b, loc, broadcastRows(b, loc, hBias, batch),
                                           RankedTensorType::get({xType.getDimSize(1), h}, element))
                              : Value();
      // LSTM peepholes p_i, p_o, p_f broadcast over the batch: [batch, 3H].
      Value peepholeRows =
          peepholes ? castToType(b, loc,
                                 broadcastRows(b, loc, sliceLeading(b, loc, peepholes, di), batch),
                                 RankedTensorType::get({xType.getDimSize(1), 3 * h}, element))
                    : Value();

      Value lb = arith::ConstantIndexOp::create(b, loc, 0);
      Value ub = toValue(b, loc, seq);
      Value step = arith::ConstantIndexOp::create(b, loc, 1);
      SmallVector<Value> iterArgs{h0};
      if (c0)
        iterArgs.push_back(c0);
      iterArgs.push_back(y);
      auto loop = scf::ForOp::create(
          b, loc, lb, ub, step, iterArgs,
          [&](OpBuilder &lbld, Location l, Value iv, ValueRange args) {
            Value t = iv;
            if (reverse)
              t = arith::SubIOp::create(lbld, l, arith::SubIOp::create(lbld, l, ub, iv),
                                        arith::ConstantIndexOp::create(lbld, l, 1));
            Value hPrev = args[0];
            Value cPrev = c0 ? args[1] : Value();
            Value yAcc = args.back();
            Value xt = sliceLeading(lbld, l, proj, t); // [batch, G*H]
            SmallVector<Value> hNew = buildStep(lbld, l, op, xt, hPrev, cPrev, rt, hBiasRows,
                                                peepholeRows, stateType, batch, dirActs, clip);
            Value yRow = hNew[0];
            if (lensRows) {
              hNew = maskStep(lbld, l, t, lensRows, hNew, args.drop_back(), [&] {
                return createEmpty(lbld, l, stateType, {batch, lbld.getIndexAttr(h)});
              });
              yRow = hNew.pop_back_val();
            }
            // y[t, d] = h
            SmallVector<OpFoldResult> offsets{t, lbld.getIndexAttr(d), lbld.getIndexAttr(0),
                                              lbld.getIndexAttr(0)};
            SmallVector<OpFoldResult> sizes{lbld.getIndexAttr(1), lbld.getIndexAttr(1), batch,
                                            lbld.getIndexAttr(h)};
            SmallVector<OpFoldResult> strides(4, lbld.getIndexAttr(1));
            Value yNext =
                tensor::InsertSliceOp::create(lbld, l, yRow, yAcc, offsets, sizes, strides);
            // The new states are copied over the previous ones so that each
            // iter_arg stays one buffer (one-shot bufferization wants
            // yielded values equivalent to the iter_args); the gate
            // generics' own outputs are not kept in place by elementwise
            // fusion, which replaces unread outs with fresh tensors.
            SmallVector<Value> yields;
            for (auto [next, prev] : llvm::zip(hNew, args.drop_back()))
              yields.push_back(linalg::CopyOp::create(lbld, l, next, prev).getResult(0));
            yields.push_back(yNext);
            scf::YieldOp::create(lbld, l, yields);
          });
      y = loop.getResults().back();
      auto insertState = [&](Value state, Value into) -> Value {
        if (lensRows)
          state = zeroEmptySequences(b, loc, lensRows, state,
                                     createEmpty(b, loc, stateType, {batch, b.getIndexAttr(h)}));
        SmallVector<OpFoldResult> offsets{di, b.getIndexAttr(0), b.getIndexAttr(0)};
        SmallVector<OpFoldResult> sizes{b.getIndexAttr(1), batch, b.getIndexAttr(h)};
        SmallVector<OpFoldResult> strides(3, b.getIndexAttr(1));
        return tensor::InsertSliceOp::create(b, loc, state, into, offsets, sizes, strides);
      };
      yh = insertState(loop.getResult(0), yh);
      if (yc)
        yc = insertState(loop.getResult(1), yc);
    }

    auto narrow = [&](Value v) { return convertElements(b, loc, v, opElement); };
    SmallVector<Value> results{castToType(b, loc, narrow(y), yType),
                               castToType(b, loc, narrow(yh), yhType)};
    if (yc)
      results.push_back(castToType(b, loc, narrow(yc), op->getResult(2).getType()));
    rewriter.replaceOp(op, results);
    return success();
  }

  /// One time step: given this step's input projection xt [batch, G*H] and
  /// the previous states, the new h (and c).
  static SmallVector<Value> buildStep(OpBuilder &b, Location loc, OpTy op, Value xt, Value hPrev,
                                      Value cPrev, Value rt, Value hBiasRows, Value peepholeRows,
                                      RankedTensorType stateType, OpFoldResult batch,
                                      ArrayRef<Activation> acts, std::optional<double> clip) {
    int64_t h = op.getHiddenSize();
    Type element = stateType.getElementType();
    auto act = [&](OpBuilder &nb, Location nl, const Activation &a, Value v) {
      if (clip) {
        Value hi = createScalar(nb, nl, element, *clip);
        Value lo = createScalar(nb, nl, element, -*clip);
        v = arith::MinimumFOp::create(nb, nl, arith::MaximumFOp::create(nb, nl, v, lo), hi);
      }
      return applyActivation(nb, nl, a, v);
    };
    auto add = [](OpBuilder &nb, Location nl, Value p, Value q) {
      return arith::AddFOp::create(nb, nl, p, q).getResult();
    };
    auto mul = [](OpBuilder &nb, Location nl, Value p, Value q) {
      return arith::MulFOp::create(nb, nl, p, q).getResult();
    };
    // hPrev [batch, H] x rt[:, cols] [H, n] -> [batch, n], accumulated into
    // `init` when given.
    auto recur = [&](Value lhs, int64_t first, int64_t count, Value init) {
      Value rhs = first == 0 && count == cast<RankedTensorType>(rt.getType()).getDimSize(1)
                      ? rt
                      : sliceColumns(b, loc, rt, first, count);
      auto type = RankedTensorType::get({stateType.getDimSize(0), count}, element);
      if (!init)
        init = createFilled(b, loc, type, {batch, b.getIndexAttr(count)}, b.getZeroAttr(element));
      return matmul(b, loc, lhs, rhs, init);
    };
    auto gate = [&](Value v, int64_t k) { return sliceColumns(b, loc, v, k * h, h); };
    auto fresh = [&] { return createEmpty(b, loc, stateType, {batch, b.getIndexAttr(h)}); };

    if constexpr (cell == Cell::Lstm) {
      Value hr = recur(hPrev, 0, 4 * h, nullptr);
      SmallVector<Value> ins;
      for (int64_t k = 0; k < 4; ++k)
        ins.push_back(gate(xt, k));
      for (int64_t k = 0; k < 4; ++k)
        ins.push_back(gate(hr, k));
      if (peepholeRows)
        for (int64_t k = 0; k < 3; ++k)
          ins.push_back(gate(peepholeRows, k));
      ins.push_back(cPrev);
      bool coupled = inputForget(op);
      return gateGeneric(
          b, loc, ins, {fresh(), fresh()},
          [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
            // ONNX order i, o, f, c; activations f, g, h. Peepholes (order
            // i, o, f) add p * c before the gates' activation: the previous c
            // for i and f, the new one for o.
            Value c0 = a.back();
            auto peep = [&](int64_t k, Value sum, Value c) {
              return peepholeRows ? add(nb, nl, sum, mul(nb, nl, a[8 + k], c)) : sum;
            };
            Value i = act(nb, nl, acts[0], peep(0, add(nb, nl, a[0], a[4]), c0));
            // input_forget couples the gates: f = 1 - i.
            Value f = coupled ? arith::SubFOp::create(nb, nl, createScalar(nb, nl, element, 1.0), i)
                                    .getResult()
                              : act(nb, nl, acts[0], peep(2, add(nb, nl, a[2], a[6]), c0));
            Value c = act(nb, nl, acts[1], add(nb, nl, a[3], a[7]));
            Value kept = mul(nb, nl, f, c0);
            Value cNew = add(nb, nl, kept, mul(nb, nl, i, c));
            Value o = act(nb, nl, acts[0], peep(1, add(nb, nl, a[1], a[5]), cNew));
            Value hNew = mul(nb, nl, o, applyActivation(nb, nl, acts[2], cNew));
            return {hNew, cNew};
          });
    } else if constexpr (cell == Cell::Rnn) {
      Value hr = recur(hPrev, 0, h, nullptr);
      return gateGeneric(b, loc, {xt, hr}, {fresh()},
                         [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
                           return {act(nb, nl, acts[0], add(nb, nl, a[0], a[1]))};
                         });
    } else {
      // GRU: z = f(xz + hz), r = f(xr + hr),
      //   linear_before_reset: n = g(xn + r * (h Rn^T + Rbn))
      //   otherwise:           n = g(xn + (r * h) Rn^T)
      // h' = (1 - z) * n + z * h.
      auto finish = [&](OpBuilder &nb, Location nl, Value z, Value n, Value hp) {
        Value one = createScalar(nb, nl, element, 1.0);
        Value keep = arith::SubFOp::create(nb, nl, one, z);
        return add(nb, nl, mul(nb, nl, keep, n), mul(nb, nl, z, hp));
      };
      if (linearBeforeReset(op)) {
        Value hzr = recur(hPrev, 0, 2 * h, nullptr);
        Value hn = recur(hPrev, 2 * h, h, hBiasRows);
        SmallVector<Value> ins{gate(xt, 0),  gate(xt, 1), gate(xt, 2), gate(hzr, 0),
                               gate(hzr, 1), hn,          hPrev};
        return gateGeneric(b, loc, ins, {fresh()},
                           [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
                             Value z = act(nb, nl, acts[0], add(nb, nl, a[0], a[3]));
                             Value rr = act(nb, nl, acts[0], add(nb, nl, a[1], a[4]));
                             Value n =
                                 act(nb, nl, acts[1], add(nb, nl, a[2], mul(nb, nl, rr, a[5])));
                             return {finish(nb, nl, z, n, a[6])};
                           });
      }
      Value hzr = recur(hPrev, 0, 2 * h, nullptr);
      Value rh = gateGeneric(b, loc, {gate(xt, 1), gate(hzr, 1), hPrev}, {fresh()},
                             [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
                               Value rr = act(nb, nl, acts[0], add(nb, nl, a[0], a[1]));
                               return {mul(nb, nl, rr, a[2])};
                             })[0];
      Value hn = recur(rh, 2 * h, h, nullptr);
      SmallVector<Value> ins{gate(xt, 0), gate(hzr, 0), gate(xt, 2), hn, hPrev};
      return gateGeneric(b, loc, ins, {fresh()},
                         [&](OpBuilder &nb, Location nl, ValueRange a) -> SmallVector<Value> {
                           Value z = act(nb, nl, acts[0], add(nb, nl, a[0], a[1]));
                           Value n = act(nb, nl, acts[1], add(nb, nl, a[2], a[3]));
                           return {finish(nb, nl, z, n, a[4])};
                         });
    }
  }
};

} // namespace

void mcc::populateRecurrentLowering(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<RecurrentToLoop<LstmOp>, RecurrentToLoop<GruOp>, RecurrentToLoop<RnnOp>>(ctx);
}
