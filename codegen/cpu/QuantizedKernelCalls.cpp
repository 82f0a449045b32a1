//===- QuantizedKernelCalls.cpp - mcc.qconv as an int8 kernel call ---------===//
//
// A 2-D qconv with a constant weight becomes a call of mcc_kernel_qconv2d
// (runtime/kernels/QuantizedConv.cpp). Everything that depends only on
// constants is done here, once: the weight is packed into the kernel's
// layout, and the bias absorbs the correction for the +128 the kernel adds to
// the input bytes and for the input's zero point:
//   comp[m] = bias[m] - (128 + input_zero_point) * sum_k weight[m][k].
// The call is built as KernelCalls.cpp builds the f32 ones.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/KernelCallBuilder.h"
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/McDialect.h"
#include "mcc/kernels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

#include <cstring>

using namespace mlir;
using namespace mcc;

namespace {

constexpr llvm::StringLiteral kQConvKernel = "mcc_kernel_qconv2d";

/// The raw bytes of a constant, or none.
std::optional<std::vector<char>> constantBytes(Value v) {
  Attribute attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  return getRawBytes(attr);
}

struct QConvToKernel : OpRewritePattern<QConvOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(QConvOp op, PatternRewriter &rewriter) const override {
    auto resultType = cast<RankedTensorType>(op.getType());
    auto inputType = cast<RankedTensorType>(op.getInput().getType());
    auto weightType = cast<RankedTensorType>(op.getWeight().getType());
    if (inputType.getRank() != 4 || !weightType.hasStaticShape() ||
        resultType.isDynamicDim(1))
      return rewriter.notifyMatchFailure(op, "not a 2-D qconv with a static weight");
    auto weight = constantBytes(op.getWeight());
    auto bias = constantBytes(op.getBias());
    if (!weight || !bias)
      return rewriter.notifyMatchFailure(op, "weight or bias not constant");
    ArrayRef<int64_t> w = weightType.getShape();
    const int64_t m = w[0], cg = w[1], kh = w[2], kw = w[3], group = op.getGroup();
    const int64_t k = cg * kh * kw;
    std::vector<int8_t> packed(mcc_kernel_qconv2d_packed_weight_bytes(m, cg, kh, kw, group));
    mcc_kernel_qconv2d_pack_weight(reinterpret_cast<const int8_t *>(weight->data()), m, cg, kh,
                                   kw, group, packed.data());
    std::vector<int32_t> comp(m);
    std::memcpy(comp.data(), bias->data(), m * sizeof(int32_t));
    for (int64_t c = 0; c < m; ++c) {
      int64_t rowSum = 0;
      for (int64_t i = 0; i < k; ++i)
        rowSum += static_cast<int8_t>((*weight)[c * k + i]);
      comp[c] -= static_cast<int32_t>((128 + op.getInputZeroPoint()) * rowSum);
    }
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value packedWeight = createPackedBytesConstant(
        rewriter, loc, rewriter.getI8Type(),
        ArrayRef<char>(reinterpret_cast<const char *>(packed.data()), packed.size()),
        "packed_qconv_weight");
    Value compValue = createPackedBytesConstant(
        rewriter, loc, rewriter.getI32Type(),
        ArrayRef<char>(reinterpret_cast<const char *>(comp.data()), comp.size() * 4),
        "qconv_bias");

    // The result: batch from the input, the rest static (shape inference
    // proved them for a static-spatial input) or computed as the conv does.
    SmallVector<OpFoldResult> outSizes{tensorSizes(rewriter, loc, op.getInput())[0]};
    for (int64_t d = 1; d < 4; ++d) {
      if (!resultType.isDynamicDim(d)) {
        outSizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
        continue;
      }
      int64_t s = d - 2, kernel = s == 0 ? kh : kw;
      ArrayRef<int64_t> pads = op.getPads();
      int64_t extra = pads[s] + pads[s + 2] - op.getDilations()[s] * (kernel - 1) - 1;
      Value in = tensor::DimOp::create(rewriter, loc, op.getInput(), d);
      Value sum = arith::AddIOp::create(rewriter, loc, in,
                                        arith::ConstantIndexOp::create(rewriter, loc, extra));
      Value quotient = arith::DivSIOp::create(
          rewriter, loc, sum, arith::ConstantIndexOp::create(rewriter, loc, op.getStrides()[s]));
      outSizes.push_back(OpFoldResult(arith::AddIOp::create(
          rewriter, loc, quotient, arith::ConstantIndexOp::create(rewriter, loc, 1))));
    }
    Value out = allocResult(rewriter, loc, resultType, outSizes);
    Value outOperand = memref::CastOp::create(
        rewriter, loc, dynamicMemRefType(ctx, 4, rewriter.getI8Type()), out);
    SmallVector<Value> args = {asKernelOperand(rewriter, loc, op.getInput()),
                               asKernelOperand(rewriter, loc, packedWeight),
                               asKernelOperand(rewriter, loc, compValue),
                               asKernelOperand(rewriter, loc, op.getScale()), outOperand};
    for (int64_t v : {group, kh, kw, op.getStrides()[0], op.getStrides()[1], op.getPads()[0],
                      op.getPads()[1], op.getDilations()[0], op.getDilations()[1],
                      static_cast<int64_t>(op.getInputZeroPoint()),
                      static_cast<int64_t>(op.getOutputZeroPoint())})
      args.push_back(arith::ConstantIntOp::create(rewriter, loc, v, 64));
    func::FuncOp kernel =
        getKernel(op->getParentOfType<ModuleOp>(), kQConvKernel, ValueRange(args).getTypes());
    func::CallOp::create(rewriter, loc, kernel, args);
    rewriter.replaceOp(op, asResultTensor(rewriter, loc, resultType, out));
    return success();
  }
};

} // namespace

void mcc::populateQuantizedKernelCalls(RewritePatternSet &patterns) {
  patterns.add<QConvToKernel>(patterns.getContext());
}
