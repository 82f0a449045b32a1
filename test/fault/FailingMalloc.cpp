#include "FailingMalloc.h"

#include <execinfo.h>
#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

extern "C" {
void *__libc_malloc(size_t);
void __libc_free(void *);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void *__libc_memalign(size_t, size_t);
}

namespace {

std::atomic<bool> armed{false};
std::atomic<uint64_t> counted{0};
std::atomic<uint64_t> failAt{0};
std::atomic<bool> failed{false};
std::atomic<int64_t> bytes{0}, blocks{0};

// True if this allocation is the one to fail.
bool shouldFail() {
  if (!armed.load(std::memory_order_relaxed))
    return false;
  uint64_t index = counted.fetch_add(1, std::memory_order_relaxed) + 1;
  if (index != failAt.load(std::memory_order_relaxed))
    return false;
  failed.store(true, std::memory_order_relaxed);
  errno = ENOMEM;
  return true;
}

// The trace: a fixed table, so that recording a block never allocates.
struct TracedBlock {
  void *block;
  int depth;
  void *stack[16];
};
constexpr int kTraceSlots = 4096;
TracedBlock traced[kTraceSlots];
std::atomic<bool> tracing{false};
std::atomic_flag traceLock = ATOMIC_FLAG_INIT;
thread_local bool insideTrace = false;

void traceBirth(void *block) {
  if (!tracing.load(std::memory_order_relaxed) || insideTrace)
    return;
  insideTrace = true;
  void *stack[16];
  int depth = backtrace(stack, 16);
  while (traceLock.test_and_set(std::memory_order_acquire)) {
  }
  for (TracedBlock &slot : traced)
    if (!slot.block) {
      slot.block = block;
      slot.depth = depth;
      std::memcpy(slot.stack, stack, sizeof stack);
      break;
    }
  traceLock.clear(std::memory_order_release);
  insideTrace = false;
}

void traceDeath(void *block) {
  if (!tracing.load(std::memory_order_relaxed))
    return;
  while (traceLock.test_and_set(std::memory_order_acquire)) {
  }
  for (TracedBlock &slot : traced)
    if (slot.block == block)
      slot.block = nullptr;
  traceLock.clear(std::memory_order_release);
}

void *born(void *block) {
  traceBirth(block);
  if (block) {
    bytes.fetch_add(static_cast<int64_t>(malloc_usable_size(block)), std::memory_order_relaxed);
    blocks.fetch_add(1, std::memory_order_relaxed);
  }
  return block;
}

void dying(void *block) {
  traceDeath(block);
  if (block) {
    bytes.fetch_sub(static_cast<int64_t>(malloc_usable_size(block)), std::memory_order_relaxed);
    blocks.fetch_sub(1, std::memory_order_relaxed);
  }
}

bool validAlignment(size_t alignment) {
  return alignment != 0 && (alignment & (alignment - 1)) == 0;
}

} // namespace

namespace mcc::fault {

void armAllocationFailure(uint64_t n) {
  armed.store(false);
  counted.store(0);
  failed.store(false);
  failAt.store(n);
  armed.store(true);
}

bool disarmAllocationFailure() {
  armed.store(false);
  return failed.load();
}

uint64_t allocationsSinceArm() { return counted.load(); }

void startTracing() {
  void *warm[1];
  backtrace(warm, 1); // loads libgcc's unwinder now, not inside malloc
  for (TracedBlock &slot : traced)
    slot.block = nullptr;
  tracing.store(true);
}

void stopTracing() { tracing.store(false); }

void printTracedBlocks() {
  for (TracedBlock &slot : traced)
    if (slot.block) {
      char line[64];
      int length = std::snprintf(line, sizeof line, "live block %p (%zu bytes):\n", slot.block,
                                 malloc_usable_size(slot.block));
      write(2, line, length);
      backtrace_symbols_fd(slot.stack, slot.depth, 2);
    }
}
int64_t liveBytes() { return bytes.load(); }
int64_t liveBlocks() { return blocks.load(); }

} // namespace mcc::fault

extern "C" {

void *malloc(size_t size) { return shouldFail() ? nullptr : born(__libc_malloc(size)); }

void free(void *block) {
  dying(block);
  __libc_free(block);
}

void *calloc(size_t count, size_t size) {
  return shouldFail() ? nullptr : born(__libc_calloc(count, size));
}

void *realloc(void *block, size_t size) {
  if (!block)
    return malloc(size);
  if (size == 0) {
    free(block);
    return nullptr;
  }
  if (shouldFail())
    return nullptr; // the old block stays valid, as C says
  size_t before = malloc_usable_size(block);
  void *moved = __libc_realloc(block, size);
  if (moved) {
    traceDeath(block);
    traceBirth(moved);
    bytes.fetch_add(static_cast<int64_t>(malloc_usable_size(moved)) -
                        static_cast<int64_t>(before),
                    std::memory_order_relaxed);
  }
  return moved;
}

void *reallocarray(void *block, size_t count, size_t size) {
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) {
    errno = ENOMEM;
    return nullptr;
  }
  return realloc(block, total);
}

void *memalign(size_t alignment, size_t size) {
  return shouldFail() ? nullptr : born(__libc_memalign(alignment, size));
}

void *aligned_alloc(size_t alignment, size_t size) {
  if (!validAlignment(alignment)) {
    errno = EINVAL;
    return nullptr;
  }
  return memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
  if (!validAlignment(alignment) || alignment % sizeof(void *) != 0)
    return EINVAL;
  void *block = memalign(alignment, size);
  if (!block)
    return ENOMEM;
  *out = block;
  return 0;
}

void *valloc(size_t size) { return memalign(4096, size); }

void *pvalloc(size_t size) { return memalign(4096, (size + 4095) / 4096 * 4096); }

} // extern "C"
