//===- SharedLibraryLinker.h - object file -> .so with lld -----*- C++ -*-===//
#ifndef MCC_CODEGEN_EMIT_SHAREDLIBRARYLINKER_H
#define MCC_CODEGEN_EMIT_SHAREDLIBRARYLINKER_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace mcc {
/// Links `objectPath` into the shared library `outputPath` with lld, in
/// process. The library needs only libc and libm. Returns false with the
/// linker's messages in `error` on failure.
bool linkSharedLibrary(llvm::StringRef objectPath, llvm::StringRef outputPath,
                       std::string &error);
} // namespace mcc

#endif // MCC_CODEGEN_EMIT_SHAREDLIBRARYLINKER_H
