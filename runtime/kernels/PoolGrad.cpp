// The gradient of a 2-D max pool: each output gradient goes to the first maximum of its
// window (row-major within the window, as PyTorch routes it). One pass per plane: the
// forward's comparisons again, then a scatter-add into the zeroed input gradient, or, for
// non-overlapping 2x2 windows, a store of each tap's share.
#include "GemmDriver.h"
#include "Isa.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"
#include "mcc/kernels.h"

#include <algorithm>
#include <immintrin.h>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

namespace {
using namespace mcc::kernels;

const float *base(const mcc_memref4_f32 *m) { return m->aligned + m->offset; }

// The taps [begin, end) of a window starting at `origin` (stride `dilation`) that fall
// inside [0, size): computed once per output row and column, not per tap.
struct TapRange {
  int64_t origin, begin, end;
};

std::vector<TapRange> tapRanges(int64_t outputs, int64_t stride, int64_t pad, int64_t taps,
                                int64_t dilation, int64_t size) {
  std::vector<TapRange> ranges(outputs);
  for (int64_t o = 0; o < outputs; ++o) {
    TapRange &r = ranges[o];
    r.origin = o * stride - pad;
    r.begin = r.origin < 0 ? (-r.origin + dilation - 1) / dilation : 0;
    r.end = size - r.origin <= 0 ? 0 : std::min(taps, (size - r.origin + dilation - 1) / dilation);
  }
  return ranges;
}

// The common 2x2, stride-2 pool without padding or dilation over unit-stride rows. Its
// windows do not overlap, so each tap's gradient is stored, not added, and the winner is
// picked without branches: the generic loop below spends more on its control (and on
// mispredicted data-dependent branches) than on the comparisons.
//
// Outputs [begin, OW) of one row pair; the first maximum in window order (a, b, c, d), as
// the generic loop picks it.
void maxPoolGrad2x2Row(const float *r0, const float *r1, const float *g, float *d0, float *d1,
                       int64_t begin, int64_t OW) {
  for (int64_t ox = begin; ox < OW; ++ox) {
    const float a = r0[2 * ox], b = r0[2 * ox + 1], c = r1[2 * ox], d = r1[2 * ox + 1];
    const bool lower = std::max(c, d) > std::max(a, b);
    const bool right = lower ? d > c : b > a;
    const float grad = g[ox];
    d0[2 * ox] = !lower && !right ? grad : 0.0f;
    d0[2 * ox + 1] = !lower && right ? grad : 0.0f;
    d1[2 * ox] = lower && !right ? grad : 0.0f;
    d1[2 * ox + 1] = lower && right ? grad : 0.0f;
  }
}

// Eight windows at a time: the taps deinterleaved into a, b, c, d vectors, the winner as
// masks, the four gradients interleaved back. The same choices as maxPoolGrad2x2Row
// (_mm256_max_ps(b, a) is `b > a ? b : a`, NaNs included).
#define MCC_AVX2 __attribute__((target("avx2,fma")))
MCC_AVX2 __m256 evenLanes(__m256 lo, __m256 hi) {
  return _mm256_castpd_ps(
      _mm256_permute4x64_pd(_mm256_castps_pd(_mm256_shuffle_ps(lo, hi, 0x88)), 0xD8));
}
MCC_AVX2 __m256 oddLanes(__m256 lo, __m256 hi) {
  return _mm256_castpd_ps(
      _mm256_permute4x64_pd(_mm256_castps_pd(_mm256_shuffle_ps(lo, hi, 0xDD)), 0xD8));
}
// Stores even[0], odd[0], even[1], odd[1], ... (16 floats).
MCC_AVX2 void storeInterleaved(float *out, __m256 even, __m256 odd) {
  __m256 lo = _mm256_unpacklo_ps(even, odd), hi = _mm256_unpackhi_ps(even, odd);
  _mm256_storeu_ps(out, _mm256_permute2f128_ps(lo, hi, 0x20));
  _mm256_storeu_ps(out + 8, _mm256_permute2f128_ps(lo, hi, 0x31));
}

MCC_AVX2 int64_t maxPoolGrad2x2RowAvx2(const float *r0, const float *r1, const float *g,
                                       float *d0, float *d1, int64_t OW) {
  int64_t ox = 0;
  for (; ox + 8 <= OW; ox += 8) {
    __m256 top0 = _mm256_loadu_ps(r0 + 2 * ox), top1 = _mm256_loadu_ps(r0 + 2 * ox + 8);
    __m256 bot0 = _mm256_loadu_ps(r1 + 2 * ox), bot1 = _mm256_loadu_ps(r1 + 2 * ox + 8);
    __m256 a = evenLanes(top0, top1), b = oddLanes(top0, top1);
    __m256 c = evenLanes(bot0, bot1), d = oddLanes(bot0, bot1);
    __m256 lower = _mm256_cmp_ps(_mm256_max_ps(d, c), _mm256_max_ps(b, a), _CMP_GT_OQ);
    __m256 right = _mm256_blendv_ps(_mm256_cmp_ps(b, a, _CMP_GT_OQ),
                                    _mm256_cmp_ps(d, c, _CMP_GT_OQ), lower);
    __m256 grad = _mm256_loadu_ps(g + ox);
    __m256 upperGrad = _mm256_andnot_ps(lower, grad), lowerGrad = _mm256_and_ps(lower, grad);
    storeInterleaved(d0 + 2 * ox, _mm256_andnot_ps(right, upperGrad), _mm256_and_ps(right, upperGrad));
    storeInterleaved(d1 + 2 * ox, _mm256_andnot_ps(right, lowerGrad), _mm256_and_ps(right, lowerGrad));
  }
  return ox;
}

void maxPoolGrad2x2(const float *x, int64_t xs, const float *dy, int64_t ys, float *dx,
                    int64_t ds, int64_t H, int64_t W, int64_t OH, int64_t OW) {
  const bool avx2 = useAvx2Fma();
  for (int64_t oy = 0; oy < OH; ++oy) {
    const float *r0 = x + 2 * oy * xs, *r1 = r0 + xs;
    float *d0 = dx + 2 * oy * ds, *d1 = d0 + ds;
    const float *g = dy + oy * ys;
    int64_t done = avx2 ? maxPoolGrad2x2RowAvx2(r0, r1, g, d0, d1, OW) : 0;
    maxPoolGrad2x2Row(r0, r1, g, d0, d1, done, OW);
    for (int64_t ix = 2 * OW; ix < W; ++ix) // the column no window covers
      d0[ix] = d1[ix] = 0.0f;
  }
  for (int64_t iy = 2 * OH; iy < H; ++iy) // the row no window covers
    std::fill(dx + iy * ds, dx + iy * ds + W, 0.0f);
}

void runMaxPoolGrad(const mcc_memref4_f32 *in, const mcc_memref4_f32 *gradOut,
                    mcc_memref4_f32 *gradIn, int64_t kernelH, int64_t kernelW,
                    int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft,
                    int64_t dilationH, int64_t dilationW) {
  const int64_t N = in->sizes[0], C = in->sizes[1], H = in->sizes[2], W = in->sizes[3];
  const int64_t OH = gradOut->sizes[2], OW = gradOut->sizes[3];
  const int64_t planes = N * C;
  const bool fast2x2 = kernelH == 2 && kernelW == 2 && strideH == 2 && strideW == 2 &&
                       padTop == 0 && padLeft == 0 && dilationH == 1 && dilationW == 1 &&
                       2 * OH <= H && 2 * OW <= W && in->strides[3] == 1 &&
                       gradOut->strides[3] == 1 && gradIn->strides[3] == 1;
  std::vector<TapRange> rows, cols; // the generic path's
  if (!fast2x2) {
    rows = tapRanges(OH, strideH, padTop, kernelH, dilationH, H);
    cols = tapRanges(OW, strideW, padLeft, kernelW, dilationW, W);
  }
  int threads = threadsFor(planes, 1, OH * OW, kernelH * kernelW * 4);
  parallelFor(planes, threads, [&](int64_t plane) {
    int64_t n = plane / C, c = plane % C;
    const float *x = base(in) + n * in->strides[0] + c * in->strides[1];
    const float *dy = base(gradOut) + n * gradOut->strides[0] + c * gradOut->strides[1];
    float *dx = gradIn->aligned + gradIn->offset + n * gradIn->strides[0] + c * gradIn->strides[1];
    const int64_t xs = in->strides[2], xw = in->strides[3];
    const int64_t ys = gradOut->strides[2], yw = gradOut->strides[3];
    const int64_t ds = gradIn->strides[2], dw = gradIn->strides[3];
    if (fast2x2) {
      maxPoolGrad2x2(x, xs, dy, ys, dx, ds, H, W, OH, OW);
      return;
    }
    for (int64_t y = 0; y < H; ++y)
      for (int64_t x0 = 0; x0 < W; ++x0)
        dx[y * ds + x0 * dw] = 0.0f;
    for (int64_t oy = 0; oy < OH; ++oy) {
      const TapRange &r = rows[oy];
      for (int64_t ox = 0; ox < OW; ++ox) {
        const TapRange &q = cols[ox];
        if (r.begin >= r.end || q.begin >= q.end)
          continue;
        // The first maximum in window order, chosen with masks rather than branches: which
        // tap wins is data-dependent, and a branch on it mispredicts about half the time.
        const int64_t firstY = r.origin + r.begin * dilationH;
        const int64_t firstX = q.origin + q.begin * dilationW;
        float top = x[firstY * xs + firstX * xw];
        int64_t best = firstY * ds + firstX * dw;
        for (int64_t i = r.begin; i < r.end; ++i) {
          const int64_t iy = r.origin + i * dilationH;
          const float *xRow = x + iy * xs;
          for (int64_t j = q.begin; j < q.end; ++j) {
            const int64_t ix = q.origin + j * dilationW;
            const float v = xRow[ix * xw];
            const int64_t better = -static_cast<int64_t>(v > top);
            best = ((iy * ds + ix * dw) & better) | (best & ~better);
            top = std::max(top, v);
          }
        }
        dx[best] += dy[oy * ys + ox * yw];
      }
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
