// The cache of freed model buffers behind _mlir_memref_to_llvm_{alloc,free} (BufferCache.cpp).
#ifndef MCC_RUNTIME_BUFFERCACHE_H
#define MCC_RUNTIME_BUFFERCACHE_H

#include <cstddef>

namespace mcc::rt {

// Frees a block the model allocated, as _mlir_memref_to_llvm_free would.
void releaseModelBlock(void *block) noexcept;

// Frees every cached block; returns how many bytes that gave back.
size_t trimBufferCache() noexcept;

} // namespace mcc::rt

#endif // MCC_RUNTIME_BUFFERCACHE_H
