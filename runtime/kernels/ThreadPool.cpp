// A fixed set of sleeping workers and one job slot. The application thread that owns the slot
// takes part in its own job. Between jobs a worker (and, at the end of a job, the caller) spins
// for a few tens of microseconds before it sleeps on a condition variable: one model run is
// a chain of kernels and loops that follow each other within microseconds, and a futex wake
// costs about as much as a small one of them. Idle threads sleep (no spinning when idle).
#include "ThreadPool.h"

#include "mcc/runtime.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace mcc::kernels {

namespace {

// Set on every thread while it runs job items, so nested calls run inline.
thread_local bool insideJob = false;

// How long a thread spins for the next job (or for its helpers) before it sleeps.
constexpr std::chrono::microseconds kSpin{50};

// Spins until done() or kSpin has passed; returns done().
template <typename Done> bool spinFor(Done done) {
  auto until = std::chrono::steady_clock::now() + kSpin;
  while (!done()) {
    for (int i = 0; i < 64; ++i) {
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    }
    if (std::chrono::steady_clock::now() >= until)
      return done();
  }
  return true;
}

class Pool {
public:
  // Returns false (having done nothing) when another thread owns the job slot.
  bool tryRun(int64_t count, int threads, const std::function<void(int64_t)> &body) {
    std::unique_lock<std::mutex> owner(slot, std::try_to_lock);
    if (!owner.owns_lock())
      return false;
    int helpers = threads - 1;
    {
      std::lock_guard<std::mutex> lock(mutex);
      try {
        while (static_cast<int>(workers.size()) < helpers) {
          int index = static_cast<int>(workers.size());
          workers.emplace_back([this, index] { work(index); });
        }
      } catch (...) {
        // No memory or no thread for another worker: run with the ones there are.
        helpers = static_cast<int>(workers.size());
      }
      job = &body;
      jobCount = count;
      next.store(0, std::memory_order_relaxed);
      jobHelpers = helpers;
      finished.store(0, std::memory_order_relaxed);
      generation.fetch_add(1, std::memory_order_release);
    }
    wake.notify_all();
    runItems(body, count);
    auto allDone = [&] { return finished.load(std::memory_order_acquire) == helpers; };
    spinFor(allDone);
    std::unique_lock<std::mutex> lock(mutex);
    done.wait(lock, allDone);
    job = nullptr;
    // An item that threw (out of memory, say) ends the job; the caller sees the exception.
    if (failure)
      std::rethrow_exception(std::exchange(failure, nullptr));
    return true;
  }

private:
  void runItems(const std::function<void(int64_t)> &body, int64_t count) noexcept {
    insideJob = true;
    try {
      for (int64_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < count;)
        body(i);
    } catch (...) {
      next.store(count, std::memory_order_relaxed); // hand out no more items
      std::lock_guard<std::mutex> lock(failureMutex);
      if (!failure)
        failure = std::current_exception();
    }
    insideJob = false;
  }

  void work(int index) {
    uint64_t seen = 0;
    for (;;) {
      auto newJob = [&] { return generation.load(std::memory_order_acquire) != seen; };
      spinFor(newJob);
      std::unique_lock<std::mutex> lock(mutex);
      wake.wait(lock, newJob);
      seen = generation.load(std::memory_order_relaxed);
      // Workers beyond this job's thread count sit it out, keeping mcc_get_num_threads().
      if (index >= jobHelpers)
        continue;
      const std::function<void(int64_t)> *body = job;
      int64_t count = jobCount;
      int helpers = jobHelpers;
      lock.unlock();
      runItems(*body, count);
      if (finished.fetch_add(1, std::memory_order_acq_rel) + 1 == helpers) {
        std::lock_guard<std::mutex> notify(mutex);
        done.notify_one();
      }
    }
  }

  std::mutex slot; // held by the application thread whose job is running
  std::mutex mutex;
  std::condition_variable wake, done;
  std::vector<std::thread> workers;
  std::atomic<uint64_t> generation{0}; // written under `mutex`, read by spinning workers
  const std::function<void(int64_t)> *job = nullptr;
  int64_t jobCount = 0;
  std::atomic<int64_t> next{0};
  int jobHelpers = 0;
  std::atomic<int> finished{0};
  std::mutex failureMutex;
  std::exception_ptr failure; // the first exception an item threw in the current job
};

// Never destroyed: workers blocked on the condition variable at exit must not be joined from
// a static destructor (which may itself run on a thread the pool is waiting for).
Pool &pool() {
  static Pool *instance = new Pool;
  return *instance;
}

} // namespace

int requestedThreads() { return mcc_get_num_threads(); }

void parallelFor(int64_t count, int threads, const std::function<void(int64_t)> &body) {
  if (threads > count)
    threads = static_cast<int>(count);
  if (threads > 1 && !insideJob && pool().tryRun(count, threads, body))
    return;
  for (int64_t i = 0; i < count; ++i)
    body(i);
}

} // namespace mcc::kernels
