// The thread-count setting read by parallel kernels.
#include "TestUtil.h"

#include <cstdlib>
#include <thread>

using namespace mcc::test;

namespace {

TEST(ThreadsTest, SetGetAndReset) {
  int initial = mcc_get_num_threads();
  EXPECT_GE(initial, 1);
  ASSERT_MCC_OK(mcc_set_num_threads(3));
  EXPECT_EQ(mcc_get_num_threads(), 3);
  ASSERT_MCC_OK(mcc_set_num_threads(0));
  EXPECT_EQ(mcc_get_num_threads(), initial);

  CStatus status = take(mcc_set_num_threads(-2));
  EXPECT_EQ(status.code, MCC_INVALID_ARGUMENT);
  EXPECT_EQ(status.message, "mcc_set_num_threads: thread count must be >= 0, got -2");
  EXPECT_EQ(mcc_get_num_threads(), initial);
}

// The default is read once per process, so each case runs in a fresh child process
// (a "threadsafe" death test re-executes the test binary).
void expectDefaultFromEnvironment(const char *value, int expected) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("MCC_NUM_THREADS", value, 1);
        std::exit(mcc_get_num_threads() == expected ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "")
      << "MCC_NUM_THREADS=" << value;
}

TEST(ThreadsTest, DefaultComesFromEnvironment) { expectDefaultFromEnvironment("5", 5); }

TEST(ThreadsTest, InvalidEnvironmentFallsBackToHardware) {
  unsigned hardware = std::thread::hardware_concurrency();
  int expected = hardware > 0 ? static_cast<int>(hardware) : 1;
  expectDefaultFromEnvironment("lots", expected);
  expectDefaultFromEnvironment("0", expected);
  expectDefaultFromEnvironment("-3", expected);
}

} // namespace
