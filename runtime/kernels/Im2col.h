// im2col packed straight into the B-panel layout: the convolution's [Cg*KH*KW, OH*OW] patch
// matrix is never materialized, only the kKC x kNC block the GEMM driver is about to use.
#ifndef MCC_RUNTIME_KERNELS_IM2COL_H
#define MCC_RUNTIME_KERNELS_IM2COL_H

#include "mcc/kernels.h"

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

// The geometry of a convolution over `in` [N, C, H, W]; `in` itself (one image's group)
// is set by the caller per image and group.
inline ConvGeometry convGeometry(const mcc_memref4_f32 &in, int64_t KH, int64_t KW, int64_t sH,
                                 int64_t sW, int64_t padTop, int64_t padLeft, int64_t dH,
                                 int64_t dW, int64_t OW) {
  ConvGeometry g;
  g.cs = in.strides[1];
  g.hs = in.strides[2];
  g.ws = in.strides[3];
  g.H = in.sizes[2];
  g.W = in.sizes[3];
  g.KH = KH;
  g.KW = KW;
  g.sH = sH;
  g.sW = sW;
  g.padTop = padTop;
  g.padLeft = padLeft;
  g.dH = dH;
  g.dW = dW;
  g.OW = OW;
  return g;
}

// OperandB::pack for a ConvGeometry context.
void packIm2col(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
                float *dst);

} // namespace mcc::kernels

#endif
