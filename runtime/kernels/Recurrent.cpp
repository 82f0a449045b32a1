// mcc_kernel_lstm / mcc_kernel_gru: a whole recurrent layer, as ONNX Runtime computes it.
// Per direction, the input projection of every time step is one GEMM against the packed W
// (with the input bias, and every recurrence bias that is not inside the reset gate, in its
// epilogue); then each step is a GEMM of the [batch, H] previous state against the packed R
// (M = batch is tiny: the driver's GEMV path for batch 1), followed by the gate
// nonlinearities over whole gate rows (Activations.h) and the state update.
#include "GemmDriver.h"
#include "PackedLayout.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"

#include "mcc/kernels.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

using namespace mcc::kernels;

namespace {

enum class Cell { Lstm, Gru };

const Activation kSigmoid{MCC_ACT_SIGMOID, 0.0f, 0.0f};
const Activation kTanh{MCC_ACT_TANH, 0.0f, 0.0f};

// The operands of one layer, read from the descriptors once.
struct Layer {
  Cell cell;
  int64_t S, B, I, H, G, dirs, flags;
  float clip;
  const mcc_memref3_f32 *x;
  const float *packedW, *packedR;
  const mcc_memref2_f32 *bias, *peepholes;
  const mcc_memref1_i32 *lens;
  const mcc_memref3_f32 *initialH, *initialC;
  mcc_memref4_f32 *y;
  mcc_memref3_f32 *yH, *yC;

  bool has(int64_t flag) const { return (flags & flag) != 0; }
  float element(const mcc_memref2_f32 *m, int64_t d, int64_t i) const {
    return m->aligned[m->offset + d * m->strides[0] + i * m->strides[1]];
  }
  int64_t length(int64_t b) const {
    if (!has(MCC_RNN_HAS_SEQUENCE_LENS))
      return S;
    return lens->aligned[lens->offset + b * lens->strides[0]];
  }
};

// Columns per block of a single-threaded step GEMM: 8 panels.
constexpr int64_t kColumnBlock = 8 * kNR;

// C = A . packed B (+ bias) over [M, N], its columns split over threads when worth it. Any
// split gives the same bits (gemmRegion). `backward` walks the column blocks from the last:
// a step that alternates direction starts on the panels the previous step read last, which
// are still in L2 when R is larger than L2 (the recurrence is bound by reading R).
void gemm(int64_t M, int64_t N, int64_t K, Strided a, const float *panels, const float *bias,
          float *c, int64_t crs, bool backward = false) {
  GemmProblem p;
  p.M = M;
  p.N = N;
  p.K = K;
  p.a.strided = a;
  p.b.panels = panels;
  p.c = c;
  p.crs = crs;
  p.ccs = 1;
  p.epilogue.bias = bias;
  p.epilogue.biasStride = bias ? 1 : 0;
  int threads = threadsForPackedB(1, M, N, K);
  if (threads <= 1 && M > kMR) {
    gemmRegion(p, 0, M, 0, N);
    return;
  }
  if (threads <= 1) {
    const int64_t blocks = ceilDiv(N, kColumnBlock);
    for (int64_t i = 0; i < blocks; ++i) {
      int64_t n0 = (backward ? blocks - 1 - i : i) * kColumnBlock;
      gemmRegion(p, 0, M, n0, std::min(N, n0 + kColumnBlock));
    }
    return;
  }
  RegionGrid grid = splitForThreads(M, N, K, threads);
  parallelFor(grid.mChunks * grid.nChunks, threads, [&](int64_t item) {
    int64_t m0 = (item / grid.nChunks) * grid.mStep, n0 = (item % grid.nChunks) * grid.nStep;
    gemmRegion(p, m0, std::min(M, m0 + grid.mStep), n0, std::min(N, n0 + grid.nStep));
  });
}

void clipRow(float *v, int64_t n, const Layer &l) {
  if (!l.has(MCC_RNN_HAS_CLIP))
    return;
  for (int64_t i = 0; i < n; ++i)
    v[i] = std::min(std::max(v[i], -l.clip), l.clip);
}

// One direction of the layer: fills y[:, d] and the final states of direction d.
void runDirection(const Layer &l, int64_t d) {
  const int64_t S = l.S, B = l.B, I = l.I, H = l.H, GH = l.G * H;
  const bool reverse = d == 1 || l.has(MCC_RNN_REVERSE);
  const bool gru = l.cell == Cell::Gru;
  const bool beforeReset = gru && l.has(MCC_RNN_LINEAR_BEFORE_RESET);

  // The input projection's bias: Wb + Rb, except the GRU h gate's Rb when the reset gate
  // multiplies it (linear_before_reset), which goes with the recurrence instead.
  std::vector<float> xBias(GH, 0.0f), hBias(H, 0.0f);
  if (l.has(MCC_RNN_HAS_BIAS)) {
    for (int64_t j = 0; j < GH; ++j) {
      float wb = l.element(l.bias, d, j), rb = l.element(l.bias, d, GH + j);
      bool inside = beforeReset && j >= 2 * H;
      xBias[j] = inside ? wb : wb + rb;
      if (inside)
        hBias[j - 2 * H] = rb;
    }
  }

  // gx[t, b] = x[t, b] . W^T + bias, for every step at once (left uninitialized: the GEMM
  // writes every element).
  std::unique_ptr<float[]> gxBuffer(new float[static_cast<size_t>(S * B * GH)]);
  float *gx = gxBuffer.get();
  const float *packedW = l.packedW + d * bPanelsFloats(I, GH);
  const float *xData = l.x->aligned + l.x->offset;
  const int64_t xs0 = l.x->strides[0], xs1 = l.x->strides[1], xs2 = l.x->strides[2];
  if (B == 1 || S == 1 || xs0 == B * xs1)
    gemm(S * B, GH, I, {xData, B == 1 ? xs0 : xs1, xs2}, packedW, xBias.data(), gx, GH);
  else
    for (int64_t t = 0; t < S; ++t)
      gemm(B, GH, I, {xData + t * xs0, xs1, xs2}, packedW, xBias.data(),
           gx + t * B * GH, GH);

  // The states, [B, H] each, updated in place step by step.
  auto initial = [&](const mcc_memref3_f32 *given, bool present) {
    std::vector<float> state(static_cast<size_t>(B * H), 0.0f);
    if (present)
      for (int64_t b = 0; b < B; ++b)
        for (int64_t j = 0; j < H; ++j)
          state[b * H + j] = given->aligned[given->offset + d * given->strides[0] +
                                            b * given->strides[1] + j * given->strides[2]];
    return state;
  };
  std::vector<float> h = initial(l.initialH, l.has(MCC_RNN_HAS_INITIAL_H));
  std::vector<float> c =
      gru ? std::vector<float>() : initial(l.initialC, l.has(MCC_RNN_HAS_INITIAL_C));

  // R packed per direction: LSTM [H, 4H]; GRU [H, 2H] (z, r) then [H, H] (h).
  const float *packedR, *packedRh = nullptr;
  if (gru) {
    packedR = l.packedR + d * (bPanelsFloats(H, 2 * H) + bPanelsFloats(H, H));
    packedRh = packedR + bPanelsFloats(H, 2 * H);
  } else {
    packedR = l.packedR + d * bPanelsFloats(H, GH);
  }
  std::vector<int64_t> len(B);
  for (int64_t b = 0; b < B; ++b)
    len[b] = l.length(b);

  std::vector<float> hr(static_cast<size_t>(B * GH)), hn(static_cast<size_t>(B * H));
  std::vector<float> rh(static_cast<size_t>(B * H)), scratch(static_cast<size_t>(H));
  const float *peep = nullptr;
  std::vector<float> peepholes;
  if (!gru && l.has(MCC_RNN_HAS_PEEPHOLES)) {
    peepholes.resize(3 * H);
    for (int64_t j = 0; j < 3 * H; ++j)
      peepholes[j] = l.element(l.peepholes, d, j);
    peep = peepholes.data();
  }
  float *yData = l.y->aligned + l.y->offset + d * l.y->strides[1];
  const int64_t ys0 = l.y->strides[0], ys2 = l.y->strides[2], ys3 = l.y->strides[3];

  for (int64_t step = 0; step < S; ++step) {
    const int64_t t = reverse ? S - 1 - step : step;
    const float *gxt = gx + t * B * GH;
    Strided hPrev{h.data(), H, 1};
    const bool odd = step % 2 == 1;
    if (gru) {
      gemm(B, 2 * H, H, hPrev, packedR, nullptr, hr.data(), GH, odd);
      if (beforeReset) {
        gemm(B, H, H, hPrev, packedRh, hBias.data(), hn.data(), H, odd);
      } else {
        // (r * h_prev) . Rh^T: the reset gate first.
        for (int64_t b = 0; b < B; ++b) {
          float *r = scratch.data();
          for (int64_t j = 0; j < H; ++j)
            r[j] = gxt[b * GH + H + j] + hr[b * GH + H + j];
          clipRow(r, H, l);
          activate(r, H, kSigmoid);
          for (int64_t j = 0; j < H; ++j)
            rh[b * H + j] = r[j] * h[b * H + j];
        }
        gemm(B, H, H, {rh.data(), H, 1}, packedRh, nullptr, hn.data(), H, odd);
      }
    } else {
      gemm(B, GH, H, hPrev, packedR, nullptr, hr.data(), GH, odd);
    }

    for (int64_t b = 0; b < B; ++b) {
      float *yRow = yData + t * ys0 + b * ys2;
      if (t >= len[b]) {
        // Past this entry's end: the states stay, y is zero.
        for (int64_t j = 0; j < H; ++j)
          yRow[j * ys3] = 0.0f;
        continue;
      }
      float *g = hr.data() + b * GH; // the gates' inputs, then their values, in place
      float *hb = h.data() + b * H;
      // The GRU h gate's input goes in below, with its recurrence term.
      for (int64_t j = 0, n = gru ? 2 * H : GH; j < n; ++j)
        g[j] += gxt[b * GH + j];
      if (gru) {
        float *z = g, *r = g + H, *n = g + 2 * H;
        const float *hnb = hn.data() + b * H;
        clipRow(z, 2 * H, l);
        activate(z, beforeReset ? 2 * H : H, kSigmoid); // z (and r, used right here)
        if (beforeReset)
          for (int64_t j = 0; j < H; ++j)
            n[j] = gxt[b * GH + 2 * H + j] + r[j] * hnb[j];
        else
          for (int64_t j = 0; j < H; ++j)
            n[j] = gxt[b * GH + 2 * H + j] + hnb[j];
        clipRow(n, H, l);
        activate(n, H, kTanh);
        for (int64_t j = 0; j < H; ++j)
          hb[j] = (1.0f - z[j]) * n[j] + z[j] * hb[j];
      } else {
        // ONNX order i, o, f, c.
        float *i = g, *o = g + H, *f = g + 2 * H, *cc = g + 3 * H;
        float *cb = c.data() + b * H;
        if (peep)
          for (int64_t j = 0; j < H; ++j) {
            i[j] += peep[j] * cb[j];
            f[j] += peep[2 * H + j] * cb[j];
          }
        clipRow(i, H, l);
        clipRow(f, 2 * H, l); // f and c
        activate(i, H, kSigmoid);
        if (l.has(MCC_RNN_INPUT_FORGET))
          for (int64_t j = 0; j < H; ++j)
            f[j] = 1.0f - i[j];
        else
          activate(f, H, kSigmoid);
        activate(cc, H, kTanh);
        for (int64_t j = 0; j < H; ++j)
          cb[j] = f[j] * cb[j] + i[j] * cc[j];
        if (peep)
          for (int64_t j = 0; j < H; ++j)
            o[j] += peep[H + j] * cb[j];
        clipRow(o, H, l);
        activate(o, H, kSigmoid);
        float *tc = scratch.data();
        std::memcpy(tc, cb, sizeof(float) * H);
        activate(tc, H, kTanh);
        for (int64_t j = 0; j < H; ++j)
          hb[j] = o[j] * tc[j];
      }
      for (int64_t j = 0; j < H; ++j)
        yRow[j * ys3] = hb[j];
    }
  }

  // The final states; an entry of length 0 ends with zeros.
  auto store = [&](mcc_memref3_f32 *out, const std::vector<float> &state) {
    for (int64_t b = 0; b < B; ++b)
      for (int64_t j = 0; j < H; ++j)
        out->aligned[out->offset + d * out->strides[0] + b * out->strides[1] +
                     j * out->strides[2]] =
            l.has(MCC_RNN_HAS_SEQUENCE_LENS) && len[b] <= 0 ? 0.0f : state[b * H + j];
  };
  store(l.yH, h);
  if (!gru)
    store(l.yC, c);
}

void runLayer(const Layer &l) {
  if (l.B <= 0 || l.H <= 0)
    return;
  for (int64_t d = 0; d < l.dirs; ++d)
    runDirection(l, d);
}

// One layer's operands from the kernel call's descriptors; GRU passes null peepholes, initial
// cell state and cell state output.
Layer makeLayer(Cell cell, const mcc_memref3_f32 *x, const mcc_memref1_f32 *packedW,
                const mcc_memref1_f32 *packedR, const mcc_memref2_f32 *bias,
                const mcc_memref1_i32 *sequenceLens, const mcc_memref3_f32 *initialH,
                const mcc_memref3_f32 *initialC, const mcc_memref2_f32 *peepholes,
                mcc_memref4_f32 *y, mcc_memref3_f32 *yH, mcc_memref3_f32 *yC, int64_t flags,
                float clip) {
  Layer l;
  l.cell = cell;
  l.S = x->sizes[0];
  l.B = x->sizes[1];
  l.I = x->sizes[2];
  l.H = y->sizes[3];
  l.G = cell == Cell::Lstm ? 4 : 3;
  l.dirs = y->sizes[1];
  l.flags = flags;
  l.clip = clip;
  l.x = x;
  l.packedW = packedW->aligned + packedW->offset;
  l.packedR = packedR->aligned + packedR->offset;
  l.bias = bias;
  l.peepholes = peepholes;
  l.lens = sequenceLens;
  l.initialH = initialH;
  l.initialC = initialC;
  l.y = y;
  l.yH = yH;
  l.yC = yC;
  return l;
}

} // namespace

extern "C" MCC_KERNEL_EXPORT void
_mlir_ciface_mcc_kernel_lstm(mcc_memref3_f32 *x, mcc_memref1_f32 *packedW,
                             mcc_memref1_f32 *packedR, mcc_memref2_f32 *bias,
                             mcc_memref1_i32 *sequenceLens, mcc_memref3_f32 *initialH,
                             mcc_memref3_f32 *initialC, mcc_memref2_f32 *peepholes,
                             mcc_memref4_f32 *y, mcc_memref3_f32 *yH, mcc_memref3_f32 *yC,
                             int64_t flags, float clip) {
  mcc::rt::guardKernel([&] {
    runLayer(makeLayer(Cell::Lstm, x, packedW, packedR, bias, sequenceLens, initialH, initialC,
                       peepholes, y, yH, yC, flags, clip));
  });
}

extern "C" MCC_KERNEL_EXPORT void
_mlir_ciface_mcc_kernel_gru(mcc_memref3_f32 *x, mcc_memref1_f32 *packedW,
                            mcc_memref1_f32 *packedR, mcc_memref2_f32 *bias,
                            mcc_memref1_i32 *sequenceLens, mcc_memref3_f32 *initialH,
                            mcc_memref4_f32 *y, mcc_memref3_f32 *yH, int64_t flags, float clip) {
  mcc::rt::guardKernel([&] {
    runLayer(makeLayer(Cell::Gru, x, packedW, packedR, bias, sequenceLens, initialH, nullptr,
                       nullptr, y, yH, nullptr, flags, clip));
  });
}
