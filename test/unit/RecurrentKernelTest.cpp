// mcc_kernel_lstm / mcc_kernel_gru against a naive double-precision ONNX LSTM / GRU: every
// direction, with and without bias, sequence_lens (entries of length 0 included), initial
// states, LSTM peepholes and input_forget, clip, GRU linear_before_reset 0 and 1, an input
// whose batch is not contiguous with its steps, batch 1 (the GEMV path), and the same bits
// for any thread count.
#include "TestUtil.h"

#include "mcc/kernels.h"

#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

struct Options {
  bool lstm = true;
  int64_t S = 5, B = 3, I = 7, H = 9;
  int dirs = 1;
  bool reverse = false, bias = false, lens = false, initialH = false, initialC = false;
  bool peepholes = false, inputForget = false, linearBeforeReset = false;
  float clip = 0; // 0: none
  bool batchMajorX = false; // x stored [B, S, I] and viewed as [S, B, I]
  std::vector<int32_t> lengths;
};

template <typename Desc> void describe(Desc &d, float *data, std::vector<int64_t> shape) {
  d.allocated = d.aligned = data;
  d.offset = 0;
  int64_t stride = 1;
  for (int i = static_cast<int>(shape.size()) - 1; i >= 0; --i) {
    d.sizes[i] = shape[i];
    d.strides[i] = stride;
    stride *= shape[i];
  }
}

struct Layer {
  Options o;
  int64_t G;
  std::vector<float> x, w, r, bias, h0, c0, p;
  std::vector<int32_t> lens;

  explicit Layer(const Options &options, unsigned seed) : o(options), G(o.lstm ? 4 : 3) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    auto fill = [&](std::vector<float> &v, size_t n, float scale) {
      v.resize(n);
      for (float &e : v)
        e = u(rng) * scale;
    };
    fill(x, o.S * o.B * o.I, 2.0f);
    fill(w, o.dirs * G * o.H * o.I, 0.6f);
    fill(r, o.dirs * G * o.H * o.H, 0.6f);
    fill(bias, o.dirs * 2 * G * o.H, 0.5f);
    fill(h0, o.dirs * o.B * o.H, 1.0f);
    fill(c0, o.dirs * o.B * o.H, 1.0f);
    fill(p, o.dirs * 3 * o.H, 0.5f);
    lens = o.lengths;
  }

  float xAt(int64_t t, int64_t b, int64_t i) const {
    return o.batchMajorX ? x[(b * o.S + t) * o.I + i] : x[(t * o.B + b) * o.I + i];
  }
  int64_t length(int64_t b) const { return o.lens ? lens[b] : o.S; }
};

double sigmoid(double v) { return 1.0 / (1.0 + std::exp(-v)); }

struct Result {
  std::vector<double> y, yh, yc;
};

// The ONNX definition, in double.
Result reference(const Layer &l) {
  const Options &o = l.o;
  const int64_t H = o.H, G = l.G, S = o.S, B = o.B, I = o.I;
  Result res;
  res.y.assign(S * o.dirs * B * H, 0.0);
  res.yh.assign(o.dirs * B * H, 0.0);
  res.yc.assign(o.dirs * B * H, 0.0);
  auto clip = [&](double v) { return o.clip > 0 ? std::min(std::max(v, -double(o.clip)), double(o.clip)) : v; };
  for (int d = 0; d < o.dirs; ++d) {
    bool reverse = d == 1 || o.reverse;
    const float *w = l.w.data() + d * G * H * I, *r = l.r.data() + d * G * H * H;
    auto wb = [&](int64_t j) { return o.bias ? double(l.bias[d * 2 * G * H + j]) : 0.0; };
    auto rb = [&](int64_t j) { return o.bias ? double(l.bias[d * 2 * G * H + G * H + j]) : 0.0; };
    for (int64_t b = 0; b < B; ++b) {
      std::vector<double> h(H, 0.0), c(H, 0.0);
      for (int64_t j = 0; j < H; ++j) {
        if (o.initialH)
          h[j] = l.h0[(d * B + b) * H + j];
        if (o.initialC)
          c[j] = l.c0[(d * B + b) * H + j];
      }
      int64_t len = l.length(b);
      for (int64_t step = 0; step < len; ++step) {
        int64_t t = reverse ? len - 1 - step : step;
        // xw[g] = x . W^T + Wb, hr[g] = h . R^T + Rb
        std::vector<double> xw(G * H), hr(G * H);
        for (int64_t g = 0; g < G * H; ++g) {
          double sx = wb(g), sh = rb(g);
          for (int64_t i = 0; i < I; ++i)
            sx += double(l.xAt(t, b, i)) * w[g * I + i];
          for (int64_t k = 0; k < H; ++k)
            sh += h[k] * r[g * H + k];
          xw[g] = sx;
          hr[g] = sh;
        }
        std::vector<double> hNew(H);
        if (o.lstm) {
          const float *p = l.p.data() + d * 3 * H;
          for (int64_t j = 0; j < H; ++j) {
            double pi = o.peepholes ? p[j] : 0, po = o.peepholes ? p[H + j] : 0,
                   pf = o.peepholes ? p[2 * H + j] : 0;
            double i = sigmoid(clip(xw[j] + hr[j] + pi * c[j]));
            double f = o.inputForget ? 1 - i : sigmoid(clip(xw[2 * H + j] + hr[2 * H + j] + pf * c[j]));
            double cc = std::tanh(clip(xw[3 * H + j] + hr[3 * H + j]));
            c[j] = f * c[j] + i * cc;
            double out = sigmoid(clip(xw[H + j] + hr[H + j] + po * c[j]));
            hNew[j] = out * std::tanh(c[j]);
          }
        } else {
          std::vector<double> z(H), rg(H);
          for (int64_t j = 0; j < H; ++j) {
            z[j] = sigmoid(clip(xw[j] + hr[j]));
            rg[j] = sigmoid(clip(xw[H + j] + hr[H + j]));
          }
          for (int64_t j = 0; j < H; ++j) {
            double n;
            if (o.linearBeforeReset) {
              n = std::tanh(clip(xw[2 * H + j] + rg[j] * hr[2 * H + j]));
            } else {
              double s = rb(2 * H + j);
              for (int64_t k = 0; k < H; ++k)
                s += rg[k] * h[k] * r[(2 * H + j) * H + k];
              n = std::tanh(clip(xw[2 * H + j] + s));
            }
            hNew[j] = (1 - z[j]) * n + z[j] * h[j];
          }
        }
        h = hNew;
        for (int64_t j = 0; j < H; ++j)
          res.y[((t * o.dirs + d) * B + b) * H + j] = h[j];
      }
      for (int64_t j = 0; j < H; ++j) {
        res.yh[(d * B + b) * H + j] = len == 0 ? 0.0 : h[j];
        res.yc[(d * B + b) * H + j] = len == 0 ? 0.0 : c[j];
      }
    }
  }
  return res;
}

struct Output {
  std::vector<float> y, yh, yc;
};

// Packs the weights as the compiler does and calls the kernel.
Output run(const Layer &l) {
  const Options &o = l.o;
  const int64_t H = o.H, G = l.G, I = o.I, GH = G * H;
  std::vector<float> packedW, packedR;
  auto pack = [](const float *m, int64_t k, int64_t n, std::vector<float> &into) {
    size_t at = into.size();
    into.resize(at + mcc_kernel_gemm_packed_b_floats(k, n));
    mcc_kernel_gemm_pack_b(m, k, n, 1, k, into.data() + at); // m^T, m being [n, k]
  };
  for (int d = 0; d < o.dirs; ++d) {
    pack(l.w.data() + d * GH * I, I, GH, packedW);
    const float *r = l.r.data() + d * GH * H;
    if (o.lstm) {
      pack(r, H, GH, packedR);
    } else {
      pack(r, H, 2 * H, packedR);
      pack(r + 2 * H * H, H, H, packedR);
    }
  }
  std::vector<float> x = l.x, bias = l.bias, h0 = l.h0, c0 = l.c0, p = l.p;
  std::vector<int32_t> lens = l.lens;
  if (lens.empty())
    lens.push_back(0);
  Output out;
  out.y.assign(o.S * o.dirs * o.B * H, -7.0f);
  out.yh.assign(o.dirs * o.B * H, -7.0f);
  out.yc.assign(o.dirs * o.B * H, -7.0f);

  mcc_memref3_f32 xd, h0d, c0d, yhd, ycd;
  mcc_memref1_f32 wd, rd;
  mcc_memref2_f32 bd, pd;
  mcc_memref4_f32 yd;
  mcc_memref1_i32 ld;
  if (o.batchMajorX) {
    describe(xd, x.data(), {o.B, o.S, o.I});
    std::swap(xd.sizes[0], xd.sizes[1]);
    std::swap(xd.strides[0], xd.strides[1]);
  } else {
    describe(xd, x.data(), {o.S, o.B, o.I});
  }
  describe(wd, packedW.data(), {int64_t(packedW.size())});
  describe(rd, packedR.data(), {int64_t(packedR.size())});
  describe(bd, bias.data(), {o.dirs, 2 * GH});
  describe(pd, p.data(), {o.dirs, 3 * H});
  describe(h0d, h0.data(), {o.dirs, o.B, H});
  describe(c0d, c0.data(), {o.dirs, o.B, H});
  describe(yd, out.y.data(), {o.S, o.dirs, o.B, H});
  describe(yhd, out.yh.data(), {o.dirs, o.B, H});
  describe(ycd, out.yc.data(), {o.dirs, o.B, H});
  ld.allocated = ld.aligned = lens.data();
  ld.offset = 0;
  ld.sizes[0] = int64_t(lens.size());
  ld.strides[0] = 1;

  int64_t flags = (o.bias ? MCC_RNN_HAS_BIAS : 0) | (o.lens ? MCC_RNN_HAS_SEQUENCE_LENS : 0) |
                  (o.initialH ? MCC_RNN_HAS_INITIAL_H : 0) |
                  (o.initialC ? MCC_RNN_HAS_INITIAL_C : 0) |
                  (o.peepholes ? MCC_RNN_HAS_PEEPHOLES : 0) |
                  (o.inputForget ? MCC_RNN_INPUT_FORGET : 0) |
                  (o.linearBeforeReset ? MCC_RNN_LINEAR_BEFORE_RESET : 0) |
                  (o.clip > 0 ? MCC_RNN_HAS_CLIP : 0) | (o.reverse ? MCC_RNN_REVERSE : 0);
  if (o.lstm)
    _mlir_ciface_mcc_kernel_lstm(&xd, &wd, &rd, &bd, &ld, &h0d, &c0d, &pd, &yd, &yhd, &ycd,
                                 flags, o.clip);
  else
    _mlir_ciface_mcc_kernel_gru(&xd, &wd, &rd, &bd, &ld, &h0d, &yd, &yhd, flags, o.clip);
  return out;
}

void expectClose(const std::vector<float> &got, const std::vector<double> &want,
                 const char *what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  double worst = 0;
  for (size_t i = 0; i < got.size(); ++i)
    worst = std::max(worst, std::abs(double(got[i]) - want[i]));
  EXPECT_LT(worst, 2e-5) << what;
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", worst);
  ::testing::Test::RecordProperty(std::string("max_abs_diff_") + what, text);
}

void check(const Options &o, unsigned seed = 1) {
  Layer l(o, seed);
  Result want = reference(l);
  Output got = run(l);
  expectClose(got.y, want.y, "y");
  expectClose(got.yh, want.yh, "y_h");
  if (o.lstm)
    expectClose(got.yc, want.yc, "y_c");
}

class RecurrentKernelTest : public ::testing::Test {
protected:
  void TearDown() override { ASSERT_MCC_OK(mcc_set_num_threads(0)); }
};

TEST_F(RecurrentKernelTest, LstmForwardBatchOne) {
  Options o;
  o.B = 1;
  o.H = 20;
  o.bias = true;
  check(o);
}

TEST_F(RecurrentKernelTest, LstmWithoutBias) { check(Options{}); }

TEST_F(RecurrentKernelTest, LstmReverse) {
  Options o;
  o.reverse = true;
  o.bias = true;
  check(o);
}

TEST_F(RecurrentKernelTest, LstmBidirectionalEveryOption) {
  Options o;
  o.dirs = 2;
  o.B = 4;
  o.bias = o.lens = o.initialH = o.initialC = o.peepholes = true;
  o.clip = 1.5f;
  o.lengths = {5, 2, 0, 4};
  check(o);
}

TEST_F(RecurrentKernelTest, LstmInputForgetReverseWithLengths) {
  Options o;
  o.reverse = o.inputForget = o.bias = o.lens = o.initialH = o.initialC = true;
  o.lengths = {3, 5, 1};
  check(o);
}

TEST_F(RecurrentKernelTest, LstmBatchNotContiguousWithSteps) {
  Options o;
  o.dirs = 2;
  o.bias = true;
  o.batchMajorX = true;
  check(o);
}

TEST_F(RecurrentKernelTest, GruForward) {
  Options o;
  o.lstm = false;
  o.bias = true;
  check(o);
}

TEST_F(RecurrentKernelTest, GruWithoutBiasBatchOne) {
  Options o;
  o.lstm = false;
  o.B = 1;
  o.H = 33;
  check(o);
}

TEST_F(RecurrentKernelTest, GruLinearBeforeReset) {
  Options o;
  o.lstm = false;
  o.bias = o.linearBeforeReset = o.initialH = true;
  check(o);
}

TEST_F(RecurrentKernelTest, GruBidirectionalEveryOption) {
  for (bool before : {false, true}) {
    Options o;
    o.lstm = false;
    o.dirs = 2;
    o.B = 4;
    o.bias = o.lens = o.initialH = true;
    o.linearBeforeReset = before;
    o.clip = 1.2f;
    o.lengths = {0, 5, 3, 1};
    o.batchMajorX = true;
    check(o);
  }
}

TEST_F(RecurrentKernelTest, GruReverseWithLengths) {
  Options o;
  o.lstm = false;
  o.reverse = o.bias = o.lens = true;
  o.lengths = {2, 5, 4};
  check(o);
}

TEST_F(RecurrentKernelTest, SameBitsForAnyThreadCount) {
  for (bool lstm : {true, false}) {
    Options o;
    o.lstm = lstm;
    o.dirs = 2;
    o.S = 4;
    o.B = 16;
    o.I = 96;
    o.H = 200;
    o.bias = true;
    Layer l(o, 7);
    Output first;
    for (int threads : {1, 2, 3}) {
      ASSERT_MCC_OK(mcc_set_num_threads(threads));
      Output out = run(l);
      if (threads == 1) {
        first = out;
        Result want = reference(l);
        expectClose(out.y, want.y, "y");
      } else {
        EXPECT_EQ(first.y, out.y) << threads << " threads changed the bits";
        EXPECT_EQ(first.yh, out.yh);
        EXPECT_EQ(first.yc, out.yc);
      }
    }
  }
}

} // namespace
