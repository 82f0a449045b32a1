// mcc_model_run_into: results written into caller buffers, and buffers that do not fit.
#include "TestUtil.h"

using namespace mcc::test;

namespace {

class RunIntoTest : public ::testing::Test {
protected:
  CStatus runInto(std::vector<mcc_tensor *> outputs) {
    const mcc_tensor *inputs[] = {a.get(), b.get()};
    return take(mcc_model_run_into(model.get(), inputs, 2, outputs.data(), outputs.size()));
  }

  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  TensorPtr a = makeF32({2, 4}, {1, 2, 3, 4, 5, 6, 7, 8});
  TensorPtr b = makeF32({2, 4}, std::vector<float>(8, 0.5f));
};

TEST_F(RunIntoTest, WritesIntoCreatedTensor) {
  TensorPtr sum = makeTensor(MCC_DTYPE_F32, {2, 4});
  void *before = mcc_tensor_data(sum.get());
  ASSERT_MCC_OK(runInto({sum.get()}));
  EXPECT_EQ(mcc_tensor_data(sum.get()), before) << "run_into must not replace the buffer";
  EXPECT_EQ(f32Values(sum.get()), (std::vector<float>{1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5}));
}

TEST_F(RunIntoTest, WritesIntoWrappedCallerMemory) {
  std::vector<float> buffer(8, -1.0f);
  int64_t dims[] = {2, 4};
  mcc_tensor *sum = nullptr;
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_F32, dims, 2, buffer.data(), 32, &sum));
  TensorPtr own(sum);
  ASSERT_MCC_OK(runInto({sum}));
  EXPECT_EQ(buffer, (std::vector<float>{1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5}));
}

TEST_F(RunIntoTest, WrongDtypeIsRejectedBeforeTheRun) {
  TensorPtr sum = makeTensor(MCC_DTYPE_F64, {2, 4});
  CStatus status = runInto({sum.get()});
  EXPECT_EQ(status.code, MCC_DTYPE_MISMATCH);
  EXPECT_EQ(status.message, "output 'sum': expected dtype f32, got f64");
}

TEST_F(RunIntoTest, WrongStaticDimIsRejectedBeforeTheRun) {
  TensorPtr sum = makeTensor(MCC_DTYPE_F32, {2, 3});
  CStatus status = runInto({sum.get()});
  EXPECT_EQ(status.code, MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message, "output 'sum': expected shape [?, 4], got [2, 3]");
}

TEST_F(RunIntoTest, WrongDynamicDimIsFoundAfterTheRunAndLeavesTheBufferAlone) {
  std::vector<float> buffer(12, -1.0f);
  int64_t dims[] = {3, 4};
  mcc_tensor *sum = nullptr;
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_F32, dims, 2, buffer.data(), 48, &sum));
  TensorPtr own(sum);
  CStatus status = runInto({sum});
  EXPECT_EQ(status.code, MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message,
            "output 'sum': model produced shape [2, 4], but the buffer has shape [3, 4]");
  EXPECT_EQ(buffer, std::vector<float>(12, -1.0f));
}

TEST_F(RunIntoTest, WrongCountsAndNullsAreInvalid) {
  TensorPtr sum = makeTensor(MCC_DTYPE_F32, {2, 4});
  CStatus status = runInto({sum.get(), sum.get()});
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "model 'add' has 1 output (sum), got room for 2");
  status = runInto({nullptr});
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "output 'sum' is NULL");
}

TEST(RunIntoOutputsTest, OneMismatchWritesNoOutput) {
  ModelPtr model = loadModel(MCC_TEST_MULTI_MODEL);
  std::vector<int64_t> ids{1, 2, 3};
  std::vector<uint8_t> mask{1, 1, 0};
  int64_t three[] = {3};
  mcc_tensor *tIds = nullptr, *tMask = nullptr;
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_I64, three, 1, ids.data(), 24, &tIds));
  ASSERT_MCC_OK(mcc_tensor_wrap(MCC_DTYPE_BOOL, three, 1, mask.data(), 3, &tMask));
  TensorPtr ownIds(tIds), ownMask(tMask);
  const mcc_tensor *inputs[] = {tIds, tMask};

  TensorPtr masked = makeTensor(MCC_DTYPE_I64, {3});
  TensorPtr count = makeTensor(MCC_DTYPE_I64, {});
  TensorPtr inverted = makeTensor(MCC_DTYPE_BOOL, {4}); // the model produces 3
  mcc_tensor *outputs[] = {masked.get(), count.get(), inverted.get()};
  CStatus status = take(mcc_model_run_into(model.get(), inputs, 2, outputs, 3));
  EXPECT_EQ(status.code, MCC_SHAPE_MISMATCH);
  EXPECT_EQ(status.message,
            "output 'inverted': model produced shape [3], but the buffer has shape [4]");
  EXPECT_EQ(*static_cast<int64_t *>(mcc_tensor_data(count.get())), 0) << "written anyway";

  TensorPtr goodInverted = makeTensor(MCC_DTYPE_BOOL, {3});
  outputs[2] = goodInverted.get();
  ASSERT_MCC_OK(mcc_model_run_into(model.get(), inputs, 2, outputs, 3));
  EXPECT_EQ(*static_cast<int64_t *>(mcc_tensor_data(count.get())), 2);
  const auto *m = static_cast<const int64_t *>(mcc_tensor_data(masked.get()));
  EXPECT_EQ(std::vector<int64_t>(m, m + 3), (std::vector<int64_t>{1, 2, 0}));
}

TEST(RunIntoOutputsTest, NonDenseOutputsAreCopiedIntoBuffers) {
  ModelPtr model = loadModel(MCC_TEST_STRIDED_MODEL);
  TensorPtr x = makeF32({2, 3}, {1, 2, 3, 4, 5, 6});
  const mcc_tensor *inputs[] = {x.get()};
  TensorPtr t = makeTensor(MCC_DTYPE_F32, {3, 2});
  TensorPtr row = makeTensor(MCC_DTYPE_F32, {1, 3});
  TensorPtr empty = makeTensor(MCC_DTYPE_F32, {0, 3});
  mcc_tensor *outputs[] = {t.get(), row.get(), empty.get()};
  ASSERT_MCC_OK(mcc_model_run_into(model.get(), inputs, 1, outputs, 3));
  EXPECT_EQ(f32Values(t.get()), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  EXPECT_EQ(f32Values(row.get()), (std::vector<float>{4, 5, 6}));
}

TEST(RunIntoOutputsTest, ModelErrorLeavesBuffersAlone) {
  ModelPtr model = loadModel(MCC_TEST_RUN_ERROR_MODEL);
  TensorPtr x = makeF32({2}, {1, 2});
  TensorPtr y = makeF32({2}, {-1, -1});
  const mcc_tensor *inputs[] = {x.get()};
  mcc_tensor *outputs[] = {y.get()};
  CStatus status = take(mcc_model_run_into(model.get(), inputs, 1, outputs, 1));
  EXPECT_EQ(status.code, MCC_MODEL_ERROR);
  EXPECT_EQ(f32Values(y.get()), (std::vector<float>{-1, -1}));
}

} // namespace
