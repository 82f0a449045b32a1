// The packed operand layouts the microkernel reads. They are fixed here, independent of the
// CPU a model later runs on, because the compiler packs constant weights at compile time:
// the AVX2 kernel and the portable fallback read the very same bytes.
//
//   B panels ("gemm_pack_b"): the [K, N] right-hand side cut into column panels of kNR,
//     panel p = [K][kNR] holding b[k, p*kNR + j]; the last panel is zero-padded.
//   A panels (conv weights, run-time A): the [M, K] left-hand side cut into row panels of
//     kMR, panel p = [K][kMR] holding a[p*kMR + i, k]; the last panel is zero-padded.
// A K-range [k0, k0 + kc) of one panel is contiguous, so cache blocking over K needs no
// repacking of pre-packed operands.
#ifndef MCC_RUNTIME_KERNELS_PACKEDLAYOUT_H
#define MCC_RUNTIME_KERNELS_PACKEDLAYOUT_H

#include <cstdint>

namespace mcc::kernels {

// 6 x 16 fills 12 of the 16 ymm registers with accumulators (BLIS's Haswell/Zen choice).
constexpr int64_t kMR = 6;
constexpr int64_t kNR = 16;

constexpr int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }
constexpr int64_t aPanelsFloats(int64_t M, int64_t K) { return ceilDiv(M, kMR) * kMR * K; }
constexpr int64_t bPanelsFloats(int64_t K, int64_t N) { return ceilDiv(N, kNR) * kNR * K; }

// A depthwise convolution (one input channel per group, one output channel per group)
// keeps its weight as plain [M][KH*KW]; every other convolution is a GEMM per group with
// the weight as A panels, [group][ceil(Mg / kMR)][Cg*KH*KW][kMR].
constexpr bool isDepthwise(int64_t M, int64_t Cg, int64_t group) {
  return Cg == 1 && group == M;
}

// Packs b[k * rs + n * cs] for k in [k0, k0 + kc), n in [n0, n0 + nc) into B panels of a
// kc-deep matrix (n0 a multiple of kNR), zero-padding the last panel. Used at compile time
// (whole matrix) and at run time (one cache block).
void packBPanels(const float *b, int64_t rs, int64_t cs, int64_t k0, int64_t kc, int64_t n0,
                 int64_t nc, float *dst);
// The same for A panels: a[m * rs + k * cs], m in [m0, m0 + mc), k in [k0, k0 + kc).
void packAPanels(const float *a, int64_t rs, int64_t cs, int64_t m0, int64_t mc, int64_t k0,
                 int64_t kc, float *dst);

} // namespace mcc::kernels

#endif
