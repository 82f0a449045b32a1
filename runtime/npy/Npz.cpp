// The .npz format: a ZIP archive with one NAME.npy member per array, as numpy.savez writes
// it (members stored, not compressed; ZIP64 sizes, which numpy forces). We read the
// central directory, not the local headers, since only it always carries the sizes. Every
// offset and size is bounds-checked: a hostile archive gets an Error, never a bad read.
#include "mcc/npy.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace mcc::npy {
namespace {

uint64_t readLe(const unsigned char *p, size_t bytes) {
  uint64_t value = 0;
  for (size_t i = 0; i < bytes; ++i)
    value |= static_cast<uint64_t>(p[i]) << (8 * i);
  return value;
}

struct Bytes {
  const unsigned char *data;
  size_t size;
  const std::string &source;

  // `length` bytes at `offset`, or an Error saying what was being read.
  const unsigned char *at(uint64_t offset, uint64_t length, const char *what) const {
    if (offset > size || length > size - offset)
      throw Error(source + ": truncated or corrupt .npz (" + what + " out of bounds)");
    return data + offset;
  }
};

constexpr uint32_t kEndOfDirectory = 0x06054b50, kZip64End = 0x06064b50,
                   kZip64Locator = 0x07064b50, kDirectoryEntry = 0x02014b50,
                   kLocalHeader = 0x04034b50;

} // namespace

std::vector<std::pair<std::string, Array>> parseNpz(const void *raw, size_t size,
                                                    const std::string &source) {
  Bytes bytes{static_cast<const unsigned char *>(raw), size, source};
  // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KiB.
  if (size < 22)
    throw Error(source + ": not a .npz file (too short)");
  int64_t end = -1;
  for (int64_t at = static_cast<int64_t>(size) - 22;
       at >= 0 && at >= static_cast<int64_t>(size) - 22 - 65535; --at)
    if (readLe(bytes.data + at, 4) == kEndOfDirectory) {
      end = at;
      break;
    }
  if (end < 0)
    throw Error(source + ": not a .npz file (no ZIP directory)");
  const unsigned char *eocd = bytes.at(end, 22, "directory end");
  uint64_t entries = readLe(eocd + 10, 2), directory = readLe(eocd + 16, 4);
  if (entries == 0xFFFF || directory == 0xFFFFFFFF) {
    if (end < 20 || readLe(bytes.at(end - 20, 20, "ZIP64 locator"), 4) != kZip64Locator)
      throw Error(source + ": corrupt .npz (ZIP64 locator missing)");
    uint64_t record = readLe(bytes.data + end - 20 + 8, 8);
    const unsigned char *z = bytes.at(record, 56, "ZIP64 directory end");
    if (readLe(z, 4) != kZip64End)
      throw Error(source + ": corrupt .npz (bad ZIP64 directory end)");
    entries = readLe(z + 32, 8);
    directory = readLe(z + 48, 8);
  }
  if (entries > size / 46)
    throw Error(source + ": corrupt .npz (" + std::to_string(entries) + " entries)");

  std::vector<std::pair<std::string, Array>> arrays;
  std::set<std::string> names;
  uint64_t at = directory;
  for (uint64_t i = 0; i < entries; ++i) {
    const unsigned char *e = bytes.at(at, 46, "directory entry");
    if (readLe(e, 4) != kDirectoryEntry)
      throw Error(source + ": corrupt .npz (bad directory entry)");
    uint64_t method = readLe(e + 10, 2), compressed = readLe(e + 20, 4),
             uncompressed = readLe(e + 24, 4), nameLength = readLe(e + 28, 2),
             extraLength = readLe(e + 30, 2), commentLength = readLe(e + 32, 2),
             local = readLe(e + 42, 4);
    std::string name(reinterpret_cast<const char *>(bytes.at(at + 46, nameLength, "name")),
                     nameLength);
    // ZIP64 extra field: the 8-byte values of whichever fields read 0xFFFFFFFF, in order.
    const unsigned char *extra = bytes.at(at + 46 + nameLength, extraLength, "extra field");
    for (uint64_t x = 0; x + 4 <= extraLength;) {
      uint64_t id = readLe(extra + x, 2), length = readLe(extra + x + 2, 2);
      if (x + 4 + length > extraLength)
        throw Error(source + ": corrupt .npz (bad extra field of '" + name + "')");
      if (id == 1) {
        uint64_t field = x + 4;
        for (uint64_t *value : {&uncompressed, &compressed, &local})
          if (*value == 0xFFFFFFFF) {
            if (field + 8 > x + 4 + length)
              throw Error(source + ": corrupt .npz (short ZIP64 field of '" + name + "')");
            *value = readLe(extra + field, 8);
            field += 8;
          }
      }
      x += 4 + length;
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (method != 0)
      throw Error(source + ": member '" + name +
                  "' is compressed; write the file with numpy.savez, not savez_compressed");
    if (compressed != uncompressed)
      throw Error(source + ": corrupt .npz (sizes of '" + name + "' disagree)");
    const unsigned char *header = bytes.at(local, 30, "local header");
    if (readLe(header, 4) != kLocalHeader)
      throw Error(source + ": corrupt .npz (bad local header of '" + name + "')");
    uint64_t dataStart = local + 30 + readLe(header + 26, 2) + readLe(header + 28, 2);
    const unsigned char *data = bytes.at(dataStart, uncompressed, "member data");
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".npy") == 0)
      name.resize(name.size() - 4);
    if (!names.insert(name).second)
      throw Error(source + ": array '" + name + "' appears twice");
    arrays.emplace_back(name, parse(data, uncompressed, source + ":" + name));
  }
  return arrays;
}

std::vector<std::pair<std::string, Array>> readNpz(const std::string &path) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored))
    throw Error("cannot read '" + path + "': is a directory");
  std::ifstream file(path, std::ios::binary);
  if (!file)
    throw Error("cannot open '" + path + "': " + std::strerror(errno));
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(file)),
                                   std::istreambuf_iterator<char>());
  if (file.bad())
    throw Error("cannot read '" + path + "'");
  return parseNpz(bytes.data(), bytes.size(), path);
}

} // namespace mcc::npy
