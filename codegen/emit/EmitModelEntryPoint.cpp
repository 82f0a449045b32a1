//===- EmitModelEntryPoint.cpp - the mcc_model_run ABI function -----------===//
//
// Wraps the model function's C interface (`_mlir_ciface_<name>`, which takes a
// pointer to where the results go, then a pointer per input descriptor) into
// the fixed-arity entry point of runtime/include/mcc/model_abi.h:
//
//   int32_t mcc_model_run(void *const *inputs, void *outputs)
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mcc {
#define GEN_PASS_DEF_EMITMODELENTRYPOINT
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
struct EmitModelEntryPointPass
    : mcc::impl::EmitModelEntryPointBase<EmitModelEntryPointPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    std::string wrapperName = "_mlir_ciface_" + function;
    auto wrapper = module.lookupSymbol<LLVM::LLVMFuncOp>(wrapperName);
    if (!wrapper) {
      module.emitError("no C interface '") << wrapperName << "' to wrap; was the model "
                                           << "function prepared by mcc-materialize-outputs?";
      return signalPassFailure();
    }
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    auto i32 = IntegerType::get(ctx, 32);
    // A model has at least one output, so the C interface takes the pointer to
    // the results first; every other parameter is an input descriptor pointer.
    unsigned numParams = wrapper.getFunctionType().getNumParams();
    if (numParams == 0) {
      wrapper.emitError("model function has no outputs");
      return signalPassFailure();
    }
    unsigned numInputs = numParams - 1;

    OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
    Location loc = wrapper.getLoc();
    auto entry = LLVM::LLVMFuncOp::create(b, loc, "mcc_model_run",
                                          LLVM::LLVMFunctionType::get(i32, {ptr, ptr}));
    Block *body = entry.addEntryBlock(b);
    b.setInsertionPointToStart(body);
    Value inputs = body->getArgument(0), outputs = body->getArgument(1);
    SmallVector<Value> args{outputs};
    for (unsigned i = 0; i < numInputs; ++i) {
      Value slot = LLVM::GEPOp::create(b, loc, ptr, ptr, inputs,
                                       ArrayRef<LLVM::GEPArg>{(int32_t)i});
      args.push_back(LLVM::LoadOp::create(b, loc, ptr, slot));
    }
    LLVM::CallOp::create(b, loc, wrapper, args);
    Value ok = LLVM::ConstantOp::create(b, loc, i32, b.getI32IntegerAttr(0));
    LLVM::ReturnOp::create(b, loc, ok);
  }
};
} // namespace
