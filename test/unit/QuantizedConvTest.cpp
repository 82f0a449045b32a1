// The int8 convolution kernel (mcc_kernel_qconv2d) against its definition computed here in
// plain integer arithmetic: exact sums, then the one float multiply and round to nearest even
// of the requantization. Also run on the scalar fallback and with AVX-512 VNNI turned off
// (test/unit/CMakeLists.txt).
#include "Tensor4.h"
#include "mcc/kernels.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace {

using I4 = mcc::test::Tensor4<int8_t, mcc_memref4_i8>;

struct QConvCase {
  int64_t n, c, h, w, m, kh, kw, group = 1, stride = 1, pad = 0, dilation = 1;
  int64_t xZero = 3, yZero = -5;
};

void checkQConv(const QConvCase &t) {
  std::mt19937 rng(static_cast<unsigned>(t.c * 131 + t.m * 7 + t.kh));
  std::uniform_int_distribution<int> byte(-128, 127);
  const int64_t oh = (t.h + 2 * t.pad - t.dilation * (t.kh - 1) - 1) / t.stride + 1;
  const int64_t ow = (t.w + 2 * t.pad - t.dilation * (t.kw - 1) - 1) / t.stride + 1;
  const int64_t cg = t.c / t.group, mg = t.m / t.group, K = cg * t.kh * t.kw;
  I4 x({t.n, t.c, t.h, t.w}), y({t.n, t.m, oh, ow});
  for (auto &v : x.data)
    v = static_cast<int8_t>(byte(rng));
  std::vector<int8_t> w(static_cast<size_t>(t.m * K));
  for (auto &v : w)
    v = static_cast<int8_t>(byte(rng));
  std::vector<int32_t> bias(t.m), comp(t.m);
  std::vector<float> scale(t.m);
  for (int64_t m = 0; m < t.m; ++m) {
    bias[m] = byte(rng) * 40;
    // Sums spread ~74^2 sqrt(K): this keeps most outputs inside int8.
    scale[m] = 1.0f / static_cast<float>(std::sqrt(static_cast<double>(K)) * 100 + 13 * m);
    int32_t rowSum = 0;
    for (int64_t k = 0; k < K; ++k)
      rowSum += w[m * K + k];
    comp[m] = bias[m] - static_cast<int32_t>(128 + t.xZero) * rowSum;
  }
  std::vector<int8_t> packed(static_cast<size_t>(
      mcc_kernel_qconv2d_packed_weight_bytes(t.m, cg, t.kh, t.kw, t.group)));
  mcc_kernel_qconv2d_pack_weight(w.data(), t.m, cg, t.kh, t.kw, t.group, packed.data());
  mcc_memref1_i8 wd{packed.data(), packed.data(), 0, {(int64_t)packed.size()}, {1}};
  mcc_memref1_i32 cd{comp.data(), comp.data(), 0, {t.m}, {1}};
  mcc_memref1_f32 sd{scale.data(), scale.data(), 0, {t.m}, {1}};
  _mlir_ciface_mcc_kernel_qconv2d(&x.desc, &wd, &cd, &sd, &y.desc, t.group, t.kh, t.kw,
                                  t.stride, t.stride, t.pad, t.pad, t.dilation, t.dilation,
                                  t.xZero, t.yZero);
  int64_t wrong = 0;
  for (int64_t n = 0; n < t.n; ++n)
    for (int64_t m = 0; m < t.m; ++m)
      for (int64_t i = 0; i < oh; ++i)
        for (int64_t j = 0; j < ow; ++j) {
          const int64_t g = m / mg;
          int32_t acc = bias[m];
          for (int64_t c = 0; c < cg; ++c)
            for (int64_t a = 0; a < t.kh; ++a)
              for (int64_t b = 0; b < t.kw; ++b) {
                int64_t ih = i * t.stride - t.pad + a * t.dilation;
                int64_t iw = j * t.stride - t.pad + b * t.dilation;
                int32_t xv = ih >= 0 && ih < t.h && iw >= 0 && iw < t.w
                                 ? x.at(n, g * cg + c, ih, iw)
                                 : static_cast<int32_t>(t.xZero);
                acc += (xv - static_cast<int32_t>(t.xZero)) *
                       w[(m * cg + c) * t.kh * t.kw + a * t.kw + b];
              }
          float v = static_cast<float>(acc) * scale[m];
          int32_t q = static_cast<int32_t>(std::nearbyint(v)) + static_cast<int32_t>(t.yZero);
          int8_t want = static_cast<int8_t>(std::min(127, std::max(-128, q)));
          if (y.at(n, m, i, j) != want && ++wrong <= 5)
            ADD_FAILURE() << "y[" << n << "," << m << "," << i << "," << j << "] = "
                          << int(y.at(n, m, i, j)) << ", want " << int(want);
        }
  EXPECT_EQ(wrong, 0);
}

TEST(QuantizedKernelsTest, QConv3x3PaddedTails) {
  // 5 rows and 37 columns: ragged in both tile dims; K = 27 is not a multiple of 4.
  checkQConv({1, 3, 6, 7, 5, 3, 3, 1, 1, 1});
}

TEST(QuantizedKernelsTest, QConv1x1ManyChannels) {
  // Two row blocks of panels and more than one column tile, two images.
  checkQConv({2, 64, 8, 9, 72, 1, 1});
}

TEST(QuantizedKernelsTest, QConvStrideDilationGroups) {
  checkQConv({1, 8, 11, 10, 12, 3, 3, 2, 2, 2, 2, -7, 11});
}

TEST(QuantizedKernelsTest, QConvSaturates) {
  // Zero points at the ends of the range push many outputs into saturation.
  checkQConv({1, 16, 5, 5, 9, 3, 3, 1, 1, 1, 1, 127, 120});
}

} // namespace
