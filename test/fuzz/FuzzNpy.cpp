// libFuzzer target: bytes as a .npy file through mcc-run's reader (mcc::npy::parse). A
// malformed file must throw mcc::npy::Error and nothing else; a file that parses must
// write back (mcc::npy::serialize) as a file that parses to the same array.
#include "mcc/npy.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mcc::npy::Array array;
  try {
    array = mcc::npy::parse(data, size, "fuzz.npy");
  } catch (const mcc::npy::Error &) {
    return 0;
  }
  std::vector<unsigned char> bytes =
      mcc::npy::serialize(array.dtype, array.shape, array.data.data(), array.data.size());
  mcc::npy::Array again = mcc::npy::parse(bytes.data(), bytes.size(), "serialized.npy");
  if (again.dtype != array.dtype || again.shape != array.shape || again.data != array.data) {
    std::fprintf(stderr, "npy fuzz: a parsed array does not survive serialize + parse\n");
    std::abort();
  }
  return 0;
}
