// The register-blocked inner kernel: one kMR x kNR tile of C from a kc-deep A panel and B
// panel (PackedLayout.h).
#ifndef MCC_RUNTIME_KERNELS_MICROKERNEL_H
#define MCC_RUNTIME_KERNELS_MICROKERNEL_H

#include "Activations.h"

#include <cstdint>

namespace mcc::kernels {

// c[i*rs + j*cs] (= or +=, per `accumulate`) sum_k a[k*kMR + i] * b[k*kNR + j], for i < mr,
// j < nr (mr <= kMR, nr <= kNR; the panels are zero-padded beyond). The sum over k runs in
// order with one fused multiply-add per step, the same for every tile position.
using MicroKernel = void (*)(int64_t kc, const float *a, const float *b, float *c, int64_t rs,
                             int64_t cs, bool accumulate, int64_t mr, int64_t nr);

// The AVX2/FMA 6x16 kernel when the CPU has it, else the portable one.
MicroKernel selectMicroKernel();

// An epilogue applied by a kernel as it stores its tile, while the sums are in registers:
// out = act(sum + bias + residual), in that order and with the same operations as the
// driver's own epilogue pass, so where it ran never changes a bit. `act` is one of the
// activations that are a compare or two (none, ReLU, Clip, LeakyReLU). Pointers are at the
// tile's origin: bias[i * biasRowStride + j * biasColStride] (one of the strides 0),
// residual[i * rrs + j * rcs].
struct TileEpilogue {
  const float *bias = nullptr;
  int64_t biasRowStride = 0, biasColStride = 0;
  const float *residual = nullptr;
  int64_t rrs = 0, rcs = 0;
  Activation activation;
};

// Whether a kernel can apply an epilogue of this activation kind in registers.
bool isRegisterActivation(int64_t kind);

// Lines [from, to) of a run of packed panels (panel i at base + i * stride, each
// `linesPerPanel` contiguous 64-byte lines) that the next tiles will read, for a tile kernel
// to prefetch into L2 while it computes, spread over its k loop. Pre-packed weights come
// from memory: read cold, the first tiles to use them waited several times their compute.
struct PanelPrefetch {
  const float *base = nullptr;
  int64_t stride = 0, linesPerPanel = 1, from = 0, to = 0;
  const float *line(int64_t l) const {
    return base + (l / linesPerPanel) * stride + (l % linesPerPanel) * 16;
  }
};

// The same over two adjacent B panels, b0 and b1 (a kMR x 2*kNR tile, nr <= 2*kNR), whose
// k-th rows are bs floats apart (kNR for packed panels; a row-major B's row stride when its
// rows are read in place), with
// the same arithmetic per element: the AVX-512 kernel where the CPU has it, else null.
// A non-null `epilogue` is applied to the tile as it is stored (the last k block); a
// non-null `prefetch` is fetched into L2 on the way.
using WideMicroKernel = void (*)(int64_t kc, const float *a, const float *b0, const float *b1,
                                 int64_t bs, float *c, int64_t rs, int64_t cs, bool accumulate,
                                 int64_t mr,
                                 int64_t nr, const TileEpilogue *epilogue,
                                 const PanelPrefetch *prefetch);
WideMicroKernel selectWideMicroKernel();

// Two A panels (a0: rows 0-5, a1: rows 6-11, mr <= 2*kMR) against two B panels: the AVX-512
// 12 x 32 tile, else null. Same arithmetic per element again; `epilogue` as above.
using TallMicroKernel = void (*)(int64_t kc, const float *a0, const float *a1, const float *b0,
                                 const float *b1, int64_t bs, float *c, int64_t rs, int64_t cs,
                                 bool accumulate, int64_t mr, int64_t nr,
                                 const TileEpilogue *epilogue, const PanelPrefetch *prefetch);
TallMicroKernel selectTallMicroKernel();

// One row of C against B panels: c[j] = sum_k a[k * as] * panels[j / kNR][k][j % kNR] for
// j < n, with `panelStride` floats between panels (M = 1, the GEMV case).
using RowKernel = void (*)(int64_t k, const float *a, int64_t as, const float *panels,
                           int64_t panelStride, int64_t n, float *c);
RowKernel selectRowKernel();

} // namespace mcc::kernels

#endif
