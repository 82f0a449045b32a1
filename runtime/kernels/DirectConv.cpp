// Direct stride-1 and stride-2 convolution on AVX-512 (DirectConv.h).
//
// Output positions are numbered over the padded width: q = y*Wp + x, with x in [0, Wp) of
// which only x < OW are real. Tap (i, j) of position q reads the padded plane at
// q + i*dH*Wp + j*dW, so k = (c*KH + i)*KW + j reads plane c at one fixed offset off[k] from
// q: a tile of 32 consecutive positions is two vector loads per k, from memory the tile
// before it has just brought into L1. The lanes that fall on padding columns are computed
// and dropped at the store, which writes each output row's run of lanes with a masked store.
#include "DirectConv.h"

#include "GemmDriver.h"
#include "Isa.h"
#include "MicroKernel.h"
#include "PackedLayout.h"
#include "ThreadPool.h"
#include "VectorActivation.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace mcc::kernels {

namespace {

#if defined(__x86_64__)

constexpr int64_t kLanes = 32;  // output positions per tile: two zmm
constexpr int kMaxSegments = 8; // a tile spans at most 32 / 8 + 1 rows (Wp >= 8)

// The lanes of a tile that land in one output row: lanes [lane, lane + count) are that
// row's columns from `ow` on. `outDelta` (`resDelta`) is the offset, within one channel's
// plane, of the element lane 0 would map to; mask[h] selects the segment's lanes of zmm h.
struct Segment {
  int64_t outDelta, resDelta;
  __mmask16 mask[2];
};

struct TileMap {
  Segment segment[kMaxSegments];
  int count = 0;
};

// The epilogue of the tile being stored (the last K block).
struct TileStore {
  const float *bias = nullptr; // at the tile's first row
  int64_t biasStride = 0;
  const float *residual = nullptr; // at the tile's first row, position 0
  int64_t rcs = 0;                 // residual channel stride
  Activation activation;
};

__mmask16 laneMask(int64_t from, int64_t to, int half) {
  const int64_t lo = std::max<int64_t>(from - 16 * half, 0);
  const int64_t hi = std::min<int64_t>(to - 16 * half, 16);
  if (hi <= lo)
    return 0;
  uint32_t bits = ((1u << hi) - 1) & ~((1u << lo) - 1);
  return static_cast<__mmask16>(bits);
}

TileMap tileMap(int64_t q0, int64_t Q, int64_t Wp, int64_t OW, int64_t ohs, int64_t rhs) {
  TileMap map;
  const int64_t qEnd = std::min(q0 + kLanes, Q);
  for (int64_t q = q0; q < qEnd;) {
    const int64_t y = q / Wp, x = q % Wp;
    const int64_t run = std::min(qEnd - q, Wp - x);
    const int64_t real = std::min(run, std::max<int64_t>(OW - x, 0));
    if (real > 0) {
      const int64_t lane = q - q0;
      Segment &s = map.segment[map.count++];
      s.outDelta = y * ohs + x - lane;
      s.resDelta = y * rhs + x - lane;
      s.mask[0] = laneMask(lane, lane + real, 0);
      s.mask[1] = laneMask(lane, lane + real, 1);
    }
    q += run;
  }
  return map;
}

// Panels * kMR output channels x 32 positions over kc k's, accumulators in zmm registers.
// b is the plane of the first channel at the tile's first position; off[k] its offset for k.
template <int Panels>
MCC_AVX512 void directTile(int64_t kc, const float *a0, const float *a1, const float *b,
                           const int32_t *off, const TileMap &map, float *out, int64_t ocs,
                           int64_t mr, bool accumulate, const TileStore *e) {
  constexpr int rows = Panels * kMR;
  const float *a[2] = {a0, a1};
  __m512 acc[rows][2];
  for (int i = 0; i < rows; ++i)
    acc[i][0] = acc[i][1] = _mm512_setzero_ps();
#pragma GCC unroll 2
  for (int64_t k = 0; k < kc; ++k) {
    const float *bk = b + off[k];
    __m512 x = _mm512_loadu_ps(bk), y = _mm512_loadu_ps(bk + 16);
    for (int p = 0; p < Panels; ++p)
      for (int i = 0; i < kMR; ++i) {
        __m512 ai = _mm512_set1_ps(a[p][k * kMR + i]);
        acc[p * kMR + i][0] = _mm512_fmadd_ps(ai, x, acc[p * kMR + i][0]);
        acc[p * kMR + i][1] = _mm512_fmadd_ps(ai, y, acc[p * kMR + i][1]);
      }
  }
  // Same operations, in the same order, as the GEMM's tile store and epilogue.
  for (int i = 0; i < rows; ++i) {
    if (i >= mr)
      break;
    for (int s = 0; s < map.count; ++s) {
      const Segment &seg = map.segment[s];
      for (int h = 0; h < 2; ++h) {
        const __mmask16 mask = seg.mask[h];
        if (!mask)
          continue;
        float *dst = out + i * ocs + seg.outDelta + 16 * h;
        __m512 v = acc[i][h];
        if (accumulate)
          v = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, dst), v);
        if (e) {
          if (e->bias)
            v = _mm512_add_ps(v, _mm512_set1_ps(e->bias[i * e->biasStride]));
          if (e->residual)
            v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(mask, e->residual + i * e->rcs +
                                                                 seg.resDelta + 16 * h));
          v = activateVector(v, e->activation);
        }
        _mm512_mask_storeu_ps(dst, mask, v);
      }
    }
  }
}

// Writes one channel's zero-padded plane: rows [0, Hp) x columns [0, Wp) hold the input at
// (row - padTop, column - padLeft) or 0, and the slack up to `planeFloats` is 0.
void padPlane(const float *in, int64_t hs, int64_t ws, int64_t H, int64_t W, int64_t padTop,
              int64_t padLeft, int64_t Hp, int64_t Wp, int64_t planeFloats, float *plane) {
  const int64_t x0 = std::min(std::max<int64_t>(padLeft, 0), Wp);
  const int64_t x1 = std::min(std::max<int64_t>(padLeft + W, x0), Wp);
  const int64_t skip = std::max<int64_t>(-padLeft, 0); // input columns left of the plane
  for (int64_t r = 0; r < Hp; ++r) {
    float *row = plane + r * Wp;
    const int64_t iy = r - padTop;
    if (iy < 0 || iy >= H || x1 <= x0) {
      std::memset(row, 0, Wp * sizeof(float));
      continue;
    }
    std::memset(row, 0, x0 * sizeof(float));
    const float *src = in + iy * hs + skip * ws;
    const int64_t n = std::min(x1 - x0, W - skip);
    if (ws == 1)
      std::memcpy(row + x0, src, n * sizeof(float));
    else
      for (int64_t x = 0; x < n; ++x)
        row[x0 + x] = src[x * ws];
    std::memset(row + x0 + n, 0, (Wp - x0 - n) * sizeof(float));
  }
  std::memset(plane + Hp * Wp, 0, (planeFloats - Hp * Wp) * sizeof(float));
}

// Stride 2: the zero-padded image (as padPlane) split into four planes by row and column
// parity, plane (a, b) holding padded (2r + a, 2x + b) at row r, column x, for r < Hq,
// x < Wq; each plane's slack up to `planeFloats` is 0. Each input row is read once and
// split into its even and odd columns 16 at a time.
MCC_AVX512 void padPhases(const float *in, int64_t hs, int64_t ws, int64_t H, int64_t W,
                          int64_t padTop, int64_t padLeft, int64_t Hq, int64_t Wq,
                          int64_t planeFloats, float *planes) {
  std::memset(planes, 0, 4 * planeFloats * sizeof(float));
  const __m512i evenLanes =
      _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
  const __m512i oddLanes =
      _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
  for (int64_t y = 0; y < H; ++y) {
    const int64_t row = y + padTop; // in the padded image
    if (row < 0 || row >= 2 * Hq)
      continue;
    float *rowPlanes = planes + (row & 1) * 2 * planeFloats + (row >> 1) * Wq;
    const float *from = in + y * hs;
    // Input column X lands in column phase (X + padLeft) & 1 at (X + padLeft) >> 1.
    for (int64_t X = 0; X < W;) {
      const int64_t padded = X + padLeft;
      if (padded < 0) {
        ++X;
        continue;
      }
      if ((padded >> 1) >= Wq)
        break;
      if (ws == 1 && (padded & 1) == 0 && X + 32 <= W && (padded >> 1) + 16 <= Wq) {
        __m512 a = _mm512_loadu_ps(from + X), b = _mm512_loadu_ps(from + X + 16);
        _mm512_storeu_ps(rowPlanes + (padded >> 1), _mm512_permutex2var_ps(a, evenLanes, b));
        _mm512_storeu_ps(rowPlanes + planeFloats + (padded >> 1),
                         _mm512_permutex2var_ps(a, oddLanes, b));
        X += 32;
        continue;
      }
      rowPlanes[(padded & 1) * planeFloats + (padded >> 1)] = from[X * ws];
      ++X;
    }
  }
}

struct Scratch {
  std::vector<float> planes;
  std::vector<int32_t> offsets;
};

#endif

} // namespace

bool runDirectConv(const DirectConvProblem &p) {
#if defined(__x86_64__)
  const mcc_memref4_f32 &in = *p.in;
  mcc_memref4_f32 &out = *p.out;
  const int64_t N = in.sizes[0], C = in.sizes[1], H = in.sizes[2], W = in.sizes[3];
  const int64_t M = out.sizes[1], OH = out.sizes[2], OW = out.sizes[3];
  // Stride 2 reads four phase planes per channel instead of one (see padPhases): tap (i, j)
  // is then plane (i % 2, j % 2) shifted by (i / 2, j / 2), and the rest is unchanged.
  const int64_t s = p.strideH;
  const bool strideOk = s == p.strideW && (s == 1 || (s == 2 && p.dH == 1 && p.dW == 1));
  const int64_t Wp = OW + (p.KW - 1) * p.dW / s, Hp = OH + (p.KH - 1) * p.dH / s;
  const int64_t phases = s * s;
  if (!useAvx512() || !strideOk || p.KH * p.KW <= 1 ||
      !isRegisterActivation(p.activation.kind) || out.strides[3] != 1 ||
      (p.residual && p.residual->strides[3] != 1))
    return false;
  // The padding columns are computed for nothing, and a tile that spans several output rows
  // stores each run with its own masks. Measured against im2col + GEMM (same tile kernel):
  // 3x3 over 56x56 gains 8-15 % and ResNet's 7x7 stride-2 stem 29 %, while 3x3 over 28x28
  // (stride 1 or 2) and 14x14 lose 4-14 %; so rows of 48 or more, at most one lane in 16
  // wasted.
  if (OW < 48 || 16 * (Wp - OW) > Wp)
    return false;
  const int64_t Cg = C / p.group, Mg = M / p.group, K = Cg * p.KH * p.KW;
  const int64_t Q = OH * Wp, tiles = ceilDiv(Q, kLanes);
  // Plane stride: room for the last tile's widest read, and an odd number of 64-byte lines
  // so that the same position of successive channels falls in different L1 sets.
  int64_t planeFloats = std::max(Hp * Wp, tiles * kLanes + (p.KH - 1) * p.dH / s * Wp +
                                              (p.KW - 1) * p.dW / s);
  planeFloats = ceilDiv(planeFloats, 16) * 16;
  if ((planeFloats / 16) % 2 == 0)
    planeFloats += 16;
  const int64_t channelFloats = phases * planeFloats;
  if (static_cast<double>(channelFloats) * C >= std::numeric_limits<int32_t>::max())
    return false;

  thread_local Scratch scratch;
  scratch.planes.resize(channelFloats * C);
  scratch.offsets.resize(K);
  for (int64_t c = 0, k = 0; c < Cg; ++c)
    for (int64_t i = 0; i < p.KH; ++i)
      for (int64_t j = 0; j < p.KW; ++j, ++k) {
        const int64_t phase = (i * p.dH % s) * s + j * p.dW % s;
        scratch.offsets[k] = static_cast<int32_t>(c * channelFloats + phase * planeFloats +
                                                  i * p.dH / s * Wp + j * p.dW / s);
      }
  float *planes = scratch.planes.data();
  const int32_t *offsets = scratch.offsets.data();

  const int threads = threadsFor(N * p.group, Mg, OH * OW, K);
  // Threads split the longer side (in tiles), as the GEMM does: each then reads the least of
  // the other operand (a 14x14 layer's large weight is split, not read whole by each thread).
  const int64_t mTiles = ceilDiv(Mg, 2 * kMR);
  const int64_t qChunks = tiles >= mTiles ? std::min<int64_t>(threads, tiles) : 1;
  const int64_t mChunks = std::min<int64_t>(ceilDiv(threads, qChunks), mTiles);
  const int64_t qStep = ceilDiv(tiles, qChunks);
  const int64_t mStep = ceilDiv(ceilDiv(Mg, mChunks), 2 * kMR) * 2 * kMR;
  const int64_t ohs = out.strides[2], ocs = out.strides[1];
  const int64_t rhs = p.residual ? p.residual->strides[2] : 0;
  const int64_t rcs = p.residual ? p.residual->strides[1] : 0;

  for (int64_t n = 0; n < N; ++n) {
    const float *image = in.aligned + in.offset + n * in.strides[0];
    const int64_t channelsPerPart = ceilDiv(C, threads);
    parallelFor(threads, threads, [&](int64_t part) {
      const int64_t end = std::min(C, (part + 1) * channelsPerPart);
      for (int64_t c = part * channelsPerPart; c < end; ++c)
        if (s == 1)
          padPlane(image + c * in.strides[1], in.strides[2], in.strides[3], H, W, p.padTop,
                   p.padLeft, Hp, Wp, planeFloats, planes + c * channelFloats);
        else
          padPhases(image + c * in.strides[1], in.strides[2], in.strides[3], H, W, p.padTop,
                    p.padLeft, Hp, Wp, planeFloats, planes + c * channelFloats);
    });
    const int64_t regions = p.group * qChunks * mChunks;
    parallelFor(regions, threads, [&](int64_t item) {
      const int64_t g = item / (qChunks * mChunks), rest = item % (qChunks * mChunks);
      const int64_t t0 = (rest / mChunks) * qStep, t1 = std::min(tiles, t0 + qStep);
      const int64_t m0 = (rest % mChunks) * mStep, m1 = std::min(Mg, m0 + mStep);
      const float *weight = p.weight + g * aPanelsFloats(Mg, K);
      const float *groupPlanes = planes + g * Cg * channelFloats;
      float *groupOut = out.aligned + out.offset + n * out.strides[0] + g * Mg * ocs;
      const float *groupRes =
          p.residual ? p.residual->aligned + p.residual->offset + n * p.residual->strides[0] +
                           g * Mg * rcs
                     : nullptr;
      for (int64_t kb = 0; kb < K; kb += kKC) {
        const int64_t kc = std::min(kKC, K - kb);
        const bool last = kb + kc == K;
        const bool accumulate = kb > 0 || p.accumulateIntoOut;
        for (int64_t ic = m0; ic < m1; ic += kMC) { // one L2-resident A block at a time
          const int64_t mc = std::min(kMC, m1 - ic);
          for (int64_t t = t0; t < t1; ++t) {
            const TileMap map = tileMap(t * kLanes, Q, Wp, OW, ohs, rhs);
            for (int64_t ir = 0; ir < mc;) {
              const bool two = mc - ir > kMR;
              const int64_t mr = std::min(two ? 2 * kMR : kMR, mc - ir);
              const int64_t row = ic + ir;
              const float *a = weight + (row / kMR) * K * kMR + kb * kMR;
              TileStore e;
              if (last) {
                if (p.bias) {
                  e.bias = p.bias + (g * Mg + row) * p.biasStride;
                  e.biasStride = p.biasStride;
                }
                if (groupRes) {
                  e.residual = groupRes + row * rcs;
                  e.rcs = rcs;
                }
                e.activation = p.activation;
              }
              const float *b = groupPlanes + t * kLanes;
              float *c = groupOut + row * ocs;
              if (two)
                directTile<2>(kc, a, a + K * kMR, b, offsets + kb, map, c, ocs, mr,
                              accumulate, last ? &e : nullptr);
              else
                directTile<1>(kc, a, nullptr, b, offsets + kb, map, c, ocs, mr, accumulate,
                              last ? &e : nullptr);
              ir += mr;
            }
          }
        }
      }
    });
  }
  return true;
#else
  (void)p;
  return false;
#endif
}

} // namespace mcc::kernels
