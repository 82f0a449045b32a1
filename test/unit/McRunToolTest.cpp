// mcc-run end to end: the real binary on fixture models, checking exit codes, stderr
// messages and the .npy files it writes.
#include "mcc/npy.hpp"

#include "TestUtil.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>

using namespace mcc::test;
using ::testing::HasSubstr;
using ::testing::StartsWith;
namespace npy = mcc::npy;

namespace {

class McRunToolTest : public ::testing::Test {
protected:
  void SetUp() override { dir = scratchDir(); }

  ProcessResult mccRun(std::vector<std::string> args) {
    args.insert(args.begin(), MCC_RUN_EXE);
    return runProcess(args);
  }

  // Writes an f32 .npy into the scratch dir and returns its path.
  std::string writeF32(const std::string &name, const std::vector<int64_t> &shape,
                       const std::vector<float> &values) {
    std::string path = dir + "/" + name;
    npy::write(path, MCC_DTYPE_F32, shape, values.data(), values.size() * sizeof(float));
    return path;
  }

  // Expects exit code 1 and a single "mcc-run: ..." line containing `message`.
  void expectFailure(const ProcessResult &result, const std::string &message) {
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_THAT(result.err, StartsWith("mcc-run: "));
    EXPECT_THAT(result.err, HasSubstr(message));
  }

  std::string dir;
};

TEST_F(McRunToolTest, HelpAndUsageErrors) {
  ProcessResult help = mccRun({"--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_THAT(help.out, HasSubstr("usage: mcc-run MODEL.so"));
  expectFailure(mccRun({}), "no model given");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--frobnicate"}), "unknown option '--frobnicate'");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--bench", "0"}),
                "--bench needs an integer >= 1, got '0'");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--bench=x"}), "--bench needs an integer >= 1");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input"}), "--input needs a value");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "other.so"}), "unexpected argument 'other.so'");
}

TEST_F(McRunToolTest, InfoPrintsSignature) {
  ProcessResult result = mccRun({MCC_TEST_ADD_MODEL, "--info"});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.out, std::string("model 'add' (") + MCC_TEST_ADD_MODEL +
                            ")\n"
                            "inputs:\n"
                            "  a: f32 [?, 4]\n"
                            "  b: f32 [?, 4]\n"
                            "outputs:\n"
                            "  sum: f32 [?, 4]\n"
                            "memory: workspace 0 bytes, weights 0 bytes\n");
}

TEST_F(McRunToolTest, NamedInputsToOutputDir) {
  std::string a = writeF32("a.npy", {2, 4}, {1, 2, 3, 4, 5, 6, 7, 8});
  std::string b = writeF32("b.npy", {2, 4}, std::vector<float>(8, 10));
  std::string out = dir + "/out/nested";
  ProcessResult result =
      mccRun({MCC_TEST_ADD_MODEL, "--input", "b=" + b, "--input=a=" + a, "--output-dir", out});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.out, "");
  npy::Array sum = npy::read(out + "/sum.npy");
  EXPECT_EQ(sum.dtype, MCC_DTYPE_F32);
  EXPECT_EQ(sum.shape, (std::vector<int64_t>{2, 4}));
  std::vector<float> values(8);
  std::memcpy(values.data(), sum.data.data(), 32);
  EXPECT_EQ(values, (std::vector<float>{11, 12, 13, 14, 15, 16, 17, 18}));
}

TEST_F(McRunToolTest, SingleInputShorthandAndSummary) {
  std::string image = writeF32("image.npy", {1, 3, 8, 8}, std::vector<float>(192, 1.0f));
  ProcessResult result = mccRun({MCC_TEST_CLASSIFIER_MODEL, "--input", image});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  // logits[k] = 64 * (k + 1) / 64 - k / 10
  EXPECT_EQ(result.out, "logits: f32 [1, 10] = [1, 1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, ...]\n");
}

TEST_F(McRunToolTest, OutputNamesAreSanitized) {
  std::vector<int64_t> ids{4, 5, 6};
  std::vector<uint8_t> mask{1, 0, 1};
  npy::write(dir + "/ids.npy", MCC_DTYPE_I64, {3}, ids.data(), 24);
  npy::write(dir + "/mask.npy", MCC_DTYPE_BOOL, {3}, mask.data(), 3);
  ProcessResult result =
      mccRun({MCC_TEST_MULTI_MODEL, "--input", "ids=" + dir + "/ids.npy", "--input",
              "mask=" + dir + "/mask.npy", "--output-dir", dir + "/out"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  npy::Array count = npy::read(dir + "/out/stats_count.npy");
  EXPECT_EQ(count.dtype, MCC_DTYPE_I64);
  EXPECT_TRUE(count.shape.empty());
  EXPECT_EQ(count.data[0], 2);
  EXPECT_EQ(npy::read(dir + "/out/inverted.npy").dtype, MCC_DTYPE_BOOL);
  EXPECT_EQ(npy::read(dir + "/out/masked.npy").shape, (std::vector<int64_t>{3}));
}

TEST_F(McRunToolTest, InputErrors) {
  std::string a = writeF32("a.npy", {2, 4}, std::vector<float>(8));
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input", "a=" + a}),
                "missing input 'b' (pass --input b=FILE.npy)");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input", "a=" + a, "--input", "c=" + a}),
                "unknown input 'c' (model inputs: a, b)");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input", "a=" + a, "--input", "a=" + a}),
                "input 'a' given twice");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input", a}),
                "the model has 2 inputs (a, b); use --input NAME=FILE.npy");
  expectFailure(
      mccRun({MCC_TEST_ADD_MODEL, "--input", "a=" + a, "--input", "b=" + dir + "/missing.npy"}),
      "cannot open '" + dir + "/missing.npy'");
}

TEST_F(McRunToolTest, MismatchedArraysGetTheRuntimeMessage) {
  std::string a = writeF32("a.npy", {2, 4}, std::vector<float>(8));
  std::string wide = writeF32("wide.npy", {2, 5}, std::vector<float>(10));
  std::vector<double> doubles(8);
  npy::write(dir + "/d.npy", MCC_DTYPE_F64, {2, 4}, doubles.data(), 64);
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input", "a=" + a, "--input", "b=" + wide}),
                "mcc-run: input 'b': expected shape [?, 4], got [2, 5]\n");
  expectFailure(mccRun({MCC_TEST_ADD_MODEL, "--input", "a=" + dir + "/d.npy", "--input", "b=" + a}),
                "mcc-run: input 'a': expected dtype f32, got f64\n");
}

TEST_F(McRunToolTest, MalformedNpyNamesTheFile) {
  std::string bad = dir + "/bad.npy";
  std::ofstream(bad) << "\x93NUMPY\x01\x00garbage";
  expectFailure(mccRun({MCC_TEST_CLASSIFIER_MODEL, "--input", bad}), bad + ": ");
  std::string fortran = dir + "/f.npy";
  std::string header = "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 3, 8, 8), }\n";
  std::ofstream file(fortran, std::ios::binary);
  file << std::string("\x93NUMPY\x01\x00", 8) << static_cast<char>(header.size()) << '\0' << header
       << std::string(192 * 4, '\0');
  file.close();
  expectFailure(mccRun({MCC_TEST_CLASSIFIER_MODEL, "--input", fortran}),
                fortran + ": fortran_order=True arrays are not supported");
}

TEST_F(McRunToolTest, ModelLoadAndRunErrors) {
  expectFailure(mccRun({dir + "/none.so", "--info"}),
                "cannot load model '" + dir + "/none.so': file not found");
  expectFailure(mccRun({MCC_TEST_NOT_A_MODEL, "--info"}), "not an mcc model library");
  std::string x = writeF32("x.npy", {2}, {1, 2});
  expectFailure(mccRun({MCC_TEST_RUN_ERROR_MODEL, "--input", x}),
                "model 'faulty' failed: run returned error code 7");
}

TEST_F(McRunToolTest, BenchPrintsOneLatencyLine) {
  std::string image = writeF32("image.npy", {2, 3, 8, 8}, std::vector<float>(384, 0.5f));
  ProcessResult result = mccRun({MCC_TEST_CLASSIFIER_MODEL, "--input", image, "--bench", "5",
                                 "--warmup", "1", "--threads", "2"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_TRUE(std::regex_match(
      result.out, std::regex(R"(latency_ms p50=\d+\.\d{3} p90=\d+\.\d{3} min=\d+\.\d{3}\n)"
                             R"(peak_memory_bytes rss=\d+ workspace=0 weights=0\n)")))
      << result.out;
  EXPECT_EQ(result.err, "");
}

} // namespace
