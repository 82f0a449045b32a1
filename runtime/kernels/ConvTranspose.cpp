// A 2-D transposed convolution (what a training step's conv input gradient is) as one GEMM
// per image and group into columns, then a col2im scatter:
//   cols [Mg*KH*KW, H*W] = W[g]^T [Mg*KH*KW, Cg] . x[n, g] [Cg, H*W]
//   y[n, g*Mg + m, iy*sH - padTop + i*dH, ix*sW - padLeft + j*dW] += cols[(m, i, j), (iy, ix)]
// with W [C, Mg, KH, KW] as ONNX lays it out. Run as a convolution of the zero-spread, padded
// input instead, the same result costs an im2col of Mg*KH*KW rows over the padded output and
// about 1.5x the arithmetic. Images are split over threads, each with its own column buffer,
// and every output element sums its taps in the same order, whatever the thread count.
#include "DenseCopy.h"
#include "GemmDriver.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"
#include "mcc/kernels.h"

#include <algorithm>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

namespace {
using namespace mcc::kernels;

void runConvTranspose(const mcc_memref4_f32 *input, const mcc_memref4_f32 *weight,
                      mcc_memref4_f32 *output, int64_t group, int64_t strideH, int64_t strideW,
                      int64_t padTop, int64_t padLeft, int64_t dilationH, int64_t dilationW) {
  const int64_t N = input->sizes[0], C = input->sizes[1], H = input->sizes[2],
                W = input->sizes[3];
  const int64_t Mg = weight->sizes[1], KH = weight->sizes[2], KW = weight->sizes[3];
  const int64_t OH = output->sizes[2], OW = output->sizes[3];
  const int64_t Cg = C / group, rows = Mg * KH * KW, pixels = H * W;
  std::vector<float> xCopy, wCopy;
  const float *x = denseData(*input, xCopy), *w = denseData(*weight, wCopy);
  const int64_t *ys = output->strides;
  float *y = output->aligned + output->offset;

  int threads = std::min<int64_t>(threadsFor(N * group, rows, pixels, Cg), N);
  parallelFor(N, std::max(threads, 1), [&](int64_t n) {
    thread_local std::vector<float> cols;
    cols.resize(static_cast<size_t>(rows * pixels));
    float *yn = y + n * ys[0];
    for (int64_t m = 0; m < Mg * group; ++m)
      for (int64_t oy = 0; oy < OH; ++oy)
        for (int64_t ox = 0; ox < OW; ++ox)
          yn[m * ys[1] + oy * ys[2] + ox * ys[3]] = 0.0f;
    for (int64_t g = 0; g < group; ++g) {
      Strided b{x + (n * C + g * Cg) * pixels, pixels, 1};
      GemmProblem p;
      p.M = rows;
      p.N = pixels;
      p.K = Cg;
      p.a.strided = {w + g * Cg * rows, 1, rows}; // W[g]^T: row (m, i, j), column c
      p.b.pack = packStridedB;
      p.b.context = &b;
      p.c = cols.data();
      p.crs = pixels;
      p.ccs = 1;
      gemmRegion(p, 0, rows, 0, pixels);
      for (int64_t m = 0; m < Mg; ++m) {
        float *plane = yn + (g * Mg + m) * ys[1];
        for (int64_t i = 0; i < KH; ++i)
          for (int64_t j = 0; j < KW; ++j) {
            const float *col = cols.data() + ((m * KH + i) * KW + j) * pixels;
            // The input columns [first, last) whose output column is inside [0, OW).
            const int64_t shift = j * dilationW - padLeft;
            int64_t first = 0, last = W;
            while (first < W && first * strideW + shift < 0)
              ++first;
            while (last > first && (last - 1) * strideW + shift >= OW)
              --last;
            for (int64_t iy = 0; iy < H; ++iy) {
              const int64_t oy = iy * strideH - padTop + i * dilationH;
              if (oy < 0 || oy >= OH)
                continue;
              float *row = plane + oy * ys[2];
              const float *src = col + iy * W;
              for (int64_t ix = first; ix < last; ++ix)
                row[(ix * strideW + shift) * ys[3]] += src[ix];
            }
          }
      }
    }
  });
}
} // namespace

extern "C" MCC_KERNEL_EXPORT void _mlir_ciface_mcc_kernel_conv2d_transpose(
    mcc_memref4_f32 *input, mcc_memref4_f32 *weight, mcc_memref4_f32 *output, int64_t group,
    int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft, int64_t dilationH,
    int64_t dilationW) {
  mcc::rt::guardKernel([&] {
    runConvTranspose(input, weight, output, group, strideH, strideW, padTop, padLeft,
                     dilationH, dilationW);
  });
}
