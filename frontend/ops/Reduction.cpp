//===- Reduction.cpp - Reduce*, ArgMax, ArgMin ----------------------------===//
//
// The axes of a reduction moved from an attribute to an optional input at
// opset 13 for ReduceSum and at 18 for the others; with the input came
// noop_with_empty_axes. Both forms become the same mcc op with sorted,
// non-negative axes (empty: every dim).
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;

namespace {

template <typename OpT>
LogicalResult buildReduce(NodeContext &n, SmallVector<int64_t> axes, bool noopWhenEmpty) {
  bool keepdims = n.getInt("keepdims", 1) != 0;
  if (n.hadError())
    return failure();
  Value x = n.input(0);
  if (axes.empty() && noopWhenEmpty)
    return n.setOutput(0, x);
  auto normalized = n.normalizeAxes(axes, n.inputType(0).getRank(), "reduction axis");
  if (failed(normalized))
    return failure();
  return n.setOutput(0, n.create<OpT>(x, *normalized, keepdims));
}

template <typename OpT> LogicalResult importReduceAxesAttr(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  return buildReduce<OpT>(n, n.getInts("axes", {}), /*noopWhenEmpty=*/false);
}

template <typename OpT> LogicalResult importReduceAxesInput(NodeContext &n) {
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
  return buildReduce<OpT>(n, axes, noop);
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

} // namespace

void mcc::frontend::registerReductionOps(OpTable &t) {
  t.add("ReduceSum", 1, importReduceAxesAttr<mcc::ReduceSumOp>);
  t.add("ReduceSum", 13, importReduceAxesInput<mcc::ReduceSumOp>);
  t.add("ReduceMean", 1, importReduceAxesAttr<mcc::ReduceMeanOp>);
  t.add("ReduceMean", 18, importReduceAxesInput<mcc::ReduceMeanOp>);
  t.add("ReduceMax", 1, importReduceAxesAttr<mcc::ReduceMaxOp>);
  t.add("ReduceMax", 18, importReduceAxesInput<mcc::ReduceMaxOp>);
  t.add("ReduceMin", 1, importReduceAxesAttr<mcc::ReduceMinOp>);
  t.add("ReduceMin", 18, importReduceAxesInput<mcc::ReduceMinOp>);
  t.add("ReduceProd", 1, importReduceAxesAttr<mcc::ReduceProdOp>);
  t.add("ReduceProd", 18, importReduceAxesInput<mcc::ReduceProdOp>);
  t.add("ArgMax", 1, importArgReduce<mcc::ArgMaxOp>);
  t.add("ArgMin", 1, importArgReduce<mcc::ArgMinOp>);
}
