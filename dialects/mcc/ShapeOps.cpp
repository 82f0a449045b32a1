//===- ShapeOps.cpp - result shapes of the shape ops (folds: ShapeFolding) -===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeEvaluation.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mcc;

namespace {
constexpr int64_t kDyn = ShapedType::kDynamic;

int64_t product(ArrayRef<int64_t> dims) {
  int64_t p = 1;
  for (int64_t d : dims) {
    if (ShapedType::isDynamic(d))
      return kDyn;
    p *= d;
  }
  return p;
}

// The elements of a shape operand, or all-unknown of its static length.
FailureOr<SmallVector<ShapeElement>> shapeElements(OptLoc loc, Value shape, StringRef what) {
  auto type = dyn_cast<RankedTensorType>(shape.getType());
  if (!type || type.getRank() != 1 || type.isDynamicDim(0)) {
    (void)emitOptionalError(loc, what, " must be a 1-D tensor of static length, got ",
                            shape.getType());
    return failure();
  }
  if (auto e = evaluateShapeTensor(shape))
    return *e;
  return SmallVector<ShapeElement>(type.getDimSize(0), ShapeElement::unknown());
}
} // namespace

//===----------------------------------------------------------------------===//
// shape
//===----------------------------------------------------------------------===//

LogicalResult ShapeOp::inferShapes(MLIRContext *context, OptLoc loc, Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  inferred.push_back(RankedTensorType::get({in->getRank()}, IntegerType::get(context, 64)));
  return success();
}

//===----------------------------------------------------------------------===//
// reshape
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  auto elements = shapeElements(loc, adaptor.getShape(), "reshape shape");
  if (failed(in) || failed(elements))
    return failure();
  Value input = adaptor.getInput();
  bool allowZero = adaptor.getAllowzero();

  // Sizes of the result and, for the -1 entry, the factors of numel that are
  // known: static sizes multiply out, dynamic dims of the input must match up.
  SmallVector<int64_t> shape;
  int64_t inferIndex = -1, knownProduct = 1;
  SmallVector<int64_t> symbolicDims; // dims of `input` the result copies
  bool productKnown = true;
  for (auto [i, e] : llvm::enumerate(*elements)) {
    if (e.isConstant() && e.constant == -1) {
      if (inferIndex >= 0)
        return emitOptionalError(loc, "reshape shape has more than one -1");
      inferIndex = i;
      shape.push_back(kDyn);
      continue;
    }
    if (e.isConstant() && e.constant < -1)
      return emitOptionalError(loc, "reshape shape has invalid entry ", e.constant);
    int64_t size = kDyn;
    std::optional<int64_t> symbolic;
    if (e.isConstant() && e.constant == 0 && !allowZero) {
      if ((int64_t)i >= in->getRank())
        return emitOptionalError(loc, "reshape shape entry ", i,
                                 " is 0 (copy) but the input has rank ", in->getRank());
      size = in->getDimSize(i);
      if (ShapedType::isDynamic(size))
        symbolic = i;
    } else if (e.isConstant()) {
      size = e.constant;
    } else if (e.isDimOf() && e.of == input) {
      symbolic = e.dim;
    }
    shape.push_back(size);
    if (!ShapedType::isDynamic(size)) {
      if (llvm::MulOverflow(knownProduct, size, knownProduct))
        return emitOptionalError(loc, "reshape shape [",
                                 llvm::make_range(shape.begin(), shape.end()),
                                 "...] has more elements than an int64 counts");
    } else if (symbolic) {
      symbolicDims.push_back(*symbolic);
    } else {
      productKnown = false;
    }
  }

  SmallVector<int64_t> inputDynamic;
  int64_t inputStatic = 1;
  for (int64_t d = 0; d < in->getRank(); ++d) {
    if (in->isDynamicDim(d))
      inputDynamic.push_back(d);
    else
      inputStatic *= in->getDimSize(d);
  }
  llvm::sort(symbolicDims);
  bool factorsMatch = productKnown && symbolicDims == inputDynamic;
  if (inferIndex >= 0 && factorsMatch) {
    if (knownProduct == 0 || inputStatic % knownProduct != 0)
      return emitOptionalError(loc, "reshape cannot infer the -1 entry: ", inputStatic,
                               " elements do not divide into ", knownProduct);
    shape[inferIndex] = inputStatic / knownProduct;
  } else if (inferIndex < 0 && factorsMatch && inputStatic != knownProduct) {
    return emitOptionalError(loc, "reshape changes the number of elements: ", *in, " to [",
                             llvm::make_range(shape.begin(), shape.end()), "]");
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// flatten, squeeze, unsqueeze, transpose
//===----------------------------------------------------------------------===//

LogicalResult FlattenOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  int64_t axis = adaptor.getAxis();
  if (axis < 0 || axis > in->getRank())
    return emitOptionalError(loc, "flatten axis ", axis, " is out of range for rank ",
                             in->getRank());
  inferred.push_back(RankedTensorType::get({product(in->getShape().take_front(axis)),
                                            product(in->getShape().drop_front(axis))},
                                           in->getElementType()));
  return success();
}

LogicalResult SqueezeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  SmallVector<bool> drop(in->getRank(), false);
  for (int64_t axis : adaptor.getAxes()) {
    if (axis < 0 || axis >= in->getRank() || drop[axis])
      return emitOptionalError(loc, "squeeze axis ", axis, " is out of range or repeated");
    if (!in->isDynamicDim(axis) && in->getDimSize(axis) != 1)
      return emitOptionalError(loc, "squeeze axis ", axis, " has size ", in->getDimSize(axis),
                               ", not 1");
    drop[axis] = true;
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < in->getRank(); ++d)
    if (!drop[d])
      shape.push_back(in->getDimSize(d));
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult UnsqueezeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  int64_t rank = in->getRank() + adaptor.getAxes().size();
  SmallVector<bool> inserted(rank, false);
  for (int64_t axis : adaptor.getAxes()) {
    if (axis < 0 || axis >= rank || inserted[axis])
      return emitOptionalError(loc, "unsqueeze axis ", axis, " is out of range or repeated");
    inserted[axis] = true;
  }
  SmallVector<int64_t> shape;
  int64_t next = 0;
  for (int64_t d = 0; d < rank; ++d)
    shape.push_back(inserted[d] ? 1 : in->getDimSize(next++));
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult TransposeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  ArrayRef<int64_t> perm = adaptor.getPerm();
  if ((int64_t)perm.size() != in->getRank())
    return emitOptionalError(loc, "transpose perm has ", perm.size(), " entries for rank ",
                             in->getRank());
  SmallVector<bool> seen(perm.size(), false);
  SmallVector<int64_t> shape;
  for (int64_t p : perm) {
    if (p < 0 || p >= in->getRank() || seen[p])
      return emitOptionalError(loc, "transpose perm is not a permutation");
    seen[p] = true;
    shape.push_back(in->getDimSize(p));
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// concat, slice, gather
//===----------------------------------------------------------------------===//

LogicalResult ConcatOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  if (adaptor.getInputs().empty())
    return emitOptionalError(loc, "concat needs at least one input");
  auto first = rankedType(loc, adaptor.getInputs()[0], "input");
  if (failed(first) || failed(checkAxis(loc, adaptor.getInputs()[0], adaptor.getAxis())))
    return failure();
  int64_t axis = adaptor.getAxis();
  SmallVector<int64_t> shape(first->getShape());
  shape[axis] = 0;
  for (Value v : adaptor.getInputs()) {
    auto t = rankedType(loc, v, "input");
    if (failed(t))
      return failure();
    if (t->getRank() != first->getRank() || t->getElementType() != first->getElementType())
      return emitOptionalError(loc, "concat inputs differ in rank or element type: ", *first,
                               " and ", *t);
    for (int64_t d = 0; d < t->getRank(); ++d) {
      int64_t size = t->getDimSize(d);
      if (d == axis) {
        shape[d] = ShapedType::isDynamic(shape[d]) || ShapedType::isDynamic(size)
                       ? kDyn
                       : shape[d] + size;
      } else if (ShapedType::isDynamic(shape[d])) {
        shape[d] = size;
      } else if (!ShapedType::isDynamic(size) && size != shape[d]) {
        return emitOptionalError(loc, "concat inputs differ in dim ", d, ": ", *first, " and ",
                                 *t);
      }
    }
  }
  inferred.push_back(RankedTensorType::get(shape, first->getElementType()));
  return success();
}

LogicalResult SliceOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  ArrayRef<int64_t> starts = adaptor.getStarts(), ends = adaptor.getEnds(),
                    axes = adaptor.getAxes(), steps = adaptor.getSteps();
  if (ends.size() != starts.size() || axes.size() != starts.size() ||
      steps.size() != starts.size())
    return emitOptionalError(loc, "slice starts, ends, axes and steps differ in length");
  SmallVector<int64_t> shape(in->getShape());
  SmallVector<bool> seen(in->getRank(), false);
  for (size_t i = 0; i < axes.size(); ++i) {
    int64_t axis = axes[i];
    if (axis < 0 || axis >= in->getRank() || seen[axis])
      return emitOptionalError(loc, "slice axis ", axis, " is out of range or repeated");
    seen[axis] = true;
    if (steps[i] == 0)
      return emitOptionalError(loc, "slice step must not be 0");
    int64_t dim = in->getDimSize(axis);
    if (ShapedType::isDynamic(dim)) {
      shape[axis] = kDyn;
      continue;
    }
    int64_t s = starts[i] < 0 ? starts[i] + dim : starts[i];
    int64_t e = ends[i] < 0 ? ends[i] + dim : ends[i];
    if (steps[i] > 0) {
      s = std::clamp<int64_t>(s, 0, dim);
      e = std::clamp<int64_t>(e, 0, dim);
      // (Not `e - s + step - 1`: a step near INT64_MAX would overflow.)
      shape[axis] = e > s ? 1 + (e - s - 1) / steps[i] : 0;
    } else {
      s = std::clamp<int64_t>(s, 0, dim - 1);
      e = std::clamp<int64_t>(e, -1, dim - 1);
      int64_t stride = steps[i] == std::numeric_limits<int64_t>::min()
                           ? std::numeric_limits<int64_t>::max() // -step overflows; same result
                           : -steps[i];
      shape[axis] = s > e ? 1 + (s - e - 1) / stride : 0;
    }
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult GatherOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  auto data = rankedType(loc, adaptor.getData(), "data");
  auto indices = rankedType(loc, adaptor.getIndices(), "indices");
  if (failed(data) || failed(indices) ||
      failed(checkAxis(loc, adaptor.getData(), adaptor.getAxis())))
    return failure();
  int64_t axis = adaptor.getAxis();
  SmallVector<int64_t> shape(data->getShape().take_front(axis));
  llvm::append_range(shape, indices->getShape());
  llvm::append_range(shape, data->getShape().drop_front(axis + 1));
  inferred.push_back(RankedTensorType::get(shape, data->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// expand, tile, constant_of_shape, range, pad
//===----------------------------------------------------------------------===//

LogicalResult ExpandOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  auto elements = shapeElements(loc, adaptor.getShape(), "expand shape");
  if (failed(in) || failed(elements))
    return failure();
  // An unknown entry may be 1 (keep the input's dim) or not: only a static
  // input dim other than 1 decides it.
  SmallVector<int64_t> target;
  for (const ShapeElement &e : *elements) {
    if (e.isConstant() && e.constant < 0)
      return emitOptionalError(loc, "expand shape dims must be non-negative, got ", e.constant);
    target.push_back(e.isConstant() ? e.constant : kDyn);
  }
  size_t rank = std::max<size_t>(target.size(), in->getRank());
  SmallVector<int64_t> shape(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t t = i < rank - target.size() ? 1 : target[i - (rank - target.size())];
    int64_t x = i < rank - in->getRank() ? 1 : in->getDimSize(i - (rank - in->getRank()));
    if (t == 1)
      shape[i] = x;
    else if (ShapedType::isDynamic(t))
      shape[i] = (!ShapedType::isDynamic(x) && x != 1) ? x : kDyn;
    else if (x == 1 || ShapedType::isDynamic(x) || x == t)
      shape[i] = t;
    else
      return emitOptionalError(loc, "expand cannot broadcast ", *in, " to size ", t, " in dim ",
                               i);
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult TileOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  auto repeats = shapeElements(loc, adaptor.getRepeats(), "tile repeats");
  if (failed(in) || failed(repeats))
    return failure();
  if ((int64_t)repeats->size() != in->getRank())
    return emitOptionalError(loc, "tile needs one repeat per dim: ", repeats->size(), " for ",
                             *in);
  SmallVector<int64_t> shape;
  for (auto [d, r] : llvm::zip(in->getShape(), *repeats)) {
    if (r.isConstant() && r.constant < 0)
      return emitOptionalError(loc, "tile repeats must be non-negative");
    shape.push_back(r.isConstant() && !ShapedType::isDynamic(d) ? d * r.constant : kDyn);
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult ConstantOfShapeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                                  SmallVectorImpl<Type> &inferred) {
  auto elements = shapeElements(loc, adaptor.getShape(), "constant_of_shape shape");
  if (failed(elements))
    return failure();
  SmallVector<int64_t> shape;
  for (const ShapeElement &e : *elements) {
    if (e.isConstant() && e.constant < 0)
      return emitOptionalError(loc, "constant_of_shape dims must be non-negative");
    shape.push_back(e.isConstant() ? e.constant : kDyn);
  }
  inferred.push_back(RankedTensorType::get(shape, adaptor.getValue().getType()));
  return success();
}

LogicalResult RangeOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  Type element = getElementTypeOrSelf(adaptor.getStart().getType());
  for (Value v : {adaptor.getLimit(), adaptor.getDelta()})
    if (getElementTypeOrSelf(v.getType()) != element)
      return emitOptionalError(loc, "range operands differ in element type");
  int64_t size = kDyn;
  auto scalar = [](Value v) -> std::optional<double> {
    DenseElementsAttr attr;
    if (!matchPattern(v, m_Constant(&attr)))
      return std::nullopt;
    if (isa<FloatType>(attr.getElementType()))
      return (*attr.getValues<APFloat>().begin()).convertToDouble();
    return (double)(*attr.getValues<APInt>().begin()).getSExtValue();
  };
  auto start = scalar(adaptor.getStart()), limit = scalar(adaptor.getLimit()),
       delta = scalar(adaptor.getDelta());
  if (delta && *delta == 0)
    return emitOptionalError(loc, "range delta must not be 0");
  if (start && limit && delta) {
    // Hostile bounds can make the count NaN or beyond int64, where the cast is undefined.
    double count = std::ceil((*limit - *start) / *delta);
    if (!(count < 0x1p62))
      return emitOptionalError(loc, "range of ", count, " elements is too large");
    size = std::max<int64_t>(0, (int64_t)count);
  }
  inferred.push_back(RankedTensorType::get({size}, element));
  return success();
}

LogicalResult PadOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  ArrayRef<int64_t> pads = adaptor.getPads();
  int64_t rank = in->getRank();
  if ((int64_t)pads.size() != 2 * rank)
    return emitOptionalError(loc, "pad needs ", 2 * rank, " pads, got ", pads.size());
  if (adaptor.getValue().getType() != in->getElementType())
    return emitOptionalError(loc, "pad value type differs from the input's element type");
  StringRef mode = adaptor.getMode();
  if (!llvm::is_contained({"constant", "reflect", "edge", "wrap"}, mode))
    return emitOptionalError(loc, "pad mode must be constant, reflect, edge or wrap, got '", mode,
                             "'");
  if (Value runtimeValue = adaptor.getRuntimeValue()) {
    auto type = dyn_cast<RankedTensorType>(runtimeValue.getType());
    if (mode != "constant")
      return emitOptionalError(loc, "pad runtime value needs mode 'constant', got '", mode, "'");
    if (!type || type.getElementType() != in->getElementType() ||
        llvm::any_of(type.getShape(), [](int64_t d) { return d != 1; }))
      return emitOptionalError(loc, "pad runtime value must be one element of ",
                               in->getElementType(), ", got ", runtimeValue.getType());
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t size = in->getDimSize(d);
    int64_t widest = std::max(pads[d], pads[d + rank]);
    // The modes that copy input elements need elements to copy; reflect
    // mirrors about the end element, so a pad as wide as the dim runs out.
    if (!ShapedType::isDynamic(size) && widest > 0) {
      if ((mode == "edge" || mode == "wrap") && size == 0)
        return emitOptionalError(loc, "pad mode '", mode, "' cannot pad empty dim ", d);
      if (mode == "reflect" && widest >= size)
        return emitOptionalError(loc, "pad mode 'reflect' needs pads smaller than the dim: dim ",
                                 d, " has ", size, ", pad ", widest);
    }
    if (ShapedType::isDynamic(size)) {
      shape.push_back(kDyn);
      continue;
    }
    size += pads[d] + pads[d + rank];
    if (size < 0)
      return emitOptionalError(loc, "pads crop dim ", d, " below zero");
    shape.push_back(size);
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}
