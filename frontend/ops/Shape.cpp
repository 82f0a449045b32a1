//===- Shape.cpp - reshaping, slicing, indexing and padding ---------------===//
//
// Several of these ops moved attributes to inputs over the opsets (Slice at
// 10, Pad at 11, Squeeze/Unsqueeze/Split at 13). The dialect keeps such
// parameters as attributes, so the inputs must be compile-time constants; each
// version has its own row in the table and both build the same op.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeEvaluation.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

//===--- Shape, Size ------------------------------------------------------===//

// Opset 15 added start/end, a slice of the shape with clamped bounds.
LogicalResult importShape(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  int64_t rank = n.inputType(0).getRank();
  auto clampAxis = [&](int64_t a) { return std::clamp<int64_t>(a < 0 ? a + rank : a, 0, rank); };
  int64_t start = clampAxis(n.getInt("start", 0));
  int64_t end = clampAxis(n.getInt("end", rank));
  auto shape = n.create<mcc::ShapeOp>(n.input(0));
  if (failed(shape) || (start == 0 && end == rank))
    return n.setOutput(0, shape);
  SmallVector<int64_t> starts{start}, ends{std::max(start, end)}, axes{0}, steps{1};
  return n.setOutput(0, n.create<mcc::SliceOp>(*shape, starts, ends, axes, steps));
}

// The element count as an int64 scalar: the product of the shape.
LogicalResult importSize(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  // A constant when the shape is static, so that shape computations built on
  // it (rank arithmetic in expanded functions) stay compile-time constants.
  RankedTensorType type = n.inputType(0);
  if (type.hasStaticShape()) {
    auto scalar = RankedTensorType::get({}, n.builder().getI64Type());
    int64_t count = type.getNumElements();
    return n.setOutput(0, n.constant(DenseIntElementsAttr::get(scalar, ArrayRef<int64_t>(count))));
  }
  auto shape = n.create<mcc::ShapeOp>(n.input(0));
  if (failed(shape))
    return failure();
  return n.setOutput(0, n.create<mcc::ReduceProdOp>(*shape, ArrayRef<int64_t>{0}, false));
}

//===--- Reshape, Flatten, Squeeze, Unsqueeze, Transpose ------------------===//

// The shape is an input since opset 5; allowzero arrived at 14.
LogicalResult importReshape(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  bool allowZero = n.getInt("allowzero", 0) != 0;
  return n.setOutput(0, n.create<mcc::ReshapeOp>(n.input(0), n.input(1), allowZero));
}

LogicalResult importFlatten(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  int64_t rank = n.inputType(0).getRank();
  int64_t axis = n.getInt("axis", 1);
  // Flatten's axis may equal the rank: [-r, r].
  if (axis < -rank || axis > rank) {
    n.emitError() << "axis " << axis << " is out of range for rank " << rank;
    return failure();
  }
  if (axis < 0)
    axis += rank;
  return n.setOutput(0, n.create<mcc::FlattenOp>(n.input(0), static_cast<uint64_t>(axis)));
}

LogicalResult buildSqueeze(NodeContext &n, std::optional<SmallVector<int64_t>> axes) {
  RankedTensorType type = n.inputType(0);
  SmallVector<int64_t> dims;
  if (axes) {
    auto normalized = n.normalizeAxes(*axes, type.getRank(), "squeeze axis");
    if (failed(normalized))
      return failure();
    dims = *normalized;
  } else {
    // No axes: every dim of size 1, which must then be known.
    for (int64_t d = 0; d < type.getRank(); ++d) {
      if (type.isDynamicDim(d)) {
        n.emitError() << "squeezing without axes needs static dims to find the ones of size 1, "
                         "got "
                      << type;
        return failure();
      }
      if (type.getDimSize(d) == 1)
        dims.push_back(d);
    }
  }
  return n.setOutput(0, n.create<mcc::SqueezeOp>(n.input(0), dims));
}

LogicalResult importSqueezeV1(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  return buildSqueeze(n, n.getOptionalInts("axes"));
}

LogicalResult importSqueezeV13(NodeContext &n) {
  if (failed(n.checkInputs(1, 2)))
    return failure();
  if (!n.hasInput(1))
    return buildSqueeze(n, std::nullopt);
  auto axes = n.constantInts(1, "axes");
  if (failed(axes))
    return failure();
  return buildSqueeze(n, *axes);
}

// Unsqueeze's axes index the result, of rank r + len(axes).
LogicalResult buildUnsqueeze(NodeContext &n, ArrayRef<int64_t> axes) {
  int64_t rank = n.inputType(0).getRank() + axes.size();
  auto normalized = n.normalizeAxes(axes, rank, "unsqueeze axis");
  if (failed(normalized))
    return failure();
  return n.setOutput(0, n.create<mcc::UnsqueezeOp>(n.input(0), *normalized));
}

LogicalResult importUnsqueezeV1(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto axes = n.getOptionalInts("axes");
  if (!axes) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'axes'";
    return failure();
  }
  return buildUnsqueeze(n, *axes);
}

LogicalResult importUnsqueezeV13(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  auto axes = n.constantInts(1, "axes");
  if (failed(axes))
    return failure();
  return buildUnsqueeze(n, *axes);
}

LogicalResult importTranspose(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  int64_t rank = n.inputType(0).getRank();
  SmallVector<int64_t> reversed;
  for (int64_t d = rank - 1; d >= 0; --d)
    reversed.push_back(d);
  SmallVector<int64_t> perm = n.getInts("perm", reversed);
  if (n.hadError())
    return failure();
  return n.setOutput(0, n.create<mcc::TransposeOp>(n.input(0), perm));
}

//===--- Concat, Slice, Split, Gather -------------------------------------===//

LogicalResult importConcat(NodeContext &n) {
  if (n.numInputs() == 0) {
    n.emitError() << "needs at least one input";
    return failure();
  }
  if (failed(n.checkInputs(n.numInputs(), n.numInputs())))
    return failure();
  auto axisAttr = n.getOptionalInt("axis");
  if (!axisAttr) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'axis'";
    return failure();
  }
  auto axis = n.normalizeAxis(*axisAttr, n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  SmallVector<Value> inputs;
  for (unsigned i = 0; i < n.numInputs(); ++i)
    inputs.push_back(n.input(i));
  return n.setOutput(0, n.create<mcc::ConcatOp>(ValueRange(inputs), static_cast<uint64_t>(*axis)));
}

LogicalResult buildSlice(NodeContext &n, ArrayRef<int64_t> starts, ArrayRef<int64_t> ends,
                         std::optional<SmallVector<int64_t>> axes,
                         std::optional<SmallVector<int64_t>> steps) {
  size_t count = starts.size();
  if (!axes) {
    axes.emplace();
    for (size_t i = 0; i < count; ++i)
      axes->push_back(i);
  }
  if (!steps)
    steps = SmallVector<int64_t>(count, 1);
  if (ends.size() != count || axes->size() != count || steps->size() != count) {
    n.emitError() << "starts, ends, axes and steps differ in length (" << count << ", "
                  << ends.size() << ", " << axes->size() << ", " << steps->size() << ")";
    return failure();
  }
  auto normalized = n.normalizeAxes(*axes, n.inputType(0).getRank(), "slice axis",
                                    /*sorted=*/false);
  if (failed(normalized))
    return failure();
  return n.setOutput(0, n.create<mcc::SliceOp>(n.input(0), starts, ends, *normalized, *steps));
}

// Before opset 10 the bounds are attributes and steps are all 1.
LogicalResult importSliceV1(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto starts = n.getOptionalInts("starts");
  auto ends = n.getOptionalInts("ends");
  auto axes = n.getOptionalInts("axes");
  if (!starts || !ends) {
    if (!n.hadError())
      n.emitError() << "missing required attributes 'starts' and 'ends'";
    return failure();
  }
  return buildSlice(n, *starts, *ends, axes, std::nullopt);
}

// Input `i` is known at compile time (what NodeContext::constantInts accepts), without
// reporting anything when it is not.
bool isConstantInts(NodeContext &n, unsigned i) {
  Value v = n.input(i);
  ElementsAttr attr;
  return v && ((matchPattern(v, m_Constant(&attr)) && isa<IntegerType>(attr.getElementType())) ||
               mcc::getConstantShapeTensor(v));
}

// starts/ends known only at run time, as in BERT's `position_ids[:, :seq_len]` with seq_len
// read from the input's shape when the sequence dim is dynamic: per sliced axis, a gather of
// Range(start, end, step) after ONNX's clamping (negative bounds count from the end, then
// clamp to [0, dim]). Axes and steps must be constants, and steps positive.
LogicalResult buildDynamicSlice(NodeContext &n) {
  Type i64 = n.builder().getI64Type();
  auto starts = n.castTo(n.input(1), i64), ends = n.castTo(n.input(2), i64);
  if (failed(starts) || failed(ends))
    return failure();
  auto boundsType = cast<RankedTensorType>((*starts).getType());
  if (boundsType.getRank() != 1 || boundsType.isDynamicDim(0)) {
    n.emitError() << "starts and ends known only at run time must have a static length";
    return failure();
  }
  int64_t count = boundsType.getDimSize(0);
  SmallVector<int64_t> axes, steps(count, 1);
  for (int64_t i = 0; i < count; ++i)
    axes.push_back(i);
  if (n.hasInput(3)) {
    auto v = n.constantInts(3, "axes (with starts or ends known only at run time)");
    if (failed(v))
      return failure();
    axes = *v;
  }
  if (n.hasInput(4)) {
    auto v = n.constantInts(4, "steps (with starts or ends known only at run time)");
    if (failed(v))
      return failure();
    steps = *v;
  }
  if (static_cast<int64_t>(axes.size()) != count || static_cast<int64_t>(steps.size()) != count) {
    n.emitError() << "starts, ends, axes and steps differ in length";
    return failure();
  }
  if (llvm::any_of(steps, [](int64_t step) { return step <= 0; })) {
    n.emitError() << "negative steps with starts or ends known only at run time are not "
                     "supported";
    return failure();
  }
  auto normalized = n.normalizeAxes(axes, n.inputType(0).getRank(), "slice axis",
                                    /*sorted=*/false);
  if (failed(normalized))
    return failure();
  FailureOr<Value> result = n.input(0);
  for (int64_t k = 0; k < count && succeeded(result); ++k) {
    int64_t axis = (*normalized)[k];
    Value index = n.scalarConstant(i64, static_cast<double>(k));
    FailureOr<Value> dim;
    int64_t size = cast<RankedTensorType>((*result).getType()).getDimSize(axis);
    if (ShapedType::isDynamic(size)) {
      auto shape = n.create<mcc::ShapeOp>(*result);
      if (failed(shape))
        return failure();
      dim = n.create<mcc::GatherOp>(*shape, n.scalarConstant(i64, static_cast<double>(axis)),
                                    static_cast<uint64_t>(0));
    } else {
      dim = n.scalarConstant(i64, static_cast<double>(size));
    }
    if (failed(dim))
      return failure();
    Value zero = n.scalarConstant(i64, 0);
    // bound < 0 ? bound + dim : bound, then clamped to [0, dim].
    auto clamp = [&](Value bounds) -> FailureOr<Value> {
      auto bound = n.create<mcc::GatherOp>(bounds, index, static_cast<uint64_t>(0));
      if (failed(bound))
        return failure();
      auto negative = n.create<mcc::LessOp>(*bound, zero);
      auto fromEnd = n.create<mcc::AddOp>(*bound, *dim);
      if (failed(negative) || failed(fromEnd))
        return failure();
      auto absolute = n.create<mcc::WhereOp>(*negative, *fromEnd, *bound);
      if (failed(absolute))
        return failure();
      auto low = n.create<mcc::MaxOp>(*absolute, zero);
      if (failed(low))
        return failure();
      return n.create<mcc::MinOp>(*low, *dim);
    };
    auto start = clamp(*starts);
    auto end = clamp(*ends);
    if (failed(start) || failed(end))
      return failure();
    auto indices = n.create<mcc::RangeOp>(*start, *end,
                                          n.scalarConstant(i64, static_cast<double>(steps[k])));
    if (failed(indices))
      return failure();
    result = n.create<mcc::GatherOp>(*result, *indices, static_cast<uint64_t>(axis));
  }
  return n.setOutput(0, result);
}

LogicalResult importSliceV10(NodeContext &n) {
  if (failed(n.checkInputs(3, 5)))
    return failure();
  if (!isConstantInts(n, 1) || !isConstantInts(n, 2))
    return buildDynamicSlice(n);
  auto starts = n.constantInts(1, "starts");
  auto ends = n.constantInts(2, "ends");
  std::optional<SmallVector<int64_t>> axes, steps;
  if (n.hasInput(3)) {
    auto v = n.constantInts(3, "axes");
    if (succeeded(v))
      axes = *v;
  }
  if (n.hasInput(4)) {
    auto v = n.constantInts(4, "steps");
    if (succeeded(v))
      steps = *v;
  }
  if (failed(starts) || failed(ends) || n.hadError())
    return failure();
  return buildSlice(n, *starts, *ends, axes, steps);
}

// Split into the node's outputs: by explicit sizes, or in equal parts (at
// opset 18 the last part may be smaller).
LogicalResult buildSplit(NodeContext &n, std::optional<SmallVector<int64_t>> sizes,
                         bool unevenLastPart) {
  RankedTensorType type = n.inputType(0);
  auto axis = n.normalizeAxis(n.getInt("axis", 0), type.getRank());
  if (failed(axis))
    return failure();
  int64_t parts = n.numOutputs();
  if (parts == 0) {
    n.emitError() << "has no outputs";
    return failure();
  }
  int64_t dim = type.getDimSize(*axis);
  if (sizes) {
    if (static_cast<int64_t>(sizes->size()) != parts) {
      n.emitError() << "split has " << sizes->size() << " sizes for " << parts << " outputs";
      return failure();
    }
    int64_t total = 0;
    for (int64_t s : *sizes) {
      if (s < 0) {
        n.emitError() << "split sizes must be non-negative";
        return failure();
      }
      total += s;
    }
    if (!ShapedType::isDynamic(dim) && total != dim) {
      n.emitError() << "split sizes add up to " << total << " but dim " << *axis << " of "
                    << type << " is " << dim;
      return failure();
    }
  } else {
    if (ShapedType::isDynamic(dim)) {
      n.emitError() << "splitting dynamic dim " << *axis << " of " << type
                    << " into equal parts is not supported; give explicit sizes";
      return failure();
    }
    if (!unevenLastPart && dim % parts != 0) {
      n.emitError() << "dim " << *axis << " of " << type << " does not split into " << parts
                    << " equal parts";
      return failure();
    }
    int64_t chunk = (dim + parts - 1) / parts;
    sizes.emplace();
    for (int64_t i = 0; i < parts; ++i)
      sizes->push_back(std::clamp<int64_t>(dim - i * chunk, 0, chunk));
  }
  int64_t offset = 0;
  for (int64_t i = 0; i < parts; ++i) {
    int64_t size = (*sizes)[i];
    if (n.outputUsed(i)) {
      SmallVector<int64_t> starts{offset}, ends{offset + size}, axes{*axis}, steps{1};
      if (failed(n.setOutput(i, n.create<mcc::SliceOp>(n.input(0), starts, ends, axes, steps))))
        return failure();
    }
    offset += size;
  }
  return success();
}

LogicalResult importSplitV2(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  return buildSplit(n, n.getOptionalInts("split"), /*unevenLastPart=*/false);
}

// Opset 13 moves the sizes to an input; 18 adds num_outputs (which must then
// match the outputs) and allows a smaller last part.
LogicalResult importSplitV13(NodeContext &n) {
  if (failed(n.checkInputs(1, 2)))
    return failure();
  std::optional<SmallVector<int64_t>> sizes;
  if (n.hasInput(1)) {
    auto v = n.constantInts(1, "split");
    if (failed(v))
      return failure();
    sizes = *v;
  }
  bool opset18 = n.opset() >= 18;
  if (auto numOutputs = n.getOptionalInt("num_outputs")) {
    if (*numOutputs != n.numOutputs()) {
      n.emitError() << "num_outputs=" << *numOutputs << " but the node has " << n.numOutputs()
                    << " outputs";
      return failure();
    }
  }
  return buildSplit(n, sizes, opset18);
}

LogicalResult importGather(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", 0), n.inputType(0).getRank());
  if (failed(axis) ||
      failed(n.checkConstantIndices(1, n.inputType(0).getDimSize(*axis), "index")))
    return failure();
  return n.setOutput(0, n.create<mcc::GatherOp>(n.input(0), n.input(1),
                                                static_cast<uint64_t>(*axis)));
}

//===--- Expand, Tile, Pad ------------------------------------------------===//

LogicalResult importExpand(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  return n.setOutput(0, n.create<mcc::ExpandOp>(n.input(0), n.input(1)));
}

LogicalResult importTile(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  return n.setOutput(0, n.create<mcc::TileOp>(n.input(0), n.input(1)));
}

/// One mcc.pad for ONNX's pads (all dims, or those of `axes`), the pad value
/// (`runtimeValue` when the constant_value input is not a constant) and mode.
LogicalResult buildPad(NodeContext &n, ArrayRef<int64_t> pads, double value, Value runtimeValue,
                       std::optional<SmallVector<int64_t>> axes) {
  std::string mode = n.getString("mode", "constant");
  if (n.hadError())
    return failure();
  // wrap came with opset 19; the older opsets know only the first three.
  bool known = mode == "constant" || mode == "reflect" || mode == "edge" ||
               (mode == "wrap" && n.opset() >= 19);
  if (!known) {
    n.emitError() << "mode='" << mode << "' is not a Pad mode of this opset";
    return failure();
  }
  RankedTensorType type = n.inputType(0);
  int64_t rank = type.getRank();
  SmallVector<int64_t> full(2 * rank, 0);
  if (axes) {
    auto normalized = n.normalizeAxes(*axes, rank, "pad axis", /*sorted=*/false);
    if (failed(normalized))
      return failure();
    size_t count = normalized->size();
    if (pads.size() != 2 * count) {
      n.emitError() << "pads has " << pads.size() << " entries for " << count << " axes";
      return failure();
    }
    for (size_t i = 0; i < count; ++i) {
      full[(*normalized)[i]] = pads[i];
      full[(*normalized)[i] + rank] = pads[i + count];
    }
  } else {
    if (static_cast<int64_t>(pads.size()) != 2 * rank) {
      n.emitError() << "pads has " << pads.size() << " entries; " << type << " needs "
                    << 2 * rank;
      return failure();
    }
    full.assign(pads.begin(), pads.end());
  }
  TypedAttr padValue = n.scalarAttr(type.getElementType(), value);
  // Other modes never read the value; it stays an attribute then.
  if (runtimeValue && mode == "constant")
    return n.setOutput(0, n.create<mcc::PadOp>(n.input(0), full, padValue, mode, runtimeValue));
  return n.setOutput(0, n.create<mcc::PadOp>(n.input(0), full, padValue, mode));
}

// Opsets 2-10: pads and value are attributes.
LogicalResult importPadV2(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto pads = n.getOptionalInts("pads");
  if (!pads) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'pads'";
    return failure();
  }
  return buildPad(n, *pads, n.getFloat("value", 0.0), Value(), std::nullopt);
}

// Opset 11 moves them to inputs; 18 adds the optional axes input. The pad
// value may be computed at run time (models pad with a value they read).
LogicalResult importPadV11(NodeContext &n) {
  if (failed(n.checkInputs(2, 4)))
    return failure();
  auto pads = n.constantInts(1, "pads");
  if (failed(pads))
    return failure();
  double value = 0;
  Value runtimeValue;
  if (n.hasInput(2)) {
    ElementsAttr attr;
    if (matchPattern(n.input(2), m_Constant(&attr))) {
      auto v = n.constantScalar(2, "constant_value");
      if (failed(v))
        return failure();
      value = *v;
    } else {
      runtimeValue = n.input(2);
    }
  }
  std::optional<SmallVector<int64_t>> axes;
  if (n.hasInput(3)) {
    auto v = n.constantInts(3, "axes");
    if (failed(v))
      return failure();
    axes = *v;
  }
  return buildPad(n, *pads, value, runtimeValue, axes);
}

} // namespace

void mcc::frontend::registerShapeOps(OpTable &t) {
  t.add("Shape", 1, importShape);
  t.add("Size", 1, importSize);
  t.add("Reshape", 5, importReshape);
  t.add("Flatten", 1, importFlatten);
  t.add("Squeeze", 1, importSqueezeV1);
  t.add("Squeeze", 13, importSqueezeV13);
  t.add("Unsqueeze", 1, importUnsqueezeV1);
  t.add("Unsqueeze", 13, importUnsqueezeV13);
  t.add("Transpose", 1, importTranspose);
  t.add("Concat", 4, importConcat);
  t.add("Slice", 1, importSliceV1);
  t.add("Slice", 10, importSliceV10);
  t.add("Split", 2, importSplitV2);
  t.add("Split", 13, importSplitV13);
  t.add("Gather", 1, importGather);
  t.add("Expand", 8, importExpand);
  t.add("Tile", 6, importTile);
  t.add("Pad", 2, importPadV2);
  t.add("Pad", 11, importPadV11);
}
