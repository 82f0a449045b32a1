//===- UnrollRecurrent.cpp - lstm, gru, rnn as one cell per time step -----===//
//
// Training differentiates a recurrent op through its time steps (backprop
// through time). Rather than a hand-written reverse loop, the op is unrolled
// into the mcc ops of each cell, whose gradient rules already exist and are
// checked one by one:
//
//   proj   = input W^T + biases              (one matmul for all steps)
//   per step t (backwards for the reverse direction):
//     LSTM  gates = proj[t] + h R^T;  i, o, f = f(..), c~ = g(..)
//           c = f * c + i * c~;  h = o * h(c)    (peepholes, input_forget)
//     GRU   z, r = f(proj[t] + h R_zr^T + Rb_zr)
//           h~ = g(proj_h[t] + (r * h) R_h^T + Rb_h)   (or r * (h R_h^T + Rb_h)
//                                                       with linear_before_reset)
//           h = (1 - z) * h~ + z * h
//     RNN   h = f(proj[t] + h R^T)
//   y = the h of every step, stacked in time order; y_h, y_c the last ones.
//
// The unrolled graph is as long as the sequence, so it needs a static
// sequence length; sequence_lens, clip and activations other than sigmoid,
// tanh and relu keep the op whole (and training then says it has no rule).
// A missing initial state is zero, so the first step's recurrence terms are
// simply left out.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/GraphBuilder.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mcc {
#define GEN_PASS_DEF_UNROLLRECURRENT
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {

/// Builds one direction's cells over the sequence with the mcc ops of `g`.
class CellBuilder {
public:
  CellBuilder(GraphBuilder &g) : g(g), b(g.builder()) {}

  Value slice(Value v, int64_t axis, int64_t start, int64_t end) {
    return g.create<SliceOp>(v, b.getDenseI64ArrayAttr({start}), b.getDenseI64ArrayAttr({end}),
                             b.getDenseI64ArrayAttr({axis}), b.getDenseI64ArrayAttr({1}));
  }
  /// `v[index]` along `axis`, that dim removed.
  Value take(Value v, int64_t axis, int64_t index) {
    return g.create<SqueezeOp>(slice(v, axis, index, index + 1), b.getDenseI64ArrayAttr({axis}));
  }
  Value unsqueeze(Value v, int64_t axis) {
    return g.create<UnsqueezeOp>(v, b.getDenseI64ArrayAttr({axis}));
  }
  Value concat(ValueRange values, int64_t axis) {
    return values.size() == 1 ? values.front() : g.create<ConcatOp>(values, b.getI64IntegerAttr(axis));
  }
  /// `x w^T` for a 2-D `x` [batch, K] and `w` [N, K].
  Value linear(Value x, Value w) {
    return g.create<GemmOp>(x, w, Value(), b.getF64FloatAttr(1.0), b.getF64FloatAttr(1.0),
                            b.getBoolAttr(false), b.getBoolAttr(true));
  }
  /// `x w^T` for `x` [seq, batch, K]: every step's input projection at once.
  Value project(Value x, Value w) {
    return g.create<MatMulOp>(x, g.create<TransposeOp>(w, b.getDenseI64ArrayAttr({1, 0})));
  }
  Value activate(StringRef name, Value x) {
    if (name == "sigmoid")
      return g.create<SigmoidOp>(x);
    if (name == "tanh")
      return g.create<TanhOp>(x);
    return g.create<ReluOp>(x);
  }
  /// `a + b`, or `a` when `b` is absent (a zero initial state's term).
  Value addMaybe(Value a, Value maybe) { return maybe ? g.add(a, maybe) : a; }
  Value one(Value like) { return g.scalar(getElementTypeOrSelf(like.getType()), 1.0); }

  GraphBuilder &g;
  OpBuilder &b;
};

/// A recurrent op's weights for direction `d`: w [G*H, in], r [G*H, H], the
/// input and recurrence biases [G*H] (null without `b`), and the initial
/// states [batch, H] (null when absent).
struct Direction {
  Value w, r, wb, rb, h, c, p;
  bool reverse;
};

template <typename OpTy>
Direction directionWeights(OpTy op, CellBuilder &cb, int64_t d, Value initialC, Value peepholes) {
  int64_t gh = OpTy::getNumGates() * op.getHiddenSize();
  Direction dir;
  dir.w = cb.take(op.getW(), 0, d);
  dir.r = cb.take(op.getR(), 0, d);
  if (op.getB()) {
    Value bias = cb.take(op.getB(), 0, d);
    dir.wb = cb.slice(bias, 0, 0, gh);
    dir.rb = cb.slice(bias, 0, gh, 2 * gh);
  }
  if (op.getInitialH())
    dir.h = cb.take(op.getInitialH(), 0, d);
  if (initialC)
    dir.c = cb.take(initialC, 0, d);
  if (peepholes)
    dir.p = cb.take(peepholes, 0, d);
  dir.reverse = op.getDirection() == "reverse" || (op.getDirection() == "bidirectional" && d == 1);
  return dir;
}

/// Why `op` cannot be unrolled, or "" when it can.
template <typename OpTy> std::string whyNotUnrollable(OpTy op) {
  auto input = cast<RankedTensorType>(op.getInput().getType());
  if (input.isDynamicDim(0))
    return "its sequence length is dynamic";
  if (op.getSequenceLens())
    return "it has sequence_lens";
  if (op.getClip())
    return "it clips";
  for (Attribute a : op.getActivations()) {
    std::string name = cast<StringAttr>(a).getValue().lower();
    if (name != "sigmoid" && name != "tanh" && name != "relu")
      return "its activation " + name + " is not sigmoid, tanh or relu";
  }
  return "";
}

std::string activationName(ArrayAttr activations, unsigned index) {
  return cast<StringAttr>(activations[index]).getValue().lower();
}

/// The time steps in the order `dir` visits them.
SmallVector<int64_t> stepOrder(Operation *op, const Direction &dir) {
  int64_t seq = cast<RankedTensorType>(op->getOperand(0).getType()).getDimSize(0);
  SmallVector<int64_t> order;
  for (int64_t k = 0; k < seq; ++k)
    order.push_back(dir.reverse ? seq - 1 - k : k);
  return order;
}

/// The states of one direction after every step: hs[t] in time order, and the
/// last c for LSTM.
struct Unrolled {
  SmallVector<Value> hs;
  Value lastC;
};

Unrolled unrollLstm(LstmOp op, CellBuilder &cb, const Direction &dir, int64_t d) {
  GraphBuilder &g = cb.g;
  int64_t hidden = op.getHiddenSize();
  ArrayAttr acts = op.getActivations();
  std::string f = activationName(acts, 3 * d), gAct = activationName(acts, 3 * d + 1),
              hAct = activationName(acts, 3 * d + 2);
  Value proj = cb.project(op.getInput(), dir.w);
  if (dir.wb)
    proj = g.add(proj, g.add(dir.wb, dir.rb));
  Value pi, po, pf;
  if (dir.p) {
    pi = cb.slice(dir.p, 0, 0, hidden);
    po = cb.slice(dir.p, 0, hidden, 2 * hidden);
    pf = cb.slice(dir.p, 0, 2 * hidden, 3 * hidden);
  }
  Unrolled out;
  SmallVector<int64_t> order = stepOrder(op, dir);
  out.hs.resize(order.size());
  Value h = dir.h, c = dir.c;
  for (int64_t t : order) {
    Value gates = cb.take(proj, 0, t);
    if (h)
      gates = g.add(gates, cb.linear(h, dir.r));
    auto gate = [&](int64_t index) { return cb.slice(gates, 1, index * hidden, (index + 1) * hidden); };
    Value iIn = gate(0), oIn = gate(1), fIn = gate(2), cIn = gate(3);
    if (pi && c) {
      iIn = g.add(iIn, g.mul(pi, c));
      fIn = g.add(fIn, g.mul(pf, c));
    }
    Value i = cb.activate(f, iIn);
    Value forget = op.getInputForget() ? g.sub(cb.one(i), i) : cb.activate(f, fIn);
    Value candidate = cb.activate(gAct, cIn);
    Value kept = c ? g.mul(forget, c) : Value();
    c = cb.addMaybe(g.mul(i, candidate), kept);
    if (po)
      oIn = g.add(oIn, g.mul(po, c));
    h = g.mul(cb.activate(f, oIn), cb.activate(hAct, c));
    out.hs[t] = h;
  }
  out.lastC = c;
  return out;
}

Unrolled unrollGru(GruOp op, CellBuilder &cb, const Direction &dir, int64_t d) {
  GraphBuilder &g = cb.g;
  int64_t hidden = op.getHiddenSize();
  ArrayAttr acts = op.getActivations();
  std::string f = activationName(acts, 2 * d), gAct = activationName(acts, 2 * d + 1);
  Value proj = cb.project(op.getInput(), dir.w);
  if (dir.wb)
    proj = g.add(proj, dir.wb);
  Value rZr = cb.slice(dir.r, 0, 0, 2 * hidden), rH = cb.slice(dir.r, 0, 2 * hidden, 3 * hidden);
  Value rbZr, rbH;
  if (dir.rb) {
    rbZr = cb.slice(dir.rb, 0, 0, 2 * hidden);
    rbH = cb.slice(dir.rb, 0, 2 * hidden, 3 * hidden);
  }
  Unrolled out;
  SmallVector<int64_t> order = stepOrder(op, dir);
  out.hs.resize(order.size());
  Value h = dir.h;
  for (int64_t t : order) {
    Value step = cb.take(proj, 0, t);
    Value zr = cb.addMaybe(cb.slice(step, 1, 0, 2 * hidden), rbZr);
    if (h)
      zr = g.add(zr, cb.linear(h, rZr));
    Value z = cb.activate(f, cb.slice(zr, 1, 0, hidden));
    Value r = cb.activate(f, cb.slice(zr, 1, hidden, 2 * hidden));
    Value hIn = cb.slice(step, 1, 2 * hidden, 3 * hidden);
    Value recurrence; // the reset-gated recurrence term, absent for a zero h without bias
    if (op.getLinearBeforeReset()) {
      Value hr = h ? cb.addMaybe(cb.linear(h, rH), rbH) : rbH;
      recurrence = hr ? g.mul(r, hr) : Value();
    } else {
      recurrence = h ? cb.addMaybe(cb.linear(g.mul(r, h), rH), rbH) : rbH;
    }
    Value candidate = cb.activate(gAct, cb.addMaybe(hIn, recurrence));
    Value next = g.mul(g.sub(cb.one(z), z), candidate);
    h = h ? g.add(next, g.mul(z, h)) : next;
    out.hs[t] = h;
  }
  return out;
}

Unrolled unrollRnn(RnnOp op, CellBuilder &cb, const Direction &dir, int64_t d) {
  GraphBuilder &g = cb.g;
  std::string f = activationName(op.getActivations(), d);
  Value proj = cb.project(op.getInput(), dir.w);
  if (dir.wb)
    proj = g.add(proj, g.add(dir.wb, dir.rb));
  Unrolled out;
  SmallVector<int64_t> order = stepOrder(op, dir);
  out.hs.resize(order.size());
  Value h = dir.h;
  for (int64_t t : order) {
    Value in = cb.take(proj, 0, t);
    h = cb.activate(f, h ? g.add(in, cb.linear(h, dir.r)) : in);
    out.hs[t] = h;
  }
  return out;
}

Unrolled unroll(Operation *op, CellBuilder &cb, const Direction &dir, int64_t d) {
  if (auto lstm = dyn_cast<LstmOp>(op))
    return unrollLstm(lstm, cb, dir, d);
  if (auto gru = dyn_cast<GruOp>(op))
    return unrollGru(gru, cb, dir, d);
  return unrollRnn(cast<RnnOp>(op), cb, dir, d);
}

/// Replaces `op` by its unrolled cells; false (with nothing changed) when it
/// cannot be unrolled or a cell's op could not be built (reported).
template <typename OpTy> LogicalResult unrollOp(OpTy op, bool &unrolled) {
  unrolled = false;
  if (!whyNotUnrollable(op).empty())
    return success();
  OpBuilder b(op);
  GraphBuilder g(b, op.getLoc());
  CellBuilder cb(g);
  Value initialC, peepholes;
  if constexpr (std::is_same_v<OpTy, LstmOp>) {
    initialC = op.getInitialC();
    peepholes = op.getP();
  }
  SmallVector<Value> ys, lastHs, lastCs;
  for (int64_t d = 0; d < op.getNumDirections(); ++d) {
    Direction dir = directionWeights(op, cb, d, initialC, peepholes);
    Unrolled steps = unroll(op, cb, dir, d);
    if (g.failed())
      return failure();
    SmallVector<Value> stacked;
    for (Value h : steps.hs)
      stacked.push_back(cb.unsqueeze(h, 0));
    ys.push_back(cb.unsqueeze(cb.concat(stacked, 0), 1));
    lastHs.push_back(cb.unsqueeze(steps.hs[dir.reverse ? 0 : steps.hs.size() - 1], 0));
    if (steps.lastC)
      lastCs.push_back(cb.unsqueeze(steps.lastC, 0));
  }
  SmallVector<Value> results = {cb.concat(ys, 1), cb.concat(lastHs, 0)};
  if (!lastCs.empty())
    results.push_back(cb.concat(lastCs, 0));
  if (g.failed())
    return failure();
  for (auto [from, to] : llvm::zip_equal(op->getResults(), results))
    if (from.getType() != to.getType())
      return op.emitError("unrolled ") << op->getName() << " gives " << to.getType()
                                       << " where the op has " << from.getType();
  op->replaceAllUsesWith(results);
  op->erase();
  unrolled = true;
  return success();
}

struct UnrollRecurrentPass : mcc::impl::UnrollRecurrentBase<UnrollRecurrentPass> {
  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (isa<LstmOp, GruOp, RnnOp>(op))
        ops.push_back(op);
    });
    for (Operation *op : ops) {
      bool unrolled;
      LogicalResult result = TypeSwitch<Operation *, LogicalResult>(op)
                                 .Case([&](LstmOp o) { return unrollOp(o, unrolled); })
                                 .Case([&](GruOp o) { return unrollOp(o, unrolled); })
                                 .Case([&](RnnOp o) { return unrollOp(o, unrolled); });
      if (failed(result))
        return signalPassFailure();
    }
  }
};

} // namespace

std::string mcc::whyRecurrentNotUnrollable(Operation *op) {
  return TypeSwitch<Operation *, std::string>(op)
      .Case([](LstmOp o) { return whyNotUnrollable(o); })
      .Case([](GruOp o) { return whyNotUnrollable(o); })
      .Case([](RnnOp o) { return whyNotUnrollable(o); })
      .Default([](Operation *) { return std::string(); });
}
