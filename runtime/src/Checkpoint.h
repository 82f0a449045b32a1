// Training checkpoints: a named list of tensors in one file with a checksum.
//
//   "MCCCKPT1" | u32 count | count x (u32 name_len, name, i32 dtype, u32 rank,
//   i64 dims[rank], u64 bytes, data) | u64 FNV-1a of everything before it
//
// Little-endian, as every machine the runtime runs on. Parsing is separate from file I/O so
// that a fuzzer can feed it bytes directly.
#ifndef MCC_RUNTIME_CHECKPOINT_H
#define MCC_RUNTIME_CHECKPOINT_H

#include "mcc/runtime.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mcc::rt {

// One named tensor of a checkpoint; `data` points to `bytes` bytes it does not own.
struct CheckpointEntry {
  std::string name;
  mcc_dtype dtype = MCC_DTYPE_UNDEFINED;
  std::vector<int64_t> dims;
  const char *data = nullptr;
  uint64_t bytes = 0;
};

// The serialized checkpoint of `entries`.
std::string serializeCheckpoint(const std::vector<CheckpointEntry> &entries);

// Parses `size` bytes; on success `entries` point into `data`. Returns an error message,
// or an empty string on success.
std::string parseCheckpoint(const char *data, size_t size, std::vector<CheckpointEntry> &entries);

// Writes `contents` to `path` atomically: a temporary file in the same folder, fsync,
// rename over `path`, fsync of the folder. Returns an error message or "".
std::string writeFileAtomically(const std::string &path, const std::string &contents);

// Reads a whole file (at most `limit` bytes). Returns an error message or "".
std::string readWholeFile(const std::string &path, uint64_t limit, std::string &contents);

} // namespace mcc::rt

#endif // MCC_RUNTIME_CHECKPOINT_H
