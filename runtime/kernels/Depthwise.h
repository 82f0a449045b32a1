// Depthwise convolution (group == C == M): one filter per channel, too little reuse for the
// GEMM path, so its own plane-at-a-time kernel.
#ifndef MCC_RUNTIME_KERNELS_DEPTHWISE_H
#define MCC_RUNTIME_KERNELS_DEPTHWISE_H

#include "Activations.h"
#include "Im2col.h"

#include <cstdint>

namespace mcc::kernels {

// One output plane: out[y*ohs + x*ows] = act(sum_{i,j} w[i*KW + j] * in(y, x, i, j) + bias
// + residual[y*rhs + x*rws]) for y < OH, x < OW; `geometry.in` is the input channel's plane
// (cs unused). `residual` may be null, or `out` itself: a row is read before it is written.
void depthwisePlane(const ConvGeometry &geometry, int64_t OH, const float *w, float bias,
                    const float *residual, int64_t rhs, int64_t rws, float *out, int64_t ohs,
                    int64_t ows, const Activation &activation);

} // namespace mcc::kernels

#endif
