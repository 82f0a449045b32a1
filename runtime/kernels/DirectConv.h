// Direct convolution for stride-1 and stride-2 KxK layers (K > 1) over wide rows on AVX-512:
// no im2col. The image is copied once into a zero-padded plane per channel (stride 2: four,
// split by row and column parity); on that plane, the output computed over the padded width
// is, for tap (i, j), the padded input shifted by i*dH*Wp + j*dW (stride 2: plane
// (i % 2, j % 2) shifted by (i / 2)*Wp + j / 2), so each k of the GEMM reads its B row
// straight from a plane with two vector loads. The weights are the same pre-packed A panels
// the GEMM path reads, and the sum runs over k in the same order and K blocks, so the result
// is the im2col path's, bit for bit.
#ifndef MCC_RUNTIME_KERNELS_DIRECTCONV_H
#define MCC_RUNTIME_KERNELS_DIRECTCONV_H

#include "Activations.h"
#include "mcc/kernels.h"

#include <cstdint>

namespace mcc::kernels {

struct DirectConvProblem {
  const mcc_memref4_f32 *in = nullptr;
  mcc_memref4_f32 *out = nullptr;
  const float *weight = nullptr; // A panels per group (PackedLayout.h)
  const float *bias = nullptr;
  int64_t biasStride = 0;
  const mcc_memref4_f32 *residual = nullptr; // null, or a view other than `out`
  bool accumulateIntoOut = false;            // `out` already holds the residual
  int64_t group = 1, KH = 1, KW = 1, strideH = 1, strideW = 1;
  int64_t padTop = 0, padLeft = 0, dH = 1, dW = 1;
  Activation activation;
};

// Runs the convolution and returns true where the direct kernel applies and pays (AVX-512,
// stride 1 (any dilation) or 2 (none), a kernel larger than 1x1, output rows of 48 or
// more, unit-stride output and residual rows, an activation applied in registers, and a
// padded width that wastes at most one lane in 16); returns false, having done nothing,
// otherwise.
bool runDirectConv(const DirectConvProblem &p);

} // namespace mcc::kernels

#endif
