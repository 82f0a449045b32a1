// The scratch memory a model's run function needs (ABI v2): one block of
// mcc_abi_model::workspace_bytes per concurrent run. The pool keeps blocks that
// finished runs gave back, so in the steady state a run allocates nothing:
// one thread reuses one block forever, N threads end up with N blocks.
#ifndef MCC_RUNTIME_WORKSPACE_H
#define MCC_RUNTIME_WORKSPACE_H

#include <cstddef>
#include <mutex>
#include <vector>

namespace mcc::rt {

class WorkspacePool {
public:
  WorkspacePool() = default;
  WorkspacePool(const WorkspacePool &) = delete;
  WorkspacePool &operator=(const WorkspacePool &) = delete;
  ~WorkspacePool();

  // Sets the block size and allocates the first block; false when out of memory.
  bool init(size_t bytes);
  size_t bytes() const { return bytes_; }
  // Blocks allocated so far (in use or free): the most runs that ever overlapped.
  size_t blocks() const;

  // A block for one run, or nullptr when out of memory. A pool of 0-byte blocks hands
  // out nullptr, which the ABI allows.
  void *acquire(bool &ok);
  void release(void *block);

private:
  void *allocate() const;

  size_t bytes_ = 0;
  mutable std::mutex mutex_;
  std::vector<void *> free_;
  size_t allocated_ = 0;
};

// Holds one block for the duration of a run.
class WorkspaceLease {
public:
  explicit WorkspaceLease(WorkspacePool &pool) : pool_(pool), block_(pool.acquire(ok_)) {}
  WorkspaceLease(const WorkspaceLease &) = delete;
  WorkspaceLease &operator=(const WorkspaceLease &) = delete;
  ~WorkspaceLease() {
    if (block_)
      pool_.release(block_);
  }
  bool ok() const { return ok_; }
  void *get() const { return block_; }

private:
  WorkspacePool &pool_;
  bool ok_ = false;
  void *block_;
};

} // namespace mcc::rt

#endif // MCC_RUNTIME_WORKSPACE_H
