//===- Losses.cpp - training losses and their gradients -------------------===//
//
// Each loss matches torch.nn's definition (CrossEntropyLoss on logits or on
// a softmax output, MSELoss, BCELoss with its log clamp at -100), so a
// trajectory can be checked step by step against PyTorch.
//
//===----------------------------------------------------------------------===//
#include "passes/train/Losses.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mcc;

namespace {
RankedTensorType rankedType(Value v) { return cast<RankedTensorType>(v.getType()); }

// The sum of every element as a 0-D tensor.
Value total(GraphBuilder &g, Value v) {
  return g.create<ReduceSumOp>(v, g.builder().getDenseI64ArrayAttr({}),
                               g.builder().getBoolAttr(false));
}
} // namespace

Type mcc::getLabelsType(LossKind kind, Value output, GraphBuilder &g) {
  auto type = rankedType(output);
  if (!isa<FloatType>(type.getElementType())) {
    g.error() << "the model's output is " << type << "; a loss needs floats";
    return nullptr;
  }
  if (kind != LossKind::CrossEntropy)
    return type;
  if (type.getRank() != 2 || type.isDynamicDim(1)) {
    g.error() << "cross-entropy needs an output of shape [batch, classes] with a static "
                 "number of classes, got "
              << type;
    return nullptr;
  }
  return RankedTensorType::get({type.getDimSize(0)}, g.builder().getI64Type());
}

FailureOr<BuiltLoss> mcc::buildLoss(LossKind kind, LossReduction reduction, Value output,
                                    Value labels, GraphBuilder &g) {
  OpBuilder &b = g.builder();
  Type et = rankedType(output).getElementType();
  BuiltLoss built;
  // Mean reductions divide both the loss and the seed by `count`.
  Value count;
  switch (kind) {
  case LossKind::CrossEntropy: {
    Value logits = output;
    Operation *producer = output.getDefiningOp();
    if (auto softmax = dyn_cast_or_null<SoftmaxOp>(producer); softmax && softmax.getAxis() == 1)
      logits = softmax.getInput();
    else if (auto logSoftmax = dyn_cast_or_null<LogSoftmaxOp>(producer);
             logSoftmax && logSoftmax.getAxis() == 1)
      logits = logSoftmax.getInput();
    int64_t classes = rankedType(logits).getDimSize(1);
    auto offOn = RankedTensorType::get({2}, et);
    Value values = arith::ConstantOp::create(
        b, g.getLoc(), DenseElementsAttr::get(offOn, ArrayRef<float>{0.0f, 1.0f}));
    Value oneHot = g.create<OneHotOp>(labels, values, b.getI64IntegerAttr(classes),
                                      b.getI64IntegerAttr(1));
    Value logProbs = g.create<LogSoftmaxOp>(logits, b.getI64IntegerAttr(1));
    // loss = -sum(onehot * log p), d/dlogits = softmax - onehot.
    built.loss = g.neg(total(g, g.mul(oneHot, logProbs)));
    built.seedFor = logits;
    built.seed = g.sub(g.create<ExpOp>(logProbs), oneHot);
    count = reduction == LossReduction::Mean ? g.count(logits, et, ArrayRef<int64_t>{0}) : nullptr;
    break;
  }
  case LossKind::Mse: {
    Value diff = g.sub(output, labels);
    built.loss = total(g, g.mul(diff, diff));
    built.seedFor = output;
    built.seed = g.scale(diff, 2.0);
    count = reduction == LossReduction::Mean ? g.count(output, et) : nullptr;
    break;
  }
  case LossKind::Bce: {
    Value one = g.scalar(et, 1.0);
    if (auto sigmoid = dyn_cast_or_null<SigmoidOp>(output.getDefiningOp())) {
      // From the logits z: max(z, 0) - z t + log(1 + exp(-|z|)); d/dz = sigmoid(z) - t.
      Value z = sigmoid.getInput();
      Value softplus = g.create<LogOp>(g.add(one, g.create<ExpOp>(g.neg(g.create<AbsOp>(z)))));
      Value perElement =
          g.add(g.sub(g.create<MaxOp>(z, g.scalar(et, 0.0)), g.mul(z, labels)), softplus);
      built.loss = total(g, perElement);
      built.seedFor = z;
      built.seed = g.sub(output, labels);
    } else {
      // From probabilities, as torch's BCELoss: logs clamped at -100, the
      // gradient's denominator at 1e-12.
      Value floor = g.scalar(et, -100.0);
      Value logP = g.create<MaxOp>(g.create<LogOp>(output), floor);
      Value logQ = g.create<MaxOp>(g.create<LogOp>(g.sub(one, output)), floor);
      Value perElement =
          g.neg(g.add(g.mul(labels, logP), g.mul(g.sub(one, labels), logQ)));
      built.loss = total(g, perElement);
      built.seedFor = output;
      Value denominator = g.create<MaxOp>(g.mul(output, g.sub(one, output)), g.scalar(et, 1e-12));
      built.seed = g.div(g.sub(output, labels), denominator);
    }
    count = reduction == LossReduction::Mean ? g.count(output, et) : nullptr;
    break;
  }
  }
  if (count) {
    built.loss = g.div(built.loss, count);
    built.seed = g.div(built.seed, count);
  }
  if (g.failed())
    return failure();
  return built;
}
