// libFuzzer target: bytes as a training checkpoint through the parser the runtime's
// mcc_trainer_load and `mcc --weights` use. A malformed file must give an error message;
// a file that parses must serialize back to the very same bytes.
#include "Checkpoint.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::vector<mcc::rt::CheckpointEntry> entries;
  const char *bytes = reinterpret_cast<const char *>(data);
  if (!mcc::rt::parseCheckpoint(bytes, size, entries).empty())
    return 0;
  if (mcc::rt::serializeCheckpoint(entries) != std::string(bytes, size)) {
    std::fprintf(stderr, "checkpoint fuzz: a parsed checkpoint does not serialize back\n");
    std::abort();
  }
  return 0;
}
