//===- EmitModelEntryPoint.cpp - the mcc_model_run ABI function -----------===//
//
// Wraps the model function's C interface (`_mlir_ciface_<name>`, which takes a
// pointer to where the results go, then a pointer per input descriptor) into
// the fixed-arity entry point of runtime/include/mcc/model_abi.h:
//
//   int32_t mcc_model_run(void *const *inputs, void *outputs, void *workspace)
//
// When mcc-plan-memory gave the model function a workspace argument (the
// module then carries `mcc.workspace_bytes`), it is the C interface's last
// parameter: a pointer to a rank-1 memref descriptor, which the entry point
// builds on its stack around `workspace`.
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
// {allocated, aligned, offset, sizes[1], strides[1]} = {ws, ws, 0, bytes, 1}
// in a stack slot; returns the slot's address.
Value workspaceDescriptor(OpBuilder &b, Location loc, Value workspace, int64_t bytes) {
  MLIRContext *ctx = b.getContext();
  auto ptr = LLVM::LLVMPointerType::get(ctx);
  auto i64 = IntegerType::get(ctx, 64);
  auto array = LLVM::LLVMArrayType::get(i64, 1);
  auto type = LLVM::LLVMStructType::getLiteral(ctx, {ptr, ptr, i64, array, array});
  auto constant = [&](int64_t v) {
    return LLVM::ConstantOp::create(b, loc, i64, b.getI64IntegerAttr(v)).getResult();
  };
  Value desc = LLVM::UndefOp::create(b, loc, type);
  desc = LLVM::InsertValueOp::create(b, loc, desc, workspace, ArrayRef<int64_t>{0});
  desc = LLVM::InsertValueOp::create(b, loc, desc, workspace, ArrayRef<int64_t>{1});
  desc = LLVM::InsertValueOp::create(b, loc, desc, constant(0), ArrayRef<int64_t>{2});
  desc = LLVM::InsertValueOp::create(b, loc, desc, constant(bytes), ArrayRef<int64_t>{3, 0});
  desc = LLVM::InsertValueOp::create(b, loc, desc, constant(1), ArrayRef<int64_t>{4, 0});
  Value slot = LLVM::AllocaOp::create(b, loc, ptr, type, constant(1));
  LLVM::StoreOp::create(b, loc, desc, slot);
  return slot;
}

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
    // the results first, then a pointer per input descriptor, then the
    // workspace descriptor if the model has one.
    auto workspaceBytes = module->getAttrOfType<IntegerAttr>("mcc.workspace_bytes");
    unsigned numParams = wrapper.getFunctionType().getNumParams();
    unsigned fixedParams = workspaceBytes ? 2 : 1;
    if (numParams < fixedParams) {
      wrapper.emitError("model function has no outputs");
      return signalPassFailure();
    }
    unsigned numInputs = numParams - fixedParams;

    OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
    Location loc = wrapper.getLoc();
    auto entry = LLVM::LLVMFuncOp::create(b, loc, "mcc_model_run",
                                          LLVM::LLVMFunctionType::get(i32, {ptr, ptr, ptr}));
    Block *body = entry.addEntryBlock(b);
    b.setInsertionPointToStart(body);
    Value inputs = body->getArgument(0), outputs = body->getArgument(1);
    SmallVector<Value> args{outputs};
    for (unsigned i = 0; i < numInputs; ++i) {
      Value slot = LLVM::GEPOp::create(b, loc, ptr, ptr, inputs,
                                       ArrayRef<LLVM::GEPArg>{(int32_t)i});
      args.push_back(LLVM::LoadOp::create(b, loc, ptr, slot));
    }
    if (workspaceBytes)
      args.push_back(workspaceDescriptor(b, loc, body->getArgument(2), workspaceBytes.getInt()));
    // The planner's marker has served its purpose; LLVM IR translation would
    // warn about an unknown parameter attribute.
    module.walk([&](LLVM::LLVMFuncOp func) {
      for (unsigned i = 0; i < func.getNumArguments(); ++i)
        func.removeArgAttr(i, StringAttr::get(ctx, "mcc.workspace"));
    });
    LLVM::CallOp::create(b, loc, wrapper, args);
    Value ok = LLVM::ConstantOp::create(b, loc, i32, b.getI32IntegerAttr(0));
    LLVM::ReturnOp::create(b, loc, ok);
  }
};
} // namespace
