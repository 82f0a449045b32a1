// mcc_model_run and mcc_model_run_named: results, input validation, model errors, and
// reading back outputs of every shape the ABI allows.
#include "TestUtil.h"

#include <cstring>
#include <numeric>

using namespace mcc::test;
using ::testing::HasSubstr;

namespace {

// Runs the add model on a = (0, 1, 2, ...) and b = 10 * a, batch `rows`.
class AddModelBatchTest : public ::testing::TestWithParam<int64_t> {};

TEST_P(AddModelBatchTest, AddsElementwise) {
  int64_t rows = GetParam();
  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  std::vector<float> a(static_cast<size_t>(rows * 4)), b(a.size()), expected(a.size());
  for (size_t i = 0; i < a.size(); ++i) {
    a[i] = static_cast<float>(i);
    b[i] = 10.0f * static_cast<float>(i);
    expected[i] = a[i] + b[i];
  }
  TensorPtr ta = makeF32({rows, 4}, a), tb = makeF32({rows, 4}, b);
  const mcc_tensor *inputs[] = {ta.get(), tb.get()};
  mcc_tensor *output = nullptr;
  ASSERT_MCC_OK(mcc_model_run(model.get(), inputs, 2, &output, 1));
  TensorPtr sum(output);
  EXPECT_EQ(dimsOf(sum.get()), (std::vector<int64_t>{rows, 4}));
  EXPECT_EQ(f32Values(sum.get()), expected);
}

INSTANTIATE_TEST_SUITE_P(Batches, AddModelBatchTest, ::testing::Values(0, 1, 4));

class AddModelTest : public ::testing::Test {
protected:
  // Runs with the given inputs; returns the status, checks outputs are NULL on failure.
  CStatus run(std::vector<const mcc_tensor *> inputs, size_t nOutputs = 1) {
    std::vector<mcc_tensor *> outputs(nOutputs, reinterpret_cast<mcc_tensor *>(0x1));
    CStatus status =
        take(mcc_model_run(model.get(), inputs.data(), inputs.size(), outputs.data(), nOutputs));
    for (mcc_tensor *output : outputs) {
      if (status.code == MCC_OK) {
        mcc_tensor_free(output);
      } else {
        EXPECT_EQ(output, nullptr) << "outputs must be NULL after a failed run";
      }
    }
    return status;
  }

  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  TensorPtr good = makeF32({2, 4}, std::vector<float>(8, 1.0f));
};

TEST_F(AddModelTest, WrongRankIsShapeMismatch) {
  TensorPtr flat = makeF32({8}, std::vector<float>(8));
  CStatus status = run({flat.get(), good.get()});
  EXPECT_EQ(status.code, MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message, "input 'a': expected shape [?, 4], got [8]");
}

TEST_F(AddModelTest, WrongStaticDimIsShapeMismatch) {
  TensorPtr wide = makeF32({2, 5}, std::vector<float>(10));
  CStatus status = run({good.get(), wide.get()});
  EXPECT_EQ(status.code, MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message, "input 'b': expected shape [?, 4], got [2, 5]");
}

TEST_F(AddModelTest, WrongDtypeIsDtypeMismatch) {
  TensorPtr doubles = makeTensor(MCC_DTYPE_F64, {2, 4});
  CStatus status = run({doubles.get(), good.get()});
  EXPECT_EQ(status.code, MCC_DTYPE_MISMATCH);
  EXPECT_EQ(status.message, "input 'a': expected dtype f32, got f64");
}

TEST_F(AddModelTest, MissingInputIsInvalid) {
  CStatus status = run({good.get()});
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "model 'add' takes 2 inputs (a, b), got 1");
}

TEST_F(AddModelTest, TooManyInputsIsInvalid) {
  CStatus status = run({good.get(), good.get(), good.get()});
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "model 'add' takes 2 inputs (a, b), got 3");
}

TEST_F(AddModelTest, NullInputIsInvalid) {
  CStatus status = run({good.get(), nullptr});
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "input 'b' is NULL");
}

TEST_F(AddModelTest, WrongOutputCountIsInvalid) {
  CStatus status = run({good.get(), good.get()}, 2);
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "model 'add' has 1 output (sum), got room for 2");
  EXPECT_EQ(take(mcc_model_run(model.get(), nullptr, 0, nullptr, 1)).code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(take(mcc_model_run(nullptr, nullptr, 0, nullptr, 0)).code, MCC_INVALID_ARGUMENT);
}

TEST_F(AddModelTest, DisagreeingDynamicDimsAreAModelError) {
  // Both batch dims are dynamic, so only the model can tell they must agree.
  TensorPtr three = makeF32({3, 4}, std::vector<float>(12));
  CStatus status = run({good.get(), three.get()});
  EXPECT_EQ(status.code, MCC_MODEL_ERROR);
  EXPECT_EQ(status.message, "model 'add' failed: run returned error code 1");
}

TEST_F(AddModelTest, WrappedCallerMemoryIsReadInPlace) {
  std::vector<float> a{1, 2, 3, 4}, b{10, 20, 30, 40};
  int64_t dims[] = {1, 4};
  mcc_tensor *ta = nullptr, *tb = nullptr;
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_F32, dims, 2, a.data(), 16, &ta));
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_F32, dims, 2, b.data(), 16, &tb));
  TensorPtr ownA(ta), ownB(tb);
  const mcc_tensor *inputs[] = {ta, tb};
  mcc_tensor *sum = nullptr;
  ASSERT_MCC_OK(mcc_model_run(model.get(), inputs, 2, &sum, 1));
  EXPECT_EQ(f32Values(sum), (std::vector<float>{11, 22, 33, 44}));
  mcc_tensor_free(sum);
}

TEST_F(AddModelTest, RunsByName) {
  TensorPtr a = makeF32({1, 4}, {1, 2, 3, 4});
  TensorPtr b = makeF32({1, 4}, {100, 200, 300, 400});
  const char *names[] = {"b", "a"}; // any order
  const mcc_tensor *inputs[] = {b.get(), a.get()};
  mcc_tensor *sum = nullptr;
  ASSERT_MCC_OK(mcc_model_run_named(model.get(), names, inputs, 2, &sum, 1));
  EXPECT_EQ(f32Values(sum), (std::vector<float>{101, 202, 303, 404}));
  mcc_tensor_free(sum);
}

TEST_F(AddModelTest, RunByNameReportsBadNames) {
  mcc_tensor *sum = nullptr;
  const mcc_tensor *two[] = {good.get(), good.get()};

  const char *unknown[] = {"a", "c"};
  CStatus status = take(mcc_model_run_named(model.get(), unknown, two, 2, &sum, 1));
  EXPECT_EQ(status.code, MCC_NOT_FOUND);
  EXPECT_EQ(status.message, "model 'add' has no input named 'c' (inputs: 'a', 'b')");

  const char *twice[] = {"a", "a"};
  status = take(mcc_model_run_named(model.get(), twice, two, 2, &sum, 1));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "input 'a' given twice");

  const char *onlyA[] = {"a"};
  status = take(mcc_model_run_named(model.get(), onlyA, two, 1, &sum, 1));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "model 'add': missing input 'b'");

  // Validation still applies after the reordering, naming the right input.
  TensorPtr wide = makeF32({2, 5}, std::vector<float>(10));
  const char *names[] = {"b", "a"};
  const mcc_tensor *inputs[] = {wide.get(), good.get()};
  status = take(mcc_model_run_named(model.get(), names, inputs, 2, &sum, 1));
  EXPECT_EQ(status.code, MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message, "input 'b': expected shape [?, 4], got [2, 5]");
  EXPECT_EQ(sum, nullptr);
}

TEST(RunTest, ModelErrorCodeIsReported) {
  ModelPtr model = loadModel(MCC_TEST_RUN_ERROR_MODEL);
  TensorPtr x = makeF32({2}, {1, 2});
  const mcc_tensor *inputs[] = {x.get()};
  mcc_tensor *y = nullptr;
  CStatus status = take(mcc_model_run(model.get(), inputs, 1, &y, 1));
  EXPECT_EQ(status.code, MCC_MODEL_ERROR);
  EXPECT_EQ(status.message, "model 'faulty' failed: run returned error code 7");
  EXPECT_EQ(y, nullptr);
}

TEST(RunTest, OutputBreakingTheSignatureIsAModelError) {
  ModelPtr model = loadModel(MCC_TEST_BAD_OUTPUT_MODEL);
  TensorPtr x = makeF32({2}, {1, 2});
  const mcc_tensor *inputs[] = {x.get()};
  mcc_tensor *y = nullptr;
  CStatus status = take(mcc_model_run(model.get(), inputs, 1, &y, 1));
  EXPECT_EQ(status.code, MCC_MODEL_ERROR);
  EXPECT_EQ(status.message,
            "model 'faulty' output 'y': returned shape [3] does not match the declared [2]");
  EXPECT_EQ(y, nullptr);
}

TEST(RunTest, IntegerBoolAndScalarOutputs) {
  ModelPtr model = loadModel(MCC_TEST_MULTI_MODEL);
  std::vector<int64_t> ids{5, 6, 7, 8};
  std::vector<uint8_t> mask{1, 0, 1, 1};
  int64_t dims[] = {4};
  mcc_tensor *tIds = nullptr, *tMask = nullptr;
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_I64, dims, 1, ids.data(), 32, &tIds));
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_BOOL, dims, 1, mask.data(), 4, &tMask));
  TensorPtr ownIds(tIds), ownMask(tMask);
  const mcc_tensor *inputs[] = {tIds, tMask};
  mcc_tensor *outputs[3] = {};
  ASSERT_MCC_OK(mcc_model_run(model.get(), inputs, 2, outputs, 3));
  TensorPtr masked(outputs[0]), count(outputs[1]), inverted(outputs[2]);

  ASSERT_EQ(mcc_tensor_dtype(masked.get()), MCC_DTYPE_I64);
  const auto *m = static_cast<const int64_t *>(mcc_tensor_data(masked.get()));
  EXPECT_EQ(std::vector<int64_t>(m, m + 4), (std::vector<int64_t>{5, 0, 7, 8}));

  EXPECT_EQ(mcc_tensor_rank(count.get()), 0u);
  EXPECT_EQ(mcc_tensor_num_elements(count.get()), 1u);
  EXPECT_EQ(*static_cast<const int64_t *>(mcc_tensor_data(count.get())), 3);

  ASSERT_EQ(mcc_tensor_dtype(inverted.get()), MCC_DTYPE_BOOL);
  const auto *inv = static_cast<const uint8_t *>(mcc_tensor_data(inverted.get()));
  EXPECT_EQ(std::vector<uint8_t>(inv, inv + 4), (std::vector<uint8_t>{0, 1, 0, 0}));
}

TEST(RunTest, NonDenseOutputsAreCopiedToDense) {
  ModelPtr model = loadModel(MCC_TEST_STRIDED_MODEL);
  TensorPtr x = makeF32({2, 3}, {1, 2, 3, 4, 5, 6});
  const mcc_tensor *inputs[] = {x.get()};
  mcc_tensor *outputs[3] = {};
  ASSERT_MCC_OK(mcc_model_run(model.get(), inputs, 1, outputs, 3));
  TensorPtr t(outputs[0]), row(outputs[1]), empty(outputs[2]);
  EXPECT_EQ(dimsOf(t.get()), (std::vector<int64_t>{3, 2}));
  EXPECT_EQ(f32Values(t.get()), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  EXPECT_EQ(dimsOf(row.get()), (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(f32Values(row.get()), (std::vector<float>{4, 5, 6}));
  EXPECT_EQ(dimsOf(empty.get()), (std::vector<int64_t>{0, 3}));
  EXPECT_EQ(mcc_tensor_num_elements(empty.get()), 0u);
  EXPECT_NE(mcc_tensor_data(empty.get()), nullptr);
}

} // namespace
