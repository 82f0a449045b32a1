// Many threads running one loaded model at once, each with its own batch size and values.
#include "TestUtil.h"

#include <atomic>
#include <thread>

using namespace mcc::test;

namespace {

constexpr int kThreads = 8;
constexpr int kRunsPerThread = 200;

TEST(ConcurrencyTest, ConcurrentRunsOnOneModelGiveCorrectResults) {
  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRunsPerThread; ++r) {
        int64_t rows = 1 + (t + r) % 5;
        std::vector<float> a(static_cast<size_t>(rows * 4)), b(a.size());
        for (size_t i = 0; i < a.size(); ++i) {
          a[i] = static_cast<float>(t * 1000 + r);
          b[i] = static_cast<float>(i);
        }
        TensorPtr ta = makeF32({rows, 4}, a), tb = makeF32({rows, 4}, b);
        const mcc_tensor *inputs[] = {ta.get(), tb.get()};
        bool ok = true;
        if (r % 2 == 0) {
          mcc_tensor *sum = nullptr;
          mcc_status *status = mcc_model_run(model.get(), inputs, 2, &sum, 1);
          ok = !status && mcc_tensor_num_elements(sum) == a.size();
          for (size_t i = 0; ok && i < a.size(); ++i)
            ok = static_cast<const float *>(mcc_tensor_data(sum))[i] == a[i] + b[i];
          mcc_status_free(status);
          mcc_tensor_free(sum);
        } else {
          TensorPtr sum = makeTensor(MCC_DTYPE_F32, {rows, 4});
          mcc_tensor *outputs[] = {sum.get()};
          mcc_status *status = mcc_model_run_into(model.get(), inputs, 2, outputs, 1);
          ok = !status;
          for (size_t i = 0; ok && i < a.size(); ++i)
            ok = static_cast<const float *>(mcc_tensor_data(sum.get()))[i] == a[i] + b[i];
          mcc_status_free(status);
        }
        if (!ok)
          ++failures;
      }
    });
  }
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(ConcurrencyTest, ConcurrentErrorsDoNotInterfere) {
  // Threads alternately pass a good and a bad input; each must see its own outcome.
  ModelPtr model = loadModel(MCC_TEST_ADD_MODEL);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      TensorPtr good = makeF32({1, 4}, {1, 2, 3, 4});
      TensorPtr bad = makeF32({1, 3}, {1, 2, 3});
      for (int r = 0; r < kRunsPerThread; ++r) {
        bool wantError = (t + r) % 2 == 0;
        const mcc_tensor *inputs[] = {good.get(), wantError ? bad.get() : good.get()};
        mcc_tensor *sum = nullptr;
        CStatus status = take(mcc_model_run(model.get(), inputs, 2, &sum, 1));
        bool ok = wantError ? status.code == MCC_SHAPE_MISMATCH &&
                                  status.message == "input 'b': expected shape [?, 4], got [1, 3]"
                            : status.code == MCC_OK && sum != nullptr;
        mcc_tensor_free(sum);
        if (!ok)
          ++failures;
      }
    });
  }
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(failures.load(), 0);
}

} // namespace
