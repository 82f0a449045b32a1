//===- Reduction.cpp - Reduce*, ArgMax, ArgMin ----------------------------===//
//
// The axes of a reduction moved from an attribute to an optional input at
// opset 13 for ReduceSum and at 18 for the others; with the input came
// noop_with_empty_axes. Both forms become the same mcc ops with sorted,
// non-negative axes (empty: every dim). ReduceL1, L2, SumSquare, LogSum and
// LogSumExp are built from reduce_sum/reduce_max and elementwise ops.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

// How one ONNX reduction is computed from mcc ops, given the normalized axes
// (empty: every dim). With `noop` (noop_with_empty_axes and no axes) nothing
// is reduced, but the elementwise parts still apply, as in ONNX's reference.
using Recipe = FailureOr<Value> (*)(NodeContext &n, Value x, ArrayRef<int64_t> axes,
                                    bool keepdims, bool noop);

template <typename OpT>
FailureOr<Value> reduce(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims,
                        bool noop) {
  if (noop)
    return x;
  return n.create<OpT>(x, axes, keepdims);
}

template <typename OpT>
FailureOr<Value> single(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims,
                        bool noop) {
  return reduce<OpT>(n, x, axes, keepdims, noop);
}

FailureOr<Value> sumOfSquares(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims,
                              bool noop) {
  auto square = n.create<mcc::MulOp>(x, x);
  if (failed(square))
    return failure();
  return reduce<mcc::ReduceSumOp>(n, *square, axes, keepdims, noop);
}

FailureOr<Value> l1(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims, bool noop) {
  auto abs = n.create<mcc::AbsOp>(x);
  if (failed(abs))
    return failure();
  return reduce<mcc::ReduceSumOp>(n, *abs, axes, keepdims, noop);
}

FailureOr<Value> l2(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims, bool noop) {
  auto sum = sumOfSquares(n, x, axes, keepdims, noop);
  if (failed(sum))
    return failure();
  return n.create<mcc::SqrtOp>(*sum);
}

FailureOr<Value> logSum(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims,
                        bool noop) {
  auto sum = reduce<mcc::ReduceSumOp>(n, x, axes, keepdims, noop);
  if (failed(sum))
    return failure();
  return n.create<mcc::LogOp>(*sum);
}

// log(sum(exp(x))) = m + log(sum(exp(x - m))) with m the maximum, so that
// exp does not overflow.
FailureOr<Value> logSumExp(NodeContext &n, Value x, ArrayRef<int64_t> axes, bool keepdims,
                           bool noop) {
  auto max = reduce<mcc::ReduceMaxOp>(n, x, axes, /*keepdims=*/true, noop);
  if (failed(max))
    return failure();
  auto shifted = n.create<mcc::SubOp>(x, *max);
  if (failed(shifted))
    return failure();
  auto exp = n.create<mcc::ExpOp>(*shifted);
  if (failed(exp))
    return failure();
  auto sum = reduce<mcc::ReduceSumOp>(n, *exp, axes, keepdims, noop);
  if (failed(sum))
    return failure();
  auto log = n.create<mcc::LogOp>(*sum);
  if (failed(log))
    return failure();
  FailureOr<Value> offset = *max;
  if (!keepdims && !noop) {
    // The kept size-1 dims of the maximum go.
    SmallVector<int64_t> all(axes);
    if (all.empty())
      for (int64_t d = 0; d < n.inputType(0).getRank(); ++d)
        all.push_back(d);
    offset = n.create<mcc::SqueezeOp>(*max, all);
    if (failed(offset))
      return failure();
  }
  return n.create<mcc::AddOp>(*log, *offset);
}

LogicalResult buildReduce(NodeContext &n, Recipe recipe, SmallVector<int64_t> axes,
                          bool noopWhenEmpty) {
  bool keepdims = n.getInt("keepdims", 1) != 0;
  if (n.hadError())
    return failure();
  bool noop = axes.empty() && noopWhenEmpty;
  auto normalized = n.normalizeAxes(axes, n.inputType(0).getRank(), "reduction axis");
  if (failed(normalized))
    return failure();
  return n.setOutput(0, recipe(n, n.input(0), *normalized, keepdims, noop));
}

template <Recipe recipe> LogicalResult importReduceAxesAttr(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  return buildReduce(n, recipe, n.getInts("axes", {}), /*noopWhenEmpty=*/false);
}

template <Recipe recipe> LogicalResult importReduceAxesInput(NodeContext &n) {
  if (failed(n.checkInputs(1, 2)))
    return failure();
  bool noop = n.getInt("noop_with_empty_axes", 0) != 0;
  SmallVector<int64_t> axes;
  if (n.hasInput(1)) {
    auto constant = n.constantInts(1, "axes");
    if (failed(constant))
      return failure();
    axes = *constant;
  }
  return buildReduce(n, recipe, axes, noop);
}

template <typename OpT> LogicalResult importArgReduce(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", 0), n.inputType(0).getRank());
  bool keepdims = n.getInt("keepdims", 1) != 0;
  bool selectLast = n.getInt("select_last_index", 0) != 0;
  if (failed(axis))
    return failure();
  return n.setOutput(0, n.create<OpT>(n.input(0), static_cast<uint64_t>(*axis), keepdims,
                                      selectLast));
}

// Registers both forms: axes as an attribute until `inputSince`, then as an input.
template <Recipe recipe> void addReduction(OpTable &t, llvm::StringRef op, int inputSince) {
  t.add(op, 1, importReduceAxesAttr<recipe>);
  t.add(op, inputSince, importReduceAxesInput<recipe>);
}

} // namespace

void mcc::frontend::registerReductionOps(OpTable &t) {
  addReduction<single<mcc::ReduceSumOp>>(t, "ReduceSum", 13);
  addReduction<single<mcc::ReduceMeanOp>>(t, "ReduceMean", 18);
  addReduction<single<mcc::ReduceMaxOp>>(t, "ReduceMax", 18);
  addReduction<single<mcc::ReduceMinOp>>(t, "ReduceMin", 18);
  addReduction<single<mcc::ReduceProdOp>>(t, "ReduceProd", 18);
  addReduction<l1>(t, "ReduceL1", 18);
  addReduction<l2>(t, "ReduceL2", 18);
  addReduction<sumOfSquares>(t, "ReduceSumSquare", 18);
  addReduction<logSum>(t, "ReduceLogSum", 18);
  addReduction<logSumExp>(t, "ReduceLogSumExp", 18);
  t.add("ArgMax", 1, importArgReduce<mcc::ArgMaxOp>);
  t.add("ArgMin", 1, importArgReduce<mcc::ArgMinOp>);
}
