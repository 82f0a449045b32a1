// The layouts of the int8 convolution (QuantizedConv.cpp), shared with its weight packer
// (Packing.cpp), which the compiler runs at compile time.
//
// A group's weight [Mg, K] (K = Cg * KH * KW) is stored in panels of kQMR output channels:
// panel p, k-quad q holds the kQMR rows' weights k = 4q..4q+3, 4 bytes per row, so one
// vpdpbusd broadcast reads a row's 4 weights. K is padded to a multiple of 4 and Mg to one of
// kQMR with zeros. The image is packed the same way along K: quad q, column n holds
// x[4q..4q+3][n] + 128 as unsigned bytes (vpdpbusd multiplies unsigned by signed bytes).
#ifndef MCC_RUNTIME_KERNELS_QUANTIZEDLAYOUT_H
#define MCC_RUNTIME_KERNELS_QUANTIZEDLAYOUT_H

#include <cstdint>

namespace mcc::kernels {

constexpr int64_t kQMR = 8;  // output channels per tile (rows)
constexpr int64_t kQNR = 32; // output positions per tile (columns: two 16-lane vectors)

inline int64_t quads(int64_t k) { return (k + 3) / 4; }
inline int64_t roundUp(int64_t v, int64_t m) { return (v + m - 1) / m * m; }
// Bytes of one group's packed weight.
inline int64_t qconvGroupWeightBytes(int64_t mg, int64_t k) {
  return roundUp(mg, kQMR) * quads(k) * 4;
}

} // namespace mcc::kernels

#endif
