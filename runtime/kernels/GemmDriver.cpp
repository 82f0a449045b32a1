// Goto/BLIS loop order (Goto & van de Geijn, "Anatomy of high-performance matrix
// multiplication", 2008): columns in NC blocks, K in KC slices (one B block, kept in L3),
// rows in MC blocks (one A block, kept in L2), then kNR x kMR micro-tiles whose B micro-panel
// stays in L1 across the row sweep.
#include "GemmDriver.h"

#include "Isa.h"
#include "MicroKernel.h"
#include "PackedLayout.h"
#include "ThreadPool.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mcc::kernels {

namespace {

// Sized for Zen 3 (32 KiB L1d, 512 KiB L2, 32 MiB L3): a kKC x kNR B micro-panel is 16 KiB,
// a kMC x kKC A block 144 KiB, a kKC x kNC B block 1 MiB (3 MiB measured no faster, and each
// thread keeps its B buffer for life). (On a 48 KiB-L1d, 2 MiB-L2 Xeon,
// KC 384/512 and MC up to 336 measured no better for 1024^3 and worse for BERT shapes.)
constexpr int64_t kNC = 1024;
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
      auto *grown = static_cast<float *>(std::aligned_alloc(64, bytes));
      if (!grown)
        throw std::bad_alloc(); // keeping the old buffer: the kernel guard ends the run
      data.reset(grown);
      capacity = bytes / sizeof(float);
    }
    return data.get();
  }
};
thread_local PackBuffer aBuffer, bBuffer;

#if defined(__x86_64__)
// packAPanels for row-major A (cs == 1): 8 k at a time, six rows loaded as vectors and
// transposed, so a column is one (overlapping) 8-float store instead of six scalar ones. The
// two spare lanes of each store land where the next store, the scalar tail or the next panel
// writes, or in the buffer's slack (kPackSlack) after the last panel.
__attribute__((target("avx2,fma"))) void packARowMajorAvx2(const float *a, int64_t rs,
                                                           int64_t m0, int64_t mc, int64_t k0,
                                                           int64_t kc, float *dst) {
  int64_t i0 = 0;
  for (; i0 + kMR <= mc; i0 += kMR, dst += kc * kMR) {
    const float *src = a + (m0 + i0) * rs + k0;
    int64_t k = 0;
    for (; k + 8 <= kc; k += 8) {
      __m256 r0 = _mm256_loadu_ps(src + k), r1 = _mm256_loadu_ps(src + rs + k);
      __m256 r2 = _mm256_loadu_ps(src + 2 * rs + k), r3 = _mm256_loadu_ps(src + 3 * rs + k);
      __m256 r4 = _mm256_loadu_ps(src + 4 * rs + k), r5 = _mm256_loadu_ps(src + 5 * rs + k);
      __m256 zero = _mm256_setzero_ps();
      __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1);
      __m256 t2 = _mm256_unpacklo_ps(r2, r3), t3 = _mm256_unpackhi_ps(r2, r3);
      __m256 t4 = _mm256_unpacklo_ps(r4, r5), t5 = _mm256_unpackhi_ps(r4, r5);
      __m256 t6 = _mm256_unpacklo_ps(zero, zero), t7 = t6;
      __m256 s0 = _mm256_shuffle_ps(t0, t2, 0x44), s1 = _mm256_shuffle_ps(t0, t2, 0xEE);
      __m256 s2 = _mm256_shuffle_ps(t1, t3, 0x44), s3 = _mm256_shuffle_ps(t1, t3, 0xEE);
      __m256 s4 = _mm256_shuffle_ps(t4, t6, 0x44), s5 = _mm256_shuffle_ps(t4, t6, 0xEE);
      __m256 s6 = _mm256_shuffle_ps(t5, t7, 0x44), s7 = _mm256_shuffle_ps(t5, t7, 0xEE);
      float *d = dst + k * kMR;
      _mm256_storeu_ps(d + 0 * kMR, _mm256_permute2f128_ps(s0, s4, 0x20));
      _mm256_storeu_ps(d + 1 * kMR, _mm256_permute2f128_ps(s1, s5, 0x20));
      _mm256_storeu_ps(d + 2 * kMR, _mm256_permute2f128_ps(s2, s6, 0x20));
      _mm256_storeu_ps(d + 3 * kMR, _mm256_permute2f128_ps(s3, s7, 0x20));
      _mm256_storeu_ps(d + 4 * kMR, _mm256_permute2f128_ps(s0, s4, 0x31));
      _mm256_storeu_ps(d + 5 * kMR, _mm256_permute2f128_ps(s1, s5, 0x31));
      _mm256_storeu_ps(d + 6 * kMR, _mm256_permute2f128_ps(s2, s6, 0x31));
      _mm256_storeu_ps(d + 7 * kMR, _mm256_permute2f128_ps(s3, s7, 0x31));
    }
    for (; k < kc; ++k)
      for (int64_t i = 0; i < kMR; ++i)
        dst[k * kMR + i] = src[i * rs + k];
  }
  if (i0 < mc)
    packAPanels(a, rs, 1, m0 + i0, mc - i0, k0, kc, dst);
}
#endif

// Floats past the end of a run-time A block that packARowMajorAvx2 may scribble on.
constexpr int64_t kPackSlack = 8;

void packABlock(const Strided &a, int64_t m0, int64_t mc, int64_t k0, int64_t kc, float *dst) {
#if defined(__x86_64__)
  if (a.cs == 1 && useAvx2Fma())
    return packARowMajorAvx2(a.data, a.rs, m0, mc, k0, kc, dst);
#endif
  packAPanels(a.data, a.rs, a.cs, m0, mc, k0, kc, dst);
}

// Cloned per ISA (ifunc-dispatched at load): the row loops below vectorize to the widest
// vectors the CPU has, for the same arithmetic per element.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
applyEpilogue(const GemmProblem &p, int64_t r0, int64_t mr, int64_t c0, int64_t nr) {
  const Epilogue &e = p.epilogue;
  if (!e.bias && !e.residual && e.activation.kind == 0)
    return;
  float copy[kNR];
  for (int64_t i = 0; i < mr; ++i) {
    float *out = p.c + (r0 + i) * p.crs + c0 * p.ccs;
    // A unit-stride row is worked on in place; any other goes through a contiguous copy.
    float *row = p.ccs == 1 ? out : copy;
    if (p.ccs != 1)
      for (int64_t j = 0; j < nr; ++j)
        row[j] = out[j * p.ccs];
    if (e.bias) {
      if (e.biasPerRow) {
        float b = e.bias[(r0 + i) * e.biasStride];
        for (int64_t j = 0; j < nr; ++j)
          row[j] += b;
      } else if (e.biasStride == 1) {
        const float *bias = e.bias + c0; // unit stride: a loop the compiler vectorizes
        for (int64_t j = 0; j < nr; ++j)
          row[j] += bias[j];
      } else {
        for (int64_t j = 0; j < nr; ++j)
          row[j] += e.bias[(c0 + j) * e.biasStride];
      }
    }
    if (e.residual) {
      const float *res = e.residual + (r0 + i) * e.rrs + c0 * e.rcs;
      if (e.rcs == 1) {
        for (int64_t j = 0; j < nr; ++j)
          row[j] += res[j];
      } else {
        for (int64_t j = 0; j < nr; ++j)
          row[j] += res[j * e.rcs];
      }
    }
    activateShort(row, nr, e.activation);
    if (p.ccs != 1)
      for (int64_t j = 0; j < nr; ++j)
        out[j * p.ccs] = row[j];
  }
}

// The epilogue of the tile whose origin is C's (r0, c0), for a kernel to apply in registers.
TileEpilogue epilogueAt(const Epilogue &e, int64_t r0, int64_t c0) {
  TileEpilogue t;
  if (e.bias) {
    t.bias = e.bias + (e.biasPerRow ? r0 : c0) * e.biasStride;
    (e.biasPerRow ? t.biasRowStride : t.biasColStride) = e.biasStride;
  }
  if (e.residual) {
    t.residual = e.residual + r0 * e.rrs + c0 * e.rcs;
    t.rrs = e.rrs;
    t.rcs = e.rcs;
  }
  t.activation = e.activation;
  return t;
}

// Hands the lines of a PanelPrefetch out in even shares, one per tile-kernel call.
class PrefetchShares {
public:
  void plan(const PanelPrefetch &lines, int64_t calls) {
    share = lines;
    end = lines.to;
    share.to = lines.from;
    size = ceilDiv(end - lines.from, std::max<int64_t>(1, calls));
  }
  // The next share, or null when all lines are handed out.
  const PanelPrefetch *take() {
    if (share.to >= end)
      return nullptr;
    share.from = share.to;
    share.to = std::min(end, share.from + size);
    return &share;
  }

private:
  PanelPrefetch share;
  int64_t end = 0, size = 0;
};

// M == 1 against pre-packed B: a streaming row kernel, no A packing.
void gemvRegion(const GemmProblem &p, int64_t n0, int64_t n1) {
  static const RowKernel rowKernel = selectRowKernel();
  constexpr int64_t kRow = 2048;
  float row[kRow];
  for (int64_t jc = n0; jc < n1; jc += kRow) {
    int64_t nc = std::min(kRow, n1 - jc);
    rowKernel(p.K, p.a.strided.data, p.a.strided.cs, p.b.panels + (jc / kNR) * p.K * kNR,
              p.K * kNR, nc, row);
    for (int64_t j = 0; j < nc; ++j)
      p.c[(jc + j) * p.ccs] = p.accumulateIntoC ? p.c[(jc + j) * p.ccs] + row[j] : row[j];
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
  static const WideMicroKernel wideKernel = selectWideMicroKernel();
  static const TallMicroKernel tallKernel = selectTallMicroKernel();
  if (m0 >= m1 || n0 >= n1)
    return;
  if (p.K == 0) {
    for (int64_t i = m0; i < m1 && !p.accumulateIntoC; ++i)
      for (int64_t j = n0; j < n1; ++j)
        p.c[i * p.crs + j * p.ccs] = 0.0f;
    for (int64_t i = m0; i < m1; i += kMR)
      for (int64_t j = n0; j < n1; j += kNR)
        applyEpilogue(p, i, std::min(kMR, m1 - i), j, std::min(kNR, n1 - j));
    return;
  }
  if (p.M == 1 && p.b.panels && !p.a.panels)
    return gemvRegion(p, n0, n1);
  const bool registerEpilogue = isRegisterActivation(p.epilogue.activation.kind);
  // Packing B costs the same whatever the rows it serves, reading in place slows every tile
  // a little: measured on 1x1 convs, in place wins 20-25 % for 24-32 rows, breaks even
  // near 96 and loses 5-8 % for 256-384.
  constexpr int64_t kMaxRowsInPlace = 64;
  const Strided *rowMajor = wideKernel && p.b.rowMajor && p.b.rowMajor->cs == 1 &&
                                    m1 - m0 <= kMaxRowsInPlace
                                ? p.b.rowMajor
                                : nullptr;

  for (int64_t jc = n0; jc < n1; jc += kNC) {
    int64_t nc = std::min(kNC, n1 - jc);
    for (int64_t pc = 0; pc < p.K; pc += kKC) {
      int64_t kc = std::min(kKC, p.K - pc);
      bool last = pc + kc == p.K;
      const float *bBlock;
      int64_t bPanelStride;
      // Columns [0, inPlace) of the block read B's rows where they are (rowMajor); bBlock
      // holds the panels of the rest.
      int64_t inPlace = 0;
      if (p.b.panels) {
        bBlock = p.b.panels + (jc / kNR) * p.K * kNR + pc * kNR;
        bPanelStride = p.K * kNR;
      } else if (rowMajor) {
        inPlace = nc / (2 * kNR) * (2 * kNR);
        float *dst = bBuffer.get(bPanelsFloats(kc, nc - inPlace));
        if (inPlace < nc)
          packBPanels(rowMajor->data, rowMajor->rs, 1, pc, kc, jc + inPlace, nc - inPlace, dst);
        bBlock = dst;
        bPanelStride = kc * kNR;
      } else {
        float *dst = bBuffer.get(bPanelsFloats(kc, nc));
        p.b.pack(p.b.context, pc, kc, jc, nc, dst);
        bBlock = dst;
        bPanelStride = kc * kNR;
      }
      for (int64_t ic = m0; ic < m1; ic += kMC) {
        int64_t mc = std::min(kMC, m1 - ic);
        PrefetchShares prefetch;
        const float *aBlock;
        int64_t aPanelStride;
        if (p.a.panels) {
          aBlock = p.a.panels + (ic / kMR) * p.K * kMR + pc * kMR;
          aPanelStride = p.K * kMR;
          // Pre-packed A (a conv's weights) from memory: this block's tiles fetch the next
          // block (the next rows, else the first rows of the next k block) into L2.
          if (!p.b.panels) {
            int64_t nextRow = ic + kMC, nextK = pc, nextKc = kc;
            if (nextRow >= m1) {
              nextRow = m0;
              nextK = pc + kc;
              nextKc = std::min(kKC, p.K - nextK);
            }
            if (nextK < p.K) {
              PanelPrefetch next;
              next.base = p.a.panels + (nextRow / kMR) * p.K * kMR + nextK * kMR;
              next.stride = aPanelStride;
              next.linesPerPanel = ceilDiv(nextKc * kMR, 16);
              next.to = ceilDiv(std::min(kMC, m1 - nextRow), kMR) * next.linesPerPanel;
              prefetch.plan(next, ceilDiv(nc, 2 * kNR) * ceilDiv(mc, 2 * kMR));
            }
          }
        } else {
          float *dst = aBuffer.get(aPanelsFloats(mc, kc) + kPackSlack);
          packABlock(p.a.strided, ic, mc, pc, kc, dst);
          aBlock = dst;
          aPanelStride = kc * kMR;
        }
        for (int64_t jr = 0; jr < nc;) {
          // Two panels at a time where the CPU has the wide (AVX-512) tile.
          bool twoPanels = wideKernel && nc - jr > kNR;
          // The wide tiles apply a simple epilogue as they store the last k block.
          const bool fuseEpilogue = last && twoPanels && registerEpilogue;
          int64_t nr = std::min(twoPanels ? 2 * kNR : kNR, nc - jr);
          const bool readInPlace = jr < inPlace;
          const float *bPanel =
              readInPlace ? nullptr : bBlock + ((jr - inPlace) / kNR) * bPanelStride;
          const float *bRow = readInPlace ? rowMajor->data + pc * rowMajor->rs + jc + jr : nullptr;
          // Pre-packed B (weights) comes from memory, not from a packing buffer in L2: the
          // tiles of this column fetch the next column's panels, each its share.
          if (p.b.panels && jr + nr < nc) {
            PanelPrefetch next;
            next.base = bPanel + (nr / kNR) * bPanelStride;
            next.stride = bPanelStride;
            next.linesPerPanel = kc; // one line per k
            next.to = jr + nr + kNR < nc ? 2 * kc : kc;
            prefetch.plan(next, ceilDiv(mc, 2 * kMR));
          }
          for (int64_t ir = 0; ir < mc;) {
            // Two A panels too (a 12 x 32 tile) where there are rows for both.
            bool twoRowPanels = twoPanels && tallKernel && mc - ir > kMR;
            int64_t mr = std::min(twoRowPanels ? 2 * kMR : kMR, mc - ir);
            float *c = p.c + (ic + ir) * p.crs + (jc + jr) * p.ccs;
            const float *aPanel = aBlock + (ir / kMR) * aPanelStride;
            bool accumulate = pc > 0 || p.accumulateIntoC;
            TileEpilogue tileEpilogue;
            if (fuseEpilogue)
              tileEpilogue = epilogueAt(p.epilogue, ic + ir, jc + jr);
            const TileEpilogue *epilogue = fuseEpilogue ? &tileEpilogue : nullptr;
            const PanelPrefetch *next = twoPanels ? prefetch.take() : nullptr;
            ir += mr;
            const float *b0 = readInPlace ? bRow : bPanel;
            const float *b1 = readInPlace ? bRow + kNR : bPanel + bPanelStride;
            const int64_t bs = readInPlace ? rowMajor->rs : kNR;
            if (twoRowPanels)
              tallKernel(kc, aPanel, aPanel + aPanelStride, b0, b1, bs, c, p.crs, p.ccs,
                         accumulate, mr, nr, epilogue, next);
            else if (twoPanels)
              wideKernel(kc, aPanel, b0, b1, bs, c, p.crs, p.ccs, accumulate, mr, nr,
                         epilogue, next);
            else
              kernel(kc, aPanel, bPanel, c, p.crs, p.ccs, accumulate, mr, nr);
          }
          // The epilogue on the mc x nr strip just computed, still in L1: one call per
          // strip rather than per micro-tile.
          if (last && !fuseEpilogue)
            for (int64_t j = 0; j < nr; j += kNR)
              applyEpilogue(p, ic, mc, jc + jr + j, std::min(kNR, nr - j));
          jr += nr;
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
  // Below ~4 MFLOP (~40 us on one core) waking a sleeping worker (a futex round trip and a
  // cold start on the other core) costs about what it saves.
  double flops = 2.0 * static_cast<double>(problems) * M * N * std::max<int64_t>(K, 1);
  if (flops < 4e6)
    return 1;
  return threads;
}

int threadsForPackedB(int64_t problems, int64_t M, int64_t N, int64_t K) {
  const double bBytes = 4.0 * static_cast<double>(problems) * N * K;
  if (M <= kMR && bBytes >= (1 << 20))
    return requestedThreads();
  return threadsFor(problems, M, N, K);
}

} // namespace mcc::kernels
