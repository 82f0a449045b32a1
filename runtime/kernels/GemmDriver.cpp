// Goto/BLIS loop order (Goto & van de Geijn, "Anatomy of high-performance matrix
// multiplication", 2008): columns in kNC blocks, K in kKC slices (one B block, kept in L3),
// rows in kMC blocks (one A block, kept in L2), then kNR x kMR micro-tiles whose B micro-panel
// stays in L1 across the row sweep.
#include "GemmDriver.h"

#include "MicroKernel.h"
#include "PackedLayout.h"
#include "ThreadPool.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace mcc::kernels {

namespace {

// Sized for Zen 3 (32 KiB L1d, 512 KiB L2, 32 MiB L3): a kKC x kNR B micro-panel is 16 KiB,
// a kMC x kKC A block 144 KiB, a kKC x kNC B block 3 MiB.
constexpr int64_t kKC = 256;
constexpr int64_t kMC = 144;
constexpr int64_t kNC = 3072;
static_assert(kMC % kMR == 0 && kNC % kNR == 0, "blocks hold whole micro-tiles");

// One thread's packing buffers, grown on demand and kept for the thread's life.
struct PackBuffer {
  struct Free {
    void operator()(float *p) const { std::free(p); }
  };
  std::unique_ptr<float, Free> data;
  size_t capacity = 0;
  float *get(size_t floats) {
    if (floats > capacity) {
      size_t bytes = (floats * sizeof(float) + 63) / 64 * 64;
      data.reset(static_cast<float *>(std::aligned_alloc(64, bytes)));
      capacity = bytes / sizeof(float);
    }
    return data.get();
  }
};
thread_local PackBuffer aBuffer, bBuffer;

void applyEpilogue(const GemmProblem &p, int64_t r0, int64_t mr, int64_t c0, int64_t nr) {
  const Epilogue &e = p.epilogue;
  if (!e.bias && !e.residual && e.activation.kind == 0)
    return;
  float row[kNR];
  for (int64_t i = 0; i < mr; ++i) {
    float *out = p.c + (r0 + i) * p.crs + c0 * p.ccs;
    for (int64_t j = 0; j < nr; ++j)
      row[j] = out[j * p.ccs];
    if (e.bias) {
      if (e.biasPerRow) {
        float b = e.bias[(r0 + i) * e.biasStride];
        for (int64_t j = 0; j < nr; ++j)
          row[j] += b;
      } else {
        for (int64_t j = 0; j < nr; ++j)
          row[j] += e.bias[(c0 + j) * e.biasStride];
      }
    }
    if (e.residual) {
      const float *res = e.residual + (r0 + i) * e.rrs + c0 * e.rcs;
      for (int64_t j = 0; j < nr; ++j)
        row[j] += res[j * e.rcs];
    }
    activate(row, nr, e.activation);
    for (int64_t j = 0; j < nr; ++j)
      out[j * p.ccs] = row[j];
  }
}

// M == 1 against pre-packed B: a streaming row kernel, no A packing.
void gemvRegion(const GemmProblem &p, int64_t n0, int64_t n1) {
  static const RowKernel rowKernel = selectRowKernel();
  float row[kNC];
  for (int64_t jc = n0; jc < n1; jc += kNC) {
    int64_t nc = std::min(kNC, n1 - jc);
    rowKernel(p.K, p.a.strided.data, p.a.strided.cs, p.b.panels + (jc / kNR) * p.K * kNR,
              p.K * kNR, nc, row);
    for (int64_t j = 0; j < nc; ++j)
      p.c[(jc + j) * p.ccs] = row[j];
    for (int64_t j = 0; j < nc; j += kNR)
      applyEpilogue(p, 0, 1, jc + j, std::min(kNR, nc - j));
  }
}

} // namespace

void packStridedB(const void *context, int64_t k0, int64_t kc, int64_t n0, int64_t nc,
                  float *dst) {
  const Strided &b = *static_cast<const Strided *>(context);
  packBPanels(b.data, b.rs, b.cs, k0, kc, n0, nc, dst);
}

void gemmRegion(const GemmProblem &p, int64_t m0, int64_t m1, int64_t n0, int64_t n1) {
  static const MicroKernel kernel = selectMicroKernel();
  if (m0 >= m1 || n0 >= n1)
    return;
  if (p.K == 0) {
    for (int64_t i = m0; i < m1; ++i)
      for (int64_t j = n0; j < n1; ++j)
        p.c[i * p.crs + j * p.ccs] = 0.0f;
    for (int64_t i = m0; i < m1; i += kMR)
      for (int64_t j = n0; j < n1; j += kNR)
        applyEpilogue(p, i, std::min(kMR, m1 - i), j, std::min(kNR, n1 - j));
    return;
  }
  if (p.M == 1 && p.b.panels && !p.a.panels)
    return gemvRegion(p, n0, n1);

  for (int64_t jc = n0; jc < n1; jc += kNC) {
    int64_t nc = std::min(kNC, n1 - jc);
    for (int64_t pc = 0; pc < p.K; pc += kKC) {
      int64_t kc = std::min(kKC, p.K - pc);
      bool last = pc + kc == p.K;
      const float *bBlock;
      int64_t bPanelStride;
      if (p.b.panels) {
        bBlock = p.b.panels + (jc / kNR) * p.K * kNR + pc * kNR;
        bPanelStride = p.K * kNR;
      } else {
        float *dst = bBuffer.get(bPanelsFloats(kc, nc));
        p.b.pack(p.b.context, pc, kc, jc, nc, dst);
        bBlock = dst;
        bPanelStride = kc * kNR;
      }
      for (int64_t ic = m0; ic < m1; ic += kMC) {
        int64_t mc = std::min(kMC, m1 - ic);
        const float *aBlock;
        int64_t aPanelStride;
        if (p.a.panels) {
          aBlock = p.a.panels + (ic / kMR) * p.K * kMR + pc * kMR;
          aPanelStride = p.K * kMR;
        } else {
          float *dst = aBuffer.get(aPanelsFloats(mc, kc));
          packAPanels(p.a.strided.data, p.a.strided.rs, p.a.strided.cs, ic, mc, pc, kc, dst);
          aBlock = dst;
          aPanelStride = kc * kMR;
        }
        for (int64_t jr = 0; jr < nc; jr += kNR) {
          int64_t nr = std::min(kNR, nc - jr);
          const float *bPanel = bBlock + (jr / kNR) * bPanelStride;
          for (int64_t ir = 0; ir < mc; ir += kMR) {
            int64_t mr = std::min(kMR, mc - ir);
            float *c = p.c + (ic + ir) * p.crs + (jc + jr) * p.ccs;
            kernel(kc, aBlock + (ir / kMR) * aPanelStride, bPanel, c, p.crs, p.ccs, pc > 0,
                   mr, nr);
            if (last)
              applyEpilogue(p, ic + ir, mr, jc + jr, nr);
          }
        }
      }
    }
  }
}

RegionGrid splitForThreads(int64_t M, int64_t N, int64_t /*K*/, int64_t chunksWanted) {
  int64_t mTiles = std::max<int64_t>(1, ceilDiv(M, kMR));
  int64_t nTiles = std::max<int64_t>(1, ceilDiv(N, kNR));
  RegionGrid grid;
  if (chunksWanted > 1) {
    // Cut the longer side first: each region then re-packs the least of the other operand.
    if (nTiles >= mTiles) {
      grid.nChunks = std::min(nTiles, chunksWanted);
      grid.mChunks = std::min(mTiles, ceilDiv(chunksWanted, grid.nChunks));
    } else {
      grid.mChunks = std::min(mTiles, chunksWanted);
      grid.nChunks = std::min(nTiles, ceilDiv(chunksWanted, grid.mChunks));
    }
  }
  grid.mStep = ceilDiv(mTiles, grid.mChunks) * kMR;
  grid.nStep = ceilDiv(nTiles, grid.nChunks) * kNR;
  grid.mChunks = std::max<int64_t>(1, ceilDiv(M, grid.mStep));
  grid.nChunks = std::max<int64_t>(1, ceilDiv(N, grid.nStep));
  return grid;
}

int threadsFor(int64_t problems, int64_t M, int64_t N, int64_t K) {
  int threads = requestedThreads();
  // Below ~1 MFLOP (tens of microseconds) a wake-up round trip is not worth it.
  double flops = 2.0 * static_cast<double>(problems) * M * N * std::max<int64_t>(K, 1);
  if (flops < 1e6)
    return 1;
  return threads;
}

} // namespace mcc::kernels
