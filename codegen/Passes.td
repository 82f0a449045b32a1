//===- Passes.td - codegen passes ---------------------------*- tablegen -*-===//
#ifndef MCC_CODEGEN_PASSES_TD
#define MCC_CODEGEN_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertMccToLinalg : Pass<"convert-mcc-to-linalg", "mlir::ModuleOp"> {
  let summary = "Lower the mcc dialect to linalg, tensor, arith, math and scf on tensors";
  let description = [{
    Rewrites every mcc op into upstream tensor-level dialects: contractions and
    convolutions to named linalg ops, elementwise ops and reductions to
    linalg.generic, reshapes to tensor.collapse_shape / expand_shape /
    reshape, recurrent cells to an scf.for over time steps. Dynamic dims are
    read with tensor.dim, so one lowering serves every batch size.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect", "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect", "mlir::scf::SCFDialect",
    "mlir::tensor::TensorDialect", "mlir::bufferization::BufferizationDialect"
  ];
}

def LowerToKernelCalls : Pass<"mcc-lower-to-kernel-calls", "mlir::ModuleOp"> {
  let summary = "Lower f32 conv, matmul and gemm (fused or not) to runtime microkernel calls";
  let description = [{
    Runs before convert-mcc-to-linalg. Each f32 2-D `mcc.conv` /
    `mcc.fused_conv` with a constant weight, and each f32 `mcc.matmul` /
    `mcc.fused_matmul` / `mcc.gemm` whose batch dims the kernel can take,
    becomes a `func.call` of `mcc_kernel_conv2d` or `mcc_kernel_gemm`
    (runtime/include/mcc/kernels.h), declared with `llvm.emit_c_interface`.
    Operands cross as `bufferization.to_buffer read_only` memrefs with fully
    dynamic layouts; the result is a `memref.alloc` returned to tensors by
    `bufferization.to_tensor restrict writable`. Constant weights are packed
    at compile time into the kernels' layout. Anything else is left as it is
    for convert-mcc-to-linalg.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect", "mlir::bufferization::BufferizationDialect",
    "mlir::func::FuncDialect", "mlir::memref::MemRefDialect", "mlir::tensor::TensorDialect"
  ];
}

def FuseElementwise : Pass<"mcc-fuse-elementwise", "mlir::ModuleOp"> {
  let summary = "Fuse producer-consumer chains of elementwise linalg ops";
  let description = [{
    Fuses a linalg.generic into its elementwise consumer when it has no other
    use, so a chain of elementwise ops runs as one loop nest. Unlike upstream's
    linalg-fuse-elementwise-ops, it does not push reshapes through generics:
    that creates memref.expand_shape ops with two dynamic dims in one group,
    on which LLVM 22's expand-strided-metadata crashes (llvm-project#186830).
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect", "mlir::tensor::TensorDialect"];
}

def TileAndFuseEpilogues : Pass<"mcc-tile-and-fuse-epilogues", "mlir::func::FuncOp"> {
  let summary = "Run each contraction and its in-place epilogue as one tiled kernel";
  let description = [{
    An all-parallel linalg.generic that updates the result of a convolution
    or matmul in place (what fused_conv / fused_matmul lower to: bias,
    residual, activation) is tiled over its outer parallel dims (batch and
    output channels of a conv, the rows of a matmul) and the contraction and
    the fill of its accumulator are fused into the tile loop
    (scf::tileConsumerAndFuseProducersUsingSCF). Each tile is then computed
    and finished while it is in cache, and the loop writes its result in
    place. The outermost loop gets the `mcc.kernel` attribute, which
    `mcc --stats` counts as one kernel.
  }];
  let options = [
    Option<"channelTile", "channel-tile", "int64_t", /*default=*/"16",
           "Output channels per tile of a convolution">,
    Option<"rowTile", "row-tile", "int64_t", /*default=*/"32",
           "Rows per tile of a matmul">
  ];
  let dependentDialects = ["mlir::scf::SCFDialect", "mlir::tensor::TensorDialect",
                           "mlir::affine::AffineDialect", "mlir::arith::ArithDialect"];
}

def ExpandDynamicGroupsAsReshape : Pass<"mcc-expand-dynamic-groups-as-reshape", "mlir::func::FuncOp"> {
  let summary = "Rewrite expand_shape ops that split one dim into several dynamic dims";
  let description = [{
    A tensor.expand_shape whose reassociation group holds two or more
    dynamic dims (e.g. [B*S, K] -> [B, S, K] with B and S dynamic) becomes
    memref.expand_shape, on which LLVM 22's expand-strided-metadata crashes
    (llvm-project#186830). Such ops become tensor.reshape with the output
    shape as a tensor, which bufferizes to memref.reshape instead.
  }];
  let dependentDialects = ["mlir::tensor::TensorDialect", "mlir::arith::ArithDialect"];
}

def ExternalizeConstants : Pass<"mcc-externalize-constants", "mlir::ModuleOp"> {
  let summary = "Turn large constant globals into external symbols the emitter fills";
  let description = [{
    After bufferization, weights are memref.global ops holding their data as a
    dense or dense_resource attribute. Pushing megabytes of weights through
    LLVM IR as constants makes compile time and memory explode, so this pass
    strips the initial value of every global larger than `min-bytes`, leaving
    a public declaration named `__mcc_weight_N`, and records the data in the
    `mcc.weights` module attribute for the object emitter, which writes the
    bytes straight into the object file.
  }];
  let options = [
    Option<"minBytes", "min-bytes", "int64_t", /*default=*/"256",
           "Globals at least this large are externalized">
  ];
}

def LowerStridedCopies : Pass<"mcc-lower-strided-copies", "mlir::func::FuncOp"> {
  let summary = "Turn memref.copy between non-contiguous buffers into linalg.copy";
  let description = [{
    The LLVM lowering turns a memref.copy whose operands are not both dense
    into a call to `memrefCopy` from MLIR's runner utilities, a library a model
    must not need. Such copies become linalg.copy, which lowers to plain loops;
    copies between dense buffers stay memref.copy and become memcpy.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect"];
}

def OutlineParallelLoops : Pass<"mcc-outline-parallel-loops", "mlir::ModuleOp"> {
  let summary = "Run large linalg loops on buffers over the runtime's thread pool";
  let description = [{
    Each linalg op on buffers in a function's entry block whose outermost loop
    is parallel, whose every operand is indexed by that loop in its first dim
    or not at all, and which does at least 32K iterations becomes a private
    function `@__mcc_parallel_N(ctx, begin, end)` that runs the op on the
    rows [begin, end), and a call of the runtime's `mcc_parallel_for` that
    splits the rows over the threads. `ctx` is a stack struct of the op's
    operands as LLVM memref descriptors (unrealized casts that the LLVM
    lowering folds away). Each element is computed as before, so results do
    not depend on the thread count.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect", "mlir::arith::ArithDialect",
                           "mlir::memref::MemRefDialect", "mlir::func::FuncDialect"];
}

def MaterializeOutputs : Pass<"mcc-materialize-outputs", "mlir::ModuleOp"> {
  let summary = "Give every model output a buffer of its own";
  let description = [{
    The model ABI promises that every output is a fresh allocation the caller
    frees, and that inputs are never written. On tensors, each value returned
    by the entry function is copied into a bufferization.alloc_tensor, so that
    no output aliases an input, a constant, or another output; every input is
    marked `bufferization.writable = false`.
  }];
  let dependentDialects = ["mlir::bufferization::BufferizationDialect",
                           "mlir::linalg::LinalgDialect", "mlir::tensor::TensorDialect"];
}

def PlanMemory : Pass<"mcc-plan-memory", "mlir::ModuleOp"> {
  let summary = "Place every intermediate buffer at an offset in one workspace arena";
  let description = [{
    Runs after bufferization, before the deallocation pipeline. Every
    statically shaped memref.alloc in the model function's body that is not
    returned gets a live interval (from the alloc to the last top-level op
    using it or any alias; a use inside a loop counts for the whole loop) and
    an offset, 64-byte aligned, by greedy-by-size packing: buffers whose
    lifetimes overlap never share bytes. Each such alloc becomes a memref.view
    into a `memref<Nxi8>` argument appended to the function (marked
    `mcc.workspace`), which the runtime allocates once per concurrent run.
    Dynamic shapes, allocs nested in loops or branches, and outputs stay
    allocations. Records `mcc.workspace_bytes`, `mcc.planned_buffers` and
    `mcc.unplanned_buffers` on the module.
  }];
  let options = [
    Option<"function", "function", "std::string", /*default=*/"\"main\"",
           "The model function to plan">
  ];
  let dependentDialects = ["mlir::arith::ArithDialect", "mlir::memref::MemRefDialect"];
}

def GuardDynamicAllocs : Pass<"mcc-guard-dynamic-allocs", "mlir::ModuleOp"> {
  let summary = "Check the run-time sizes of dynamic allocations before they reach malloc";
  let description = [{
    Before every memref.alloc and memref.alloca with dynamic sizes, checks at
    run time that each size is non-negative and that the element count stays
    within 2^40, and otherwise calls `mcc_kernel_invalid_size` (the runtime
    ends the run with MCC_INVALID_ARGUMENT). The sizes come from input values,
    and the LLVM lowering would multiply them into a byte count that wraps.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect", "mlir::func::FuncDialect",
                           "mlir::scf::SCFDialect"];
}

def EmitModelEntryPoint : Pass<"mcc-emit-entry-point", "mlir::ModuleOp"> {
  let summary = "Add the mcc_model_run entry point of the model ABI";
  let description = [{
    On the LLVM dialect, adds `mcc_model_run(void *const *inputs, void *outputs,
    void *workspace)` (see runtime/include/mcc/model_abi.h): it loads each
    input memref descriptor, wraps `workspace` in a descriptor of
    `mcc.workspace_bytes` bytes when mcc-plan-memory gave the function a
    workspace argument, calls the model function and stores the returned
    descriptors back to back into `outputs`.
  }];
  let options = [
    Option<"function", "function", "std::string", /*default=*/"\"main\"",
           "The model function to wrap">
  ];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

#endif // MCC_CODEGEN_PASSES_TD
