// Vectorized activations. exp is Cody-Waite range reduction plus the Cephes expf polynomial;
// sigmoid and tanh only ever take exp of a non-positive argument, so nothing overflows; erf
// GELU uses erfc(z) = t exp(-z^2 + P(t)), t = 1/(1 + z/2) (Numerical Recipes' erfcc,
// fractional error < 1.2e-7), with z^2 carried as hi + lo so the tail keeps its precision.
#include "Activations.h"

#include "Isa.h"
#include "mcc/kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

float scalarActivation(float x, const Activation &act) {
  switch (act.kind) {
  case MCC_ACT_RELU:
    return x > 0.0f ? x : 0.0f;
  case MCC_ACT_CLIP:
    return std::min(std::max(x, act.p0), act.p1);
  case MCC_ACT_SIGMOID:
    return 1.0f / (1.0f + std::exp(-x));
  case MCC_ACT_TANH:
    return std::tanh(x);
  case MCC_ACT_HARD_SIGMOID:
    return std::min(std::max(std::fma(act.p0, x, act.p1), 0.0f), 1.0f);
  case MCC_ACT_HARD_SWISH:
    return x * std::min(std::max((x + 3.0f) / 6.0f, 0.0f), 1.0f);
  case MCC_ACT_SILU:
    return x / (1.0f + std::exp(-x));
  case MCC_ACT_GELU:
    // In double: a float x / sqrt 2 alone costs 2 z^2 ulp of relative error in the tail.
    return static_cast<float>(0.5 * x * std::erfc(-x * 0.70710678118654752));
  case MCC_ACT_GELU_TANH: {
    double u = 0.7978845608028654 * (x + 0.044715 * x * x * x);
    return static_cast<float>(x / (1.0 + std::exp(-2.0 * u))); // 0.5 x (1 + tanh u)
  }
  case MCC_ACT_LEAKY_RELU:
    return x >= 0.0f ? x : act.p0 * x;
  default:
    return x;
  }
}

#if defined(__x86_64__)
#define MCC_AVX2 __attribute__((target("avx2,fma"), always_inline)) inline

// exp(hi + lo) for hi + lo <= ~1; 0 below the float range. hi - n*ln2_hi is exact, so a
// small lo (the rounding error of hi) survives.
MCC_AVX2 __m256 exp256(__m256 hi, __m256 lo) {
  const __m256 x = _mm256_add_ps(hi, lo);
  __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                             _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  n = _mm256_max_ps(n, _mm256_set1_ps(-126.0f));
  __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), hi);
  r = _mm256_add_ps(r, lo);
  r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
  __m256 y = _mm256_set1_ps(1.9875691500e-4f);
  y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(1.3981999507e-3f));
  y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(8.3334519073e-3f));
  y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(4.1665795894e-2f));
  y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(1.6666665459e-1f));
  y = _mm256_fmadd_ps(y, r, _mm256_set1_ps(5.0000001201e-1f));
  y = _mm256_fmadd_ps(y, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));
  __m256i bits = _mm256_slli_epi32(
      _mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
  y = _mm256_mul_ps(y, _mm256_castsi256_ps(bits));
  return _mm256_and_ps(y, _mm256_cmp_ps(x, _mm256_set1_ps(-87.33f), _CMP_GE_OQ));
}

MCC_AVX2 __m256 absOf(__m256 x) {
  return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), x);
}

// 1 / (1 + exp(-v)) through e = exp(-|v|): e / (1 + e) for negative v keeps the tail.
MCC_AVX2 __m256 sigmoid256(__m256 v) {
  __m256 e = exp256(_mm256_sub_ps(_mm256_setzero_ps(), absOf(v)), _mm256_setzero_ps());
  __m256 s = _mm256_div_ps(_mm256_set1_ps(1.0f), _mm256_add_ps(_mm256_set1_ps(1.0f), e));
  return _mm256_blendv_ps(s, _mm256_mul_ps(e, s), v);
}

// Small |x|: Cephes' tanhf odd polynomial; otherwise (1 - e) / (1 + e), e = exp(-2|x|).
MCC_AVX2 __m256 tanh256(__m256 x) {
  __m256 a = absOf(x);
  __m256 z = _mm256_mul_ps(x, x);
  __m256 p = _mm256_set1_ps(-5.70498872745e-3f);
  p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(2.06390887954e-2f));
  p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(-5.37397155531e-2f));
  p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(1.33314422036e-1f));
  p = _mm256_fmadd_ps(p, z, _mm256_set1_ps(-3.33332819422e-1f));
  __m256 small = _mm256_fmadd_ps(_mm256_mul_ps(p, z), x, x);
  __m256 e = exp256(_mm256_mul_ps(a, _mm256_set1_ps(-2.0f)), _mm256_setzero_ps());
  __m256 one = _mm256_set1_ps(1.0f);
  __m256 large = _mm256_div_ps(_mm256_sub_ps(one, e), _mm256_add_ps(one, e));
  large = _mm256_or_ps(large, _mm256_and_ps(x, _mm256_set1_ps(-0.0f)));
  return _mm256_blendv_ps(large, small, _mm256_cmp_ps(a, _mm256_set1_ps(0.625f), _CMP_LT_OQ));
}

// 0.5 x erfc(-x / sqrt 2): erfc(|z|) directly for x < 0, 2 - erfc(z) otherwise. z^2 is
// formed as x^2 / 2 from the exact hi + lo of x^2: a rounded z would cost 2 z^2 ulp in the tail.
MCC_AVX2 __m256 gelu256(__m256 x) {
  __m256 one = _mm256_set1_ps(1.0f);
  __m256 z = _mm256_mul_ps(absOf(x), _mm256_set1_ps(0.70710678118654752f));
  __m256 t = _mm256_div_ps(one, _mm256_fmadd_ps(z, _mm256_set1_ps(0.5f), one));
  static const float c[] = {1.00002368f,  0.37409196f, 0.09678418f, -0.18628806f, 0.27886807f,
                            -1.13520398f, 1.48851587f, -0.82215223f, 0.17087277f};
  __m256 p = _mm256_set1_ps(c[8]);
  for (int i = 7; i >= 0; --i)
    p = _mm256_fmadd_ps(p, t, _mm256_set1_ps(c[i]));
  __m256 half = _mm256_set1_ps(0.5f);
  __m256 x2 = _mm256_mul_ps(x, x);
  __m256 z2hi = _mm256_mul_ps(x2, half);
  __m256 z2lo = _mm256_mul_ps(_mm256_fmsub_ps(x, x, x2), half);
  __m256 tail = _mm256_sub_ps(_mm256_fmadd_ps(t, p, _mm256_set1_ps(-1.26551223f)), z2lo);
  __m256 e = _mm256_mul_ps(t, exp256(_mm256_sub_ps(_mm256_setzero_ps(), z2hi), tail));
  __m256 factor = _mm256_blendv_ps(_mm256_sub_ps(_mm256_set1_ps(2.0f), e), e, x);
  return _mm256_mul_ps(_mm256_mul_ps(x, half), factor);
}

// 0.5 x (1 + tanh u) = x sigmoid(2u), which has no cancellation for negative x. 2u grows like
// x^3, so it is formed in double and handed to exp as hi + lo: in float its rounding alone
// would cost |2u| ulp in the tail.
MCC_AVX2 __m128 halfOfTwiceU(__m128 x, __m128 *lo) {
  __m256d d = _mm256_cvtps_pd(x);
  __m256d d3 = _mm256_mul_pd(_mm256_mul_pd(d, d), d);
  __m256d v = _mm256_mul_pd(_mm256_fmadd_pd(d3, _mm256_set1_pd(0.044715), d),
                            _mm256_set1_pd(-1.5957691216057308)); // -2 sqrt(2 / pi)
  __m128 hi = _mm256_cvtpd_ps(v);
  *lo = _mm256_cvtpd_ps(_mm256_sub_pd(v, _mm256_cvtps_pd(hi)));
  return hi;
}

MCC_AVX2 __m256 geluTanh256(__m256 x) {
  __m128 lo0, lo1;
  __m128 hi0 = halfOfTwiceU(_mm256_castps256_ps128(x), &lo0);
  __m128 hi1 = halfOfTwiceU(_mm256_extractf128_ps(x, 1), &lo1);
  __m256 hi = _mm256_insertf128_ps(_mm256_castps128_ps256(hi0), hi1, 1);
  __m256 lo = _mm256_insertf128_ps(_mm256_castps128_ps256(lo0), lo1, 1);
  // -2u = hi + lo; sigmoid(2u) through e = exp(-|2u|) as in sigmoid256.
  __m256 negative = _mm256_cmp_ps(hi, _mm256_setzero_ps(), _CMP_GT_OQ); // u < 0
  __m256 sign = _mm256_and_ps(negative, _mm256_set1_ps(-0.0f));
  // -|hi + lo| = -|hi| + (lo with hi's sign flipped the same way).
  __m256 e = exp256(_mm256_or_ps(hi, _mm256_set1_ps(-0.0f)), _mm256_xor_ps(lo, sign));
  __m256 s = _mm256_div_ps(_mm256_set1_ps(1.0f), _mm256_add_ps(_mm256_set1_ps(1.0f), e));
  return _mm256_mul_ps(x, _mm256_blendv_ps(s, _mm256_mul_ps(e, s), negative));
}

MCC_AVX2 __m256 activation256(__m256 x, const Activation &act) {
  switch (act.kind) {
  case MCC_ACT_RELU:
    return _mm256_max_ps(x, _mm256_setzero_ps());
  case MCC_ACT_CLIP:
    return _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(act.p0)), _mm256_set1_ps(act.p1));
  case MCC_ACT_SIGMOID:
    return sigmoid256(x);
  case MCC_ACT_TANH:
    return tanh256(x);
  case MCC_ACT_HARD_SIGMOID:
    return _mm256_min_ps(
        _mm256_max_ps(_mm256_fmadd_ps(x, _mm256_set1_ps(act.p0), _mm256_set1_ps(act.p1)),
                      _mm256_setzero_ps()),
        _mm256_set1_ps(1.0f));
  case MCC_ACT_HARD_SWISH: {
    // (x + 3) / 6 rather than x/6 + 1/2: exact around x = -3, where the gate nears 0.
    __m256 gate = _mm256_mul_ps(_mm256_add_ps(x, _mm256_set1_ps(3.0f)),
                                _mm256_set1_ps(1.0f / 6.0f));
    gate = _mm256_min_ps(_mm256_max_ps(gate, _mm256_setzero_ps()), _mm256_set1_ps(1.0f));
    return _mm256_mul_ps(x, gate);
  }
  case MCC_ACT_SILU:
    return _mm256_mul_ps(x, sigmoid256(x));
  case MCC_ACT_GELU:
    return gelu256(x);
  case MCC_ACT_GELU_TANH:
    return geluTanh256(x);
  case MCC_ACT_LEAKY_RELU:
    return _mm256_blendv_ps(x, _mm256_mul_ps(x, _mm256_set1_ps(act.p0)), x);
  default:
    return x;
  }
}

__attribute__((target("avx2,fma"))) void activateAvx2(float *x, int64_t n,
                                                       const Activation &act) {
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    _mm256_storeu_ps(x + i, activation256(_mm256_loadu_ps(x + i), act));
  if (i < n) {
    float tail[8] = {};
    std::memcpy(tail, x + i, sizeof(float) * (n - i));
    _mm256_storeu_ps(tail, activation256(_mm256_loadu_ps(tail), act));
    std::memcpy(x + i, tail, sizeof(float) * (n - i));
  }
}
#endif

} // namespace

void activate(float *x, int64_t n, const Activation &act) {
  if (act.kind == MCC_ACT_NONE || n <= 0)
    return;
#if defined(__x86_64__)
  if (useAvx2Fma()) {
    activateAvx2(x, n, act);
    return;
  }
#endif
  for (int64_t i = 0; i < n; ++i)
    x[i] = scalarActivation(x[i], act);
}

} // namespace mcc::kernels
