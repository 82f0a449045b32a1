//===- Optimizers.cpp - parameter updates of a training step --------------===//
#include "passes/train/Optimizers.h"

using namespace mlir;
using namespace mcc;

OptimizerSlots mcc::getOptimizerSlots(OptimizerKind kind) {
  switch (kind) {
  case OptimizerKind::Sgd:
    return {};
  case OptimizerKind::Momentum:
    return {{"momentum"}, {}};
  case OptimizerKind::Adam:
  case OptimizerKind::AdamW:
    return {{"adam_m", "adam_v"}, {"adam_step"}};
  }
  return {};
}

SmallVector<Value> mcc::updateShared(const OptimizerOptions &options, ValueRange shared,
                                     GraphBuilder &g) {
  SmallVector<Value> next;
  if (options.kind == OptimizerKind::Adam || options.kind == OptimizerKind::AdamW) {
    Value step = shared[0];
    next.push_back(g.add(step, g.scalar(getElementTypeOrSelf(step.getType()), 1.0)));
  }
  return next;
}

SmallVector<Value> mcc::updateParameter(const OptimizerOptions &o, Value param, Value grad,
                                        ValueRange slots, ValueRange updatedShared,
                                        GraphBuilder &g) {
  Type et = getElementTypeOrSelf(param.getType());
  auto c = [&](double v) { return g.scalar(et, v); };
  // L2 decay goes into the gradient (torch's weight_decay for SGD and Adam).
  if (o.weightDecay != 0 && o.kind != OptimizerKind::AdamW)
    grad = g.add(grad, g.scale(param, o.weightDecay));
  switch (o.kind) {
  case OptimizerKind::Sgd:
    return {g.sub(param, g.scale(grad, o.lr))};
  case OptimizerKind::Momentum: {
    // v = mu v + g; p -= lr v (torch, dampening 0; v starts at 0, so the
    // first step's v is g, as torch's buffer is).
    Value v = g.add(g.scale(slots[0], o.momentum), grad);
    return {g.sub(param, g.scale(v, o.lr)), v};
  }
  case OptimizerKind::Adam:
  case OptimizerKind::AdamW: {
    if (o.kind == OptimizerKind::AdamW && o.weightDecay != 0)
      param = g.scale(param, 1.0 - o.lr * o.weightDecay);
    Value m = g.add(g.scale(slots[0], o.beta1), g.scale(grad, 1.0 - o.beta1));
    Value v = g.add(g.scale(slots[1], o.beta2), g.scale(g.mul(grad, grad), 1.0 - o.beta2));
    // p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps). The corrections are
    // computed in f64 and rounded once, as torch does in Python floats: in f32, 1 - 0.999^t
    // would lose five digits to cancellation.
    Type f64 = g.builder().getF64Type();
    auto c64 = [&](double v) { return g.scalar(f64, v); };
    Value step = CastOp::create(g.builder(), g.getLoc(), RankedTensorType::get({}, f64),
                                updatedShared[0]);
    auto toF32 = [&](Value v) {
      return CastOp::create(g.builder(), g.getLoc(), RankedTensorType::get({}, et), v);
    };
    Value stepSize =
        toF32(g.div(c64(o.lr), g.sub(c64(1.0), g.create<PowOp>(c64(o.beta1), step))));
    Value correction2 =
        toF32(g.create<SqrtOp>(g.sub(c64(1.0), g.create<PowOp>(c64(o.beta2), step))));
    Value denominator =
        g.add(g.div(g.create<SqrtOp>(v), correction2), c(o.eps));
    Value next = g.sub(param, g.mul(stepSize, g.div(m, denominator)));
    return {next, m, v};
  }
  }
  return {};
}
