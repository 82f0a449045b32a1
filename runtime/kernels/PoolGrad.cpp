// The gradient of a 2-D max pool: each output gradient goes to the first maximum of its
// window (row-major within the window, as PyTorch routes it). One pass per plane: the
// forward's comparisons again, then a scatter-add into the zeroed input gradient.
#include "GemmDriver.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"
#include "mcc/kernels.h"

#include <algorithm>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

namespace {
using namespace mcc::kernels;

const float *base(const mcc_memref4_f32 *m) { return m->aligned + m->offset; }

void runMaxPoolGrad(const mcc_memref4_f32 *in, const mcc_memref4_f32 *gradOut,
                    mcc_memref4_f32 *gradIn, int64_t kernelH, int64_t kernelW,
                    int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft,
                    int64_t dilationH, int64_t dilationW) {
  const int64_t N = in->sizes[0], C = in->sizes[1], H = in->sizes[2], W = in->sizes[3];
  const int64_t OH = gradOut->sizes[2], OW = gradOut->sizes[3];
  const int64_t planes = N * C;
  int threads = threadsFor(planes, 1, OH * OW, kernelH * kernelW * 4);
  parallelFor(planes, threads, [&](int64_t plane) {
    int64_t n = plane / C, c = plane % C;
    const float *x = base(in) + n * in->strides[0] + c * in->strides[1];
    const float *dy = base(gradOut) + n * gradOut->strides[0] + c * gradOut->strides[1];
    float *dx = gradIn->aligned + gradIn->offset + n * gradIn->strides[0] + c * gradIn->strides[1];
    const int64_t xs = in->strides[2], xw = in->strides[3];
    const int64_t ys = gradOut->strides[2], yw = gradOut->strides[3];
    const int64_t ds = gradIn->strides[2], dw = gradIn->strides[3];
    for (int64_t y = 0; y < H; ++y)
      for (int64_t x0 = 0; x0 < W; ++x0)
        dx[y * ds + x0 * dw] = 0.0f;
    for (int64_t oy = 0; oy < OH; ++oy)
      for (int64_t ox = 0; ox < OW; ++ox) {
        int64_t best = -1;
        float top = 0;
        for (int64_t i = 0; i < kernelH; ++i) {
          int64_t iy = oy * strideH - padTop + i * dilationH;
          if (iy < 0 || iy >= H)
            continue;
          for (int64_t j = 0; j < kernelW; ++j) {
            int64_t ix = ox * strideW - padLeft + j * dilationW;
            if (ix < 0 || ix >= W)
              continue;
            float v = x[iy * xs + ix * xw];
            if (best < 0 || v > top) {
              top = v;
              best = iy * W + ix;
            }
          }
        }
        if (best >= 0)
          dx[(best / W) * ds + (best % W) * dw] += dy[oy * ys + ox * yw];
      }
  });
}
} // namespace

extern "C" MCC_KERNEL_EXPORT void _mlir_ciface_mcc_kernel_max_pool2d_grad(
    mcc_memref4_f32 *in, mcc_memref4_f32 *gradOut, mcc_memref4_f32 *gradIn, int64_t kernelH,
    int64_t kernelW, int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft,
    int64_t dilationH, int64_t dilationW) {
  mcc::rt::guardKernel([&] {
    runMaxPoolGrad(in, gradOut, gradIn, kernelH, kernelW, strideH, strideW, padTop, padLeft,
                   dilationH, dilationW);
  });
}
