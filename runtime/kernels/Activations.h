// The epilogue activations of mcc_kernel_gemm / mcc_kernel_conv2d (enum
// mcc_kernel_activation), applied to a row of an output tile while it is in L1.
#ifndef MCC_RUNTIME_KERNELS_ACTIVATIONS_H
#define MCC_RUNTIME_KERNELS_ACTIVATIONS_H

#include <cstdint>

namespace mcc::kernels {

struct Activation {
  int64_t kind = 0; // mcc_kernel_activation
  float p0 = 0.0f, p1 = 0.0f;
};

// x[i] = act(x[i]) for i < n, x contiguous. An element's result does not depend on where it
// sits in the row (the tail goes through the same vector code), so tiling and thread count
// never change the output. Vector forms stay within ~4e-7 relative of libm.
void activate(float *x, int64_t n, const Activation &act);

} // namespace mcc::kernels

#endif
