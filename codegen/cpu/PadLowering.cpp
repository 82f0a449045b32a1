//===- PadLowering.cpp - mcc.pad to tensor.pad or a gathering generic -----===//
//
// Constant padding is tensor.pad, after a tensor.extract_slice when some pads
// are negative (crops): the form that tiling and bufferization handle best.
// The other modes copy input elements, which tensor.pad cannot express: a
// linalg.generic over the output finds, per dim, the input index an element
// comes from (clamped for edge, mirrored for reflect, modulo the dim for
// wrap) and reads it with tensor.extract. Indices are taken in the uncropped
// input, so a negative pad simply shifts them.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

/// The pad value as a scalar: the runtime value's only element, else the
/// attribute (a one-element dense attribute is accepted too).
FailureOr<Value> getPadValue(OpBuilder &b, Location loc, PadOp op, Value runtimeValue) {
  if (runtimeValue) {
    auto type = cast<RankedTensorType>(runtimeValue.getType());
    SmallVector<Value> zeros(type.getRank(), arith::ConstantIndexOp::create(b, loc, 0));
    return tensor::ExtractOp::create(b, loc, runtimeValue, zeros).getResult();
  }
  TypedAttr value = op.getValue();
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (!dense.isSplat())
      return failure();
    value = cast<TypedAttr>(dense.getSplatValue<Attribute>());
  }
  return arith::ConstantOp::create(b, loc, value).getResult();
}

/// mode = constant: crop the negative pads, then tensor.pad the positive ones.
Value lowerConstantPad(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> pads,
                       Value padValue) {
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  if (llvm::any_of(pads, [](int64_t p) { return p < 0; })) {
    SmallVector<OpFoldResult> sizes = getSizes(b, loc, input), offsets;
    for (int64_t d = 0; d < rank; ++d) {
      int64_t cropLow = std::max<int64_t>(-pads[d], 0);
      int64_t cropHigh = std::max<int64_t>(-pads[d + rank], 0);
      offsets.push_back(b.getIndexAttr(cropLow));
      sizes[d] = maxIndex(b, loc, subIndex(b, loc, sizes[d], b.getIndexAttr(cropLow + cropHigh)),
                          b.getIndexAttr(0));
    }
    SmallVector<OpFoldResult> strides(rank, b.getIndexAttr(1));
    input = extractSliceOrEmpty(b, loc, input, offsets, sizes, strides);
  }
  if (llvm::none_of(pads, [](int64_t p) { return p > 0; }))
    return input;
  SmallVector<OpFoldResult> low, high;
  for (int64_t d = 0; d < rank; ++d) {
    low.push_back(b.getIndexAttr(std::max<int64_t>(pads[d], 0)));
    high.push_back(b.getIndexAttr(std::max<int64_t>(pads[d + rank], 0)));
  }
  return tensor::PadOp::create(b, loc, /*resultType=*/nullptr, input, low, high, padValue);
}

/// The input index that output index `i` of a padded dim reads: `p = i - low`
/// mapped into [0, size) as `mode` says; `size` is at least 1 and `last` is
/// size - 1, both computed outside the loop nest. Reflect also clamps, so that
/// pads the verifier could not check (dynamic dims) never read out of bounds.
Value sourceIndex(OpBuilder &b, Location loc, StringRef mode, Value i, int64_t low,
                  OpFoldResult size, OpFoldResult last) {
  OpFoldResult zero = b.getIndexAttr(0);
  OpFoldResult p = subIndex(b, loc, i, b.getIndexAttr(low));
  if (mode == "edge")
    return toValue(b, loc, clampIndex(b, loc, p, zero, last));
  if (mode == "reflect") {
    // Mirror about 0, then about `last`: min(|p|, 2 * last - |p|).
    OpFoldResult q = maxIndex(b, loc, p, subIndex(b, loc, zero, p));
    OpFoldResult mirrored =
        minIndex(b, loc, q, subIndex(b, loc, mulIndex(b, loc, last, b.getIndexAttr(2)), q));
    return toValue(b, loc, maxIndex(b, loc, mirrored, zero));
  }
  // wrap: p mod size, made non-negative (remsi truncates toward zero).
  Value n = toValue(b, loc, size);
  Value rem = arith::RemSIOp::create(b, loc, toValue(b, loc, p), n);
  Value negative =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, rem, toValue(b, loc, zero));
  return arith::SelectOp::create(b, loc, negative, arith::AddIOp::create(b, loc, rem, n), rem);
}

/// mode = edge, reflect or wrap: one generic over the output that reads each
/// element from its source index.
Value lowerCopyingPad(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> pads,
                      StringRef mode, RankedTensorType resultType) {
  int64_t rank = resultType.getRank();
  SmallVector<OpFoldResult> inSizes = getSizes(b, loc, input), outSizes, sizes, lasts;
  OpFoldResult one = b.getIndexAttr(1);
  for (int64_t d = 0; d < rank; ++d) {
    outSizes.push_back(addIndex(b, loc, inSizes[d], b.getIndexAttr(pads[d] + pads[d + rank])));
    // An empty input dim is an error ONNX leaves to the runtime; a size of
    // at least 1 keeps it from dividing by zero.
    bool padded = pads[d] != 0 || pads[d + rank] != 0;
    sizes.push_back(padded ? maxIndex(b, loc, inSizes[d], one) : inSizes[d]);
    lasts.push_back(padded ? subIndex(b, loc, sizes.back(), one) : OpFoldResult());
  }
  Value init = createEmpty(b, loc, resultType, outSizes);
  return linalg::GenericOp::create(
             b, loc, resultType, ValueRange{}, ValueRange{init},
             SmallVector<AffineMap>{b.getMultiDimIdentityMap(rank)}, parallelIterators(rank),
             [&](OpBuilder &nb, Location l, ValueRange) {
               SmallVector<Value> at;
               for (int64_t d = 0; d < rank; ++d) {
                 Value i = linalg::IndexOp::create(nb, l, d);
                 bool padded = pads[d] != 0 || pads[d + rank] != 0;
                 at.push_back(padded ? sourceIndex(nb, l, mode, i, pads[d], sizes[d], lasts[d])
                                     : i);
               }
               linalg::YieldOp::create(nb, l,
                                       tensor::ExtractOp::create(nb, l, input, at).getResult());
             })
      .getResult(0);
}

struct PadToLinalg : OpConversionPattern<PadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(PadOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    ArrayRef<int64_t> pads = op.getPads();
    if (op.getMode() != "constant") {
      rewriter.replaceOp(op, lowerCopyingPad(rewriter, loc, adaptor.getInput(), pads,
                                             op.getMode(), resultType));
      return success();
    }
    FailureOr<Value> padValue = getPadValue(rewriter, loc, op, adaptor.getRuntimeValue());
    if (failed(padValue))
      return rewriter.notifyMatchFailure(op, "value must hold one element");
    Value result = lowerConstantPad(rewriter, loc, adaptor.getInput(), pads, *padValue);
    rewriter.replaceOp(op, castToType(rewriter, loc, result, resultType));
    return success();
  }
};

} // namespace

void mcc::populatePadLowering(RewritePatternSet &patterns) {
  patterns.add<PadToLinalg>(patterns.getContext());
}
