//===- Pipeline.h - the whole mcc pass pipeline -----------------*- C++ -*-===//
#ifndef MCC_CODEGEN_PIPELINE_H
#define MCC_CODEGEN_PIPELINE_H

#include "mlir/Pass/PassManager.h"

namespace mcc {

struct PipelineOptions {
  /// 0 turns off everything optional; 2 is the default.
  unsigned optLevel = 2;
  /// Fusion passes (epilogue, elementwise, attention); `mcc --no-fuse` turns
  /// them off, and only them, so that their effect can be measured.
  bool fuse = true;
  /// f32 conv / matmul / gemm as calls of the runtime's microkernels
  /// (mcc-lower-to-kernel-calls); `mcc --no-microkernels` lowers them to
  /// loops like everything else.
  bool microkernels = true;
};

/// Graph-level optimizations on the mcc dialect: what `mcc --emit=mlir` shows.
void buildGraphPipeline(mlir::OpPassManager &pm, const PipelineOptions &options);

/// The CPU lowering, in three stages the driver can time and inspect apart:
/// mcc -> linalg on tensors,
void buildLinalgPipeline(mlir::OpPassManager &pm, const PipelineOptions &options);
/// tensors -> buffers, with every buffer freed after its last use,
void buildBufferizePipeline(mlir::OpPassManager &pm, const PipelineOptions &options);
/// buffers -> LLVM dialect with the model ABI entry point.
void buildLLVMPipeline(mlir::OpPassManager &pm, const PipelineOptions &options);

/// All three stages: mcc dialect -> LLVM dialect, for the CPU.
void buildCpuLoweringPipeline(mlir::OpPassManager &pm, const PipelineOptions &options);

/// Registers both as `mcc-graph-pipeline` and `mcc-cpu-pipeline` for mcc-opt.
void registerPipelines();

} // namespace mcc

#endif // MCC_CODEGEN_PIPELINE_H
