// A 4-D descriptor's data in dense row-major order, for kernels that address their operand as
// one flat array: the data itself when the strides already are dense, else a copy.
#ifndef MCC_RUNTIME_KERNELS_DENSECOPY_H
#define MCC_RUNTIME_KERNELS_DENSECOPY_H

#include "mcc/kernels.h"

#include <cstdint>
#include <vector>

namespace mcc::kernels {

inline const float *denseData(const mcc_memref4_f32 &m, std::vector<float> &copy) {
  const int64_t *n = m.sizes, *st = m.strides;
  const float *data = m.aligned + m.offset;
  if (st[3] == 1 && st[2] == n[3] && st[1] == n[2] * n[3] && st[0] == n[1] * n[2] * n[3])
    return data;
  copy.resize(static_cast<size_t>(n[0] * n[1] * n[2] * n[3]));
  size_t at = 0;
  for (int64_t a = 0; a < n[0]; ++a)
    for (int64_t b = 0; b < n[1]; ++b)
      for (int64_t c = 0; c < n[2]; ++c)
        for (int64_t d = 0; d < n[3]; ++d)
          copy[at++] = data[a * st[0] + b * st[1] + c * st[2] + d * st[3]];
  return copy.data();
}

} // namespace mcc::kernels

#endif
