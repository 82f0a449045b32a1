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
/// gather, expand, tile, constant_of_shape, range, pad (ShapeLowering.cpp).
void populateShapeLowering(mlir::RewritePatternSet &patterns);
/// lstm, gru, rnn (RecurrentLowering.cpp).
void populateRecurrentLowering(mlir::RewritePatternSet &patterns);
/// gather_elements, gather_nd, scatter_elements, scatter_nd, cumsum, cumprod,
/// top_k, one_hot (IndexingLowering.cpp).
void populateIndexingLowering(mlir::RewritePatternSet &patterns);
/// conv_transpose, lp_pool, resize (SpatialLowering.cpp).
void populateSpatialLowering(mlir::RewritePatternSet &patterns);
} // namespace mcc

#endif // MCC_CODEGEN_CPU_LOWERING_H
