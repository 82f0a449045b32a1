//===- Normalization.cpp - batch/layer normalization, softmax -------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;

namespace {

// Inference only. Opsets 7-8 have `spatial` (0 means per-activation
// statistics); 14 adds `training_mode`. The extra outputs (running and saved
// statistics) exist only in training.
LogicalResult importBatchNorm(NodeContext &n) {
  if (failed(n.checkInputs(5, 5)))
    return failure();
  double epsilon = n.getFloat("epsilon", 1e-5f);
  n.ignoreAttrs({"momentum"}); // updates the running statistics, in training only
  if (n.getInt("spatial", 1) != 1) {
    n.emitError() << "spatial=0 (per-activation statistics) is not supported";
    return failure();
  }
  if (n.getInt("training_mode", 0) != 0) {
    n.emitError() << "training_mode=1 is not supported: mcc compiles inference";
    return failure();
  }
  for (unsigned i = 1; i < n.numOutputs(); ++i) {
    if (n.outputUsed(i)) {
      n.emitError() << "output #" << i << " ('" << n.node().output(i)
                    << "') holds training statistics, which mcc does not compute";
      return failure();
    }
  }
  return n.setOutput(0, n.create<mcc::BatchNormOp>(n.input(0), n.input(1), n.input(2),
                                                   n.input(3), n.input(4),
                                                   n.builder().getF64FloatAttr(epsilon)));
}

// Opset 17. Mean and InvStdDev are not produced (the context reports them
// when used).
LogicalResult importLayerNorm(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", -1), n.inputType(0).getRank());
  double epsilon = n.getFloat("epsilon", 1e-5f);
  // The precision of the statistics for low-precision inputs: codegen's choice.
  n.ignoreAttrs({"stash_type"});
  if (failed(axis))
    return failure();
  OpBuilder &b = n.builder();
  return n.setOutput(0, n.create<mcc::LayerNormOp>(n.input(0), n.input(1), n.input(2),
                                                   b.getI64IntegerAttr(*axis),
                                                   b.getF64FloatAttr(epsilon)));
}

// Before opset 13, softmax coerces the input to 2-D [prod(d < axis),
// prod(d >= axis)] and normalizes each row: flatten, softmax on dim 1, and
// reshape back. Over the last axis alone that is the same as a softmax over
// that axis, which is what exporters produce almost always.
template <typename OpT> LogicalResult importSoftmaxV1(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  Value x = n.input(0);
  RankedTensorType type = n.inputType(0);
  auto axis = n.normalizeAxis(n.getInt("axis", 1), type.getRank());
  if (failed(axis))
    return failure();
  if (*axis == type.getRank() - 1)
    return n.setOutput(0, n.create<OpT>(x, static_cast<uint64_t>(*axis)));
  auto flat = n.create<mcc::FlattenOp>(x, static_cast<uint64_t>(*axis));
  if (failed(flat))
    return failure();
  auto normalized = n.create<OpT>(*flat, static_cast<uint64_t>(1));
  if (failed(normalized))
    return failure();
  Value shape;
  if (type.hasStaticShape()) {
    shape = n.i64Constant(type.getShape());
  } else {
    auto dynamicShape = n.create<mcc::ShapeOp>(x);
    if (failed(dynamicShape))
      return failure();
    shape = *dynamicShape;
  }
  return n.setOutput(0, n.create<mcc::ReshapeOp>(*normalized, shape, false));
}

template <typename OpT> LogicalResult importSoftmaxV13(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", -1), n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  return n.setOutput(0, n.create<OpT>(n.input(0), static_cast<uint64_t>(*axis)));
}

} // namespace

void mcc::frontend::registerNormalizationOps(OpTable &t) {
  t.add("BatchNormalization", 7, importBatchNorm);
  t.add("LayerNormalization", 17, importLayerNorm);
  t.add("Softmax", 1, importSoftmaxV1<mcc::SoftmaxOp>);
  t.add("Softmax", 13, importSoftmaxV13<mcc::SoftmaxOp>);
  t.add("LogSoftmax", 1, importSoftmaxV1<mcc::LogSoftmaxOp>);
  t.add("LogSoftmax", 13, importSoftmaxV13<mcc::LogSoftmaxOp>);
}
