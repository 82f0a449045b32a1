// mcc_tensor: creation, wrapping caller memory, and argument checks; dtype helpers.
#include "TestUtil.h"

#include <cstdint>

using namespace mcc::test;
using ::testing::HasSubstr;

namespace {

TEST(TensorTest, CreateIsZeroFilledAndAligned) {
  TensorPtr t = makeTensor(MCC_DTYPE_I32, {2, 3});
  ASSERT_TRUE(t);
  EXPECT_EQ(mcc_tensor_dtype(t.get()), MCC_DTYPE_I32);
  EXPECT_EQ(dimsOf(t.get()), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(mcc_tensor_num_elements(t.get()), 6u);
  EXPECT_EQ(mcc_tensor_size_bytes(t.get()), 24u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(mcc_tensor_data(t.get())) % 64, 0u);
  const auto *data = static_cast<const int32_t *>(mcc_tensor_data(t.get()));
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(data[i], 0);
}

TEST(TensorTest, ScalarAndEmptyTensors) {
  mcc_tensor *scalar = nullptr;
  ASSERT_MCC_OK(mcc_tensor_create(MCC_DTYPE_F64, nullptr, 0, &scalar));
  EXPECT_EQ(mcc_tensor_rank(scalar), 0u);
  EXPECT_EQ(mcc_tensor_num_elements(scalar), 1u);
  EXPECT_EQ(mcc_tensor_size_bytes(scalar), 8u);
  mcc_tensor_free(scalar);

  TensorPtr empty = makeTensor(MCC_DTYPE_F32, {0, 5});
  EXPECT_EQ(mcc_tensor_num_elements(empty.get()), 0u);
  EXPECT_EQ(mcc_tensor_size_bytes(empty.get()), 0u);
  EXPECT_NE(mcc_tensor_data(empty.get()), nullptr);

  // Zero elements, however large the other dims.
  TensorPtr vast = makeTensor(MCC_DTYPE_F64, {INT64_MAX, 0, INT64_MAX});
  EXPECT_EQ(mcc_tensor_num_elements(vast.get()), 0u);
}

TEST(TensorTest, CreateRejectsBadArguments) {
  mcc_tensor *t = nullptr;
  int64_t negative[] = {2, -1};
  CStatus status = take(mcc_tensor_create(MCC_DTYPE_F32, negative, 2, &t));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "tensor: dims must be >= 0, got [2, ?]");
  EXPECT_EQ(t, nullptr);

  int64_t dims[] = {2};
  status = take(mcc_tensor_create(static_cast<mcc_dtype>(8), dims, 1, &t)); // ONNX string
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "tensor: invalid dtype 8");

  EXPECT_EQ(take(mcc_tensor_create(MCC_DTYPE_F32, nullptr, 2, &t)).code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(take(mcc_tensor_create(MCC_DTYPE_F32, dims, 1, nullptr)).code, MCC_INVALID_ARGUMENT);

  int64_t huge[] = {INT64_MAX, 4};
  status = take(mcc_tensor_create(MCC_DTYPE_F32, huge, 2, &t));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_THAT(status.message, HasSubstr("is too large"));
}

TEST(TensorTest, WrapBorrowsWithoutCopying) {
  std::vector<int16_t> values{1, 2, 3, 4, 5, 6};
  int64_t dims[] = {3, 2};
  mcc_tensor *t = nullptr;
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_I16, dims, 2, values.data(), 12, &t));
  EXPECT_EQ(mcc_tensor_data(t), values.data());
  static_cast<int16_t *>(mcc_tensor_data(t))[0] = 42;
  mcc_tensor_free(t); // must not free the vector's memory
  EXPECT_EQ(values[0], 42);
}

TEST(TensorTest, WrapChecksSizeAlignmentAndData) {
  std::vector<float> values(8);
  int64_t dims[] = {2, 4};
  mcc_tensor *t = nullptr;
  CStatus status = take(mcc_tensor_wrap(MCC_DTYPE_F32, dims, 2, values.data(), 16, &t));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message,
            "tensor: buffer of 16 bytes does not match shape [2, 4] of f32 (32 bytes)");

  auto *misaligned = reinterpret_cast<char *>(values.data()) + 1;
  int64_t three[] = {3};
  status = take(mcc_tensor_wrap(MCC_DTYPE_F32, three, 1, misaligned, 12, &t));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "tensor: data is not aligned to the 4-byte element size");

  status = take(mcc_tensor_wrap(MCC_DTYPE_F32, dims, 2, nullptr, 32, &t));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "tensor: data is NULL for shape [2, 4] of f32");

  int64_t none[] = {0, 4};
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_F32, none, 2, nullptr, 0, &t));
  EXPECT_EQ(mcc_tensor_num_elements(t), 0u);
  mcc_tensor_free(t);
}

TEST(TensorTest, NullTensorAccessorsAreSafe) {
  mcc_tensor_free(nullptr);
  EXPECT_EQ(mcc_tensor_dtype(nullptr), MCC_DTYPE_UNDEFINED);
  EXPECT_EQ(mcc_tensor_rank(nullptr), 0u);
  EXPECT_EQ(mcc_tensor_dims(nullptr), nullptr);
  EXPECT_EQ(mcc_tensor_data(nullptr), nullptr);
  EXPECT_EQ(mcc_tensor_size_bytes(nullptr), 0u);
}

TEST(DTypeTest, SizesAndNames) {
  struct Case {
    mcc_dtype dtype;
    size_t size;
    const char *name;
  };
  const Case cases[] = {
      {MCC_DTYPE_F32, 4, "f32"},   {MCC_DTYPE_F64, 8, "f64"},
      {MCC_DTYPE_F16, 2, "f16"},   {MCC_DTYPE_BF16, 2, "bf16"},
      {MCC_DTYPE_I8, 1, "i8"},     {MCC_DTYPE_I16, 2, "i16"},
      {MCC_DTYPE_I32, 4, "i32"},   {MCC_DTYPE_I64, 8, "i64"},
      {MCC_DTYPE_U8, 1, "u8"},     {MCC_DTYPE_U16, 2, "u16"},
      {MCC_DTYPE_U32, 4, "u32"},   {MCC_DTYPE_U64, 8, "u64"},
      {MCC_DTYPE_BOOL, 1, "bool"}, {MCC_DTYPE_UNDEFINED, 0, "invalid"},
  };
  for (const Case &c : cases) {
    EXPECT_EQ(mcc_dtype_size(c.dtype), c.size) << c.name;
    EXPECT_STREQ(mcc_dtype_name(c.dtype), c.name);
  }
  EXPECT_EQ(mcc_dtype_size(static_cast<mcc_dtype>(99)), 0u);
}

} // namespace
