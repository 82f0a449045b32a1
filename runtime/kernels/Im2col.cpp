#include "Im2col.h"

#include "Isa.h"
#include "PackedLayout.h"

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

// The columns of one panel that share an output row: they read one input row with a fixed
// step, so each tap is a (clipped) strided copy instead of per-column index arithmetic.
struct Run {
  int64_t column, length, iy0, ix0;
};

struct Bounds {
  int64_t lo, hi;
};
constexpr int64_t kTableTaps = 16; // tap columns whose bounds are tabulated per panel

// Columns t in [lo, hi) of a run of `length` land inside the row: 0 <= ix0 + t*sW < W.
void inRowColumns(const ConvGeometry &g, int64_t ix0, int64_t length, int64_t &lo,
                  int64_t &hi) {
  lo = ix0 >= 0 ? 0 : (-ix0 + g.sW - 1) / g.sW;
  hi = ix0 >= g.W ? 0 : (g.W - 1 - ix0) / g.sW + 1;
  hi = std::min(hi, length);
  lo = std::min(lo, hi);
}

// Splits the `width` panel columns starting at output position p0 into runs that share an
// output row; returns how many.
int64_t panelRuns(const ConvGeometry &g, int64_t p0, int64_t width, Run *runs) {
  int64_t runCount = 0;
  for (int64_t column = 0, p = p0; column < width;) {
    int64_t y = p / g.OW, x = p % g.OW;
    int64_t length = std::min(width - column, g.OW - x);
    runs[runCount++] = {column, length, y * g.sH - g.padTop, x * g.sW - g.padLeft};
    column += length;
    p += length;
  }
  return runCount;
}

// The next patch-matrix row: tap column j, then tap row i, then channel c.
inline void nextTap(const ConvGeometry &g, int64_t &c, int64_t &i, int64_t &j) {
  if (++j == g.KW) {
    j = 0;
    if (++i == g.KH) {
      i = 0;
      ++c;
    }
  }
}

#if defined(__x86_64__)
// packIm2col on AVX-512, where a panel row (kNR = 16 columns) is one zmm register: each run
// of the row is one masked load (unit step) or gather (strided) straight into its lanes, the
// masked-off lanes (left/right padding, columns past the panel's width) reading as zero, and
// the row is stored once. The scalar path spent most of its time on the fills and copies of
// these short runs (a third of a 3x3 convolution's time in ResNet-50).
__attribute__((target("avx512f"))) void packIm2colAvx512(const ConvGeometry &g, int64_t k0,
                                                         int64_t kc, int64_t n0, int64_t nc,
                                                         float *dst) {
  static_assert(kNR == 16, "one zmm register per packed row");
  const int64_t taps = g.KH * g.KW, step = g.sW * g.ws;
  const bool unitStep = step == 1;
  const __m512i lane = _mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
  for (int64_t jp = 0; jp < nc; jp += kNR, dst += kc * kNR) {
    const int64_t width = std::min(kNR, nc - jp);
    Run runs[kNR];
    const int64_t runCount = panelRuns(g, n0 + jp, width, runs);
    // Per (run, tap column): the lanes it fills and where lane 0 would read in its input row.
    __mmask16 masks[kNR][kTableTaps];
    int64_t offsets[kNR][kTableTaps];
    __m512i gatherIndex[kNR];
    for (int64_t r = 0; r < runCount; ++r) {
      const Run &run = runs[r];
      gatherIndex[r] = _mm512_mullo_epi32(_mm512_sub_epi32(lane, _mm512_set1_epi32(run.column)),
                                          _mm512_set1_epi32(static_cast<int32_t>(step)));
      for (int64_t j = 0; j < g.KW; ++j) {
        int64_t lo, hi, ix0 = run.ix0 + j * g.dW;
        inRowColumns(g, ix0, run.length, lo, hi);
        masks[r][j] = static_cast<__mmask16>(((1u << hi) - 1u) & ~((1u << lo) - 1u))
                      << run.column;
        offsets[r][j] = ix0 * g.ws - (unitStep ? run.column : 0);
      }
    }
    int64_t c = k0 / taps, i = (k0 % taps) / g.KW, j = k0 % g.KW;
    for (int64_t k = 0; k < kc; ++k) {
      const float *plane = g.in + c * g.cs;
      __m512 row = _mm512_setzero_ps();
      for (int64_t r = 0; r < runCount; ++r) {
        int64_t iy = runs[r].iy0 + i * g.dH;
        if (iy < 0 || iy >= g.H || !masks[r][j])
          continue;
        // Lane u reads from[(u - column) * step]; masked-off lanes are never read.
        const float *from = plane + iy * g.hs + offsets[r][j];
        row = unitStep ? _mm512_mask_loadu_ps(row, masks[r][j], from)
                       : _mm512_mask_i32gather_ps(row, masks[r][j], gatherIndex[r], from, 4);
      }
      _mm512_storeu_ps(dst + k * kNR, row);
      nextTap(g, c, i, j);
    }
  }
}
#endif

} // namespace

void packIm2col(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
                float *dst) {
  const ConvGeometry &g = *static_cast<const ConvGeometry *>(context);
#if defined(__x86_64__)
  static const bool avx512 = useAvx512();
  // Gather indices are 32-bit: (lane - column) * step for lanes < 16.
  if (avx512 && g.KW <= kTableTaps && g.sW * g.ws < (int64_t{1} << 26))
    return packIm2colAvx512(g, k0, kc, n0, nc, dst);
#endif
  const int64_t taps = g.KH * g.KW;
  for (int64_t jp = 0; jp < nc; jp += kNR, dst += kc * kNR) {
    const int64_t width = std::min(kNR, nc - jp);
    Run runs[kNR];
    const int64_t runCount = panelRuns(g, n0 + jp, width, runs);
    // The in-row columns of each (run, tap column) pair, which no k changes: computed once
    // per panel rather than with two divisions per k.
    Bounds bounds[kNR][kTableTaps];
    for (int64_t r = 0; r < runCount; ++r)
      for (int64_t j = 0; j < std::min(g.KW, kTableTaps); ++j)
        inRowColumns(g, runs[r].ix0 + j * g.dW, runs[r].length, bounds[r][j].lo,
                     bounds[r][j].hi);
    int64_t c = k0 / taps, i = (k0 % taps) / g.KW, j = k0 % g.KW;
    for (int64_t k = 0; k < kc; ++k) {
      float *d = dst + k * kNR;
      const float *plane = g.in + c * g.cs;
      for (int64_t r = 0; r < runCount; ++r) {
        const Run &run = runs[r];
        float *out = d + run.column;
        int64_t iy = run.iy0 + i * g.dH;
        if (iy < 0 || iy >= g.H) {
          std::fill(out, out + run.length, 0.0f);
          continue;
        }
        int64_t ix0 = run.ix0 + j * g.dW;
        int64_t lo, hi;
        if (j < kTableTaps) {
          lo = bounds[r][j].lo;
          hi = bounds[r][j].hi;
        } else {
          inRowColumns(g, ix0, run.length, lo, hi);
        }
        const float *row = plane + iy * g.hs + ix0 * g.ws;
        std::fill(out, out + lo, 0.0f);
        int64_t step = g.sW * g.ws;
        if (step == 1) // at most kNR floats: an inline loop beats a call to memcpy
          for (int64_t t = lo; t < hi; ++t)
            out[t] = row[t];
        else
          for (int64_t t = lo; t < hi; ++t)
            out[t] = row[t * step];
        std::fill(out + hi, out + run.length, 0.0f);
      }
      std::fill(d + width, d + kNR, 0.0f);
      nextTap(g, c, i, j);
    }
  }
}

} // namespace mcc::kernels
