// The .npy reader/writer: round trips, numpy's own bytes, and strict rejection of anything
// malformed (including a small built-in mutation fuzz).
#include "mcc/npy.hpp"

#include "TestUtil.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

using namespace mcc::test;
using ::testing::HasSubstr;
namespace npy = mcc::npy;

namespace {

std::vector<unsigned char> bytesOf(const std::string &text) {
  return std::vector<unsigned char>(text.begin(), text.end());
}

// A v1.0 file with `header` as its dict text (unpadded) followed by `data`.
std::vector<unsigned char> npyFile(const std::string &header, const std::string &data = "",
                                   unsigned major = 1) {
  std::string out = std::string("\x93NUMPY", 6) + static_cast<char>(major) + '\0';
  size_t length = header.size();
  for (int i = 0; i < (major == 1 ? 2 : 4); ++i)
    out += static_cast<char>((length >> (8 * i)) & 0xff);
  return bytesOf(out + header + data);
}

std::string parseError(const std::vector<unsigned char> &bytes) {
  try {
    npy::parse(bytes.data(), bytes.size(), "in.npy");
  } catch (const npy::Error &e) {
    return e.what();
  }
  return "(parsed)";
}

// What numpy 1.24 writes for np.save(f, np.array([[1.5, -2, 3.25], [0, 1, 2]], '<f4')).
const std::vector<unsigned char> kNumpyF32 = [] {
  std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
  header.append(118 - header.size() - 1, ' ');
  header += '\n';
  const unsigned char data[] = {0x00, 0x00, 0xc0, 0x3f, 0x00, 0x00, 0x00, 0xc0,
                                0x00, 0x00, 0x50, 0x40, 0x00, 0x00, 0x00, 0x00,
                                0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0x40};
  return npyFile(header, std::string(reinterpret_cast<const char *>(data), sizeof(data)));
}();

TEST(NpyTest, ReadsWhatNumpyWrites) {
  ASSERT_EQ(kNumpyF32.size(), 152u);
  npy::Array array = npy::parse(kNumpyF32.data(), kNumpyF32.size(), "numpy.npy");
  EXPECT_EQ(array.dtype, MCC_DTYPE_F32);
  EXPECT_EQ(array.shape, (std::vector<int64_t>{2, 3}));
  std::vector<float> values(6);
  ASSERT_EQ(array.data.size(), 24u);
  std::memcpy(values.data(), array.data.data(), 24);
  EXPECT_EQ(values, (std::vector<float>{1.5f, -2, 3.25f, 0, 1, 2}));
}

TEST(NpyTest, WritesWhatNumpyWrites) {
  std::vector<float> values{1.5f, -2, 3.25f, 0, 1, 2};
  EXPECT_EQ(npy::serialize(MCC_DTYPE_F32, {2, 3}, values.data(), 24), kNumpyF32);
}

TEST(NpyTest, RoundTripsEveryDtypeAndShape) {
  const mcc_dtype dtypes[] = {MCC_DTYPE_F16, MCC_DTYPE_F32, MCC_DTYPE_F64, MCC_DTYPE_I8,
                              MCC_DTYPE_I16, MCC_DTYPE_I32, MCC_DTYPE_I64, MCC_DTYPE_U8,
                              MCC_DTYPE_U16, MCC_DTYPE_U32, MCC_DTYPE_U64, MCC_DTYPE_BOOL};
  const std::vector<std::vector<int64_t>> shapes = {{}, {5}, {2, 3}, {0, 4}, {1, 2, 1, 3}};
  for (mcc_dtype dtype : dtypes) {
    size_t size = mcc_dtype_size(dtype);
    for (const auto &shape : shapes) {
      size_t count = 1;
      for (int64_t d : shape)
        count *= static_cast<size_t>(d);
      std::vector<unsigned char> data(count * size);
      for (size_t i = 0; i < data.size(); ++i)
        data[i] = dtype == MCC_DTYPE_BOOL ? i % 2 : static_cast<unsigned char>(i * 7 + 1);
      std::vector<unsigned char> file = npy::serialize(dtype, shape, data.data(), data.size());
      EXPECT_EQ((file.size() - data.size()) % 64, 0u) << "data must start 64-byte aligned";
      npy::Array array = npy::parse(file.data(), file.size(), "x.npy");
      EXPECT_EQ(array.dtype, dtype) << npy::descr(dtype);
      EXPECT_EQ(array.shape, shape);
      EXPECT_EQ(array.data, data);
    }
  }
}

TEST(NpyTest, ReadsVersionTwoAndThreeHeaders) {
  std::string header = "{'descr': '<i4', 'fortran_order': False, 'shape': (1,), }\n";
  for (unsigned major : {2u, 3u}) {
    auto file = npyFile(header, std::string("\x2a\0\0\0", 4), major);
    npy::Array array = npy::parse(file.data(), file.size(), "v.npy");
    EXPECT_EQ(array.dtype, MCC_DTYPE_I32);
    EXPECT_EQ(array.shape, (std::vector<int64_t>{1}));
    EXPECT_EQ(array.data[0], 42);
  }
}

TEST(NpyTest, AcceptsHeaderVariations) {
  // Double quotes, no trailing comma, keys in another order, byte-order-free descrs.
  auto file = npyFile("{\"shape\": (2,), \"descr\": \"|u1\", \"fortran_order\": False}",
                      std::string("\1\2", 2));
  EXPECT_EQ(npy::parse(file.data(), file.size(), "x").dtype, MCC_DTYPE_U8);
  file = npyFile("{'descr': '<b1', 'fortran_order': False, 'shape': ()}", std::string("\1", 1));
  EXPECT_EQ(npy::parse(file.data(), file.size(), "x").dtype, MCC_DTYPE_BOOL);
}

TEST(NpyTest, RejectsMalformedFilesWithClearMessages) {
  const std::string ok = "'fortran_order': False, 'shape': (2,)";
  struct Case {
    std::vector<unsigned char> bytes;
    std::string message;
  };
  const Case cases[] = {
      {bytesOf(""), "in.npy: not a .npy file (bad magic)"},
      {bytesOf("\x93NUMPX\x01\x00"), "in.npy: not a .npy file (bad magic)"},
      {bytesOf(std::string("\x93NUMPY\x04\x00\x00\x00", 10)), "unsupported .npy version 4.0"},
      {bytesOf(std::string("\x93NUMPY\x01\x01\x00\x00", 10)), "unsupported .npy version 1.1"},
      {bytesOf(std::string("\x93NUMPY\x01\x00", 8)), "in.npy: truncated .npy header"},
      {bytesOf(std::string("\x93NUMPY\x01\x00\xff\x00{", 11)),
       "truncated .npy header (255 bytes declared, 1 present)"},
      {npyFile("{'descr': '<f4', " + ok + ", }", "12345678"), ""}, // valid: the control case
      {npyFile("['descr', '<f4']"), "malformed .npy header: expected '{' at offset 0"},
      {npyFile("{'descr': '<f4', " + ok), "expected ',' or '}' at offset"},
      {npyFile("{'descr' '<f4', " + ok + "}"), "malformed .npy header: expected ':'"},
      {npyFile("{'descr': '<f4', 'fortran_order': false, 'shape': (2,)}"),
       "expected True or False"},
      {npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': (2, -1)}"),
       "expected a non-negative integer in shape"},
      {npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,)}"),
       "shape dimension too large"},
      {npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': [2]}"), "expected '('"},
      {npyFile("{'descr': '<f4', 'fortran_order': False}"), "missing key 'shape'"},
      {npyFile("{'descr': '<f4', " + ok + ", 'descr': '<f4'}"), "duplicate key 'descr'"},
      {npyFile("{'descr': '<f4', " + ok + ", 'extra': 1}"), "unexpected key 'extra'"},
      {npyFile("{'descr': '<f4', " + ok + "} junk"), "unexpected text after the header"},
      {npyFile("{'descr': 'a\\'b', " + ok + "}"), "escape sequences are not supported"},
      {npyFile("{'descr': '<c8', " + ok + "}", std::string(16, '\0')),
       "in.npy: unsupported .npy dtype '<c8'"},
      {npyFile("{'descr': '>f4', " + ok + "}", std::string(8, '\0')),
       "unsupported .npy dtype '>f4' (big-endian"},
      {npyFile("{'descr': '|f4', " + ok + "}", std::string(8, '\0')),
       "unsupported .npy dtype '|f4'"},
      {npyFile("{'descr': [('a', '<f4')], " + ok + "}"), "expected a quoted string"},
      {npyFile("{'descr': '<f4', 'fortran_order': True, 'shape': (2,)}", "12345678"),
       "in.npy: fortran_order=True arrays are not supported"},
      {npyFile("{'descr': '<f4', " + ok + "}", "1234567"),
       "in.npy: data is 7 bytes, expected 8 for shape (2,) of '<f4' (truncated file)"},
      {npyFile("{'descr': '<f4', " + ok + "}", "123456789"),
       "in.npy: data is 9 bytes, expected 8 for shape (2,) of '<f4'"},
      {npyFile("{'descr': '<f8', 'fortran_order': False, "
               "'shape': (4611686018427387904, 4611686018427387904)}"),
       "is too large"},
  };
  for (const Case &c : cases) {
    std::string error = parseError(c.bytes);
    if (c.message.empty())
      EXPECT_EQ(error, "(parsed)");
    else
      EXPECT_THAT(error, HasSubstr(c.message));
  }
}

TEST(NpyTest, SurvivesTruncationAndMutation) {
  // Every prefix of a valid file, and random byte mutations of it: each either parses or
  // throws npy::Error -- never anything else, never a crash (ASan/UBSan builds catch more).
  std::vector<unsigned char> valid = kNumpyF32;
  for (size_t length = 0; length < valid.size(); ++length)
    EXPECT_NE(parseError(std::vector<unsigned char>(valid.begin(), valid.begin() + length)),
              "(parsed)");
  std::mt19937 random(1234);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 20000; ++round) {
    std::vector<unsigned char> bytes = valid;
    int edits = 1 + round % 4;
    for (int e = 0; e < edits; ++e) {
      // Mostly hit the header, where the parsing is.
      size_t limit = round % 5 == 0 ? bytes.size() : 128;
      bytes[static_cast<size_t>(random()) % limit] = static_cast<unsigned char>(byte(random));
    }
    try {
      npy::parse(bytes.data(), bytes.size(), "fuzz.npy");
    } catch (const npy::Error &e) {
      ASSERT_THAT(e.what(), HasSubstr("fuzz.npy")) << "errors must name the source";
    }
  }
}

TEST(NpyTest, FilesOnDisk) {
  std::string dir = scratchDir();
  std::vector<int32_t> values{1, -2, 3};
  npy::write(dir + "/v.npy", MCC_DTYPE_I32, {3}, values.data(), 12);
  npy::Array array = npy::read(dir + "/v.npy");
  EXPECT_EQ(array.dtype, MCC_DTYPE_I32);
  EXPECT_EQ(array.shape, (std::vector<int64_t>{3}));

  try {
    npy::read(dir + "/missing.npy");
    FAIL();
  } catch (const npy::Error &e) {
    EXPECT_EQ(std::string(e.what()),
              "cannot open '" + dir + "/missing.npy': No such file or directory");
  }
  try {
    npy::read(dir);
    FAIL();
  } catch (const npy::Error &e) {
    EXPECT_EQ(std::string(e.what()), "cannot read '" + dir + "': is a directory");
  }
  try {
    npy::write(dir + "/no/such/dir/x.npy", MCC_DTYPE_I32, {3}, values.data(), 12);
    FAIL();
  } catch (const npy::Error &e) {
    EXPECT_THAT(e.what(), HasSubstr("cannot write '" + dir + "/no/such/dir/x.npy'"));
  }
}

TEST(NpyTest, WriterRejectsWhatNpyCannotHold) {
  uint16_t bf16 = 0x3f80;
  try {
    npy::serialize(MCC_DTYPE_BF16, {1}, &bf16, 2);
    FAIL();
  } catch (const npy::Error &e) {
    EXPECT_EQ(std::string(e.what()), ".npy has no dtype for bf16");
  }
  EXPECT_THROW(npy::serialize(MCC_DTYPE_F32, {2}, &bf16, 2), npy::Error);
  EXPECT_THROW(npy::serialize(MCC_DTYPE_F32, {-1}, &bf16, 0), npy::Error);
  EXPECT_EQ(npy::descr(MCC_DTYPE_BF16), nullptr);
  EXPECT_STREQ(npy::descr(MCC_DTYPE_BOOL), "|b1");
}

} // namespace
