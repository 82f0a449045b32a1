//===- ObjectEmitter.cpp - LLVM dialect -> object file, in process --------===//
#include "codegen/emit/ObjectEmitter.h"

#include "dialects/mcc/ConstantData.h"
#include "runtime/include/mcc/model_abi.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

using namespace mlir;

std::unique_ptr<llvm::TargetMachine> mcc::createTargetMachine(const TargetOptions &options,
                                                              std::string &error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::Triple triple(llvm::sys::getDefaultTargetTriple());
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  std::string cpu = options.cpu;
  std::string features;
  if (cpu.empty() || cpu == "native" || cpu == "host") {
    cpu = llvm::sys::getHostCPUName().str();
    llvm::SubtargetFeatures f;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      f.AddFeature(feature.first(), feature.second);
    features = f.getString();
  }
  auto level = options.optLevel == 0   ? llvm::CodeGenOptLevel::None
               : options.optLevel == 1 ? llvm::CodeGenOptLevel::Less
               : options.optLevel == 2 ? llvm::CodeGenOptLevel::Default
                                       : llvm::CodeGenOptLevel::Aggressive;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, cpu, features, llvm::TargetOptions(), llvm::Reloc::PIC_, std::nullopt, level));
  if (!machine)
    error = "cannot create a target machine for CPU '" + cpu + "'";
  return machine;
}

namespace {
llvm::Constant *cString(llvm::Module &m, llvm::StringRef s, const llvm::Twine &name) {
  auto *init = llvm::ConstantDataArray::getString(m.getContext(), s);
  return new llvm::GlobalVariable(m, init->getType(), /*isConstant=*/true,
                                  llvm::GlobalValue::PrivateLinkage, init, name);
}

// The mcc_abi_tensor_info array for one side of the signature.
llvm::Constant *tensorInfos(llvm::Module &m, llvm::StructType *infoType,
                            const std::vector<mcc::TensorSignature> &tensors, llvm::StringRef side) {
  llvm::LLVMContext &ctx = m.getContext();
  auto *ptr = llvm::PointerType::get(ctx, 0);
  if (tensors.empty())
    return llvm::ConstantPointerNull::get(ptr);
  std::vector<llvm::Constant *> infos;
  for (auto [i, t] : llvm::enumerate(tensors)) {
    auto *dimsInit = llvm::ConstantDataArray::get(ctx, llvm::ArrayRef<int64_t>(t.dims));
    auto *dims = new llvm::GlobalVariable(m, dimsInit->getType(), true,
                                          llvm::GlobalValue::PrivateLinkage, dimsInit,
                                          "__mcc_" + side + "_dims_" + llvm::Twine(i));
    infos.push_back(llvm::ConstantStruct::get(
        infoType, {cString(m, t.name, "__mcc_" + side + "_name_" + llvm::Twine(i)),
                   llvm::ConstantInt::get(llvm::Type::getInt32Ty(ctx), t.dtype),
                   llvm::ConstantInt::get(llvm::Type::getInt32Ty(ctx), t.dims.size()), dims}));
  }
  auto *arrayType = llvm::ArrayType::get(infoType, infos.size());
  return new llvm::GlobalVariable(m, arrayType, true, llvm::GlobalValue::PrivateLinkage,
                                  llvm::ConstantArray::get(arrayType, infos),
                                  "__mcc_" + side);
}

// A 64-byte aligned internal constant holding `bytes`.
llvm::GlobalVariable *dataGlobal(llvm::Module &m, llvm::ArrayRef<char> bytes,
                                 const llvm::Twine &name) {
  auto *init = llvm::ConstantDataArray::getRaw(llvm::StringRef(bytes.data(), bytes.size()),
                                               bytes.size(), llvm::Type::getInt8Ty(m.getContext()));
  auto *global = new llvm::GlobalVariable(m, init->getType(), /*isConstant=*/true,
                                          llvm::GlobalValue::InternalLinkage, init, name);
  global->setAlignment(llvm::Align(64));
  return global;
}

// The state_init array of a training step: one pointer per state tensor, null for zeros.
llvm::Constant *stateInit(llvm::Module &m, const mcc::ModelSignature &sig, uint64_t &bytes,
                          std::string &error) {
  auto *ptr = llvm::PointerType::get(m.getContext(), 0);
  if (sig.numState == 0)
    return llvm::ConstantPointerNull::get(ptr);
  std::vector<llvm::Constant *> entries;
  for (auto [i, value] : llvm::enumerate(sig.stateInit)) {
    if (!value) {
      entries.push_back(llvm::ConstantPointerNull::get(ptr));
      continue;
    }
    std::optional<std::vector<char>> data = mcc::getRawBytes(value);
    if (!data) {
      error = "the initial value of training state " + std::to_string(i) + " has no data";
      return nullptr;
    }
    bytes += data->size();
    entries.push_back(dataGlobal(m, *data, "__mcc_state_init_" + llvm::Twine(i)));
  }
  auto *type = llvm::ArrayType::get(ptr, entries.size());
  return new llvm::GlobalVariable(m, type, true, llvm::GlobalValue::PrivateLinkage,
                                  llvm::ConstantArray::get(type, entries), "__mcc_state_init");
}

void addModelTable(llvm::Module &m, const mcc::ModelSignature &sig, llvm::Function *run,
                   uint64_t workspaceBytes, uint64_t weightsBytes, llvm::Constant *init) {
  llvm::LLVMContext &ctx = m.getContext();
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  auto *i64 = llvm::Type::getInt64Ty(ctx);
  auto *ptr = llvm::PointerType::get(ctx, 0);
  auto *infoType = llvm::StructType::create(ctx, {ptr, i32, i32, ptr}, "mcc_abi_tensor_info");
  auto *modelType =
      llvm::StructType::create(ctx, {i32, i32, i32, i32, ptr, ptr, ptr, ptr, i64, i64, i32, i32, ptr},
                               "mcc_abi_model");
  auto *table = llvm::ConstantStruct::get(
      modelType, {llvm::ConstantInt::get(i32, MCC_ABI_VERSION),
                  llvm::ConstantInt::get(i32, sig.inputs.size()),
                  llvm::ConstantInt::get(i32, sig.outputs.size()), llvm::ConstantInt::get(i32, 0),
                  tensorInfos(m, infoType, sig.inputs, "inputs"),
                  tensorInfos(m, infoType, sig.outputs, "outputs"),
                  cString(m, sig.modelName, "__mcc_model_name"), run,
                  llvm::ConstantInt::get(i64, workspaceBytes),
                  llvm::ConstantInt::get(i64, weightsBytes),
                  llvm::ConstantInt::get(i32, sig.numParams),
                  llvm::ConstantInt::get(i32, sig.numState), init});
  new llvm::GlobalVariable(m, modelType, true, llvm::GlobalValue::ExternalLinkage, table,
                           MCC_ABI_MODEL_SYMBOL);
}
} // namespace

std::unique_ptr<llvm::Module> mcc::translateModel(ModuleOp module, llvm::LLVMContext &context,
                                                  const ModelSignature &signature,
                                                  llvm::TargetMachine &target) {
  // Take the weights off the module: the translation must not see them.
  auto weights = module->getAttrOfType<DictionaryAttr>("mcc.weights");
  module->removeAttr("mcc.weights");
  // The memory plan's arena size (mcc-plan-memory), for the model table.
  uint64_t workspaceBytes = 0;
  if (auto bytes = module->getAttrOfType<IntegerAttr>("mcc.workspace_bytes"))
    workspaceBytes = bytes.getInt();
  uint64_t weightsBytes = 0;

  registerBuiltinDialectTranslation(*module.getContext());
  registerLLVMDialectTranslation(*module.getContext());
  std::unique_ptr<llvm::Module> m = translateModuleToLLVMIR(module, context, signature.modelName);
  if (!m)
    return nullptr;
  m->setTargetTriple(target.getTargetTriple());
  m->setDataLayout(target.createDataLayout());

  if (weights) {
    for (NamedAttribute weight : weights) {
      llvm::GlobalVariable *decl = m->getGlobalVariable(weight.getName().strref());
      if (!decl)
        continue; // folded away after externalization
      std::optional<std::vector<char>> bytes = getRawBytes(weight.getValue());
      if (!bytes) {
        module.emitError("weight ") << weight.getName() << " has no data to emit";
        return nullptr;
      }
      llvm::GlobalVariable *def = dataGlobal(*m, *bytes, "");
      weightsBytes += bytes->size();
      decl->replaceAllUsesWith(def);
      def->takeName(decl);
      decl->eraseFromParent();
    }
  }

  llvm::Function *run = m->getFunction("mcc_model_run");
  if (!run) {
    module.emitError("lowered module has no mcc_model_run entry point");
    return nullptr;
  }
  // Only the model table is exported; everything else the .so defines is
  // internal, so LLVM may inline and drop it and two models never clash.
  for (llvm::Function &f : *m)
    if (!f.isDeclaration())
      f.setLinkage(llvm::GlobalValue::InternalLinkage);
  for (llvm::GlobalVariable &g : m->globals())
    if (!g.isDeclaration())
      g.setLinkage(llvm::GlobalValue::InternalLinkage);
  std::string error;
  llvm::Constant *init = stateInit(*m, signature, weightsBytes, error);
  if (!init) {
    module.emitError(error);
    return nullptr;
  }
  addModelTable(*m, signature, run, workspaceBytes, weightsBytes, init);
  return m;
}

void mcc::optimizeModule(llvm::Module &module, llvm::TargetMachine &target, unsigned optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&target);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optLevel == 0   ? llvm::OptimizationLevel::O0
                                  : optLevel == 1 ? llvm::OptimizationLevel::O1
                                  : optLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager mpm = optLevel == 0 ? pb.buildO0DefaultPipeline(level)
                                              : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(module, mam);
}

bool mcc::emitObject(llvm::Module &module, llvm::TargetMachine &target,
                     llvm::raw_pwrite_stream &os, std::string &error) {
  llvm::legacy::PassManager pm;
  if (target.addPassesToEmitFile(pm, os, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return false;
  }
  pm.run(module);
  return true;
}
