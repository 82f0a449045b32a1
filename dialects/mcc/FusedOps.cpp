//===- FusedOps.cpp - shapes of contractions with a fused epilogue --------===//
//
// A fused op's result is the contraction's: inference defers to mcc.conv and
// mcc.matmul, then checks what the epilogue adds (bias, residual, activation).
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/FusedOps.h"
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringSwitch.h"

using namespace mlir;
using namespace mcc;

int mcc::getActivationParamCount(llvm::StringRef name) {
  return llvm::StringSwitch<int>(name)
      .Cases({"none", "relu", "sigmoid", "tanh", "hard_swish", "silu", "gelu", "gelu_tanh"}, 0)
      .Cases({"clip", "hard_sigmoid"}, 2)
      .Case("leaky_relu", 1)
      .Default(-1);
}

namespace {
// The epilogue of a fused op whose contraction has result type `result`; a
// bias, when given, must broadcast into it without growing it.
LogicalResult checkEpilogue(OptLoc loc, RankedTensorType result, Value bias, Value residual,
                            StringRef activation, ArrayRef<double> params) {
  int count = getActivationParamCount(activation);
  if (count < 0)
    return emitOptionalError(loc, "unknown epilogue activation '", activation, "'");
  if ((int)params.size() != count)
    return emitOptionalError(loc, "activation '", activation, "' takes ", count,
                             " parameters, got ", params.size());
  if (bias) {
    auto b = rankedType(loc, bias, "bias");
    if (failed(b))
      return failure();
    SmallVector<int64_t> out;
    if (!broadcastShapes(result.getShape(), b->getShape(), out) ||
        !areRefinableTypes(result, RankedTensorType::get(out, result.getElementType())))
      return emitOptionalError(loc, "bias ", *b, " does not broadcast to ", result);
  }
  if (residual) {
    auto r = rankedType(loc, residual, "residual");
    if (failed(r))
      return failure();
    if (!areRefinableTypes(result, *r))
      return emitOptionalError(loc, "residual ", *r, " does not have the result's shape ",
                               result);
  }
  return success();
}
} // namespace

LogicalResult FusedConvOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  ConvOp::Properties conv;
  conv.setStrides(adaptor.getStridesAttr());
  conv.setPads(adaptor.getPadsAttr());
  conv.setDilations(adaptor.getDilationsAttr());
  conv.setGroup(adaptor.getGroupAttr()
                    ? adaptor.getGroupAttr()
                    : IntegerAttr::get(IntegerType::get(adaptor.getInput().getContext(), 64), 1));
  // The bias joins the conv's own check: [M], one per output channel.
  SmallVector<Value> operands{adaptor.getInput(), adaptor.getWeight()};
  if (adaptor.getBias())
    operands.push_back(adaptor.getBias());
  if (failed(ConvOp::inferShapes(nullptr, loc, ConvOp::Adaptor(operands, nullptr, conv),
                                 inferred)))
    return failure();
  // (The bias is per channel, already checked: no numpy broadcast here.)
  return checkEpilogue(loc, cast<RankedTensorType>(inferred.front()), /*bias=*/nullptr,
                       adaptor.getResidual(), adaptor.getActivation(),
                       adaptor.getActivationParams());
}

LogicalResult FusedMatMulOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  SmallVector<Value, 2> operands{adaptor.getLhs(), adaptor.getRhs()};
  if (adaptor.getTransB()) {
    // Gemm's shapes: both operands 2-D.
    // Every attribute set: the adaptor reads them without defaults.
    Builder b(adaptor.getLhs().getContext());
    GemmOp::Properties gemm;
    gemm.setTransA(b.getBoolAttr(false));
    gemm.setTransB(b.getBoolAttr(true));
    gemm.setAlpha(b.getF64FloatAttr(1.0));
    gemm.setBeta(b.getF64FloatAttr(1.0));
    if (failed(GemmOp::inferShapes(nullptr, loc, GemmOp::Adaptor(ValueRange(operands), nullptr, gemm),
                                   inferred)))
      return failure();
  } else if (failed(MatMulOp::inferShapes(nullptr, loc, MatMulOp::Adaptor(ValueRange(operands)),
                                          inferred))) {
    return failure();
  }
  return checkEpilogue(loc, cast<RankedTensorType>(inferred.front()), adaptor.getBias(),
                       adaptor.getResidual(), adaptor.getActivation(),
                       adaptor.getActivationParams());
}
