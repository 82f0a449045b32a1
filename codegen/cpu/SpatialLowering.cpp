//===- SpatialLowering.cpp - conv_transpose, lp_pool, resize --------------===//
//
// conv_transpose and lp_pool are rewritten into ops that already lower:
// a transposed convolution is a stride-1 convolution of the input spread out
// by the strides and padded by the kernel span, with the weight's channel
// dims swapped and its spatial dims flipped (Dumoulin & Visin, "A guide to
// convolution arithmetic", 2016, section 4); Lp pooling is an average pool of
// |x|^p that counts the padding, times the window size, to the power 1/p.
// resize interpolates one dim at a time, each dim one linalg.generic whose
// body computes the source coordinate and the weighted taps, as ONNX's
// reference implementation does.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

#include <cmath>

using namespace mlir;
using namespace mcc;

namespace {

constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// conv_transpose
//===----------------------------------------------------------------------===//

// `input` spread out and padded for the stride-1 convolution that computes `op`: x at
// (lo + i * stride) of a zero tensor.
Value spreadInput(ConvTransposeOp op, Value input, ArrayRef<int64_t> lo, ArrayRef<int64_t> hi,
                  RewriterBase &rewriter) {
  Location loc = op.getLoc();
  auto inType = cast<RankedTensorType>(input.getType());
  int64_t k = inType.getRank() - 2;
  ArrayRef<int64_t> strides = op.getStrides();
  SmallVector<OpFoldResult> inSizes = getSizes(rewriter, loc, input);
  SmallVector<OpFoldResult> spreadSizes(inSizes.begin(), inSizes.begin() + 2);
  SmallVector<int64_t> spreadShape(inType.getShape().take_front(2));
  SmallVector<OpFoldResult> offsets(2, rewriter.getIndexAttr(0)), steps(2, rewriter.getIndexAttr(1));
  for (int64_t i = 0; i < k; ++i) {
    OpFoldResult n = inSizes[i + 2];
    OpFoldResult spread = addIndex(
        rewriter, loc,
        mulIndex(rewriter, loc, subIndex(rewriter, loc, n, rewriter.getIndexAttr(1)),
                 rewriter.getIndexAttr(strides[i])),
        rewriter.getIndexAttr(1 + lo[i] + hi[i]));
    spreadSizes.push_back(spread);
    int64_t d = inType.getDimSize(i + 2);
    spreadShape.push_back(ShapedType::isDynamic(d) ? kDyn
                                                   : (d - 1) * strides[i] + 1 + lo[i] + hi[i]);
    offsets.push_back(rewriter.getIndexAttr(lo[i]));
    steps.push_back(rewriter.getIndexAttr(strides[i]));
  }
  Type element = inType.getElementType();
  auto spreadType = RankedTensorType::get(spreadShape, element);
  Value zeros = createFilled(rewriter, loc, spreadType, spreadSizes, rewriter.getZeroAttr(element));
  return tensor::InsertSliceOp::create(rewriter, loc, input, zeros, offsets, inSizes, steps);
}

// `op` (with operands `input`, `weight`, `bias`) as a stride-1 convolution.
LogicalResult rewriteAsConv(ConvTransposeOp op, Value input, Value weight, Value bias,
                            RewriterBase &rewriter) {
  Location loc = op.getLoc();
  auto inType = cast<RankedTensorType>(input.getType());
  auto wType = cast<RankedTensorType>(weight.getType());
  int64_t rank = inType.getRank(), k = rank - 2, group = op.getGroup();
  Type element = inType.getElementType();
  ArrayRef<int64_t> strides = op.getStrides(), pads = op.getPads(),
                    dilations = op.getDilations(), outPad = op.getOutputPadding();
  ArrayRef<int64_t> kernel = wType.getShape().drop_front(2);

  // The spread-out, padded input: x at (lo + i * stride) of a zero tensor.
  SmallVector<int64_t> lo, hi;
  for (int64_t i = 0; i < k; ++i) {
    int64_t span = (kernel[i] - 1) * dilations[i] + 1;
    lo.push_back(span - 1 - pads[i]);
    hi.push_back(span - 1 - pads[i + k] + outPad[i]);
    if (lo.back() < 0 || hi.back() < 0)
      return rewriter.notifyMatchFailure(op, "pads larger than the kernel span");
  }
  // At stride 1 nothing spreads: the convolution pads the input itself, with no zeroed
  // copy of it (a training step's every conv input gradient is such a transposed conv).
  bool unitStrides = llvm::all_of(strides, [](int64_t s) { return s == 1; });
  Value spread = input;
  if (!unitStrides)
    spread = spreadInput(op, input, lo, hi, rewriter);

  // weight [C, M/g, K..] -> [M, C/g, K..]: w'[g*Mg + m, c, k] = w[g*Cg + c, m, K-1-k].
  SmallVector<OpFoldResult> wSizes = getSizes(rewriter, loc, weight);
  OpFoldResult cg = floorDivIndex(rewriter, loc, wSizes[0], rewriter.getIndexAttr(group));
  OpFoldResult m = mulIndex(rewriter, loc, wSizes[1], rewriter.getIndexAttr(group));
  SmallVector<OpFoldResult> flippedSizes{m, cg};
  llvm::append_range(flippedSizes, ArrayRef(wSizes).drop_front(2));
  SmallVector<int64_t> flippedShape{
      wType.isDynamicDim(1) ? kDyn : wType.getDimSize(1) * group,
      wType.isDynamicDim(0) ? kDyn : wType.getDimSize(0) / group};
  llvm::append_range(flippedShape, kernel);
  auto flippedType = RankedTensorType::get(flippedShape, element);
  Value flippedInit = createEmpty(rewriter, loc, flippedType, flippedSizes);
  Value mg = toValue(rewriter, loc, wSizes[1]), cgValue = toValue(rewriter, loc, cg);
  Value flipped =
      linalg::GenericOp::create(
          rewriter, loc, flippedType, ValueRange{}, ValueRange{flippedInit},
          ArrayRef<AffineMap>{rewriter.getMultiDimIdentityMap(rank)}, parallelIterators(rank),
          [&](OpBuilder &nb, Location l, ValueRange) {
            ImplicitLocOpBuilder b(l, nb);
            Value mo = linalg::IndexOp::create(b, 0), c = linalg::IndexOp::create(b, 1);
            Value g = arith::DivUIOp::create(b, mo, mg);
            Value mi = arith::RemUIOp::create(b, mo, mg);
            SmallVector<Value> at{
                arith::AddIOp::create(b, arith::MulIOp::create(b, g, cgValue), c), mi};
            for (int64_t i = 0; i < k; ++i)
              at.push_back(arith::SubIOp::create(
                  b, arith::ConstantIndexOp::create(b, kernel[i] - 1),
                  linalg::IndexOp::create(b, i + 2)));
            linalg::YieldOp::create(b, tensor::ExtractOp::create(b, weight, at).getResult());
          })
          .getResult(0);

  SmallVector<int64_t> ones(k, 1), convPads(2 * k, 0);
  if (unitStrides)
    for (int64_t i = 0; i < k; ++i)
      convPads[i] = lo[i], convPads[i + k] = hi[i];
  Value result = ConvOp::create(rewriter, loc, op.getType(), spread, flipped, bias, ones,
                                convPads, dilations, group);
  rewriter.replaceOp(op, result);
  return success();
}

struct ConvTransposeToConv : OpConversionPattern<ConvTransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ConvTransposeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    return rewriteAsConv(op, adaptor.getInput(), adaptor.getWeight(), adaptor.getBias(),
                         rewriter);
  }
};

// The same ahead of mcc-lower-to-kernel-calls, for the 2-D f32 case the conv kernel runs.
struct ConvTransposeToKernelConv : OpRewritePattern<ConvTransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ConvTransposeOp op, PatternRewriter &rewriter) const override {
    auto type = cast<RankedTensorType>(op.getInput().getType());
    auto weight = cast<RankedTensorType>(op.getWeight().getType());
    if (type.getRank() != 4 || !type.getElementType().isF32() || !weight.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "not a 2-D f32 conv_transpose with a static weight");
    return rewriteAsConv(op, op.getInput(), op.getWeight(), op.getBias(), rewriter);
  }
};

//===----------------------------------------------------------------------===//
// lp_pool
//===----------------------------------------------------------------------===//

struct LpPoolToAvgPool : OpConversionPattern<LpPoolOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(LpPoolOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = inType.getElementType();
    double p = op.getP();
    int64_t window = 1;
    for (int64_t s : op.getKernelShape())
      window *= s;
    auto scalar = [&](double v) -> Value {
      auto type = RankedTensorType::get({}, element);
      return arith::ConstantOp::create(
          rewriter, loc, DenseElementsAttr::get(type, rewriter.getFloatAttr(element, v)));
    };
    Value x = AbsOp::create(rewriter, loc, inType, input);
    x = PowOp::create(rewriter, loc, inType, x, scalar(p));
    x = AvgPoolOp::create(rewriter, loc, resultType, x, op.getKernelShape(), op.getStrides(),
                          op.getPads(), op.getDilations(), op.getCeilMode(),
                          /*count_include_pad=*/true);
    x = MulOp::create(rewriter, loc, resultType, x, scalar((double)window));
    x = PowOp::create(rewriter, loc, resultType, x, scalar(1.0 / p));
    rewriter.replaceOp(op, x);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// resize
//===----------------------------------------------------------------------===//

/// Keys' cubic convolution weights of the four taps around a sample at
/// fraction `r` in (0, 1] past tap 1 (ONNX's `_cubic_coeffs`).
SmallVector<Value> cubicWeights(ImplicitLocOpBuilder &b, Value r, double a) {
  auto c = [&](double v) -> Value { return arith::ConstantFloatOp::create(b, b.getF64Type(), APFloat(v)); };
  auto add = [&](Value x, Value y) -> Value { return arith::AddFOp::create(b, x, y); };
  auto sub = [&](Value x, Value y) -> Value { return arith::SubFOp::create(b, x, y); };
  auto mul = [&](Value x, Value y) -> Value { return arith::MulFOp::create(b, x, y); };
  // Near taps (distance t <= 1): (a + 2) t^3 - (a + 3) t^2 + 1.
  auto near = [&](Value t) { return add(mul(mul(sub(mul(c(a + 2), t), c(a + 3)), t), t), c(1)); };
  // Far taps (1 < t < 2): a t^3 - 5a t^2 + 8a t - 4a.
  auto far = [&](Value t) {
    return sub(mul(add(mul(sub(mul(c(a), t), c(5 * a)), t), c(8 * a)), t), c(4 * a));
  };
  Value oneMinus = sub(c(1), r);
  return {far(add(r, c(1))), near(r), near(oneMinus), far(add(oneMinus, c(1)))};
}

struct ResizeToLinalg : OpConversionPattern<ResizeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ResizeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value current = adaptor.getInput();
    auto inType = cast<RankedTensorType>(current.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = inType.getElementType();
    if (!element.isIntOrFloat() || element.isInteger(1))
      return rewriter.notifyMatchFailure(op, "expects a numeric tensor");
    int64_t rank = inType.getRank();
    ArrayRef<double> scales = op.getScales();
    std::optional<ArrayRef<int64_t>> sizesAttr = op.getSizes();
    std::optional<ArrayRef<double>> roi = op.getRoi();
    SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, current);

    for (int64_t d = 0; d < rank; ++d) {
      bool defaultRoi = !roi || ((*roi)[d] == 0.0 && (*roi)[d + rank] == 1.0);
      int64_t inDim = cast<RankedTensorType>(current.getType()).getDimSize(d);
      bool sameSize = !sizesAttr || (*sizesAttr)[d] == -1 || (*sizesAttr)[d] == inDim;
      if (std::abs(scales[d] - 1.0) < 1e-9 && sameSize && defaultRoi)
        continue;
      if (scales[d] == 0 && op.getAntialias() && op.getMode() != "nearest")
        return rewriter.notifyMatchFailure(op, "antialias needs a compile-time scale");
      // The output extent of this dim.
      OpFoldResult outSize;
      int64_t outStatic = resultType.getDimSize(d);
      if (!ShapedType::isDynamic(outStatic)) {
        outSize = rewriter.getIndexAttr(outStatic);
      } else {
        // floor(in * scale) at run time.
        Value in = toValue(rewriter, loc, sizes[d]);
        Value f = arith::UIToFPOp::create(rewriter, loc, rewriter.getF64Type(),
                                          arith::IndexCastUIOp::create(rewriter, loc,
                                                                       rewriter.getI64Type(), in));
        f = arith::MulFOp::create(rewriter, loc, f,
                                  arith::ConstantFloatOp::create(rewriter, loc, cast<FloatType>(rewriter.getF64Type()),
                                                                 APFloat(scales[d])));
        Value i = arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(), f);
        outSize = arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), i).getResult();
      }
      SmallVector<int64_t> shape(cast<RankedTensorType>(current.getType()).getShape());
      shape[d] = outStatic;
      auto stepType = RankedTensorType::get(shape, element);
      SmallVector<OpFoldResult> outSizes(sizes);
      outSizes[d] = outSize;
      Value init = createEmpty(rewriter, loc, stepType, outSizes);
      Value inSize = toValue(rewriter, loc, sizes[d]);
      Value outSizeValue = toValue(rewriter, loc, outSize);
      Value source = current;
      std::optional<std::pair<double, double>> dimRoi;
      if (roi)
        dimRoi = std::make_pair((*roi)[d], (*roi)[d + rank]);
      current =
          linalg::GenericOp::create(
              rewriter, loc, stepType, ValueRange{}, ValueRange{init},
              ArrayRef<AffineMap>{rewriter.getMultiDimIdentityMap(rank)}, parallelIterators(rank),
              [&](OpBuilder &nb, Location l, ValueRange) {
                ImplicitLocOpBuilder b(l, nb);
                Value v = sample(b, op, source, d, rank, scales[d], inSize, outSizeValue, dimRoi);
                linalg::YieldOp::create(b, v);
              })
              .getResult(0);
      sizes = outSizes;
    }
    rewriter.replaceOp(op, castToType(rewriter, loc, current, resultType));
    return success();
  }

  /// The resampled element at the loop's position along `dim`.
  static Value sample(ImplicitLocOpBuilder &b, ResizeOp op, Value source, int64_t dim, int64_t rank,
                      double scale, Value inSize, Value outSize,
                      std::optional<std::pair<double, double>> roi) {
    FloatType f64 = b.getF64Type();
    Type i64 = b.getI64Type();
    auto c = [&](double v) -> Value { return arith::ConstantFloatOp::create(b, f64, APFloat(v)); };
    auto toF = [&](Value index) -> Value {
      return arith::SIToFPOp::create(b, f64, arith::IndexCastOp::create(b, i64, index));
    };
    auto add = [&](Value x, Value y) -> Value { return arith::AddFOp::create(b, x, y); };
    auto sub = [&](Value x, Value y) -> Value { return arith::SubFOp::create(b, x, y); };
    auto mul = [&](Value x, Value y) -> Value { return arith::MulFOp::create(b, x, y); };
    auto div = [&](Value x, Value y) -> Value { return arith::DivFOp::create(b, x, y); };
    auto select = [&](Value cnd, Value x, Value y) -> Value {
      return arith::SelectOp::create(b, cnd, x, y);
    };
    auto cmp = [&](arith::CmpFPredicate p, Value x, Value y) -> Value {
      return arith::CmpFOp::create(b, p, x, y);
    };
    using FP = arith::CmpFPredicate;

    SmallVector<Value> ivs;
    for (int64_t d = 0; d < rank; ++d)
      ivs.push_back(linalg::IndexOp::create(b, d));
    Value y = toF(ivs[dim]);
    Value in = toF(inSize);
    Value outInt = toF(outSize);
    // A scale of 0 comes from the size: out / in, known only at run time.
    Value scaleV = scale == 0 ? div(outInt, in) : c(scale);
    // ONNX takes the output length as scale * in (a float) in the transforms.
    Value outLen = mul(scaleV, in);
    Value outIsOne = cmp(FP::OEQ, outLen, c(1));
    StringRef ctm = op.getCoordinateTransformationMode();
    Value halfPixel = sub(div(add(y, c(0.5)), scaleV), c(0.5));
    Value x;
    Value extrapolate;
    if (ctm == "align_corners") {
      x = select(outIsOne, c(0), div(mul(y, sub(in, c(1))), sub(outLen, c(1))));
    } else if (ctm == "asymmetric") {
      x = div(y, scaleV);
    } else if (ctm == "pytorch_half_pixel") {
      x = select(outIsOne, c(-0.5), halfPixel);
    } else if (ctm == "half_pixel_symmetric") {
      Value adjustment = div(outInt, outLen);
      Value offset = mul(div(in, c(2)), sub(c(1), adjustment));
      x = add(offset, halfPixel);
    } else if (ctm == "tf_crop_and_resize") {
      double start = roi->first, end = roi->second;
      Value inM1 = sub(in, c(1));
      Value one = div(mul(c(end - start), inM1), c(2));
      Value many = div(mul(mul(y, c(end - start)), inM1), sub(outLen, c(1)));
      x = add(select(outIsOne, one, many), mul(c(start), inM1));
      extrapolate = arith::OrIOp::create(b, cmp(FP::OLT, x, c(0)), cmp(FP::OGT, x, inM1));
    } else {
      x = halfPixel;
    }
    // i0 = ceil(x) - 1 and r = x - i0 in (0, 1]: the reference prefers the
    // taps left of an integral coordinate.
    Value i0f = sub(math::CeilOp::create(b, x), c(1));
    Value r = sub(x, i0f);
    Value i0 = arith::FPToSIOp::create(b, i64, i0f);
    Value last = arith::SubIOp::create(b, arith::IndexCastOp::create(b, i64, inSize),
                                       arith::ConstantIntOp::create(b, i64, 1));
    Value zero = arith::ConstantIntOp::create(b, i64, 0);
    auto tap = [&](Value i) -> Value {
      Value clamped = arith::MaxSIOp::create(b, arith::MinSIOp::create(b, i, last), zero);
      SmallVector<Value> at(ivs);
      at[dim] = arith::IndexCastOp::create(b, b.getIndexType(), clamped);
      return tensor::ExtractOp::create(b, source, at);
    };
    auto offset = [&](int64_t k) -> Value {
      return arith::AddIOp::create(b, i0, arith::ConstantIntOp::create(b, i64, k));
    };
    Type element = getElementTypeOrSelf(source.getType());
    StringRef mode = op.getMode();
    Value result;
    if (mode == "nearest") {
      StringRef nm = op.getNearestMode();
      Value up;
      if (nm == "round_prefer_floor")
        up = cmp(FP::OGT, r, c(0.5));
      else if (nm == "round_prefer_ceil")
        up = cmp(FP::OGE, r, c(0.5));
      else if (nm == "floor")
        up = cmp(FP::OEQ, r, c(1));
      else
        up = arith::ConstantIntOp::create(b, b.getI1Type(), 1);
      up = arith::OrIOp::create(b, up, cmp(FP::OEQ, r, c(1)));
      result = tap(select(up, offset(1), i0));
    } else {
      SmallVector<Value> weights;
      int64_t first;
      double a = op.getCubicCoeffA().convertToDouble();
      bool antialias = op.getAntialias() && scale < 1.0;
      if (antialias) {
        // The kernel stretched by 1 / scale: taps t = first .. -first + 1
        // around i0, weighted by kernel((t - r) * scale), normalized below.
        first = (int64_t)std::floor((mode == "linear" ? -1.0 : -2.0) / scale) + 1;
        for (int64_t t = first; t < 2 - first; ++t) {
          Value arg = mul(sub(c((double)t), r), c(scale));
          Value x = math::AbsFOp::create(b, arg);
          if (mode == "linear") {
            weights.push_back(arith::MaximumFOp::create(b, sub(c(1), x), c(0)));
            continue;
          }
          Value x2 = mul(x, x), x3 = mul(x2, x);
          Value near = add(sub(mul(c(a + 2), x3), mul(c(a + 3), x2)), c(1));
          Value far = sub(add(sub(mul(c(a), x3), mul(c(5 * a), x2)), mul(c(8 * a), x)), c(4 * a));
          weights.push_back(select(cmp(FP::OLE, x, c(1)), near,
                                   select(cmp(FP::OLT, x, c(2)), far, c(0))));
        }
      } else if (mode == "linear") {
        weights = {sub(c(1), r), r};
        first = 0;
      } else {
        weights = cubicWeights(b, r, a);
        first = -1;
      }
      Value sum = c(0), acc = c(0);
      bool exclude = op.getExcludeOutside();
      bool normalize = exclude || antialias;
      for (size_t k = 0; k < weights.size(); ++k) {
        Value i = offset(first + (int64_t)k);
        Value w = weights[k];
        if (exclude) {
          Value inside = arith::AndIOp::create(
              b, arith::CmpIOp::create(b, arith::CmpIPredicate::sge, i, zero),
              arith::CmpIOp::create(b, arith::CmpIPredicate::sle, i, last));
          w = select(inside, w, c(0));
        }
        if (normalize)
          sum = add(sum, w);
        acc = add(acc, mul(w, castScalar(b, b.getLoc(), tap(i), f64)));
      }
      if (normalize)
        acc = div(acc, select(cmp(FP::OEQ, sum, c(0)), c(1), sum));
      if (!isa<FloatType>(element))
        acc = math::RoundEvenOp::create(b, acc);
      result = castScalar(b, b.getLoc(), acc, element);
    }
    if (extrapolate)
      result = select(extrapolate,
                      castScalar(b, b.getLoc(),
                                 c(op.getExtrapolationValue().convertToDouble()), element),
                      result);
    return result;
  }
};

} // namespace

void mcc::populateSpatialLowering(RewritePatternSet &patterns) {
  patterns.add<ConvTransposeToConv, LpPoolToAvgPool, ResizeToLinalg>(patterns.getContext());
}

void mcc::populateConvTransposeAsKernelConv(RewritePatternSet &patterns) {
  patterns.add<ConvTransposeToKernelConv>(patterns.getContext());
}
