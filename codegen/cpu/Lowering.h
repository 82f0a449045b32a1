//===- Lowering.h - mcc -> linalg pattern sets ------------------*- C++ -*-===//
//
// convert-mcc-to-linalg collects one pattern set per op family; each lives in
// the file named after the family.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_CODEGEN_CPU_LOWERING_H
#define MCC_CODEGEN_CPU_LOWERING_H

#include "mlir/IR/PatternMatch.h"

namespace mcc {
/// Unary, binary, compare, where, cast (ElementwiseLowering.cpp).
void populateElementwiseLowering(mlir::RewritePatternSet &patterns);
/// matmul, gemm (ContractionLowering.cpp).
void populateContractionLowering(mlir::RewritePatternSet &patterns);
/// batch_norm, layer_norm, softmax, log_softmax (NormalizationLowering.cpp).
void populateNormalizationLowering(mlir::RewritePatternSet &patterns);
/// reduce_*, argmax, argmin (ReductionLowering.cpp).
void populateReductionLowering(mlir::RewritePatternSet &patterns);
/// conv, max_pool, avg_pool, global pools (ConvPoolLowering.cpp).
void populateConvPoolLowering(mlir::RewritePatternSet &patterns);
/// shape, reshape, flatten, squeeze, unsqueeze, transpose, concat, slice,
/// gather, expand, tile, constant_of_shape, range (ShapeLowering.cpp).
void populateShapeLowering(mlir::RewritePatternSet &patterns);
/// pad in its four modes (PadLowering.cpp).
void populatePadLowering(mlir::RewritePatternSet &patterns);
/// lstm, gru, rnn (RecurrentLowering.cpp).
void populateRecurrentLowering(mlir::RewritePatternSet &patterns);
/// gather_elements, gather_nd, scatter_elements, scatter_nd, cumsum, cumprod,
/// top_k, one_hot (IndexingLowering.cpp).
void populateIndexingLowering(mlir::RewritePatternSet &patterns);
/// conv_transpose, lp_pool, resize (SpatialLowering.cpp).
void populateSpatialLowering(mlir::RewritePatternSet &patterns);
/// 2-D f32 conv_transpose as the mcc.conv it is, for mcc-lower-to-kernel-calls.
void populateConvTransposeAsKernelConv(mlir::RewritePatternSet &patterns);
/// attention, as one fused online-softmax kernel (AttentionLowering.cpp).
void populateAttentionLowering(mlir::RewritePatternSet &patterns);
/// fused_conv, fused_matmul: the contraction, then one in-place epilogue
/// (FusedLowering.cpp).
void populateFusedLowering(mlir::RewritePatternSet &patterns);
/// quantize_linear, dequantize_linear (QuantLowering.cpp).
void populateQuantLowering(mlir::RewritePatternSet &patterns);

/// Marks the outermost loop of a contraction tiled together with its
/// epilogue (mcc-tile-and-fuse-epilogues); `mcc --stats` counts it as one
/// kernel.
inline constexpr llvm::StringLiteral kKernelLoopAttr = "mcc.kernel";

/// tensor.extract_slice of `input`, or a tensor.empty when a size is 0 (an
/// empty slice at an offset the slice's verifier rejects) (ShapeLowering.cpp).
mlir::Value extractSliceOrEmpty(mlir::OpBuilder &b, mlir::Location loc, mlir::Value input,
                                llvm::ArrayRef<mlir::OpFoldResult> offsets,
                                llvm::ArrayRef<mlir::OpFoldResult> sizes,
                                llvm::ArrayRef<mlir::OpFoldResult> strides);
} // namespace mcc

#endif // MCC_CODEGEN_CPU_LOWERING_H
