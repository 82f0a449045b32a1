//===- KernelCallBuilder.cpp - pieces of a microkernel call on tensors ----===//
#include "codegen/cpu/KernelCallBuilder.h"
#include "dialects/mcc/ConstantData.h"
#include "mcc/kernels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

#include "llvm/ADT/StringSwitch.h"

#include <atomic>
#include <cstring>

using namespace mlir;

namespace mcc {

bool isF32Tensor(Value v) {
  auto type = dyn_cast_or_null<RankedTensorType>(v ? v.getType() : Type());
  return type && type.getElementType().isF32();
}

/// The memref type a kernel parameter of `rank` has: every size and stride
/// and the offset dynamic; f32 unless `element` says otherwise.
MemRefType dynamicMemRefType(MLIRContext *ctx, int64_t rank, Type element) {
  SmallVector<int64_t> dynamic(rank, ShapedType::kDynamic);
  auto layout = StridedLayoutAttr::get(ctx, ShapedType::kDynamic, dynamic);
  return MemRefType::get(dynamic, element ? element : Float32Type::get(ctx), layout);
}

/// `tensor` as a kernel parameter: its buffer, read only, cast to the fully
/// dynamic memref type (a cast bufferization folds away).
Value asKernelOperand(OpBuilder &b, Location loc, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  MemRefType dynamic = dynamicMemRefType(b.getContext(), type.getRank(), type.getElementType());
  auto exact = MemRefType::get(type.getShape(), type.getElementType(), dynamic.getLayout());
  auto read = bufferization::ToBufferOp::create(b, loc, exact, tensor, /*read_only=*/true);
  // One-shot bufferization sees the tensor read where its to_buffer is, not where the call
  // uses the memref. to_buffer is Pure, so CSE would merge this read into an earlier one of
  // the same tensor (a training step reads an activation in the forward pass and again in
  // the backward pass); the tensor would then look dead after the first read, and an op in
  // between could take its buffer in place while this call still reads it. A distinct
  // attribute on every read keeps them apart; it goes away with the op at bufferization.
  static std::atomic<int64_t> reads{0};
  read->setAttr("mcc.kernel_read", b.getI64IntegerAttr(reads++));
  return memref::CastOp::create(b, loc, dynamic, read.getResult());
}

/// The dynamic sizes of a tensor of `type` whose dims are `sizes`.
SmallVector<Value> dynamicSizes(OpBuilder &b, Location loc, RankedTensorType type,
                                ArrayRef<OpFoldResult> sizes) {
  SmallVector<Value> dynamic;
  for (auto [d, size] : llvm::enumerate(sizes))
    if (type.isDynamicDim(d))
      dynamic.push_back(getValueOrCreateConstantIndexOp(b, loc, size));
  return dynamic;
}

SmallVector<OpFoldResult> tensorSizes(OpBuilder &b, Location loc, Value tensor) {
  return tensor::getMixedSizes(b, loc, tensor);
}

/// A result buffer of `type`, 64-byte aligned like every other allocation.
Value allocResult(OpBuilder &b, Location loc, RankedTensorType type,
                  ArrayRef<OpFoldResult> sizes) {
  auto memrefType = MemRefType::get(type.getShape(), type.getElementType());
  return memref::AllocOp::create(b, loc, memrefType, dynamicSizes(b, loc, type, sizes),
                                 b.getI64IntegerAttr(64));
}

Value asResultTensor(OpBuilder &b, Location loc, RankedTensorType type, Value buffer) {
  return bufferization::ToTensorOp::create(b, loc, type, buffer, b.getUnitAttr(),
                                           b.getUnitAttr());
}

/// The declaration of kernel `name` in `module`, created on first use.
func::FuncOp getKernel(ModuleOp module, StringRef name, TypeRange argTypes,
                       TypeRange resultTypes) {
  if (auto existing = module.lookupSymbol<func::FuncOp>(name))
    return existing;
  OpBuilder b = OpBuilder::atBlockBegin(module.getBody());
  auto fn = func::FuncOp::create(b, module.getLoc(), name,
                                 b.getFunctionType(argTypes, resultTypes));
  fn.setPrivate();
  fn->setAttr("llvm.emit_c_interface", b.getUnitAttr());
  return fn;
}

/// The activation code of kernels.h for a fused op's `activation`, or -1.
int64_t activationCode(StringRef name) {
  return llvm::StringSwitch<int64_t>(name)
      .Case("none", MCC_ACT_NONE)
      .Case("relu", MCC_ACT_RELU)
      .Case("clip", MCC_ACT_CLIP)
      .Case("sigmoid", MCC_ACT_SIGMOID)
      .Case("tanh", MCC_ACT_TANH)
      .Case("hard_sigmoid", MCC_ACT_HARD_SIGMOID)
      .Case("hard_swish", MCC_ACT_HARD_SWISH)
      .Case("silu", MCC_ACT_SILU)
      .Case("gelu", MCC_ACT_GELU)
      .Case("gelu_tanh", MCC_ACT_GELU_TANH)
      .Case("leaky_relu", MCC_ACT_LEAKY_RELU)
      .Default(-1);
}


std::optional<Activation> getActivation(StringRef name, ArrayRef<double> params) {
  Activation act;
  act.code = activationCode(name);
  if (act.code < 0)
    return std::nullopt;
  if (!params.empty())
    act.p0 = static_cast<float>(params[0]);
  if (params.size() > 1)
    act.p1 = static_cast<float>(params[1]);
  return act;
}

/// The float data of a constant f32 tensor, or none.
std::optional<std::vector<float>> getConstantFloats(Value v) {
  Attribute attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  std::optional<std::vector<char>> bytes = getRawBytes(attr);
  if (!bytes || !isF32Tensor(v))
    return std::nullopt;
  std::vector<float> values(bytes->size() / sizeof(float));
  std::memcpy(values.data(), bytes->data(), values.size() * sizeof(float));
  return values;
}

/// A 1-D constant of `element` holding `bytes` (a weight blob once large).
Value createPackedBytesConstant(OpBuilder &b, Location loc, Type element,
                                ArrayRef<char> bytes, StringRef blobName) {
  int64_t count = static_cast<int64_t>(bytes.size()) / (element.getIntOrFloatBitWidth() / 8);
  auto type = RankedTensorType::get({count}, element);
  return arith::ConstantOp::create(b, loc, cast<TypedAttr>(makeElementsAttr(type, bytes, blobName)));
}

/// A 1-D f32 constant holding `values` (a weight blob once large).
Value createPackedConstant(OpBuilder &b, Location loc, ArrayRef<float> values,
                           StringRef blobName) {
  auto type = RankedTensorType::get({(int64_t)values.size()}, b.getF32Type());
  ArrayRef<char> bytes(reinterpret_cast<const char *>(values.data()),
                       values.size() * sizeof(float));
  return arith::ConstantOp::create(b, loc, cast<TypedAttr>(makeElementsAttr(type, bytes, blobName)));
}

/// Arguments shared by every kernel call: flags, activation code, p0, p1.
SmallVector<Value> epilogueArgs(OpBuilder &b, Location loc, int64_t flags, Activation act) {
  return {arith::ConstantIntOp::create(b, loc, flags, 64),
          arith::ConstantIntOp::create(b, loc, act.code, 64),
          arith::ConstantFloatOp::create(b, loc, b.getF32Type(), APFloat(act.p0)),
          arith::ConstantFloatOp::create(b, loc, b.getF32Type(), APFloat(act.p1))};
}

} // namespace mcc
