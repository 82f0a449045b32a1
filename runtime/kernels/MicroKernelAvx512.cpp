// The AVX-512 micro-tiles: 12 or 6 rows x 32 columns, i.e. two adjacent B panels (and one or
// two A panels) of the fixed layout (PackedLayout.h) at once, so that packed weights stay
// CPU-independent while a CPU with 512-bit FMA units does twice the work per instruction.
// 12 x 32 keeps 24 zmm accumulators: per k, 14 loads for 24 FMAs.
//
// Every element is the same chain of fused multiply-adds in k order as in the AVX2 and
// scalar kernels, so which kernel computed a tile never changes a bit of the result.
#include "MicroKernel.h"

#include "Isa.h"
#include "PackedLayout.h"
#include "VectorActivation.h"
#include "mcc/kernels.h"

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

#if defined(__x86_64__)
// One 16-column half of row i of a tile, from the register sum to C.
MCC_AVX512 inline void storeHalf(__m512 sum, float *out, int64_t i, int64_t j0, bool accumulate,
                                 const TileEpilogue *e) {
  __m512 v = accumulate ? _mm512_add_ps(_mm512_loadu_ps(out), sum) : sum;
  if (e) {
    if (e->bias) {
      const float *bias = e->bias + i * e->biasRowStride + j0 * e->biasColStride;
      v = _mm512_add_ps(v, e->biasColStride ? _mm512_loadu_ps(bias) : _mm512_set1_ps(*bias));
    }
    if (e->residual)
      v = _mm512_add_ps(v, _mm512_loadu_ps(e->residual + i * e->rrs + j0));
    v = activateVector(v, e->activation);
  }
  _mm512_storeu_ps(out, v);
}

// `Panels` A panels (Panels * kMR rows) against two B panels (32 columns). Per k: two B loads,
// Panels * kMR broadcasts and twice as many FMAs; the accumulators stay in zmm registers.
template <int Panels>
MCC_AVX512 inline void tileAvx512(int64_t kc, const float *a0, const float *a1,
                                  const float *b0, const float *b1, int64_t bs, float *c,
                                  int64_t rs, int64_t cs, bool accumulate, int64_t mr,
                                  int64_t nr, const TileEpilogue *e, const PanelPrefetch *pf) {
  constexpr int rows = Panels * kMR;
  // C is read (accumulate) or written only after the k loop: start fetching its lines now.
  for (int64_t i = 0; i < mr; ++i) {
    _mm_prefetch(reinterpret_cast<const char *>(c + i * rs), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char *>(c + i * rs + (nr - 1) * cs), _MM_HINT_T0);
  }
  // The next tiles' lines, one every `step` k: evenly, not at once, which would stall on
  // the L1's few fill buffers.
  int64_t line = pf ? pf->from : 0, end = pf ? pf->to : 0, at = 0;
  const int64_t step = end > line ? std::max<int64_t>(1, kc / (end - line)) : 1;
  const float *a[2] = {a0, a1};
  __m512 acc[rows][2];
  for (int i = 0; i < rows; ++i)
    acc[i][0] = acc[i][1] = _mm512_setzero_ps();
#pragma GCC unroll 2
  for (int64_t k = 0; k < kc; ++k, b0 += bs, b1 += bs) {
    if (k == at && line < end) {
      _mm_prefetch(reinterpret_cast<const char *>(pf->line(line)), _MM_HINT_T1);
      ++line;
      at += step;
    }
    __m512 x = _mm512_loadu_ps(b0), y = _mm512_loadu_ps(b1);
    for (int p = 0; p < Panels; ++p)
      for (int i = 0; i < kMR; ++i) {
        __m512 ai = _mm512_set1_ps(a[p][k * kMR + i]);
        acc[p * kMR + i][0] = _mm512_fmadd_ps(ai, x, acc[p * kMR + i][0]);
        acc[p * kMR + i][1] = _mm512_fmadd_ps(ai, y, acc[p * kMR + i][1]);
      }
  }
  // A full tile with unit column stride goes straight from the registers to C, unless its
  // epilogue reads bias or residual with a stride the vector loads do not cover.
  const bool vectorEpilogue =
      !e || ((!e->bias || e->biasColStride == 0 || e->biasColStride == 1) &&
             (!e->residual || e->rcs == 1));
  if (mr == rows && nr == 2 * kNR && cs == 1 && vectorEpilogue) {
    for (int i = 0; i < rows; ++i) {
      float *row = c + i * rs;
      storeHalf(acc[i][0], row, i, 0, accumulate, e);
      storeHalf(acc[i][1], row + kNR, i, kNR, accumulate, e);
    }
    return;
  }
  alignas(64) float tile[rows][2 * kNR];
  for (int i = 0; i < rows; ++i) {
    _mm512_store_ps(tile[i], acc[i][0]);
    _mm512_store_ps(tile[i] + kNR, acc[i][1]);
  }
  for (int64_t i = 0; i < mr; ++i)
    for (int64_t j = 0; j < nr; ++j) {
      float &out = c[i * rs + j * cs];
      float v = accumulate ? out + tile[i][j] : tile[i][j];
      if (e) {
        if (e->bias)
          v += e->bias[i * e->biasRowStride + j * e->biasColStride];
        if (e->residual)
          v += e->residual[i * e->rrs + j * e->rcs];
        activateShort(&v, 1, e->activation);
      }
      out = v;
    }
}

MCC_AVX512 void microKernelAvx512(int64_t kc, const float *a, const float *b0,
                                  const float *b1, int64_t bs, float *c, int64_t rs, int64_t cs,
                                  bool accumulate, int64_t mr, int64_t nr,
                                  const TileEpilogue *epilogue, const PanelPrefetch *prefetch) {
  tileAvx512<1>(kc, a, nullptr, b0, b1, bs, c, rs, cs, accumulate, mr, nr, epilogue, prefetch);
}

MCC_AVX512 void microKernelAvx512Tall(int64_t kc, const float *a0, const float *a1,
                                      const float *b0, const float *b1, int64_t bs, float *c,
                                      int64_t rs, int64_t cs, bool accumulate, int64_t mr,
                                      int64_t nr, const TileEpilogue *epilogue,
                                      const PanelPrefetch *prefetch) {
  tileAvx512<2>(kc, a0, a1, b0, b1, bs, c, rs, cs, accumulate, mr, nr, epilogue, prefetch);
}
#endif

} // namespace

bool isRegisterActivation(int64_t kind) {
  return kind == MCC_ACT_NONE || kind == MCC_ACT_RELU || kind == MCC_ACT_CLIP ||
         kind == MCC_ACT_LEAKY_RELU;
}

TallMicroKernel selectTallMicroKernel() {
#if defined(__x86_64__)
  if (useAvx512())
    return microKernelAvx512Tall;
#endif
  return nullptr;
}

WideMicroKernel selectWideMicroKernel() {
#if defined(__x86_64__)
  if (useAvx512())
    return microKernelAvx512;
#endif
  return nullptr;
}

} // namespace mcc::kernels
