#include "Shape.h"

#include <cstdint>

namespace mcc::rt {

std::string formatShape(const int64_t *dims, size_t rank) {
  std::string text = "[";
  for (size_t i = 0; i < rank; ++i) {
    if (i)
      text += ", ";
    text += dims[i] == -1 ? std::string("?") : std::to_string(dims[i]);
  }
  return text + "]";
}

std::optional<ShapeSize> shapeSize(const int64_t *dims, size_t rank, size_t elementSize) {
  size_t elements = 1;
  for (size_t i = 0; i < rank; ++i) {
    if (dims[i] < 0 || __builtin_mul_overflow(elements, static_cast<uint64_t>(dims[i]), &elements))
      return std::nullopt;
  }
  size_t bytes;
  // Offsets and strides are int64 in memref descriptors: keep byte sizes below that.
  if (__builtin_mul_overflow(elements, elementSize, &bytes) || bytes > PTRDIFF_MAX)
    return std::nullopt;
  return ShapeSize{elements, bytes};
}

} // namespace mcc::rt
