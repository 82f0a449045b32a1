// The process-wide worker pool the kernels split their output tiles over.
#ifndef MCC_RUNTIME_KERNELS_THREADPOOL_H
#define MCC_RUNTIME_KERNELS_THREADPOOL_H

#include <cstdint>
#include <functional>

namespace mcc::kernels {

// Runs body(i) for every i in [0, count) on up to `threads` threads, the calling thread
// included, and returns when all are done. Items are handed out one at a time, so they
// should be coarse (a block of output tiles). When the pool is already running another
// application thread's job, or when called from inside a job, the items run inline on the
// caller: never a deadlock, never more threads than asked for.
void parallelFor(int64_t count, int threads, const std::function<void(int64_t)> &body);

// mcc_get_num_threads(), the knob the application sets.
int requestedThreads();

} // namespace mcc::kernels

#endif
