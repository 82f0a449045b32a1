// mcc_kernel_gemm: batched matmul/gemm with a fused epilogue, over memref descriptors.
#include "GemmDriver.h"
#include "PackedLayout.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"

#include "mcc/kernels.h"

#include <algorithm>
#include <limits>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

using namespace mcc::kernels;

namespace {

const float *base(const mcc_memref3_f32 *m) { return m->aligned + m->offset; }

// The same elements in the same places.
bool sameView(const mcc_memref3_f32 *x, const mcc_memref3_f32 *y) {
  return base(x) == base(y) && std::equal(x->sizes, x->sizes + 3, y->sizes) &&
         std::equal(x->strides, x->strides + 3, y->strides);
}

// The stride of a batch dimension that may be broadcast (size 1).
int64_t batchStride(const mcc_memref3_f32 *m) { return m->sizes[0] == 1 ? 0 : m->strides[0]; }

bool broadcastsTo(int64_t size, int64_t target) { return size == target || size == 1; }

void poison(mcc_memref3_f32 *out) {
  for (int64_t b = 0; b < out->sizes[0]; ++b)
    for (int64_t i = 0; i < out->sizes[1]; ++i)
      for (int64_t j = 0; j < out->sizes[2]; ++j)
        out->aligned[out->offset + b * out->strides[0] + i * out->strides[1] +
                     j * out->strides[2]] = std::numeric_limits<float>::quiet_NaN();
}

} // namespace

extern "C" MCC_KERNEL_EXPORT void
_mlir_ciface_mcc_kernel_gemm(mcc_memref3_f32 *a, mcc_memref3_f32 *b, mcc_memref1_f32 *packed,
                             mcc_memref1_f32 *bias, mcc_memref3_f32 *residual,
                             mcc_memref3_f32 *out, int64_t flags, int64_t activation, float p0,
                             float p1) {
  mcc::rt::guardKernel([&] {
    const bool transA = flags & MCC_KERNEL_TRANS_A, transB = flags & MCC_KERNEL_TRANS_B;
    const bool bPacked = flags & MCC_KERNEL_B_PACKED;
    const int64_t batch = out->sizes[0], M = out->sizes[1], N = out->sizes[2];
    const int64_t K = transA ? a->sizes[1] : a->sizes[2];
    if (batch <= 0 || M <= 0 || N <= 0)
      return;

    GemmProblem problem;
    problem.M = M;
    problem.N = N;
    problem.K = K;
    problem.crs = out->strides[1];
    problem.ccs = out->strides[2];
    problem.a.strided.rs = transA ? a->strides[2] : a->strides[1];
    problem.a.strided.cs = transA ? a->strides[1] : a->strides[2];
    Strided bStrided;
    bStrided.rs = transB ? b->strides[2] : b->strides[1];
    bStrided.cs = transB ? b->strides[1] : b->strides[2];
    if (bPacked) {
      problem.b.panels = packed->aligned + packed->offset;
    } else {
      problem.b.pack = packStridedB;
    }
    Epilogue &e = problem.epilogue;
    if (flags & MCC_KERNEL_HAS_BIAS) {
      e.bias = bias->aligned + bias->offset;
      e.biasStride = bias->strides[0];
      e.biasPerRow = flags & MCC_KERNEL_BIAS_PER_ROW;
    }
    // A residual that is the output buffer itself is accumulated into rather than read.
    const bool residualIsOut = (flags & MCC_KERNEL_HAS_RESIDUAL) && sameView(residual, out);
    if (residualIsOut)
      problem.accumulateIntoC = true;
    else if (flags & MCC_KERNEL_HAS_RESIDUAL) {
      // The compiler passes a residual of the output's shape, but a dynamic one is only known
      // to be that at run time: a dim of 1 broadcasts (numpy), any other mismatch would read
      // out of bounds, so the output is poisoned with NaN instead.
      if (!broadcastsTo(residual->sizes[0], batch) || !broadcastsTo(residual->sizes[1], M) ||
          !broadcastsTo(residual->sizes[2], N))
        return poison(out);
      e.rrs = residual->sizes[1] == 1 ? 0 : residual->strides[1];
      e.rcs = residual->sizes[2] == 1 ? 0 : residual->strides[2];
    }
    e.activation = {activation, p0, p1};

    const int threads =
        bPacked ? threadsForPackedB(batch, M, N, K) : threadsFor(batch, M, N, K);
    const int64_t perProblem = (threads + batch - 1) / batch;
    const RegionGrid grid = splitForThreads(M, N, K, perProblem);
    const int64_t regions = grid.mChunks * grid.nChunks;
    // Batches with their own B (one Strided each) keep it alive for the whole call.
    std::vector<Strided> bPerBatch(bPacked ? 0 : batch, bStrided);
    for (int64_t n = 0; n < static_cast<int64_t>(bPerBatch.size()); ++n)
      bPerBatch[n].data = base(b) + n * batchStride(b);

    parallelFor(batch * regions, threads, [&](int64_t item) {
      int64_t n = item / regions, region = item % regions;
      GemmProblem p = problem;
      p.a.strided.data = base(a) + n * batchStride(a);
      if (!bPacked)
        p.b.context = &bPerBatch[n];
      p.c = out->aligned + out->offset + n * out->strides[0];
      if ((flags & MCC_KERNEL_HAS_RESIDUAL) && !residualIsOut)
        p.epilogue.residual = base(residual) + n * batchStride(residual);
      int64_t m0 = (region / grid.nChunks) * grid.mStep;
      int64_t n0 = (region % grid.nChunks) * grid.nStep;
      gemmRegion(p, m0, std::min(M, m0 + grid.mStep), n0, std::min(N, n0 + grid.nStep));
    });
  });
}
