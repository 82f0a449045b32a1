// A malloc that fails on request, for testing what happens when memory runs out.
//
// FailingMalloc.cpp defines malloc, free and the rest of their family in the executable,
// which puts them in front of glibc's for every library of the process (libstdc++'s
// operator new, the mcc runtime, the dynamic loader once the program runs). They forward to
// glibc, count live bytes, and fail exactly one allocation when armed. Not usable together
// with a sanitizer, which brings its own malloc.
#ifndef MCC_TEST_FAULT_FAILINGMALLOC_H
#define MCC_TEST_FAULT_FAILINGMALLOC_H

#include <cstddef>
#include <cstdint>

namespace mcc::fault {

// From now on, the n-th allocation (1-based, counted over all threads) returns NULL with
// errno ENOMEM; every other one succeeds. n == 0 fails none, and only counts.
void armAllocationFailure(uint64_t n);
// Stops counting. Returns whether the armed failure happened.
bool disarmAllocationFailure();
// Allocations made since the last arm.
uint64_t allocationsSinceArm();

// Leak hunting: while tracing, every block allocated is remembered with its call stack
// until freed; printTracedBlocks writes the ones still live to stderr, symbolized as far
// as backtrace_symbols_fd can.
void startTracing();
void stopTracing();
void printTracedBlocks();

// Bytes (malloc_usable_size) and blocks the process holds right now.
int64_t liveBytes();
int64_t liveBlocks();

} // namespace mcc::fault

#endif // MCC_TEST_FAULT_FAILINGMALLOC_H
