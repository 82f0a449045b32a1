//===- ShapeLowering.cpp - shape and data-movement ops to tensor/linalg ---===//
//
// Reshape-like ops (reshape, flatten, squeeze, unsqueeze) become
// tensor.collapse_shape / expand_shape wherever the dims of both sides can be
// grouped, which this file decides symbolically so that dynamic dims (batch,
// sequence) keep the fast path; otherwise reshape reads its shape operand at
// run time (ONNX's 0 and -1 rules) and uses tensor.reshape. Slicing is
// tensor.extract_slice; gather, expand, tile and range are linalg.generic
// ops; concat is a chain of tensor.insert_slice. Pad has its own file.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeEvaluation.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Transforms/DialectConversion.h"

#include <limits>

using namespace mlir;
using namespace mcc;

namespace {
constexpr int64_t kDyn = ShapedType::kDynamic;

/// A size-1 static tensor type of the given rank.
RankedTensorType onesType(int64_t rank, Type element) {
  return RankedTensorType::get(SmallVector<int64_t>(rank, 1), element);
}

/// Entry `i` of a 1-D integer shape tensor as an index: a constant when the
/// original operand is known at compile time, otherwise read at run time
/// from the converted operand.
OpFoldResult shapeEntry(OpBuilder &b, Location loc, Value original, Value converted, int64_t i) {
  if (auto consts = getConstantShapeTensor(original))
    if (i < (int64_t)consts->size())
      return b.getIndexAttr((*consts)[i]);
  Value idx = arith::ConstantIndexOp::create(b, loc, i);
  Value v = tensor::ExtractOp::create(b, loc, converted, ValueRange{idx});
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), v).getResult();
}

/// The static shape implied by `sizes` (dynamic where not a constant).
SmallVector<int64_t> staticShape(ArrayRef<OpFoldResult> sizes) {
  SmallVector<int64_t> shape;
  for (OpFoldResult s : sizes) {
    std::optional<int64_t> c = getConstantIntValue(s);
    shape.push_back(c ? *c : kDyn);
  }
  return shape;
}

//===----------------------------------------------------------------------===//
// Reshaping through collapse_shape / expand_shape
//===----------------------------------------------------------------------===//

/// A dim size as a product of a constant and some dynamic dims of the input:
/// `constant * prod(dim(input, j) for j in dims)`.
struct Factor {
  int64_t constant = 1;
  SmallVector<int64_t> dims; // sorted, may repeat

  static Factor of(RankedTensorType type, int64_t d) {
    if (type.isDynamicDim(d))
      return {1, {d}};
    return {type.getDimSize(d), {}};
  }
  bool isStatic() const { return dims.empty(); }
  bool isOne() const { return constant == 1 && dims.empty(); }
  bool operator==(const Factor &o) const { return constant == o.constant && dims == o.dims; }
  Factor operator*(const Factor &o) const {
    Factor r{constant * o.constant, dims};
    llvm::append_range(r.dims, o.dims);
    llvm::sort(r.dims);
    return r;
  }
  /// Whether this divides `o` (and differs from it).
  bool strictlyDivides(const Factor &o) const {
    return !(*this == o) && constant != 0 && o.constant % constant == 0 &&
           std::includes(o.dims.begin(), o.dims.end(), dims.begin(), dims.end());
  }
  /// o / this, assuming this divides o.
  Factor divideInto(const Factor &o) const {
    Factor r{o.constant / constant, {}};
    std::set_difference(o.dims.begin(), o.dims.end(), dims.begin(), dims.end(),
                        std::back_inserter(r.dims));
    return r;
  }
  OpFoldResult materialize(OpBuilder &b, Location loc, Value input) const {
    OpFoldResult size = b.getIndexAttr(constant);
    for (int64_t d : dims)
      size = mulIndex(b, loc, size, tensor::DimOp::create(b, loc, input, d).getResult());
    return size;
  }
};

Factor product(ArrayRef<Factor> factors) {
  Factor p;
  for (const Factor &f : factors)
    p = p * f;
  return p;
}

/// Groups `src` and `dst` dims into runs of equal product, greedily; the
/// groups are the reassociations of a collapse (of src) and an expand (to
/// dst). Fails when some prefix products cannot be matched.
std::optional<std::pair<SmallVector<ReassociationIndices>, SmallVector<ReassociationIndices>>>
groupDims(ArrayRef<Factor> src, ArrayRef<Factor> dst) {
  SmallVector<ReassociationIndices> srcGroups, dstGroups;
  int64_t i = 0, r = 0, n = src.size(), m = dst.size();
  while (i < n && r < m) {
    ReassociationIndices gs{i}, gd{r};
    Factor ps = src[i++], pd = dst[r++];
    while (!(ps == pd)) {
      if (i < n && ps.strictlyDivides(pd)) {
        ps = ps * src[i];
        gs.push_back(i++);
      } else if (r < m && pd.strictlyDivides(ps)) {
        pd = pd * dst[r];
        gd.push_back(r++);
      } else {
        return std::nullopt;
      }
    }
    srcGroups.push_back(gs);
    dstGroups.push_back(gd);
  }
  for (; i < n; ++i) {
    if (!src[i].isOne() || srcGroups.empty())
      return std::nullopt;
    srcGroups.back().push_back(i);
  }
  for (; r < m; ++r) {
    if (!dst[r].isOne() || dstGroups.empty())
      return std::nullopt;
    dstGroups.back().push_back(r);
  }
  return std::make_pair(srcGroups, dstGroups);
}

/// Reshapes `input` to `resultType` given both sides' dims as factors of the
/// input's dims: a collapse_shape of each group of input dims, then an
/// expand_shape to the result dims, then a cast to `resultType`. Returns a
/// null value when the dims do not group.
Value reshapeByFactors(OpBuilder &b, Location loc, Value input, ArrayRef<Factor> src,
                       ArrayRef<Factor> dst, RankedTensorType resultType) {
  auto inType = cast<RankedTensorType>(input.getType());
  Type element = inType.getElementType();
  if (llvm::any_of(src, [](const Factor &f) { return f.constant == 0; }) ||
      llvm::any_of(dst, [](const Factor &f) { return f.constant == 0; })) {
    // No elements: nothing to move, only the result's sizes matter.
    SmallVector<OpFoldResult> sizes;
    for (const Factor &f : dst)
      sizes.push_back(f.materialize(b, loc, input));
    return createEmpty(b, loc, resultType, sizes);
  }
  auto typeOf = [&](ArrayRef<Factor> factors) {
    SmallVector<int64_t> shape;
    for (const Factor &f : factors)
      shape.push_back(f.isStatic() ? f.constant : kDyn);
    return RankedTensorType::get(shape, element);
  };
  if (!(product(src) == product(dst)))
    return nullptr;
  // Make the input as static as its factors say (squeezed dims are 1).
  Value source = castToType(b, loc, input, typeOf(src));
  if (src.empty() || dst.empty()) {
    // Rank 0 on one side: every dim of the other side is 1.
    if (src.empty()) {
      SmallVector<OpFoldResult> ones(dst.size(), b.getIndexAttr(1));
      source = tensor::ExpandShapeOp::create(b, loc, onesType(dst.size(), element), source,
                                             ArrayRef<ReassociationIndices>{}, ones);
    } else {
      source = tensor::CollapseShapeOp::create(b, loc, RankedTensorType::get({}, element), source,
                                               ArrayRef<ReassociationIndices>{});
    }
    return castToType(b, loc, source, resultType);
  }
  auto groups = groupDims(src, dst);
  if (!groups)
    return nullptr;
  auto [srcGroups, dstGroups] = *groups;
  // LLVM 22's expand-strided-metadata crashes on an expand_shape with two
  // dynamic dims in one group (llvm/llvm-project#186830): leave those to the
  // caller's general path.
  for (const ReassociationIndices &g : dstGroups)
    if (llvm::count_if(g, [&](int64_t d) { return !dst[d].isStatic(); }) > 1)
      return nullptr;
  auto nontrivial = [](ArrayRef<ReassociationIndices> gs) {
    return llvm::any_of(gs, [](const ReassociationIndices &g) { return g.size() > 1; });
  };
  if (nontrivial(srcGroups))
    source = tensor::CollapseShapeOp::create(b, loc, source, srcGroups);
  if (nontrivial(dstGroups)) {
    SmallVector<OpFoldResult> sizes;
    for (const Factor &f : dst)
      sizes.push_back(f.materialize(b, loc, input));
    // The collapsed dims are as static as the groups they came from.
    SmallVector<Factor> collapsed;
    for (const ReassociationIndices &g : srcGroups) {
      Factor p;
      for (int64_t d : g)
        p = p * src[d];
      collapsed.push_back(p);
    }
    source = castToType(b, loc, source, typeOf(collapsed));
    source = tensor::ExpandShapeOp::create(b, loc, typeOf(dst), source, dstGroups, sizes);
  }
  return castToType(b, loc, source, resultType);
}

/// The input dims as factors.
SmallVector<Factor> inputFactors(RankedTensorType type) {
  SmallVector<Factor> factors;
  for (int64_t d = 0; d < type.getRank(); ++d)
    factors.push_back(Factor::of(type, d));
  return factors;
}

//===----------------------------------------------------------------------===//
// shape, reshape, flatten, squeeze, unsqueeze
//===----------------------------------------------------------------------===//

struct ShapeToTensor : OpConversionPattern<ShapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ShapeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Value> dims;
    for (OpFoldResult s : getSizes(rewriter, loc, adaptor.getInput()))
      dims.push_back(indexToI64(rewriter, loc, toValue(rewriter, loc, s)));
    auto type = RankedTensorType::get({(int64_t)dims.size()}, rewriter.getI64Type());
    Value shape = tensor::FromElementsOp::create(rewriter, loc, type, dims);
    rewriter.replaceOp(op, castToType(rewriter, loc, shape, op.getType()));
    return success();
  }
};

struct ReshapeToTensor : OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    if (inType == resultType && resultType.hasStaticShape()) {
      rewriter.replaceOp(op, input);
      return success();
    }
    if (Value v = reshapeStatically(rewriter, loc, op, input)) {
      rewriter.replaceOp(op, v);
      return success();
    }
    rewriter.replaceOp(op, reshapeAtRunTime(rewriter, loc, op, input, adaptor.getShape()));
    return success();
  }

  /// Describes every result dim as a factor of the input dims, from the
  /// result type and what the shape operand is known to hold, and reshapes
  /// through collapse/expand. Null when that does not work out.
  static Value reshapeStatically(OpBuilder &b, Location loc, ReshapeOp op, Value input) {
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    SmallVector<Factor> src = inputFactors(inType);
    std::optional<SmallVector<ShapeElement>> elements = evaluateShapeTensor(op.getShape());
    SmallVector<Factor> dst;
    int64_t unknown = -1;
    for (int64_t d = 0; d < resultType.getRank(); ++d) {
      if (!resultType.isDynamicDim(d)) {
        dst.push_back({resultType.getDimSize(d), {}});
        continue;
      }
      std::optional<Factor> f;
      if (elements && d < (int64_t)elements->size()) {
        const ShapeElement &e = (*elements)[d];
        if (e.isConstant() && e.constant == 0 && !op.getAllowzero() && d < inType.getRank())
          f = src[d];
        else if (e.isConstant() && e.constant > 0)
          f = Factor{e.constant, {}};
        else if (e.isDimOf() && e.of == op.getInput() && e.dim < inType.getRank())
          f = src[e.dim];
      }
      if (!f) {
        if (unknown >= 0)
          return nullptr;
        unknown = d;
        f = Factor{};
      }
      dst.push_back(*f);
    }
    if (unknown >= 0) {
      // The one unknown dim is whatever the others leave of the input.
      Factor rest;
      for (int64_t d = 0; d < (int64_t)dst.size(); ++d)
        if (d != unknown)
          rest = rest * dst[d];
      Factor all = product(src);
      if (rest.constant == 0 || !(rest == all || rest.strictlyDivides(all)))
        return nullptr;
      dst[unknown] = rest.divideInto(all);
    }
    return reshapeByFactors(b, loc, input, src, dst, resultType);
  }

  /// The ONNX reshape rules evaluated at run time: entry 0 copies the input
  /// dim (unless allowzero), -1 takes the remaining elements.
  static Value reshapeAtRunTime(OpBuilder &b, Location loc, ReshapeOp op, Value input,
                                Value shape) {
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank();
    SmallVector<OpFoldResult> inSizes = getSizes(b, loc, input);
    OpFoldResult numel = b.getIndexAttr(1);
    for (OpFoldResult s : inSizes)
      numel = mulIndex(b, loc, numel, s);

    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value minusOne = arith::ConstantIndexOp::create(b, loc, -1);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    SmallVector<Value> entries;
    Value known = one; // product of the entries other than -1
    for (int64_t d = 0; d < rank; ++d) {
      Value e = toValue(b, loc, shapeEntry(b, loc, op.getShape(), shape, d));
      if (!op.getAllowzero() && d < inType.getRank()) {
        Value isZero = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, e, zero);
        e = arith::SelectOp::create(b, loc, isZero, toValue(b, loc, inSizes[d]), e);
      }
      Value isInferred = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, e, minusOne);
      known =
          arith::MulIOp::create(b, loc, known, arith::SelectOp::create(b, loc, isInferred, one, e));
      entries.push_back(e);
    }
    // Never divide by zero, whatever the shape says.
    known = arith::MaxSIOp::create(b, loc, known, one);
    Value rest = arith::DivSIOp::create(b, loc, toValue(b, loc, numel), known);
    SmallVector<Value> dims;
    for (int64_t d = 0; d < rank; ++d) {
      if (!resultType.isDynamicDim(d)) {
        dims.push_back(arith::ConstantIndexOp::create(b, loc, resultType.getDimSize(d)));
        continue;
      }
      Value isInferred =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, entries[d], minusOne);
      dims.push_back(arith::SelectOp::create(b, loc, isInferred, rest, entries[d]));
    }
    auto shapeType = RankedTensorType::get({rank}, b.getIndexType());
    Value newShape = tensor::FromElementsOp::create(b, loc, shapeType, dims);
    return tensor::ReshapeOp::create(b, loc, resultType, input, newShape);
  }
};

struct FlattenToCollapse : OpConversionPattern<FlattenOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(FlattenOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    SmallVector<Factor> src = inputFactors(inType);
    int64_t axis = op.getAxis();
    SmallVector<Factor> dst{product(ArrayRef(src).take_front(axis)),
                            product(ArrayRef(src).drop_front(axis))};
    Value result = reshapeByFactors(rewriter, op.getLoc(), input, src, dst, op.getType());
    if (!result)
      return rewriter.notifyMatchFailure(op, "dims do not group");
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct SqueezeToCollapse : OpConversionPattern<SqueezeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(SqueezeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    SmallVector<Factor> src = inputFactors(inType), dst;
    for (int64_t d = 0; d < inType.getRank(); ++d) {
      if (llvm::is_contained(op.getAxes(), d))
        src[d] = Factor{}; // size 1, even where the type says dynamic
      else
        dst.push_back(src[d]);
    }
    Value result = reshapeByFactors(rewriter, op.getLoc(), input, src, dst, op.getType());
    if (!result)
      return rewriter.notifyMatchFailure(op, "dims do not group");
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct UnsqueezeToExpand : OpConversionPattern<UnsqueezeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(UnsqueezeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    SmallVector<Factor> src = inputFactors(inType), dst;
    int64_t rank = inType.getRank() + op.getAxes().size(), next = 0;
    for (int64_t d = 0; d < rank; ++d)
      dst.push_back(llvm::is_contained(op.getAxes(), d) ? Factor{} : src[next++]);
    Value result = reshapeByFactors(rewriter, op.getLoc(), input, src, dst, op.getType());
    if (!result)
      return rewriter.notifyMatchFailure(op, "dims do not group");
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// transpose, concat
//===----------------------------------------------------------------------===//

struct TransposeToLinalg : OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto resultType = cast<RankedTensorType>(op.getType());
    SmallVector<OpFoldResult> inSizes = getSizes(rewriter, loc, input), sizes;
    for (int64_t p : op.getPerm())
      sizes.push_back(inSizes[p]);
    Value init = createEmpty(rewriter, loc, resultType, sizes);
    Value result =
        linalg::TransposeOp::create(rewriter, loc, input, init, op.getPerm()).getResult()[0];
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ConcatToInsertSlices : OpConversionPattern<ConcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t axis = op.getAxis(), rank = resultType.getRank();
    ValueRange inputs = adaptor.getInputs();
    if (inputs.size() == 1) {
      rewriter.replaceOp(op, castToType(rewriter, loc, inputs[0], resultType));
      return success();
    }
    // The result's sizes: the axis is the sum, other dims from the result
    // type or, where dynamic, from the first input.
    SmallVector<SmallVector<OpFoldResult>> inSizes;
    OpFoldResult total = rewriter.getIndexAttr(0);
    for (Value v : inputs) {
      inSizes.push_back(getSizes(rewriter, loc, v));
      total = addIndex(rewriter, loc, total, inSizes.back()[axis]);
    }
    SmallVector<OpFoldResult> sizes(inSizes[0]);
    sizes[axis] = total;
    for (int64_t d = 0; d < rank; ++d)
      if (!resultType.isDynamicDim(d))
        sizes[d] = rewriter.getIndexAttr(resultType.getDimSize(d));
    Value result = createEmpty(rewriter, loc, resultType, sizes);
    OpFoldResult offset = rewriter.getIndexAttr(0);
    SmallVector<OpFoldResult> strides(rank, rewriter.getIndexAttr(1));
    for (auto [v, s] : llvm::zip(inputs, inSizes)) {
      // An input empty along the axis adds nothing, and an insert_slice at
      // offset == size would not verify.
      if (std::optional<int64_t> n = getConstantIntValue(s[axis]); n && *n == 0)
        continue;
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      offsets[axis] = offset;
      result = tensor::InsertSliceOp::create(rewriter, loc, v, result, offsets, s, strides);
      offset = addIndex(rewriter, loc, offset, s[axis]);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

/// Reads `source` at `indices`, reversing the dims in `reversed` (index
/// size - 1 - i there): the negative-step part of a slice.
Value reverseDims(OpBuilder &b, Location loc, Value source, ArrayRef<bool> reversed) {
  auto type = cast<RankedTensorType>(source.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> sizes = getSizes(b, loc, source);
  SmallVector<Value> last;
  for (int64_t d = 0; d < rank; ++d)
    last.push_back(reversed[d] ? toValue(b, loc, subIndex(b, loc, sizes[d], b.getIndexAttr(1)))
                               : Value());
  Value init = createEmpty(b, loc, type, sizes);
  AffineMap id = b.getMultiDimIdentityMap(rank);
  return linalg::GenericOp::create(
             b, loc, type, ValueRange{}, ValueRange{init}, ArrayRef<AffineMap>{id},
             parallelIterators(rank),
             [&](OpBuilder &nb, Location nl, ValueRange) {
               SmallVector<Value> indices;
               for (int64_t d = 0; d < rank; ++d) {
                 Value i = linalg::IndexOp::create(nb, nl, d);
                 indices.push_back(reversed[d] ? arith::SubIOp::create(nb, nl, last[d], i) : i);
               }
               linalg::YieldOp::create(
                   nb, nl, tensor::ExtractOp::create(nb, nl, source, indices).getResult());
             })
      .getResult(0);
}

} // namespace

// The verifier of extract_slice wants every static offset inside its dim even
// for an empty slice (`offset 8 is out-of-bounds` for size 0 of dim 8, and no
// offset fits a dim of size 0), and ONNX makes such slices: a Slice starting
// at the end, a zero-size Split part, a Pad cropping a whole dim.
Value mcc::extractSliceOrEmpty(OpBuilder &b, Location loc, Value input,
                               ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
                               ArrayRef<OpFoldResult> strides) {
  auto sliceType = RankedTensorType::get(
      staticShape(sizes), cast<RankedTensorType>(input.getType()).getElementType());
  if (llvm::any_of(sizes, [](OpFoldResult s) { return isConstantIntValue(s, 0); }))
    return createEmpty(b, loc, sliceType, sizes);
  return tensor::ExtractSliceOp::create(b, loc, sliceType, input, offsets, sizes, strides);
}

namespace {

struct SliceToExtractSlice : OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    int64_t rank = inType.getRank();
    SmallVector<OpFoldResult> dims = getSizes(b, loc, input);
    SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)), sizes(dims),
        strides(rank, b.getIndexAttr(1));
    SmallVector<bool> reversed(rank, false);
    auto idx = [&](int64_t v) { return b.getIndexAttr(v); };
    for (auto [start, end, axis, step] :
         llvm::zip(op.getStarts(), op.getEnds(), op.getAxes(), op.getSteps())) {
      OpFoldResult dim = dims[axis];
      // Negative indices count from the end; then clamp.
      OpFoldResult s = start < 0 ? addIndex(b, loc, idx(start), dim) : idx(start);
      OpFoldResult e = end < 0 ? addIndex(b, loc, idx(end), dim) : idx(end);
      if (step > 0) {
        s = clampIndex(b, loc, s, idx(0), dim);
        e = clampIndex(b, loc, e, idx(0), dim);
        OpFoldResult size =
            maxIndex(b, loc, ceilDivIndex(b, loc, subIndex(b, loc, e, s), idx(step)), idx(0));
        offsets[axis] = s;
        sizes[axis] = size;
        strides[axis] = idx(step);
        continue;
      }
      // Walking backwards from s down to e (exclusive): take the same
      // elements in increasing order, then reverse. A step of INT64_MIN
      // cannot be negated, and INT64_MAX takes the same single element.
      const int64_t back = step == std::numeric_limits<int64_t>::min()
                               ? std::numeric_limits<int64_t>::max()
                               : -step;
      OpFoldResult lastIndex = subIndex(b, loc, dim, idx(1));
      s = clampIndex(b, loc, s, idx(0), lastIndex);
      e = clampIndex(b, loc, e, idx(-1), lastIndex);
      OpFoldResult size =
          maxIndex(b, loc, ceilDivIndex(b, loc, subIndex(b, loc, s, e), idx(back)), idx(0));
      OpFoldResult lowest =
          subIndex(b, loc, s, mulIndex(b, loc, subIndex(b, loc, size, idx(1)), idx(back)));
      offsets[axis] = maxIndex(b, loc, lowest, idx(0));
      sizes[axis] = size;
      strides[axis] = idx(back);
      reversed[axis] = true;
    }
    Value result = extractSliceOrEmpty(b, loc, input, offsets, sizes, strides);
    if (llvm::is_contained(reversed, true))
      result = reverseDims(b, loc, result, reversed);
    rewriter.replaceOp(op, castToType(b, loc, result, op.getType()));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// gather
//===----------------------------------------------------------------------===//

struct GatherToLinalg : OpConversionPattern<GatherOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(GatherOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto idxType = cast<RankedTensorType>(indices.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t axis = op.getAxis(), idxRank = idxType.getRank(), rank = resultType.getRank();

    SmallVector<OpFoldResult> dataSizes = getSizes(rewriter, loc, data);
    SmallVector<OpFoldResult> idxSizes = getSizes(rewriter, loc, indices);
    SmallVector<OpFoldResult> sizes(dataSizes.begin(), dataSizes.begin() + axis);
    llvm::append_range(sizes, idxSizes);
    llvm::append_range(sizes, ArrayRef(dataSizes).drop_front(axis + 1));
    Value init = createEmpty(rewriter, loc, resultType, sizes);
    Value axisSize = toValue(rewriter, loc, dataSizes[axis]);

    SmallVector<AffineMap> maps{
        AffineMap::get(rank, 0,
                       SmallVector<AffineExpr>(
                           llvm::map_range(llvm::seq<int64_t>(axis, axis + idxRank),
                                           [&](int64_t d) { return getAffineDimExpr(d, ctx); })),
                       ctx),
        rewriter.getMultiDimIdentityMap(rank)};
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{indices}, ValueRange{init}, maps,
            parallelIterators(rank),
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value i = normalizeIndex(b, l, args[0], axisSize);
              SmallVector<Value> at;
              for (int64_t d = 0; d < axis; ++d)
                at.push_back(linalg::IndexOp::create(b, l, d));
              at.push_back(i);
              for (int64_t d = axis + idxRank; d < rank; ++d)
                at.push_back(linalg::IndexOp::create(b, l, d));
              linalg::YieldOp::create(b, l, tensor::ExtractOp::create(b, l, data, at).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// expand, tile, constant_of_shape, range
//===----------------------------------------------------------------------===//

struct ExpandToLinalg : OpConversionPattern<ExpandOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ExpandOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank(), inRank = inType.getRank();
    int64_t shapeLen = cast<RankedTensorType>(op.getShape().getType()).getDimSize(0);
    int64_t inOffset = rank - inRank, shapeOffset = rank - shapeLen;
    std::optional<SmallVector<ShapeElement>> elements = evaluateShapeTensor(op.getShape());
    SmallVector<OpFoldResult> inSizes = getSizes(rewriter, loc, input);

    // Result size per dim: target == 1 keeps the input's dim, else target.
    // A dynamic input dim may or may not broadcast, which only the run time
    // knows, unless the target says it keeps that dim.
    SmallVector<OpFoldResult> sizes;
    bool needsRuntimeBroadcast = false;
    for (int64_t d = 0; d < rank; ++d) {
      int64_t id = d - inOffset, sd = d - shapeOffset;
      OpFoldResult x = id >= 0 ? inSizes[id] : rewriter.getIndexAttr(1);
      if (id >= 0 && inType.isDynamicDim(id)) {
        bool keeps = false;
        if (elements && sd >= 0) {
          const ShapeElement &e = (*elements)[sd];
          keeps = (e.isConstant() && e.constant == 1) ||
                  (e.isDimOf() && e.of == op.getInput() && e.dim == id);
        }
        needsRuntimeBroadcast |= !keeps && sd >= 0;
      }
      if (!resultType.isDynamicDim(d)) {
        sizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
        continue;
      }
      if (sd < 0) {
        sizes.push_back(x);
        continue;
      }
      OpFoldResult t = shapeEntry(rewriter, loc, op.getShape(), adaptor.getShape(), sd);
      if (isOneInteger(t)) {
        sizes.push_back(x);
        continue;
      }
      if (getConstantIntValue(t)) {
        sizes.push_back(t);
        continue;
      }
      Value tv = toValue(rewriter, loc, t);
      Value isOne = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, tv,
                                          arith::ConstantIndexOp::create(rewriter, loc, 1));
      sizes.push_back(
          arith::SelectOp::create(rewriter, loc, isOne, toValue(rewriter, loc, x), tv).getResult());
    }
    Value init = createEmpty(rewriter, loc, resultType, sizes);

    Value result;
    if (!needsRuntimeBroadcast) {
      // Broadcasting is decided by the static shapes: plain indexing maps.
      SmallVector<AffineExpr> exprs;
      for (int64_t i = 0; i < inRank; ++i) {
        bool broadcast = !inType.isDynamicDim(i) && inType.getDimSize(i) == 1 &&
                         resultType.getDimSize(i + inOffset) != 1;
        exprs.push_back(broadcast ? getAffineConstantExpr(0, ctx)
                                  : getAffineDimExpr(i + inOffset, ctx));
      }
      SmallVector<AffineMap> maps{AffineMap::get(rank, 0, exprs, ctx),
                                  rewriter.getMultiDimIdentityMap(rank)};
      result = linalg::GenericOp::create(rewriter, loc, resultType, ValueRange{input},
                                         ValueRange{init}, maps, parallelIterators(rank),
                                         [](OpBuilder &b, Location l, ValueRange args) {
                                           linalg::YieldOp::create(b, l, args[0]);
                                         })
                   .getResult(0);
    } else {
      // Read the input at index 0 wherever its dim is 1 at run time.
      SmallVector<Value> isUnit;
      for (int64_t i = 0; i < inRank; ++i)
        isUnit.push_back(
            inType.isDynamicDim(i)
                ? arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        toValue(rewriter, loc, inSizes[i]),
                                        arith::ConstantIndexOp::create(rewriter, loc, 1))
                      .getResult()
                : Value());
      AffineMap id = rewriter.getMultiDimIdentityMap(rank);
      result =
          linalg::GenericOp::create(
              rewriter, loc, resultType, ValueRange{}, ValueRange{init}, ArrayRef<AffineMap>{id},
              parallelIterators(rank),
              [&](OpBuilder &b, Location l, ValueRange) {
                Value zero = arith::ConstantIndexOp::create(b, l, 0);
                SmallVector<Value> at;
                for (int64_t i = 0; i < inRank; ++i) {
                  if (!inType.isDynamicDim(i) && inType.getDimSize(i) == 1) {
                    at.push_back(zero);
                    continue;
                  }
                  Value j = linalg::IndexOp::create(b, l, i + inOffset);
                  at.push_back(isUnit[i]
                                   ? arith::SelectOp::create(b, l, isUnit[i], zero, j).getResult()
                                   : j);
                }
                linalg::YieldOp::create(b, l,
                                        tensor::ExtractOp::create(b, l, input, at).getResult());
              })
              .getResult(0);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct TileToLinalg : OpConversionPattern<TileOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(TileOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = adaptor.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(op.getType());
    int64_t rank = resultType.getRank();
    SmallVector<OpFoldResult> inSizes = getSizes(rewriter, loc, input), sizes;
    for (int64_t d = 0; d < rank; ++d) {
      if (!resultType.isDynamicDim(d)) {
        sizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
        continue;
      }
      OpFoldResult r = shapeEntry(rewriter, loc, op.getRepeats(), adaptor.getRepeats(), d);
      sizes.push_back(mulIndex(rewriter, loc, inSizes[d], r));
    }
    Value init = createEmpty(rewriter, loc, resultType, sizes);
    SmallVector<Value> extents;
    for (int64_t d = 0; d < rank; ++d)
      extents.push_back(toValue(rewriter, loc, inSizes[d]));
    AffineMap id = rewriter.getMultiDimIdentityMap(rank);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{}, ValueRange{init}, ArrayRef<AffineMap>{id},
            parallelIterators(rank),
            [&](OpBuilder &b, Location l, ValueRange) {
              SmallVector<Value> at;
              for (int64_t d = 0; d < rank; ++d) {
                if (!inType.isDynamicDim(d) && inType.getDimSize(d) == 1) {
                  at.push_back(arith::ConstantIndexOp::create(b, l, 0));
                  continue;
                }
                Value i = linalg::IndexOp::create(b, l, d);
                at.push_back(arith::RemUIOp::create(b, l, i, extents[d]));
              }
              linalg::YieldOp::create(b, l, tensor::ExtractOp::create(b, l, input, at).getResult());
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct ConstantOfShapeToFill : OpConversionPattern<ConstantOfShapeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ConstantOfShapeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    TypedAttr value = op.getValue();
    if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
      if (!dense.isSplat())
        return rewriter.notifyMatchFailure(op, "value must hold one element");
      value = cast<TypedAttr>(dense.getSplatValue<Attribute>());
    }
    if (value.getType() != resultType.getElementType())
      return rewriter.notifyMatchFailure(op, "value type differs from the result's");
    SmallVector<OpFoldResult> sizes;
    for (int64_t d = 0; d < resultType.getRank(); ++d)
      sizes.push_back(resultType.isDynamicDim(d)
                          ? shapeEntry(rewriter, loc, op.getShape(), adaptor.getShape(), d)
                          : rewriter.getIndexAttr(resultType.getDimSize(d)));
    rewriter.replaceOp(op, createFilled(rewriter, loc, resultType, sizes, value));
    return success();
  }
};

struct RangeToLinalg : OpConversionPattern<RangeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = resultType.getElementType();
    bool isFloat = isa<FloatType>(element);
    if (!isFloat && !isa<IntegerType>(element))
      return rewriter.notifyMatchFailure(op, "range of int or float only");
    auto scalar = [&](Value v) {
      return tensor::ExtractOp::create(rewriter, loc, v, ValueRange{}).getResult();
    };
    Value start = scalar(adaptor.getStart()), limit = scalar(adaptor.getLimit()),
          delta = scalar(adaptor.getDelta());
    OpFoldResult size;
    if (!resultType.isDynamicDim(0)) {
      size = rewriter.getIndexAttr(resultType.getDimSize(0));
    } else {
      // max(ceil((limit - start) / delta), 0) elements.
      Value n;
      if (isFloat) {
        Value q = arith::DivFOp::create(rewriter, loc,
                                        arith::SubFOp::create(rewriter, loc, limit, start), delta);
        n = arith::FPToSIOp::create(rewriter, loc, rewriter.getI64Type(),
                                    math::CeilOp::create(rewriter, loc, q));
      } else {
        n = arith::CeilDivSIOp::create(rewriter, loc,
                                       arith::SubIOp::create(rewriter, loc, limit, start), delta);
        if (element != rewriter.getI64Type())
          n = arith::ExtSIOp::create(rewriter, loc, rewriter.getI64Type(), n);
      }
      n = arith::MaxSIOp::create(rewriter, loc, n, createScalar(rewriter, loc, n.getType(), 0));
      size = i64ToIndex(rewriter, loc, n);
    }
    Value init = createEmpty(rewriter, loc, resultType, {size});
    AffineMap id = rewriter.getMultiDimIdentityMap(1);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, resultType, ValueRange{}, ValueRange{init}, ArrayRef<AffineMap>{id},
            parallelIterators(1),
            [&](OpBuilder &b, Location l, ValueRange) {
              // start + i * delta
              Value i = linalg::IndexOp::create(b, l, 0);
              Value iv = arith::IndexCastOp::create(b, l, b.getI64Type(), i);
              Value v;
              if (isFloat) {
                Value fi = arith::SIToFPOp::create(b, l, element, iv);
                v = arith::AddFOp::create(b, l, start, arith::MulFOp::create(b, l, fi, delta));
              } else {
                if (element != b.getI64Type())
                  iv = arith::TruncIOp::create(b, l, element, iv);
                v = arith::AddIOp::create(b, l, start, arith::MulIOp::create(b, l, iv, delta));
              }
              linalg::YieldOp::create(b, l, v);
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mcc::populateShapeLowering(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns
      .add<ShapeToTensor, ReshapeToTensor, FlattenToCollapse, SqueezeToCollapse, UnsqueezeToExpand,
           TransposeToLinalg, ConcatToInsertSlices, SliceToExtractSlice, GatherToLinalg,
           ExpandToLinalg, TileToLinalg, ConstantOfShapeToFill, RangeToLinalg>(ctx);
}
