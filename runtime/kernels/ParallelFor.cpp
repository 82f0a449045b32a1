// The entry point of the loops mcc-outline-parallel-loops takes out of the generated code:
// their rows split into one contiguous block per thread, so each thread streams its own
// part of every operand.
#include "ThreadPool.h"
#include "mcc/kernels.h"

#include <algorithm>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

extern "C" MCC_KERNEL_EXPORT void mcc_parallel_for(void (*body)(void *, int64_t, int64_t),
                                                   void *context, int64_t rows,
                                                   int64_t workPerRow) {
  using namespace mcc::kernels;
  // Below ~64K iterations per thread, waking a sleeping worker costs about what it saves.
  constexpr int64_t kMinWorkPerThread = 1 << 16;
  int64_t byWork = std::max<int64_t>(1, rows * std::max<int64_t>(workPerRow, 1) / kMinWorkPerThread);
  int threads = static_cast<int>(std::min<int64_t>({requestedThreads(), rows, byWork}));
  if (threads <= 1) {
    if (rows > 0)
      body(context, 0, rows);
    return;
  }
  parallelFor(threads, threads, [&](int64_t part) {
    int64_t begin = rows * part / threads, end = rows * (part + 1) / threads;
    if (begin < end)
      body(context, begin, end);
  });
}
