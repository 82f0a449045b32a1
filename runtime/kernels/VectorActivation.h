// The activations that are a compare or two (MicroKernel.h's isRegisterActivation), on 16
// AVX-512 lanes, with activateShort's formulas: for kernels that apply an epilogue while
// their sums are still in registers.
#ifndef MCC_RUNTIME_KERNELS_VECTORACTIVATION_H
#define MCC_RUNTIME_KERNELS_VECTORACTIVATION_H

#include "Activations.h"
#include "mcc/kernels.h"

#if defined(__x86_64__)
#include <immintrin.h>

#ifndef MCC_AVX512
#define MCC_AVX512 __attribute__((target("avx512f,fma")))
#endif

namespace mcc::kernels {

// activateShort's formulas for the register activations, on 16 lanes.
MCC_AVX512 inline __m512 activateVector(__m512 v, const Activation &act) {
  switch (act.kind) {
  case MCC_ACT_RELU:
    return _mm512_maskz_mov_ps(_mm512_cmp_ps_mask(v, _mm512_setzero_ps(), _CMP_GT_OQ), v);
  case MCC_ACT_CLIP: {
    __m512 p0 = _mm512_set1_ps(act.p0), p1 = _mm512_set1_ps(act.p1);
    __m512 low = _mm512_mask_mov_ps(p0, _mm512_cmp_ps_mask(v, p0, _CMP_GT_OQ), v);
    return _mm512_mask_mov_ps(p1, _mm512_cmp_ps_mask(low, p1, _CMP_LT_OQ), low);
  }
  case MCC_ACT_LEAKY_RELU:
    return _mm512_mask_mov_ps(_mm512_mul_ps(v, _mm512_set1_ps(act.p0)),
                              _mm512_cmp_ps_mask(v, _mm512_setzero_ps(), _CMP_GE_OQ), v);
  default:
    return v;
  }
}

} // namespace mcc::kernels

#endif
#endif
