//===- Indexing.cpp - gathers, scatters, scans, top-k, one-hot ------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;

namespace {

LogicalResult importGatherElements(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", 0), n.inputType(0).getRank());
  if (failed(axis) ||
      failed(n.checkConstantIndices(1, n.inputType(0).getDimSize(*axis), "index")))
    return failure();
  return n.setOutput(0, n.create<mcc::GatherElementsOp>(n.input(0), n.input(1), *axis));
}

LogicalResult importGatherND(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  int64_t batchDims = n.getInt("batch_dims", 0);
  return n.setOutput(0, n.create<mcc::GatherNDOp>(n.input(0), n.input(1), batchDims));
}

// Reduction "none" before opset 16; add/mul from 16, max/min from 18 (the
// dialect accepts all of them).
std::string readReduction(NodeContext &n) { return n.getString("reduction", "none"); }

LogicalResult importScatterElements(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", 0), n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  std::string reduction = readReduction(n);
  return n.setOutput(0, n.create<mcc::ScatterElementsOp>(n.input(0), n.input(1), n.input(2),
                                                         *axis, llvm::StringRef(reduction)));
}

LogicalResult importScatterND(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  std::string reduction = readReduction(n);
  return n.setOutput(0, n.create<mcc::ScatterNDOp>(n.input(0), n.input(1), n.input(2),
                                                   llvm::StringRef(reduction)));
}

// CumSum/CumProd: the axis is a 0-D (or 1-element) input.
template <typename OpT> LogicalResult importScan(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  auto axisValues = n.constantInts(1, "axis");
  if (failed(axisValues))
    return failure();
  if (axisValues->size() != 1) {
    n.emitError() << "axis must hold one value";
    return failure();
  }
  auto axis = n.normalizeAxis((*axisValues)[0], n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  bool exclusive = n.getInt("exclusive", 0) != 0;
  bool reverse = n.getInt("reverse", 0) != 0;
  return n.setOutput(0, n.create<OpT>(n.input(0), *axis, exclusive, reverse));
}

LogicalResult buildTopK(NodeContext &n, int64_t k) {
  auto axis = n.normalizeAxis(n.getInt("axis", -1), n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  bool largest = n.getInt("largest", 1) != 0;
  // sorted = 0 leaves the order unspecified; sorted output is one valid order.
  n.ignoreAttrs({"sorted"});
  auto op = n.createOp<mcc::TopKOp>(n.input(0), k, *axis, largest);
  if (failed(op))
    return failure();
  if (failed(n.setOutput(0, op->getValues())))
    return failure();
  return n.setOutput(1, op->getIndices());
}

LogicalResult importTopKV1(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto k = n.getOptionalInt("k");
  if (!k) {
    n.emitError() << "missing required attribute 'k'";
    return failure();
  }
  return buildTopK(n, *k);
}

LogicalResult importTopK(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  auto k = n.constantInts(1, "k");
  if (failed(k))
    return failure();
  if (k->size() != 1) {
    n.emitError() << "k must hold one value";
    return failure();
  }
  return buildTopK(n, (*k)[0]);
}

LogicalResult importOneHot(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  auto depth = n.constantScalar(1, "depth");
  if (failed(depth))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", -1), n.inputType(0).getRank() + 1);
  if (failed(axis))
    return failure();
  return n.setOutput(0, n.create<mcc::OneHotOp>(n.input(0), n.input(2),
                                                static_cast<int64_t>(*depth), *axis));
}

// TensorScatter (a KV-cache update): update[p, .., s, ..] lands at position
// write_indices[p] + s along `axis` (modulo the cache length when circular).
// That is scatter_elements with those positions, broadcast to the update, as
// its indices.
LogicalResult importTensorScatter(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  RankedTensorType cache = n.inputType(0), update = n.inputType(1);
  int64_t rank = cache.getRank();
  auto axis = n.normalizeAxis(n.getInt("axis", -2), rank);
  std::string mode = n.getString("mode", "linear");
  if (failed(axis) || n.hadError())
    return failure();
  if (mode != "linear" && mode != "circular") {
    n.emitError() << "unknown mode '" << mode << "' (expected linear or circular)";
    return failure();
  }
  if (*axis == 0) {
    n.emitError() << "axis must not be the batch dim";
    return failure();
  }
  int64_t length = update.getDimSize(*axis), capacity = cache.getDimSize(*axis);
  if (ShapedType::isDynamic(length) || (mode == "circular" && ShapedType::isDynamic(capacity))) {
    n.emitError() << "the sequence dims of update " << update << " and cache " << cache
                  << " must be static";
    return failure();
  }
  Type i64 = n.builder().getI64Type();
  SmallVector<int64_t> stepShape(rank, 1), steps(length);
  stepShape[*axis] = length;
  for (int64_t s = 0; s < length; ++s)
    steps[s] = s;
  FailureOr<Value> positions = n.constant(
      DenseElementsAttr::get(RankedTensorType::get(stepShape, i64), ArrayRef<int64_t>(steps)));
  if (n.hasInput(2)) {
    auto start = n.castTo(n.input(2), i64);
    if (failed(start))
      return failure();
    SmallVector<int64_t> trailing;
    for (int64_t d = 1; d < rank; ++d)
      trailing.push_back(d);
    auto column = n.create<mcc::UnsqueezeOp>(*start, trailing);
    if (failed(column))
      return failure();
    positions = n.create<mcc::AddOp>(*column, *positions);
  }
  if (succeeded(positions) && mode == "circular")
    positions = n.create<mcc::ModOp>(*positions, n.scalarConstant(i64, capacity), false);
  if (failed(positions))
    return failure();
  auto shape = n.create<mcc::ShapeOp>(n.input(1));
  if (failed(shape))
    return failure();
  auto indices = n.create<mcc::ExpandOp>(*positions, *shape);
  if (failed(indices))
    return failure();
  return n.setOutput(0, n.create<mcc::ScatterElementsOp>(n.input(0), *indices, n.input(1), *axis,
                                                         llvm::StringRef("none")));
}

} // namespace

void mcc::frontend::registerIndexingOps(OpTable &t) {
  t.add("TensorScatter", 24, importTensorScatter);
  t.add("GatherElements", 11, importGatherElements);
  t.add("GatherND", 11, importGatherND);
  t.add("Scatter", 9, importScatterElements);
  t.add("ScatterElements", 11, importScatterElements);
  t.add("ScatterND", 11, importScatterND);
  t.add("CumSum", 11, importScan<mcc::CumSumOp>);
  t.add("CumProd", 26, importScan<mcc::CumProdOp>);
  t.add("TopK", 1, importTopKV1);
  t.add("TopK", 10, importTopK);
  t.add("OneHot", 9, importOneHot);
}
