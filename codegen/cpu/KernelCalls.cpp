//===- KernelCalls.cpp - f32 conv / matmul / gemm as microkernel calls ----===//
//
// The contractions that dominate a model's time (2-D convolutions, matmuls,
// gemms and their fused epilogues) are not lowered to loops: they become
// calls of the microkernels of runtime/include/mcc/kernels.h, which live in
// libmcc_runtime.so and are register-blocked, cache-tiled and threaded.
//
// Still on tensors, each call reads its operands through
// bufferization.to_buffer (read_only) and writes a fresh memref.alloc that
// bufferization.to_tensor hands back to the tensor world, so one-shot
// bufferization, the memory planner and the deallocation pipeline treat the
// call like any other op. Buffers cross as memref descriptors with fully
// dynamic sizes and strides (`llvm.emit_c_interface`): one kernel serves
// every shape, layout and batch size.
//
// Constant weights are packed here, at compile time, by the runtime's own
// packing functions, into the layout the kernels read; a conv weight computed
// at run time (a training step's) is packed by a runtime call before the conv.
// Transposed convolutions are rewritten into the convolutions they are
// (codegen/cpu/SpatialLowering.cpp) first, so they reach the conv kernel too.
//
// What does not fit (other element types, 1-D or 3-D convs, matmul batches
// that broadcast at run time) is left for convert-mcc-to-linalg.
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"
#include "codegen/cpu/KernelCallBuilder.h"
#include "codegen/cpu/Lowering.h"
#include "dialects/mcc/McDialect.h"
#include "mcc/kernels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "llvm/ADT/StringSwitch.h"

#include <cstring>

namespace mcc {
#define GEN_PASS_DEF_LOWERTOKERNELCALLS
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;
using namespace mcc;

namespace {

constexpr llvm::StringLiteral kGemmKernel = "mcc_kernel_gemm";
constexpr llvm::StringLiteral kConvKernel = "mcc_kernel_conv2d";
constexpr llvm::StringLiteral kConvPackKernel = "mcc_kernel_conv2d_pack";
constexpr llvm::StringLiteral kConvPackedFloats = "mcc_kernel_conv2d_packed_floats";
constexpr llvm::StringLiteral kMaxPoolGradKernel = "mcc_kernel_max_pool2d_grad";
constexpr llvm::StringLiteral kConvWeightGradKernel = "mcc_kernel_conv2d_weight_grad";
constexpr llvm::StringLiteral kConvTransposeKernel = "mcc_kernel_conv2d_transpose";
constexpr llvm::StringLiteral kAttentionKernel = "mcc_kernel_attention";


//===----------------------------------------------------------------------===//
// Convolution
//===----------------------------------------------------------------------===//

/// A 2-D f32 convolution with a static weight shape, and its epilogue.
struct ConvCall {
  Value input, weight, bias, residual;
  ArrayRef<int64_t> strides, pads, dilations;
  int64_t group;
  Activation act;
};

LogicalResult lowerConv(PatternRewriter &rewriter, Operation *op, const ConvCall &conv) {
  Location loc = op->getLoc();
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  auto inputType = dyn_cast<RankedTensorType>(conv.input.getType());
  auto weightType = dyn_cast<RankedTensorType>(conv.weight.getType());
  // The weight's input channels may be dynamic: a training step's weight gradient is a
  // convolution whose "channels" are the batch.
  if (!resultType || !inputType || !weightType || inputType.getRank() != 4 ||
      weightType.getRank() != 4 || weightType.isDynamicDim(0) || weightType.isDynamicDim(2) ||
      weightType.isDynamicDim(3))
    return rewriter.notifyMatchFailure(op, "not a 2-D convolution with a static weight");
  if (!isF32Tensor(conv.input) || !isF32Tensor(conv.weight) || !isF32Tensor(op->getResult(0)) ||
      (conv.bias && !isF32Tensor(conv.bias)) || (conv.residual && !isF32Tensor(conv.residual)))
    return rewriter.notifyMatchFailure(op, "the kernels are f32");
  if (conv.strides.size() != 2 || conv.pads.size() != 4 || conv.dilations.size() != 2)
    return rewriter.notifyMatchFailure(op, "expects 2-D strides, pads and dilations");
  if (conv.bias && cast<RankedTensorType>(conv.bias.getType()).getRank() != 1)
    return rewriter.notifyMatchFailure(op, "expects a 1-D bias");
  ArrayRef<int64_t> w = weightType.getShape();
  int64_t m = w[0], cg = w[1], kh = w[2], kw = w[3], group = conv.group;
  if (group <= 0 || m % group != 0)
    return rewriter.notifyMatchFailure(op, "bad group count");
  Value packedWeight;
  std::optional<std::vector<float>> weight;
  if (weightType.hasStaticShape())
    weight = getConstantFloats(conv.weight);
  if (weight) {
    int64_t packedFloats = mcc_kernel_conv2d_packed_weight_floats(m, cg, kh, kw, group);
    // Packed once, here.
    std::vector<float> packed(packedFloats);
    mcc_kernel_conv2d_pack_weight(weight->data(), m, cg, kh, kw, group, packed.data());
    packedWeight = createPackedConstant(rewriter, loc, packed, "packed_conv_weight");
  } else {
    // A weight computed at run time (training) is packed by the runtime on every call,
    // into a buffer whose size the runtime gives when the channels are dynamic.
    OpFoldResult size;
    if (weightType.hasStaticShape()) {
      size = rewriter.getIndexAttr(mcc_kernel_conv2d_packed_weight_floats(m, cg, kh, kw, group));
    } else {
      Value channels = arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(),
                                                  tensor::DimOp::create(rewriter, loc, conv.weight, 1));
      SmallVector<Value> sizeArgs = {arith::ConstantIntOp::create(rewriter, loc, m, 64), channels};
      for (int64_t v : {kh, kw, group})
        sizeArgs.push_back(arith::ConstantIntOp::create(rewriter, loc, v, 64));
      func::FuncOp sizeOf =
          getKernel(op->getParentOfType<ModuleOp>(), kConvPackedFloats,
                    ValueRange(sizeArgs).getTypes(), {rewriter.getI64Type()});
      Value floats = func::CallOp::create(rewriter, loc, sizeOf, sizeArgs).getResult(0);
      size = arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), floats).getResult();
    }
    std::optional<int64_t> staticSize = getConstantIntValue(size);
    auto packedType =
        RankedTensorType::get({staticSize ? *staticSize : ShapedType::kDynamic}, rewriter.getF32Type());
    Value buffer = allocResult(rewriter, loc, packedType, {size});
    Value bufferOperand =
        memref::CastOp::create(rewriter, loc, dynamicMemRefType(rewriter.getContext(), 1), buffer);
    SmallVector<Value> packArgs = {asKernelOperand(rewriter, loc, conv.weight), bufferOperand,
                                   arith::ConstantIntOp::create(rewriter, loc, group, 64)};
    func::FuncOp pack = getKernel(op->getParentOfType<ModuleOp>(), kConvPackKernel,
                                  ValueRange(packArgs).getTypes());
    func::CallOp::create(rewriter, loc, pack, packArgs);
    packedWeight = asResultTensor(rewriter, loc, packedType, buffer);
  }
  // The result's sizes: static where shape inference proved them, else
  // computed from the input's as the conv does.
  SmallVector<OpFoldResult> outSizes;
  outSizes.push_back(tensorSizes(rewriter, loc, conv.input)[0]);
  for (int64_t d = 1; d < 4; ++d) {
    if (!resultType.isDynamicDim(d)) {
      outSizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
      continue;
    }
    // out = (in + padBegin + padEnd - dilation * (k - 1) - 1) / stride + 1
    int64_t s = d - 2;
    if (d == 1)
      return rewriter.notifyMatchFailure(op, "dynamic output channels");
    Value in = tensor::DimOp::create(rewriter, loc, conv.input, d);
    int64_t k = s == 0 ? kh : kw;
    int64_t extra = conv.pads[s] + conv.pads[s + 2] - conv.dilations[s] * (k - 1) - 1;
    Value sum = arith::AddIOp::create(rewriter, loc, in,
                                      arith::ConstantIndexOp::create(rewriter, loc, extra));
    Value quotient = arith::DivSIOp::create(
        rewriter, loc, sum, arith::ConstantIndexOp::create(rewriter, loc, conv.strides[s]));
    outSizes.push_back(OpFoldResult(arith::AddIOp::create(
        rewriter, loc, quotient, arith::ConstantIndexOp::create(rewriter, loc, 1))));
  }
  Value out = allocResult(rewriter, loc, resultType, outSizes);

  int64_t flags = 0;
  if (conv.bias)
    flags |= MCC_KERNEL_HAS_BIAS;
  if (conv.residual)
    flags |= MCC_KERNEL_HAS_RESIDUAL;
  MLIRContext *ctx = rewriter.getContext();
  Value outOperand = memref::CastOp::create(rewriter, loc, dynamicMemRefType(ctx, 4), out);
  Value unused1 = asKernelOperand(rewriter, loc, packedWeight);
  SmallVector<Value> args = {
      asKernelOperand(rewriter, loc, conv.input), unused1,
      conv.bias ? asKernelOperand(rewriter, loc, conv.bias) : unused1,
      conv.residual ? asKernelOperand(rewriter, loc, conv.residual) : outOperand, outOperand};
  for (int64_t v : {group, kh, kw, conv.strides[0], conv.strides[1], conv.pads[0], conv.pads[1],
                    conv.dilations[0], conv.dilations[1]})
    args.push_back(arith::ConstantIntOp::create(rewriter, loc, v, 64));
  args.append(epilogueArgs(rewriter, loc, flags, conv.act));

  func::FuncOp kernel = getKernel(op->getParentOfType<ModuleOp>(), kConvKernel,
                                  ValueRange(args).getTypes());
  func::CallOp::create(rewriter, loc, kernel, args);
  rewriter.replaceOp(op, asResultTensor(rewriter, loc, resultType, out));
  return success();
}

struct ConvToKernel : OpRewritePattern<ConvOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ConvOp op, PatternRewriter &rewriter) const override {
    return lowerConv(rewriter, op,
                     {op.getInput(), op.getWeight(), op.getBias(), Value(), op.getStrides(),
                      op.getPads(), op.getDilations(), static_cast<int64_t>(op.getGroup()), Activation()});
  }
};

struct FusedConvToKernel : OpRewritePattern<FusedConvOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(FusedConvOp op, PatternRewriter &rewriter) const override {
    std::optional<Activation> act = getActivation(op.getActivation(), op.getActivationParams());
    if (!act)
      return rewriter.notifyMatchFailure(op, "unknown activation");
    return lowerConv(rewriter, op,
                     {op.getInput(), op.getWeight(), op.getBias(), op.getResidual(),
                      op.getStrides(), op.getPads(), op.getDilations(), static_cast<int64_t>(op.getGroup()), *act});
  }
};

//===----------------------------------------------------------------------===//
// Matrix products
//===----------------------------------------------------------------------===//

/// `value` [d0, ..., dn-3, X, Y] as [d0 * ... * dn-3, X, Y] (a unit batch
/// dim in front of a matrix).
Value asBatchOfMatrices(OpBuilder &b, Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  if (rank == 3)
    return value;
  if (rank == 2) {
    SmallVector<int64_t> shape = {1, type.getDimSize(0), type.getDimSize(1)};
    SmallVector<OpFoldResult> sizes = tensorSizes(b, loc, value);
    sizes.insert(sizes.begin(), b.getIndexAttr(1));
    return tensor::ExpandShapeOp::create(b, loc, type.clone(shape), value,
                                         SmallVector<ReassociationIndices>{{0, 1}, {2}}, sizes);
  }
  ReassociationIndices batch;
  for (int64_t d = 0; d < rank - 2; ++d)
    batch.push_back(d);
  return tensor::CollapseShapeOp::create(
      b, loc, value, SmallVector<ReassociationIndices>{batch, {rank - 2}, {rank - 1}});
}

/// `value` [d0, ..., dn-2, Y] as [1, d0 * ... * dn-2, Y]: every row of every
/// batch in one matrix, for a product whose right operand has no batch.
Value asOneMatrix(OpBuilder &b, Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  ReassociationIndices rows;
  for (int64_t d = 0; d < rank - 1; ++d)
    rows.push_back(d);
  Value matrix = rank == 2 ? value
                           : tensor::CollapseShapeOp::create(
                                 b, loc, value,
                                 SmallVector<ReassociationIndices>{rows, {rank - 1}})
                                 .getResult();
  return asBatchOfMatrices(b, loc, matrix);
}

/// `value` expanded by `groups` to `sizes`, its type static wherever a size
/// is a constant.
Value expandTo(OpBuilder &b, Location loc, Value value, ArrayRef<ReassociationIndices> groups,
               ArrayRef<OpFoldResult> sizes) {
  SmallVector<int64_t> shape;
  for (OpFoldResult size : sizes)
    shape.push_back(getConstantIntValue(size).value_or(ShapedType::kDynamic));
  auto type = cast<RankedTensorType>(value.getType()).clone(shape);
  return tensor::ExpandShapeOp::create(b, loc, type, value, groups, sizes);
}

/// A matrix product in the kernel's terms.
struct GemmCall {
  Value lhs, rhs;   // as mcc.matmul reads them ([..., M, K] and [..., K, N])
  bool transA = false, transB = false;
  Value bias;       // [N] or [M] (biasPerRow), or null
  bool biasPerRow = false;
  Value residual;   // the result's shape, or null
  Activation act;
};

/// `bias`, if it holds one value per column in a shape that only broadcasts
/// along rows ([N], [1, N], [1, 1, N]...), as a 1-D tensor; else null.
Value asColumnBias(PatternRewriter &rewriter, Location loc, Value bias, int64_t n) {
  auto type = dyn_cast<RankedTensorType>(bias.getType());
  if (!type || !type.hasStaticShape() || type.getRank() == 0 || type.getNumElements() != n ||
      type.getShape().back() != n)
    return nullptr;
  if (type.getRank() == 1)
    return bias;
  ReassociationIndices all;
  for (int64_t d = 0; d < type.getRank(); ++d)
    all.push_back(d);
  return tensor::CollapseShapeOp::create(rewriter, loc, bias,
                                         SmallVector<ReassociationIndices>{all});
}

LogicalResult lowerGemm(PatternRewriter &rewriter, Operation *op, GemmCall call) {
  Location loc = op->getLoc();
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  auto lt = dyn_cast<RankedTensorType>(call.lhs.getType());
  auto rt = dyn_cast<RankedTensorType>(call.rhs.getType());
  if (!resultType || !lt || !rt || lt.getRank() < 2 || rt.getRank() < 2)
    return rewriter.notifyMatchFailure(op, "expects operands of rank >= 2");
  if (!isF32Tensor(call.lhs) || !isF32Tensor(call.rhs) || !isF32Tensor(op->getResult(0)) ||
      (call.bias && !isF32Tensor(call.bias)) || (call.residual && !isF32Tensor(call.residual)))
    return rewriter.notifyMatchFailure(op, "the kernels are f32");
  int64_t lr = lt.getRank(), rr = rt.getRank(), rank = resultType.getRank();
  auto isUnit = [](int64_t d) { return d == 1; };
  ArrayRef<int64_t> lBatch = lt.getShape().drop_back(2), rBatch = rt.getShape().drop_back(2);
  bool rhsIsMatrix = llvm::all_of(rBatch, isUnit), lhsIsMatrix = llvm::all_of(lBatch, isUnit);
  // Batches the kernel takes: a single rhs matrix (the lhs batch then runs as
  // one tall matrix), or batches of the same rank that are equal and static,
  // or where the lhs is a single matrix. A dynamic batch dim could turn out
  // to broadcast at run time: left to the linalg lowering.
  bool staticSameBatch = lBatch == rBatch && llvm::none_of(lBatch, ShapedType::isDynamic);
  if (!rhsIsMatrix && !(lr == rr && (staticSameBatch || lhsIsMatrix)))
    return rewriter.notifyMatchFailure(op, "batch dims that broadcast");
  if ((call.transA && lr != 2) || (call.transB && rr != 2))
    return rewriter.notifyMatchFailure(op, "a transposed operand must be a matrix");
  if (rank != std::max(lr, rr))
    return rewriter.notifyMatchFailure(op, "unexpected result rank");

  // Kernel views: lhs [Ba, M, K] (or [1, K, M]), rhs [Bb, K, N] (or [1, N,
  // K]), out [B, M, N]. With one rhs matrix, every row of the lhs batch goes
  // into one [1, rows, K] matrix.
  bool rowsInOneMatrix = rhsIsMatrix;
  Value lhs = rowsInOneMatrix && !call.transA ? asOneMatrix(rewriter, loc, call.lhs)
                                              : asBatchOfMatrices(rewriter, loc, call.lhs);
  Value rhs = call.rhs;
  if (rhsIsMatrix && rr > 2)
    rhs = tensor::CollapseShapeOp::create(
        rewriter, loc, call.rhs,
        SmallVector<ReassociationIndices>{llvm::to_vector(llvm::seq<int64_t>(0, rr - 1)),
                                          {rr - 1}});
  rhs = asBatchOfMatrices(rewriter, loc, rhs);
  auto l3 = cast<RankedTensorType>(lhs.getType()), r3 = cast<RankedTensorType>(rhs.getType());
  SmallVector<OpFoldResult> lSizes = tensorSizes(rewriter, loc, lhs);
  SmallVector<OpFoldResult> rSizes = tensorSizes(rewriter, loc, rhs);
  int64_t mDim = call.transA ? 2 : 1, nDim = call.transB ? 1 : 2, kDim = call.transB ? 2 : 1;
  bool batchFromRhs = !rhsIsMatrix && lhsIsMatrix;
  OpFoldResult batch = batchFromRhs ? rSizes[0] : lSizes[0];
  auto outType = RankedTensorType::get(
      {batchFromRhs ? r3.getDimSize(0) : l3.getDimSize(0), l3.getDimSize(mDim),
       r3.getDimSize(nDim)},
      rewriter.getF32Type());
  Value out = allocResult(rewriter, loc, outType, {batch, lSizes[mDim], rSizes[nDim]});

  int64_t flags = 0;
  if (call.transA)
    flags |= MCC_KERNEL_TRANS_A;
  if (call.transB)
    flags |= MCC_KERNEL_TRANS_B;
  MLIRContext *ctx = rewriter.getContext();
  Value outOperand = memref::CastOp::create(rewriter, loc, dynamicMemRefType(ctx, 3), out);

  // A constant rhs matrix is packed now; any other rhs is packed by the
  // kernel as it runs.
  Value rhsOperand = outOperand, packedOperand;
  std::optional<std::vector<float>> constantRhs;
  if (rhsIsMatrix && rt.hasStaticShape())
    constantRhs = getConstantFloats(call.rhs);
  if (constantRhs) {
    int64_t k = r3.getDimSize(kDim), n = r3.getDimSize(nDim);
    std::vector<float> packed(mcc_kernel_gemm_packed_b_floats(k, n));
    // rhs is [K, N], or [N, K] read transposed.
    mcc_kernel_gemm_pack_b(constantRhs->data(), k, n, call.transB ? 1 : n, call.transB ? k : 1,
                           packed.data());
    packedOperand = asKernelOperand(
        rewriter, loc, createPackedConstant(rewriter, loc, packed, "packed_matmul_weight"));
    flags |= MCC_KERNEL_B_PACKED;
  } else {
    rhsOperand = asKernelOperand(rewriter, loc, rhs);
  }

  Value biasOperand;
  if (call.bias) {
    flags |= MCC_KERNEL_HAS_BIAS;
    if (call.biasPerRow)
      flags |= MCC_KERNEL_BIAS_PER_ROW;
    biasOperand = asKernelOperand(rewriter, loc, call.bias);
  }
  Value residualOperand = outOperand;
  if (call.residual) {
    flags |= MCC_KERNEL_HAS_RESIDUAL;
    Value residual = rowsInOneMatrix ? asOneMatrix(rewriter, loc, call.residual)
                                     : asBatchOfMatrices(rewriter, loc, call.residual);
    residualOperand = asKernelOperand(rewriter, loc, residual);
  }
  // Every parameter needs a descriptor, even one its flag leaves unread.
  Value unusedVector = packedOperand ? packedOperand : biasOperand;
  if (!unusedVector)
    unusedVector = memref::CastOp::create(
        rewriter, loc, dynamicMemRefType(ctx, 1),
        memref::CollapseShapeOp::create(rewriter, loc, out,
                                        SmallVector<ReassociationIndices>{{0, 1, 2}}));
  SmallVector<Value> args = {asKernelOperand(rewriter, loc, lhs),
                             rhsOperand,
                             packedOperand ? packedOperand : unusedVector,
                             biasOperand ? biasOperand : unusedVector,
                             residualOperand,
                             outOperand};
  args.append(epilogueArgs(rewriter, loc, flags, call.act));
  func::FuncOp kernel = getKernel(op->getParentOfType<ModuleOp>(), kGemmKernel,
                                  ValueRange(args).getTypes());
  func::CallOp::create(rewriter, loc, kernel, args);

  // [B, M, N] back to the result's shape.
  Value result = asResultTensor(rewriter, loc, outType, out);
  OpFoldResult n = rSizes[nDim];
  if (rowsInOneMatrix) {
    // [1, rows, N] -> [rows, N] -> [batch..., M, N]
    result = tensor::CollapseShapeOp::create(rewriter, loc, result,
                                             SmallVector<ReassociationIndices>{{0, 1}, {2}});
    if (rank > 2) {
      SmallVector<OpFoldResult> sizes(rank - lr, rewriter.getIndexAttr(1));
      llvm::append_range(sizes, tensorSizes(rewriter, loc, call.lhs));
      if (call.transA)
        std::swap(sizes[rank - 2], sizes[rank - 1]);
      sizes.back() = n;
      result = expandTo(rewriter, loc, result,
                        {llvm::to_vector(llvm::seq<int64_t>(0, rank - 1)), {rank - 1}}, sizes);
    }
  } else if (rank > 3) {
    // [B, M, N] -> [batch..., M, N]
    SmallVector<OpFoldResult> sizes =
        tensorSizes(rewriter, loc, batchFromRhs ? call.rhs : call.lhs);
    sizes[rank - 2] = lSizes[mDim];
    sizes[rank - 1] = n;
    result = expandTo(rewriter, loc, result,
                      {llvm::to_vector(llvm::seq<int64_t>(0, rank - 2)), {rank - 2}, {rank - 1}},
                      sizes);
  }
  if (result.getType() != resultType)
    result = tensor::CastOp::create(rewriter, loc, resultType, result);
  rewriter.replaceOp(op, result);
  return success();
}

struct MatMulToKernel : OpRewritePattern<MatMulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MatMulOp op, PatternRewriter &rewriter) const override {
    GemmCall call;
    call.lhs = op.getLhs();
    call.rhs = op.getRhs();
    return lowerGemm(rewriter, op, call);
  }
};

struct FusedMatMulToKernel : OpRewritePattern<FusedMatMulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(FusedMatMulOp op, PatternRewriter &rewriter) const override {
    std::optional<Activation> act = getActivation(op.getActivation(), op.getActivationParams());
    if (!act)
      return rewriter.notifyMatchFailure(op, "unknown activation");
    GemmCall call;
    call.lhs = op.getLhs();
    call.rhs = op.getRhs();
    call.transB = op.getTransB();
    call.act = *act;
    call.residual = op.getResidual();
    if (Value bias = op.getBias()) {
      auto rt = cast<RankedTensorType>(call.rhs.getType());
      int64_t n = rt.getDimSize(call.transB ? rt.getRank() - 2 : rt.getRank() - 1);
      if (ShapedType::isDynamic(n) || !(call.bias = asColumnBias(rewriter, op.getLoc(), bias, n)))
        return rewriter.notifyMatchFailure(op, "a bias that is not one value per column");
    }
    return lowerGemm(rewriter, op, call);
  }
};

struct GemmToKernel : OpRewritePattern<GemmOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(GemmOp op, PatternRewriter &rewriter) const override {
    if (op.getAlpha().convertToDouble() != 1.0 ||
        (op.getC() && op.getBeta().convertToDouble() != 1.0))
      return rewriter.notifyMatchFailure(op, "alpha or beta other than 1");
    GemmCall call;
    call.lhs = op.getA();
    call.rhs = op.getB();
    call.transA = op.getTransA();
    call.transB = op.getTransB();
    if (Value c = op.getC()) {
      auto resultType = cast<RankedTensorType>(op.getType());
      auto ct = dyn_cast<RankedTensorType>(c.getType());
      int64_t m = resultType.getDimSize(0), n = resultType.getDimSize(1);
      // A dynamic c as large as the result may still broadcast at run time
      // ([1, N] against [M, N]): only a static shape proves it is [M, N].
      if (ct && ct == resultType && ct.hasStaticShape()) {
        call.residual = c;
      } else if (ct && !ShapedType::isDynamic(n) &&
                 (call.bias = asColumnBias(rewriter, op.getLoc(), c, n))) {
      } else if (ct && ct.getRank() == 2 && ct.getDimSize(1) == 1 && ct.getDimSize(0) == m &&
                 !ShapedType::isDynamic(m)) {
        call.bias = tensor::CollapseShapeOp::create(
            rewriter, op.getLoc(), c, SmallVector<ReassociationIndices>{{0, 1}});
        call.biasPerRow = true;
      } else {
        return rewriter.notifyMatchFailure(op, "a c that is neither a row, a column nor [M, N]");
      }
    }
    return lowerGemm(rewriter, op, call);
  }
};

//===----------------------------------------------------------------------===//
// Attention
//===----------------------------------------------------------------------===//

/// `value` with unit dims in front up to rank 4 (its dims then line up with
/// [B, H, S, D] from the end, as numpy broadcasting aligns them).
Value asRank4(OpBuilder &b, Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank(), lead = 4 - rank;
  if (lead == 0)
    return value;
  SmallVector<int64_t> shape(lead, 1);
  llvm::append_range(shape, type.getShape());
  SmallVector<OpFoldResult> sizes(lead, b.getIndexAttr(1));
  llvm::append_range(sizes, tensorSizes(b, loc, value));
  SmallVector<ReassociationIndices> groups;
  if (rank > 0) {
    groups.push_back(llvm::to_vector(llvm::seq<int64_t>(0, lead + 1)));
    for (int64_t d = lead + 1; d < 4; ++d)
      groups.push_back({d});
  }
  return tensor::ExpandShapeOp::create(b, loc, type.clone(shape), value, groups, sizes);
}

/// The memref type of the kernel's `keep`: i1, every size and stride dynamic.
MemRefType dynamicBoolMemRefType(MLIRContext *ctx) {
  MemRefType f32 = dynamicMemRefType(ctx, 4);
  return MemRefType::get(f32.getShape(), IntegerType::get(ctx, 1), f32.getLayout());
}

struct AttentionToKernel : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(AttentionOp op, PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    SmallVector<Value> floats = {op.getQuery(), op.getKey(), op.getValue()};
    if (op.getMask())
      floats.push_back(op.getMask());
    for (Value v : floats)
      if (!isF32Tensor(v) || cast<RankedTensorType>(v.getType()).getRank() > 4)
        return rewriter.notifyMatchFailure(op, "f32 operands of rank <= 4");
    if (!resultType.getElementType().isF32() || resultType.getRank() > 4 ||
        resultType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "an f32 result of rank 2 to 4");
    if (op.getKeep() && cast<RankedTensorType>(op.getKeep().getType()).getRank() > 4)
      return rewriter.notifyMatchFailure(op, "keep of rank > 4");

    Value q = asRank4(rewriter, loc, op.getQuery()), k = asRank4(rewriter, loc, op.getKey()),
          v = asRank4(rewriter, loc, op.getValue());
    // The result [B, H, Sq, Dv]: static where the type says so, else the
    // first of q, k, v whose dim is not a static 1 (a dim that broadcasts).
    int64_t lead = 4 - resultType.getRank();
    SmallVector<int64_t> shape(lead, 1);
    llvm::append_range(shape, resultType.getShape());
    auto outType = RankedTensorType::get(shape, rewriter.getF32Type());
    SmallVector<OpFoldResult> sizes;
    for (int64_t d = 0; d < 4; ++d) {
      if (!outType.isDynamicDim(d)) {
        sizes.push_back(rewriter.getIndexAttr(outType.getDimSize(d)));
        continue;
      }
      Value from = d == 2 ? q : d == 3 ? v : nullptr;
      for (Value candidate : {q, k, v})
        if (!from && cast<RankedTensorType>(candidate.getType()).getDimSize(d) != 1)
          from = candidate;
      sizes.push_back(OpFoldResult(tensor::DimOp::create(rewriter, loc, from ? from : q, d)));
    }
    Value out = allocResult(rewriter, loc, outType, sizes);
    Value outOperand =
        memref::CastOp::create(rewriter, loc, dynamicMemRefType(rewriter.getContext(), 4), out);

    int64_t flags = 0;
    Value mask = outOperand;
    if (op.getMask()) {
      flags |= MCC_KERNEL_HAS_MASK;
      mask = asKernelOperand(rewriter, loc, asRank4(rewriter, loc, op.getMask()));
    }
    MemRefType boolType = dynamicBoolMemRefType(rewriter.getContext());
    Value keep;
    if (op.getKeep()) {
      flags |= MCC_KERNEL_HAS_KEEP;
      Value keep4 = asRank4(rewriter, loc, op.getKeep());
      auto keepType = cast<RankedTensorType>(keep4.getType());
      auto exact = MemRefType::get(keepType.getShape(), keepType.getElementType(),
                                   boolType.getLayout());
      keep = memref::CastOp::create(
          rewriter, loc, boolType,
          bufferization::ToBufferOp::create(rewriter, loc, exact, keep4, /*read_only=*/true));
    } else {
      // A descriptor the kernel does not read.
      auto unit = MemRefType::get({1, 1, 1, 1}, rewriter.getI1Type());
      keep = memref::CastOp::create(rewriter, loc, boolType,
                                    memref::AllocaOp::create(rewriter, loc, unit));
    }
    SmallVector<Value> args = {asKernelOperand(rewriter, loc, q),
                               asKernelOperand(rewriter, loc, k),
                               asKernelOperand(rewriter, loc, v),
                               mask,
                               keep,
                               outOperand,
                               arith::ConstantIntOp::create(rewriter, loc, flags, 64),
                               arith::ConstantFloatOp::create(rewriter, loc, rewriter.getF32Type(),
                                                              APFloat((float)op.getScale().convertToDouble())),
                               arith::ConstantFloatOp::create(rewriter, loc, rewriter.getF32Type(),
                                                              APFloat((float)op.getFill().convertToDouble()))};
    func::FuncOp kernel = getKernel(op->getParentOfType<ModuleOp>(), kAttentionKernel,
                                    ValueRange(args).getTypes());
    func::CallOp::create(rewriter, loc, kernel, args);

    Value result = asResultTensor(rewriter, loc, outType, out);
    if (lead > 0) {
      SmallVector<ReassociationIndices> groups;
      groups.push_back(llvm::to_vector(llvm::seq<int64_t>(0, lead + 1)));
      for (int64_t d = lead + 1; d < 4; ++d)
        groups.push_back({d});
      result = tensor::CollapseShapeOp::create(rewriter, loc, result, groups);
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Gradients (training steps)
//===----------------------------------------------------------------------===//

struct MaxPoolGradToKernel : OpRewritePattern<MaxPoolGradOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(MaxPoolGradOp op, PatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(op.getType());
    if (type.getRank() != 4 || !isF32Tensor(op.getInput()) || !isF32Tensor(op.getOutputGrad()))
      return rewriter.notifyMatchFailure(op, "not a 2-D f32 max pool gradient");
    Location loc = op.getLoc();
    Value out = allocResult(rewriter, loc, type, tensorSizes(rewriter, loc, op.getInput()));
    Value outOperand =
        memref::CastOp::create(rewriter, loc, dynamicMemRefType(rewriter.getContext(), 4), out);
    SmallVector<Value> args = {asKernelOperand(rewriter, loc, op.getInput()),
                               asKernelOperand(rewriter, loc, op.getOutputGrad()), outOperand};
    ArrayRef<int64_t> k = op.getKernelShape(), s = op.getStrides(), p = op.getPads(),
                      d = op.getDilations();
    for (int64_t v : {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1]})
      args.push_back(arith::ConstantIntOp::create(rewriter, loc, v, 64));
    func::FuncOp kernel = getKernel(op->getParentOfType<ModuleOp>(), kMaxPoolGradKernel,
                                    ValueRange(args).getTypes());
    func::CallOp::create(rewriter, loc, kernel, args);
    rewriter.replaceOp(op, asResultTensor(rewriter, loc, type, out));
    return success();
  }
};

// Replaces `op` with a call of the runtime kernel `name`(a, b, out, group, strideH, strideW,
// padTop, padLeft, dilationH, dilationW), `out` a fresh buffer of `op`'s type and `sizes`:
// the argument list the conv weight-gradient and transposed-conv kernels share.
template <typename ConvLikeOp>
void replaceWithConvLikeKernel(ConvLikeOp op, StringRef name, Value a, Value b,
                               ArrayRef<OpFoldResult> sizes, PatternRewriter &rewriter) {
  auto type = cast<RankedTensorType>(op.getType());
  Location loc = op.getLoc();
  Value out = allocResult(rewriter, loc, type, sizes);
  Value outOperand =
      memref::CastOp::create(rewriter, loc, dynamicMemRefType(rewriter.getContext(), 4), out);
  SmallVector<Value> args = {asKernelOperand(rewriter, loc, a), asKernelOperand(rewriter, loc, b),
                             outOperand};
  ArrayRef<int64_t> s = op.getStrides(), p = op.getPads(), d = op.getDilations();
  for (int64_t v : {static_cast<int64_t>(op.getGroup()), s[0], s[1], p[0], p[1], d[0], d[1]})
    args.push_back(arith::ConstantIntOp::create(rewriter, loc, v, 64));
  func::FuncOp kernel =
      getKernel(op->template getParentOfType<ModuleOp>(), name, ValueRange(args).getTypes());
  func::CallOp::create(rewriter, loc, kernel, args);
  rewriter.replaceOp(op, asResultTensor(rewriter, loc, type, out));
}

struct ConvWeightGradToKernel : OpRewritePattern<ConvWeightGradOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ConvWeightGradOp op, PatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(op.getType());
    if (!isF32Tensor(op.getInput()) || !isF32Tensor(op.getOutputGrad()) ||
        !type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "not an f32 weight gradient");
    replaceWithConvLikeKernel(op, kConvWeightGradKernel, op.getInput(), op.getOutputGrad(), {},
                              rewriter);
    return success();
  }
};

// A 2-D f32 transposed convolution without bias (every conv input gradient of a training
// step): GEMM into columns and col2im in the runtime. With a bias it becomes a convolution
// of the spread input instead (populateConvTransposeAsKernelConv), which fuses the bias.
struct ConvTransposeToKernel : OpRewritePattern<ConvTransposeOp> {
  ConvTransposeToKernel(MLIRContext *ctx) : OpRewritePattern(ctx, /*benefit=*/2) {}
  LogicalResult matchAndRewrite(ConvTransposeOp op, PatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(op.getType());
    if (type.getRank() != 4 || op.getBias() || !isF32Tensor(op.getInput()) ||
        !isF32Tensor(op.getWeight()) || type.isDynamicDim(1) || type.isDynamicDim(2) ||
        type.isDynamicDim(3))
      return rewriter.notifyMatchFailure(op, "not a bias-free 2-D f32 conv_transpose");
    SmallVector<OpFoldResult> sizes = tensorSizes(rewriter, op.getLoc(), op.getInput());
    for (int64_t d = 1; d < 4; ++d)
      sizes[d] = rewriter.getIndexAttr(type.getDimSize(d));
    replaceWithConvLikeKernel(op, kConvTransposeKernel, op.getInput(), op.getWeight(), sizes,
                              rewriter);
    return success();
  }
};

struct LowerToKernelCallsPass
    : mcc::impl::LowerToKernelCallsBase<LowerToKernelCallsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<ConvToKernel, FusedConvToKernel, MatMulToKernel, FusedMatMulToKernel,
                 GemmToKernel, AttentionToKernel, MaxPoolGradToKernel, ConvWeightGradToKernel,
                 ConvTransposeToKernel>(&getContext());
    populateRecurrentKernelCalls(patterns);
    populateQuantizedKernelCalls(patterns);
    populateConvTransposeAsKernelConv(patterns);
    // Each op is rewritten once, where it is; nothing to iterate to a fixpoint
    // beyond that, and folding is canonicalize's job.
    GreedyRewriteConfig config;
    config.enableFolding(false).enableConstantCSE(false);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      signalPassFailure();
  }
};

} // namespace
