// Ending a run from deep inside the model: when memory runs out, or when the input values
// ask for a tensor of an impossible size (mcc_kernel_invalid_size).
//
// Generated code cannot handle a failed allocation (it would write through a null pointer),
// and C++ exceptions cannot unwind through it. So a run goes through a RunFrame: it records
// a jump point and every block the model allocates and has not freed yet. An allocation that
// fails, a kernel that ran out of memory, or a size check of the generated code calls
// abortRun, which jumps back to the frame; the frame frees those blocks, and the run returns
// the abort's code (MCC_OUT_OF_MEMORY, MCC_INVALID_ARGUMENT) with nothing leaked.
//
// abortRun must only be called from a C++ frame with no live objects that have destructors:
// everything between it and the jump point is skipped, not unwound.
#ifndef MCC_RUNTIME_RUNABORT_H
#define MCC_RUNTIME_RUNABORT_H

#include "mcc/runtime.h"

#include <csetjmp>
#include <cstddef>
#include <new>
#include <vector>

namespace mcc::rt {

class RunFrame {
public:
  RunFrame();
  RunFrame(const RunFrame &) = delete;
  RunFrame &operator=(const RunFrame &) = delete;

  // Calls run(inputs, outputs, workspace) with this frame active on the calling thread.
  // Returns the run's code; after an abort, aborted() is true and the code is meaningless.
  int32_t call(mcc_abi_run_fn run, void *const *inputs, void *outputs, void *workspace);

  bool aborted() const { return aborted_; }
  mcc_code abortCode() const { return abortCode_; }
  // The size of the allocation that failed, or 0 when a kernel ran out of memory.
  size_t failedBytes() const { return failedBytes_; }

private:
  friend bool trackBlock(void *) noexcept;
  friend void untrackBlock(void *) noexcept;
  friend void abortRun(mcc_code, size_t) noexcept;

  std::jmp_buf jump_;
  std::vector<void *> blocks_; // allocated by the model in this run, not freed yet
  bool aborted_ = false;
  mcc_code abortCode_ = MCC_OK;
  size_t failedBytes_ = 0;
};

// Records a block the model just allocated in the calling thread's run, if any. False when
// even that bookkeeping found no memory.
bool trackBlock(void *block) noexcept;
// Forgets a block the model freed.
void untrackBlock(void *block) noexcept;
// Jumps back to the calling thread's run with `code`. Returns only when no run is active
// (a model function called outside mcc_model_run), leaving the caller to cope.
void abortRun(mcc_code code, size_t failedBytes) noexcept;

// Runs a kernel body; if it throws (std::bad_alloc from a buffer, or anything else), aborts
// the run once the body's objects are destroyed. Kernels are called by generated code, which
// no exception may unwind through.
template <typename Body> void guardKernel(Body &&body) noexcept {
  mcc_code failure = MCC_OK;
  try {
    body();
  } catch (const std::bad_alloc &) {
    failure = MCC_OUT_OF_MEMORY;
  } catch (...) {
    failure = MCC_INTERNAL;
  }
  if (failure != MCC_OK)
    abortRun(failure, 0);
}

} // namespace mcc::rt

#endif // MCC_RUNTIME_RUNABORT_H
