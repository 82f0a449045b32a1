//===- MaterializeOutputs.cpp - fresh buffers for model outputs -----------===//
//
// The model ABI (runtime/include/mcc/model_abi.h) hands every output to the
// caller as a malloc'ed block it frees. A returned tensor may otherwise
// bufferize to an input, a constant global or another output, so each one is
// copied into an explicit allocation here, on tensors, before bufferization.
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"
#include "codegen/cpu/LoweringUtils.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mcc {
#define GEN_PASS_DEF_MATERIALIZEOUTPUTS
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
struct MaterializeOutputsPass : mcc::impl::MaterializeOutputsBase<MaterializeOutputsPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isPrivate() || func.isExternal())
        continue;
      // The entry-point pass calls the function through its C interface. The
      // tensor names were read into the model signature before lowering, and
      // LLVM has no use for them.
      func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(), UnitAttr::get(&getContext()));
      for (unsigned i = 0; i < func.getNumArguments(); ++i) {
        func.removeArgAttr(i, "mcc.name");
        // Inputs belong to the caller: bufferization must never write into them.
        if (isa<TensorType>(func.getArgument(i).getType()))
          func.setArgAttr(i, bufferization::BufferizationDialect::kWritableAttrName,
                          BoolAttr::get(&getContext(), false));
      }
      for (unsigned i = 0; i < func.getNumResults(); ++i)
        func.removeResultAttr(i, StringAttr::get(&getContext(), "mcc.name"));
      func.walk([&](func::ReturnOp ret) {
        OpBuilder b(ret);
        SmallVector<Value> fresh;
        for (Value v : ret.getOperands()) {
          auto type = dyn_cast<RankedTensorType>(v.getType());
          if (!type) {
            fresh.push_back(v);
            continue;
          }
          SmallVector<Value> dynamicSizes;
          for (int64_t d = 0; d < type.getRank(); ++d)
            if (type.isDynamicDim(d))
              dynamicSizes.push_back(tensor::DimOp::create(b, ret.getLoc(), v, d));
          Value alloc = bufferization::AllocTensorOp::create(b, ret.getLoc(), type, dynamicSizes);
          fresh.push_back(
              linalg::CopyOp::create(b, ret.getLoc(), v, alloc).getResult(0));
        }
        ret->setOperands(fresh);
      });
    }
  }
};
} // namespace
