#include "MicroKernel.h"

#include "Isa.h"
#include "PackedLayout.h"

#include <cmath>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

// Writes (or adds) the register tile held in `tile` ([kMR][kNR]) to C.
inline void storeTile(const float *tile, float *c, int64_t rs, int64_t cs, bool accumulate,
                      int64_t mr, int64_t nr) {
  for (int64_t i = 0; i < mr; ++i)
    for (int64_t j = 0; j < nr; ++j) {
      float &out = c[i * rs + j * cs];
      out = accumulate ? out + tile[i * kNR + j] : tile[i * kNR + j];
    }
}

void microKernelScalar(int64_t kc, const float *a, const float *b, float *c, int64_t rs,
                       int64_t cs, bool accumulate, int64_t mr, int64_t nr) {
  float tile[kMR * kNR] = {};
  for (int64_t k = 0; k < kc; ++k, a += kMR, b += kNR)
    for (int64_t i = 0; i < kMR; ++i)
      for (int64_t j = 0; j < kNR; ++j)
        tile[i * kNR + j] = std::fma(a[i], b[j], tile[i * kNR + j]);
  storeTile(tile, c, rs, cs, accumulate, mr, nr);
}

void rowKernelScalar(int64_t k, const float *a, int64_t as, const float *panels,
                     int64_t panelStride, int64_t n, float *c) {
  for (int64_t j0 = 0; j0 < n; j0 += kNR, panels += panelStride) {
    float acc[kNR] = {};
    for (int64_t kk = 0; kk < k; ++kk)
      for (int64_t j = 0; j < kNR; ++j)
        acc[j] = std::fma(a[kk * as], panels[kk * kNR + j], acc[j]);
    for (int64_t j = 0; j < kNR && j0 + j < n; ++j)
      c[j0 + j] = acc[j];
  }
}

#if defined(__x86_64__)
// The left half of the tile only, for a last column panel of at most 8 columns (N = 49 in
// ResNet's 7x7 stage would otherwise spend a quarter of its multiply-adds on padding). Each
// element is the same chain of multiply-adds as in the full kernel.
__attribute__((target("avx2,fma"))) void microKernelAvx2Narrow(int64_t kc, const float *a,
                                                               const float *b, float *c,
                                                               int64_t rs, int64_t cs,
                                                               bool accumulate, int64_t mr,
                                                               int64_t nr) {
  alignas(32) float tile[kMR * kNR];
  int64_t iterations = kc / 4, rest = kc % 4;
  asm volatile(
      "vxorps %%ymm0, %%ymm0, %%ymm0\n\t"
      "vxorps %%ymm1, %%ymm1, %%ymm1\n\t"
      "vxorps %%ymm2, %%ymm2, %%ymm2\n\t"
      "vxorps %%ymm3, %%ymm3, %%ymm3\n\t"
      "vxorps %%ymm4, %%ymm4, %%ymm4\n\t"
      "vxorps %%ymm5, %%ymm5, %%ymm5\n\t"
      "test %[iterations], %[iterations]\n\t"
      "jz 2f\n\t"
      "1:\n\t"
      "prefetcht0 384(%[a])\n\t"
      "vmovups 0(%[b]), %%ymm12\n\t"
      "vbroadcastss 0(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vbroadcastss 4(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm1\n\t"
      "vbroadcastss 8(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm2\n\t"
      "vbroadcastss 12(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 16(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vbroadcastss 20(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm5\n\t"
      "vmovups 64(%[b]), %%ymm12\n\t"
      "vbroadcastss 24(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vbroadcastss 28(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm1\n\t"
      "vbroadcastss 32(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm2\n\t"
      "vbroadcastss 36(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 40(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vbroadcastss 44(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm5\n\t"
      "vmovups 128(%[b]), %%ymm12\n\t"
      "vbroadcastss 48(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vbroadcastss 52(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm1\n\t"
      "vbroadcastss 56(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm2\n\t"
      "vbroadcastss 60(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 64(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vbroadcastss 68(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm5\n\t"
      "vmovups 192(%[b]), %%ymm12\n\t"
      "vbroadcastss 72(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vbroadcastss 76(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm1\n\t"
      "vbroadcastss 80(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm2\n\t"
      "vbroadcastss 84(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 88(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vbroadcastss 92(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm5\n\t"
      "add $96, %[a]\n\t"
      "add $256, %[b]\n\t"
      "dec %[iterations]\n\t"
      "jnz 1b\n\t"
      "2:\n\t"
      "test %[rest], %[rest]\n\t"
      "jz 4f\n\t"
      "3:\n\t"
      "vmovups 0(%[b]), %%ymm12\n\t"
      "vbroadcastss 0(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vbroadcastss 4(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm1\n\t"
      "vbroadcastss 8(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm2\n\t"
      "vbroadcastss 12(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 16(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vbroadcastss 20(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm5\n\t"
      "add $24, %[a]\n\t"
      "add $64, %[b]\n\t"
      "dec %[rest]\n\t"
      "jnz 3b\n\t"
      "4:\n\t"
      "vmovaps %%ymm0, 0(%[tile])\n\t"
      "vmovaps %%ymm1, 64(%[tile])\n\t"
      "vmovaps %%ymm2, 128(%[tile])\n\t"
      "vmovaps %%ymm3, 192(%[tile])\n\t"
      "vmovaps %%ymm4, 256(%[tile])\n\t"
      "vmovaps %%ymm5, 320(%[tile])\n\t"
      : [a] "+r"(a), [b] "+r"(b), [iterations] "+r"(iterations), [rest] "+r"(rest)
      : [tile] "r"(tile)
      : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm12", "xmm14", "xmm15", "cc",
        "memory");
  storeTile(tile, c, rs, cs, accumulate, mr, nr);
}

// 12 accumulators (ymm0-11), two B vectors (ymm12-13) and two broadcast A values (ymm14-15):
// all 16 ymm registers, k unrolled by 4. Written as assembly because compilers shuffle and
// spill this register set (GCC 14 spilled two accumulators per step), costing ~10 % of peak.
// A full tile with unit column stride is added or stored to C straight from the registers.
__attribute__((target("avx2,fma"))) void microKernelAvx2(int64_t kc, const float *a,
                                                         const float *b, float *c, int64_t rs,
                                                         int64_t cs, bool accumulate,
                                                         int64_t mr, int64_t nr) {
  if (nr <= kNR / 2)
    return microKernelAvx2Narrow(kc, a, b, c, rs, cs, accumulate, mr, nr);
  // The C tile is needed only after the k loop: fetch both lines a 16-float row may span.
  for (int64_t i = 0; i < mr; ++i) {
    _mm_prefetch(reinterpret_cast<const char *>(c + i * rs), _MM_HINT_T0);
    _mm_prefetch(reinterpret_cast<const char *>(c + i * rs + (nr - 1) * cs), _MM_HINT_T0);
  }
  alignas(32) float tile[kMR * kNR];
  const bool direct = mr == kMR && nr == kNR && cs == 1;
  int64_t mode = !direct ? 0 : accumulate ? 2 : 1;
  int64_t iterations = kc / 4, rest = kc % 4, rs4 = rs * 4;
  float *c0 = c, *c3 = c + 3 * rs;
  asm volatile(
      "vxorps %%ymm0, %%ymm0, %%ymm0\n\t"
      "vxorps %%ymm1, %%ymm1, %%ymm1\n\t"
      "vxorps %%ymm2, %%ymm2, %%ymm2\n\t"
      "vxorps %%ymm3, %%ymm3, %%ymm3\n\t"
      "vxorps %%ymm4, %%ymm4, %%ymm4\n\t"
      "vxorps %%ymm5, %%ymm5, %%ymm5\n\t"
      "vxorps %%ymm6, %%ymm6, %%ymm6\n\t"
      "vxorps %%ymm7, %%ymm7, %%ymm7\n\t"
      "vxorps %%ymm8, %%ymm8, %%ymm8\n\t"
      "vxorps %%ymm9, %%ymm9, %%ymm9\n\t"
      "vxorps %%ymm10, %%ymm10, %%ymm10\n\t"
      "vxorps %%ymm11, %%ymm11, %%ymm11\n\t"
      "test %[iterations], %[iterations]\n\t"
      "jz 2f\n\t"
      "1:\n\t"
      "prefetcht0 384(%[a])\n\t"
      "vmovups 0(%[b]), %%ymm12\n\t"
      "vmovups 32(%[b]), %%ymm13\n\t"
      "vbroadcastss 0(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm1\n\t"
      "vbroadcastss 4(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm2\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 8(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm5\n\t"
      "vbroadcastss 12(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm6\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm7\n\t"
      "vbroadcastss 16(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm8\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm9\n\t"
      "vbroadcastss 20(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm10\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm11\n\t"
      "vmovups 64(%[b]), %%ymm12\n\t"
      "vmovups 96(%[b]), %%ymm13\n\t"
      "vbroadcastss 24(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm1\n\t"
      "vbroadcastss 28(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm2\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 32(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm5\n\t"
      "vbroadcastss 36(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm6\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm7\n\t"
      "vbroadcastss 40(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm8\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm9\n\t"
      "vbroadcastss 44(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm10\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm11\n\t"
      "vmovups 128(%[b]), %%ymm12\n\t"
      "vmovups 160(%[b]), %%ymm13\n\t"
      "vbroadcastss 48(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm1\n\t"
      "vbroadcastss 52(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm2\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 56(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm5\n\t"
      "vbroadcastss 60(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm6\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm7\n\t"
      "vbroadcastss 64(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm8\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm9\n\t"
      "vbroadcastss 68(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm10\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm11\n\t"
      "vmovups 192(%[b]), %%ymm12\n\t"
      "vmovups 224(%[b]), %%ymm13\n\t"
      "vbroadcastss 72(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm1\n\t"
      "vbroadcastss 76(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm2\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 80(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm5\n\t"
      "vbroadcastss 84(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm6\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm7\n\t"
      "vbroadcastss 88(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm8\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm9\n\t"
      "vbroadcastss 92(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm10\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm11\n\t"
      "add $96, %[a]\n\t"
      "add $256, %[b]\n\t"
      "dec %[iterations]\n\t"
      "jnz 1b\n\t"
      "2:\n\t"
      "test %[rest], %[rest]\n\t"
      "jz 4f\n\t"
      "3:\n\t"
      "vmovups 0(%[b]), %%ymm12\n\t"
      "vmovups 32(%[b]), %%ymm13\n\t"
      "vbroadcastss 0(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm0\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm1\n\t"
      "vbroadcastss 4(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm2\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm3\n\t"
      "vbroadcastss 8(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm4\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm5\n\t"
      "vbroadcastss 12(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm6\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm7\n\t"
      "vbroadcastss 16(%[a]), %%ymm14\n\t"
      "vfmadd231ps %%ymm12, %%ymm14, %%ymm8\n\t"
      "vfmadd231ps %%ymm13, %%ymm14, %%ymm9\n\t"
      "vbroadcastss 20(%[a]), %%ymm15\n\t"
      "vfmadd231ps %%ymm12, %%ymm15, %%ymm10\n\t"
      "vfmadd231ps %%ymm13, %%ymm15, %%ymm11\n\t"
      "add $24, %[a]\n\t"
      "add $64, %[b]\n\t"
      "dec %[rest]\n\t"
      "jnz 3b\n\t"
      "4:\n\t"
      "cmp $1, %[mode]\n\t"
      "jb 7f\n\t"
      "je 6f\n\t"
      "vaddps (%[c0]), %%ymm0, %%ymm0\n\t"
      "vaddps 32(%[c0]), %%ymm1, %%ymm1\n\t"
      "vaddps (%[c0],%[rs4],1), %%ymm2, %%ymm2\n\t"
      "vaddps 32(%[c0],%[rs4],1), %%ymm3, %%ymm3\n\t"
      "vaddps (%[c0],%[rs4],2), %%ymm4, %%ymm4\n\t"
      "vaddps 32(%[c0],%[rs4],2), %%ymm5, %%ymm5\n\t"
      "vaddps (%[c3]), %%ymm6, %%ymm6\n\t"
      "vaddps 32(%[c3]), %%ymm7, %%ymm7\n\t"
      "vaddps (%[c3],%[rs4],1), %%ymm8, %%ymm8\n\t"
      "vaddps 32(%[c3],%[rs4],1), %%ymm9, %%ymm9\n\t"
      "vaddps (%[c3],%[rs4],2), %%ymm10, %%ymm10\n\t"
      "vaddps 32(%[c3],%[rs4],2), %%ymm11, %%ymm11\n\t"
      "6:\n\t"
      "vmovups %%ymm0, (%[c0])\n\t"
      "vmovups %%ymm1, 32(%[c0])\n\t"
      "vmovups %%ymm2, (%[c0],%[rs4],1)\n\t"
      "vmovups %%ymm3, 32(%[c0],%[rs4],1)\n\t"
      "vmovups %%ymm4, (%[c0],%[rs4],2)\n\t"
      "vmovups %%ymm5, 32(%[c0],%[rs4],2)\n\t"
      "vmovups %%ymm6, (%[c3])\n\t"
      "vmovups %%ymm7, 32(%[c3])\n\t"
      "vmovups %%ymm8, (%[c3],%[rs4],1)\n\t"
      "vmovups %%ymm9, 32(%[c3],%[rs4],1)\n\t"
      "vmovups %%ymm10, (%[c3],%[rs4],2)\n\t"
      "vmovups %%ymm11, 32(%[c3],%[rs4],2)\n\t"
      "jmp 8f\n\t"
      "7:\n\t"
      "vmovaps %%ymm0, 0(%[tile])\n\t"
      "vmovaps %%ymm1, 32(%[tile])\n\t"
      "vmovaps %%ymm2, 64(%[tile])\n\t"
      "vmovaps %%ymm3, 96(%[tile])\n\t"
      "vmovaps %%ymm4, 128(%[tile])\n\t"
      "vmovaps %%ymm5, 160(%[tile])\n\t"
      "vmovaps %%ymm6, 192(%[tile])\n\t"
      "vmovaps %%ymm7, 224(%[tile])\n\t"
      "vmovaps %%ymm8, 256(%[tile])\n\t"
      "vmovaps %%ymm9, 288(%[tile])\n\t"
      "vmovaps %%ymm10, 320(%[tile])\n\t"
      "vmovaps %%ymm11, 352(%[tile])\n\t"
      "8:\n\t"
      : [a] "+r"(a), [b] "+r"(b), [iterations] "+r"(iterations), [rest] "+r"(rest)
      : [tile] "r"(tile), [mode] "r"(mode), [c0] "r"(c0), [c3] "r"(c3), [rs4] "r"(rs4)
      : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9",
        "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "cc", "memory");
  if (!direct)
    storeTile(tile, c, rs, cs, accumulate, mr, nr);
}

// Four independent accumulator pairs over k hide the FMA latency; they are summed in a fixed
// order, so the result is the same wherever the row sits.
__attribute__((target("avx2,fma"))) void rowKernelAvx2(int64_t k, const float *a, int64_t as,
                                                       const float *panels,
                                                       int64_t panelStride, int64_t n,
                                                       float *c) {
  for (int64_t j0 = 0; j0 < n; j0 += kNR, panels += panelStride) {
    __m256 lo[4] = {_mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps(),
                    _mm256_setzero_ps()};
    __m256 hi[4] = {_mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps(),
                    _mm256_setzero_ps()};
    const float *b = panels;
    int64_t kk = 0;
    for (; kk + 4 <= k; kk += 4, b += 4 * kNR)
      for (int u = 0; u < 4; ++u) {
        __m256 av = _mm256_broadcast_ss(a + (kk + u) * as);
        lo[u] = _mm256_fmadd_ps(av, _mm256_loadu_ps(b + u * kNR), lo[u]);
        hi[u] = _mm256_fmadd_ps(av, _mm256_loadu_ps(b + u * kNR + 8), hi[u]);
      }
    for (; kk < k; ++kk, b += kNR) {
      __m256 av = _mm256_broadcast_ss(a + kk * as);
      lo[0] = _mm256_fmadd_ps(av, _mm256_loadu_ps(b), lo[0]);
      hi[0] = _mm256_fmadd_ps(av, _mm256_loadu_ps(b + 8), hi[0]);
    }
    __m256 sumLo = _mm256_add_ps(_mm256_add_ps(lo[0], lo[1]), _mm256_add_ps(lo[2], lo[3]));
    __m256 sumHi = _mm256_add_ps(_mm256_add_ps(hi[0], hi[1]), _mm256_add_ps(hi[2], hi[3]));
    if (j0 + kNR <= n) {
      _mm256_storeu_ps(c + j0, sumLo);
      _mm256_storeu_ps(c + j0 + 8, sumHi);
    } else {
      alignas(32) float tail[kNR];
      _mm256_store_ps(tail, sumLo);
      _mm256_store_ps(tail + 8, sumHi);
      for (int64_t j = 0; j0 + j < n; ++j)
        c[j0 + j] = tail[j];
    }
  }
}
#endif

} // namespace

MicroKernel selectMicroKernel() {
#if defined(__x86_64__)
  if (useAvx2Fma())
    return microKernelAvx2;
#endif
  return microKernelScalar;
}

RowKernel selectRowKernel() {
#if defined(__x86_64__)
  if (useAvx2Fma())
    return rowKernelAvx2;
#endif
  return rowKernelScalar;
}

} // namespace mcc::kernels
