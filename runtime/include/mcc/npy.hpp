// Reading and writing NumPy .npy files, the format mcc-run and the examples exchange tensors
// in. Not part of libmcc_runtime: it lives in the small static library mcc_npy (CMake
// target mcc::npy) so the runtime stays free of file formats.
//
// Supported: format versions 1.0, 2.0 and 3.0; C order; little-endian (or byte-order-free)
// dtypes f2 f4 f8 i1 i2 i4 i8 u1 u2 u4 u8 b1. Parsing is strict and bounds-checked: any
// malformed, truncated or unsupported input throws mcc::npy::Error naming its source, and
// nothing else (it is meant to survive fuzzing).
#ifndef MCC_NPY_HPP
#define MCC_NPY_HPP

#include "mcc/model_abi.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace mcc::npy {

class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// A dense C-order array; `data` holds product(shape) elements, little-endian.
struct Array {
  mcc_dtype dtype = MCC_DTYPE_UNDEFINED;
  std::vector<int64_t> shape;
  std::vector<unsigned char> data;
};

// Parses the bytes of a whole .npy file. `source` (a path) names it in error messages.
Array parse(const void *bytes, size_t size, const std::string &source);

// Reads and parses the file at `path`.
Array read(const std::string &path);

// The bytes of a .npy file holding `data` (product(shape) elements of `dtype`). Throws
// Error if .npy has no matching dtype (bf16) or size_bytes does not match the shape.
std::vector<unsigned char> serialize(mcc_dtype dtype, const std::vector<int64_t> &shape,
                                     const void *data, size_t size_bytes);

// Writes serialize(...) to `path`, replacing the file.
void write(const std::string &path, mcc_dtype dtype, const std::vector<int64_t> &shape,
           const void *data, size_t size_bytes);

// The arrays of a .npz archive (numpy.savez: stored members NAME.npy), in archive order,
// named without the ".npy". Compressed members (savez_compressed) are an Error.
std::vector<std::pair<std::string, Array>> parseNpz(const void *bytes, size_t size,
                                                    const std::string &source);
std::vector<std::pair<std::string, Array>> readNpz(const std::string &path);

// The .npy dtype string for `dtype` ("<f4", "|b1", ...), or nullptr if .npy has none.
const char *descr(mcc_dtype dtype);

} // namespace mcc::npy

#endif // MCC_NPY_HPP
