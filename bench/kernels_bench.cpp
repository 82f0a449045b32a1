// mcc-bench-kernels: how fast the CPU microkernels of mcc/kernels.h run on this machine,
// as a fraction of the machine's own FMA peak measured in the same run. Prints one line per
// case and judges nothing:
//   fma_peak_gflops_per_thread X
//   gemm M N K threads T gflops G peak_pct P
//   conv NAME threads T gflops G peak_pct P
// `mcc-bench-kernels [FILTER]` runs only the cases whose name (`gemm M N K` or `conv NAME`)
// contains FILTER, e.g. `mcc-bench-kernels dw3x3` to profile the depthwise kernel alone.
// GEMM cases pack both operands at run time (B not pre-packed), the conservative case;
// convolutions use a compile-time packed weight, as compiled models do. Times are the fastest
// call, on the thread's CPU clock for one thread (the peak loop too) and on the wall clock for
// two, so a busy shared machine lowers only the two-thread numbers.
#include "mcc/kernels.h"
#include "mcc/runtime.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <random>
#include <cstdlib>
#include <string>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

// Seconds on the calling thread's CPU clock: time the thread was descheduled (the machine may
// be shared) is not counted. One-thread cases use it; two-thread cases need wall time.
double threadSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + 1e-9 * t.tv_nsec;
}
double wallSeconds() { return std::chrono::duration<double>(Clock::now().time_since_epoch()).count(); }

// The fastest single call of `body` among calls made for at least `minSeconds` (and at least
// five). The minimum, not the mean: on a shared machine it is the run least disturbed by
// other processes, and the peak loop is measured the same way, so the ratio stays fair.
template <typename F> double secondsPerCall(F body, bool cpuClock, double minSeconds = 0.3) {
  body(); // warm caches, pool threads and packing buffers
  double best = 1e30, total = 0;
  for (int calls = 0; calls < 5 || total < minSeconds; ++calls) {
    double start = cpuClock ? threadSeconds() : wallSeconds();
    body();
    double elapsed = (cpuClock ? threadSeconds() : wallSeconds()) - start;
    best = std::min(best, elapsed);
    total += elapsed;
  }
  return best;
}

#if defined(__x86_64__)
// Twelve independent vfmadd231ps chains, written in assembly so no compiler can fold,
// spill or shorten them: enough chains to cover FMA latency x throughput on current x86
// cores, so the loop runs at the FMA units' rate (this thread's peak).
__attribute__((noinline)) void fmaLoop(long iterations) {
  asm volatile("vxorps %%ymm0, %%ymm0, %%ymm0\n\t"
               "vmovaps %%ymm0, %%ymm1\n\t"
               "vmovaps %%ymm0, %%ymm2\n\t"
               "vmovaps %%ymm0, %%ymm3\n\t"
               "vmovaps %%ymm0, %%ymm4\n\t"
               "vmovaps %%ymm0, %%ymm5\n\t"
               "vmovaps %%ymm0, %%ymm6\n\t"
               "vmovaps %%ymm0, %%ymm7\n\t"
               "vmovaps %%ymm0, %%ymm8\n\t"
               "vmovaps %%ymm0, %%ymm9\n\t"
               "vmovaps %%ymm0, %%ymm10\n\t"
               "vmovaps %%ymm0, %%ymm11\n\t"
               "vmovaps %%ymm0, %%ymm12\n\t"
               "vmovaps %%ymm0, %%ymm13\n\t"
               "1:\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm0\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm1\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm2\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm3\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm4\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm5\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm6\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm7\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm8\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm9\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm10\n\t"
               "vfmadd231ps %%ymm12, %%ymm13, %%ymm11\n\t"
               "dec %0\n\t"
               "jnz 1b\n\t"
               "vzeroupper"
               : "+r"(iterations)
               :
               : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                 "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "cc");
}

// The same with 512-bit vectors, for CPUs with AVX-512, whose kernels use them.
__attribute__((noinline, target("avx512f"))) void fmaLoop512(long iterations) {
  asm volatile("vxorps %%zmm0, %%zmm0, %%zmm0\n\t"
               "vmovaps %%zmm0, %%zmm1\n\t"
               "vmovaps %%zmm0, %%zmm2\n\t"
               "vmovaps %%zmm0, %%zmm3\n\t"
               "vmovaps %%zmm0, %%zmm4\n\t"
               "vmovaps %%zmm0, %%zmm5\n\t"
               "vmovaps %%zmm0, %%zmm6\n\t"
               "vmovaps %%zmm0, %%zmm7\n\t"
               "vmovaps %%zmm0, %%zmm8\n\t"
               "vmovaps %%zmm0, %%zmm9\n\t"
               "vmovaps %%zmm0, %%zmm10\n\t"
               "vmovaps %%zmm0, %%zmm11\n\t"
               "vmovaps %%zmm0, %%zmm12\n\t"
               "vmovaps %%zmm0, %%zmm13\n\t"
               "1:\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm0\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm1\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm2\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm3\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm4\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm5\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm6\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm7\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm8\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm9\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm10\n\t"
               "vfmadd231ps %%zmm12, %%zmm13, %%zmm11\n\t"
               "dec %0\n\t"
               "jnz 1b\n\t"
               "vzeroupper"
               : "+r"(iterations)
               :
               : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                 "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "cc");
}
#endif

// The peak of the widest FMA the kernels use on this CPU (AVX-512 where the CPU has it and
// MCC_KERNEL_ISA does not rule it out, else AVX2), so that peak_pct is against what the
// kernels could reach.
double fmaPeakGflopsPerThread() {
#if defined(__x86_64__)
  if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma"))
    return 0;
  const long iterations = 200000; // ~0.5 ms a call
  const char *isa = std::getenv("MCC_KERNEL_ISA");
  bool wide = __builtin_cpu_supports("avx512f") && !(isa && (std::string(isa) == "avx2" ||
                                                             std::string(isa) == "scalar"));
  double seconds = secondsPerCall(
      [&] { wide ? fmaLoop512(iterations) : fmaLoop(iterations); }, true);
  return iterations * 12.0 * (wide ? 16 : 8) * 2 / seconds / 1e9;
#else
  return 0;
#endif
}

template <typename View> View describe(std::vector<float> &data, std::vector<int64_t> sizes) {
  View view{};
  view.allocated = view.aligned = data.data();
  int64_t stride = 1;
  for (int d = static_cast<int>(sizes.size()) - 1; d >= 0; --d) {
    view.sizes[d] = sizes[d];
    view.strides[d] = stride;
    stride *= sizes[d];
  }
  return view;
}

std::vector<float> randomData(int64_t n, std::mt19937 &rng) {
  std::uniform_real_distribution<float> dist(-1, 1);
  std::vector<float> v(n);
  for (float &x : v)
    x = dist(rng);
  return v;
}

void setThreads(int threads) {
  if (mcc_status *status = mcc_set_num_threads(threads))
    mcc_status_free(status);
}

void benchGemm(int64_t M, int64_t N, int64_t K, double peak) {
  std::mt19937 rng(1);
  std::vector<float> a = randomData(M * K, rng), b = randomData(K * N, rng), out(M * N),
                     unused(1);
  auto aView = describe<mcc_memref3_f32>(a, {1, M, K});
  auto bView = describe<mcc_memref3_f32>(b, {1, K, N});
  auto outView = describe<mcc_memref3_f32>(out, {1, M, N});
  auto unusedView = describe<mcc_memref1_f32>(unused, {1});
  for (int threads : {1, 2}) {
    setThreads(threads);
    double seconds = secondsPerCall([&] {
      _mlir_ciface_mcc_kernel_gemm(&aView, &bView, &unusedView, &unusedView, &outView,
                                   &outView, 0, MCC_ACT_NONE, 0, 0);
    }, threads == 1);
    double gflops = 2.0 * M * N * K / seconds / 1e9;
    std::printf("gemm %lld %lld %lld threads %d gflops %.1f peak_pct %.1f\n",
                static_cast<long long>(M), static_cast<long long>(N),
                static_cast<long long>(K), threads, gflops,
                peak > 0 ? 100.0 * gflops / (peak * threads) : 0.0);
    std::fflush(stdout);
  }
}

struct Conv {
  const char *name;
  int64_t C, H, W, M, group, kernel, stride, pad;
};

void benchConv(const Conv &c, double peak) {
  std::mt19937 rng(2);
  const int64_t OH = (c.H + 2 * c.pad - c.kernel) / c.stride + 1;
  const int64_t OW = (c.W + 2 * c.pad - c.kernel) / c.stride + 1;
  const int64_t Cg = c.C / c.group;
  std::vector<float> in = randomData(c.C * c.H * c.W, rng);
  std::vector<float> w = randomData(c.M * Cg * c.kernel * c.kernel, rng);
  std::vector<float> bias = randomData(c.M, rng), out(c.M * OH * OW);
  std::vector<float> packed(
      mcc_kernel_conv2d_packed_weight_floats(c.M, Cg, c.kernel, c.kernel, c.group));
  mcc_kernel_conv2d_pack_weight(w.data(), c.M, Cg, c.kernel, c.kernel, c.group,
                                packed.data());
  auto inView = describe<mcc_memref4_f32>(in, {1, c.C, c.H, c.W});
  auto outView = describe<mcc_memref4_f32>(out, {1, c.M, OH, OW});
  auto packedView = describe<mcc_memref1_f32>(packed, {static_cast<int64_t>(packed.size())});
  auto biasView = describe<mcc_memref1_f32>(bias, {c.M});
  for (int threads : {1, 2}) {
    setThreads(threads);
    double seconds = secondsPerCall([&] {
      _mlir_ciface_mcc_kernel_conv2d(&inView, &packedView, &biasView, &outView, &outView,
                                     c.group, c.kernel, c.kernel, c.stride, c.stride, c.pad,
                                     c.pad, 1, 1, MCC_KERNEL_HAS_BIAS, MCC_ACT_RELU, 0, 0);
    }, threads == 1);
    double flops = 2.0 * c.M * OH * OW * Cg * c.kernel * c.kernel;
    double gflops = flops / seconds / 1e9;
    std::printf("conv %s threads %d gflops %.1f peak_pct %.1f\n", c.name, threads, gflops,
                peak > 0 ? 100.0 * gflops / (peak * threads) : 0.0);
    std::fflush(stdout);
  }
}

} // namespace

int main(int argc, char **argv) {
  const std::string filter = argc > 1 ? argv[1] : "";
  auto selected = [&](const std::string &name) {
    return name.find(filter) != std::string::npos;
  };
  const double peak = fmaPeakGflopsPerThread();
  std::printf("fma_peak_gflops_per_thread %.1f\n", peak);
  std::fflush(stdout);
  const int64_t shapes[][3] = {
      {256, 256, 256},   {512, 512, 512},   {1024, 1024, 1024}, // square
      {64, 3136, 576},   {128, 784, 1152},  {256, 196, 2304},   // ResNet-50 3x3 as GEMM
      {512, 49, 4608},   {256, 3136, 64},   {1024, 196, 256},   // ResNet-50 late 3x3, 1x1
      {128, 768, 768},   {128, 3072, 768},  {128, 768, 3072},   // BERT-base, sequence 128
  };
  for (const auto &s : shapes)
    if (selected("gemm " + std::to_string(s[0]) + " " + std::to_string(s[1]) + " " +
                 std::to_string(s[2])))
      benchGemm(s[0], s[1], s[2], peak);
  const Conv convs[] = {
      {"resnet50_3x3_64x56x56", 64, 56, 56, 64, 1, 3, 1, 1},
      {"resnet50_3x3_128x28x28", 128, 28, 28, 128, 1, 3, 1, 1},
      {"resnet50_3x3s2_128x56x56", 128, 56, 56, 128, 1, 3, 2, 1},
      {"resnet50_3x3_256x14x14", 256, 14, 14, 256, 1, 3, 1, 1},
      {"resnet50_3x3_512x7x7", 512, 7, 7, 512, 1, 3, 1, 1},
      {"resnet50_1x1_64to256x56x56", 64, 56, 56, 256, 1, 1, 1, 0},
      {"resnet50_1x1_1024to256x14x14", 1024, 14, 14, 256, 1, 1, 1, 0},
      {"resnet50_stem_7x7s2", 3, 224, 224, 64, 1, 7, 2, 3},
      {"mobilenetv2_1x1_16to96x112x112", 16, 112, 112, 96, 1, 1, 1, 0},
      {"mobilenetv2_1x1_24to144x56x56", 24, 56, 56, 144, 1, 1, 1, 0},
      {"mobilenetv2_1x1_144to24x56x56", 144, 56, 56, 24, 1, 1, 1, 0},
      {"mobilenetv2_1x1_192to32x28x28", 192, 28, 28, 32, 1, 1, 1, 0},
      {"mobilenetv2_1x1_64to384x14x14", 64, 14, 14, 384, 1, 1, 1, 0},
      {"mobilenetv2_1x1_576to96x14x14", 576, 14, 14, 96, 1, 1, 1, 0},
      {"mobilenetv2_1x1_960to160x7x7", 960, 7, 7, 160, 1, 1, 1, 0},
      {"mobilenetv2_dw3x3_96x112x112_s2", 96, 112, 112, 96, 96, 3, 2, 1},
      {"mobilenetv2_dw3x3_144x56x56", 144, 56, 56, 144, 144, 3, 1, 1},
      {"mobilenetv2_dw3x3_576x14x14", 576, 14, 14, 576, 576, 3, 1, 1},
  };
  for (const Conv &c : convs)
    if (selected(std::string("conv ") + c.name))
      benchConv(c, peak);
  setThreads(0);
  return 0;
}
