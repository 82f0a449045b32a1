// The thread-count setting the kernels' pool (runtime/kernels/ThreadPool.cpp) reads: the
// knob, process-wide and lock-free so kernels can read it on every call.
#include "Status.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <thread>

namespace mcc::rt {

// 0 means "not set": fall back to defaultThreads().
static std::atomic<int> requestedThreads{0};

// MCC_NUM_THREADS if it is a positive integer, else the hardware thread count. Read once:
// the environment is not expected to change under a running process.
static int defaultThreads() {
  static const int threads = [] {
    if (const char *text = std::getenv("MCC_NUM_THREADS")) {
      char *end = nullptr;
      errno = 0;
      long value = std::strtol(text, &end, 10);
      if (errno == 0 && end != text && *end == '\0' && value > 0 && value <= 1 << 16)
        return static_cast<int>(value);
    }
    unsigned hardware = std::thread::hardware_concurrency();
    return hardware > 0 ? static_cast<int>(hardware) : 1;
  }();
  return threads;
}

} // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_status *mcc_set_num_threads(int n) {
  return guard([&]() -> mcc_status * {
    if (n < 0)
      return makeStatus(MCC_INVALID_ARGUMENT,
                        "mcc_set_num_threads: thread count must be >= 0, got " + std::to_string(n));
    requestedThreads.store(n, std::memory_order_relaxed);
    return nullptr;
  });
}

int mcc_get_num_threads(void) {
  int n = requestedThreads.load(std::memory_order_relaxed);
  return n > 0 ? n : defaultThreads();
}

} // extern "C"
