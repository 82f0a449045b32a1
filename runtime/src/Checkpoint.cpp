#include "Checkpoint.h"

#include "Shape.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mcc::rt {

namespace {
constexpr char kMagic[8] = {'M', 'C', 'C', 'C', 'K', 'P', 'T', '1'};
constexpr uint32_t kMaxRank = 64;
constexpr uint32_t kMaxNameLength = 1 << 16;

uint64_t fnv1a(const char *data, size_t size) {
  uint64_t hash = 1469598103934665603ull;
  for (size_t i = 0; i < size; ++i) {
    hash ^= static_cast<unsigned char>(data[i]);
    hash *= 1099511628211ull;
  }
  return hash;
}

template <typename T> void put(std::string &out, T value) {
  out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

// A bounds-checked reader over the file's bytes.
struct Reader {
  const char *data;
  size_t size, at = 0;
  template <typename T> bool get(T &value) {
    if (size - at < sizeof(T))
      return false;
    std::memcpy(&value, data + at, sizeof(T));
    at += sizeof(T);
    return true;
  }
  bool skip(uint64_t bytes, const char *&where) {
    if (size - at < bytes)
      return false;
    where = data + at;
    at += bytes;
    return true;
  }
};

std::string errnoMessage(const std::string &what, const std::string &path) {
  return what + " '" + path + "': " + std::strerror(errno);
}
} // namespace

std::string serializeCheckpoint(const std::vector<CheckpointEntry> &entries) {
  std::string out(kMagic, sizeof(kMagic));
  put<uint32_t>(out, static_cast<uint32_t>(entries.size()));
  for (const CheckpointEntry &e : entries) {
    put<uint32_t>(out, static_cast<uint32_t>(e.name.size()));
    out += e.name;
    put<int32_t>(out, e.dtype);
    put<uint32_t>(out, static_cast<uint32_t>(e.dims.size()));
    for (int64_t d : e.dims)
      put<int64_t>(out, d);
    put<uint64_t>(out, e.bytes);
    out.append(e.data, e.bytes);
  }
  put<uint64_t>(out, fnv1a(out.data(), out.size()));
  return out;
}

std::string parseCheckpoint(const char *data, size_t size, std::vector<CheckpointEntry> &entries) {
  entries.clear();
  if (size < sizeof(kMagic) + 4 + 8 || std::memcmp(data, kMagic, sizeof(kMagic)) != 0)
    return "not an mcc checkpoint (bad magic)";
  uint64_t stored;
  std::memcpy(&stored, data + size - 8, 8);
  if (fnv1a(data, size - 8) != stored)
    return "checksum mismatch: the file is corrupt or truncated";
  Reader r{data, size - 8, sizeof(kMagic)};
  uint32_t count;
  if (!r.get(count))
    return "truncated header";
  for (uint32_t i = 0; i < count; ++i) {
    CheckpointEntry e;
    uint32_t nameLength, rank;
    int32_t dtype;
    const char *name;
    if (!r.get(nameLength) || nameLength > kMaxNameLength || !r.skip(nameLength, name))
      return "entry " + std::to_string(i) + ": bad name";
    e.name.assign(name, nameLength);
    // Range-checked before the cast: an int outside the enum's values is no mcc_dtype.
    if (!r.get(dtype) || dtype < 0 || dtype > MCC_DTYPE_BF16 ||
        mcc_dtype_size(static_cast<mcc_dtype>(dtype)) == 0)
      return "entry '" + e.name + "': bad dtype";
    e.dtype = static_cast<mcc_dtype>(dtype);
    if (!r.get(rank) || rank > kMaxRank)
      return "entry '" + e.name + "': bad rank";
    e.dims.resize(rank);
    for (int64_t &d : e.dims)
      if (!r.get(d))
        return "entry '" + e.name + "': truncated dims";
    auto shape = shapeSize(e.dims.data(), rank, mcc_dtype_size(e.dtype));
    if (!shape)
      return "entry '" + e.name + "': invalid dims " + formatShape(e.dims.data(), rank);
    if (!r.get(e.bytes) || e.bytes != shape->numBytes || !r.skip(e.bytes, e.data))
      return "entry '" + e.name + "': data size does not match its shape";
    entries.push_back(std::move(e));
  }
  if (r.at != r.size)
    return "trailing bytes after the last entry";
  return "";
}

std::string writeFileAtomically(const std::string &path, const std::string &contents) {
  size_t slash = path.rfind('/');
  std::string folder = slash == std::string::npos ? "." : path.substr(0, slash ? slash : 1);
  std::string temp = path + ".tmp-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0)
    return errnoMessage("cannot create a temporary file next to", path);
  // mkstemp makes the file private; a checkpoint gets the usual permissions.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      std::string error = errnoMessage("cannot write", temp);
      close(fd);
      unlink(temp.c_str());
      return error;
    }
    written += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    std::string error = errnoMessage("cannot sync", temp);
    unlink(temp.c_str());
    return error;
  }
  if (rename(temp.c_str(), path.c_str()) != 0) {
    std::string error = errnoMessage("cannot rename the temporary file to", path);
    unlink(temp.c_str());
    return error;
  }
  // The rename itself is durable only once the folder is synced.
  int dir = open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    fsync(dir);
    close(dir);
  }
  return "";
}

std::string readWholeFile(const std::string &path, uint64_t limit, std::string &contents) {
  int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0)
    return errnoMessage("cannot open", path);
  struct stat info;
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return "'" + path + "' is not a regular file";
  }
  if (static_cast<uint64_t>(info.st_size) > limit) {
    close(fd);
    return "'" + path + "' is larger than " + std::to_string(limit) + " bytes";
  }
  contents.resize(static_cast<size_t>(info.st_size));
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = read(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      std::string error = errnoMessage("cannot read", path);
      close(fd);
      return error;
    }
    done += static_cast<size_t>(n);
  }
  close(fd);
  return "";
}

} // namespace mcc::rt
