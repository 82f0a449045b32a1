// The epilogue activations of mcc_kernel_gemm / mcc_kernel_conv2d (enum
// mcc_kernel_activation), applied to a row of an output tile while it is in L1.
#ifndef MCC_RUNTIME_KERNELS_ACTIVATIONS_H
#define MCC_RUNTIME_KERNELS_ACTIVATIONS_H

#include "mcc/kernels.h"

#include <cstdint>

namespace mcc::kernels {

struct Activation {
  int64_t kind = 0; // mcc_kernel_activation
  float p0 = 0.0f, p1 = 0.0f;
};

// x[i] = act(x[i]) for i < n, x contiguous. An element's result does not depend on where it
// sits in the row (the tail goes through the same vector code), so tiling and thread count
// never change the output. The vector forms stay within 1e-6 relative of libm in double
// (KernelsTest.ActivationAccuracy).
void activate(float *x, int64_t n, const Activation &act);

// activate() for short rows (an output tile's, a small plane's): the piecewise-linear kinds
// inline, where a call per 16 floats would cost more than the work; the others through
// activate(). Same result as activate() for every element.
inline void activateShort(float *x, int64_t n, const Activation &act) {
  switch (act.kind) {
  case MCC_ACT_NONE:
    return;
  case MCC_ACT_RELU:
    for (int64_t i = 0; i < n; ++i)
      x[i] = x[i] > 0.0f ? x[i] : 0.0f;
    return;
  case MCC_ACT_CLIP:
    for (int64_t i = 0; i < n; ++i) {
      float v = x[i] > act.p0 ? x[i] : act.p0;
      x[i] = v < act.p1 ? v : act.p1;
    }
    return;
  case MCC_ACT_LEAKY_RELU:
    for (int64_t i = 0; i < n; ++i)
      x[i] = x[i] >= 0.0f ? x[i] : x[i] * act.p0;
    return;
  default:
    activate(x, n, act);
  }
}

} // namespace mcc::kernels

#endif
