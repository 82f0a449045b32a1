#include "RunAbort.h"

#include "BufferCache.h"
#include "mcc/kernels.h"

#include <algorithm>
#include <cstdlib>
#include <new>

namespace mcc::rt {
namespace {

thread_local RunFrame *activeFrame = nullptr;

// The model's live blocks in the common case, reserved up front so that tracking them does
// not allocate. More grows the list.
constexpr size_t kReservedBlocks = 64;

// setjmp's frame must still be live when abortRun jumps: this call stays on the stack for
// the whole run.
__attribute__((noinline)) int32_t callWithJumpPoint(std::jmp_buf &jump, mcc_abi_run_fn run,
                                                     void *const *inputs, void *outputs,
                                                     void *workspace) {
  if (setjmp(jump) != 0)
    return -1;
  return run(inputs, outputs, workspace);
}

} // namespace

RunFrame::RunFrame() { blocks_.reserve(kReservedBlocks); }

int32_t RunFrame::call(mcc_abi_run_fn run, void *const *inputs, void *outputs,
                       void *workspace) {
  RunFrame *outer = activeFrame;
  activeFrame = this;
  aborted_ = false;
  int32_t code = callWithJumpPoint(jump_, run, inputs, outputs, workspace);
  activeFrame = outer;
  // After a normal return the blocks still live are the outputs, which the caller adopts.
  if (aborted_)
    for (void *block : blocks_)
      releaseModelBlock(block);
  blocks_.clear();
  return code;
}

bool trackBlock(void *block) noexcept {
  RunFrame *frame = activeFrame;
  if (!frame)
    return true;
  try {
    frame->blocks_.push_back(block);
  } catch (const std::bad_alloc &) {
    return false;
  }
  return true;
}

void untrackBlock(void *block) noexcept {
  RunFrame *frame = activeFrame;
  if (!frame)
    return;
  // Models free their buffers mostly in reverse order of allocation: search from the back.
  std::vector<void *> &blocks = frame->blocks_;
  auto it = std::find(blocks.rbegin(), blocks.rend(), block);
  if (it != blocks.rend()) {
    *it = blocks.back();
    blocks.pop_back();
  }
}

void abortRun(mcc_code code, size_t failedBytes) noexcept {
  RunFrame *frame = activeFrame;
  if (!frame)
    return;
  frame->aborted_ = true;
  frame->abortCode_ = code;
  frame->failedBytes_ = failedBytes;
  std::longjmp(frame->jump_, 1);
}

} // namespace mcc::rt

extern "C" __attribute__((visibility("default"))) void mcc_kernel_invalid_size(void) {
  mcc::rt::abortRun(MCC_INVALID_ARGUMENT, 0);
  // Only a model function called outside mcc_model_run gets here, with no run to end; the
  // allocation that follows would get a wrapped size.
  std::abort();
}
