//===- mcc.cpp - the mcc compiler driver ----------------------------------===//
//
//   mcc model.onnx -o model.so [--emit=mlir|llvm|obj|so] [-O0..-O3]
//   mcc --check model.onnx        (operator coverage only; exit 0 when fully supported)
//   mcc model.onnx --train --loss=... --optimizer=... -o model.train.so
//
// Walks the pipeline one stage at a time, like Toy's -emit= ladder: import,
// graph passes, lowering (linalg, bufferization, LLVM dialect), LLVM IR,
// object file, shared library. Every error names the file and the ONNX node.
//
//===----------------------------------------------------------------------===//
#include "codegen/Pipeline.h"
#include "codegen/emit/ModelSignature.h"
#include "codegen/emit/ObjectEmitter.h"
#include "codegen/emit/SharedLibraryLinker.h"
#include "frontend/Importer.h"
#include "passes/Passes.h"
#include "Checkpoint.h" // runtime/src: the checkpoint format, shared with the runtime
#include "tools/InitAll.h"
#include "tools/mcc/Diagnostics.h"
#include "tools/mcc/Stats.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/Timing.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
namespace cl = llvm::cl;

namespace {
enum class Emit { Mlir, Llvm, Obj, So, Onnx };

cl::OptionCategory category("mcc options");
cl::opt<std::string> inputPath(cl::Positional, cl::desc("<model.onnx | model.mlir>"),
                               cl::Required, cl::cat(category));
cl::opt<std::string> outputPath("o", cl::desc("Output file (default: the input's name with the "
                                              "extension of --emit)"),
                                cl::value_desc("path"), cl::cat(category));
cl::opt<Emit> emit("emit", cl::desc("What to write"), cl::init(Emit::So),
                   cl::values(clEnumValN(Emit::Mlir, "mlir",
                                         "the mcc dialect after import and graph passes"),
                              clEnumValN(Emit::Llvm, "llvm", "LLVM IR, optimized"),
                              clEnumValN(Emit::Obj, "obj", "an object file"),
                              clEnumValN(Emit::So, "so", "a shared library (default)"),
                              clEnumValN(Emit::Onnx, "onnx",
                                         "the ONNX model itself, with --weights applied")),
                   cl::cat(category));
cl::opt<unsigned> optLevel("O", cl::desc("Optimization level 0-3 (default 2)"), cl::Prefix,
                           cl::init(2), cl::cat(category));
cl::opt<std::string> targetCpu("target-cpu",
                               cl::desc("LLVM CPU to generate code for (default: this host)"),
                               cl::init(""), cl::cat(category));
cl::opt<bool> printIrAfterAll("print-ir-after-all", cl::desc("Print the IR after every pass"),
                              cl::init(false), cl::cat(category));
cl::opt<bool> timing("timing", cl::desc("Print how long each phase and pass took"),
                     cl::init(false), cl::cat(category));
cl::opt<bool> noFuse("no-fuse",
                     cl::desc("Turn off the fusion passes only (epilogue, elementwise, "
                              "attention), to measure what they gain; canonicalization and "
                              "recomposition still run"),
                     cl::init(false), cl::cat(category));
cl::opt<bool> noMicrokernels(
    "no-microkernels",
    cl::desc("Lower conv, matmul and gemm to generated loops instead of calls of the "
             "runtime's microkernels (slower; for comparison and debugging)"),
    cl::init(false), cl::cat(category));
// Spelled --stats on the command line (see main); LLVM already owns -stats.
cl::opt<bool> stats("mcc-stats", cl::Hidden, cl::init(false), cl::cat(category));
cl::opt<bool> emitWeights("emit-weights",
                          cl::desc("With --emit=mlir, print weight blobs in full instead of "
                                   "eliding those over 1 KiB"),
                          cl::init(false), cl::cat(category));
cl::opt<bool> checkOnly("check",
                        cl::desc("Import the model and print its operator coverage (nodes, "
                                 "supported nodes, unsupported op types) without compiling; "
                                 "exit 0 when every node is supported"),
                        cl::init(false), cl::cat(category));

// Training (--train): the library becomes one training step (docs/training.md).
cl::OptionCategory trainCategory("mcc training options (with --train)");
cl::opt<bool> train("train",
                    cl::desc("Compile a training step (forward, loss, backward, optimizer "
                             "update) instead of inference"),
                    cl::init(false), cl::cat(trainCategory));
cl::opt<std::string> lossName("loss", cl::desc("cross_entropy (default), mse or bce"),
                              cl::init("cross_entropy"), cl::cat(trainCategory));
cl::opt<std::string> lossReduction("loss-reduction", cl::desc("mean (default) or sum"),
                                   cl::init("mean"), cl::cat(trainCategory));
cl::opt<std::string> optimizerName("optimizer",
                                   cl::desc("sgd (default), momentum, adam or adamw"),
                                   cl::init("sgd"), cl::cat(trainCategory));
cl::opt<double> learningRate("lr", cl::desc("Learning rate (default 0.01)"), cl::init(0.01),
                             cl::cat(trainCategory));
cl::opt<double> weightDecay("weight-decay",
                            cl::desc("Weight decay: L2 for sgd, momentum and adam, "
                                     "decoupled for adamw (default 0)"),
                            cl::init(0.0), cl::cat(trainCategory));
cl::opt<double> momentum("momentum", cl::desc("Momentum factor (default 0.9)"), cl::init(0.9),
                         cl::cat(trainCategory));
cl::opt<double> beta1("beta1", cl::desc("Adam's beta1 (default 0.9)"), cl::init(0.9),
                      cl::cat(trainCategory));
cl::opt<double> beta2("beta2", cl::desc("Adam's beta2 (default 0.999)"), cl::init(0.999),
                      cl::cat(trainCategory));
cl::opt<double> adamEps("eps", cl::desc("Adam's epsilon (default 1e-8)"), cl::init(1e-8),
                        cl::cat(trainCategory));
cl::opt<std::string> trainable("trainable",
                               cl::desc("Regular expression: train only the initializers "
                                        "whose whole name matches (default: all float "
                                        "initializers)"),
                               cl::init(".*"), cl::cat(trainCategory));
cl::opt<std::string> batchNormMode(
    "batch-norm",
    cl::desc("train (default): batch norms use the batch's statistics and update the running "
             "ones, as torch's model.train(); frozen: they use the running ones, as model.eval()"),
    cl::init("train"), cl::cat(trainCategory));

cl::opt<std::string> weightsPath(
    "weights",
    cl::desc("A training checkpoint (mcc-run --train --checkpoint): its weights replace the "
             "initializers of the same names before compiling"),
    cl::value_desc("checkpoint.mcc"), cl::init(""), cl::cat(category));

// The trained weights of --weights, as the importer takes them.
bool readTrainedWeights(mcc::ImportOptions &options) {
  if (weightsPath.empty())
    return true;
  std::string contents;
  std::string error = mcc::rt::readWholeFile(weightsPath, uint64_t(1) << 40, contents);
  std::vector<mcc::rt::CheckpointEntry> entries;
  if (error.empty())
    error = mcc::rt::parseCheckpoint(contents.data(), contents.size(), entries);
  if (!error.empty()) {
    llvm::errs() << weightsPath << ": error: " << error << "\n";
    return false;
  }
  for (const mcc::rt::CheckpointEntry &e : entries)
    options.trainedWeights.push_back(
        {e.name, static_cast<int32_t>(e.dtype), e.dims, std::string(e.data, e.bytes)});
  return true;
}

void buildTrainStepPipeline(OpPassManager &pm) {
  mcc::ParameterizeWeightsOptions weights;
  weights.trainable = trainable;
  pm.addPass(mcc::createParameterizeWeights(weights));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // Differentiate layer norm and GELU as one op each, not their decompositions.
  pm.addNestedPass<func::FuncOp>(mcc::createRecomposeLayerNorm());
  pm.addNestedPass<func::FuncOp>(mcc::createRecomposeActivations());
  // Backprop through time differentiates each step's cell.
  pm.addNestedPass<func::FuncOp>(mcc::createUnrollRecurrent());
  pm.addPass(createCanonicalizerPass());
  mcc::BuildTrainStepOptions step;
  step.loss = lossName;
  step.reduction = lossReduction;
  step.optimizer = optimizerName;
  step.lr = learningRate;
  step.weightDecay = weightDecay;
  step.momentum = momentum;
  step.beta1 = beta1;
  step.beta2 = beta2;
  step.eps = adamEps;
  step.batchNorm = batchNormMode;
  pm.addPass(mcc::createBuildTrainStep(step));
}

std::string defaultOutputPath() {
  llvm::SmallString<256> path(inputPath);
  const char *ext = emit == Emit::Mlir   ? ".mlir"
                    : emit == Emit::Llvm ? ".ll"
                    : emit == Emit::Obj  ? ".o"
                    : emit == Emit::Onnx ? ".trained.onnx"
                                         : ".so";
  llvm::sys::path::replace_extension(path, ext);
  return std::string(path);
}

OwningOpRef<ModuleOp> load(MLIRContext &context, const mcc::ImportOptions &options) {
  if (llvm::StringRef(inputPath).ends_with(".mlir")) {
    if (!options.trainedWeights.empty()) {
      llvm::errs() << inputPath << ": error: --weights needs an ONNX model\n";
      return nullptr;
    }
    llvm::SourceMgr sources;
    std::string error;
    auto file = openInputFile(inputPath, &error);
    if (!file) {
      llvm::errs() << inputPath << ": error: " << error << "\n";
      return nullptr;
    }
    sources.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
    return parseSourceFile<ModuleOp>(sources, &context);
  }
  return mcc::importOnnxFile(context, inputPath, options);
}

// Runs `build`'s passes on the module, timed as one phase.
LogicalResult runPhase(ModuleOp module, MLIRContext &context, TimingScope &parent,
                       llvm::StringRef name,
                       llvm::function_ref<void(OpPassManager &)> build) {
  TimingScope phase = parent.nest(name);
  PassManager pm(&context);
  if (printIrAfterAll) {
    context.disableMultithreading();
    pm.enableIRPrinting(/*shouldPrintBeforePass=*/nullptr,
                        /*shouldPrintAfterPass=*/[](Pass *, Operation *) { return true; },
                        /*printModuleScope=*/true, /*printAfterOnlyOnChange=*/false);
  }
  pm.enableTiming(phase);
  build(pm);
  return pm.run(module);
}

bool writeFile(llvm::StringRef path, llvm::function_ref<void(llvm::raw_ostream &)> write) {
  std::error_code ec;
  llvm::ToolOutputFile out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    llvm::errs() << path << ": error: cannot write: " << ec.message() << "\n";
    return false;
  }
  write(out.os());
  out.keep();
  return true;
}

// mcc --check: the importer reports every problem node as an error; this adds a summary on
// stdout, one "key: value" per line so scripts can read it.
int check() {
  DialectRegistry registry;
  mcc::registerAllDialects(registry);
  MLIRContext context(registry);
  mcc::DriverDiagnostics diagnostics(context, inputPath);
  mcc::ImportCoverage coverage;
  OwningOpRef<ModuleOp> module = mcc::importOnnxFile(context, inputPath, coverage);
  bool imported = module && succeeded(verify(*module));
  llvm::outs() << inputPath << ":\n"
               << "  nodes: " << coverage.nodes << "\n"
               << "  supported: " << coverage.supportedNodes() << "\n";
  auto list = [&](llvm::StringRef what, const std::map<std::string, int64_t> &counts) {
    if (counts.empty())
      return;
    llvm::outs() << "  " << what << ":\n";
    for (const auto &[op, count] : counts)
      llvm::outs() << "    " << op << ": " << count << "\n";
  };
  list("unsupported operators", coverage.unsupported);
  list("nodes that failed to import", coverage.failed);
  bool covered = imported && coverage.supportedNodes() == coverage.nodes;
  llvm::outs() << "  result: " << (covered ? "supported" : "not supported") << "\n";
  return covered ? 0 : 1;
}

int compile() {
  // The pipelines are written as pass-pipeline strings (codegen/Pipeline.cpp).
  mcc::registerAllPasses();
  DialectRegistry registry;
  mcc::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  mcc::DriverDiagnostics diagnostics(context, inputPath);
  mcc::PipelineOptions options;
  options.optLevel = std::min(3u, optLevel.getValue());
  options.fuse = !noFuse;
  options.microkernels = !noMicrokernels;
  std::string output = outputPath.empty() ? defaultOutputPath() : outputPath.getValue();

  DefaultTimingManager timer;
  timer.setEnabled(timing);
  TimingScope root = timer.getRootScope();

  mcc::ImportOptions importOptions;
  if (!readTrainedWeights(importOptions))
    return 1;
  if (emit == Emit::Onnx) {
    if (llvm::StringRef(inputPath).ends_with(".mlir")) {
      llvm::errs() << inputPath << ": error: --emit=onnx needs an ONNX model\n";
      return 1;
    }
    return succeeded(mcc::writeOnnxWithTrainedWeights(context, inputPath, importOptions, output))
               ? 0
               : 1;
  }
  OwningOpRef<ModuleOp> module;
  {
    TimingScope phase = root.nest("import");
    module = load(context, importOptions);
  }
  if (!module || failed(verify(*module)))
    return 1;
  if (train && failed(runPhase(*module, context, root, "training step", buildTrainStepPipeline)))
    return 1;
  if (failed(runPhase(*module, context, root, "graph passes",
                      [&](OpPassManager &pm) { mcc::buildGraphPipeline(pm, options); })))
    return 1;
  if (stats)
    mcc::printOpCounts(*module, llvm::outs());

  if (emit == Emit::Mlir) {
    OpPrintingFlags flags;
    if (!emitWeights)
      flags.elideLargeResourceString(1024);
    return writeFile(output, [&](llvm::raw_ostream &os) { module->print(os, flags); }) ? 0 : 1;
  }

  FailureOr<mcc::ModelSignature> signature = mcc::extractSignature(*module);
  if (failed(signature))
    return 1;
  if (failed(runPhase(*module, context, root, "lower to linalg",
                      [&](OpPassManager &pm) { mcc::buildLinalgPipeline(pm, options); })))
    return 1;
  if (stats)
    llvm::outs() << "kernels " << mcc::countKernels(*module) << "\n";
  if (failed(runPhase(*module, context, root, "bufferize",
                      [&](OpPassManager &pm) { mcc::buildBufferizePipeline(pm, options); })))
    return 1;
  if (stats)
    mcc::printMemoryPlan(*module, llvm::outs());
  if (failed(runPhase(*module, context, root, "lower to LLVM dialect",
                      [&](OpPassManager &pm) { mcc::buildLLVMPipeline(pm, options); })))
    return 1;

  std::string error;
  mcc::TargetOptions target{targetCpu, options.optLevel};
  std::unique_ptr<llvm::TargetMachine> machine = mcc::createTargetMachine(target, error);
  if (!machine) {
    llvm::errs() << "mcc: error: " << error << "\n";
    return 1;
  }
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule;
  {
    TimingScope phase = root.nest("translate to LLVM IR");
    llvmModule = mcc::translateModel(*module, llvmContext, *signature, *machine);
  }
  if (!llvmModule)
    return 1;
  module = nullptr; // the MLIR module (and its weights) is no longer needed
  {
    TimingScope phase = root.nest("LLVM optimization");
    mcc::optimizeModule(*llvmModule, *machine, options.optLevel);
  }
  if (emit == Emit::Llvm)
    return writeFile(output, [&](llvm::raw_ostream &os) { llvmModule->print(os, nullptr); }) ? 0
                                                                                            : 1;

  std::string objectPath = output;
  llvm::SmallString<128> tempObject;
  if (emit == Emit::So) {
    int fd;
    if (auto ec = llvm::sys::fs::createTemporaryFile("mcc", "o", fd, tempObject)) {
      llvm::errs() << "mcc: error: cannot create a temporary file: " << ec.message() << "\n";
      return 1;
    }
    llvm::sys::Process::SafelyCloseFileDescriptor(fd);
    objectPath = std::string(tempObject);
  }
  {
    TimingScope phase = root.nest("code generation");
    std::error_code ec;
    llvm::ToolOutputFile out(objectPath, ec, llvm::sys::fs::OF_None);
    if (ec) {
      llvm::errs() << objectPath << ": error: cannot write: " << ec.message() << "\n";
      return 1;
    }
    if (!mcc::emitObject(*llvmModule, *machine, out.os(), error)) {
      llvm::errs() << "mcc: error: " << error << "\n";
      return 1;
    }
    out.keep();
  }
  if (emit == Emit::Obj)
    return 0;
  bool linked;
  {
    TimingScope phase = root.nest("link");
    linked = mcc::linkSharedLibrary(objectPath, output, error);
  }
  llvm::sys::fs::remove(objectPath);
  if (!linked) {
    llvm::errs() << output << ": error: linking failed: " << error << "\n";
    return 1;
  }
  return 0;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // LLVM owns `-stats` (its pass statistics); ours is spelled --stats too, so
  // it is renamed before LLVM's parser sees it.
  std::vector<char *> args(argv, argv + argc);
  static char renamed[] = "--mcc-stats";
  for (char *&arg : args)
    if (llvm::StringRef(arg) == "--stats" || llvm::StringRef(arg) == "-stats")
      arg = renamed;
  cl::HideUnrelatedOptions({&category, &trainCategory});
  cl::ParseCommandLineOptions(args.size(), args.data(),
                              "mcc: compile an ONNX model into a native shared library\n\n"
                              "  mcc model.onnx -o model.so\n\n"
                              "  --stats               - Print one line per op kind (op-count NAME "
                              "N),\n"
                              "                          the number of kernels and the planned "
                              "peak\n"
                              "                          activation bytes\n");
  return checkOnly ? check() : compile();
}
