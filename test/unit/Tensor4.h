// A contiguous [d0, d1, d2, d3] buffer and its memref descriptor, for the kernel tests that
// call the runtime's kernels directly.
#ifndef MCC_TEST_UNIT_TENSOR4_H
#define MCC_TEST_UNIT_TENSOR4_H

#include "mcc/kernels.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace mcc::test {

template <typename T, typename Desc> struct Tensor4 {
  std::vector<T> data;
  Desc desc{};
  Tensor4(std::array<int64_t, 4> shape) {
    int64_t n = shape[0] * shape[1] * shape[2] * shape[3];
    data.resize(static_cast<size_t>(std::max<int64_t>(n, 1)));
    desc.allocated = desc.aligned = data.data();
    int64_t stride = 1;
    for (int d = 3; d >= 0; --d) {
      desc.sizes[d] = shape[d];
      desc.strides[d] = stride;
      stride *= shape[d];
    }
  }
  // Element (a, b, c, d); a size-1 dim reads index 0 whatever is asked (broadcasting).
  T &at(int64_t a, int64_t b, int64_t c, int64_t d) {
    auto index = [&](int dim, int64_t i) { return desc.sizes[dim] == 1 ? 0 : i * desc.strides[dim]; };
    return data[index(0, a) + index(1, b) + index(2, c) + index(3, d)];
  }
};
using F4 = Tensor4<float, mcc_memref4_f32>;
using B4 = Tensor4<uint8_t, mcc_memref4_i1>;

} // namespace mcc::test

#endif // MCC_TEST_UNIT_TENSOR4_H
