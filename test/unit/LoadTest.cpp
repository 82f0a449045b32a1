// Loading model libraries, introspection, and the status API.
#include "TestUtil.h"

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace mcc::test;
using ::testing::HasSubstr;

namespace {

CStatus loadStatus(const char *path) {
  mcc_model *model = nullptr;
  CStatus status = take(mcc_model_load(path, &model));
  EXPECT_EQ(model, nullptr) << "a failed load must leave *out NULL";
  mcc_model_free(model);
  return status;
}

TEST(LoadTest, LoadsModelAndDescribesIt) {
  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  ASSERT_TRUE(model);
  EXPECT_STREQ(mcc_model_name(model.get()), "add");
  EXPECT_STREQ(mcc_model_path(model.get()), MCC_TEST_ADD_MODEL);
  ASSERT_EQ(mcc_model_num_inputs(model.get()), 2u);
  ASSERT_EQ(mcc_model_num_outputs(model.get()), 1u);

  const mcc_tensor_info *a = mcc_model_input(model.get(), 0);
  ASSERT_NE(a, nullptr);
  EXPECT_STREQ(a->name, "a");
  EXPECT_EQ(a->dtype, MCC_DTYPE_F32);
  ASSERT_EQ(a->rank, 2u);
  EXPECT_EQ(a->dims[0], -1);
  EXPECT_EQ(a->dims[1], 4);
  EXPECT_STREQ(mcc_model_input(model.get(), 1)->name, "b");
  EXPECT_EQ(mcc_model_input(model.get(), 2), nullptr);

  const mcc_tensor_info *sum = mcc_model_output(model.get(), 0);
  ASSERT_NE(sum, nullptr);
  EXPECT_STREQ(sum->name, "sum");
  EXPECT_EQ(mcc_model_output(model.get(), 1), nullptr);
}

TEST(LoadTest, ScalarOutputHasRankZero) {
  ModelPtr model = loadModel(MCC_TEST_MULTI_MODEL);
  const mcc_tensor_info *count = mcc_model_output(model.get(), 1);
  ASSERT_NE(count, nullptr);
  EXPECT_STREQ(count->name, "stats/count");
  EXPECT_EQ(count->dtype, MCC_DTYPE_I64);
  EXPECT_EQ(count->rank, 0u);
}

TEST(LoadTest, FindsInputsAndOutputsByName) {
  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  size_t index = 99;
  EXPECT_MCC_OK(mcc_model_find_input(model.get(), "b", &index));
  EXPECT_EQ(index, 1u);
  EXPECT_MCC_OK(mcc_model_find_output(model.get(), "sum", &index));
  EXPECT_EQ(index, 0u);

  CStatus missing = take(mcc_model_find_input(model.get(), "c", &index));
  EXPECT_EQ(missing.code, MCC_NOT_FOUND);
  EXPECT_EQ(missing.message, "model 'add' has no input named 'c' (inputs: 'a', 'b')");
  CStatus missingOutput = take(mcc_model_find_output(model.get(), "a", &index));
  EXPECT_EQ(missingOutput.code, MCC_NOT_FOUND);
  EXPECT_THAT(missingOutput.message, HasSubstr("no output named 'a'"));

  EXPECT_EQ(take(mcc_model_find_input(nullptr, "a", &index)).code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(take(mcc_model_find_input(model.get(), nullptr, &index)).code, MCC_INVALID_ARGUMENT);
}

TEST(LoadTest, MissingFileIsNotFound) {
  std::string path = scratchDir() + "/nope.so";
  CStatus status = loadStatus(path.c_str());
  EXPECT_EQ(status.code, MCC_NOT_FOUND);
  EXPECT_EQ(status.message, "cannot load model '" + path + "': file not found");
}

TEST(LoadTest, TextFileIsNotASharedLibrary) {
  std::string path = scratchDir() + "/model.so";
  std::ofstream(path) << "this is not an ELF file\n";
  CStatus status = loadStatus(path.c_str());
  EXPECT_EQ(status.code, MCC_LOAD_FAILED);
  EXPECT_THAT(status.message, HasSubstr("cannot load model '" + path + "': dlopen failed"));
}

TEST(LoadTest, DirectoryIsRejected) {
  std::string path = scratchDir();
  CStatus status = loadStatus(path.c_str());
  EXPECT_EQ(status.code, MCC_LOAD_FAILED);
  EXPECT_EQ(status.message, "cannot load model '" + path + "': is a directory");
}

TEST(LoadTest, LibraryWithoutModelSymbolIsNotAModel) {
  CStatus status = loadStatus(MCC_TEST_NOT_A_MODEL);
  EXPECT_EQ(status.code, MCC_LOAD_FAILED);
  EXPECT_EQ(status.message, std::string("cannot load model '") + MCC_TEST_NOT_A_MODEL +
                                "': not an mcc model library (no 'mcc_model' symbol)");
}

TEST(LoadTest, AbiVersionMismatchIsRejected) {
  CStatus status = loadStatus(MCC_TEST_BAD_ABI_MODEL);
  EXPECT_EQ(status.code, MCC_LOAD_FAILED);
  EXPECT_THAT(status.message, HasSubstr(MCC_TEST_BAD_ABI_MODEL));
  EXPECT_THAT(status.message, HasSubstr("built for model ABI version 99, but this runtime "
                                        "supports version 3"));
}

TEST(LoadTest, MalformedTableIsRejected) {
  CStatus status = loadStatus(MCC_TEST_BAD_TABLE_MODEL);
  EXPECT_EQ(status.code, MCC_LOAD_FAILED);
  EXPECT_THAT(status.message, HasSubstr("malformed model table: input 0 'x' has invalid dtype 42"));
}

TEST(LoadTest, NullArgumentsAreInvalid) {
  mcc_model *model = nullptr;
  EXPECT_EQ(take(mcc_model_load(nullptr, &model)).code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(take(mcc_model_load(MCC_TEST_ADD_MODEL, nullptr)).code, MCC_INVALID_ARGUMENT);
  mcc_model_free(nullptr); // a no-op
  EXPECT_EQ(mcc_model_num_inputs(nullptr), 0u);
  EXPECT_EQ(mcc_model_input(nullptr, 0), nullptr);
  EXPECT_STREQ(mcc_model_name(nullptr), "");
}

TEST(LoadTest, BareFileNameMeansCurrentDirectory) {
  // dlopen("add_model.so") would search the library path; the runtime must not.
  std::filesystem::path fixture(MCC_TEST_ADD_MODEL);
  std::filesystem::path previous = std::filesystem::current_path();
  std::filesystem::current_path(fixture.parent_path());
  mcc_model *model = nullptr;
  mcc_status *status = mcc_model_load(fixture.filename().c_str(), &model);
  std::filesystem::current_path(previous);
  EXPECT_MCC_OK(status);
  EXPECT_STREQ(mcc_model_name(model), "add");
  mcc_model_free(model);
}

TEST(LoadTest, SameLibraryLoadsTwiceIndependently) {
  ModelPtr first = loadModel(MCC_TEST_ADD_MODEL);
  ModelPtr second = loadModel(MCC_TEST_ADD_MODEL);
  first.reset();
  TensorPtr a = makeF32({1, 4}, {1, 2, 3, 4});
  const mcc_tensor *inputs[] = {a.get(), a.get()};
  mcc_tensor *sum = nullptr;
  ASSERT_MCC_OK(mcc_model_run(second.get(), inputs, 2, &sum, 1));
  EXPECT_EQ(f32Values(sum), (std::vector<float>{2, 4, 6, 8}));
  mcc_tensor_free(sum);
}

TEST(StatusTest, NullIsOk) {
  EXPECT_EQ(mcc_status_code(nullptr), MCC_OK);
  EXPECT_STREQ(mcc_status_message(nullptr), "");
  mcc_status_free(nullptr);
}

TEST(StatusTest, CodeNames) {
  EXPECT_STREQ(mcc_code_name(MCC_OK), "OK");
  EXPECT_STREQ(mcc_code_name(MCC_SHAPE_MISMATCH), "SHAPE_MISMATCH");
  EXPECT_STREQ(mcc_code_name(MCC_MODEL_ERROR), "MODEL_ERROR");
  EXPECT_STREQ(mcc_code_name(static_cast<mcc_code>(1234)), "UNKNOWN");
}

} // namespace
