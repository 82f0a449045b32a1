// libFuzzer target: bytes as a .npz archive through mcc-run --train's reader
// (mcc::npy::parseNpz). A malformed archive must throw mcc::npy::Error and nothing else.
#include "mcc/npy.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  try {
    mcc::npy::parseNpz(data, size, "fuzz.npz");
  } catch (const mcc::npy::Error &) {
  }
  return 0;
}
