// The workspace of ABI v2: the runtime gives each run a 64-byte-aligned block of the
// model's workspace_bytes, one thread keeps reusing one block, and concurrent runs never
// share one (the fixture fails a run whose workspace changes under it).
#include "TestUtil.h"

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace mcc::test;

namespace {

struct WorkspaceRun {
  std::vector<float> y;
  int64_t workspace = 0;
  CStatus status;
};

WorkspaceRun runOnce(const mcc_model *model, float base) {
  TensorPtr x = makeF32({4}, {base, base + 1, base + 2, base + 3});
  const mcc_tensor *inputs[] = {x.get()};
  mcc_tensor *outputs[2] = {nullptr, nullptr};
  WorkspaceRun result;
  result.status = take(mcc_model_run(model, inputs, 1, outputs, 2));
  if (result.status.code == MCC_OK) {
    result.y = f32Values(outputs[0]);
    result.workspace = *static_cast<const int64_t *>(mcc_tensor_data(outputs[1]));
  }
  mcc_tensor_free(outputs[0]);
  mcc_tensor_free(outputs[1]);
  return result;
}

TEST(WorkspaceTest, ModelReportsWorkspaceAndWeightBytes) {
  ModelPtr model = loadModel(MCC_TEST_WORKSPACE_MODEL);
  EXPECT_EQ(mcc_model_workspace_bytes(model.get()), 1000u);
  EXPECT_EQ(mcc_model_weights_bytes(model.get()), 12345u);
  ModelPtr plain = loadModel(MCC_TEST_ADD_MODEL);
  EXPECT_EQ(mcc_model_workspace_bytes(plain.get()), 0u);
  EXPECT_EQ(mcc_model_workspace_bytes(nullptr), 0u);
}

TEST(WorkspaceTest, SequentialRunsReuseOneAlignedWorkspace) {
  ModelPtr model = loadModel(MCC_TEST_WORKSPACE_MODEL);
  std::set<int64_t> seen;
  for (int r = 0; r < 20; ++r) {
    WorkspaceRun run = runOnce(model.get(), static_cast<float>(r));
    ASSERT_MCC_OK(run.status);
    EXPECT_EQ(run.y, (std::vector<float>{2.f * r, 2.f * r + 2, 2.f * r + 4, 2.f * r + 6}));
    EXPECT_EQ(run.workspace % 64, 0);
    seen.insert(run.workspace);
  }
  EXPECT_EQ(seen.size(), 1u);
}

TEST(WorkspaceTest, ConcurrentRunsNeverShareAWorkspace) {
  constexpr int kThreads = 8, kRuns = 100;
  ModelPtr model = loadModel(MCC_TEST_WORKSPACE_MODEL);
  std::atomic<int> failures{0};
  std::mutex mutex;
  std::set<int64_t> seen;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRuns; ++r) {
        float base = static_cast<float>(t * 1000 + r);
        WorkspaceRun run = runOnce(model.get(), base);
        bool ok = run.status.code == MCC_OK && run.workspace % 64 == 0 &&
                  run.y == std::vector<float>{2 * base, 2 * base + 2, 2 * base + 4, 2 * base + 6};
        if (!ok) {
          ++failures;
          continue;
        }
        std::lock_guard<std::mutex> lock(mutex);
        seen.insert(run.workspace);
      }
    });
  }
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(failures.load(), 0);
  // The pool grows to at most one block per overlapping run, and never frees them.
  EXPECT_GE(seen.size(), 1u);
  EXPECT_LE(seen.size(), static_cast<size_t>(kThreads));
}

TEST(WorkspaceTest, AbiVersionOneIsRejected) {
  mcc_model *model = nullptr;
  CStatus status = take(mcc_model_load(MCC_TEST_ABI_V1_MODEL, &model));
  EXPECT_EQ(model, nullptr);
  EXPECT_EQ(status.code, MCC_LOAD_FAILED);
  EXPECT_THAT(status.message, ::testing::HasSubstr("built for model ABI version 1, but this "
                                                   "runtime supports version 3; recompile"));
}

} // namespace
