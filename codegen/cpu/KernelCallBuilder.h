//===- KernelCallBuilder.h - pieces of a microkernel call on tensors -*- C++ -*-===//
//
// What every lowering to a runtime microkernel (mcc/kernels.h) needs, still on
// tensors: operands as read-only buffers with fully dynamic layouts, a fresh
// result buffer handed back as a tensor, the kernel's declaration, and
// constants packed at compile time. See KernelCalls.cpp for why calls are
// built this way.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_CODEGEN_CPU_KERNELCALLBUILDER_H
#define MCC_CODEGEN_CPU_KERNELCALLBUILDER_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>
#include <vector>

namespace mcc {

/// True for a ranked f32 tensor.
bool isF32Tensor(mlir::Value v);

/// The memref type of a kernel parameter of `rank`: every size, stride and
/// the offset dynamic; f32 unless `element` is given.
mlir::MemRefType dynamicMemRefType(mlir::MLIRContext *ctx, int64_t rank,
                                   mlir::Type element = {});

/// `tensor` as a kernel parameter: its buffer, read only, cast to the fully
/// dynamic memref type (a cast bufferization folds away).
mlir::Value asKernelOperand(mlir::OpBuilder &b, mlir::Location loc, mlir::Value tensor);

/// The dynamic sizes of a tensor of `type` whose dims are `sizes`.
llvm::SmallVector<mlir::Value> dynamicSizes(mlir::OpBuilder &b, mlir::Location loc,
                                            mlir::RankedTensorType type,
                                            llvm::ArrayRef<mlir::OpFoldResult> sizes);

/// Every dim of `tensor`, static or read with tensor.dim.
llvm::SmallVector<mlir::OpFoldResult> tensorSizes(mlir::OpBuilder &b, mlir::Location loc,
                                                  mlir::Value tensor);

/// A result buffer of `type` with dims `sizes`, 64-byte aligned.
mlir::Value allocResult(mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
                        llvm::ArrayRef<mlir::OpFoldResult> sizes);

/// `buffer`, which the kernel has filled, back as a tensor of `type`.
mlir::Value asResultTensor(mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
                           mlir::Value buffer);

/// The declaration of kernel `name` (C interface) in `module`, created on
/// first use.
mlir::func::FuncOp getKernel(mlir::ModuleOp module, llvm::StringRef name,
                             mlir::TypeRange argTypes, mlir::TypeRange resultTypes = {});

/// The epilogue activation of a call: its kernels.h code and two parameters.
struct Activation {
  int64_t code = 0; // MCC_ACT_NONE
  float p0 = 0, p1 = 0;
};

/// The kernels.h code of a fused op's `activation` name, or -1.
int64_t activationCode(llvm::StringRef name);

/// A fused op's activation as a kernel epilogue, or none for an unknown name.
std::optional<Activation> getActivation(llvm::StringRef name, llvm::ArrayRef<double> params);

/// The data of a constant f32 tensor, or none.
std::optional<std::vector<float>> getConstantFloats(mlir::Value v);

/// A 1-D f32 constant holding `values` (a weight blob once large).
mlir::Value createPackedConstant(mlir::OpBuilder &b, mlir::Location loc,
                                 llvm::ArrayRef<float> values, llvm::StringRef blobName);

/// A 1-D constant of `element` (i8, i32...) holding the raw `bytes`.
mlir::Value createPackedBytesConstant(mlir::OpBuilder &b, mlir::Location loc, mlir::Type element,
                                      llvm::ArrayRef<char> bytes, llvm::StringRef blobName);

/// The trailing arguments of gemm and conv calls: flags, activation, p0, p1.
llvm::SmallVector<mlir::Value> epilogueArgs(mlir::OpBuilder &b, mlir::Location loc,
                                            int64_t flags, Activation act);

/// lstm and gru as calls of mcc_kernel_lstm / mcc_kernel_gru
/// (RecurrentKernelCalls.cpp), for mcc-lower-to-kernel-calls.
void populateRecurrentKernelCalls(mlir::RewritePatternSet &patterns);

/// mcc.qconv as calls of mcc_kernel_qconv2d (QuantizedKernelCalls.cpp).
void populateQuantizedKernelCalls(mlir::RewritePatternSet &patterns);

} // namespace mcc

#endif // MCC_CODEGEN_CPU_KERNELCALLBUILDER_H
