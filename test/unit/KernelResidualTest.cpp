// What mcc_kernel_gemm and mcc_kernel_conv2d do with a residual whose run-time shape is not
// the output's (a dynamic residual the compiler could not prove equal): dims of 1 broadcast
// in the GEMM; anything else poisons the output with NaN rather than reading out of bounds.
#include "TestUtil.h"

#include "mcc/kernels.h"

#include <cmath>
#include <vector>

namespace {

template <typename Desc, int Rank>
Desc describe(std::vector<float> &data, const int64_t (&sizes)[Rank]) {
  Desc d{};
  d.allocated = d.aligned = data.data();
  int64_t stride = 1;
  for (int i = Rank - 1; i >= 0; --i) {
    d.sizes[i] = sizes[i];
    d.strides[i] = stride;
    stride *= sizes[i];
  }
  return d;
}

TEST(KernelResidualTest, GemmResidualRowBroadcasts) {
  const int64_t B = 2, M = 5, K = 3, N = 4;
  std::vector<float> a(B * M * K), b(K * N), res(N), out(B * M * N), unused(1);
  for (size_t i = 0; i < a.size(); ++i)
    a[i] = 0.25f * static_cast<float>(i % 7) - 0.5f;
  for (size_t i = 0; i < b.size(); ++i)
    b[i] = 0.5f * static_cast<float>(i % 5) - 1.0f;
  for (size_t i = 0; i < res.size(); ++i)
    res[i] = 10.0f * static_cast<float>(i + 1);
  auto ad = describe<mcc_memref3_f32>(a, {B, M, K});
  auto bd = describe<mcc_memref3_f32>(b, {1, K, N});
  auto rd = describe<mcc_memref3_f32>(res, {1, 1, N});
  auto od = describe<mcc_memref3_f32>(out, {B, M, N});
  auto ud = describe<mcc_memref1_f32>(unused, {1});
  _mlir_ciface_mcc_kernel_gemm(&ad, &bd, &ud, &ud, &rd, &od, MCC_KERNEL_HAS_RESIDUAL,
                               MCC_ACT_NONE, 0, 0);
  for (int64_t n = 0; n < B; ++n)
    for (int64_t i = 0; i < M; ++i)
      for (int64_t j = 0; j < N; ++j) {
        double want = res[j];
        for (int64_t k = 0; k < K; ++k)
          want += double(a[(n * M + i) * K + k]) * b[k * N + j];
        EXPECT_NEAR(out[(n * M + i) * N + j], want, 1e-5) << n << "," << i << "," << j;
      }
}

TEST(KernelResidualTest, GemmResidualOfAnotherShapePoisons) {
  const int64_t M = 5, K = 3, N = 4;
  std::vector<float> a(M * K, 1.0f), b(K * N, 1.0f), res(3 * N, 1.0f), out(M * N, 0.0f),
      unused(1);
  auto ad = describe<mcc_memref3_f32>(a, {1, M, K});
  auto bd = describe<mcc_memref3_f32>(b, {1, K, N});
  auto rd = describe<mcc_memref3_f32>(res, {1, 3, N}); // 3 rows for 5: neither M nor 1
  auto od = describe<mcc_memref3_f32>(out, {1, M, N});
  auto ud = describe<mcc_memref1_f32>(unused, {1});
  _mlir_ciface_mcc_kernel_gemm(&ad, &bd, &ud, &ud, &rd, &od, MCC_KERNEL_HAS_RESIDUAL,
                               MCC_ACT_NONE, 0, 0);
  for (float x : out)
    EXPECT_TRUE(std::isnan(x));
}

TEST(KernelResidualTest, ConvResidualOfAnotherShapePoisons) {
  // 1x1 conv, 2 -> 3 channels on 4x4; the residual has 2 rows for 4.
  std::vector<float> in(2 * 16, 1.0f), res(3 * 2 * 4, 1.0f), out(3 * 16, 0.0f), unused(1);
  std::vector<float> w(3 * 2, 0.5f);
  std::vector<float> packed(mcc_kernel_conv2d_packed_weight_floats(3, 2, 1, 1, 1));
  mcc_kernel_conv2d_pack_weight(w.data(), 3, 2, 1, 1, 1, packed.data());
  auto id = describe<mcc_memref4_f32>(in, {1, 2, 4, 4});
  auto rd = describe<mcc_memref4_f32>(res, {1, 3, 2, 4});
  auto od = describe<mcc_memref4_f32>(out, {1, 3, 4, 4});
  auto wd = describe<mcc_memref1_f32>(packed, {static_cast<int64_t>(packed.size())});
  auto ud = describe<mcc_memref1_f32>(unused, {1});
  _mlir_ciface_mcc_kernel_conv2d(&id, &wd, &ud, &rd, &od, 1, 1, 1, 1, 1, 0, 0, 1, 1,
                                 MCC_KERNEL_HAS_RESIDUAL, MCC_ACT_NONE, 0, 0);
  for (float x : out)
    EXPECT_TRUE(std::isnan(x));
}

} // namespace
