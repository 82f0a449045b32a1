// mcc_kernel_attention against a naive double-precision softmax(scale Q K^T, keep, mask) V:
// more query rows than one block, odd head sizes, masks and keeps that broadcast over batch,
// heads and query rows, and the same bits for any thread count.
#include "Tensor4.h"
#include "TestUtil.h"

#include "mcc/kernels.h"

#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace {

using mcc::test::B4;
using mcc::test::F4;

struct Case {
  int64_t B, H, Sq, Skv, D, Dv;
  bool mask, keep;
  std::array<int64_t, 4> maskShape{}, keepShape{};
};

std::vector<double> reference(F4 &q, F4 &k, F4 &v, F4 *mask, B4 *keep, const Case &c,
                              float scale, float fill) {
  std::vector<double> out(c.B * c.H * c.Sq * c.Dv);
  std::vector<double> s(c.Skv);
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.H; ++h)
      for (int64_t i = 0; i < c.Sq; ++i) {
        double max = -std::numeric_limits<double>::infinity();
        for (int64_t j = 0; j < c.Skv; ++j) {
          double dot = 0;
          for (int64_t d = 0; d < c.D; ++d)
            dot += double(q.at(b, h, i, d)) * k.at(b, h, j, d);
          double x = float(dot) * double(scale);
          if (keep && !keep->at(b, h, i, j))
            x = fill;
          if (mask)
            x += mask->at(b, h, i, j);
          s[j] = x;
          max = std::max(max, x);
        }
        double sum = 0;
        for (double &x : s)
          sum += (x = std::exp(x - max));
        for (int64_t e = 0; e < c.Dv; ++e) {
          double acc = 0;
          for (int64_t j = 0; j < c.Skv; ++j)
            acc += s[j] / sum * v.at(b, h, j, e);
          out[((b * c.H + h) * c.Sq + i) * c.Dv + e] = acc;
        }
      }
  return out;
}

class AttentionKernelTest : public ::testing::TestWithParam<Case> {
protected:
  void TearDown() override { ASSERT_MCC_OK(mcc_set_num_threads(0)); }
};

TEST_P(AttentionKernelTest, MatchesReference) {
  const Case c = GetParam();
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  F4 q({c.B, c.H, c.Sq, c.D}), k({c.B, c.H, c.Skv, c.D}), v({c.B, c.H, c.Skv, c.Dv});
  for (F4 *t : {&q, &k, &v})
    for (float &x : t->data)
      x = uniform(rng);
  F4 mask(c.mask ? c.maskShape : std::array<int64_t, 4>{1, 1, 1, 1});
  for (float &x : mask.data)
    x = uniform(rng) * 4.0f;
  B4 keep(c.keep ? c.keepShape : std::array<int64_t, 4>{1, 1, 1, 1});
  for (size_t i = 0; i < keep.data.size(); ++i)
    keep.data[i] = (i % 3 != 1); // every row keeps at least one key
  const float scale = 0.125f, fill = -1e9f;
  int64_t flags = (c.mask ? MCC_KERNEL_HAS_MASK : 0) | (c.keep ? MCC_KERNEL_HAS_KEEP : 0);
  std::vector<double> want =
      reference(q, k, v, c.mask ? &mask : nullptr, c.keep ? &keep : nullptr, c, scale, fill);

  std::vector<float> first;
  for (int threads : {1, 2, 3}) {
    ASSERT_MCC_OK(mcc_set_num_threads(threads));
    F4 out({c.B, c.H, c.Sq, c.Dv});
    _mlir_ciface_mcc_kernel_attention(&q.desc, &k.desc, &v.desc, &mask.desc, &keep.desc,
                                      &out.desc, flags, scale, fill);
    for (size_t i = 0; i < want.size(); ++i)
      ASSERT_NEAR(out.data[i], want[i], 1e-5 + 1e-4 * std::fabs(want[i])) << "element " << i;
    if (first.empty())
      first = out.data;
    else
      EXPECT_EQ(first, out.data) << threads << " threads changed the bits";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, AttentionKernelTest,
    ::testing::Values(
        // BERT-like: padding mask [B, 1, 1, Skv] broadcast over heads and query rows.
        Case{2, 3, 20, 20, 16, 16, true, false, {2, 1, 1, 20}, {}},
        // More query rows than a block, odd sizes, no mask.
        Case{1, 2, 101, 37, 7, 5, false, false, {}, {}},
        // GPT-2-like: a causal keep [1, 1, Sq, Skv] and a mask, cross-attention lengths.
        Case{1, 2, 9, 13, 8, 12, true, true, {1, 1, 9, 13}, {1, 1, 9, 13}},
        // One query row (a decode step) against many keys.
        Case{2, 2, 1, 64, 32, 32, true, false, {2, 1, 1, 64}, {}}));

} // namespace
