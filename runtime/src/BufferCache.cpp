// The allocator behind every buffer a model allocates at run time: the ones the static memory
// plan could not place in the workspace (dynamic shapes, buffers inside loops) and the outputs.
//
// Models are lowered with finalize-memref-to-llvm{use-generic-functions}, so their
// allocations call _mlir_memref_to_llvm_{alloc,aligned_alloc,free}, defined here. Large blocks
// from malloc come from mmap and go back to the kernel on free, so a model with a dynamic
// batch would page-fault its way through every intermediate buffer on every run (a fifth of
// MobileNetV2's time). Freed blocks are kept instead, up to a cap, and handed out again to a
// request of about the same size.
//
// Every block is a plain malloc block: an output the runtime takes over is released with
// std::free like before, and never comes back here.
//
// Inside a run, every block is also recorded in the run's frame (RunAbort.h), and a failed
// allocation ends the run with MCC_OUT_OF_MEMORY instead of handing generated code a null.
#include "BufferCache.h"
#include "RunAbort.h"

#include <malloc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <mutex>
#include <new>

namespace {

// Blocks kept for reuse, by usable size. A block serves a request of at least half its size,
// so a cached buffer never wastes more than it holds.
class BufferCache {
public:
  void *allocate(size_t bytes, size_t alignment) {
    if (bytes == 0)
      bytes = 1;
    if (alignment < alignof(std::max_align_t))
      alignment = alignof(std::max_align_t);
    if (bytes >= kMinCachedBytes) {
      std::lock_guard<std::mutex> lock(mutex_);
      for (auto it = free_.lower_bound(bytes); it != free_.end() && it->first <= 2 * bytes;
           ++it) {
        if (reinterpret_cast<uintptr_t>(it->second) % alignment != 0)
          continue;
        void *block = it->second;
        cachedBytes_ -= it->first;
        free_.erase(it);
        return block;
      }
    }
    if (bytes > SIZE_MAX - alignment)
      return nullptr; // a size no machine has (a corrupt dynamic dim), never a wrapped one
    // aligned_alloc wants a size that is a multiple of the alignment.
    size_t rounded = (bytes + alignment - 1) / alignment * alignment;
    return std::aligned_alloc(alignment, rounded);
  }

  void release(void *block) {
    if (!block)
      return;
    size_t usable = malloc_usable_size(block);
    if (usable >= kMinCachedBytes) {
      std::lock_guard<std::mutex> lock(mutex_);
      if (cachedBytes_ + usable <= kMaxCachedBytes) {
        try {
          free_.emplace(usable, block);
          cachedBytes_ += usable;
          return;
        } catch (const std::bad_alloc &) {
          // No memory for the map node: give the block back instead of keeping it.
        }
      }
    }
    std::free(block);
  }

  size_t trim() {
    std::lock_guard<std::mutex> lock(mutex_);
    size_t bytes = cachedBytes_;
    for (auto &entry : free_)
      std::free(entry.second);
    free_.clear();
    cachedBytes_ = 0;
    return bytes;
  }

  ~BufferCache() {
    for (auto &entry : free_)
      std::free(entry.second);
  }

private:
  // Below this, malloc's own bins are as fast and never touch the kernel.
  static constexpr size_t kMinCachedBytes = 64 * 1024;
  // What a process keeps at most; beyond it, freed blocks go back to malloc.
  static constexpr size_t kMaxCachedBytes = size_t(1) << 30;

  std::mutex mutex_;
  std::multimap<size_t, void *> free_;
  size_t cachedBytes_ = 0;
};

BufferCache &cache() {
  // Never destroyed: a model may free a buffer from a static destructor of its own.
  static BufferCache *instance = new BufferCache;
  return *instance;
}

// A block for the model, recorded in its run; on failure the run ends here.
void *allocateForModel(size_t bytes, size_t alignment) noexcept {
  void *block = cache().allocate(bytes, alignment);
  if (block && mcc::rt::trackBlock(block))
    return block;
  cache().release(block);
  mcc::rt::abortRun(MCC_OUT_OF_MEMORY, bytes);
  return nullptr; // only outside a run
}

} // namespace

namespace mcc::rt {

void releaseModelBlock(void *block) noexcept { cache().release(block); }

size_t trimBufferCache() noexcept { return cache().trim(); }

} // namespace mcc::rt

extern "C" {

// The generic allocation functions of MLIR's memref-to-LLVM lowering.
__attribute__((visibility("default"))) void *_mlir_memref_to_llvm_alloc(size_t bytes) {
  return allocateForModel(bytes, alignof(std::max_align_t));
}

__attribute__((visibility("default"))) void *
_mlir_memref_to_llvm_aligned_alloc(size_t alignment, size_t bytes) {
  return allocateForModel(bytes, alignment);
}

__attribute__((visibility("default"))) void _mlir_memref_to_llvm_free(void *block) {
  mcc::rt::untrackBlock(block);
  cache().release(block);
}

size_t mcc_trim_memory(void) { return mcc::rt::trimBufferCache(); }

} // extern "C"
