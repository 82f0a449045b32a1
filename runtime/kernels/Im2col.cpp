#include "Im2col.h"

#include "PackedLayout.h"

#include <algorithm>

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

} // namespace

void packIm2col(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
                float *dst) {
  const ConvGeometry &g = *static_cast<const ConvGeometry *>(context);
  const int64_t taps = g.KH * g.KW;
  for (int64_t jp = 0; jp < nc; jp += kNR, dst += kc * kNR) {
    const int64_t width = std::min(kNR, nc - jp);
    Run runs[kNR];
    int64_t runCount = 0;
    for (int64_t column = 0, p = n0 + jp; column < width;) {
      int64_t y = p / g.OW, x = p % g.OW;
      int64_t length = std::min(width - column, g.OW - x);
      runs[runCount++] = {column, length, y * g.sH - g.padTop, x * g.sW - g.padLeft};
      column += length;
      p += length;
    }
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
      if (++j == g.KW) {
        j = 0;
        if (++i == g.KH) {
          i = 0;
          ++c;
        }
      }
    }
  }
}

} // namespace mcc::kernels
