// The weight gradient of a 2-D convolution as one GEMM per image:
//   grad_w[g] [Mg, Cg*KH*KW] += grad_out[n, g] [Mg, OH*OW] . patches(in[n, g])^T
// where patches is im2col's [Cg*KH*KW, OH*OW] matrix, packed here transposed (its rows are
// output positions, its columns weight taps) straight into the B panels the GEMM reads.
// The images are summed in order, each GEMM split over threads by region, so the bits do
// not depend on the thread count.
#include "GemmDriver.h"
#include "Im2col.h"
#include "PackedLayout.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"
#include "mcc/kernels.h"

#include <algorithm>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

namespace {
using namespace mcc::kernels;

const float *base(const mcc_memref4_f32 *m) { return m->aligned + m->offset; }

struct PatchGeometry {
  ConvGeometry g;
  int64_t taps = 0; // KH * KW
};

// Rows [k0, k0+kc) (output positions) x columns [n0, n0+nc) (channel, tap) of the
// transposed patch matrix, as B panels.
void packPatchesTransposed(const void *context, int64_t k0, int64_t kc, int64_t n0,
                           int64_t nc, float *dst) {
  const PatchGeometry &pg = *static_cast<const PatchGeometry *>(context);
  const ConvGeometry &g = pg.g;
  for (int64_t jp = 0; jp < nc; jp += kNR, dst += kc * kNR) {
    const int64_t width = std::min(kNR, nc - jp);
    int64_t channel[kNR], dy[kNR], dx[kNR];
    for (int64_t col = 0; col < width; ++col) {
      int64_t index = n0 + jp + col, tap = index % pg.taps;
      channel[col] = (index / pg.taps) * g.cs;
      dy[col] = (tap / g.KW) * g.dH - g.padTop;
      dx[col] = (tap % g.KW) * g.dW - g.padLeft;
    }
    int64_t oy = k0 / g.OW, ox = k0 % g.OW;
    for (int64_t k = 0; k < kc; ++k) {
      float *d = dst + k * kNR;
      const int64_t y0 = oy * g.sH, x0 = ox * g.sW;
      for (int64_t col = 0; col < width; ++col) {
        int64_t iy = y0 + dy[col], ix = x0 + dx[col];
        d[col] = iy >= 0 && iy < g.H && ix >= 0 && ix < g.W
                     ? g.in[channel[col] + iy * g.hs + ix * g.ws]
                     : 0.0f;
      }
      std::fill(d + width, d + kNR, 0.0f);
      if (++ox == g.OW) {
        ox = 0;
        ++oy;
      }
    }
  }
}

void runWeightGrad(const mcc_memref4_f32 *in, const mcc_memref4_f32 *gradOut,
                   mcc_memref4_f32 *gradW, int64_t group, int64_t strideH, int64_t strideW,
                   int64_t padTop, int64_t padLeft, int64_t dilationH, int64_t dilationW) {
  const int64_t N = in->sizes[0], C = in->sizes[1];
  const int64_t M = gradOut->sizes[1], OH = gradOut->sizes[2], OW = gradOut->sizes[3];
  const int64_t Cg = gradW->sizes[1], KH = gradW->sizes[2], KW = gradW->sizes[3];
  const int64_t Mg = M / group, columns = Cg * KH * KW, P = OH * OW;
  (void)C;
  // The GEMM writes grad_w as [M, Cg*KH*KW] and reads grad_out as [M, OH*OW]: both must be
  // flat there (the compiler allocates grad_w; a strided grad_out is copied).
  std::vector<float> dense, result;
  const float *dyData = base(gradOut);
  int64_t dyN = gradOut->strides[0], dyM = gradOut->strides[1];
  bool dyFlat = gradOut->strides[3] == 1 && (OH == 1 || gradOut->strides[2] == OW);
  if (!dyFlat) {
    dense.resize(static_cast<size_t>(N * M * P));
    for (int64_t n = 0; n < N; ++n)
      for (int64_t m = 0; m < M; ++m)
        for (int64_t y = 0; y < OH; ++y)
          for (int64_t x = 0; x < OW; ++x)
            dense[((n * M + m) * OH + y) * OW + x] =
                dyData[n * dyN + m * dyM + y * gradOut->strides[2] + x * gradOut->strides[3]];
    dyData = dense.data();
    dyN = M * P;
    dyM = P;
  }
  float *w = gradW->aligned + gradW->offset;
  bool wFlat = gradW->strides[3] == 1 && gradW->strides[2] == KW &&
               gradW->strides[1] == KH * KW && gradW->strides[0] == columns;
  if (!wFlat) {
    result.resize(static_cast<size_t>(M * columns));
    w = result.data();
  }
  if (N == 0)
    std::fill(w, w + M * columns, 0.0f);

  ConvGeometry geometry =
      convGeometry(*in, KH, KW, strideH, strideW, padTop, padLeft, dilationH, dilationW, OW);

  const int threads = threadsFor(group, Mg, columns, P);
  const RegionGrid grid = splitForThreads(Mg, columns, P, (threads + group - 1) / group);
  const int64_t regions = grid.mChunks * grid.nChunks;
  std::vector<PatchGeometry> patches(group);
  for (int64_t n = 0; n < N; ++n) {
    for (int64_t g = 0; g < group; ++g) {
      patches[g].g = geometry;
      patches[g].g.in = base(in) + n * in->strides[0] + g * Cg * in->strides[1];
      patches[g].taps = KH * KW;
    }
    parallelFor(group * regions, threads, [&](int64_t item) {
      int64_t g = item / regions, region = item % regions;
      GemmProblem p;
      p.M = Mg;
      p.N = columns;
      p.K = P;
      p.a.strided = {dyData + n * dyN + g * Mg * dyM, dyM, 1};
      p.b.pack = packPatchesTransposed;
      p.b.context = &patches[g];
      p.c = w + g * Mg * columns;
      p.crs = columns;
      p.ccs = 1;
      p.accumulateIntoC = n > 0;
      int64_t m0 = (region / grid.nChunks) * grid.mStep;
      int64_t n0 = (region % grid.nChunks) * grid.nStep;
      gemmRegion(p, m0, std::min(Mg, m0 + grid.mStep), n0, std::min(columns, n0 + grid.nStep));
    });
  }
  if (!wFlat)
    for (int64_t m = 0; m < M; ++m)
      for (int64_t c = 0; c < Cg; ++c)
        for (int64_t i = 0; i < KH; ++i)
          for (int64_t j = 0; j < KW; ++j)
            gradW->aligned[gradW->offset + m * gradW->strides[0] + c * gradW->strides[1] +
                           i * gradW->strides[2] + j * gradW->strides[3]] =
                result[((m * Cg + c) * KH + i) * KW + j];
}
} // namespace

extern "C" MCC_KERNEL_EXPORT void _mlir_ciface_mcc_kernel_conv2d_weight_grad(
    mcc_memref4_f32 *in, mcc_memref4_f32 *gradOut, mcc_memref4_f32 *gradW, int64_t group,
    int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft, int64_t dilationH,
    int64_t dilationW) {
  mcc::rt::guardKernel([&] {
    runWeightGrad(in, gradOut, gradW, group, strideH, strideW, padTop, padLeft, dilationH,
                  dilationW);
  });
}
