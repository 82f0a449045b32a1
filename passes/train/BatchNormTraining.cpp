//===- BatchNormTraining.cpp - batch norms in a train step ----------------===//
#include "passes/train/BatchNormTraining.h"
#include "dialects/mcc/GraphBuilder.h"

using namespace mlir;
using namespace mcc;

namespace {
// `v` ([C]) shaped [1, C, 1, ...] to broadcast over a rank-`rank` input.
Value perChannel(Value v, int64_t rank, GraphBuilder &g) {
  SmallVector<int64_t> shape(rank, 1);
  shape[1] = -1;
  return g.create<ReshapeOp>(v, g.i64s(shape), g.builder().getBoolAttr(false));
}

// The running statistic `running` moved toward the batch's `batch` ([1, C, 1, ...]).
Value nextRunningValue(Value running, Value batch, double momentum, GraphBuilder &g) {
  return g.add(g.scale(running, momentum), g.scale(g.reshapeLike(batch, running), 1 - momentum));
}

LogicalResult decompose(BatchNormOp bn, BatchNormMode mode,
                        llvm::DenseMap<Value, Value> &nextRunning) {
  OpBuilder b(bn);
  GraphBuilder g(b, bn.getLoc());
  Value x = bn.getInput();
  auto type = cast<RankedTensorType>(x.getType());
  int64_t rank = type.getRank();
  if (rank < 2)
    return bn.emitError("mcc --train: a batch norm needs an input of rank 2 or more, not ")
           << rank;
  Type element = type.getElementType();
  Value epsilon = g.scalar(element, bn.getEpsilon().convertToDouble());
  Value scale = perChannel(bn.getScale(), rank, g);
  Value bias = perChannel(bn.getBias(), rank, g);

  Value y;
  if (mode == BatchNormMode::Frozen) {
    Value a = g.div(scale, g.create<SqrtOp>(g.add(perChannel(bn.getVariance(), rank, g), epsilon)));
    y = g.add(g.mul(g.sub(x, perChannel(bn.getMean(), rank, g)), a), bias);
  } else {
    SmallVector<int64_t> axes{0};
    for (int64_t d = 2; d < rank; ++d)
      axes.push_back(d);
    auto axesAttr = b.getDenseI64ArrayAttr(axes);
    Value mean = g.create<ReduceMeanOp>(x, axesAttr, b.getBoolAttr(true));
    Value centered = g.sub(x, mean);
    Value variance =
        g.create<ReduceMeanOp>(g.mul(centered, centered), axesAttr, b.getBoolAttr(true));
    Value stddev = g.create<SqrtOp>(g.add(variance, epsilon));
    y = g.add(g.mul(g.div(centered, stddev), scale), bias);

    double momentum = bn.getMomentum().convertToDouble();
    Value n = g.count(x, element, axes);
    Value bessel = g.div(n, g.sub(n, g.scalar(element, 1)));
    std::pair<Value, Value> updates[] = {{bn.getMean(), mean},
                                         {bn.getVariance(), g.mul(variance, bessel)}};
    for (auto [running, batch] : updates) {
      if (!isa<BlockArgument>(running)) {
        bn.emitWarning("mcc --train: this batch norm's running statistics are computed in the "
                       "graph, not initializers, so the train step does not update them");
        continue;
      }
      if (nextRunning.count(running))
        return bn.emitError("mcc --train: this batch norm's running statistic is one initializer "
                            "that two statistics update; each needs its own");
      nextRunning[running] = nextRunningValue(running, batch, momentum, g);
    }
  }
  if (g.failed())
    return failure();
  bn.replaceAllUsesWith(y);
  bn.erase();
  return success();
}
} // namespace

LogicalResult mcc::decomposeBatchNorms(func::FuncOp main, BatchNormMode mode,
                                       llvm::DenseMap<Value, Value> &nextRunning) {
  SmallVector<BatchNormOp> norms;
  main.walk([&](BatchNormOp bn) { norms.push_back(bn); });
  for (BatchNormOp bn : norms)
    if (failed(decompose(bn, mode, nextRunning)))
      return failure();
  return success();
}
