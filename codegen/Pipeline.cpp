//===- Pipeline.cpp - the whole mcc pass pipeline, top to bottom ----------===//
//
//   ONNX --frontend--> mcc dialect
//        --graph-->    mcc dialect, folded and simplified
//        --lower-->    linalg / tensor / arith / math / scf on tensors
//        --bufferize-> the same on memrefs, one allocation per intermediate
//        --to LLVM-->  LLVM dialect plus the mcc_model_run ABI entry point
//
// The object emitter (emit/ObjectEmitter.cpp) takes it from there.
//
//===----------------------------------------------------------------------===//
#include "codegen/Pipeline.h"

#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {
// Pipelines are written as mlir-opt would take them, so that any stage can be
// replayed by hand with `mcc-opt --pass-pipeline=...`.
void addPipeline(OpPassManager &pm, llvm::StringRef pipeline) {
  std::string errors;
  llvm::raw_string_ostream os(errors);
  if (failed(parsePassPipeline(pipeline, pm, os)))
    llvm::report_fatal_error(llvm::Twine("mcc: bad built-in pipeline: ") + errors);
}
} // namespace

void mcc::buildGraphPipeline(OpPassManager &pm, const PipelineOptions &options) {
  if (options.optLevel == 0)
    return;
  // Canonicalize first so the recomposition patterns see folded shapes and
  // constants; fold the weights once the normalizations are in one piece.
  addPipeline(pm, "canonicalize,func.func(mcc-fuse-quantized-conv,mcc-fold-dequantized-constants,"
                  "mcc-recompose-layer-norm,mcc-recompose-activations,"
                  "mcc-fold-batch-norm,mcc-fold-constant-affine-into-conv),canonicalize,cse");
  // Fusion comes last, once the recomposed activations exist. Attention goes
  // first: epilogue fusion would otherwise take its matmuls.
  if (options.fuse)
    addPipeline(pm, "func.func(mcc-fuse-attention,mcc-fuse-epilogue),canonicalize");
}

void mcc::buildLinalgPipeline(OpPassManager &pm, const PipelineOptions &options) {
  if (options.optLevel > 0 && options.microkernels)
    addPipeline(pm, "mcc-lower-to-kernel-calls");
  addPipeline(pm, "convert-mcc-to-linalg,canonicalize");
  if (options.optLevel > 0 && options.fuse)
    addPipeline(pm, "mcc-fuse-elementwise,canonicalize,cse,"
                    "func.func(mcc-tile-and-fuse-epilogues),canonicalize");
  addPipeline(pm, "func.func(mcc-expand-dynamic-groups-as-reshape),mcc-materialize-outputs");
}

void mcc::buildBufferizePipeline(OpPassManager &pm, const PipelineOptions &options) {
  // Function boundaries use plain row-major memrefs: that is what the model ABI
  // passes in and out.
  addPipeline(pm, "empty-tensor-to-alloc-tensor,"
                  "one-shot-bufferize{bufferize-function-boundaries "
                  "function-boundary-type-conversion=identity-layout-map},"
                  // cse lets canonicalize drop the self-copy a tile loop's
                  // in-place insert_slice bufferizes to.
                  "canonicalize,cse,canonicalize,mcc-plan-memory,buffer-deallocation-pipeline,mcc-guard-dynamic-allocs,"
                  "mcc-externalize-constants,"
                  "func.func(mcc-lower-strided-copies)");
  // Last on buffers: no pass after it looks into the outlined loops.
  if (options.optLevel > 0)
    addPipeline(pm, "mcc-outline-parallel-loops");
}

void mcc::buildLLVMPipeline(OpPassManager &pm, const PipelineOptions &) {
  // Allocations call _mlir_memref_to_llvm_alloc/free, which the runtime defines
  // (runtime/src/BufferCache.cpp) to keep freed buffers for the next run.
  addPipeline(pm, "convert-bufferization-to-memref,func.func(convert-linalg-to-loops),lower-affine,convert-scf-to-cf,"
                  "expand-strided-metadata,lower-affine,convert-math-to-llvm,"
                  "convert-math-to-libm,finalize-memref-to-llvm{use-generic-functions},convert-arith-to-llvm,"
                  "convert-index-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,"
                  "reconcile-unrealized-casts,mcc-emit-entry-point,canonicalize");
}

void mcc::buildCpuLoweringPipeline(OpPassManager &pm, const PipelineOptions &options) {
  buildLinalgPipeline(pm, options);
  buildBufferizePipeline(pm, options);
  buildLLVMPipeline(pm, options);
}

void mcc::registerPipelines() {
  PassPipelineRegistration<>("mcc-graph-pipeline",
                             "Graph-level optimizations on the mcc dialect (-O2)",
                             [](OpPassManager &pm) { buildGraphPipeline(pm, {}); });
  PassPipelineRegistration<>("mcc-cpu-pipeline",
                             "Lower the mcc dialect to the LLVM dialect for the CPU (-O2)",
                             [](OpPassManager &pm) { buildCpuLoweringPipeline(pm, {}); });
}
