// The cache-blocked GEMM loop nest shared by mcc_kernel_gemm and mcc_kernel_conv2d:
// C[M, N] = A[M, K] . B[K, N], then bias, residual and activation on each output tile while it
// is still in L1. Either operand is pre-packed (PackedLayout.h) or packed here, one cache block
// at a time, into a per-thread buffer.
#ifndef MCC_RUNTIME_KERNELS_GEMMDRIVER_H
#define MCC_RUNTIME_KERNELS_GEMMDRIVER_H

#include "Activations.h"

#include <cstdint>

namespace mcc::kernels {

// The depth of one K block: the sums of a C tile are stored (and later resumed) at these
// boundaries, which every kernel that must match the GEMM bit for bit keeps too.
constexpr int64_t kKC = 256;
// Rows of one A block (kMC x kKC, 144 KiB: kept in L2 while the B columns sweep past it).
constexpr int64_t kMC = 144;

// A strided matrix: element (r, c) at data[r * rs + c * cs].
struct Strided {
  const float *data = nullptr;
  int64_t rs = 0, cs = 0;
};

struct OperandA {
  const float *panels = nullptr; // if set: A panels over the full K (PackedLayout.h)
  Strided strided;               // otherwise
};

struct OperandB {
  const float *panels = nullptr; // if set: B panels over the full K
  // Otherwise `pack(context, k0, kc, n0, nc, dst)` writes rows [k0, k0+kc) x columns
  // [n0, n0+nc) as B panels of depth kc (im2col does this straight from the image).
  void (*pack)(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
               float *dst) = nullptr;
  const void *context = nullptr;
  // Optionally, the same B as a row-major matrix (cs == 1): where the CPU has the wide
  // AVX-512 tiles and a region has few rows, full 32-column tiles then read its rows in
  // place and only a ragged last column block is packed (a 1x1 convolution's image:
  // packing it cost 7 % of MobileNetV2).
  const Strided *rowMajor = nullptr;
};

// Packs a Strided B: the `pack` of OperandB for plain matrices (context: a Strided).
void packStridedB(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
                  float *dst);

struct Epilogue {
  const float *bias = nullptr; // bias[i * biasStride], i the row (perRow) or the column
  int64_t biasStride = 0;
  bool biasPerRow = false;
  const float *residual = nullptr; // residual[r * rrs + c * rcs]
  int64_t rrs = 0, rcs = 0;
  Activation activation;
};

struct GemmProblem {
  int64_t M = 0, N = 0, K = 0;
  OperandA a;
  OperandB b;
  float *c = nullptr; // c[r * crs + c * ccs]
  int64_t crs = 0, ccs = 0;
  // C already holds a residual (the residual operand is the output buffer itself): the
  // product is added to it instead of overwriting it.
  bool accumulateIntoC = false;
  Epilogue epilogue;
};

// Computes rows [m0, m1) x columns [n0, n1) of the problem on the calling thread. m0 is a
// multiple of kMR and n0 of kNR (so pre-packed panels line up). The arithmetic of an element
// does not depend on the region, so any split over threads gives the same bits.
void gemmRegion(const GemmProblem &p, int64_t m0, int64_t m1, int64_t n0, int64_t n1);

// How to cut one problem into independent regions for `threads` threads.
struct RegionGrid {
  int64_t mChunks = 1, nChunks = 1;
  int64_t mStep = 0, nStep = 0; // rows / columns per chunk, multiples of kMR / kNR
};
RegionGrid splitForThreads(int64_t M, int64_t N, int64_t K, int64_t chunksWanted);

// Threads worth using for `problems` problems of M x N x K: small work runs on the caller,
// where waking a worker would cost more than it saves.
int threadsFor(int64_t problems, int64_t M, int64_t N, int64_t K);

// The same for a GEMM whose B is pre-packed weights read from memory: a few rows against a
// large B (a GEMV, a recurrent step) are bound by reading B, not by FMAs, and a second core
// doubles that bandwidth, so they split once B is 1 MiB even below threadsFor's FLOPs.
int threadsForPackedB(int64_t problems, int64_t M, int64_t N, int64_t K);

} // namespace mcc::kernels

#endif
