// mcc_kernel_attention: softmax(scale * Q K^T (keep/fill, + mask)) V, one block of query rows
// at a time. Both products go through the GEMM driver (packed, register-blocked); the scores
// of a block live in a per-thread buffer of kRowBlock x Skv floats, which stays in L2 for the
// sequence lengths models use, and are turned into probabilities in place between the two
// products.
#include "GemmDriver.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"

#include "mcc/kernels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

using namespace mcc::kernels;

namespace {

// Query rows per task: a multiple of the micro-tile height, small enough that the scores of
// a block stay in cache, large enough that B (K or V) is packed once for many rows.
constexpr int64_t kRowBlock = 48;

// The stride of dim d of a view that broadcasts where its size is 1.
template <typename Memref> int64_t bstride(const Memref *m, int d) {
  return m->sizes[d] == 1 ? 0 : m->strides[d];
}

template <typename Memref> auto base(const Memref *m, int64_t b, int64_t h) {
  return m->aligned + m->offset + b * bstride(m, 0) + h * bstride(m, 1);
}

// In place: row[j] = softmax over j of (scale * row[j], keep/fill, + mask).
void softmaxRow(float *row, int64_t n, float scale, const uint8_t *keep, int64_t keepStride,
                float fill, const float *mask, int64_t maskStride) {
  float max = -std::numeric_limits<float>::infinity();
  for (int64_t j = 0; j < n; ++j) {
    float s = row[j] * scale;
    if (keep && !keep[j * keepStride])
      s = fill;
    if (mask)
      s += mask[j * maskStride];
    row[j] = s;
    max = std::max(max, s);
  }
  // A row with every score -inf has no defined softmax; like the loop lowering it yields
  // NaN rather than inventing a distribution.
  float sum = 0.0f;
  for (int64_t j = 0; j < n; ++j) {
    float e = std::exp(row[j] - max);
    row[j] = e;
    sum += e;
  }
  float inverse = 1.0f / sum;
  for (int64_t j = 0; j < n; ++j)
    row[j] *= inverse;
}

thread_local std::vector<float> scoreBuffer;

} // namespace

extern "C" MCC_KERNEL_EXPORT void
_mlir_ciface_mcc_kernel_attention(mcc_memref4_f32 *q, mcc_memref4_f32 *k, mcc_memref4_f32 *v,
                                  mcc_memref4_f32 *mask, mcc_memref4_i1 *keep,
                                  mcc_memref4_f32 *out, int64_t flags, float scale,
                                  float fill) {
  mcc::rt::guardKernel([&] {
    const int64_t B = out->sizes[0], H = out->sizes[1], Sq = out->sizes[2], Dv = out->sizes[3];
    const int64_t D = q->sizes[3], Skv = k->sizes[2];
    if (B <= 0 || H <= 0 || Sq <= 0 || Dv <= 0)
      return;
    const bool hasMask = flags & MCC_KERNEL_HAS_MASK, hasKeep = flags & MCC_KERNEL_HAS_KEEP;
    const int64_t blocks = (Sq + kRowBlock - 1) / kRowBlock;
    const int threads = threadsFor(B * H, Sq, Skv, D + Dv);

    parallelFor(B * H * blocks, threads, [&](int64_t item) {
      const int64_t b = item / (H * blocks), h = (item / blocks) % H;
      const int64_t r0 = (item % blocks) * kRowBlock, rows = std::min(kRowBlock, Sq - r0);
      scoreBuffer.resize(static_cast<size_t>(rows * std::max<int64_t>(Skv, 1)));
      float *scores = scoreBuffer.data();

      // scores[rows, Skv] = q[r0 : r0 + rows] . k^T
      Strided keyT{base(k, b, h), k->strides[3], bstride(k, 2)};
      GemmProblem qk;
      qk.M = rows;
      qk.N = Skv;
      qk.K = D;
      qk.a.strided = {base(q, b, h) + r0 * bstride(q, 2), bstride(q, 2), q->strides[3]};
      qk.b.pack = packStridedB;
      qk.b.context = &keyT;
      qk.c = scores;
      qk.crs = Skv;
      qk.ccs = 1;
      gemmRegion(qk, 0, rows, 0, Skv);

      for (int64_t r = 0; r < rows; ++r) {
        const int64_t row = r0 + r;
        const uint8_t *keepRow =
            hasKeep ? base(keep, b, h) + (keep->sizes[2] == 1 ? 0 : row * keep->strides[2])
                    : nullptr;
        const float *maskRow =
            hasMask ? base(mask, b, h) + (mask->sizes[2] == 1 ? 0 : row * mask->strides[2])
                    : nullptr;
        softmaxRow(scores + r * Skv, Skv, scale, keepRow, hasKeep ? bstride(keep, 3) : 0, fill,
                   maskRow, hasMask ? bstride(mask, 3) : 0);
      }

      // out[r0 : r0 + rows] = probabilities . v
      Strided value{base(v, b, h), bstride(v, 2), v->strides[3]};
      GemmProblem pv;
      pv.M = rows;
      pv.N = Dv;
      pv.K = Skv;
      pv.a.strided = {scores, Skv, 1};
      pv.b.pack = packStridedB;
      pv.b.context = &value;
      pv.c = out->aligned + out->offset + b * out->strides[0] + h * out->strides[1] +
             r0 * out->strides[2];
      pv.crs = out->strides[2];
      pv.ccs = out->strides[3];
      gemmRegion(pv, 0, rows, 0, Dv);
    });
  });
}
