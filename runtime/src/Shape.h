// Shape arithmetic and formatting shared by tensors, the loader and the run path.
#ifndef MCC_RUNTIME_SHAPE_H
#define MCC_RUNTIME_SHAPE_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace mcc::rt {

// "[?, 3, 224, 224]": -1 prints as '?'.
std::string formatShape(const int64_t *dims, size_t rank);

// The element count of a shape with all dims >= 0 and its size in bytes, or nullopt if a
// dim is negative or the byte size overflows size_t.
struct ShapeSize {
  size_t numElements;
  size_t numBytes;
};
std::optional<ShapeSize> shapeSize(const int64_t *dims, size_t rank, size_t elementSize);

} // namespace mcc::rt

#endif // MCC_RUNTIME_SHAPE_H
