// The plane is first copied into a zero-padded scratch, split by column phase (x mod sW), so
// that every tap of every output row is a contiguous, bounds-free run: out[y][x] reads
// phase[(j*dW) % sW] at row y*sH + i*dH, column x + (j*dW) / sW. With sH == 1 the output rows
// are also consecutive scratch rows, and a tap becomes one long multiply-add over the whole
// plane (the padding columns are computed and dropped), which the compiler vectorizes well
// even for 7x7 or 14x14 planes, where per-row loops are all overhead.
#include "Depthwise.h"

#include "Isa.h"

#include <algorithm>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

struct Scratch {
  std::vector<float> planes, acc;
};

// acc[t] = acc[t] (or 0 when `first`) + sum_k w[k] * src[k][t], the taps in order, for a
// group of up to kGroup taps: the running sum stays in a register across the group, so a tap
// costs one load and one multiply-add instead of a load, a multiply-add and a store.
constexpr int kGroup = 9;

void sweepPortable(float *acc, const float *const *src, const float *w, int taps,
                   int64_t length, bool first) {
  for (int64_t t = 0; t < length; ++t) {
    float sum = first ? 0.0f : acc[t];
    for (int k = 0; k < taps; ++k)
      sum += w[k] * src[k][t];
    acc[t] = sum;
  }
}

#if defined(__x86_64__)
template <int Taps>
__attribute__((target("avx2,fma"), always_inline)) inline void
sweepAvx2(float *acc, const float *const *src, const float *w, int64_t length, bool first) {
  __m256 weights[Taps];
  for (int k = 0; k < Taps; ++k)
    weights[k] = _mm256_set1_ps(w[k]);
  int64_t t = 0;
  for (; t + 8 <= length; t += 8) {
    __m256 sum = first ? _mm256_setzero_ps() : _mm256_loadu_ps(acc + t);
    for (int k = 0; k < Taps; ++k)
      sum = _mm256_fmadd_ps(weights[k], _mm256_loadu_ps(src[k] + t), sum);
    _mm256_storeu_ps(acc + t, sum);
  }
  for (; t < length; ++t) {
    float sum = first ? 0.0f : acc[t];
    for (int k = 0; k < Taps; ++k)
      sum = __builtin_fmaf(w[k], src[k][t], sum);
    acc[t] = sum;
  }
}

__attribute__((target("avx2,fma"))) void sweepGroupAvx2(float *acc, const float *const *src,
                                                        const float *w, int taps,
                                                        int64_t length, bool first) {
  if (taps == kGroup)
    return sweepAvx2<kGroup>(acc, src, w, length, first);
  for (int k = 0; k < taps; ++k, first = false)
    sweepAvx2<1>(acc, src + k, w + k, length, first);
}
#endif

// out = act(acc + bias + residual), row by row. Cloned per ISA, with unit-stride loops the
// compiler vectorizes for the common dense output and residual.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
finishRows(float *acc, int64_t Wq, int64_t OH, int64_t OW, float bias, const float *residual,
           int64_t rhs, int64_t rws, float *out, int64_t ohs, int64_t ows,
           const Activation &activation) {
  for (int64_t y = 0; y < OH; ++y) {
    float *row = acc + y * Wq;
    for (int64_t x = 0; x < OW; ++x)
      row[x] += bias;
    if (residual) {
      const float *res = residual + y * rhs;
      if (rws == 1)
        for (int64_t x = 0; x < OW; ++x)
          row[x] += res[x];
      else
        for (int64_t x = 0; x < OW; ++x)
          row[x] += res[x * rws];
    }
    activateShort(row, OW, activation);
    float *to = out + y * ohs;
    if (ows == 1)
      for (int64_t x = 0; x < OW; ++x)
        to[x] = row[x];
    else
      for (int64_t x = 0; x < OW; ++x)
        to[x * ows] = row[x];
  }
}

void depthwiseBody(const ConvGeometry &g, int64_t OH, const float *w, float bias,
              const float *residual, int64_t rhs, int64_t rws, float *out, int64_t ohs,
              int64_t ows, const Activation &activation, Scratch &scratch) {
  const int64_t OW = g.OW, sW = g.sW;
  // Padded extent: every tap of every output lands inside it.
  const int64_t Hp = std::max(g.H + g.padTop, (OH - 1) * g.sH + (g.KH - 1) * g.dH + 1);
  const int64_t Wp = std::max(g.W + g.padLeft, (OW - 1) * sW + (g.KW - 1) * g.dW + 1);
  const int64_t Wq = (Wp + sW - 1) / sW; // columns per phase
  // One spare row per phase: the flat sH == 1 sweep runs past the last row's valid columns.
  const int64_t phaseSize = (Hp + 1) * Wq;
  scratch.planes.assign(sW * phaseSize, 0.0f);
  float *planes = scratch.planes.data();
  // One pass over each input row (it is the largest operand: a strided pass per phase
  // would read it sW times).
  for (int64_t y = 0; y < g.H; ++y) {
    float *__restrict row = planes + (y + g.padTop) * Wq;
    const float *__restrict from = g.in + y * g.hs;
    if (sW == 1 && g.ws == 1) { // rows are short: an inline loop beats a call to memcpy
      for (int64_t x = 0; x < g.W; ++x)
        row[g.padLeft + x] = from[x];
      continue;
    }
    if (sW == 2 && g.ws == 1) { // the common strided case, as a plain even/odd split
      const int64_t odd = g.padLeft & 1, q = g.padLeft >> 1;
      float *__restrict evens = row + odd * phaseSize + q;
      float *__restrict odds = row + (1 - odd) * phaseSize + q + odd;
      for (int64_t m = 0; m < g.W / 2; ++m) {
        evens[m] = from[2 * m];
        odds[m] = from[2 * m + 1];
      }
      if (g.W & 1)
        evens[g.W / 2] = from[g.W - 1];
      continue;
    }
    int64_t phase = g.padLeft % sW, k = g.padLeft / sW;
    for (int64_t x = 0; x < g.W; ++x) {
      row[phase * phaseSize + k] = from[x * g.ws];
      if (++phase == sW) {
        phase = 0;
        ++k;
      }
    }
  }

  const int64_t rows = g.sH == 1 ? 1 : OH;        // sweeps
  const int64_t length = g.sH == 1 ? OH * Wq : OW; // elements per sweep
  if (static_cast<int64_t>(scratch.acc.size()) < OH * Wq)
    scratch.acc.resize(OH * Wq);
  float *acc = scratch.acc.data();
  const bool avx2 = useAvx2Fma();
  const int64_t taps = g.KH * g.KW;
  for (int64_t r = 0; r < rows; ++r) {
    float *accRow = acc + r * Wq;
    for (int64_t k0 = 0; k0 < taps; k0 += kGroup) {
      int group = static_cast<int>(std::min<int64_t>(kGroup, taps - k0));
      const float *src[kGroup];
      for (int k = 0; k < group; ++k) {
        int64_t i = (k0 + k) / g.KW, column = ((k0 + k) % g.KW) * g.dW;
        src[k] = planes + (column % sW) * phaseSize + (r * g.sH + i * g.dH) * Wq + column / sW;
      }
#if defined(__x86_64__)
      if (avx2) {
        sweepGroupAvx2(accRow, src, w + k0, group, length, k0 == 0);
        continue;
      }
#endif
      sweepPortable(accRow, src, w + k0, group, length, k0 == 0);
    }
  }

  finishRows(acc, Wq, OH, OW, bias, residual, rhs, rws, out, ohs, ows, activation);
}

} // namespace

void depthwisePlane(const ConvGeometry &geometry, int64_t OH, const float *w, float bias,
                    const float *residual, int64_t rhs, int64_t rws, float *out, int64_t ohs,
                    int64_t ows, const Activation &activation) {
  thread_local Scratch scratch;
  depthwiseBody(geometry, OH, w, bias, residual, rhs, rws, out, ohs, ows, activation, scratch);
}

} // namespace mcc::kernels
