#include "Memref.h"

#include <cstring>
#include <vector>

namespace mcc::rt {

// Pointers travel through int64 words by memcpy: no aliasing games with the descriptor.
static void putPointer(int64_t *word, const void *pointer) {
  std::memcpy(word, &pointer, sizeof(pointer));
}

static void *getPointer(const int64_t *word) {
  void *pointer;
  std::memcpy(&pointer, word, sizeof(pointer));
  return pointer;
}

static_assert(sizeof(void *) == sizeof(int64_t), "memref descriptors assume 64-bit pointers");

void writeDenseDescriptor(int64_t *words, void *data, const int64_t *dims, size_t rank) {
  putPointer(&words[0], data);
  putPointer(&words[1], data);
  words[2] = 0;
  int64_t *sizes = words + 3;
  int64_t *strides = words + 3 + rank;
  // Unsigned: a 0-sized tensor may have other dims whose product overflows; its strides
  // are never used, but computing them must not be undefined behaviour.
  uint64_t stride = 1;
  for (size_t i = rank; i-- > 0;) {
    sizes[i] = dims[i];
    strides[i] = static_cast<int64_t>(stride);
    stride *= static_cast<uint64_t>(dims[i]);
  }
}

MemrefView readDescriptor(const int64_t *words, size_t rank) {
  return MemrefView{getPointer(&words[0]),
                    static_cast<char *>(getPointer(&words[1])),
                    words[2],
                    words + 3,
                    words + 3 + rank,
                    rank};
}

bool isDenseRowMajor(const MemrefView &memref) {
  for (size_t i = 0; i < memref.rank; ++i)
    if (memref.sizes[i] == 0)
      return true;
  // With no zero dim, the caller has checked the element count fits: no overflow below.
  int64_t expected = 1;
  for (size_t i = memref.rank; i-- > 0;) {
    if (memref.sizes[i] != 1 && memref.strides[i] != expected)
      return false;
    expected *= memref.sizes[i];
  }
  return true;
}

void copyToDense(const MemrefView &memref, size_t elementSize, void *dst) {
  size_t rank = memref.rank;
  for (size_t i = 0; i < rank; ++i)
    if (memref.sizes[i] == 0)
      return;
  char *out = static_cast<char *>(dst);
  const char *base = memref.aligned;
  if (rank == 0) {
    std::memcpy(out, base + memref.offset * static_cast<int64_t>(elementSize), elementSize);
    return;
  }
  // Odometer over all dims but the innermost, which is a contiguous run when its stride is 1.
  std::vector<int64_t> index(rank, 0);
  size_t inner = rank - 1;
  int64_t innerSize = memref.sizes[inner];
  int64_t innerStride = memref.strides[inner];
  auto esize = static_cast<int64_t>(elementSize);
  while (true) {
    int64_t start = memref.offset;
    for (size_t i = 0; i < inner; ++i)
      start += index[i] * memref.strides[i];
    if (innerStride == 1) {
      std::memcpy(out, base + start * esize, static_cast<size_t>(innerSize * esize));
      out += innerSize * esize;
    } else {
      for (int64_t j = 0; j < innerSize; ++j, out += esize)
        std::memcpy(out, base + (start + j * innerStride) * esize, elementSize);
    }
    size_t dim = inner;
    while (dim > 0) {
      --dim;
      if (++index[dim] < memref.sizes[dim])
        break;
      index[dim] = 0;
      if (dim == 0)
        return;
    }
    if (inner == 0)
      return;
  }
}

} // namespace mcc::rt
