// Weight packing into the layouts of PackedLayout.h. Built twice: into libmcc_runtime.so and
// into the static mcc_kernel_packing library the compiler links to pack constant weights, so
// this file depends on nothing else in the runtime.
#include "PackedLayout.h"
#include "QuantizedLayout.h"

#include "mcc/kernels.h"

#include <cstring>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

namespace mcc::kernels {

void packBPanels(const float *b, int64_t rs, int64_t cs, int64_t k0, int64_t kc, int64_t n0,
                 int64_t nc, float *dst) {
  if (cs == 1) {
    // Row-major B: walk each source row once, left to right (a column strip per panel would
    // touch a new page every row and defeat the prefetchers), scattering it over the panels.
    const int64_t full = nc / kNR, tail = nc % kNR;
    for (int64_t k = 0; k < kc; ++k) {
      const float *src = b + (k0 + k) * rs + n0;
      float *out = dst + k * kNR;
      for (int64_t p = 0; p < full; ++p)
        std::memcpy(out + p * kc * kNR, src + p * kNR, kNR * sizeof(float));
      if (tail) {
        float *last = out + full * kc * kNR;
        std::memcpy(last, src + full * kNR, tail * sizeof(float));
        std::memset(last + tail, 0, (kNR - tail) * sizeof(float));
      }
    }
    return;
  }
  for (int64_t j0 = 0; j0 < nc; j0 += kNR) {
    int64_t width = nc - j0 < kNR ? nc - j0 : kNR;
    const float *src = b + k0 * rs + (n0 + j0) * cs;
    for (int64_t k = 0; k < kc; ++k, dst += kNR) {
      int64_t j = 0;
      for (; j < width; ++j)
        dst[j] = src[k * rs + j * cs];
      for (; j < kNR; ++j)
        dst[j] = 0.0f;
    }
  }
}

void packAPanels(const float *a, int64_t rs, int64_t cs, int64_t m0, int64_t mc, int64_t k0,
                 int64_t kc, float *dst) {
  for (int64_t i0 = 0; i0 < mc; i0 += kMR) {
    int64_t height = mc - i0 < kMR ? mc - i0 : kMR;
    const float *src = a + (m0 + i0) * rs + k0 * cs;
    if (height == kMR && cs == 1) {
      // Row-major A: read kMR rows in step, write one kMR-wide column per k.
      for (int64_t k = 0; k < kc; ++k, dst += kMR)
        for (int64_t i = 0; i < kMR; ++i)
          dst[i] = src[i * rs + k];
      continue;
    }
    for (int64_t k = 0; k < kc; ++k, dst += kMR) {
      int64_t i = 0;
      for (; i < height; ++i)
        dst[i] = src[i * rs + k * cs];
      for (; i < kMR; ++i)
        dst[i] = 0.0f;
    }
  }
}

} // namespace mcc::kernels

using namespace mcc::kernels;

extern "C" {

MCC_KERNEL_EXPORT int64_t mcc_kernel_gemm_packed_b_floats(int64_t K, int64_t N) {
  return bPanelsFloats(K, N);
}

MCC_KERNEL_EXPORT void mcc_kernel_gemm_pack_b(const float *b, int64_t K, int64_t N,
                                              int64_t strideK, int64_t strideN,
                                              float *packed) {
  packBPanels(b, strideK, strideN, 0, K, 0, N, packed);
}

MCC_KERNEL_EXPORT int64_t mcc_kernel_conv2d_packed_weight_floats(int64_t M, int64_t Cg,
                                                                 int64_t kernelH,
                                                                 int64_t kernelW,
                                                                 int64_t group) {
  int64_t taps = kernelH * kernelW;
  if (isDepthwise(M, Cg, group))
    return M * taps;
  return group * aPanelsFloats(M / group, Cg * taps);
}

MCC_KERNEL_EXPORT void mcc_kernel_conv2d_pack_weight(const float *w, int64_t M, int64_t Cg,
                                                     int64_t kernelH, int64_t kernelW,
                                                     int64_t group, float *packed) {
  int64_t K = Cg * kernelH * kernelW;
  if (isDepthwise(M, Cg, group)) {
    std::memcpy(packed, w, sizeof(float) * M * K);
    return;
  }
  // Group g is the row block [g*Mg, (g+1)*Mg) of the [M, K] weight, packed as its own A.
  int64_t Mg = M / group;
  for (int64_t g = 0; g < group; ++g)
    packAPanels(w, K, 1, g * Mg, Mg, 0, K, packed + g * aPanelsFloats(Mg, K));
}

MCC_KERNEL_EXPORT int64_t mcc_kernel_qconv2d_packed_weight_bytes(int64_t M, int64_t Cg,
                                                                  int64_t kernelH,
                                                                  int64_t kernelW,
                                                                  int64_t group) {
  return group * qconvGroupWeightBytes(M / group, Cg * kernelH * kernelW);
}

MCC_KERNEL_EXPORT void mcc_kernel_qconv2d_pack_weight(const int8_t *w, int64_t M, int64_t Cg,
                                                      int64_t kernelH, int64_t kernelW,
                                                      int64_t group, int8_t *packed) {
  const int64_t K = Cg * kernelH * kernelW, Mg = M / group, Kq = quads(K);
  std::memset(packed, 0, mcc_kernel_qconv2d_packed_weight_bytes(M, Cg, kernelH, kernelW, group));
  for (int64_t g = 0; g < group; ++g) {
    int8_t *dst = packed + g * qconvGroupWeightBytes(Mg, K);
    for (int64_t m = 0; m < Mg; ++m) {
      const int8_t *row = w + (g * Mg + m) * K;
      const int64_t panel = m / kQMR, r = m % kQMR;
      for (int64_t k = 0; k < K; ++k)
        dst[((panel * Kq + k / 4) * kQMR + r) * 4 + k % 4] = row[k];
    }
  }
}

} // extern "C"
