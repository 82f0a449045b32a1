//===- ParameterizeWeights.cpp - initializers become arguments of @main ---===//
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/Regex.h"

namespace mcc {
#define GEN_PASS_DEF_PARAMETERIZEWEIGHTS
#include "passes/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
// The importer locates an initializer at NameLoc(name, file:0:0); nodes are
// at file:index+1, so line 0 tells the two apart.
std::optional<StringRef> getInitializerName(arith::ConstantOp op) {
  auto name = dyn_cast<NameLoc>(op.getLoc());
  if (!name)
    return std::nullopt;
  auto file = dyn_cast<FileLineColLoc>(name.getChildLoc());
  if (!file || file.getLine() != 0)
    return std::nullopt;
  return name.getName().strref();
}

// Operands 3 and 4 of a batch norm: statistics, not weights.
bool isRunningStatistic(arith::ConstantOp op) {
  return llvm::all_of(op->getUses(), [](OpOperand &use) {
    return isa<mcc::BatchNormOp>(use.getOwner()) && use.getOperandNumber() >= 3;
  });
}

struct ParameterizeWeightsPass
    : mcc::impl::ParameterizeWeightsBase<ParameterizeWeightsPass> {
  using Base::Base;
  void runOnOperation() override {
    auto main = getOperation().lookupSymbol<func::FuncOp>("main");
    if (!main || main.isExternal()) {
      getOperation().emitError("no @main to train");
      return signalPassFailure();
    }
    std::string error;
    llvm::Regex pattern("^(" + trainable + ")$");
    if (!pattern.isValid(error)) {
      getOperation().emitError("--trainable '") << trainable << "' is not a valid pattern: "
                                                << error;
      return signalPassFailure();
    }
    Builder b(&getContext());
    SmallVector<arith::ConstantOp> weights, runningStats;
    main.walk([&](arith::ConstantOp op) {
      auto type = dyn_cast<RankedTensorType>(op.getType());
      std::optional<StringRef> name = getInitializerName(op);
      if (!type || !isa<FloatType>(type.getElementType()) || !name || op->use_empty())
        return;
      if (isRunningStatistic(op))
        runningStats.push_back(op);
      else if (pattern.match(*name))
        weights.push_back(op);
    });
    size_t numWeights = weights.size();
    weights.append(runningStats);
    for (auto [k, weight] : llvm::enumerate(weights)) {
      unsigned index = main.getNumArguments();
      SmallVector<NamedAttribute> attrs = {
          b.getNamedAttr("mcc.name", b.getStringAttr(*getInitializerName(weight))),
          b.getNamedAttr("mcc.initial_value", weight.getValue())};
      if (k >= numWeights)
        attrs.push_back(b.getNamedAttr("mcc.running_stat", b.getUnitAttr()));
      if (failed(main.insertArgument(index, weight.getType(), b.getDictionaryAttr(attrs),
                                     weight.getLoc())))
        return signalPassFailure();
      weight.replaceAllUsesWith(main.getArgument(index));
      weight.erase();
    }
  }
};
} // namespace
