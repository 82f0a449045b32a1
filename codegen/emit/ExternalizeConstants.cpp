//===- ExternalizeConstants.cpp - keep weights out of LLVM IR -------------===//
#include "codegen/Passes.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/SymbolTable.h"

namespace mcc {
#define GEN_PASS_DEF_EXTERNALIZECONSTANTS
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
int64_t sizeInBytes(MemRefType type) {
  int64_t bits = type.getElementType().getIntOrFloatBitWidth();
  return type.getNumElements() * std::max<int64_t>(1, bits / 8);
}

struct ExternalizeConstantsPass
    : mcc::impl::ExternalizeConstantsBase<ExternalizeConstantsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<NamedAttribute> weights;
    if (auto existing = module->getAttrOfType<DictionaryAttr>("mcc.weights"))
      llvm::append_range(weights, existing.getValue());
    int64_t next = weights.size();

    for (auto global : llvm::make_early_inc_range(module.getOps<memref::GlobalOp>())) {
      auto value = dyn_cast_or_null<ElementsAttr>(global.getInitialValueAttr());
      MemRefType type = global.getType();
      if (!value || !global.getConstant() || !type.hasStaticShape() ||
          !type.getElementType().isIntOrFloat() || sizeInBytes(type) < minBytes)
        continue;
      std::string name = "__mcc_weight_" + std::to_string(next++);
      if (failed(symbols.rename(global, name))) {
        global.emitError("cannot rename constant global to ") << name;
        return signalPassFailure();
      }
      weights.emplace_back(StringAttr::get(&getContext(), name), value);
      // A public declaration: the object emitter defines it with the bytes.
      global.setInitialValueAttr(nullptr);
      global.setPublic();
      global.setConstant(false);
    }
    if (!weights.empty())
      module->setAttr("mcc.weights", DictionaryAttr::get(&getContext(), weights));
  }
};
} // namespace
