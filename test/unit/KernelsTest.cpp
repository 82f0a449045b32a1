// The CPU microkernels of mcc/kernels.h against a naive double-precision reference: GEMM over
// odd and even sizes, transposes, broadcast batches, packed and strided operands and every
// epilogue; grouped, depthwise, strided, padded and dilated convolutions; identical bits for
// any thread count; many application threads at once. The same cases run a second time with
// MCC_KERNEL_ISA=scalar (the portable fallback, see CMakeLists.txt).
#include "TestUtil.h"

#include "mcc/kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <thread>

namespace {

// A rank-3 or rank-4 buffer and a descriptor over it. With `padLast` the innermost dimension
// is a slice [offset, offset + size) of a wider row, so strides and offset are not trivial.
template <int Rank> struct ViewOf;
template <> struct ViewOf<3> {
  using type = mcc_memref3_f32;
};
template <> struct ViewOf<4> {
  using type = mcc_memref4_f32;
};

template <int Rank> struct Buffer {
  std::vector<float> storage;
  typename ViewOf<Rank>::type view;

  Buffer(std::vector<int64_t> sizes, int64_t padLast = 0) {
    int64_t stride = 1;
    for (int d = Rank - 1; d >= 0; --d) {
      view.sizes[d] = sizes[d];
      view.strides[d] = stride;
      stride *= sizes[d] + (d == Rank - 1 ? padLast : 0);
    }
    storage.assign(stride + padLast, std::nanf(""));
    view.allocated = view.aligned = storage.data();
    view.offset = padLast;
  }
  int64_t index(std::initializer_list<int64_t> at) const {
    int64_t i = view.offset, d = 0;
    for (int64_t v : at)
      i += v * view.strides[d++];
    return i;
  }
  float &operator()(std::initializer_list<int64_t> at) { return storage[index(at)]; }
  int64_t elements() const {
    int64_t n = 1;
    for (int d = 0; d < Rank; ++d)
      n *= view.sizes[d];
    return n;
  }
  void fill(std::mt19937 &rng) {
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    forEach([&](float &x) { x = dist(rng); });
  }
  template <typename F> void forEach(F f) {
    std::vector<int64_t> at(Rank, 0);
    for (int64_t n = 0; n < elements(); ++n) {
      int64_t rest = n, i = view.offset;
      for (int d = Rank - 1; d >= 0; --d) {
        i += (rest % view.sizes[d]) * view.strides[d];
        rest /= view.sizes[d];
      }
      f(storage[i]);
    }
  }
  // The logical elements in row-major order (for bitwise comparisons).
  std::vector<float> values() {
    std::vector<float> out;
    forEach([&](float &x) { out.push_back(x); });
    return out;
  }
};
using Buffer3 = Buffer<3>;
using Buffer4 = Buffer<4>;

mcc_memref1_f32 vector1(std::vector<float> &v) {
  mcc_memref1_f32 m;
  m.allocated = m.aligned = v.data();
  m.offset = 0;
  m.sizes[0] = static_cast<int64_t>(v.size());
  m.strides[0] = 1;
  return m;
}

double referenceActivation(double x, int64_t kind, double p0, double p1) {
  switch (kind) {
  case MCC_ACT_RELU:
    return std::max(x, 0.0);
  case MCC_ACT_CLIP:
    return std::min(std::max(x, p0), p1);
  case MCC_ACT_SIGMOID:
    return 1.0 / (1.0 + std::exp(-x));
  case MCC_ACT_TANH:
    return std::tanh(x);
  case MCC_ACT_HARD_SIGMOID:
    return std::min(std::max(p0 * x + p1, 0.0), 1.0);
  case MCC_ACT_HARD_SWISH:
    return x * std::min(std::max(x / 6.0 + 0.5, 0.0), 1.0);
  case MCC_ACT_SILU:
    return x / (1.0 + std::exp(-x));
  case MCC_ACT_GELU:
    return 0.5 * x * std::erfc(-x / std::sqrt(2.0));
  case MCC_ACT_GELU_TANH:
    // 0.5 x (1 + tanh u), written without the cancellation for negative x.
    return x / (1.0 + std::exp(-2.0 * std::sqrt(2.0 / M_PI) * (x + 0.044715 * x * x * x)));
  case MCC_ACT_LEAKY_RELU:
    return x >= 0 ? x : p0 * x;
  default:
    return x;
  }
}

// |got - want| within rtol of the magnitudes that went into it.
void expectClose(float got, double want, double scale, const std::string &where) {
  double tol = 1e-5 * (std::fabs(want) + scale) + 1e-30;
  ASSERT_LE(std::fabs(got - want), tol) << where << ": got " << got << " want " << want;
}

enum class Bias { None, PerColumn, PerRow };

struct GemmCase {
  int64_t batch = 1, batchA = 1, batchB = 1, M = 1, N = 1, K = 1;
  bool transA = false, transB = false, packed = false, residual = false, sliced = false;
  bool residualIsOut = false; // the residual operand is the output buffer, holding it
  Bias bias = Bias::None;
  int64_t activation = MCC_ACT_NONE;
  float p0 = 0.0f, p1 = 0.0f;
};

std::string describe(const GemmCase &c) {
  return "gemm B=" + std::to_string(c.batch) + " Ba=" + std::to_string(c.batchA) +
         " Bb=" + std::to_string(c.batchB) + " M=" + std::to_string(c.M) +
         " N=" + std::to_string(c.N) + " K=" + std::to_string(c.K) + " tA=" +
         std::to_string(c.transA) + " tB=" + std::to_string(c.transB) + " packed=" +
         std::to_string(c.packed) + " bias=" + std::to_string(static_cast<int>(c.bias)) +
         " res=" + std::to_string(c.residual) + " act=" + std::to_string(c.activation);
}

// Runs one case through mcc_kernel_gemm, checks it against the reference, and returns the
// output's values (for cross-thread-count comparisons).
std::vector<float> checkGemm(const GemmCase &c, unsigned seed = 1) {
  std::mt19937 rng(seed);
  const int64_t pad = c.sliced ? 3 : 0;
  Buffer3 a(c.transA ? std::vector<int64_t>{c.batchA, c.K, c.M}
                     : std::vector<int64_t>{c.batchA, c.M, c.K},
            pad);
  Buffer3 b(c.transB ? std::vector<int64_t>{c.batchB, c.N, c.K}
                     : std::vector<int64_t>{c.batchB, c.K, c.N},
            pad);
  Buffer3 out({c.batch, c.M, c.N}, pad);
  Buffer3 residual({c.batch, c.M, c.N}, pad);
  a.fill(rng);
  b.fill(rng);
  residual.fill(rng);
  std::vector<float> bias(c.bias == Bias::PerRow ? c.M : c.N);
  for (float &v : bias)
    v = std::uniform_real_distribution<float>(-1, 1)(rng);

  auto A = [&](int64_t n, int64_t m, int64_t k) -> double {
    int64_t bn = c.batchA == 1 ? 0 : n;
    return c.transA ? a({bn, k, m}) : a({bn, m, k});
  };
  auto B = [&](int64_t n, int64_t k, int64_t j) -> double {
    int64_t bn = c.batchB == 1 ? 0 : n;
    return c.transB ? b({bn, j, k}) : b({bn, k, j});
  };

  std::vector<float> packed;
  int64_t flags = 0;
  if (c.transA)
    flags |= MCC_KERNEL_TRANS_A;
  if (c.transB)
    flags |= MCC_KERNEL_TRANS_B;
  if (c.packed) {
    flags |= MCC_KERNEL_B_PACKED;
    packed.assign(mcc_kernel_gemm_packed_b_floats(c.K, c.N) + 1, std::nanf(""));
    // The packed B is batch 0's (B_PACKED means one shared right-hand side).
    std::vector<float> plain(c.K * c.N);
    for (int64_t k = 0; k < c.K; ++k)
      for (int64_t j = 0; j < c.N; ++j)
        plain[k * c.N + j] = static_cast<float>(B(0, k, j));
    // Packed at an offset to check `packed->offset` is honoured.
    mcc_kernel_gemm_pack_b(plain.data(), c.K, c.N, c.N, 1, packed.data() + 1);
  }
  if (c.bias != Bias::None)
    flags |= MCC_KERNEL_HAS_BIAS;
  if (c.bias == Bias::PerRow)
    flags |= MCC_KERNEL_BIAS_PER_ROW;
  if (c.residual)
    flags |= MCC_KERNEL_HAS_RESIDUAL;

  mcc_memref1_f32 packedView = vector1(packed);
  packedView.offset = 1;
  mcc_memref1_f32 biasView = vector1(bias);
  if (c.residualIsOut)
    std::copy(residual.storage.begin(), residual.storage.end(), out.storage.begin());
  _mlir_ciface_mcc_kernel_gemm(&a.view, &b.view, &packedView, &biasView,
                               c.residualIsOut ? &out.view : &residual.view, &out.view, flags,
                               c.activation, c.p0, c.p1);

  for (int64_t n = 0; n < c.batch; ++n)
    for (int64_t m = 0; m < c.M; ++m)
      for (int64_t j = 0; j < c.N; ++j) {
        double sum = 0, scale = 0;
        for (int64_t k = 0; k < c.K; ++k) {
          double t = A(n, m, k) * B(c.packed ? 0 : n, k, j);
          sum += t;
          scale += std::fabs(t);
        }
        if (c.bias != Bias::None)
          sum += bias[c.bias == Bias::PerRow ? m : j];
        if (c.residual)
          sum += residual({n, m, j});
        double want = referenceActivation(sum, c.activation, c.p0, c.p1);
        expectClose(out({n, m, j}), want, scale,
                    describe(c) + " at " + std::to_string(n) + "," + std::to_string(m) + "," +
                        std::to_string(j));
        if (::testing::Test::HasFatalFailure())
          return {};
      }
  // The slice padding around the output must be untouched.
  if (c.sliced) {
    EXPECT_TRUE(std::isnan(out.storage[0]));
  }
  return out.values();
}

class KernelsTest : public ::testing::Test {
protected:
  void TearDown() override { ASSERT_MCC_OK(mcc_set_num_threads(0)); }
};

TEST_F(KernelsTest, GemmSizes) {
  for (int64_t size : {1, 5, 7, 16, 17, 63, 65, 257}) {
    GemmCase c;
    c.M = c.N = c.K = size;
    checkGemm(c);
    ASSERT_FALSE(HasFatalFailure());
  }
  // Non-square, K beyond one cache block, N beyond one column block.
  for (auto [M, N, K] : {std::tuple<int64_t, int64_t, int64_t>{1000, 37, 999},
                         {13, 1003, 517},
                         {150, 3100, 20},
                         {2, 2, 1000}}) {
    GemmCase c;
    c.M = M;
    c.N = N;
    c.K = K;
    checkGemm(c);
    ASSERT_FALSE(HasFatalFailure());
  }
}

TEST_F(KernelsTest, GemmTransposesPackedAndSliced) {
  for (bool transA : {false, true})
    for (bool transB : {false, true})
      for (bool packed : {false, true})
        for (bool sliced : {false, true})
          for (int64_t M : {1, 7, 65}) {
            GemmCase c;
            c.M = M;
            c.N = 33;
            c.K = 300;
            c.transA = transA;
            c.transB = transB;
            c.packed = packed;
            c.sliced = sliced;
            checkGemm(c);
            ASSERT_FALSE(HasFatalFailure());
          }
}

TEST_F(KernelsTest, GemmBatchBroadcast) {
  for (auto [Ba, Bb] : {std::pair<int64_t, int64_t>{3, 3}, {1, 3}, {3, 1}}) {
    GemmCase c;
    c.batch = 3;
    c.batchA = Ba;
    c.batchB = Bb;
    c.M = 17;
    c.N = 19;
    c.K = 23;
    c.residual = true;
    checkGemm(c);
    ASSERT_FALSE(HasFatalFailure());
  }
  // The residual is the output buffer itself (an in-place add): long K, GEMV and K = 0 too.
  for (auto [M, K, packedB] : {std::tuple<int64_t, int64_t, bool>{17, 600, false},
                               {1, 300, true},
                               {5, 0, false}}) {
    GemmCase c;
    c.batch = c.batchA = c.batchB = 2;
    c.M = M;
    c.N = 37;
    c.K = K;
    c.packed = packedB;
    c.residual = c.residualIsOut = true;
    c.bias = Bias::PerColumn;
    c.activation = MCC_ACT_TANH;
    checkGemm(c);
    ASSERT_FALSE(HasFatalFailure());
  }
  GemmCase packed; // one packed weight for every batch
  packed.batch = packed.batchA = 4;
  packed.M = 9;
  packed.N = 40;
  packed.K = 31;
  packed.packed = true;
  checkGemm(packed);
}

TEST_F(KernelsTest, GemmEpilogues) {
  struct Act {
    int64_t kind;
    float p0, p1;
  };
  const Act acts[] = {{MCC_ACT_NONE, 0, 0},         {MCC_ACT_RELU, 0, 0},
                      {MCC_ACT_CLIP, -0.5f, 0.7f},  {MCC_ACT_SIGMOID, 0, 0},
                      {MCC_ACT_TANH, 0, 0},         {MCC_ACT_HARD_SIGMOID, 0.2f, 0.5f},
                      {MCC_ACT_HARD_SWISH, 0, 0},   {MCC_ACT_SILU, 0, 0},
                      {MCC_ACT_GELU, 0, 0},         {MCC_ACT_GELU_TANH, 0, 0},
                      {MCC_ACT_LEAKY_RELU, 0.1f, 0}};
  // Partial tiles only, then full 12 x 32 (and 6 x 16) tiles, whose epilogue a wide kernel
  // applies in registers, beside partial ones.
  const std::pair<int64_t, int64_t> shapes[] = {{13, 21}, {30, 70}};
  for (auto [M, N] : shapes) {
    for (const Act &act : acts)
      for (Bias bias : {Bias::None, Bias::PerColumn, Bias::PerRow})
        for (bool residual : {false, true})
          for (bool packed : {false, true}) {
            GemmCase c;
            c.M = M;
            c.N = N;
            c.K = 35;
            c.bias = bias;
            c.residual = residual;
            c.packed = packed;
            c.activation = act.kind;
            c.p0 = act.p0;
            c.p1 = act.p1;
            checkGemm(c);
            ASSERT_FALSE(HasFatalFailure());
          }
  }
}

// Each activation against libm in double over a dense range, at ~1e-6 relative: a 1 x N
// GEMM with K = 1 and a = 1 passes x through exactly.
TEST_F(KernelsTest, ActivationAccuracy) {
  const int64_t N = 4001;
  std::vector<float> xs(N);
  for (int64_t i = 0; i < N; ++i)
    xs[i] = -12.0f + 24.0f * static_cast<float>(i) / (N - 1);
  xs[N / 2] = 0.0f;
  for (int64_t kind = MCC_ACT_RELU; kind <= MCC_ACT_LEAKY_RELU; ++kind) {
    Buffer3 a({1, 1, 1}), b({1, 1, N}), out({1, 1, N});
    a({0, 0, 0}) = 1.0f;
    for (int64_t i = 0; i < N; ++i)
      b({0, 0, i}) = xs[i];
    float p0 = kind == MCC_ACT_CLIP ? -3.0f : kind == MCC_ACT_HARD_SIGMOID ? 0.2f : 0.01f;
    float p1 = kind == MCC_ACT_CLIP ? 4.0f : 0.5f;
    std::vector<float> unused(1);
    mcc_memref1_f32 unusedView = vector1(unused);
    _mlir_ciface_mcc_kernel_gemm(&a.view, &b.view, &unusedView, &unusedView, &out.view,
                                 &out.view, 0, kind, p0, p1);
    for (int64_t i = 0; i < N; ++i) {
      double want = referenceActivation(xs[i], kind, p0, p1);
      ASSERT_LE(std::fabs(out({0, 0, i}) - want), 1e-6 * std::fabs(want) + 1e-30)
          << "activation " << kind << " at x = " << xs[i] << ": got " << out({0, 0, i})
          << " want " << want;
    }
  }
}

TEST_F(KernelsTest, GemmSameBitsForAnyThreadCount) {
  GemmCase big;
  big.M = 200;
  big.N = 300;
  big.K = 700;
  big.bias = Bias::PerColumn;
  big.residual = true;
  big.activation = MCC_ACT_GELU;
  GemmCase gemv = big; // large enough (> 4 MFLOP) to be split over threads
  gemv.M = 1;
  gemv.N = 3000;
  gemv.K = 1000;
  gemv.packed = true;
  GemmCase batched = big;
  batched.batch = batched.batchA = batched.batchB = 3;
  batched.M = 70;
  for (const GemmCase &c : {big, gemv, batched}) {
    ASSERT_MCC_OK(mcc_set_num_threads(1));
    std::vector<float> one = checkGemm(c);
    for (int threads : {2, 4}) {
      ASSERT_MCC_OK(mcc_set_num_threads(threads));
      std::vector<float> many = checkGemm(c);
      ASSERT_EQ(one.size(), many.size());
      EXPECT_EQ(0, std::memcmp(one.data(), many.data(), one.size() * sizeof(float)))
          << describe(c) << " threads " << threads;
    }
  }
}

// Eight application threads calling the kernels at once, each checking its own results.
TEST_F(KernelsTest, ConcurrentCallers) {
  ASSERT_MCC_OK(mcc_set_num_threads(2));
  std::vector<std::thread> callers;
  std::vector<int> failures(8, 0);
  for (int t = 0; t < 8; ++t)
    callers.emplace_back([t, &failures] {
      for (int round = 0; round < 5; ++round) {
        GemmCase c;
        c.M = 96 + t;
        c.N = 120;
        c.K = 300 + round; // > 4 MFLOP: split over the pool, not run inline
        c.bias = Bias::PerRow;
        c.packed = (t + round) % 2 == 0;
        c.activation = MCC_ACT_RELU;
        checkGemm(c, 100 * t + round);
        if (::testing::Test::HasFailure())
          ++failures[t];
      }
    });
  for (std::thread &caller : callers)
    caller.join();
  for (int t = 0; t < 8; ++t)
    EXPECT_EQ(failures[t], 0) << "caller " << t;
}

struct ConvCase {
  int64_t N = 1, C = 4, H = 9, W = 9, M = 6, group = 1, KH = 3, KW = 3;
  int64_t sH = 1, sW = 1, padTop = 1, padLeft = 1, padBottom = 1, padRight = 1;
  int64_t dH = 1, dW = 1;
  bool bias = true, residual = false, sliced = false;
  bool residualIsOut = false; // the residual operand is the output buffer, holding it
  int64_t activation = MCC_ACT_NONE;
  float p0 = 0.0f, p1 = 0.0f; // the activation's parameters (Clip's bounds, LeakyReLU's alpha)
};

std::string describe(const ConvCase &c) {
  return "conv N=" + std::to_string(c.N) + " C=" + std::to_string(c.C) + " H=" +
         std::to_string(c.H) + " W=" + std::to_string(c.W) + " M=" + std::to_string(c.M) +
         " g=" + std::to_string(c.group) + " k=" + std::to_string(c.KH) + "x" +
         std::to_string(c.KW) + " s=" + std::to_string(c.sH) + "," + std::to_string(c.sW) +
         " d=" + std::to_string(c.dH) + "," + std::to_string(c.dW) + " pad=" +
         std::to_string(c.padTop) + "," + std::to_string(c.padLeft);
}

std::vector<float> checkConv(const ConvCase &c, unsigned seed = 7) {
  std::mt19937 rng(seed);
  const int64_t OH = (c.H + c.padTop + c.padBottom - c.dH * (c.KH - 1) - 1) / c.sH + 1;
  const int64_t OW = (c.W + c.padLeft + c.padRight - c.dW * (c.KW - 1) - 1) / c.sW + 1;
  const int64_t Cg = c.C / c.group, Mg = c.M / c.group;
  const int64_t pad = c.sliced ? 2 : 0;
  Buffer4 in({c.N, c.C, c.H, c.W}, pad), out({c.N, c.M, OH, OW}, pad),
      residual({c.N, c.M, OH, OW}, pad);
  in.fill(rng);
  residual.fill(rng);
  std::vector<float> w(c.M * Cg * c.KH * c.KW), bias(c.M);
  for (float &v : w)
    v = std::uniform_real_distribution<float>(-1, 1)(rng);
  for (float &v : bias)
    v = std::uniform_real_distribution<float>(-1, 1)(rng);
  std::vector<float> packed(
      mcc_kernel_conv2d_packed_weight_floats(c.M, Cg, c.KH, c.KW, c.group));
  mcc_kernel_conv2d_pack_weight(w.data(), c.M, Cg, c.KH, c.KW, c.group, packed.data());
  mcc_memref1_f32 weightView = vector1(packed), biasView = vector1(bias);
  int64_t flags = (c.bias ? MCC_KERNEL_HAS_BIAS : 0) | (c.residual ? MCC_KERNEL_HAS_RESIDUAL : 0);
  if (c.residualIsOut)
    std::copy(residual.storage.begin(), residual.storage.end(), out.storage.begin());
  _mlir_ciface_mcc_kernel_conv2d(&in.view, &weightView, &biasView,
                                 c.residualIsOut ? &out.view : &residual.view, &out.view,
                                 c.group, c.KH, c.KW, c.sH, c.sW, c.padTop, c.padLeft, c.dH,
                                 c.dW, flags, c.activation, c.p0, c.p1);
  for (int64_t n = 0; n < c.N; ++n)
    for (int64_t m = 0; m < c.M; ++m)
      for (int64_t y = 0; y < OH; ++y)
        for (int64_t x = 0; x < OW; ++x) {
          int64_t g = m / Mg;
          double sum = 0, scale = 0;
          for (int64_t ci = 0; ci < Cg; ++ci)
            for (int64_t i = 0; i < c.KH; ++i)
              for (int64_t j = 0; j < c.KW; ++j) {
                int64_t iy = y * c.sH - c.padTop + i * c.dH;
                int64_t ix = x * c.sW - c.padLeft + j * c.dW;
                if (iy < 0 || iy >= c.H || ix < 0 || ix >= c.W)
                  continue;
                double t = in({n, g * Cg + ci, iy, ix}) *
                           static_cast<double>(w[((m * Cg + ci) * c.KH + i) * c.KW + j]);
                sum += t;
                scale += std::fabs(t);
              }
          if (c.bias)
            sum += bias[m];
          if (c.residual)
            sum += residual({n, m, y, x});
          double want = referenceActivation(sum, c.activation, c.p0, c.p1);
          expectClose(out({n, m, y, x}), want, scale,
                      describe(c) + " at " + std::to_string(n) + "," + std::to_string(m) +
                          "," + std::to_string(y) + "," + std::to_string(x));
          if (::testing::Test::HasFatalFailure())
            return {};
        }
  return out.values();
}

TEST_F(KernelsTest, ConvGroupsAndShapes) {
  std::vector<ConvCase> cases;
  ConvCase c;
  cases.push_back(c); // 3x3 pad 1
  c.group = 2;
  cases.push_back(c); // grouped
  c = ConvCase();
  c.C = c.M = c.group = 8; // depthwise
  cases.push_back(c);
  c.sH = c.sW = 2; // depthwise stride 2
  cases.push_back(c);
  c.padLeft = c.padTop = 0; // depthwise stride 2, even left pad, odd width, 5x5
  c.padRight = 2;
  c.KH = c.KW = 5;
  c.W = 13;
  cases.push_back(c);
  c = ConvCase(); // 1x1
  c.KH = c.KW = 1;
  c.padTop = c.padLeft = c.padBottom = c.padRight = 0;
  c.C = 20;
  c.M = 33;
  c.H = 7;
  c.W = 11;
  cases.push_back(c);
  c.group = 2; // grouped 1x1 over a batch of 2 (the GEMM straight on each image)
  c.M = 34;
  c.N = 2;
  cases.push_back(c);
  c.sH = c.sW = 2; // 1x1 stride 2 (im2col path)
  cases.push_back(c);
  c = ConvCase(); // 1x1 over two K blocks, few rows: B read in place but a 4-column tail
  c.KH = c.KW = 1;
  c.padTop = c.padLeft = c.padBottom = c.padRight = 0;
  c.C = 300;
  c.M = 40;
  c.H = 5;
  c.W = 20;
  c.activation = MCC_ACT_RELU;
  cases.push_back(c);
  c = ConvCase(); // 7x7 stride 2 pad 3, ResNet's stem in small
  c.C = 3;
  c.M = 16;
  c.H = c.W = 23;
  c.KH = c.KW = 7;
  c.sH = c.sW = 2;
  c.padTop = c.padLeft = c.padBottom = c.padRight = 3;
  c.N = 2;
  cases.push_back(c);
  c = ConvCase(); // dilation, asymmetric pads
  c.dH = 2;
  c.dW = 3;
  c.padTop = 2;
  c.padLeft = 0;
  c.padBottom = 1;
  c.padRight = 3;
  c.H = 12;
  c.W = 14;
  cases.push_back(c);
  c.group = 2; // grouped + dilated, batch 2, every epilogue
  c.N = 2;
  c.residual = true;
  c.activation = MCC_ACT_SILU;
  cases.push_back(c);
  c = ConvCase(); // depthwise with residual, dilation, batch 2
  c.C = c.M = c.group = 5;
  c.N = 2;
  c.dH = c.dW = 2;
  c.padTop = c.padLeft = c.padBottom = c.padRight = 2;
  c.residual = true;
  c.activation = MCC_ACT_RELU;
  cases.push_back(c);
  c = ConvCase(); // depthwise ReLU6 over 14-wide rows: a full and a partial vector per row
  c.C = c.M = c.group = 6;
  c.H = c.W = 14;
  c.activation = MCC_ACT_CLIP;
  c.p0 = 0.0f;
  c.p1 = 0.5f;
  cases.push_back(c);
  c.activation = MCC_ACT_LEAKY_RELU; // the other activations applied in registers
  c.p0 = 0.1f;
  cases.push_back(c);
  c.activation = MCC_ACT_SILU; // one that is not: applied over the row afterwards
  cases.push_back(c);
  c.H = c.W = 5; // rows shorter than one vector, stride 2 on a 3-wide output
  c.sH = c.sW = 2;
  c.activation = MCC_ACT_CLIP;
  c.p0 = -0.25f;
  c.p1 = 0.25f;
  cases.push_back(c);
  c = ConvCase(); // depthwise 7x7 (more taps than the register path holds), stride 3
  c.C = c.M = c.group = 3;
  c.H = c.W = 20;
  c.KH = c.KW = 7;
  c.sH = c.sW = 3;
  c.padTop = c.padLeft = c.padBottom = c.padRight = 3;
  cases.push_back(c);
  c = ConvCase(); // channel multiplier 2 (group == C, not depthwise)
  c.C = c.group = 4;
  c.M = 8;
  cases.push_back(c);
  c = ConvCase(); // depthwise, 40 channels of MobileNet's narrowest planes
  c.C = c.M = c.group = 40;
  c.H = c.W = 7;
  c.N = 2;
  c.activation = MCC_ACT_CLIP;
  c.p0 = 0.0f;
  c.p1 = 0.5f;
  cases.push_back(c);
  c.H = c.W = 14; // stride 2, dilation, 5x5, an activation applied after the taps
  c.sH = c.sW = 2;
  c.dH = c.dW = 2;
  c.KH = c.KW = 5;
  c.padTop = c.padLeft = 3;
  c.padBottom = c.padRight = 4;
  c.activation = MCC_ACT_SILU;
  c.bias = false;
  cases.push_back(c);
  c = ConvCase(); // wide rows (several im2col runs and panels), K over one cache block
  c.C = 40;
  c.M = 70;
  c.H = 20;
  c.W = 37;
  cases.push_back(c);
  // Direct convolution (DirectConv.h, where the CPU has AVX-512: rows of 48 or more): rows
  // over one A block (150 > 144), groups, a batch, Clip.
  c = ConvCase();
  c.C = 12;
  c.M = 150;
  c.group = 2;
  c.N = 2;
  c.H = 6;
  c.W = 50;
  c.activation = MCC_ACT_CLIP;
  c.p0 = -0.5f;
  c.p1 = 0.5f;
  cases.push_back(c);
  c = ConvCase(); // direct stride 2 (phase planes): a 7x7 stem over wide rows
  c.C = 3;
  c.M = 16;
  c.H = 9;
  c.W = 100;
  c.KH = c.KW = 7;
  c.sH = c.sW = 2;
  c.padTop = c.padLeft = c.padBottom = c.padRight = 3;
  c.activation = MCC_ACT_RELU;
  cases.push_back(c);
  c = ConvCase(); // direct stride 2, 3x3, over two K blocks (C = 30)
  c.C = 30;
  c.M = 20;
  c.H = 8;
  c.W = 100;
  c.sH = c.sW = 2;
  cases.push_back(c);
  c.padTop = c.padLeft = 0; // odd width, pads only after
  c.W = 101;
  c.H = 7;
  cases.push_back(c);
  c = ConvCase(); // direct: dilated rows, asymmetric pads, LeakyReLU, 13 rows (a 6-row tail)
  c.C = 5;
  c.M = 13;
  c.H = 9;
  c.W = 60;
  c.dH = 2;
  c.padTop = 2;
  c.padBottom = 1;
  c.padLeft = 1;
  c.padRight = 0;
  c.activation = MCC_ACT_LEAKY_RELU;
  c.p0 = 0.1f;
  cases.push_back(c);
  for (const ConvCase &conv : cases) {
    checkConv(conv);
    ASSERT_FALSE(HasFatalFailure());
    ConvCase sliced = conv; // strided, offset descriptors (a non-flat output too)
    sliced.sliced = true;
    sliced.residual = true;
    checkConv(sliced);
    ASSERT_FALSE(HasFatalFailure());
    ConvCase inPlace = conv; // the residual is the output buffer itself
    inPlace.residual = inPlace.residualIsOut = true;
    checkConv(inPlace);
    ASSERT_FALSE(HasFatalFailure());
    inPlace.sliced = true;
    checkConv(inPlace);
    ASSERT_FALSE(HasFatalFailure());
  }
}

TEST_F(KernelsTest, ConvSameBitsForAnyThreadCount) {
  ConvCase dense;
  dense.C = 32;
  dense.M = 64;
  dense.H = dense.W = 28;
  dense.N = 2;
  dense.residual = true;
  dense.activation = MCC_ACT_RELU;
  ConvCase depthwise = dense; // > 4 MFLOP, like dense: split over the pool
  depthwise.C = depthwise.M = depthwise.group = 32;
  depthwise.H = depthwise.W = 64;
  ConvCase direct = dense; // 64-wide rows: the direct kernel where the CPU has AVX-512
  direct.H = 12;
  direct.W = 64;
  for (const ConvCase &c : {dense, depthwise, direct}) {
    ASSERT_MCC_OK(mcc_set_num_threads(1));
    std::vector<float> one = checkConv(c);
    for (int threads : {2, 4}) {
      ASSERT_MCC_OK(mcc_set_num_threads(threads));
      std::vector<float> many = checkConv(c);
      ASSERT_EQ(one.size(), many.size());
      EXPECT_EQ(0, std::memcmp(one.data(), many.data(), one.size() * sizeof(float)))
          << describe(c) << " threads " << threads;
    }
  }
}

} // namespace
