// Reading and writing the ranked memref descriptors of model_abi.h. A descriptor is
// MCC_ABI_MEMREF_WORDS(rank) 8-byte words: allocated, aligned, offset, sizes, strides.
#ifndef MCC_RUNTIME_MEMREF_H
#define MCC_RUNTIME_MEMREF_H

#include <cstddef>
#include <cstdint>

namespace mcc::rt {

// Fills `words` with a descriptor for a dense row-major buffer at `data` (offset 0).
void writeDenseDescriptor(int64_t *words, void *data, const int64_t *dims, size_t rank);

// A read-only view of a descriptor the model filled in.
struct MemrefView {
  void *allocated;
  char *aligned;
  int64_t offset;
  const int64_t *sizes;
  const int64_t *strides;
  size_t rank;
};
MemrefView readDescriptor(const int64_t *words, size_t rank);

// True if the strides are the dense row-major ones for the sizes. Strides of size-1 dims
// never matter, and neither do any strides of a 0-sized memref. The sizes must already be
// checked: non-negative, with an element count that fits in int64.
bool isDenseRowMajor(const MemrefView &memref);

// Copies the elements of `memref`, in row-major index order, into dense `dst`. Works for
// any strides (including negative ones); `dst` holds product(sizes) elements.
void copyToDense(const MemrefView &memref, size_t elementSize, void *dst);

} // namespace mcc::rt

#endif // MCC_RUNTIME_MEMREF_H
