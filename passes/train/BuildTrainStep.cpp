//===- BuildTrainStep.cpp - @main becomes forward + loss + backward + update ===//
//
// The result is an ordinary model function, so the rest of the pipeline
// (fusion, microkernels, bufferization, the memory plan) compiles the
// backward graph exactly as it compiles inference:
//
//   @main(inputs..., labels, params..., slots...)
//       -> (loss, output, params'..., slots'...)
//
// Reverse mode walks the forward ops once, last to first. Only ops on a path
// from a parameter get gradients ("active" values), and an operand gets one
// only when it is active, so the input layer's data gradient is never built.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"
#include "passes/train/BatchNormTraining.h"
#include "passes/train/GradientRules.h"
#include "passes/train/Losses.h"
#include "passes/train/Optimizers.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseSet.h"

namespace mcc {
#define GEN_PASS_DEF_BUILDTRAINSTEP
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {
bool isFloatTensor(Value v) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  return type && isa<FloatType>(type.getElementType());
}

// What messages call an op; its location already names the node.
std::string describe(Operation *op) { return op->getName().getStringRef().str(); }

struct BuildTrainStepPass : mcc::impl::BuildTrainStepBase<BuildTrainStepPass> {
  using Base::Base;

  FailureOr<LossKind> lossKind() {
    if (loss == "cross_entropy")
      return LossKind::CrossEntropy;
    if (loss == "mse")
      return LossKind::Mse;
    if (loss == "bce")
      return LossKind::Bce;
    getOperation().emitError("unknown loss '") << loss << "' (cross_entropy, mse or bce)";
    return failure();
  }
  FailureOr<OptimizerOptions> optimizerOptions() {
    OptimizerOptions o;
    if (optimizer == "sgd")
      o.kind = OptimizerKind::Sgd;
    else if (optimizer == "momentum")
      o.kind = OptimizerKind::Momentum;
    else if (optimizer == "adam")
      o.kind = OptimizerKind::Adam;
    else if (optimizer == "adamw")
      o.kind = OptimizerKind::AdamW;
    else {
      getOperation().emitError("unknown optimizer '")
          << optimizer << "' (sgd, momentum, adam or adamw)";
      return failure();
    }
    o.lr = lr;
    o.weightDecay = weightDecay;
    o.momentum = momentum;
    o.beta1 = beta1;
    o.beta2 = beta2;
    o.eps = eps;
    return o;
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto main = module.lookupSymbol<func::FuncOp>("main");
    if (!main || main.isExternal() || !main.getBody().hasOneBlock()) {
      module.emitError("no @main to train");
      return signalPassFailure();
    }
    FailureOr<LossKind> kind = lossKind();
    FailureOr<OptimizerOptions> options = optimizerOptions();
    if (failed(kind) || failed(options) || (reduction != "mean" && reduction != "sum")) {
      if (succeeded(kind) && succeeded(options))
        module.emitError("unknown loss reduction '") << reduction << "' (mean or sum)";
      return signalPassFailure();
    }
    if (batchNorm != "train" && batchNorm != "frozen") {
      module.emitError("unknown batch norm mode '") << batchNorm << "' (train or frozen)";
      return signalPassFailure();
    }
    if (failed(build(main, *kind, *options)))
      signalPassFailure();
  }

  LogicalResult build(func::FuncOp main, LossKind kind, const OptimizerOptions &options) {
    Block &body = main.getBody().front();
    auto ret = cast<func::ReturnOp>(body.getTerminator());
    MLIRContext *ctx = &getContext();
    Builder attrs(ctx);

    // Parameters and running statistics: the arguments mcc-parameterize-weights made.
    SmallVector<unsigned> params, running;
    for (unsigned i = 0; i < main.getNumArguments(); ++i)
      if (main.getArgAttr(i, "mcc.running_stat"))
        running.push_back(i);
      else if (main.getArgAttr(i, "mcc.initial_value"))
        params.push_back(i);
    if (params.empty())
      return main.emitError("the model has no trainable weights (float initializers that "
                            "match --trainable)");
    SmallVector<unsigned> state(params);
    state.append(running);
    for (auto [k, i] : llvm::enumerate(state))
      if (i != main.getNumArguments() - state.size() + k)
        return main.emitError("the trainable weights, then the running statistics, must be "
                              "@main's last arguments");
    llvm::DenseMap<Value, Value> nextRunning;
    if (failed(decomposeBatchNorms(
            main, batchNorm == "train" ? BatchNormMode::Train : BatchNormMode::Frozen,
            nextRunning)))
      return failure();
    // Done with the mark: from here on a running statistic is state like any other.
    for (unsigned i : running)
      main.removeArgAttr(i, "mcc.running_stat");
    if (ret.getNumOperands() == 0)
      return main.emitError("the model has no output to train");
    Value output = ret.getOperand(0);

    // Active values: those that depend on a parameter.
    llvm::DenseSet<Value> active;
    for (unsigned i : params)
      active.insert(main.getArgument(i));
    SmallVector<Operation *> forward;
    for (Operation &op : body.without_terminator()) {
      forward.push_back(&op);
      if (llvm::any_of(op.getOperands(), [&](Value v) { return active.contains(v); }))
        for (Value r : op.getResults())
          if (isFloatTensor(r))
            active.insert(r);
    }
    if (!active.contains(output))
      return main.emitError("the model's output does not depend on any trainable weight");

    OpBuilder b(ret);
    GraphBuilder g(b, ret.getLoc());
    Type labelsType = getLabelsType(kind, output, g);
    if (!labelsType)
      return failure();
    unsigned labelsIndex = params.front();
    if (failed(main.insertArgument(labelsIndex, labelsType,
                                   attrs.getDictionaryAttr(attrs.getNamedAttr(
                                       "mcc.name", attrs.getStringAttr("labels"))),
                                   ret.getLoc())))
      return failure();
    for (unsigned &i : params)
      ++i;
    for (unsigned &i : running)
      ++i;
    Value labels = main.getArgument(labelsIndex);
    FailureOr<BuiltLoss> built =
        buildLoss(kind, reduction == "sum" ? LossReduction::Sum : LossReduction::Mean, output,
                  labels, g);
    if (failed(built))
      return failure();

    // Reverse sweep.
    llvm::DenseMap<Value, Value> grads;
    grads[built->seedFor] = built->seed;
    for (Operation *op : llvm::reverse(forward)) {
      if (op->getNumResults() == 0)
        continue;
      SmallVector<Value> resultGrads;
      bool any = false;
      for (Value r : op->getResults()) {
        resultGrads.push_back(grads.lookup(r));
        any |= resultGrads.back() != nullptr;
      }
      if (!any)
        continue;
      if (std::string why = whyRecurrentNotUnrollable(op); !why.empty())
        return op->emitError("mcc --train: cannot differentiate ")
               << describe(op) << ": it is unrolled over its time steps for training, but " << why;
      if (op->getNumResults() != 1)
        return op->emitError("mcc --train: no gradient rule for ")
               << describe(op) << ", an op with several results";
      SmallVector<bool> needed;
      for (Value v : op->getOperands())
        needed.push_back(active.contains(v));
      g.setLoc(op->getLoc());
      SmallVector<Value> operandGrads;
      std::string why;
      if (failed(differentiate(op, resultGrads[0], needed, g, operandGrads, why))) {
        if (!why.empty())
          op->emitError("mcc --train: cannot differentiate ") << describe(op) << ": " << why;
        return failure();
      }
      for (auto [operand, grad] : llvm::zip(op->getOperands(), operandGrads)) {
        if (!grad || !active.contains(operand))
          continue;
        Value &sum = grads[operand];
        sum = sum ? g.add(sum, grad) : grad;
      }
      if (g.failed())
        return failure();
    }

    // The optimizer: shared slots first, then each parameter with its slots.
    g.setLoc(ret.getLoc());
    OptimizerSlots slots = getOptimizerSlots(options.kind);
    unsigned numParams = params.size();
    auto addState = [&](Type type, const std::string &name) {
      unsigned index = main.getNumArguments();
      (void)main.insertArgument(index, type,
                                attrs.getDictionaryAttr(attrs.getNamedAttr(
                                    "mcc.name", attrs.getStringAttr(name))),
                                ret.getLoc());
      return main.getArgument(index);
    };
    // Slot arguments: per parameter (slot-major), then shared.
    SmallVector<SmallVector<Value>> perParam(numParams);
    for (const std::string &suffix : slots.perParameter)
      for (unsigned k = 0; k < numParams; ++k) {
        BlockArgument p = main.getArgument(params[k]);
        auto name = main.getArgAttrOfType<StringAttr>(params[k], "mcc.name");
        perParam[k].push_back(addState(p.getType(), (name.str() + "." + suffix)));
      }
    SmallVector<Value> shared;
    for (const std::string &name : slots.shared)
      shared.push_back(addState(RankedTensorType::get({}, b.getF32Type()), name));
    SmallVector<Value> sharedNext = updateShared(options, shared, g);

    SmallVector<Value> newParams;
    SmallVector<SmallVector<Value>> newSlots(numParams);
    for (unsigned k = 0; k < numParams; ++k) {
      BlockArgument p = main.getArgument(params[k]);
      Value grad = grads.lookup(p);
      if (!grad) {
        // No path to the loss: torch leaves such a parameter alone, and so do we.
        newParams.push_back(p);
        newSlots[k].assign(perParam[k].begin(), perParam[k].end());
        continue;
      }
      SmallVector<Value> updated = updateParameter(options, p, grad, perParam[k], sharedNext, g);
      if (g.failed())
        return failure();
      newParams.push_back(updated[0]);
      newSlots[k].assign(updated.begin() + 1, updated.end());
    }

    // The prediction comes back too, so a caller can score the batch it trained on.
    SmallVector<Value> results{built->loss, output};
    auto outputName = main.getResultAttrOfType<StringAttr>(0, "mcc.name");
    SmallVector<std::string> names{"loss", outputName ? outputName.str() : "output"};
    auto argName = [&](Value v) {
      return main.getArgAttrOfType<StringAttr>(cast<BlockArgument>(v).getArgNumber(), "mcc.name")
          .str();
    };
    for (unsigned k = 0; k < numParams; ++k) {
      results.push_back(newParams[k]);
      names.push_back(argName(main.getArgument(params[k])));
    }
    for (unsigned i : running) {
      Value stat = main.getArgument(i);
      results.push_back(nextRunning.lookup(stat) ? nextRunning.lookup(stat) : stat);
      names.push_back(argName(stat));
    }
    for (unsigned s = 0; s < slots.perParameter.size(); ++s)
      for (unsigned k = 0; k < numParams; ++k) {
        results.push_back(newSlots[k][s]);
        names.push_back(argName(perParam[k][s]));
      }
    for (auto [slot, next] : llvm::zip(shared, sharedNext)) {
      results.push_back(next);
      names.push_back(argName(slot));
    }
    b.setInsertionPoint(ret);
    func::ReturnOp::create(b, ret.getLoc(), results);
    ret.erase();
    main.setType(FunctionType::get(ctx, main.getArgumentTypes(), ValueRange(results).getTypes()));
    for (auto [i, name] : llvm::enumerate(names))
      main.setResultAttrs(i, attrs.getDictionaryAttr(
                                 attrs.getNamedAttr("mcc.name", attrs.getStringAttr(name))));
    unsigned numState = results.size() - 2;
    getOperation()->setAttr(
        "mcc.train_step",
        attrs.getDictionaryAttr({attrs.getNamedAttr("num_params", attrs.getI64IntegerAttr(numParams)),
                                 attrs.getNamedAttr("num_state", attrs.getI64IntegerAttr(numState))}));
    return success();
  }
};
} // namespace
