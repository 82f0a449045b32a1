//===- ObjectEmitter.h - LLVM dialect -> object file, in process -*- C++ -*-===//
#ifndef MCC_CODEGEN_EMIT_OBJECTEMITTER_H
#define MCC_CODEGEN_EMIT_OBJECTEMITTER_H

#include "codegen/emit/ModelSignature.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"
#include <memory>

namespace mcc {

struct TargetOptions {
  /// LLVM CPU name, e.g. "znver3"; empty means the host's CPU and features.
  std::string cpu;
  unsigned optLevel = 2;
};

/// The x86-64 (host) target machine for position-independent code.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const TargetOptions &options,
                                                         std::string &error);

/// Translates the lowered module to LLVM IR, defines the externalized weights
/// (the `mcc.weights` module attribute) as raw byte arrays, adds the
/// `mcc_model` table of the model ABI, and makes everything else internal.
std::unique_ptr<llvm::Module> translateModel(mlir::ModuleOp module, llvm::LLVMContext &context,
                                             const ModelSignature &signature,
                                             llvm::TargetMachine &target);

/// Runs LLVM's standard optimization pipeline at the given level.
void optimizeModule(llvm::Module &module, llvm::TargetMachine &target, unsigned optLevel);

/// Writes an ELF object. Returns false with `error` set on failure.
bool emitObject(llvm::Module &module, llvm::TargetMachine &target, llvm::raw_pwrite_stream &os,
                std::string &error);

} // namespace mcc

#endif // MCC_CODEGEN_EMIT_OBJECTEMITTER_H
