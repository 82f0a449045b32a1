//===- Loss.cpp - NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss ------===//
//
// Both losses pick, for every sample, the input at the class its target names.
// mcc has no gather along an axis by per-element indices, so the pick is a
// one-hot mask over the class axis (target == iota) and a sum over that axis;
// an out-of-range target (such as ignore_index) picks nothing. The per-sample
// weight (weight[target], zero where target == ignore_index) is picked the
// same way, and `mean` divides by the sum of those weights, as ONNX does.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"
#include "frontend/ops/Iota.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

// -input[n, target[n, d...], d...] * weight, reduced. `input` is [N, C, d...]
// (log-probabilities), `target` [N, d...] of integers, `weight` [C] or null.
FailureOr<Value> negativeLogLikelihood(NodeContext &n, Value input, Value target, Value weight,
                                       StringRef reduction, std::optional<int64_t> ignoreIndex) {
  auto inputType = cast<RankedTensorType>(input.getType());
  auto targetType = cast<RankedTensorType>(target.getType());
  Type element = inputType.getElementType();
  Type indexType = targetType.getElementType();
  int64_t rank = inputType.getRank();
  if (rank < 2 || targetType.getRank() != rank - 1) {
    n.emitError() << "needs input [N, C, d...] and target [N, d...], got " << inputType
                  << " and " << targetType;
    return failure();
  }
  if (reduction != "none" && reduction != "sum" && reduction != "mean") {
    n.emitError() << "reduction '" << reduction << "' is not none, sum or mean";
    return failure();
  }

  // [C, 1, ..., 1] holding 0..C-1, against the target unsqueezed at dim 1.
  auto iota = iotaAlong(n, input, 1, indexType, rank - 1, 0);
  auto targetC = n.create<mcc::UnsqueezeOp>(target, ArrayRef<int64_t>{1});
  if (failed(iota) || failed(targetC))
    return failure();
  auto oneHot = n.create<mcc::EqualOp>(*targetC, *iota);
  if (failed(oneHot))
    return failure();
  Value zero = n.scalarConstant(element, 0);
  auto pick = [&](Value fromC) -> FailureOr<Value> {
    auto selected = n.create<mcc::WhereOp>(*oneHot, fromC, zero);
    if (failed(selected))
      return failure();
    return n.create<mcc::ReduceSumOp>(*selected, ArrayRef<int64_t>{1}, false);
  };
  auto picked = pick(input);
  if (failed(picked))
    return failure();
  auto loss = n.create<mcc::NegOp>(*picked);
  if (failed(loss))
    return failure();

  // The weight of each sample: weight[target] (zero when out of range), or 1;
  // zero where target == ignore_index.
  Value sampleWeight;
  if (weight) {
    FailureOr<Value> weightC = weight;
    if (rank > 2) {
      // [C] -> [C, 1, ..., 1].
      SmallVector<int64_t> trailing;
      for (int64_t d = 1; d < rank - 1; ++d)
        trailing.push_back(d);
      weightC = n.create<mcc::UnsqueezeOp>(weight, trailing);
      if (failed(weightC))
        return failure();
    }
    auto w = pick(*weightC);
    if (failed(w))
      return failure();
    sampleWeight = *w;
  }
  if (ignoreIndex) {
    auto ignored = n.create<mcc::EqualOp>(target, n.scalarConstant(indexType, *ignoreIndex));
    if (failed(ignored))
      return failure();
    auto w = n.create<mcc::WhereOp>(*ignored, zero,
                                    sampleWeight ? sampleWeight : n.scalarConstant(element, 1));
    if (failed(w))
      return failure();
    sampleWeight = *w;
  }
  if (sampleWeight) {
    loss = n.create<mcc::MulOp>(*loss, sampleWeight);
    if (failed(loss))
      return failure();
  }
  if (reduction == "none")
    return loss;
  if (reduction == "mean" && !sampleWeight)
    return n.create<mcc::ReduceMeanOp>(*loss, ArrayRef<int64_t>{}, false);
  auto total = n.create<mcc::ReduceSumOp>(*loss, ArrayRef<int64_t>{}, false);
  if (failed(total) || reduction == "sum")
    return total;
  auto totalWeight = n.create<mcc::ReduceSumOp>(sampleWeight, ArrayRef<int64_t>{}, false);
  if (failed(totalWeight))
    return failure();
  return n.create<mcc::DivOp>(*total, *totalWeight);
}

LogicalResult importNLLLoss(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  std::string reduction = n.getString("reduction", "mean");
  auto ignoreIndex = n.getOptionalInt("ignore_index");
  if (n.hadError())
    return failure();
  return n.setOutput(0, negativeLogLikelihood(n, n.input(0), n.input(1), n.input(2), reduction,
                                              ignoreIndex));
}

// The loss of log_softmax(scores) over the classes; output 1 is that log_softmax.
LogicalResult importSoftmaxCrossEntropyLoss(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  std::string reduction = n.getString("reduction", "mean");
  auto ignoreIndex = n.getOptionalInt("ignore_index");
  if (n.hadError())
    return failure();
  if (n.inputType(0).getRank() < 2) {
    n.emitError() << "scores must be [N, C, d...], got " << n.inputType(0);
    return failure();
  }
  auto logProb = n.create<mcc::LogSoftmaxOp>(n.input(0), static_cast<uint64_t>(1));
  if (failed(logProb) || failed(n.setOutput(1, logProb)))
    return failure();
  return n.setOutput(
      0, negativeLogLikelihood(n, *logProb, n.input(1), n.input(2), reduction, ignoreIndex));
}

} // namespace

void mcc::frontend::registerLossOps(OpTable &t) {
  t.add("NegativeLogLikelihoodLoss", 12, importNLLLoss);
  t.add("SoftmaxCrossEntropyLoss", 12, importSoftmaxCrossEntropyLoss);
}
