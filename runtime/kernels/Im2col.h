// im2col packed straight into the B-panel layout: the convolution's [Cg*KH*KW, OH*OW] patch
// matrix is never materialized, only the kKC x kNC block the GEMM driver is about to use.
#ifndef MCC_RUNTIME_KERNELS_IM2COL_H
#define MCC_RUNTIME_KERNELS_IM2COL_H

#include <cstdint>

namespace mcc::kernels {

// One image's channels of one group. Row k = (c*KH + i)*KW + j, column p = y*OW + x of the
// patch matrix is in[c*cs + iy*hs + ix*ws] with iy = y*sH - padTop + i*dH, ix likewise, or 0
// outside the image.
struct ConvGeometry {
  const float *in = nullptr;
  int64_t cs = 0, hs = 0, ws = 0;
  int64_t H = 0, W = 0, KH = 0, KW = 0;
  int64_t sH = 1, sW = 1, padTop = 0, padLeft = 0, dH = 1, dW = 1;
  int64_t OW = 0;
};

// OperandB::pack for a ConvGeometry context.
void packIm2col(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
                float *dst);

} // namespace mcc::kernels

#endif
