//===- ModelSignature.cpp - a model's inputs and outputs ------------------===//
#include "codegen/emit/ModelSignature.h"

#include "runtime/include/mcc/model_abi.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

using namespace mlir;

int32_t mcc::getDtypeCode(Type t) {
  if (t.isF32())
    return MCC_DTYPE_F32;
  if (t.isF64())
    return MCC_DTYPE_F64;
  if (t.isF16())
    return MCC_DTYPE_F16;
  if (t.isBF16())
    return MCC_DTYPE_BF16;
  if (t.isInteger(1))
    return MCC_DTYPE_BOOL;
  if (t.isUnsignedInteger(8))
    return MCC_DTYPE_U8;
  if (t.isInteger(8))
    return MCC_DTYPE_I8;
  if (t.isInteger(16))
    return MCC_DTYPE_I16;
  if (t.isInteger(32))
    return MCC_DTYPE_I32;
  if (t.isInteger(64))
    return MCC_DTYPE_I64;
  return MCC_DTYPE_UNDEFINED;
}

namespace {
FailureOr<mcc::TensorSignature> describe(Location loc, Type type, DictionaryAttr attrs,
                                         StringRef fallbackName) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor)
    return emitError(loc, "model inputs and outputs must be ranked tensors, got ") << type;
  mcc::TensorSignature sig;
  auto name = attrs ? attrs.getAs<StringAttr>("mcc.name") : StringAttr();
  sig.name = name ? name.str() : fallbackName.str();
  sig.dtype = mcc::getDtypeCode(tensor.getElementType());
  if (!sig.dtype)
    return emitError(loc, "tensor '") << sig.name << "' has element type "
                                      << tensor.getElementType() << ", which the runtime lacks";
  for (int64_t d : tensor.getShape())
    sig.dims.push_back(ShapedType::isDynamic(d) ? -1 : d);
  return sig;
}
} // namespace

FailureOr<mcc::ModelSignature> mcc::extractSignature(ModuleOp module, StringRef function) {
  auto func = module.lookupSymbol<func::FuncOp>(function);
  if (!func)
    return module.emitError("no model function '") << function << "'";
  ModelSignature sig;
  auto name = module->getAttrOfType<StringAttr>("mcc.model_name");
  sig.modelName = name ? name.str() : "model";
  for (unsigned i = 0; i < func.getNumArguments(); ++i) {
    auto t = describe(func.getLoc(), func.getArgument(i).getType(), func.getArgAttrDict(i),
                      "input_" + std::to_string(i));
    if (failed(t))
      return failure();
    sig.inputs.push_back(*t);
  }
  for (unsigned i = 0; i < func.getNumResults(); ++i) {
    auto t = describe(func.getLoc(), func.getResultTypes()[i], func.getResultAttrDict(i),
                      "output_" + std::to_string(i));
    if (failed(t))
      return failure();
    sig.outputs.push_back(*t);
  }
  if (sig.outputs.empty())
    return func.emitError("the model has no outputs");
  if (auto train = module->getAttrOfType<DictionaryAttr>("mcc.train_step")) {
    auto params = train.getAs<IntegerAttr>("num_params");
    auto state = train.getAs<IntegerAttr>("num_state");
    if (!params || !state || state.getInt() > (int64_t)sig.inputs.size() ||
        state.getInt() + 2 != (int64_t)sig.outputs.size() || params.getInt() > state.getInt())
      return module.emitError("malformed mcc.train_step attribute");
    sig.numParams = params.getInt();
    sig.numState = state.getInt();
    unsigned first = func.getNumArguments() - sig.numState;
    // The initial values move into the signature: LLVM's translation has no use for them.
    for (unsigned i = first; i < func.getNumArguments(); ++i)
      sig.stateInit.push_back(func.removeArgAttr(i, "mcc.initial_value"));
  }
  return sig;
}
