//===- CompileHarness.cpp - ONNX bytes through mcc, for fuzz targets ------===//
#include "CompileHarness.h"

#include "codegen/Pipeline.h"
#include "codegen/emit/ModelSignature.h"
#include "codegen/emit/ObjectEmitter.h"
#include "frontend/Importer.h"
#include "tools/InitAll.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

using namespace mlir;

namespace mcc::fuzz {
namespace {

// Everything that is the same for every input, made once per process.
struct Process {
  DialectRegistry registry;
  std::string modelPath;
  std::unique_ptr<llvm::TargetMachine> target;

  Process() {
    registerAllPasses();
    registerAllDialects(registry);
    llvm::SmallString<128> dir;
    if (std::error_code ec = llvm::sys::fs::createUniqueDirectory("mcc-fuzz", dir)) {
      std::fprintf(stderr, "mcc fuzz: cannot create a temporary folder: %s\n",
                   ec.message().c_str());
      std::abort();
    }
    llvm::sys::path::append(dir, "model.onnx");
    modelPath = std::string(dir);
    std::string error;
    target = createTargetMachine(TargetOptions{}, error);
    if (!target) {
      std::fprintf(stderr, "mcc fuzz: no target machine: %s\n", error.c_str());
      std::abort();
    }
  }
};

Process &process() {
  static Process instance;
  return instance;
}

bool writeModel(const std::string &path, const uint8_t *data, size_t size) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return false;
  os.write(reinterpret_cast<const char *>(data), size);
  os.close();
  return !os.has_error();
}

LogicalResult runPipeline(MLIRContext &context, ModuleOp module,
                          void (*build)(OpPassManager &, const PipelineOptions &)) {
  PassManager pm(&context);
  build(pm, PipelineOptions{});
  return pm.run(module);
}

} // namespace

void compileBytes(const uint8_t *data, size_t size, Stage stage) {
  Process &shared = process();
  if (!writeModel(shared.modelPath, data, size))
    std::abort(); // the fuzzer's own folder: not the input's fault, so stop loudly

  MLIRContext context(shared.registry, MLIRContext::Threading::DISABLED);
  if (stage != Stage::Import) // as mcc does; the importer loads the few dialects it builds
    context.loadAllAvailableDialects();
  ScopedDiagnosticHandler quiet(&context, [](Diagnostic &) { return success(); });

  OwningOpRef<ModuleOp> module = importOnnxFile(context, shared.modelPath);
  if (!module || stage == Stage::Import)
    return;
  if (failed(verify(*module)) || failed(runPipeline(context, *module, buildGraphPipeline)) ||
      stage == Stage::GraphPasses)
    return;

  FailureOr<ModelSignature> signature = extractSignature(*module);
  if (failed(signature) || failed(runPipeline(context, *module, buildCpuLoweringPipeline)))
    return;
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateModel(*module, llvmContext, *signature, *shared.target);
  (void)llvmModule;
}

} // namespace mcc::fuzz
