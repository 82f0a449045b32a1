// The header-only C++ wrapper (runtime.hpp): both the checked and the throwing styles.
#include "mcc/runtime.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using ::testing::HasSubstr;

namespace {

TEST(CppApiTest, LoadRunAndReadBack) {
  mcc::Model model = mcc::Model::load(MCC_TEST_ADD_MODEL).value();
  EXPECT_EQ(model.name(), "add");
  ASSERT_EQ(model.inputs().size(), 2u);
  EXPECT_EQ(model.inputs()[1].name, "b");
  EXPECT_EQ(model.inputs()[1].dtype, MCC_DTYPE_F32);
  EXPECT_EQ(model.inputs()[1].dims, (std::vector<int64_t>{-1, 4}));
  EXPECT_EQ(mcc::format_shape(model.outputs()[0].dims), "[?, 4]");
  EXPECT_EQ(model.find_input("b").value(), 1u);
  EXPECT_EQ(model.find_output("sum").value(), 0u);

  mcc::Tensor a = mcc::Tensor::from_vector<float>({1, 4}, {1, 2, 3, 4}).value();
  mcc::Tensor b = mcc::Tensor::from_vector<float>({1, 4}, {4, 3, 2, 1}).value();
  std::vector<mcc::Tensor> outputs = model.run({a, b}).value();
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(outputs[0].dims(), (std::vector<int64_t>{1, 4}));
  EXPECT_EQ(outputs[0].to_vector<float>().value(), (std::vector<float>{5, 5, 5, 5}));

  // The same inputs as a vector, and by name.
  std::vector<mcc::Tensor> inputs;
  inputs.push_back(std::move(a));
  inputs.push_back(std::move(b));
  EXPECT_EQ(model.run(inputs).value()[0].to_vector<float>().value(),
            (std::vector<float>{5, 5, 5, 5}));
  mcc::Tensor twos = mcc::Tensor::from_vector<float>({1, 4}, {2, 2, 2, 2}).value();
  auto named = model.run_named({{"b", twos}, {"a", inputs[0]}}).value();
  EXPECT_EQ(named[0].to_vector<float>().value(), (std::vector<float>{3, 4, 5, 6}));
}

TEST(CppApiTest, CheckedStyleNeverThrows) {
  mcc::Result<mcc::Model> missing = mcc::Model::load("/nonexistent/model.so");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.status().code(), MCC_NOT_FOUND);
  EXPECT_EQ(missing.status().message(),
            "cannot load model '/nonexistent/model.so': file not found");

  mcc::Model model = mcc::Model::load(MCC_TEST_ADD_MODEL).value();
  mcc::Tensor wrong = mcc::Tensor::create(MCC_DTYPE_I32, {1, 4}).value();
  auto result = model.run({wrong, wrong});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), MCC_DTYPE_MISMATCH);
  EXPECT_EQ(result.status().message(), "input 'a': expected dtype f32, got i32");
  EXPECT_FALSE(model.find_input("zzz"));
}

TEST(CppApiTest, ValueThrowsErrorWithTheStatus) {
  try {
    mcc::Model::load(MCC_TEST_NOT_A_MODEL).value();
    FAIL() << "expected mcc::Error";
  } catch (const mcc::Error &e) {
    EXPECT_EQ(e.code(), MCC_LOAD_FAILED);
    EXPECT_THAT(e.what(), HasSubstr("not an mcc model library"));
    EXPECT_EQ(e.status().message(), e.what());
  }
  mcc::Status bad = mcc::set_num_threads(-1);
  EXPECT_FALSE(bad.ok());
  EXPECT_THROW(bad.throw_if_error(), mcc::Error);
  EXPECT_NO_THROW(mcc::Status().throw_if_error());
}

TEST(CppApiTest, RunIntoVectorAndList) {
  mcc::Model model = mcc::Model::load(MCC_TEST_ADD_MODEL).value();
  mcc::Tensor a = mcc::Tensor::from_vector<float>({2, 4}, std::vector<float>(8, 1)).value();
  std::vector<float> storage(8);
  mcc::Tensor sum = mcc::Tensor::wrap<float>({2, 4}, storage.data(), storage.size()).value();
  ASSERT_TRUE(model.run_into({a, a}, {sum}).ok());
  EXPECT_EQ(storage, std::vector<float>(8, 2));

  std::vector<mcc::Tensor> outputs;
  outputs.push_back(mcc::Tensor::create(MCC_DTYPE_F32, {3, 4}).value());
  mcc::Status status = model.run_into({a, a}, outputs);
  EXPECT_EQ(status.code(), MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message(),
            "output 'sum': model produced shape [2, 4], but the buffer has shape [3, 4]");
}

TEST(CppApiTest, TensorHelpers) {
  mcc::Tensor empty;
  EXPECT_FALSE(empty);
  EXPECT_EQ(empty.data(), nullptr);
  EXPECT_EQ(empty.data<float>(), nullptr);

  auto wrong = mcc::Tensor::from_vector<int64_t>({2, 2}, {1, 2, 3});
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.status().message(), "tensor: 3 values do not fill shape [2, 2]");

  mcc::Tensor ints = mcc::Tensor::from_vector<int64_t>({3}, {7, -8, 9}).value();
  EXPECT_EQ(ints.dtype(), MCC_DTYPE_I64);
  EXPECT_EQ(ints.rank(), 1u);
  EXPECT_EQ(ints.data<float>(), nullptr);
  ASSERT_NE(ints.data<int64_t>(), nullptr);
  EXPECT_EQ(ints.data<int64_t>()[1], -8);
  EXPECT_DOUBLE_EQ(ints.value_at(2), 9.0);
  auto asFloats = ints.to_vector<float>();
  ASSERT_FALSE(asFloats);
  EXPECT_EQ(asFloats.status().code(), MCC_DTYPE_MISMATCH);
  EXPECT_EQ(asFloats.status().message(), "tensor: dtype is i64, not f32");

  mcc::Tensor flags = mcc::Tensor::from_vector<bool>({2}, {true, false}).value();
  EXPECT_EQ(flags.dtype(), MCC_DTYPE_BOOL);
  EXPECT_EQ(flags.value_at(0), 1.0);
  EXPECT_EQ(flags.value_at(1), 0.0);

  std::vector<uint16_t> halves{0x3c00, 0xc000};
  mcc::Tensor f16 = mcc::Tensor::wrap(MCC_DTYPE_F16, {2}, halves.data(), 4).value();
  EXPECT_EQ(f16.value_at(0), 1.0);
  EXPECT_EQ(f16.value_at(1), -2.0);

  mcc_tensor *raw = ints.release();
  EXPECT_FALSE(ints);
  mcc::Tensor adopted(raw);
  EXPECT_EQ(adopted.num_elements(), 3u);
  EXPECT_EQ(adopted.size_bytes(), 24u);
}

TEST(CppApiTest, HalfAndBfloat16Conversions) {
  EXPECT_EQ(mcc::half_to_float(0x0000), 0.0f);
  EXPECT_TRUE(std::signbit(mcc::half_to_float(0x8000)));
  EXPECT_EQ(mcc::half_to_float(0x3c00), 1.0f);
  EXPECT_EQ(mcc::half_to_float(0x3555), 0.333251953125f);
  EXPECT_EQ(mcc::half_to_float(0x7bff), 65504.0f);
  EXPECT_EQ(mcc::half_to_float(0x0001), std::ldexp(1.0f, -24));    // smallest subnormal
  EXPECT_EQ(mcc::half_to_float(0x03ff), std::ldexp(1023.0f, -24)); // largest subnormal
  EXPECT_EQ(mcc::half_to_float(0x7c00), std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(mcc::half_to_float(0x7e00)));
  EXPECT_EQ(mcc::bfloat16_to_float(0x3f80), 1.0f);
  EXPECT_EQ(mcc::bfloat16_to_float(0xc040), -3.0f);
}

TEST(CppApiTest, DtypeOf) {
  static_assert(mcc::dtype_of<float>() == MCC_DTYPE_F32);
  static_assert(mcc::dtype_of<const double>() == MCC_DTYPE_F64);
  static_assert(mcc::dtype_of<int64_t>() == MCC_DTYPE_I64);
  static_assert(mcc::dtype_of<uint8_t>() == MCC_DTYPE_U8);
  static_assert(mcc::dtype_of<bool>() == MCC_DTYPE_BOOL);
}

TEST(CppApiTest, ThreadSetting) {
  ASSERT_TRUE(mcc::set_num_threads(2).ok());
  EXPECT_EQ(mcc::num_threads(), 2);
  ASSERT_TRUE(mcc::set_num_threads(0).ok());
  EXPECT_GE(mcc::num_threads(), 1);
}

} // namespace
