#include "TestUtil.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mcc::test {

CStatus take(mcc_status *status) {
  CStatus result{mcc_status_code(status), mcc_status_message(status)};
  mcc_status_free(status);
  return result;
}

::testing::AssertionResult isOk(mcc_status *status) { return isOk(take(status)); }

::testing::AssertionResult isOk(const CStatus &status) {
  if (status.code == MCC_OK)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << mcc_code_name(status.code) << ": " << status.message;
}

ModelPtr loadModel(const char *path) {
  mcc_model *model = nullptr;
  EXPECT_MCC_OK(mcc_model_load(path, &model));
  return ModelPtr(model);
}

TensorPtr makeTensor(mcc_dtype dtype, const std::vector<int64_t> &dims) {
  mcc_tensor *tensor = nullptr;
  EXPECT_MCC_OK(mcc_tensor_create(dtype, dims.data(), dims.size(), &tensor));
  return TensorPtr(tensor);
}

TensorPtr makeF32(const std::vector<int64_t> &dims, const std::vector<float> &values) {
  TensorPtr tensor = makeTensor(MCC_DTYPE_F32, dims);
  EXPECT_EQ(mcc_tensor_num_elements(tensor.get()), values.size());
  if (tensor && mcc_tensor_num_elements(tensor.get()) == values.size() && !values.empty())
    std::memcpy(mcc_tensor_data(tensor.get()), values.data(), values.size() * sizeof(float));
  return tensor;
}

std::vector<int64_t> dimsOf(const mcc_tensor *tensor) {
  const int64_t *dims = mcc_tensor_dims(tensor);
  return std::vector<int64_t>(dims, dims + mcc_tensor_rank(tensor));
}

std::vector<float> f32Values(const mcc_tensor *tensor) {
  EXPECT_EQ(mcc_tensor_dtype(tensor), MCC_DTYPE_F32);
  const auto *data = static_cast<const float *>(mcc_tensor_data(tensor));
  return std::vector<float>(data, data + mcc_tensor_num_elements(tensor));
}

std::string scratchDir() {
  const ::testing::TestInfo *info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir = std::filesystem::path(MCC_TEST_SCRATCH_DIR) /
                              (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

// Reads and deletes a capture file.
static std::string drain(int fd, const std::string &path) {
  close(fd);
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  std::filesystem::remove(path);
  return text.str();
}

static int makeCaptureFile(std::string &path) {
  std::string pattern = (std::filesystem::temp_directory_path() / "mcc-test-XXXXXX").string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  int fd = mkstemp(buffer.data());
  path = buffer.data();
  return fd;
}

ProcessResult runProcess(const std::vector<std::string> &args) {
  ProcessResult result;
  std::string outPath, errPath;
  int out = makeCaptureFile(outPath);
  int err = makeCaptureFile(errPath);
  if (out < 0 || err < 0)
    return result;
  // Everything the child needs is built before fork: after it, only exec-safe calls.
  std::vector<char *> argv;
  for (const std::string &arg : args)
    argv.push_back(const_cast<char *>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    if (dup2(out, STDOUT_FILENO) < 0 || dup2(err, STDERR_FILENO) < 0)
      _exit(127);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  if (pid > 0 && waitpid(pid, &status, 0) == pid)
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = drain(out, outPath);
  result.err = drain(err, errPath);
  return result;
}

} // namespace mcc::test
