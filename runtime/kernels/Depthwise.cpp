// The plane is first copied into a zero-padded scratch, split by column phase (x mod sW), so
// that every tap of every output row is a contiguous, bounds-free run: out[y][x] reads
// phase[(j*dW) % sW] at row y*sH + i*dH, column x + (j*dW) / sW. Each output row is then
// computed eight columns at a time in registers: bias, all taps and, for the activations
// that are a compare or two (ReLU, Clip/ReLU6, LeakyReLU), the epilogue too, so a common
// MobileNet row is stored once and never reread. Other epilogues (a residual, SiLU,
// a strided output) run over the row while it is in L1.
#include "Depthwise.h"

#include "Isa.h"

#include <algorithm>
#include <array>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

struct Scratch {
  std::vector<float> planes, row;
  // The geometry the padding of `planes` was zeroed for: the copy rewrites the same interior
  // for the same geometry, so the borders stay zero from one plane to the next.
  std::array<int64_t, 7> zeroedFor{};
};

struct PhasedPlane {
  const float *data;
  int64_t Wq, phaseSize; // columns per phase; floats per phase
};

// Slack after the last phase: a row's final vector reads up to 7 lanes past its last column.
constexpr int64_t kSlack = 8;

// to[x] = from[x] for x < n.
void copyRow(const float *__restrict from, int64_t n, float *__restrict to) {
  for (int64_t x = 0; x < n; ++x)
    to[x] = from[x];
}

// evens[m] = from[2m], odds[m] = from[2m + 1] for m < pairs.
void splitRow(const float *__restrict from, int64_t pairs, float *__restrict evens,
              float *__restrict odds) {
  for (int64_t m = 0; m < pairs; ++m) {
    evens[m] = from[2 * m];
    odds[m] = from[2 * m + 1];
  }
}

#if defined(__x86_64__)
// The same on AVX2: the padded copy of a plane cost as much as the taps over it when these
// ran as SSE loops that reloaded their pointers every iteration.
__attribute__((target("avx2"))) void copyRowAvx2(const float *__restrict from, int64_t n,
                                                 float *__restrict to) {
  int64_t x = 0;
  for (; x + 8 <= n; x += 8)
    _mm256_storeu_ps(to + x, _mm256_loadu_ps(from + x));
  copyRow(from + x, n - x, to + x);
}

__attribute__((target("avx2"))) void splitRowAvx2(const float *__restrict from, int64_t pairs,
                                                  float *__restrict evens,
                                                  float *__restrict odds) {
  int64_t m = 0;
  for (; m + 8 <= pairs; m += 8) {
    __m256 a = _mm256_loadu_ps(from + 2 * m), b = _mm256_loadu_ps(from + 2 * m + 8);
    // Per 128-bit lane [a0 a2 b0 b2 | a4 a6 b4 b6]; the 64-bit permute puts a's pairs first.
    __m256d e = _mm256_castps_pd(_mm256_shuffle_ps(a, b, 0x88));
    __m256d o = _mm256_castps_pd(_mm256_shuffle_ps(a, b, 0xDD));
    _mm256_storeu_ps(evens + m, _mm256_castpd_ps(_mm256_permute4x64_pd(e, 0xD8)));
    _mm256_storeu_ps(odds + m, _mm256_castpd_ps(_mm256_permute4x64_pd(o, 0xD8)));
  }
  splitRow(from + 2 * m, pairs - m, evens + m, odds + m);
}
#endif

PhasedPlane copyPadded(const ConvGeometry &g, int64_t OH, Scratch &scratch) {
  const int64_t sW = g.sW;
  // Padded extent: every tap of every output lands inside it.
  const int64_t Hp = std::max(g.H + g.padTop, (OH - 1) * g.sH + (g.KH - 1) * g.dH + 1);
  const int64_t Wp = std::max(g.W + g.padLeft, (g.OW - 1) * sW + (g.KW - 1) * g.dW + 1);
  const int64_t Wq = (Wp + sW - 1) / sW;
  const int64_t phaseSize = Hp * Wq;
  const std::array<int64_t, 7> key{g.H, g.W, g.padTop, g.padLeft, sW, Wq, Hp};
  if (key != scratch.zeroedFor) {
    scratch.planes.assign(sW * phaseSize + kSlack, 0.0f);
    scratch.zeroedFor = key;
  }
  float *planes = scratch.planes.data();
#if defined(__x86_64__)
  static const bool avx2 = useAvx2Fma();
#else
  constexpr bool avx2 = false;
  auto copyRowAvx2 = copyRow;
  auto splitRowAvx2 = splitRow;
#endif
  // One pass over each input row (it is the largest operand: a strided pass per phase
  // would read it sW times).
  for (int64_t y = 0; y < g.H; ++y) {
    float *__restrict row = planes + (y + g.padTop) * Wq;
    const float *__restrict from = g.in + y * g.hs;
    if (sW == 1 && g.ws == 1) { // rows are short: an inline loop beats a call to memcpy
      (avx2 ? copyRowAvx2 : copyRow)(from, g.W, row + g.padLeft);
      continue;
    }
    if (sW == 2 && g.ws == 1) { // the common strided case, as a plain even/odd split
      const int64_t odd = g.padLeft & 1, q = g.padLeft >> 1;
      float *evens = row + odd * phaseSize + q;
      float *odds = row + (1 - odd) * phaseSize + q + odd;
      (avx2 ? splitRowAvx2 : splitRow)(from, g.W / 2, evens, odds);
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
  return {planes, Wq, phaseSize};
}

// Where tap (i, j) of output row y starts in the phased plane. Computed per plane and tap,
// so the common strides avoid a 64-bit division (tens of cycles each, a visible share of a
// 7x7 plane).
const float *tapStart(const PhasedPlane &p, const ConvGeometry &g, int64_t y, int64_t i,
                      int64_t j) {
  const int64_t column = j * g.dW, rowStart = (y * g.sH + i * g.dH) * p.Wq;
  if (g.sW == 1)
    return p.data + rowStart + column;
  if (g.sW == 2)
    return p.data + (column & 1) * p.phaseSize + rowStart + (column >> 1);
  return p.data + (column % g.sW) * p.phaseSize + rowStart + column / g.sW;
}

// The epilogue after the taps, over one row of `length` sums in L1.
void finishRow(float *row, int64_t length, const float *residual, int64_t rws, float *out,
               int64_t ows, const Activation &activation) {
  if (residual)
    for (int64_t x = 0; x < length; ++x)
      row[x] += residual[x * rws];
  activateShort(row, length, activation);
  for (int64_t x = 0; x < length; ++x)
    out[x * ows] = row[x];
}

void depthwisePortable(const ConvGeometry &g, const PhasedPlane &p, int64_t OH,
                       const float *w, float bias, const float *residual, int64_t rhs,
                       int64_t rws, float *out, int64_t ohs, int64_t ows,
                       const Activation &activation, float *row) {
  for (int64_t y = 0; y < OH; ++y) {
    for (int64_t x = 0; x < g.OW; ++x)
      row[x] = bias;
    for (int64_t i = 0; i < g.KH; ++i)
      for (int64_t j = 0; j < g.KW; ++j) {
        const float *src = tapStart(p, g, y, i, j), weight = w[i * g.KW + j];
        for (int64_t x = 0; x < g.OW; ++x)
          row[x] += weight * src[x];
      }
    finishRow(row, g.OW, residual ? residual + y * rhs : nullptr, rws, out + y * ohs, ows,
              activation);
  }
}

#if defined(__x86_64__)
// Lanes [0, n) of a mask, n in [0, 8].
__attribute__((target("avx2"))) inline __m256i laneMask(int64_t n) {
  alignas(32) static const int32_t table[16] = {-1, -1, -1, -1, -1, -1, -1, -1,
                                                0,  0,  0,  0,  0,  0,  0,  0};
  return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(table + 8 - n));
}

// Kind for a row whose epilogue is not applied in registers: its sums go to a row buffer.
constexpr int kToRow = -1;

// The epilogues cheap enough to apply in registers, with the semantics of activateShort.
template <int Kind>
__attribute__((target("avx2,fma"), always_inline)) inline __m256 activateVector(__m256 v,
                                                                               __m256 p0,
                                                                               __m256 p1) {
  if constexpr (Kind == MCC_ACT_RELU) { // `v > 0 ? v : 0`: NaN becomes 0, as there
    return _mm256_and_ps(v, _mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_GT_OQ));
  } else if constexpr (Kind == MCC_ACT_CLIP) {
    __m256 low = _mm256_blendv_ps(p0, v, _mm256_cmp_ps(v, p0, _CMP_GT_OQ));
    return _mm256_blendv_ps(p1, low, _mm256_cmp_ps(low, p1, _CMP_LT_OQ));
  } else if constexpr (Kind == MCC_ACT_LEAKY_RELU) {
    return _mm256_blendv_ps(_mm256_mul_ps(v, p0), v,
                            _mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_GE_OQ));
  } else {
    return v;
  }
}

constexpr int kMaxRegisterTaps = 25; // up to 5x5; larger kernels take the portable path

// A whole plane. `Taps` > 0 fixes the tap count, so the weights stay in registers; 0 reads
// it from the geometry. `Kind` is the activation applied in registers before each row is
// stored straight to the (dense) output, or kToRow: the sums go to `row` and finishRow adds
// the residual and applies the activation.
template <int Taps, int Kind>
__attribute__((target("avx2,fma"))) void
depthwiseAvx2(const ConvGeometry &g, const PhasedPlane &p, int64_t OH, const float *w,
              float bias, const float *residual, int64_t rhs, int64_t rws, float *out,
              int64_t ohs, int64_t ows, const Activation &activation, float *row) {
  constexpr int kSlots = Taps > 0 ? Taps : kMaxRegisterTaps;
  const int64_t taps = Taps > 0 ? Taps : g.KH * g.KW;
  __m256 weights[kSlots];
  int64_t offsets[kSlots]; // of each tap from its output row's start
  for (int64_t i = 0, k = 0; i < g.KH; ++i)
    for (int64_t j = 0; j < g.KW; ++j, ++k) {
      weights[k] = _mm256_set1_ps(w[k]);
      offsets[k] = tapStart(p, g, 0, i, j) - p.data;
    }
  const __m256 b = _mm256_set1_ps(bias), p0 = _mm256_set1_ps(activation.p0),
               p1 = _mm256_set1_ps(activation.p1);
  const int64_t OW = g.OW;
  for (int64_t y = 0; y < OH; ++y) {
    const float *base = p.data + y * g.sH * p.Wq;
    float *to = out + y * ohs;
    for (int64_t x = 0; x < OW; x += 8) {
      __m256 sum = b;
      for (int64_t k = 0; k < taps; ++k)
        sum = _mm256_fmadd_ps(weights[k], _mm256_loadu_ps(base + offsets[k] + x), sum);
      if constexpr (Kind == kToRow) {
        _mm256_storeu_ps(row + x, sum);
      } else {
        sum = activateVector<Kind>(sum, p0, p1);
        if (x + 8 <= OW)
          _mm256_storeu_ps(to + x, sum);
        else
          _mm256_maskstore_ps(to + x, laneMask(OW - x), sum);
      }
    }
    if constexpr (Kind == kToRow)
      finishRow(row, OW, residual ? residual + y * rhs : nullptr, rws, to, ows, activation);
  }
}

template <int Taps>
void depthwiseAvx2ForEpilogue(const ConvGeometry &g, const PhasedPlane &p, int64_t OH,
                              const float *w, float bias, const float *residual, int64_t rhs,
                              int64_t rws, float *out, int64_t ohs, int64_t ows,
                              const Activation &act, float *row) {
  const bool direct = !residual && ows == 1;
  switch (direct ? act.kind : kToRow) {
  case MCC_ACT_NONE:
    return depthwiseAvx2<Taps, MCC_ACT_NONE>(g, p, OH, w, bias, residual, rhs, rws, out, ohs,
                                             ows, act, row);
  case MCC_ACT_RELU:
    return depthwiseAvx2<Taps, MCC_ACT_RELU>(g, p, OH, w, bias, residual, rhs, rws, out, ohs,
                                             ows, act, row);
  case MCC_ACT_CLIP:
    return depthwiseAvx2<Taps, MCC_ACT_CLIP>(g, p, OH, w, bias, residual, rhs, rws, out, ohs,
                                             ows, act, row);
  case MCC_ACT_LEAKY_RELU:
    return depthwiseAvx2<Taps, MCC_ACT_LEAKY_RELU>(g, p, OH, w, bias, residual, rhs, rws, out,
                                                   ohs, ows, act, row);
  default:
    return depthwiseAvx2<Taps, kToRow>(g, p, OH, w, bias, residual, rhs, rws, out, ohs, ows,
                                       act, row);
  }
}
#endif

} // namespace

void depthwisePlane(const ConvGeometry &geometry, int64_t OH, const float *w, float bias,
                    const float *residual, int64_t rhs, int64_t rws, float *out, int64_t ohs,
                    int64_t ows, const Activation &activation) {
  thread_local Scratch scratch;
  const PhasedPlane plane = copyPadded(geometry, OH, scratch);
  if (static_cast<int64_t>(scratch.row.size()) < geometry.OW + 8)
    scratch.row.resize(geometry.OW + 8);
  float *row = scratch.row.data();
#if defined(__x86_64__)
  const int64_t taps = geometry.KH * geometry.KW;
  if (useAvx2Fma() && taps <= kMaxRegisterTaps) {
    if (taps == 9)
      return depthwiseAvx2ForEpilogue<9>(geometry, plane, OH, w, bias, residual, rhs, rws,
                                         out, ohs, ows, activation, row);
    return depthwiseAvx2ForEpilogue<0>(geometry, plane, OH, w, bias, residual, rhs, rws, out,
                                       ohs, ows, activation, row);
  }
#endif
  depthwisePortable(geometry, plane, OH, w, bias, residual, rhs, rws, out, ohs, ows,
                    activation, row);
}

} // namespace mcc::kernels
