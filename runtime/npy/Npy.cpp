// The .npy format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
//
// A file is: "\x93NUMPY", major and minor version bytes, the header length (2 bytes
// little-endian in 1.0, 4 bytes in 2.0/3.0), then a header that is a Python dict literal
// such as {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), } padded with spaces
// and a newline, then the raw data. We parse the dict with a small strict scanner rather
// than anything resembling eval: it accepts exactly the three keys, once each.
#include "mcc/npy.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "the .npy reader assumes a little-endian host");

namespace mcc::npy {
namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;

struct DescrEntry {
  const char *code; // type code and size, without the byte-order character
  mcc_dtype dtype;
  size_t size;
};

constexpr DescrEntry kDescrs[] = {
    {"f2", MCC_DTYPE_F16, 2}, {"f4", MCC_DTYPE_F32, 4}, {"f8", MCC_DTYPE_F64, 8},
    {"i1", MCC_DTYPE_I8, 1},  {"i2", MCC_DTYPE_I16, 2}, {"i4", MCC_DTYPE_I32, 4},
    {"i8", MCC_DTYPE_I64, 8}, {"u1", MCC_DTYPE_U8, 1},  {"u2", MCC_DTYPE_U16, 2},
    {"u4", MCC_DTYPE_U32, 4}, {"u8", MCC_DTYPE_U64, 8}, {"b1", MCC_DTYPE_BOOL, 1},
};

const DescrEntry *findDtype(mcc_dtype dtype) {
  for (const DescrEntry &entry : kDescrs)
    if (entry.dtype == dtype)
      return &entry;
  return nullptr;
}

// The parsed header dict.
struct Header {
  std::optional<std::string> descr;
  std::optional<bool> fortranOrder;
  std::optional<std::vector<int64_t>> shape;
};

// A cursor over the header text that throws Error on anything unexpected.
class HeaderScanner {
public:
  HeaderScanner(const std::string &text, const std::string &source)
      : text_(text), source_(source) {}

  Header parse() {
    Header header;
    skipSpace();
    expect('{');
    while (true) {
      skipSpace();
      if (peek() == '}')
        break;
      std::string key = parseString();
      skipSpace();
      expect(':');
      skipSpace();
      if (key == "descr") {
        setOnce(header.descr, parseString(), key);
      } else if (key == "fortran_order") {
        setOnce(header.fortranOrder, parseBool(), key);
      } else if (key == "shape") {
        setOnce(header.shape, parseShape(), key);
      } else {
        fail("unexpected key '" + key + "'");
      }
      skipSpace();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() != '}')
        fail("expected ',' or '}'");
    }
    ++pos_; // '}'
    skipSpace();
    if (pos_ != text_.size())
      fail("unexpected text after the header dict");
    if (!header.descr || !header.fortranOrder || !header.shape)
      fail(std::string("missing key '") +
           (!header.descr          ? "descr"
            : !header.fortranOrder ? "fortran_order"
                                   : "shape") +
           "'");
    return header;
  }

private:
  [[noreturn]] void fail(const std::string &what) const {
    throw Error(source_ + ": malformed .npy header: " + what + " at offset " +
                std::to_string(pos_));
  }

  template <typename T> void setOnce(std::optional<T> &slot, T value, const std::string &key) {
    if (slot)
      fail("duplicate key '" + key + "'");
    slot = std::move(value);
  }

  // 0 at the end, so callers can compare without a bounds check of their own.
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }

  void expect(char c) {
    if (peek() != c)
      fail(std::string("expected '") + c + "'");
    ++pos_;
  }

  // A Python str literal in single or double quotes, without escapes (none of the values
  // numpy writes need them).
  std::string parseString() {
    char quote = peek();
    if (quote != '\'' && quote != '"')
      fail("expected a quoted string");
    size_t start = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (text_[pos_] == '\\')
        fail("escape sequences are not supported");
      ++pos_;
    }
    if (pos_ >= text_.size())
      fail("unterminated string");
    return text_.substr(start, pos_++ - start);
  }

  bool parseBool() {
    if (text_.compare(pos_, 4, "True") == 0) {
      pos_ += 4;
      return true;
    }
    if (text_.compare(pos_, 5, "False") == 0) {
      pos_ += 5;
      return false;
    }
    fail("expected True or False");
  }

  // A tuple of non-negative ints: (), (3,), (2, 3) (a trailing comma is optional).
  std::vector<int64_t> parseShape() {
    std::vector<int64_t> shape;
    expect('(');
    while (true) {
      skipSpace();
      if (peek() == ')')
        break;
      shape.push_back(parseDim());
      skipSpace();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() != ')')
        fail("expected ',' or ')' in shape");
    }
    ++pos_; // ')'
    return shape;
  }

  int64_t parseDim() {
    if (peek() < '0' || peek() > '9')
      fail("expected a non-negative integer in shape");
    int64_t value = 0;
    while (peek() >= '0' && peek() <= '9') {
      if (__builtin_mul_overflow(value, 10, &value) ||
          __builtin_add_overflow(value, peek() - '0', &value))
        fail("shape dimension too large");
      ++pos_;
    }
    return value;
  }

  const std::string &text_;
  const std::string &source_;
  size_t pos_ = 0;
};

// Maps a descr such as '<f4' to its dtype and element size.
const DescrEntry &parseDescr(const std::string &descr, const std::string &source) {
  auto unsupported = [&](const std::string &why) -> Error {
    return Error(source + ": unsupported .npy dtype '" + descr + "'" + why);
  };
  if (descr.size() != 3)
    throw unsupported("");
  char order = descr[0];
  for (const DescrEntry &entry : kDescrs) {
    if (descr.compare(1, 2, entry.code) != 0)
      continue;
    bool byteFree = entry.size == 1; // byte order means nothing for 1-byte types
    if (order == '<' || order == '=' || (byteFree && (order == '|' || order == '>')))
      return entry;
    if (order == '>')
      throw unsupported(" (big-endian; convert with arr.astype(arr.dtype.newbyteorder('<')))");
    throw unsupported("");
  }
  throw unsupported("");
}

uint32_t readLittleEndian(const unsigned char *bytes, size_t count) {
  uint32_t value = 0;
  for (size_t i = count; i-- > 0;)
    value = value << 8 | bytes[i];
  return value;
}

std::string shapeText(const std::vector<int64_t> &shape) {
  std::string text = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    text += (i ? ", " : "") + std::to_string(shape[i]);
  return text + (shape.size() == 1 ? ",)" : ")");
}

} // namespace

const char *descr(mcc_dtype dtype) {
  static const char *const strings[] = {"<f2", "<f4", "<f8", "|i1", "<i2", "<i4",
                                        "<i8", "|u1", "<u2", "<u4", "<u8", "|b1"};
  static_assert(std::size(strings) == std::size(kDescrs));
  for (size_t i = 0; i < std::size(kDescrs); ++i)
    if (kDescrs[i].dtype == dtype)
      return strings[i];
  return nullptr;
}

Array parse(const void *bytes, size_t size, const std::string &source) {
  const auto *data = static_cast<const unsigned char *>(bytes);
  if (size < kMagicSize + 2 || std::memcmp(data, kMagic, kMagicSize) != 0)
    throw Error(source + ": not a .npy file (bad magic)");
  unsigned major = data[kMagicSize], minor = data[kMagicSize + 1];
  if (major < 1 || major > 3 || minor != 0)
    throw Error(source + ": unsupported .npy version " + std::to_string(major) + "." +
                std::to_string(minor));
  size_t lengthBytes = major == 1 ? 2 : 4;
  size_t prefix = kMagicSize + 2 + lengthBytes;
  if (size < prefix)
    throw Error(source + ": truncated .npy header");
  size_t headerLength = readLittleEndian(data + kMagicSize + 2, lengthBytes);
  if (headerLength > size - prefix)
    throw Error(source + ": truncated .npy header (" + std::to_string(headerLength) +
                " bytes declared, " + std::to_string(size - prefix) + " present)");

  std::string text(reinterpret_cast<const char *>(data + prefix), headerLength);
  Header header = HeaderScanner(text, source).parse();
  if (*header.fortranOrder)
    throw Error(source + ": fortran_order=True arrays are not supported; save a C-order "
                         "array (np.ascontiguousarray)");
  const DescrEntry &entry = parseDescr(*header.descr, source);

  size_t expected = entry.size;
  for (int64_t dim : *header.shape)
    if (__builtin_mul_overflow(expected, static_cast<uint64_t>(dim), &expected))
      throw Error(source + ": shape " + shapeText(*header.shape) + " is too large");
  size_t available = size - prefix - headerLength;
  if (available != expected)
    throw Error(source + ": data is " + std::to_string(available) + " bytes, expected " +
                std::to_string(expected) + " for shape " + shapeText(*header.shape) + " of '" +
                *header.descr + "'" + (available < expected ? " (truncated file)" : ""));

  Array array;
  array.dtype = entry.dtype;
  array.shape = std::move(*header.shape);
  const unsigned char *payload = data + prefix + headerLength;
  array.data.assign(payload, payload + expected);
  return array;
}

Array read(const std::string &path) {
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
  return parse(bytes.data(), bytes.size(), path);
}

std::vector<unsigned char> serialize(mcc_dtype dtype, const std::vector<int64_t> &shape,
                                     const void *data, size_t size_bytes) {
  const DescrEntry *entry = findDtype(dtype);
  if (!entry)
    throw Error(std::string(".npy has no dtype for ") +
                (dtype == MCC_DTYPE_BF16 ? "bf16" : "dtype " + std::to_string(dtype)));
  size_t expected = entry->size;
  for (int64_t dim : shape)
    if (dim < 0 || __builtin_mul_overflow(expected, static_cast<uint64_t>(dim), &expected))
      throw Error("invalid shape " + shapeText(shape) + " for .npy");
  if (size_bytes != expected)
    throw Error("data is " + std::to_string(size_bytes) + " bytes, expected " +
                std::to_string(expected) + " for shape " + shapeText(shape));

  std::string header = std::string("{'descr': '") + descr(dtype) +
                       "', 'fortran_order': False, 'shape': " + shapeText(shape) + ", }";
  // Pad with spaces and end in '\n' so the data starts on a 64-byte boundary, as numpy
  // does. Version 1.0 unless the header outgrows its 2-byte length field.
  auto paddedLength = [&](size_t prefix) {
    return (prefix + header.size() + 1 + 63) / 64 * 64 - prefix;
  };
  size_t lengthBytes = paddedLength(kMagicSize + 4) > 65535 ? 4 : 2;
  size_t prefix = kMagicSize + 2 + lengthBytes;
  size_t padded = paddedLength(prefix);
  header.append(padded - header.size() - 1, ' ');
  header += '\n';

  std::vector<unsigned char> bytes(kMagic, kMagic + kMagicSize);
  bytes.push_back(lengthBytes == 2 ? 1 : 2);
  bytes.push_back(0);
  for (size_t i = 0; i < lengthBytes; ++i)
    bytes.push_back(static_cast<unsigned char>(header.size() >> (8 * i)));
  bytes.insert(bytes.end(), header.begin(), header.end());
  const auto *payload = static_cast<const unsigned char *>(data);
  bytes.insert(bytes.end(), payload, payload + size_bytes);
  return bytes;
}

void write(const std::string &path, mcc_dtype dtype, const std::vector<int64_t> &shape,
           const void *data, size_t size_bytes) {
  std::vector<unsigned char> bytes;
  try {
    bytes = serialize(dtype, shape, data, size_bytes);
  } catch (const Error &e) {
    throw Error("cannot write '" + path + "': " + e.what());
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file)
    throw Error("cannot write '" + path + "': " + std::strerror(errno));
  file.write(reinterpret_cast<const char *>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file)
    throw Error("cannot write '" + path + "': write failed");
}

} // namespace mcc::npy
