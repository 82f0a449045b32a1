#include "Tensor.h"

#include "Shape.h"
#include "Status.h"

#include <cstdlib>
#include <cstring>
#include <memory>

mcc_tensor::~mcc_tensor() { std::free(owned); }

namespace mcc::rt {

void *allocateData(size_t bytes) noexcept {
  size_t rounded = (bytes + kDataAlignment - 1) / kDataAlignment * kDataAlignment;
  if (rounded < bytes)
    return nullptr; // overflow
  return std::aligned_alloc(kDataAlignment, rounded ? rounded : kDataAlignment);
}

mcc_tensor *newTensor(mcc_dtype dtype, const int64_t *dims, size_t rank, void *data, void *owned) {
  auto tensor = std::make_unique<mcc_tensor>();
  tensor->dtype = dtype;
  tensor->dims.assign(dims, dims + rank);
  auto size = shapeSize(dims, rank, mcc_dtype_size(dtype));
  tensor->numElements = size->numElements;
  tensor->sizeBytes = size->numBytes;
  tensor->data = data;
  tensor->owned = owned;
  return tensor.release();
}

// Checks the arguments shared by create and wrap; on success `size` is the shape size.
static mcc_status *checkTensorArgs(mcc_dtype dtype, const int64_t *dims, size_t rank,
                                   mcc_tensor **out, ShapeSize &size) {
  if (!out)
    return makeStatus(MCC_INVALID_ARGUMENT, "tensor: output pointer is NULL");
  *out = nullptr;
  if (mcc_dtype_size(dtype) == 0)
    return makeStatus(MCC_INVALID_ARGUMENT,
                      "tensor: invalid dtype " + std::to_string(static_cast<int>(dtype)));
  if (rank > 0 && !dims)
    return makeStatus(MCC_INVALID_ARGUMENT,
                      "tensor: dims is NULL for rank " + std::to_string(rank));
  auto checked = shapeSize(dims, rank, mcc_dtype_size(dtype));
  if (!checked) {
    for (size_t i = 0; i < rank; ++i)
      if (dims[i] < 0)
        return makeStatus(MCC_INVALID_ARGUMENT,
                          "tensor: dims must be >= 0, got " + formatShape(dims, rank));
    return makeStatus(MCC_INVALID_ARGUMENT, "tensor: shape " + formatShape(dims, rank) + " of " +
                                                mcc_dtype_name(dtype) + " is too large");
  }
  size = *checked;
  return nullptr;
}

} // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_status *mcc_tensor_create(mcc_dtype dtype, const int64_t *dims, size_t rank, mcc_tensor **out) {
  return guard([&]() -> mcc_status * {
    ShapeSize size;
    if (mcc_status *error = checkTensorArgs(dtype, dims, rank, out, size))
      return error;
    std::unique_ptr<void, decltype(&std::free)> data(allocateData(size.numBytes), &std::free);
    if (!data)
      return makeStatus(MCC_OUT_OF_MEMORY,
                        "tensor: cannot allocate " + std::to_string(size.numBytes) + " bytes");
    std::memset(data.get(), 0, size.numBytes);
    *out = newTensor(dtype, dims, rank, data.get(), data.get());
    data.release();
    return nullptr;
  });
}

mcc_status *mcc_tensor_wrap(mcc_dtype dtype, const int64_t *dims, size_t rank, void *data,
                            size_t size_bytes, mcc_tensor **out) {
  return guard([&]() -> mcc_status * {
    ShapeSize size;
    if (mcc_status *error = checkTensorArgs(dtype, dims, rank, out, size))
      return error;
    std::string shape = formatShape(dims, rank) + " of " + mcc_dtype_name(dtype);
    if (size_bytes != size.numBytes)
      return makeStatus(MCC_INVALID_ARGUMENT, "tensor: buffer of " + std::to_string(size_bytes) +
                                                  " bytes does not match shape " + shape + " (" +
                                                  std::to_string(size.numBytes) + " bytes)");
    if (!data && size.numBytes > 0)
      return makeStatus(MCC_INVALID_ARGUMENT, "tensor: data is NULL for shape " + shape);
    if (reinterpret_cast<uintptr_t>(data) % mcc_dtype_size(dtype) != 0)
      return makeStatus(MCC_INVALID_ARGUMENT, "tensor: data is not aligned to the " +
                                                  std::to_string(mcc_dtype_size(dtype)) +
                                                  "-byte element size");
    *out = newTensor(dtype, dims, rank, data, nullptr);
    return nullptr;
  });
}

void mcc_tensor_free(mcc_tensor *tensor) { delete tensor; }

mcc_dtype mcc_tensor_dtype(const mcc_tensor *tensor) {
  return tensor ? tensor->dtype : MCC_DTYPE_UNDEFINED;
}

size_t mcc_tensor_rank(const mcc_tensor *tensor) { return tensor ? tensor->dims.size() : 0; }

const int64_t *mcc_tensor_dims(const mcc_tensor *tensor) {
  return tensor ? tensor->dims.data() : nullptr;
}

size_t mcc_tensor_num_elements(const mcc_tensor *tensor) {
  return tensor ? tensor->numElements : 0;
}

size_t mcc_tensor_size_bytes(const mcc_tensor *tensor) { return tensor ? tensor->sizeBytes : 0; }

void *mcc_tensor_data(const mcc_tensor *tensor) { return tensor ? tensor->data : nullptr; }

} // extern "C"
