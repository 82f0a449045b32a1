//===- ShapeFolding.cpp - folders and canonicalizations of shape ops ------===//
//
// What exporters leave behind around shapes: Shape -> Gather -> Unsqueeze ->
// Concat -> Reshape chains, reshapes and transposes that do nothing, reshapes
// of reshapes. Small constants fold (kMaxFoldElements), shape tensors that
// ShapeEvaluation knows fold to constants, and a reshape whose shape is made
// of the input's own dims says so with 0 (copy) and -1 entries, which lets
// the whole chain die even when batch and sequence are dynamic.
//
//===----------------------------------------------------------------------===//
#include "dialects/mcc/ConstantFolding.h"
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeEvaluation.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mcc;

namespace {
// A small constant with the result's static type, same elements in the same
// order (reshape, flatten, squeeze, unsqueeze).
OpFoldResult reshapeConstant(Attribute input, Type resultType) {
  DenseElementsAttr dense = getSmallConstant(input);
  auto type = dyn_cast<RankedTensorType>(resultType);
  if (!dense || !type || !type.hasStaticShape() ||
      type.getNumElements() != dense.getNumElements())
    return {};
  return dense.reshape(type);
}

// The input itself when the op changes nothing: equal types, and at most one
// dynamic dim (the element count then pins it).
OpFoldResult sameShape(Value input, Value result) {
  auto type = cast<RankedTensorType>(result.getType());
  if (input.getType() == type && type.getNumDynamicDims() <= 1)
    return input;
  return {};
}

// Row-major strides of a static shape.
SmallVector<int64_t> stridesOf(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t d = (int64_t)shape.size() - 2; d >= 0; --d)
    strides[d] = strides[d + 1] * shape[d + 1];
  return strides;
}

// Builds a constant of `type` whose element at each result index is the
// input element at `source(index)` (a flat offset into `input`), or null.
template <typename SourceFn>
OpFoldResult gatherElements(DenseElementsAttr input, RankedTensorType type, SourceFn source) {
  if (!input || !type.hasStaticShape() || type.getNumElements() > kMaxFoldElements)
    return {};
  auto values = getScalars(input);
  if (!values)
    return {};
  SmallVector<Scalar> out;
  SmallVector<int64_t> index(type.getRank());
  for (int64_t n = 0; n < type.getNumElements(); ++n) {
    for (int64_t d = type.getRank() - 1, rest = n; d >= 0; --d) {
      index[d] = rest % type.getDimSize(d);
      rest /= type.getDimSize(d);
    }
    std::optional<int64_t> at = source(ArrayRef<int64_t>(index));
    if (!at || *at < 0 || *at >= (int64_t)values->size())
      return {};
    out.push_back((*values)[*at]);
  }
  return makeScalarsAttr(type, out);
}
} // namespace

//===----------------------------------------------------------------------===//
// shape, reshape, flatten, squeeze, unsqueeze
//===----------------------------------------------------------------------===//

OpFoldResult ShapeOp::fold(FoldAdaptor) {
  auto in = cast<RankedTensorType>(getInput().getType());
  if (!in.hasStaticShape())
    return {};
  return DenseIntElementsAttr::get(cast<ShapedType>(getType()), in.getShape());
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult r = sameShape(getInput(), getResult()))
    return r;
  // A shape that copies every input dim (0 without allowzero, or the static
  // size itself) leaves the tensor as it is.
  auto in = cast<RankedTensorType>(getInput().getType());
  if (getInput().getType() == getType()) {
    if (auto shape = getConstantShapeTensor(getShape());
        shape && (int64_t)shape->size() == in.getRank()) {
      bool copies = true;
      for (auto [d, e] : llvm::enumerate(*shape))
        copies &= (e == 0 && !getAllowzero()) || e == in.getDimSize(d);
      if (copies)
        return getInput();
    }
  }
  return reshapeConstant(adaptor.getInput(), getType());
}

OpFoldResult FlattenOp::fold(FoldAdaptor adaptor) {
  auto in = cast<RankedTensorType>(getInput().getType());
  if (in.getRank() == 2 && getAxis() == 1 && in == getType())
    return getInput();
  if (OpFoldResult r = sameShape(getInput(), getResult()))
    return r;
  return reshapeConstant(adaptor.getInput(), getType());
}

OpFoldResult SqueezeOp::fold(FoldAdaptor adaptor) {
  if (getAxes().empty() && getInput().getType() == getType())
    return getInput();
  if (OpFoldResult r = reshapeConstant(adaptor.getInput(), getType()))
    return r;
  return foldShapeTensor(getResult());
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor adaptor) {
  if (getAxes().empty() && getInput().getType() == getType())
    return getInput();
  if (OpFoldResult r = reshapeConstant(adaptor.getInput(), getType()))
    return r;
  return foldShapeTensor(getResult());
}

namespace {
// Once the result type says everything but (at most) one dim, the computation
// of the shape operand is dead weight: replace it by a constant with -1 there.
struct ReshapeShapeFromResultType : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    if (matchPattern(op.getShape(), m_Constant()))
      return failure();
    auto type = op.getType();
    if (type.getNumDynamicDims() > 1 || llvm::is_contained(type.getShape(), 0))
      return failure();
    SmallVector<int64_t> dims;
    for (int64_t d : type.getShape())
      dims.push_back(ShapedType::isDynamic(d) ? -1 : d);
    auto shapeType = RankedTensorType::get({type.getRank()}, rewriter.getI64Type());
    Value shape = arith::ConstantOp::create(rewriter, op.getLoc(), shapeType,
                                            DenseIntElementsAttr::get(shapeType, dims));
    rewriter.modifyOpInPlace(op, [&] {
      op.getShapeMutable().assign(shape);
      op.setAllowzero(false);
    });
    return success();
  }
};

// Torch writes reshape(x, concat(shape(x)[0], shape(x)[1], 4, 16)) for a
// dynamic batch and sequence. Each entry that is the input's own dim at the
// same index is a 0 (copy), each static one its size, and one entry left
// unknown a -1: the shape becomes a constant and its computation dead code.
struct ReshapeShapeFromInputDims : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    if (op.getAllowzero() || matchPattern(op.getShape(), m_Constant()))
      return failure();
    auto elements = evaluateShapeTensor(op.getShape());
    auto type = op.getType();
    if (!elements || (int64_t)elements->size() != type.getRank())
      return rewriter.notifyMatchFailure(op, "shape length unknown");
    SmallVector<int64_t> dims;
    bool inferred = false;
    for (auto [d, e] : llvm::enumerate(*elements)) {
      if (e.isConstant() && e.constant >= -1) {
        if (e.constant == -1) {
          if (inferred)
            return rewriter.notifyMatchFailure(op, "more than one entry unknown");
          inferred = true;
        }
        dims.push_back(e.constant);
      } else if (e.isDimOf() && e.of == op.getInput() && e.dim == (int64_t)d) {
        dims.push_back(0);
      } else if (!type.isDynamicDim(d) && type.getDimSize(d) > 0) {
        dims.push_back(type.getDimSize(d));
      } else {
        if (inferred)
          return rewriter.notifyMatchFailure(op, "more than one entry unknown");
        inferred = true;
        dims.push_back(-1);
      }
    }
    auto shapeType = RankedTensorType::get({type.getRank()}, rewriter.getI64Type());
    Value shape = arith::ConstantOp::create(rewriter, op.getLoc(), shapeType,
                                            DenseIntElementsAttr::get(shapeType, dims));
    rewriter.modifyOpInPlace(op, [&] { op.getShapeMutable().assign(shape); });
    return success();
  }
};

// reshape(reshape-like(x), s) is reshape(x, s) unless s copies (0) a dim of
// the intermediate tensor.
struct ReshapeOfReshape : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    Operation *def = op.getInput().getDefiningOp();
    if (!isa_and_nonnull<ReshapeOp, FlattenOp, SqueezeOp, UnsqueezeOp>(def))
      return failure();
    auto shape = getConstantShapeTensor(op.getShape());
    if (!shape || (!op.getAllowzero() && llvm::is_contained(*shape, 0)))
      return rewriter.notifyMatchFailure(op, "shape unknown or copies a dim");
    rewriter.replaceOpWithNewOp<ReshapeOp>(op, op.getType(), def->getOperand(0), op.getShape(),
                                           op.getAllowzeroAttr());
    return success();
  }
};
} // namespace

void ReshapeOp::getCanonicalizationPatterns(RewritePatternSet &patterns, MLIRContext *context) {
  patterns.add<ReshapeShapeFromResultType, ReshapeShapeFromInputDims, ReshapeOfReshape>(context);
}

//===----------------------------------------------------------------------===//
// transpose
//===----------------------------------------------------------------------===//

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  ArrayRef<int64_t> perm = getPerm();
  if (llvm::all_of(llvm::enumerate(perm), [](auto p) { return (int64_t)p.index() == p.value(); }))
    return getInput();
  DenseElementsAttr input = getSmallConstant(adaptor.getInput());
  if (!input)
    return {};
  SmallVector<int64_t> strides = stridesOf(input.getType().getShape());
  return gatherElements(input, getType(), [&](ArrayRef<int64_t> index) -> std::optional<int64_t> {
    int64_t offset = 0;
    for (size_t d = 0; d < perm.size(); ++d)
      offset += index[d] * strides[perm[d]];
    return offset;
  });
}

namespace {
// transpose(transpose(x, p), q) = transpose(x, p o q): result dim i is dim
// q[i] of the middle, which is dim p[q[i]] of x.
struct TransposeOfTranspose : OpRewritePattern<TransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(TransposeOp op, PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<TransposeOp>();
    if (!inner)
      return failure();
    SmallVector<int64_t> perm;
    for (int64_t q : op.getPerm())
      perm.push_back(inner.getPerm()[q]);
    rewriter.replaceOpWithNewOp<TransposeOp>(op, op.getType(), inner.getInput(),
                                             rewriter.getDenseI64ArrayAttr(perm));
    return success();
  }
};
} // namespace

void TransposeOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                              MLIRContext *context) {
  patterns.add<TransposeOfTranspose>(context);
}

//===----------------------------------------------------------------------===//
// concat, slice, gather
//===----------------------------------------------------------------------===//

OpFoldResult ConcatOp::fold(FoldAdaptor adaptor) {
  if (getInputs().size() == 1 && getInputs()[0].getType() == getType())
    return getInputs()[0];
  auto type = getType();
  int64_t axis = getAxis();
  SmallVector<DenseElementsAttr> inputs;
  for (Attribute a : adaptor.getInputs()) {
    DenseElementsAttr dense = getSmallConstant(a);
    if (!dense)
      return foldShapeTensor(getResult());
    inputs.push_back(dense);
  }
  if (!type.hasStaticShape() || type.getNumElements() > kMaxFoldElements)
    return {};
  // Row-major: the result is, for each index before `axis`, the inputs' rows
  // one after the other.
  SmallVector<SmallVector<Scalar>> values;
  for (DenseElementsAttr in : inputs)
    values.push_back(*getScalars(in));
  int64_t outer = 1;
  for (int64_t d = 0; d < axis; ++d)
    outer *= type.getDimSize(d);
  SmallVector<Scalar> out;
  for (int64_t o = 0; o < outer; ++o) {
    for (auto [in, vals] : llvm::zip(inputs, values)) {
      int64_t row = in.getNumElements() / std::max<int64_t>(outer, 1);
      out.append(vals.begin() + o * row, vals.begin() + (o + 1) * row);
    }
  }
  if ((int64_t)out.size() != type.getNumElements())
    return {};
  return makeScalarsAttr(type, out);
}

OpFoldResult SliceOp::fold(FoldAdaptor adaptor) {
  auto type = getType();
  DenseElementsAttr input = getSmallConstant(adaptor.getInput());
  if (!input) {
    if (getInput().getType() == type && type.hasStaticShape() &&
        llvm::all_of(getSteps(), [](int64_t s) { return s > 0; }))
      return getInput(); // a forward slice that keeps everything
    return foldShapeTensor(getResult());
  }
  ArrayRef<int64_t> inShape = input.getType().getShape();
  // Per input dim: the first index read and the step.
  SmallVector<int64_t> start(inShape.size(), 0), step(inShape.size(), 1);
  for (auto [i, axis] : llvm::enumerate(getAxes())) {
    int64_t dim = inShape[axis], s = getStarts()[i];
    step[axis] = getSteps()[i];
    if (s < 0)
      s += dim;
    start[axis] = step[axis] > 0 ? std::clamp<int64_t>(s, 0, dim)
                                 : std::clamp<int64_t>(s, 0, dim - 1);
  }
  SmallVector<int64_t> strides = stridesOf(inShape);
  return gatherElements(input, type, [&](ArrayRef<int64_t> index) -> std::optional<int64_t> {
    int64_t offset = 0;
    for (size_t d = 0; d < inShape.size(); ++d) {
      int64_t i = start[d] + index[d] * step[d];
      if (i < 0 || i >= inShape[d])
        return std::nullopt;
      offset += i * strides[d];
    }
    return offset;
  });
}

OpFoldResult GatherOp::fold(FoldAdaptor adaptor) {
  DenseElementsAttr data = getSmallConstant(adaptor.getData());
  DenseElementsAttr indices = getSmallConstant(adaptor.getIndices());
  if (!data || !indices)
    return foldShapeTensor(getResult());
  auto idx = getScalars(indices);
  ArrayRef<int64_t> dataShape = data.getType().getShape();
  int64_t axis = getAxis(), indexRank = indices.getType().getRank();
  SmallVector<int64_t> strides = stridesOf(dataShape);
  SmallVector<int64_t> indexStrides = stridesOf(indices.getType().getShape());
  return gatherElements(data, getType(), [&](ArrayRef<int64_t> index) -> std::optional<int64_t> {
    // index = data dims before axis, then the indices' dims, then the rest.
    int64_t at = 0;
    for (int64_t d = 0; d < indexRank; ++d)
      at += index[axis + d] * indexStrides[d];
    int64_t k = (*idx)[at].i;
    if (k < 0)
      k += dataShape[axis];
    if (k < 0 || k >= dataShape[axis])
      return std::nullopt;
    int64_t offset = k * strides[axis];
    for (int64_t d = 0; d < axis; ++d)
      offset += index[d] * strides[d];
    for (int64_t d = axis + 1; d < (int64_t)dataShape.size(); ++d)
      offset += index[d - 1 + indexRank] * strides[d];
    return offset;
  });
}

//===----------------------------------------------------------------------===//
// range, constant_of_shape
//===----------------------------------------------------------------------===//

OpFoldResult RangeOp::fold(FoldAdaptor adaptor) {
  auto type = getType();
  auto start = getScalars(getSmallConstant(adaptor.getStart()));
  auto limit = getScalars(getSmallConstant(adaptor.getLimit()));
  auto delta = getScalars(getSmallConstant(adaptor.getDelta()));
  if (!start || !limit || !delta || !type.hasStaticShape() ||
      type.getNumElements() > kMaxFoldElements)
    return {};
  SmallVector<Scalar> out;
  for (int64_t i = 0; i < type.getNumElements(); ++i) {
    Scalar s = (*start)[0], d = (*delta)[0];
    out.push_back(s.isFloat ? Scalar::ofFloat(s.f + i * d.f) : Scalar::ofInt(s.i + i * d.i));
  }
  return makeScalarsAttr(type, out);
}

OpFoldResult ConstantOfShapeOp::fold(FoldAdaptor) {
  auto type = getType();
  if (!type.hasStaticShape() || type.getNumElements() > kMaxFoldElements)
    return {};
  return DenseElementsAttr::get(type, ArrayRef<Attribute>{getValue()});
}
