//===- ConvPoolLowering.cpp - conv and pooling to linalg ------------------===//
//
// Convolutions become linalg's named channels-first convolutions on an input
// padded with tensor.pad, followed by a bias add; groups other than 1 and the
// depthwise case reshape to the grouped / depthwise named ops. Pooling uses the
// named pooling ops (a linalg.generic where linalg has none) on an input padded
// with -inf or 0; averages divide by the exact number of elements each window
// covers. Global pools are linalg.generic reductions.
//
// All sizes may be dynamic: output extents are computed from tensor.dim with
// the same formula the dialect's shape inference uses.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mcc;

namespace {

//===----------------------------------------------------------------------===//
// Shared window helpers
//===----------------------------------------------------------------------===//

/// Output extent of a sliding window over an input of extent `in`; the same
/// rule as slidingWindowOutputSize, emitted as index arithmetic when `in` is
/// only known at run time.
OpFoldResult windowOutputSize(OpBuilder &b, Location loc, OpFoldResult in, int64_t kernel,
                              int64_t stride, int64_t padBegin, int64_t padEnd, int64_t dilation,
                              bool ceilMode) {
  if (std::optional<int64_t> c = getConstantIntValue(in))
    return b.getIndexAttr(
        slidingWindowOutputSize(*c, kernel, stride, padBegin, padEnd, dilation, ceilMode));
  int64_t span = (kernel - 1) * dilation + 1;
  Value room = toValue(b, loc, addIndex(b, loc, in, b.getIndexAttr(padBegin + padEnd - span)));
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value roomOrZero = arith::MaxSIOp::create(b, loc, room, zero);
  OpFoldResult steps = ceilMode ? ceilDivIndex(b, loc, roomOrZero, b.getIndexAttr(stride))
                                : floorDivIndex(b, loc, roomOrZero, b.getIndexAttr(stride));
  Value out = arith::AddIOp::create(b, loc, toValue(b, loc, steps), one);
  if (ceilMode) {
    // The last window must start inside the input or the begin padding.
    Value lastStart = toValue(
        b, loc, mulIndex(b, loc, subIndex(b, loc, out, b.getIndexAttr(1)), b.getIndexAttr(stride)));
    Value limit = toValue(b, loc, addIndex(b, loc, in, b.getIndexAttr(padBegin)));
    Value tooFar = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, lastStart, limit);
    out = arith::SelectOp::create(b, loc, tooFar, arith::SubIOp::create(b, loc, out, one), out);
  }
  Value tooSmall = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, room, zero);
  return arith::SelectOp::create(b, loc, tooSmall, zero, out).getResult();
}

/// Pads the spatial dims (2..) of `input` with `value`: `low` before, `high`
/// after. Returns `input` itself when nothing is padded.
Value padSpatial(OpBuilder &b, Location loc, Value input, ArrayRef<OpFoldResult> low,
                 ArrayRef<OpFoldResult> high, TypedAttr value) {
  if (llvm::all_of(low, isZeroInteger) && llvm::all_of(high, isZeroInteger))
    return input;
  Value padValue = arith::ConstantOp::create(b, loc, value);
  SmallVector<OpFoldResult> lows(2, b.getIndexAttr(0)), highs(2, b.getIndexAttr(0));
  llvm::append_range(lows, low);
  llvm::append_range(highs, high);
  return tensor::PadOp::create(b, loc, /*resultType=*/nullptr, input, lows, highs, padValue);
}

/// The attribute list of a named convolution / pooling op.
SmallVector<NamedAttribute> windowAttrs(OpBuilder &b, ArrayRef<int64_t> strides,
                                        ArrayRef<int64_t> dilations) {
  return {b.getNamedAttr("strides", b.getI64TensorAttr(strides)),
          b.getNamedAttr("dilations", b.getI64TensorAttr(dilations))};
}

/// Output sizes [N, channels, spatial...] of a windowed op over `input`,
/// static where the result type says so.
SmallVector<OpFoldResult> windowOutputSizes(OpBuilder &b, Location loc, Value input,
                                            OpFoldResult channels, RankedTensorType resultType,
                                            ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides,
                                            ArrayRef<int64_t> pads, ArrayRef<int64_t> dilations,
                                            bool ceilMode) {
  size_t k = kernel.size();
  SmallVector<OpFoldResult> in = getSizes(b, loc, input);
  SmallVector<OpFoldResult> sizes{in[0], channels};
  for (size_t i = 0; i < k; ++i)
    sizes.push_back(windowOutputSize(b, loc, in[i + 2], kernel[i], strides[i], pads[i], pads[i + k],
                                     dilations[i], ceilMode));
  for (int64_t d = 0; d < resultType.getRank(); ++d)
    if (!resultType.isDynamicDim(d))
      sizes[d] = b.getIndexAttr(resultType.getDimSize(d));
  return sizes;
}

/// Dims [first, first + n) of a loop nest of `total` dims.
SmallVector<AffineExpr> dimRange(MLIRContext *ctx, unsigned first, unsigned n) {
  SmallVector<AffineExpr> exprs;
  for (unsigned i = 0; i < n; ++i)
    exprs.push_back(getAffineDimExpr(first + i, ctx));
  return exprs;
}

/// The input index `out * stride + window * dilation` along one spatial dim.
AffineExpr windowIndex(MLIRContext *ctx, unsigned outDim, unsigned windowDim, int64_t stride,
                       int64_t dilation) {
  return getAffineDimExpr(outDim, ctx) * stride + getAffineDimExpr(windowDim, ctx) * dilation;
}

/// `v` widened to `type` (the accumulator type) when it is narrower.
Value extendTo(OpBuilder &b, Location loc, Value v, Type type) {
  if (v.getType() == type)
    return v;
  return arith::ExtFOp::create(b, loc, type, v);
}

/// An elementwise pass over `acc` (in the accumulator type) producing
/// `resultType`: `finish` maps an accumulated value (and, when given, the
/// matching `extra` value, read per channel, dim 1) to the result element.
Value finishAccumulation(OpBuilder &b, Location loc, Value acc, RankedTensorType resultType,
                         Value perChannel,
                         function_ref<Value(OpBuilder &, Location, Value, Value)> finish) {
  MLIRContext *ctx = b.getContext();
  auto accType = cast<RankedTensorType>(acc.getType());
  unsigned rank = accType.getRank();
  SmallVector<Value> ins;
  SmallVector<AffineMap> maps;
  if (perChannel) {
    ins.push_back(perChannel);
    maps.push_back(AffineMap::get(rank, 0, getAffineDimExpr(1, ctx)));
  }
  // In place when the types agree; a new tensor of the result type otherwise.
  bool inPlace = accType.getElementType() == resultType.getElementType();
  Value out = acc;
  if (!inPlace) {
    ins.push_back(acc);
    maps.push_back(b.getMultiDimIdentityMap(rank));
    out = createEmpty(b, loc, resultType, getSizes(b, loc, acc));
  }
  maps.push_back(b.getMultiDimIdentityMap(rank));
  unsigned accArg = inPlace ? ins.size() : ins.size() - 1;
  return linalg::GenericOp::create(
             b, loc, resultType, ins, ValueRange{out}, maps, parallelIterators(rank),
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               Value extra = perChannel ? args[0] : Value();
               Value r = finish(nb, nl, args[accArg], extra);
               if (r.getType() != resultType.getElementType())
                 r = arith::TruncFOp::create(nb, nl, resultType.getElementType(), r);
               linalg::YieldOp::create(nb, nl, r);
             })
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// conv
//===----------------------------------------------------------------------===//

/// A grouped convolution of any spatial rank as a linalg.generic, on operands
/// already split by group: input [N, G, C/G, D...], weight [G, M/G, C/G, K...],
/// init [N, G, M/G, O...]. Loops: n, g, f, o..., c, k....
Value buildGroupedConvGeneric(OpBuilder &b, Location loc, Value input, Value weight, Value init,
                              ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  MLIRContext *ctx = b.getContext();
  unsigned k = strides.size();
  unsigned n = 0, g = 1, f = 2, o = 3, c = 3 + k, w = 4 + k, loops = 4 + 2 * k;
  SmallVector<AffineExpr> inExprs{getAffineDimExpr(n, ctx), getAffineDimExpr(g, ctx),
                                  getAffineDimExpr(c, ctx)};
  for (unsigned i = 0; i < k; ++i)
    inExprs.push_back(windowIndex(ctx, o + i, w + i, strides[i], dilations[i]));
  SmallVector<AffineExpr> wExprs{getAffineDimExpr(g, ctx), getAffineDimExpr(f, ctx),
                                 getAffineDimExpr(c, ctx)};
  llvm::append_range(wExprs, dimRange(ctx, w, k));
  SmallVector<AffineExpr> outExprs = dimRange(ctx, 0, 3 + k);
  SmallVector<AffineMap> maps{AffineMap::get(loops, 0, inExprs, ctx),
                              AffineMap::get(loops, 0, wExprs, ctx),
                              AffineMap::get(loops, 0, outExprs, ctx)};
  SmallVector<utils::IteratorType> iters = parallelIterators(loops);
  for (unsigned i = c; i < loops; ++i)
    iters[i] = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{input, weight}, ValueRange{init}, maps, iters,
             [](OpBuilder &nb, Location nl, ValueRange args) {
               Type acc = args[2].getType();
               Value prod = arith::MulFOp::create(nb, nl, extendTo(nb, nl, args[0], acc),
                                                  extendTo(nb, nl, args[1], acc));
               linalg::YieldOp::create(nb, nl,
                                       arith::AddFOp::create(nb, nl, args[2], prod).getResult());
             })
      .getResult(0);
}

struct ConvToLinalg : OpConversionPattern<ConvOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(ConvOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput(), weight = adaptor.getWeight();
    auto inType = cast<RankedTensorType>(input.getType());
    auto wType = cast<RankedTensorType>(weight.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = resultType.getElementType();
    int64_t k = inType.getRank() - 2;
    if (inType.getElementType() != element || wType.getElementType() != element)
      return rewriter.notifyMatchFailure(op, "mixed element types");
    ArrayRef<int64_t> strides = op.getStrides(), pads = op.getPads(), dilations = op.getDilations();
    ArrayRef<int64_t> kernel = wType.getShape().drop_front(2);
    int64_t group = op.getGroup();
    // 16-bit floats accumulate in f32 (the named ops cast their operands to
    // the output's type); the bias add rounds back.
    Type accElement = getAccumulatorType(element);
    auto accType = RankedTensorType::get(resultType.getShape(), accElement);

    // Zero padding, then the output buffer (zeros: the convolution accumulates).
    SmallVector<OpFoldResult> low, high;
    for (int64_t i = 0; i < k; ++i) {
      low.push_back(rewriter.getIndexAttr(pads[i]));
      high.push_back(rewriter.getIndexAttr(pads[i + k]));
    }
    Value padded = padSpatial(rewriter, loc, input, low, high, rewriter.getZeroAttr(element));
    SmallVector<OpFoldResult> wSizes = getSizes(rewriter, loc, weight);
    SmallVector<OpFoldResult> outSizes = windowOutputSizes(
        rewriter, loc, input, wSizes[0], resultType, kernel, strides, pads, dilations, false);
    SmallVector<NamedAttribute> attrs = windowAttrs(rewriter, strides, dilations);

    Value result;
    bool named = k <= 3; // linalg has named ops up to 3-D
    if (group == 1 && named) {
      Value init = createFilled(rewriter, loc, accType, outSizes, rewriter.getZeroAttr(accElement));
      SmallVector<Value> ins{padded, weight};
      if (k == 1)
        result = linalg::Conv1DNcwFcwOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                ValueRange{init}, attrs)
                     .getResult(0);
      else if (k == 2)
        result = linalg::Conv2DNchwFchwOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                  ValueRange{init}, attrs)
                     .getResult(0);
      else
        result = linalg::Conv3DNcdhwFcdhwOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                    ValueRange{init}, attrs)
                     .getResult(0);
    } else if (named && wType.getDimSize(0) == group && wType.getDimSize(1) == 1) {
      // Depthwise: one filter per channel, C == M == group.
      Value init = createFilled(rewriter, loc, accType, outSizes, rewriter.getZeroAttr(accElement));
      SmallVector<ReassociationIndices> reassoc{{0, 1}};
      for (int64_t i = 0; i < k; ++i)
        reassoc.push_back({i + 2});
      Value filter = tensor::CollapseShapeOp::create(rewriter, loc, weight, reassoc);
      SmallVector<Value> ins{padded, filter};
      if (k == 1)
        result = linalg::DepthwiseConv1DNcwCwOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                        ValueRange{init}, attrs)
                     .getResult(0);
      else if (k == 2)
        result = linalg::DepthwiseConv2DNchwChwOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                          ValueRange{init}, attrs)
                     .getResult(0);
      else
        result = linalg::DepthwiseConv3DNcdhwCdhwOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                            ValueRange{init}, attrs)
                     .getResult(0);
    } else {
      // Split the channels by group: input [N, G, C/G, D...], weight
      // [G, M/G, C/G, K...], output [N, G, M/G, O...], then merge back.
      // (Also the path for more than 3 spatial dims, with G = 1.)
      OpFoldResult g = rewriter.getIndexAttr(group);
      SmallVector<OpFoldResult> paddedSizes = getSizes(rewriter, loc, padded);
      auto splitType = [&](RankedTensorType t, int64_t dim, ArrayRef<OpFoldResult> sizes,
                           SmallVectorImpl<OpFoldResult> &newSizes) {
        Type element = t.getElementType();
        SmallVector<int64_t> shape;
        for (int64_t d = 0; d < t.getRank(); ++d) {
          if (d == dim) {
            OpFoldResult per = floorDivIndex(rewriter, loc, sizes[d], g);
            newSizes.append({g, per});
            shape.push_back(group);
            std::optional<int64_t> c = getConstantIntValue(per);
            shape.push_back(c ? *c : ShapedType::kDynamic);
            continue;
          }
          newSizes.push_back(sizes[d]);
          shape.push_back(t.isDynamicDim(d) ? ShapedType::kDynamic : t.getDimSize(d));
        }
        return RankedTensorType::get(shape, element);
      };
      SmallVector<ReassociationIndices> splitIn{{0}, {1, 2}}, splitW{{0, 1}, {2}};
      for (int64_t i = 0; i < k; ++i) {
        splitIn.push_back({i + 3});
        splitW.push_back({i + 3});
      }
      SmallVector<OpFoldResult> inSplitSizes, wSplitSizes, outSplitSizes;
      auto paddedType = cast<RankedTensorType>(padded.getType());
      RankedTensorType inSplit = splitType(paddedType, 1, paddedSizes, inSplitSizes);
      RankedTensorType wSplit = splitType(wType, 0, wSizes, wSplitSizes);
      // The output type follows the computed sizes so that it matches the
      // expanded operands; the final cast restores the op's result type.
      SmallVector<int64_t> outShape;
      for (OpFoldResult s : outSizes) {
        std::optional<int64_t> c = getConstantIntValue(s);
        outShape.push_back(c ? *c : ShapedType::kDynamic);
      }
      RankedTensorType outSplit =
          splitType(RankedTensorType::get(outShape, accElement), 1, outSizes, outSplitSizes);
      Value in =
          tensor::ExpandShapeOp::create(rewriter, loc, inSplit, padded, splitIn, inSplitSizes);
      Value w = tensor::ExpandShapeOp::create(rewriter, loc, wSplit, weight, splitW, wSplitSizes);
      Value init =
          createFilled(rewriter, loc, outSplit, outSplitSizes, rewriter.getZeroAttr(accElement));
      Value conv;
      if (k == 2)
        conv = linalg::Conv2DNgchwGfchwOp::create(rewriter, loc, TypeRange{outSplit},
                                                  ValueRange{in, w}, ValueRange{init}, attrs)
                   .getResult(0);
      else
        conv = buildGroupedConvGeneric(rewriter, loc, in, w, init, strides, dilations);
      result = tensor::CollapseShapeOp::create(rewriter, loc, conv, splitIn);
      result = castToType(rewriter, loc, result, accType);
    }

    // result[n, m, o...] += bias[m], in place (rounding to 16 bits if the
    // convolution accumulated in f32).
    Value bias = adaptor.getBias();
    if (bias || accElement != element)
      result = finishAccumulation(
          rewriter, loc, result, resultType, bias,
          [&](OpBuilder &b, Location l, Value acc, Value channelBias) -> Value {
            if (!channelBias)
              return acc;
            return arith::AddFOp::create(b, l, acc, extendTo(b, l, channelBias, accElement));
          });
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// max_pool, avg_pool
//===----------------------------------------------------------------------===//

enum class PoolKind { Max, Sum };

/// A pooling of any spatial rank as a linalg.generic (linalg has no named
/// channels-first pooling beyond 2-D): loops n, c, o..., w....
Value buildPoolGeneric(OpBuilder &b, Location loc, Value input, Value window, Value init,
                       ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations, PoolKind kind) {
  MLIRContext *ctx = b.getContext();
  unsigned k = strides.size(), o = 2, w = 2 + k, loops = 2 + 2 * k;
  SmallVector<AffineExpr> inExprs = dimRange(ctx, 0, 2);
  for (unsigned i = 0; i < k; ++i)
    inExprs.push_back(windowIndex(ctx, o + i, w + i, strides[i], dilations[i]));
  SmallVector<AffineMap> maps{AffineMap::get(loops, 0, inExprs, ctx),
                              AffineMap::get(loops, 0, dimRange(ctx, w, k), ctx),
                              AffineMap::get(loops, 0, dimRange(ctx, 0, 2 + k), ctx)};
  SmallVector<utils::IteratorType> iters = parallelIterators(loops);
  for (unsigned i = w; i < loops; ++i)
    iters[i] = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, loc, init.getType(), ValueRange{input, window}, ValueRange{init}, maps, iters,
             [kind](OpBuilder &nb, Location nl, ValueRange args) {
               Value r = kind == PoolKind::Max
                             ? arith::MaximumFOp::create(nb, nl, args[2], args[0]).getResult()
                             : arith::AddFOp::create(nb, nl, args[2],
                                                     extendTo(nb, nl, args[0], args[2].getType()))
                                   .getResult();
               linalg::YieldOp::create(nb, nl, r);
             })
      .getResult(0);
}

/// Number of window taps k in [0, kernel) whose input index
/// `out * stride - padBegin + k * dilation` lies in [lo, hi).
Value countTaps(OpBuilder &b, Location loc, Value out, int64_t kernel, int64_t stride,
                int64_t padBegin, int64_t dilation, Value lo, Value hi) {
  auto cst = [&](int64_t v) { return arith::ConstantIndexOp::create(b, loc, v).getResult(); };
  Value base =
      arith::SubIOp::create(b, loc, arith::MulIOp::create(b, loc, out, cst(stride)), cst(padBegin));
  Value d = cst(dilation);
  Value first = arith::CeilDivSIOp::create(b, loc, arith::SubIOp::create(b, loc, lo, base), d);
  first = arith::MaxSIOp::create(b, loc, first, cst(0));
  Value last = arith::FloorDivSIOp::create(
      b, loc, arith::SubIOp::create(b, loc, arith::SubIOp::create(b, loc, hi, cst(1)), base), d);
  last = arith::MinSIOp::create(b, loc, last, cst(kernel - 1));
  Value count = arith::AddIOp::create(b, loc, arith::SubIOp::create(b, loc, last, first), cst(1));
  return arith::MaxSIOp::create(b, loc, count, cst(0));
}

template <typename PoolOp> struct PoolToLinalg : OpConversionPattern<PoolOp> {
  using OpConversionPattern<PoolOp>::OpConversionPattern;
  using OpAdaptor = typename PoolOp::Adaptor;
  static constexpr bool isMax = std::is_same_v<PoolOp, MaxPoolOp>;

  LogicalResult matchAndRewrite(PoolOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    auto element = dyn_cast<FloatType>(resultType.getElementType());
    int64_t k = inType.getRank() - 2;
    if (!element)
      return rewriter.notifyMatchFailure(op, "float pooling only");
    ArrayRef<int64_t> kernel = op.getKernelShape(), strides = op.getStrides(), pads = op.getPads(),
                      dilations = op.getDilations();
    bool ceilMode = op.getCeilMode();

    SmallVector<OpFoldResult> inSizes = getSizes(rewriter, loc, input);
    SmallVector<OpFoldResult> outSizes = windowOutputSizes(
        rewriter, loc, input, inSizes[1], resultType, kernel, strides, pads, dilations, ceilMode);

    // Pad so that every window lies inside the padded input: the explicit
    // pads, plus whatever ceil mode's last partial window needs at the end.
    SmallVector<OpFoldResult> low, high;
    bool extraPad = false;
    for (int64_t i = 0; i < k; ++i) {
      int64_t span = (kernel[i] - 1) * dilations[i] + 1;
      OpFoldResult needed =
          addIndex(rewriter, loc,
                   mulIndex(rewriter, loc,
                            subIndex(rewriter, loc, outSizes[i + 2], rewriter.getIndexAttr(1)),
                            rewriter.getIndexAttr(strides[i])),
                   rewriter.getIndexAttr(span));
      OpFoldResult have =
          addIndex(rewriter, loc, inSizes[i + 2], rewriter.getIndexAttr(pads[i] + pads[i + k]));
      OpFoldResult extra = rewriter.getIndexAttr(0);
      if (ceilMode)
        extra = maxIndex(rewriter, loc, subIndex(rewriter, loc, needed, have),
                         rewriter.getIndexAttr(0));
      if (!isZeroInteger(extra))
        extraPad = true;
      low.push_back(rewriter.getIndexAttr(pads[i]));
      high.push_back(addIndex(rewriter, loc, rewriter.getIndexAttr(pads[i + k]), extra));
    }

    TypedAttr padAttr = isMax ? TypedAttr(rewriter.getFloatAttr(
                                    element, APFloat::getInf(element.getFloatSemantics(), true)))
                              : TypedAttr(rewriter.getZeroAttr(element));
    Value padded = padSpatial(rewriter, loc, input, low, high, padAttr);
    // Sums of 16-bit floats accumulate in f32 (the named ops cast the input
    // to the output's type); the division rounds back.
    Type accElement = isMax ? Type(element) : getAccumulatorType(element);
    auto accType = RankedTensorType::get(resultType.getShape(), accElement);
    Value init = createFilled(rewriter, loc, accType, outSizes,
                              isMax ? padAttr : rewriter.getZeroAttr(accElement));
    Value window = tensor::EmptyOp::create(rewriter, loc, kernel, element);
    SmallVector<NamedAttribute> attrs = windowAttrs(rewriter, strides, dilations);
    SmallVector<Value> ins{padded, window};

    Value pooled;
    if (k == 1 && isMax)
      pooled = linalg::PoolingNcwMaxOp::create(rewriter, loc, TypeRange{accType}, ins,
                                               ValueRange{init}, attrs)
                   .getResult(0);
    else if (k == 1)
      pooled = linalg::PoolingNcwSumOp::create(rewriter, loc, TypeRange{accType}, ins,
                                               ValueRange{init}, attrs)
                   .getResult(0);
    else if (k == 2 && isMax)
      pooled = linalg::PoolingNchwMaxOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                ValueRange{init}, attrs)
                   .getResult(0);
    else if (k == 2)
      pooled = linalg::PoolingNchwSumOp::create(rewriter, loc, TypeRange{accType}, ins,
                                                ValueRange{init}, attrs)
                   .getResult(0);
    else
      pooled = buildPoolGeneric(rewriter, loc, padded, window, init, strides, dilations,
                                isMax ? PoolKind::Max : PoolKind::Sum);

    if (!isMax)
      pooled = divideByCount(rewriter, loc, op, pooled, resultType, inSizes, extraPad);
    rewriter.replaceOp(op, pooled);
    return success();
  }

  /// Divides window sums by the number of elements each window covers: the
  /// whole kernel when every window lies within the counted region, otherwise
  /// an exact per-position count (taps inside the input, or inside the
  /// explicitly padded input with count_include_pad; never ceil mode's extra
  /// end padding).
  Value divideByCount(ConversionPatternRewriter &rewriter, Location loc, PoolOp op, Value sums,
                      RankedTensorType resultType, ArrayRef<OpFoldResult> inSizes,
                      bool extraPad) const {
    Type accElement = cast<RankedTensorType>(sums.getType()).getElementType();
    ArrayRef<int64_t> kernel = op.getKernelShape(), strides = op.getStrides(), pads = op.getPads(),
                      dilations = op.getDilations();
    int64_t k = kernel.size();
    bool includePad = op.getCountIncludePad();
    bool uniform =
        !extraPad && (includePad || llvm::all_of(pads, [](int64_t p) { return p == 0; }));
    int64_t kernelSize = 1;
    for (int64_t s : kernel)
      kernelSize *= s;

    // The counted region [lo, hi) of each spatial dim, captured by the body.
    SmallVector<Value> lo, hi;
    if (!uniform) {
      for (int64_t i = 0; i < k; ++i) {
        lo.push_back(arith::ConstantIndexOp::create(rewriter, loc, includePad ? -pads[i] : 0));
        hi.push_back(toValue(rewriter, loc,
                             addIndex(rewriter, loc, inSizes[i + 2],
                                      rewriter.getIndexAttr(includePad ? pads[i + k] : 0))));
      }
    }
    return finishAccumulation(
        rewriter, loc, sums, resultType, /*perChannel=*/nullptr,
        [&](OpBuilder &b, Location l, Value sum, Value) -> Value {
          Value divisor;
          if (uniform) {
            divisor = createScalar(b, l, accElement, (double)kernelSize);
          } else {
            Value count;
            for (int64_t i = 0; i < k; ++i) {
              Value out = linalg::IndexOp::create(b, l, i + 2);
              Value taps =
                  countTaps(b, l, out, kernel[i], strides[i], pads[i], dilations[i], lo[i], hi[i]);
              count = count ? arith::MulIOp::create(b, l, count, taps).getResult() : taps;
            }
            Value asInt = arith::IndexCastOp::create(b, l, b.getI64Type(), count);
            divisor = arith::SIToFPOp::create(b, l, accElement, asInt);
          }
          return arith::DivFOp::create(b, l, sum, divisor);
        });
  }
};

//===----------------------------------------------------------------------===//
// global_avg_pool, global_max_pool
//===----------------------------------------------------------------------===//

template <typename PoolOp> struct GlobalPoolToLinalg : OpConversionPattern<PoolOp> {
  using OpConversionPattern<PoolOp>::OpConversionPattern;
  using OpAdaptor = typename PoolOp::Adaptor;
  static constexpr bool isMax = std::is_same_v<PoolOp, GlobalMaxPoolOp>;

  LogicalResult matchAndRewrite(PoolOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    auto element = dyn_cast<FloatType>(resultType.getElementType());
    if (!element)
      return rewriter.notifyMatchFailure(op, "only float pooling");
    unsigned rank = inType.getRank();
    SmallVector<OpFoldResult> inSizes = getSizes(rewriter, loc, input);

    // Reduce into [N, C] (sums of 16-bit floats in f32), then restore the
    // size-1 spatial dims.
    Type accElement = isMax ? Type(element) : getAccumulatorType(element);
    auto reducedType = RankedTensorType::get(inType.getShape().take_front(2), accElement);
    TypedAttr initAttr = isMax ? TypedAttr(rewriter.getFloatAttr(
                                     element, APFloat::getInf(element.getFloatSemantics(), true)))
                               : TypedAttr(rewriter.getZeroAttr(accElement));
    Value init =
        createFilled(rewriter, loc, reducedType, ArrayRef(inSizes).take_front(2), initAttr);
    SmallVector<utils::IteratorType> iters = parallelIterators(rank);
    for (unsigned i = 2; i < rank; ++i)
      iters[i] = utils::IteratorType::reduction;
    SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(rank),
                                AffineMap::get(rank, 0, dimRange(ctx, 0, 2), ctx)};
    Value reduced =
        linalg::GenericOp::create(
            rewriter, loc, reducedType, ValueRange{input}, ValueRange{init}, maps, iters,
            [](OpBuilder &b, Location l, ValueRange args) {
              Value r = isMax ? arith::MaximumFOp::create(b, l, args[1], args[0]).getResult()
                              : arith::AddFOp::create(b, l, args[1],
                                                      extendTo(b, l, args[0], args[1].getType()))
                                    .getResult();
              linalg::YieldOp::create(b, l, r);
            })
            .getResult(0);

    auto meanType = RankedTensorType::get(inType.getShape().take_front(2), element);
    if (!isMax) {
      OpFoldResult count = rewriter.getIndexAttr(1);
      for (unsigned i = 2; i < rank; ++i)
        count = mulIndex(rewriter, loc, count, inSizes[i]);
      Value divisor;
      if (std::optional<int64_t> c = getConstantIntValue(count)) {
        divisor = createScalar(rewriter, loc, accElement, (double)*c);
      } else {
        Value asInt = indexToI64(rewriter, loc, toValue(rewriter, loc, count));
        divisor = arith::SIToFPOp::create(rewriter, loc, accElement, asInt);
      }
      reduced = finishAccumulation(rewriter, loc, reduced, meanType, /*perChannel=*/nullptr,
                                   [&](OpBuilder &b, Location l, Value sum, Value) -> Value {
                                     return arith::DivFOp::create(b, l, sum, divisor);
                                   });
    }

    SmallVector<ReassociationIndices> reassoc{{0}, {1}};
    for (unsigned i = 2; i < rank; ++i)
      reassoc.back().push_back(i);
    SmallVector<int64_t> shape(inType.getShape().take_front(2));
    shape.append(rank - 2, 1);
    SmallVector<OpFoldResult> outSizes(inSizes.begin(), inSizes.begin() + 2);
    outSizes.append(rank - 2, rewriter.getIndexAttr(1));
    Value result = tensor::ExpandShapeOp::create(
        rewriter, loc, RankedTensorType::get(shape, element), reduced, reassoc, outSizes);
    rewriter.replaceOp(op, castToType(rewriter, loc, result, resultType));
    return success();
  }
};

// The gradient ops where no kernel runs them (-O0, --no-microkernels, other element
// types): the forward ops they decompose into, which this conversion then lowers in turn.
template <typename OpT> struct DecomposeToOps : OpConversionPattern<OpT> {
  using OpConversionPattern<OpT>::OpConversionPattern;
  LogicalResult matchAndRewrite(OpT op, typename OpT::Adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    FailureOr<Value> result = op.decompose(rewriter);
    if (failed(result))
      return failure();
    rewriter.replaceOp(op, *result);
    return success();
  }
};

} // namespace

void mcc::populateConvPoolLowering(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ConvToLinalg, PoolToLinalg<MaxPoolOp>, PoolToLinalg<AvgPoolOp>,
               GlobalPoolToLinalg<GlobalAvgPoolOp>, GlobalPoolToLinalg<GlobalMaxPoolOp>,
               DecomposeToOps<MaxPoolGradOp>, DecomposeToOps<ConvWeightGradOp>>(ctx);
}
