//===- RecurrentKernelCalls.cpp - lstm and gru as microkernel calls -------===//
//
// An f32 mcc.lstm / mcc.gru with constant weights and the default
// activations becomes one call of mcc_kernel_lstm / mcc_kernel_gru
// (mcc/kernels.h), which runs the whole layer the way ONNX Runtime does: the
// input projection of every step as one GEMM, then a small GEMM per step.
// W and R are packed here, per direction, into the kernels' B panels. Any
// other recurrent op is left to the loop lowering (RecurrentLowering.cpp).
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/KernelCallBuilder.h"
#include "dialects/mcc/McDialect.h"
#include "mcc/kernels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mcc;

namespace {

template <typename OpTy> constexpr bool kIsLstm = std::is_same_v<OpTy, LstmOp>;

/// Whether the op's activations are the ones the kernels implement: LSTM
/// sigmoid, tanh, tanh and GRU sigmoid, tanh for every direction (any case).
template <typename OpTy> bool hasDefaultActivations(OpTy op) {
  static const char *const lstm[] = {"sigmoid", "tanh", "tanh"};
  static const char *const gru[] = {"sigmoid", "tanh"};
  ArrayRef<const char *> defaults = kIsLstm<OpTy> ? ArrayRef(lstm) : ArrayRef(gru);
  ArrayAttr acts = op.getActivations();
  for (auto [i, a] : llvm::enumerate(acts.getAsValueRange<StringAttr>()))
    if (!a.equals_insensitive(defaults[i % defaults.size()]))
      return false;
  return acts.empty() || acts.size() == defaults.size() * op.getNumDirections();
}

/// A descriptor of `type` for a parameter the kernel does not read.
Value unusedOperand(OpBuilder &b, Location loc, MemRefType type) {
  auto unit = MemRefType::get(SmallVector<int64_t>(type.getRank(), 1), type.getElementType());
  return memref::CastOp::create(b, loc, type, memref::AllocaOp::create(b, loc, unit));
}

/// The transpose of the [n, k] row-major matrix at data[offset], [k, n],
/// packed as B panels and appended to `packed`.
void packTransposed(const std::vector<float> &data, int64_t offset, int64_t k, int64_t n,
                    std::vector<float> &packed) {
  size_t at = packed.size();
  packed.resize(at + mcc_kernel_gemm_packed_b_floats(k, n));
  // Element (kk, nn) of the transpose is data[offset + nn * k + kk].
  mcc_kernel_gemm_pack_b(data.data() + offset, k, n, /*strideK=*/1, /*strideN=*/k,
                         packed.data() + at);
}

template <typename OpTy> struct RecurrentToKernel : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    const int64_t gates = kIsLstm<OpTy> ? 4 : 3, hidden = op.getHiddenSize();
    const int64_t dirs = op.getNumDirections();

    SmallVector<Value> floats = {op.getInput(), op.getW(), op.getR()};
    for (Value v : {op.getB(), op.getInitialH()})
      if (v)
        floats.push_back(v);
    if constexpr (kIsLstm<OpTy>)
      for (Value v : {op.getInitialC(), op.getP()})
        if (v)
          floats.push_back(v);
    for (Value v : op->getResults())
      floats.push_back(v);
    for (Value v : floats)
      if (!isF32Tensor(v))
        return rewriter.notifyMatchFailure(op, "the kernels are f32");
    if (cast<RankedTensorType>(op.getInput().getType()).getRank() != 3)
      return rewriter.notifyMatchFailure(op, "expects a [seq, batch, input] input");
    if (!hasDefaultActivations(op))
      return rewriter.notifyMatchFailure(op, "non-default activations stay on loops");
    Value lens = op.getSequenceLens();
    if (lens && !cast<RankedTensorType>(lens.getType()).getElementType().isInteger(32))
      return rewriter.notifyMatchFailure(op, "sequence_lens other than i32");

    auto wType = cast<RankedTensorType>(op.getW().getType());
    auto rType = cast<RankedTensorType>(op.getR().getType());
    if (!wType.hasStaticShape() || !rType.hasStaticShape() ||
        wType.getShape() != ArrayRef<int64_t>{dirs, gates * hidden, wType.getDimSize(2)} ||
        rType.getShape() != ArrayRef<int64_t>{dirs, gates * hidden, hidden})
      return rewriter.notifyMatchFailure(op, "w and r of static [dirs, G*H, *] shapes");
    std::optional<std::vector<float>> w = getConstantFloats(op.getW());
    std::optional<std::vector<float>> r = getConstantFloats(op.getR());
    if (!w || !r)
      return rewriter.notifyMatchFailure(op, "w and r are not constants");

    // W[d]^T [I, G*H] per direction; R[d]^T [H, 4H], or for GRU the z and r
    // columns [H, 2H] and the h columns [H, H] apart (the reset gate acts
    // between them).
    const int64_t in = wType.getDimSize(2), gh = gates * hidden;
    std::vector<float> packedW, packedR;
    for (int64_t d = 0; d < dirs; ++d) {
      packTransposed(*w, d * gh * in, in, gh, packedW);
      if constexpr (kIsLstm<OpTy>) {
        packTransposed(*r, d * gh * hidden, hidden, gh, packedR);
      } else {
        packTransposed(*r, d * gh * hidden, hidden, 2 * hidden, packedR);
        packTransposed(*r, d * gh * hidden + 2 * hidden * hidden, hidden, hidden, packedR);
      }
    }

    // Results: y [S, dirs, B, H], y_h (and y_c) [dirs, B, H].
    SmallVector<OpFoldResult> xSizes = tensorSizes(rewriter, loc, op.getInput());
    auto sizesOf = [&](RankedTensorType type, ArrayRef<OpFoldResult> computed) {
      SmallVector<OpFoldResult> sizes;
      for (int64_t i = 0; i < type.getRank(); ++i)
        sizes.push_back(type.isDynamicDim(i) ? computed[i]
                                             : rewriter.getIndexAttr(type.getDimSize(i)));
      return sizes;
    };
    OpFoldResult dirsSize = rewriter.getIndexAttr(dirs), hSize = rewriter.getIndexAttr(hidden);
    SmallVector<Value> outs;
    SmallVector<RankedTensorType> outTypes;
    for (auto [i, result] : llvm::enumerate(op->getResults())) {
      auto type = cast<RankedTensorType>(result.getType());
      SmallVector<OpFoldResult> computed =
          i == 0 ? SmallVector<OpFoldResult>{xSizes[0], dirsSize, xSizes[1], hSize}
                 : SmallVector<OpFoldResult>{dirsSize, xSizes[1], hSize};
      outTypes.push_back(type);
      outs.push_back(allocResult(rewriter, loc, type, sizesOf(type, computed)));
    }
    auto outOperand = [&](unsigned i) {
      return memref::CastOp::create(rewriter, loc,
                                    dynamicMemRefType(ctx, outTypes[i].getRank()), outs[i])
          .getResult();
    };
    Value y = outOperand(0), yh = outOperand(1);

    int64_t flags = 0;
    auto optional = [&](Value v, int64_t flag, int64_t rank) -> Value {
      if (!v)
        return unusedOperand(rewriter, loc, dynamicMemRefType(ctx, rank));
      flags |= flag;
      return asKernelOperand(rewriter, loc, v);
    };
    Value bias = optional(op.getB(), MCC_RNN_HAS_BIAS, 2);
    MemRefType lensType = dynamicMemRefType(ctx, 1, rewriter.getI32Type());
    Value lensOperand;
    if (lens) {
      flags |= MCC_RNN_HAS_SEQUENCE_LENS;
      auto exact = MemRefType::get(cast<RankedTensorType>(lens.getType()).getShape(),
                                   rewriter.getI32Type(), lensType.getLayout());
      lensOperand = memref::CastOp::create(
          rewriter, loc, lensType,
          bufferization::ToBufferOp::create(rewriter, loc, exact, lens, /*read_only=*/true));
    } else {
      lensOperand = unusedOperand(rewriter, loc, lensType);
    }
    Value initialH = optional(op.getInitialH(), MCC_RNN_HAS_INITIAL_H, 3);
    if (op.getDirection() == "reverse")
      flags |= MCC_RNN_REVERSE;
    std::optional<double> clip;
    if (auto c = op.getClip()) {
      flags |= MCC_RNN_HAS_CLIP;
      clip = c->convertToDouble();
    }

    Value packedWOperand = asKernelOperand(
        rewriter, loc, createPackedConstant(rewriter, loc, packedW, "packed_recurrent_w"));
    Value packedROperand = asKernelOperand(
        rewriter, loc, createPackedConstant(rewriter, loc, packedR, "packed_recurrent_r"));
    SmallVector<Value> args = {asKernelOperand(rewriter, loc, op.getInput()), packedWOperand,
                               packedROperand, bias, lensOperand, initialH};
    StringRef kernelName;
    if constexpr (kIsLstm<OpTy>) {
      kernelName = "mcc_kernel_lstm";
      args.push_back(optional(op.getInitialC(), MCC_RNN_HAS_INITIAL_C, 3));
      args.push_back(optional(op.getP(), MCC_RNN_HAS_PEEPHOLES, 2));
      if (op.getInputForget())
        flags |= MCC_RNN_INPUT_FORGET;
      args.append({y, yh, outOperand(2)});
    } else {
      kernelName = "mcc_kernel_gru";
      if (op.getLinearBeforeReset())
        flags |= MCC_RNN_LINEAR_BEFORE_RESET;
      args.append({y, yh});
    }
    args.push_back(arith::ConstantIntOp::create(rewriter, loc, flags, 64));
    args.push_back(arith::ConstantFloatOp::create(rewriter, loc, rewriter.getF32Type(),
                                                  APFloat(static_cast<float>(clip.value_or(0)))));
    func::FuncOp kernel = getKernel(op->template getParentOfType<ModuleOp>(), kernelName,
                                    ValueRange(args).getTypes());
    func::CallOp::create(rewriter, loc, kernel, args);

    SmallVector<Value> results;
    for (auto [type, out] : llvm::zip(outTypes, outs))
      results.push_back(asResultTensor(rewriter, loc, type, out));
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void mcc::populateRecurrentKernelCalls(RewritePatternSet &patterns) {
  patterns.add<RecurrentToKernel<LstmOp>, RecurrentToKernel<GruOp>>(patterns.getContext());
}
