//===- Normalization.cpp - batch/layer normalization, softmax -------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

// Inference only. Opsets 7-8 have `spatial` (0 means per-activation
// statistics); 14 adds `training_mode`. The extra outputs (running and saved
// statistics) exist only in training.
LogicalResult importBatchNorm(NodeContext &n) {
  if (failed(n.checkInputs(5, 5)))
    return failure();
  double epsilon = n.getFloat("epsilon", 1e-5f);
  // Used only by a train step (mcc --train), to update the running statistics.
  double momentum = n.getFloat("momentum", 0.9f);
  if (n.getInt("spatial", 1) != 1) {
    n.emitError() << "spatial=0 (per-activation statistics) is not supported";
    return failure();
  }
  if (n.getInt("training_mode", 0) != 0) {
    n.emitError() << "training_mode=1 is not supported: export the model in eval mode; "
                     "mcc --train then normalizes with batch statistics";
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
                                                   n.builder().getF64FloatAttr(epsilon),
                                                   n.builder().getF64FloatAttr(momentum)));
}

// Opset 17. Y is one layer_norm; the optional outputs Mean and InvStdDev
// (1 / sqrt(variance + epsilon)) are computed on their own, in the stash type,
// with the normalized dims kept as size 1.
LogicalResult importLayerNorm(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  int64_t rank = n.inputType(0).getRank();
  auto axis = n.normalizeAxis(n.getInt("axis", -1), rank);
  double epsilon = n.getFloat("epsilon", 1e-5f);
  // The precision of Y's statistics for low-precision inputs: codegen's choice.
  int64_t stashType = n.getInt("stash_type", onnx::TensorProto::FLOAT);
  if (failed(axis))
    return failure();
  OpBuilder &b = n.builder();
  if (failed(n.setOutput(0, n.create<mcc::LayerNormOp>(n.input(0), n.input(1), n.input(2),
                                                       b.getI64IntegerAttr(*axis),
                                                       b.getF64FloatAttr(epsilon)))))
    return failure();
  if (!n.outputUsed(1) && !n.outputUsed(2))
    return success();
  Type stash = convertDtype(n.context(), stashType);
  if (!stash || !isa<FloatType>(stash)) {
    n.emitError() << "stash_type " << dtypeName(stashType) << " is not supported";
    return failure();
  }
  SmallVector<int64_t> axes;
  for (int64_t d = *axis; d < rank; ++d)
    axes.push_back(d);
  auto x = n.castTo(n.input(0), stash);
  if (failed(x))
    return failure();
  auto mean = n.create<mcc::ReduceMeanOp>(*x, axes, true);
  if (failed(n.setOutput(1, mean)))
    return failure();
  if (!n.outputUsed(2))
    return success();
  auto centered = n.create<mcc::SubOp>(*x, *mean);
  if (failed(centered))
    return failure();
  auto square = n.create<mcc::MulOp>(*centered, *centered);
  if (failed(square))
    return failure();
  auto variance = n.create<mcc::ReduceMeanOp>(*square, axes, true);
  if (failed(variance))
    return failure();
  auto shifted = n.create<mcc::AddOp>(*variance, n.scalarConstant(stash, epsilon));
  if (failed(shifted))
    return failure();
  auto stddev = n.create<mcc::SqrtOp>(*shifted);
  if (failed(stddev))
    return failure();
  return n.setOutput(2, n.create<mcc::ReciprocalOp>(*stddev));
}

// Statistics over the spatial dims of each (instance, channel): a layer norm
// from axis 2 with unit scale, then the per-channel scale and bias.
FailureOr<Value> scaleAndShiftChannels(NodeContext &n, Value x, Value scale, Value bias) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  // [C] -> [C, 1, ..., 1] to broadcast against [N, C, D1, ...].
  SmallVector<int64_t> trailing;
  for (int64_t d = 1; d < rank - 1; ++d)
    trailing.push_back(d);
  auto scaleC = n.create<mcc::UnsqueezeOp>(scale, trailing);
  auto biasC = n.create<mcc::UnsqueezeOp>(bias, trailing);
  if (failed(scaleC) || failed(biasC))
    return failure();
  auto scaled = n.create<mcc::MulOp>(x, *scaleC);
  if (failed(scaled))
    return failure();
  return n.create<mcc::AddOp>(*scaled, *biasC);
}

Value unitScale(NodeContext &n, Type element) {
  auto type = RankedTensorType::get({1}, element);
  return n.constant(DenseElementsAttr::get(type, ArrayRef<Attribute>{n.scalarAttr(element, 1)}));
}

LogicalResult importInstanceNorm(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  double epsilon = n.getFloat("epsilon", 1e-5f);
  RankedTensorType type = n.inputType(0);
  if (type.getRank() < 3) {
    n.emitError() << "input must be [N, C, D1, ...], got " << type;
    return failure();
  }
  OpBuilder &b = n.builder();
  auto normalized = n.create<mcc::LayerNormOp>(n.input(0), unitScale(n, type.getElementType()),
                                               Value(), b.getI64IntegerAttr(2),
                                               b.getF64FloatAttr(epsilon));
  if (failed(normalized))
    return failure();
  return n.setOutput(0, scaleAndShiftChannels(n, *normalized, n.input(1), n.input(2)));
}

// Statistics over each group of C / G channels and the spatial dims: reshape
// to [N, G, rest], layer norm from axis 2, reshape back. Opset 18 scales per
// group, opset 21 per channel.
LogicalResult importGroupNorm(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  double epsilon = n.getFloat("epsilon", 1e-5f);
  n.ignoreAttrs({"stash_type"});
  auto groups = n.getOptionalInt("num_groups");
  RankedTensorType type = n.inputType(0);
  if (!groups) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'num_groups'";
    return failure();
  }
  if (type.getRank() < 3 || *groups <= 0) {
    n.emitError() << "needs an input [N, C, D1, ...] and num_groups > 0, got " << type
                  << " and " << *groups;
    return failure();
  }
  OpBuilder &b = n.builder();
  Value x = n.input(0);
  auto grouped = n.create<mcc::ReshapeOp>(x, n.i64Constant({0, *groups, -1}), false);
  if (failed(grouped))
    return failure();
  auto normalized = n.create<mcc::LayerNormOp>(*grouped, unitScale(n, type.getElementType()),
                                               Value(), b.getI64IntegerAttr(2),
                                               b.getF64FloatAttr(epsilon));
  if (failed(normalized))
    return failure();
  FailureOr<Value> y = *normalized;
  if (n.opset() < 21) {
    y = scaleAndShiftChannels(n, *y, n.input(1), n.input(2));
    if (failed(y))
      return failure();
  }
  Value shape;
  if (type.hasStaticShape()) {
    shape = n.i64Constant(type.getShape());
  } else {
    auto dynamicShape = n.create<mcc::ShapeOp>(x);
    if (failed(dynamicShape))
      return failure();
    shape = *dynamicShape;
  }
  y = n.create<mcc::ReshapeOp>(*y, shape, false);
  if (failed(y) || n.opset() < 21)
    return n.setOutput(0, y);
  return n.setOutput(0, scaleAndShiftChannels(n, *y, n.input(1), n.input(2)));
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
  t.add("InstanceNormalization", 6, importInstanceNorm);
  t.add("GroupNormalization", 18, importGroupNorm);
  t.add("Softmax", 1, importSoftmaxV1<mcc::SoftmaxOp>);
  t.add("Softmax", 13, importSoftmaxV13<mcc::SoftmaxOp>);
  t.add("LogSoftmax", 1, importSoftmaxV1<mcc::LogSoftmaxOp>);
  t.add("LogSoftmax", 13, importSoftmaxV13<mcc::LogSoftmaxOp>);
}
