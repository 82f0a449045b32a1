// The tensor object behind the opaque mcc_tensor handle.
#ifndef MCC_RUNTIME_TENSOR_H
#define MCC_RUNTIME_TENSOR_H

#include "mcc/runtime.h"

#include <vector>

struct mcc_tensor {
  mcc_dtype dtype = MCC_DTYPE_UNDEFINED;
  std::vector<int64_t> dims;
  size_t numElements = 0;
  size_t sizeBytes = 0;
  void *data = nullptr;
  // The block to free() with the tensor, or null for borrowed memory. Not always `data`:
  // a model output may start at an offset inside its allocation.
  void *owned = nullptr;

  mcc_tensor() = default;
  mcc_tensor(const mcc_tensor &) = delete;
  mcc_tensor &operator=(const mcc_tensor &) = delete;
  ~mcc_tensor();
};

namespace mcc::rt {

// Runtime-owned data is 64-byte aligned: a cache line, and enough for any vector load.
constexpr size_t kDataAlignment = 64;

// Allocates `bytes` (at least one alignment unit, so 0-sized tensors still get a distinct
// non-null pointer) aligned to kDataAlignment; null on failure. Release with free().
void *allocateData(size_t bytes) noexcept;

// A new owning tensor; `dims` must already be validated (dtype known, dims >= 0, size
// fits). Throws std::bad_alloc.
mcc_tensor *newTensor(mcc_dtype dtype, const int64_t *dims, size_t rank, void *data, void *owned);

} // namespace mcc::rt

#endif // MCC_RUNTIME_TENSOR_H
