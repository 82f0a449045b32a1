// The kernels' thread pool when an item throws (a kernel's buffer that found no memory):
// the exception reaches the thread that called parallelFor, wherever the item ran, the
// remaining items are not started, and the pool keeps working. The pool's source is
// compiled into this test (its symbols are hidden in libmcc_runtime.so).
#include "../../runtime/kernels/ThreadPool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <new>
#include <thread>

using mcc::kernels::parallelFor;

namespace {

constexpr int64_t kItems = 200;

void slowItem() { std::this_thread::sleep_for(std::chrono::microseconds(200)); }

TEST(ThreadPoolTest, ExceptionInTheCallersItemReachesTheCaller) {
  std::atomic<int64_t> ran{0};
  EXPECT_THROW(parallelFor(kItems, 2,
                           [&](int64_t i) {
                             slowItem();
                             ran.fetch_add(1);
                             if (i == 10)
                               throw std::bad_alloc();
                           }),
               std::bad_alloc);
  EXPECT_LT(ran.load(), kItems); // the rest were not started
}

TEST(ThreadPoolTest, ExceptionInAWorkerReachesTheCaller) {
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<int64_t> ran{0}, onWorkers{0};
  EXPECT_THROW(parallelFor(kItems, 2,
                           [&](int64_t) {
                             slowItem();
                             ran.fetch_add(1);
                             if (std::this_thread::get_id() != caller) {
                               onWorkers.fetch_add(1);
                               throw std::bad_alloc();
                             }
                           }),
               std::bad_alloc);
  EXPECT_EQ(onWorkers.load(), 1); // the worker stopped at its first throw
  EXPECT_LT(ran.load(), kItems);
}

TEST(ThreadPoolTest, PoolRunsEveryItemAfterAFailedJob) {
  EXPECT_THROW(parallelFor(kItems, 2, [](int64_t i) {
    if (i == 0)
      throw std::bad_alloc();
  }),
               std::bad_alloc);
  for (int round = 0; round < 3; ++round) {
    std::atomic<int64_t> sum{0};
    parallelFor(kItems, 2, [&](int64_t i) { sum.fetch_add(i + 1); });
    EXPECT_EQ(sum.load(), kItems * (kItems + 1) / 2);
  }
}

// A job started from inside a failing job's item runs inline; its exception goes the same way.
TEST(ThreadPoolTest, NestedJobExceptionReachesTheOuterCaller) {
  EXPECT_THROW(parallelFor(4, 2,
                           [](int64_t) {
                             parallelFor(4, 2, [](int64_t j) {
                               if (j == 2)
                                 throw std::bad_alloc();
                             });
                           }),
               std::bad_alloc);
  std::atomic<int64_t> count{0};
  parallelFor(kItems, 2, [&](int64_t) { count.fetch_add(1); });
  EXPECT_EQ(count.load(), kItems);
}

} // namespace
