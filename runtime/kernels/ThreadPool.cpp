// A fixed set of sleeping workers and one job slot. Workers wait on a condition variable (no
// spinning when idle); the application thread that owns the slot takes part in its own job.
#include "ThreadPool.h"

#include "mcc/runtime.h"

#include <atomic>
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
      finished = 0;
      ++generation;
    }
    wake.notify_all();
    runItems(body, count);
    std::unique_lock<std::mutex> lock(mutex);
    done.wait(lock, [&] { return finished == jobHelpers; });
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
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      wake.wait(lock, [&] { return generation != seen; });
      seen = generation;
      // Workers beyond this job's thread count sit it out, keeping mcc_get_num_threads().
      if (index >= jobHelpers)
        continue;
      const std::function<void(int64_t)> *body = job;
      int64_t count = jobCount;
      lock.unlock();
      runItems(*body, count);
      lock.lock();
      if (++finished == jobHelpers)
        done.notify_one();
    }
  }

  std::mutex slot; // held by the application thread whose job is running
  std::mutex mutex;
  std::condition_variable wake, done;
  std::vector<std::thread> workers;
  uint64_t generation = 0;
  const std::function<void(int64_t)> *job = nullptr;
  int64_t jobCount = 0;
  std::atomic<int64_t> next{0};
  int jobHelpers = 0;
  int finished = 0;
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
