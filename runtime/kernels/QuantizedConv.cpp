// The int8 convolution (mcc/kernels.h: mcc_kernel_qconv2d): im2col into unsigned bytes laid
// out for vpdpbusd (QuantizedLayout.h), an 8 x 32 register tile of int32 sums over the whole
// K (so no partial sums leave the registers), and the requantization in the tile's store.
//
// Sums are exact int32 in every path, and the requantization is one float multiply and a
// round to nearest even in both, so the AVX-512 VNNI and the scalar kernels agree bit for bit.
#include "Isa.h"
#include "QuantizedLayout.h"
#include "ThreadPool.h"
#include "mcc/kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

namespace mcc::kernels {
namespace {

struct QConvShape {
  int64_t N, C, H, W, M, OH, OW, group, kh, kw, sh, sw, ph, pw, dh, dw;
  int64_t Cg() const { return C / group; }
  int64_t Mg() const { return M / group; }
  int64_t K() const { return Cg() * kh * kw; }
  int64_t P() const { return OH * OW; }
};

/// The packed image of one (image, group): quad q of column p at (q * Pp + p) * 4.
void packImage(const mcc_memref4_i8 &in, const QConvShape &s, int64_t n, int64_t g,
               int64_t Pp, int64_t q0, int64_t q1, uint8_t *dst, int64_t xZero) {
  const int8_t *base = in.aligned + in.offset + n * in.strides[0];
  const int64_t K = s.K(), P = s.P(), taps = s.kh * s.kw;
  const uint8_t pad = static_cast<uint8_t>(static_cast<int8_t>(xZero) ^ 0x80);
  for (int64_t q = q0; q < q1; ++q) {
    uint8_t *quad = dst + q * Pp * 4;
    for (int64_t lane = 0; lane < 4; ++lane) {
      const int64_t k = q * 4 + lane;
      if (k >= K) {
        for (int64_t p = 0; p < Pp; ++p)
          quad[p * 4 + lane] = 0;
        continue;
      }
      const int64_t c = g * s.Cg() + k / taps, i = (k % taps) / s.kw, j = k % s.kw;
      const int8_t *plane = base + c * in.strides[1];
      int64_t p = 0;
      for (int64_t oh = 0; oh < s.OH; ++oh) {
        const int64_t ih = oh * s.sh - s.ph + i * s.dh;
        const bool rowInside = ih >= 0 && ih < s.H;
        const int8_t *row = plane + ih * in.strides[2];
        for (int64_t ow = 0; ow < s.OW; ++ow, ++p) {
          const int64_t iw = ow * s.sw - s.pw + j * s.dw;
          quad[p * 4 + lane] = rowInside && iw >= 0 && iw < s.W
                                   ? static_cast<uint8_t>(row[iw * in.strides[3]] ^ 0x80)
                                   : pad;
        }
      }
      for (; p < Pp; ++p)
        quad[p * 4 + lane] = 0;
    }
  }
  (void)P;
}

inline int8_t requantize(int32_t acc, int32_t comp, float scale, int32_t yZero) {
  float v = static_cast<float>(acc + comp) * scale;
  int32_t q = static_cast<int32_t>(std::nearbyint(v)) + yZero; // nearest even (default mode)
  return static_cast<int8_t>(std::clamp<int32_t>(q, -128, 127));
}

/// One kQMR x kQNR tile in scalar code: rows [m0, m0 + rows), columns [p0, p0 + cols).
void tileScalar(const int8_t *panel, const uint8_t *image, int64_t Kq, int64_t Pp, int64_t p0,
                int64_t rows, int64_t cols, const int32_t *comp, const float *scale,
                int32_t yZero, int8_t *out, int64_t outRowStride) {
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t c = 0; c < cols; ++c) {
      int32_t acc = 0;
      for (int64_t q = 0; q < Kq; ++q)
        for (int64_t l = 0; l < 4; ++l)
          acc += static_cast<int32_t>(panel[(q * kQMR + r) * 4 + l]) *
                 static_cast<int32_t>(image[(q * Pp + p0 + c) * 4 + l]);
      out[r * outRowStride + c] = requantize(acc, comp[r], scale[r], yZero);
    }
  }
}

#if defined(__x86_64__)
// GCC 12's AVX-512 intrinsics trip its own -Wmaybe-uninitialized (the masked builtins'
// undefined pass-through operand).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#define MCC_AVX512_VNNI __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni")))

MCC_AVX512_VNNI inline void storeRow(__m512i acc, int32_t comp, float scale, int32_t yZero,
                                     int8_t *out, int64_t cols) {
  __m512 v = _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_add_epi32(acc, _mm512_set1_epi32(comp))),
                           _mm512_set1_ps(scale));
  __m512i q = _mm512_add_epi32(_mm512_cvtps_epi32(v), _mm512_set1_epi32(yZero));
  __m128i bytes = _mm512_cvtsepi32_epi8(q); // saturates to [-128, 127]
  if (cols >= 16)
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), bytes);
  else if (cols > 0)
    _mm_mask_storeu_epi8(out, static_cast<__mmask16>((1u << cols) - 1), bytes);
}

/// The same tile with vpdpbusd: 16 accumulators of 16 int32 lanes.
MCC_AVX512_VNNI void tileVnni(const int8_t *panel, const uint8_t *image, int64_t Kq, int64_t Pp,
                              int64_t p0, int64_t rows, int64_t cols, const int32_t *comp,
                              const float *scale, int32_t yZero, int8_t *out,
                              int64_t outRowStride) {
  __m512i acc[kQMR][2];
  for (auto &row : acc)
    row[0] = row[1] = _mm512_setzero_si512();
  const uint8_t *x = image + p0 * 4;
  const int32_t *w = reinterpret_cast<const int32_t *>(panel);
  for (int64_t q = 0; q < Kq; ++q, x += Pp * 4, w += kQMR) {
    __m512i x0 = _mm512_loadu_si512(x), x1 = _mm512_loadu_si512(x + 64);
#pragma GCC unroll 8
    for (int64_t r = 0; r < kQMR; ++r) {
      __m512i wr = _mm512_set1_epi32(w[r]);
      acc[r][0] = _mm512_dpbusd_epi32(acc[r][0], x0, wr);
      acc[r][1] = _mm512_dpbusd_epi32(acc[r][1], x1, wr);
    }
  }
  for (int64_t r = 0; r < rows; ++r) {
    storeRow(acc[r][0], comp[r], scale[r], yZero, out + r * outRowStride, cols);
    storeRow(acc[r][1], comp[r], scale[r], yZero, out + r * outRowStride + 16, cols - 16);
  }
}
#endif

} // namespace
} // namespace mcc::kernels

using namespace mcc::kernels;

extern "C" MCC_KERNEL_EXPORT void _mlir_ciface_mcc_kernel_qconv2d(mcc_memref4_i8 *in, mcc_memref1_i8 *weight,
                                                mcc_memref1_i32 *comp, mcc_memref1_f32 *scale,
                                                mcc_memref4_i8 *out, int64_t group,
                                                int64_t kernelH, int64_t kernelW,
                                                int64_t strideH, int64_t strideW, int64_t padTop,
                                                int64_t padLeft, int64_t dilationH,
                                                int64_t dilationW, int64_t xZero, int64_t yZero) {
  QConvShape s{in->sizes[0], in->sizes[1], in->sizes[2], in->sizes[3], out->sizes[1],
               out->sizes[2], out->sizes[3], group, kernelH, kernelW, strideH, strideW,
               padTop, padLeft, dilationH, dilationW};
  const int64_t K = s.K(), Kq = quads(K), P = s.P(), Pp = roundUp(P, kQNR), Mg = s.Mg();
  const int64_t panels = roundUp(Mg, kQMR) / kQMR, columnTiles = Pp / kQNR;
  const int8_t *w = weight->aligned + weight->offset;
  const int32_t *compData = comp->aligned + comp->offset;
  const float *scaleData = scale->aligned + scale->offset;
  const bool vnni = useAvx512Vnni();
  // Enough work per item to be worth a hand-off: a block of panels over one column tile.
  const int64_t panelsPerItem = std::max<int64_t>(1, std::min<int64_t>(panels, 8));
  const int64_t rowBlocks = (panels + panelsPerItem - 1) / panelsPerItem;
  const double macs = static_cast<double>(s.N) * s.M * P * K;
  const int threads = macs < 8e6 ? 1 : requestedThreads();
  std::vector<uint8_t> image(static_cast<size_t>(Kq * Pp * 4));
  for (int64_t n = 0; n < s.N; ++n) {
    for (int64_t g = 0; g < group; ++g) {
      const int64_t quadBlocks = std::min<int64_t>(Kq, 4 * threads);
      parallelFor(quadBlocks, threads, [&](int64_t b) {
        packImage(*in, s, n, g, Pp, b * Kq / quadBlocks, (b + 1) * Kq / quadBlocks,
                  image.data(), xZero);
      });
      const int8_t *gw = w + g * qconvGroupWeightBytes(Mg, K);
      int8_t *gout = out->aligned + out->offset + n * out->strides[0] +
                     g * Mg * out->strides[1];
      parallelFor(columnTiles * rowBlocks, threads, [&](int64_t item) {
        const int64_t t = item / rowBlocks, rb = item % rowBlocks, p0 = t * kQNR;
        const int64_t cols = std::min<int64_t>(kQNR, P - p0);
        for (int64_t panel = rb * panelsPerItem;
             panel < std::min<int64_t>(panels, (rb + 1) * panelsPerItem); ++panel) {
          const int64_t m0 = panel * kQMR, rows = std::min<int64_t>(kQMR, Mg - m0);
          const int8_t *pw = gw + panel * Kq * kQMR * 4;
          const int64_t mc = g * Mg + m0;
          int8_t *o = gout + m0 * out->strides[1] + p0;
#if defined(__x86_64__)
          if (vnni) {
            tileVnni(pw, image.data(), Kq, Pp, p0, rows, cols, compData + mc, scaleData + mc,
                     static_cast<int32_t>(yZero), o, out->strides[1]);
            continue;
          }
#endif
          tileScalar(pw, image.data(), Kq, Pp, p0, rows, cols, compData + mc, scaleData + mc,
                     static_cast<int32_t>(yZero), o, out->strides[1]);
        }
      });
    }
  }
  (void)vnni;
}
