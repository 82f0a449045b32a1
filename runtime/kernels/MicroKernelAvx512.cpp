// The AVX-512 micro-tiles: 12 or 6 rows x 32 columns, i.e. two adjacent B panels of the fixed
// layout (PackedLayout.h) at once, so that packed weights stay CPU-independent while a CPU
// with 512-bit FMA units does twice the work per instruction. 12 zmm accumulators, two B
// vectors and one broadcast per FMA pair: 12 FMAs per k for 8 loads, FMA-bound on two ports.
//
// Every element is the same chain of fused multiply-adds in k order as in the AVX2 and
// scalar kernels, so which kernel computed a tile never changes a bit of the result.
#include "MicroKernel.h"

#include "Isa.h"
#include "PackedLayout.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

#if defined(__x86_64__)
#define MCC_AVX512 __attribute__((target("avx512f,fma")))

MCC_AVX512 void microKernelAvx512(int64_t kc, const float *a, const float *b0,
                                  const float *b1, float *c, int64_t rs, int64_t cs,
                                  bool accumulate, int64_t mr, int64_t nr) {
  __m512 acc[kMR][2];
  for (int i = 0; i < kMR; ++i)
    acc[i][0] = acc[i][1] = _mm512_setzero_ps();
#pragma GCC unroll 4
  for (int64_t k = 0; k < kc; ++k, a += kMR, b0 += kNR, b1 += kNR) {
    __m512 x = _mm512_loadu_ps(b0), y = _mm512_loadu_ps(b1);
    for (int i = 0; i < kMR; ++i) {
      __m512 ai = _mm512_set1_ps(a[i]);
      acc[i][0] = _mm512_fmadd_ps(ai, x, acc[i][0]);
      acc[i][1] = _mm512_fmadd_ps(ai, y, acc[i][1]);
    }
  }
  if (mr == kMR && nr == 2 * kNR && cs == 1) {
    // A full tile with unit column stride goes straight from the registers to C.
    for (int i = 0; i < kMR; ++i) {
      float *row = c + i * rs;
      if (accumulate) {
        acc[i][0] = _mm512_add_ps(_mm512_loadu_ps(row), acc[i][0]);
        acc[i][1] = _mm512_add_ps(_mm512_loadu_ps(row + kNR), acc[i][1]);
      }
      _mm512_storeu_ps(row, acc[i][0]);
      _mm512_storeu_ps(row + kNR, acc[i][1]);
    }
    return;
  }
  alignas(64) float tile[kMR][2 * kNR];
  for (int i = 0; i < kMR; ++i) {
    _mm512_store_ps(tile[i], acc[i][0]);
    _mm512_store_ps(tile[i] + kNR, acc[i][1]);
  }
  for (int64_t i = 0; i < mr; ++i)
    for (int64_t j = 0; j < nr; ++j) {
      float &out = c[i * rs + j * cs];
      out = accumulate ? out + tile[i][j] : tile[i][j];
    }
}

// 12 x 32: two A panels (rows 0-5 and 6-11) against two B panels, 24 accumulators. Per k:
// 2 B loads and 12 broadcasts for 24 FMAs, half the loads per FMA of the 6 x 32 tile.
MCC_AVX512 void microKernelAvx512Tall(int64_t kc, const float *a0, const float *a1,
                                      const float *b0, const float *b1, float *c, int64_t rs,
                                      int64_t cs, bool accumulate, int64_t mr, int64_t nr) {
  // C is read (accumulate) or written only after the k loop: start fetching its lines now.
  for (int64_t i = 0; i < mr; ++i) {
    _mm_prefetch(reinterpret_cast<const char *>(c + i * rs), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char *>(c + i * rs + (nr - 1) * cs), _MM_HINT_T0);
  }
  __m512 acc[2 * kMR][2];
  for (int i = 0; i < 2 * kMR; ++i)
    acc[i][0] = acc[i][1] = _mm512_setzero_ps();
#pragma GCC unroll 2
  for (int64_t k = 0; k < kc; ++k, a0 += kMR, a1 += kMR, b0 += kNR, b1 += kNR) {
    __m512 x = _mm512_loadu_ps(b0), y = _mm512_loadu_ps(b1);
    for (int i = 0; i < kMR; ++i) {
      __m512 ai = _mm512_set1_ps(a0[i]);
      acc[i][0] = _mm512_fmadd_ps(ai, x, acc[i][0]);
      acc[i][1] = _mm512_fmadd_ps(ai, y, acc[i][1]);
    }
    for (int i = 0; i < kMR; ++i) {
      __m512 ai = _mm512_set1_ps(a1[i]);
      acc[kMR + i][0] = _mm512_fmadd_ps(ai, x, acc[kMR + i][0]);
      acc[kMR + i][1] = _mm512_fmadd_ps(ai, y, acc[kMR + i][1]);
    }
  }
  if (mr == 2 * kMR && nr == 2 * kNR && cs == 1) {
    for (int i = 0; i < 2 * kMR; ++i) {
      float *row = c + i * rs;
      if (accumulate) {
        acc[i][0] = _mm512_add_ps(_mm512_loadu_ps(row), acc[i][0]);
        acc[i][1] = _mm512_add_ps(_mm512_loadu_ps(row + kNR), acc[i][1]);
      }
      _mm512_storeu_ps(row, acc[i][0]);
      _mm512_storeu_ps(row + kNR, acc[i][1]);
    }
    return;
  }
  alignas(64) float tile[2 * kMR][2 * kNR];
  for (int i = 0; i < 2 * kMR; ++i) {
    _mm512_store_ps(tile[i], acc[i][0]);
    _mm512_store_ps(tile[i] + kNR, acc[i][1]);
  }
  for (int64_t i = 0; i < mr; ++i)
    for (int64_t j = 0; j < nr; ++j) {
      float &out = c[i * rs + j * cs];
      out = accumulate ? out + tile[i][j] : tile[i][j];
    }
}
#endif

} // namespace

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
