// WorkspacePool: a mutex-protected free list of equally sized, 64-byte-aligned blocks.
#include "Workspace.h"

#include "mcc/model_abi.h"

#include <cstdlib>
#include <new>

namespace mcc::rt {

WorkspacePool::~WorkspacePool() {
  for (void *block : free_)
    std::free(block);
}

void *WorkspacePool::allocate() const {
  // aligned_alloc wants a size that is a multiple of the alignment.
  size_t rounded = (bytes_ + MCC_ABI_WORKSPACE_ALIGNMENT - 1) / MCC_ABI_WORKSPACE_ALIGNMENT *
                   MCC_ABI_WORKSPACE_ALIGNMENT;
  return std::aligned_alloc(MCC_ABI_WORKSPACE_ALIGNMENT, rounded);
}

bool WorkspacePool::init(size_t bytes) {
  bytes_ = bytes;
  if (bytes_ == 0)
    return true;
  void *first = allocate();
  if (!first)
    return false;
  try {
    free_.push_back(first);
  } catch (const std::bad_alloc &) {
    std::free(first);
    return false;
  }
  allocated_ = 1;
  return true;
}

size_t WorkspacePool::blocks() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return allocated_;
}

void *WorkspacePool::acquire(bool &ok) {
  ok = true;
  if (bytes_ == 0)
    return nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!free_.empty()) {
      void *block = free_.back();
      free_.pop_back();
      return block;
    }
  }
  // Every block is in use by another run: this run gets a new one, which the pool keeps.
  void *block = allocate();
  if (!block) {
    ok = false;
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  ++allocated_;
  return block;
}

void WorkspacePool::release(void *block) {
  std::lock_guard<std::mutex> lock(mutex_);
  try {
    free_.push_back(block);
  } catch (const std::bad_alloc &) {
    --allocated_;
    std::free(block); // could not keep it; the next run allocates again
  }
}

} // namespace mcc::rt
