// The training steps' gradient kernels (mcc/kernels.h) against naive double-precision
// references over strided, padded, dilated and grouped geometries: the conv weight gradient
// and the max pool gradient, including ties (first maximum wins) and padding that never
// wins. The trajectory tests (test/Train) cover them inside real models.
#include "Tensor4.h"
#include "mcc/kernels.h"
#include "mcc/runtime.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace {

using mcc::test::F4;

struct Geometry {
  int64_t n, c, h, w, m, kh, kw, sh, sw, pt, pl, pb, pr, dh, dw, group;
  int64_t outH() const { return (h + pt + pb - dh * (kh - 1) - 1) / sh + 1; }
  int64_t outW() const { return (w + pl + pr - dw * (kw - 1) - 1) / sw + 1; }
};

class GradientKernelsTest : public ::testing::TestWithParam<int> {
protected:
  void SetUp() override { ASSERT_EQ(mcc_set_num_threads(GetParam()), nullptr); }
  void TearDown() override { mcc_status_free(mcc_set_num_threads(0)); }
};

TEST_P(GradientKernelsTest, ConvWeightGradMatchesReference) {
  const Geometry cases[] = {
      {2, 3, 7, 6, 4, 3, 3, 1, 1, 0, 0, 0, 0, 1, 1, 1},   // plain
      {3, 4, 9, 8, 6, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1},   // stride 2, padded
      {2, 2, 8, 8, 3, 3, 2, 1, 2, 2, 0, 1, 1, 2, 1, 1},   // dilated, uneven pads
      {2, 6, 6, 6, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2},   // two groups
      {2, 5, 7, 7, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 5},   // depthwise
      {16, 16, 10, 10, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 16}, // depthwise, many images
      {1, 5, 12, 12, 40, 5, 5, 1, 1, 2, 2, 2, 2, 1, 1, 1}, // more rows than one panel
  };
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> dist(-1, 1);
  for (const Geometry &g : cases) {
    int64_t oh = g.outH(), ow = g.outW(), cg = g.c / g.group, mg = g.m / g.group;
    F4 in({g.n, g.c, g.h, g.w}), dy({g.n, g.m, oh, ow}), dw({g.m, cg, g.kh, g.kw});
    for (float &v : in.data)
      v = dist(rng);
    for (float &v : dy.data)
      v = dist(rng);
    _mlir_ciface_mcc_kernel_conv2d_weight_grad(&in.desc, &dy.desc, &dw.desc, g.group, g.sh,
                                                g.sw, g.pt, g.pl, g.dh, g.dw);
    for (int64_t m = 0; m < g.m; ++m)
      for (int64_t c = 0; c < cg; ++c)
        for (int64_t i = 0; i < g.kh; ++i)
          for (int64_t j = 0; j < g.kw; ++j) {
            double want = 0, scale = 0;
            int64_t channel = (m / mg) * cg + c;
            for (int64_t n = 0; n < g.n; ++n)
              for (int64_t y = 0; y < oh; ++y)
                for (int64_t x = 0; x < ow; ++x) {
                  int64_t iy = y * g.sh - g.pt + i * g.dh, ix = x * g.sw - g.pl + j * g.dw;
                  if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w)
                    continue;
                  double term = double(dy.at(n, m, y, x)) * in.at(n, channel, iy, ix);
                  want += term;
                  scale += std::fabs(term);
                }
            ASSERT_NEAR(dw.at(m, c, i, j), want, 1e-5 * (scale + 1))
                << "m " << m << " c " << c << " tap " << i << "," << j << " of case with C "
                << g.c << " M " << g.m;
          }
  }
}

// The conv input gradient is a transposed convolution of dY with the conv's weight:
// dX[n, ch, iy, ix] = sum of dY[n, m, y, x] * W[m, ch % Cg, i, j] over the m of ch's group
// and the (y, x, i, j) that reach (iy, ix). The output size is the conv's input size, so
// cases whose stride leaves input rows unread test the output padding too.
TEST_P(GradientKernelsTest, ConvTransposeIsTheConvInputGradient) {
  const Geometry cases[] = {
      {2, 3, 7, 6, 4, 3, 3, 1, 1, 0, 0, 0, 0, 1, 1, 1},   // plain
      {3, 4, 9, 8, 6, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1},   // stride 2, padded
      {2, 4, 10, 9, 5, 3, 3, 3, 2, 0, 0, 0, 0, 1, 1, 1},  // stride 3: rows no output reads
      {2, 2, 8, 8, 3, 3, 2, 1, 2, 2, 0, 1, 1, 2, 1, 1},   // dilated, uneven pads
      {2, 6, 6, 6, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2},   // two groups
      {2, 5, 7, 7, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 5},   // depthwise
      {5, 32, 13, 13, 64, 3, 3, 1, 1, 0, 0, 0, 0, 1, 1, 1}, // the MNIST CNN's second conv
  };
  std::mt19937 rng(13);
  std::uniform_real_distribution<float> dist(-1, 1);
  for (const Geometry &g : cases) {
    int64_t oh = g.outH(), ow = g.outW(), cg = g.c / g.group, mg = g.m / g.group;
    F4 dy({g.n, g.m, oh, ow}), w({g.m, cg, g.kh, g.kw}), dx({g.n, g.c, g.h, g.w});
    for (float &v : dy.data)
      v = dist(rng);
    for (float &v : w.data)
      v = dist(rng);
    for (float &v : dx.data)
      v = std::nanf("");
    _mlir_ciface_mcc_kernel_conv2d_transpose(&dy.desc, &w.desc, &dx.desc, g.group, g.sh, g.sw,
                                             g.pt, g.pl, g.dh, g.dw);
    std::vector<double> want(dx.data.size(), 0.0), scale(dx.data.size(), 0.0);
    for (int64_t n = 0; n < g.n; ++n)
      for (int64_t m = 0; m < g.m; ++m)
        for (int64_t c = 0; c < cg; ++c)
          for (int64_t y = 0; y < oh; ++y)
            for (int64_t x = 0; x < ow; ++x)
              for (int64_t i = 0; i < g.kh; ++i)
                for (int64_t j = 0; j < g.kw; ++j) {
                  int64_t iy = y * g.sh - g.pt + i * g.dh, ix = x * g.sw - g.pl + j * g.dw;
                  if (iy < 0 || iy >= g.h || ix < 0 || ix >= g.w)
                    continue;
                  int64_t at = ((n * g.c + (m / mg) * cg + c) * g.h + iy) * g.w + ix;
                  double term = double(dy.at(n, m, y, x)) * w.at(m, c, i, j);
                  want[at] += term;
                  scale[at] += std::fabs(term);
                }
    for (size_t i = 0; i < want.size(); ++i)
      ASSERT_NEAR(dx.data[i], want[i], 1e-5 * (scale[i] + 1))
          << "element " << i << " of case with C " << g.c << " M " << g.m;
  }
}

TEST_P(GradientKernelsTest, MaxPoolGradRoutesToTheFirstMaximum) {
  struct Pool {
    int64_t n, c, h, w, kh, kw, sh, sw, pt, pl, pb, pr, dh, dw;
  };
  const Pool cases[] = {
      {2, 3, 6, 6, 2, 2, 2, 2, 0, 0, 0, 0, 1, 1},  // non-overlapping
      // 2x2 stride 2 wide enough for the vector path (8 windows) and a scalar tail, with a
      // row and a column that no window covers.
      {2, 3, 7, 21, 2, 2, 2, 2, 0, 0, 0, 0, 1, 1},
      {1, 2, 7, 7, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1},  // overlapping windows, padded
      {2, 1, 9, 8, 2, 3, 1, 2, 0, 1, 0, 1, 2, 1},  // dilated, uneven pads
  };
  std::mt19937 rng(5);
  for (const Pool &p : cases) {
    int64_t oh = (p.h + p.pt + p.pb - p.dh * (p.kh - 1) - 1) / p.sh + 1;
    int64_t ow = (p.w + p.pl + p.pr - p.dw * (p.kw - 1) - 1) / p.sw + 1;
    F4 in({p.n, p.c, p.h, p.w}), dy({p.n, p.c, oh, ow}), dx({p.n, p.c, p.h, p.w});
    // Few distinct values, so windows tie often.
    std::uniform_int_distribution<int> level(0, 3);
    for (float &v : in.data)
      v = float(level(rng));
    std::uniform_real_distribution<float> dist(-1, 1);
    for (float &v : dy.data)
      v = dist(rng);
    for (float &v : dx.data)
      v = std::nanf("");
    _mlir_ciface_mcc_kernel_max_pool2d_grad(&in.desc, &dy.desc, &dx.desc, p.kh, p.kw, p.sh,
                                            p.sw, p.pt, p.pl, p.dh, p.dw);
    std::vector<double> want(dx.data.size(), 0.0);
    for (int64_t n = 0; n < p.n; ++n)
      for (int64_t c = 0; c < p.c; ++c)
        for (int64_t y = 0; y < oh; ++y)
          for (int64_t x = 0; x < ow; ++x) {
            int64_t best = -1;
            float top = 0;
            for (int64_t i = 0; i < p.kh; ++i)
              for (int64_t j = 0; j < p.kw; ++j) {
                int64_t iy = y * p.sh - p.pt + i * p.dh, ix = x * p.sw - p.pl + j * p.dw;
                if (iy < 0 || iy >= p.h || ix < 0 || ix >= p.w)
                  continue;
                if (best < 0 || in.at(n, c, iy, ix) > top) {
                  top = in.at(n, c, iy, ix);
                  best = ((n * p.c + c) * p.h + iy) * p.w + ix;
                }
              }
            if (best >= 0)
              want[best] += dy.at(n, c, y, x);
          }
    for (size_t i = 0; i < want.size(); ++i)
      ASSERT_NEAR(dx.data[i], want[i], 1e-6) << "element " << i;
  }
}

INSTANTIATE_TEST_SUITE_P(Threads, GradientKernelsTest, ::testing::Values(1, 2, 3));

} // namespace
