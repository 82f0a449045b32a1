// Helpers shared by the unit tests: owning C statuses, building tensors, scratch files and
// running a child process.
#ifndef MCC_TEST_UNIT_TESTUTIL_H
#define MCC_TEST_UNIT_TESTUTIL_H

#include "mcc/runtime.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace mcc::test {

// A C status taken over by the test: code and message, the status itself already freed.
struct CStatus {
  mcc_code code = MCC_OK;
  std::string message;
};
CStatus take(mcc_status *status);

// Passes if the call returned NULL (OK); otherwise prints the message.
::testing::AssertionResult isOk(mcc_status *status);
::testing::AssertionResult isOk(const CStatus &status);
#define ASSERT_MCC_OK(expr) ASSERT_TRUE(::mcc::test::isOk(expr))
#define EXPECT_MCC_OK(expr) EXPECT_TRUE(::mcc::test::isOk(expr))

struct ModelDeleter {
  void operator()(mcc_model *model) const { mcc_model_free(model); }
};
struct TensorDeleter {
  void operator()(mcc_tensor *tensor) const { mcc_tensor_free(tensor); }
};
using ModelPtr = std::unique_ptr<mcc_model, ModelDeleter>;
using TensorPtr = std::unique_ptr<mcc_tensor, TensorDeleter>;

// Loads a fixture model, failing the test (with the message) if it does not load.
ModelPtr loadModel(const char *path);

// A new f32 tensor with the given values (row-major); asserts success.
TensorPtr makeF32(const std::vector<int64_t> &dims, const std::vector<float> &values);
TensorPtr makeTensor(mcc_dtype dtype, const std::vector<int64_t> &dims);

std::vector<int64_t> dimsOf(const mcc_tensor *tensor);
std::vector<float> f32Values(const mcc_tensor *tensor);

// An empty directory for this test (unique per test, so ctest -j is safe).
std::string scratchDir();

struct ProcessResult {
  int exitCode = -1; // -1 if it did not exit normally (a signal)
  std::string out;
  std::string err;
};
// Runs `args[0]` with `args` (no shell) and captures its output.
ProcessResult runProcess(const std::vector<std::string> &args);

} // namespace mcc::test

#endif // MCC_TEST_UNIT_TESTUTIL_H
