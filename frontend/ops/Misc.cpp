//===- Misc.cpp - Trilu, Hardmax, Lp/MeanVariance normalization, EyeLike,
//                DepthToSpace, SpaceToDepth, CenterCropPad, Einsum ----------===//
//
// Ops with no mcc op of their own, each a short decomposition: a constant
// mask and a select, an argmax compared with an iota, reshape + transpose.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"
#include "frontend/ops/Iota.h"

#include "mlir/IR/Matchers.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Sequence.h"

#include <cctype>

using namespace mlir;
using namespace mcc::frontend;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

// A [rows, cols] i1 constant holding keep(i, j).
Value boolMatrix(NodeContext &n, int64_t rows, int64_t cols,
                 llvm::function_ref<bool(int64_t, int64_t)> keep) {
  SmallVector<bool> values;
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      values.push_back(keep(i, j));
  auto type = RankedTensorType::get({rows, cols}, n.builder().getI1Type());
  return n.constant(DenseElementsAttr::get(type, values));
}

// The static shape of `x` as a constant, or its mcc.shape.
FailureOr<Value> shapeOf(NodeContext &n, Value x) {
  auto type = cast<RankedTensorType>(x.getType());
  if (type.hasStaticShape())
    return n.i64Constant(type.getShape());
  return n.create<mcc::ShapeOp>(x);
}

// Trilu (opset 14): keeps j - i >= k (upper) or j - i <= k (lower) of the
// last two dims, zeroes the rest. The mask is a constant when the dims and k
// are; otherwise it compares iotas at run time.
LogicalResult importTrilu(NodeContext &n) {
  if (failed(n.checkInputs(1, 2)))
    return failure();
  bool upper = n.getInt("upper", 1) != 0;
  if (n.hadError())
    return failure();
  RankedTensorType type = n.inputType(0);
  int64_t rank = type.getRank();
  if (rank < 2) {
    n.emitError() << "needs an input of rank >= 2, got " << type;
    return failure();
  }
  Value x = n.input(0);
  Value zero = n.scalarConstant(type.getElementType(), 0);
  std::optional<int64_t> k = 0;
  if (n.hasInput(1)) {
    RankedTensorType kType = n.inputType(1);
    if (kType.getNumElements() != 1 || !kType.getElementType().isInteger(64)) {
      n.emitError() << "k must be one int64, got " << kType;
      return failure();
    }
    k = std::nullopt;
    DenseIntElementsAttr value;
    if (matchPattern(n.input(1), m_Constant(&value)))
      k = (*value.getValues<APInt>().begin()).getSExtValue();
  }
  if (k && !type.isDynamicDim(rank - 1) && !type.isDynamicDim(rank - 2)) {
    Value keep =
        boolMatrix(n, type.getDimSize(rank - 2), type.getDimSize(rank - 1),
                   [&](int64_t i, int64_t j) { return upper ? j - i >= *k : j - i <= *k; });
    return n.setOutput(0, n.create<mcc::WhereOp>(keep, x, zero));
  }
  Type i64 = n.builder().getI64Type();
  auto rows = iotaAlong(n, x, rank - 2, i64, 2, 0);
  auto cols = iotaAlong(n, x, rank - 1, i64, 2, 1);
  if (failed(rows) || failed(cols))
    return failure();
  auto diff = n.create<mcc::SubOp>(*cols, *rows);
  if (failed(diff))
    return failure();
  Value kValue = k ? n.scalarConstant(i64, *k) : n.input(1);
  auto keep = upper ? n.create<mcc::GreaterEqualOp>(*diff, kValue)
                    : n.create<mcc::LessEqualOp>(*diff, kValue);
  if (failed(keep))
    return failure();
  return n.setOutput(0, n.create<mcc::WhereOp>(*keep, x, zero));
}

// 1 at the first maximum along `axis`, 0 elsewhere.
FailureOr<Value> hardmax(NodeContext &n, Value x, int64_t axis) {
  auto type = cast<RankedTensorType>(x.getType());
  auto index = n.create<mcc::ArgMaxOp>(x, static_cast<uint64_t>(axis), true, false);
  auto iota = iotaAlong(n, x, axis, n.builder().getI64Type(), type.getRank(), axis);
  if (failed(index) || failed(iota))
    return failure();
  auto isMax = n.create<mcc::EqualOp>(*index, *iota);
  if (failed(isMax))
    return failure();
  return n.castTo(*isMax, type.getElementType());
}

// Before opset 13 the input is coerced to 2-D at `axis` (default 1).
LogicalResult importHardmaxV1(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  Value x = n.input(0);
  auto axis = n.normalizeAxis(n.getInt("axis", 1), n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  auto flat = n.create<mcc::FlattenOp>(x, static_cast<uint64_t>(*axis));
  if (failed(flat))
    return failure();
  auto y = hardmax(n, *flat, 1);
  auto shape = shapeOf(n, x);
  if (failed(y) || failed(shape))
    return failure();
  return n.setOutput(0, n.create<mcc::ReshapeOp>(*y, *shape, false));
}

LogicalResult importHardmaxV13(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto axis = n.normalizeAxis(n.getInt("axis", -1), n.inputType(0).getRank());
  if (failed(axis))
    return failure();
  return n.setOutput(0, hardmax(n, n.input(0), *axis));
}

// x / ||x||_p along `axis` (p 1 or 2), 0 where the norm is 0.
LogicalResult importLpNormalization(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  RankedTensorType type = n.inputType(0);
  auto axis = n.normalizeAxis(n.getInt("axis", -1), type.getRank());
  int64_t p = n.getInt("p", 2);
  if (failed(axis))
    return failure();
  if (p != 1 && p != 2) {
    n.emitError() << "p must be 1 or 2, got " << p;
    return failure();
  }
  Value x = n.input(0);
  auto terms = p == 1 ? n.create<mcc::AbsOp>(x) : n.create<mcc::MulOp>(x, x);
  if (failed(terms))
    return failure();
  auto norm = n.create<mcc::ReduceSumOp>(*terms, ArrayRef<int64_t>{*axis}, true);
  if (failed(norm))
    return failure();
  if (p == 2) {
    norm = n.create<mcc::SqrtOp>(*norm);
    if (failed(norm))
      return failure();
  }
  Value zero = n.scalarConstant(type.getElementType(), 0);
  auto isZero = n.create<mcc::EqualOp>(*norm, zero);
  if (failed(isZero))
    return failure();
  auto quotient = n.create<mcc::DivOp>(x, *norm);
  if (failed(quotient))
    return failure();
  return n.setOutput(0, n.create<mcc::WhereOp>(*isZero, zero, *quotient));
}

// (x - E[x]) / (sqrt(E[x^2] - E[x]^2) + 1e-9) over `axes`, as ONNX's function body.
LogicalResult importMeanVarianceNormalization(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  RankedTensorType type = n.inputType(0);
  auto axes = n.normalizeAxes(n.getInts("axes", {0, 2, 3}), type.getRank(), "axes");
  if (failed(axes))
    return failure();
  Value x = n.input(0);
  Type element = type.getElementType();
  auto mean = n.create<mcc::ReduceMeanOp>(x, *axes, true);
  auto square = n.create<mcc::MulOp>(x, x);
  if (failed(mean) || failed(square))
    return failure();
  auto meanOfSquare = n.create<mcc::ReduceMeanOp>(*square, *axes, true);
  auto squareOfMean = n.create<mcc::MulOp>(*mean, *mean);
  if (failed(meanOfSquare) || failed(squareOfMean))
    return failure();
  auto variance = n.create<mcc::SubOp>(*meanOfSquare, *squareOfMean);
  if (failed(variance))
    return failure();
  auto stddev = n.create<mcc::SqrtOp>(*variance);
  if (failed(stddev))
    return failure();
  auto denominator = n.create<mcc::AddOp>(*stddev, n.scalarConstant(element, 1e-9));
  auto centered = n.create<mcc::SubOp>(x, *mean);
  if (failed(denominator) || failed(centered))
    return failure();
  return n.setOutput(0, n.create<mcc::DivOp>(*centered, *denominator));
}

// EyeLike: a constant of the input's (static) 2-D shape with ones on diagonal k.
LogicalResult importEyeLike(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto dtype = n.getOptionalInt("dtype");
  int64_t k = n.getInt("k", 0);
  if (n.hadError())
    return failure();
  RankedTensorType type = n.inputType(0);
  if (type.getRank() != 2) {
    n.emitError() << "needs a 2-D input, got " << type;
    return failure();
  }
  Type element = type.getElementType();
  if (dtype) {
    element = convertDtype(n.context(), *dtype);
    if (!element) {
      n.emitError() << "dtype " << dtypeName(*dtype) << " is not supported";
      return failure();
    }
  }
  if (!type.hasStaticShape()) {
    // j - i == k on iotas of the sizes read at run time.
    Type i64 = n.builder().getI64Type();
    auto rows = iotaAlong(n, n.input(0), 0, i64, 2, 0);
    auto cols = iotaAlong(n, n.input(0), 1, i64, 2, 1);
    if (failed(rows) || failed(cols))
      return failure();
    auto diff = n.create<mcc::SubOp>(*cols, *rows);
    if (failed(diff))
      return failure();
    auto onDiagonal = n.create<mcc::EqualOp>(*diff, n.scalarConstant(i64, k));
    if (failed(onDiagonal))
      return failure();
    return n.setOutput(0, n.castTo(*onDiagonal, element));
  }
  SmallVector<Attribute> values;
  Attribute one = n.scalarAttr(element, 1), zero = n.scalarAttr(element, 0);
  for (int64_t i = 0; i < type.getDimSize(0); ++i)
    for (int64_t j = 0; j < type.getDimSize(1); ++j)
      values.push_back(j - i == k ? one : zero);
  return n.setOutput(
      0, n.constant(DenseElementsAttr::get(type.clone(element), values)));
}

// The shape `dims` built from dims of `x` scaled by constants and constant
// sizes: each entry is {dim, multiplier, divisor}, or {-1, size, 1} for a
// constant. A constant tensor when `x` is static.
struct ScaledDim {
  int64_t dim, mul, div;
};
FailureOr<Value> scaledShape(NodeContext &n, Value x, ArrayRef<ScaledDim> dims) {
  auto type = cast<RankedTensorType>(x.getType());
  if (type.hasStaticShape()) {
    SmallVector<int64_t> values;
    for (const ScaledDim &d : dims)
      values.push_back(d.dim < 0 ? d.mul : type.getDimSize(d.dim) * d.mul / d.div);
    return n.i64Constant(values);
  }
  auto shape = n.create<mcc::ShapeOp>(x);
  if (failed(shape))
    return failure();
  SmallVector<Value> parts;
  for (const ScaledDim &d : dims) {
    if (d.dim < 0) {
      parts.push_back(n.i64Constant({d.mul}));
      continue;
    }
    FailureOr<Value> part = n.create<mcc::SliceOp>(
        *shape, ArrayRef<int64_t>{d.dim}, ArrayRef<int64_t>{d.dim + 1}, ArrayRef<int64_t>{0},
        ArrayRef<int64_t>{1});
    if (succeeded(part) && d.mul != 1)
      part = n.create<mcc::MulOp>(*part, n.i64Constant({d.mul}));
    if (succeeded(part) && d.div != 1)
      part = n.create<mcc::DivOp>(*part, n.i64Constant({d.div}));
    if (failed(part))
      return failure();
    parts.push_back(*part);
  }
  return n.create<mcc::ConcatOp>(parts, static_cast<uint64_t>(0));
}

// DepthToSpace: [N, C, H, W] -> [N, C / b^2, H * b, W * b]; DCR takes the
// block offsets from the outer channel dims, CRD from the inner ones.
LogicalResult importDepthToSpace(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  int64_t b = n.getInt("blocksize", 0);
  std::string mode = n.getString("mode", "DCR");
  if (n.hadError())
    return failure();
  RankedTensorType type = n.inputType(0);
  if (type.getRank() != 4 || b <= 0 ||
      (!type.isDynamicDim(1) && type.getDimSize(1) % (b * b) != 0) ||
      (mode != "DCR" && mode != "CRD")) {
    n.emitError() << "needs an [N, C, H, W] input with C divisible by blocksize^2 and mode "
                     "DCR or CRD, got "
                  << type << ", blocksize " << b << ", mode " << mode;
    return failure();
  }
  Value x = n.input(0);
  bool dcr = mode == "DCR";
  ScaledDim N{0, 1, 1}, c{1, 1, b * b}, H{2, 1, 1}, W{3, 1, 1}, block{-1, b, 1};
  auto splitShape = dcr ? scaledShape(n, x, {N, block, block, c, H, W})
                        : scaledShape(n, x, {N, c, block, block, H, W});
  auto outShape = scaledShape(n, x, {N, c, {2, b, 1}, {3, b, 1}});
  if (failed(splitShape) || failed(outShape))
    return failure();
  auto split = n.create<mcc::ReshapeOp>(x, *splitShape, false);
  if (failed(split))
    return failure();
  auto moved = n.create<mcc::TransposeOp>(*split, dcr ? ArrayRef<int64_t>{0, 3, 4, 1, 5, 2}
                                                      : ArrayRef<int64_t>{0, 1, 4, 2, 5, 3});
  if (failed(moved))
    return failure();
  return n.setOutput(0, n.create<mcc::ReshapeOp>(*moved, *outShape, false));
}

// SpaceToDepth: the inverse, [N, C, H, W] -> [N, C * b^2, H / b, W / b].
LogicalResult importSpaceToDepth(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  int64_t b = n.getInt("blocksize", 0);
  std::string mode = n.getString("mode", "DCR");
  if (n.hadError())
    return failure();
  RankedTensorType type = n.inputType(0);
  if (type.getRank() != 4 || b <= 0 || (!type.isDynamicDim(2) && type.getDimSize(2) % b != 0) ||
      (!type.isDynamicDim(3) && type.getDimSize(3) % b != 0) ||
      (mode != "DCR" && mode != "CRD")) {
    n.emitError() << "needs an [N, C, H, W] input with H and W divisible by blocksize and "
                     "mode DCR or CRD, got "
                  << type << ", blocksize " << b << ", mode " << mode;
    return failure();
  }
  Value x = n.input(0);
  ScaledDim N{0, 1, 1}, C{1, 1, 1}, h{2, 1, b}, w{3, 1, b}, block{-1, b, 1};
  auto splitShape = scaledShape(n, x, {N, C, h, block, w, block});
  auto outShape = scaledShape(n, x, {N, {1, b * b, 1}, h, w});
  if (failed(splitShape) || failed(outShape))
    return failure();
  auto split = n.create<mcc::ReshapeOp>(x, *splitShape, false);
  if (failed(split))
    return failure();
  auto moved = n.create<mcc::TransposeOp>(*split, mode == "DCR"
                                                      ? ArrayRef<int64_t>{0, 3, 5, 1, 2, 4}
                                                      : ArrayRef<int64_t>{0, 1, 3, 5, 2, 4});
  if (failed(moved))
    return failure();
  return n.setOutput(0, n.create<mcc::ReshapeOp>(*moved, *outShape, false));
}

// CenterCropPad (opset 18): each of `axes` cropped (a centered slice) or padded
// with zeros (centered, the odd element at the end) to the given size.
LogicalResult importCenterCropPad(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  RankedTensorType type = n.inputType(0);
  int64_t rank = type.getRank();
  SmallVector<int64_t> all;
  for (int64_t d = 0; d < rank; ++d)
    all.push_back(d);
  auto axes = n.normalizeAxes(n.getInts("axes", all), rank, "axes", /*sorted=*/false);
  auto sizes = n.constantInts(1, "shape");
  if (failed(axes) || failed(sizes))
    return failure();
  if (sizes->size() != axes->size()) {
    n.emitError() << "shape has " << sizes->size() << " sizes for " << axes->size() << " axes";
    return failure();
  }
  SmallVector<int64_t> starts, ends, sliceAxes, steps, pads(2 * rank, 0);
  bool pad = false;
  for (auto [axis, size] : llvm::zip(*axes, *sizes)) {
    int64_t dim = type.getDimSize(axis);
    if (ShapedType::isDynamic(dim) || size < 0) {
      n.emitError() << "needs a static size along axis " << axis << " and sizes >= 0, got "
                    << type << " and " << size;
      return failure();
    }
    if (size < dim) {
      starts.push_back((dim - size) / 2);
      ends.push_back((dim - size) / 2 + size);
      sliceAxes.push_back(axis);
      steps.push_back(1);
    } else if (size > dim) {
      pads[axis] = (size - dim) / 2;
      pads[rank + axis] = size - dim - pads[axis];
      pad = true;
    }
  }
  FailureOr<Value> y = n.input(0);
  if (!sliceAxes.empty())
    y = n.create<mcc::SliceOp>(*y, starts, ends, sliceAxes, steps);
  if (succeeded(y) && pad)
    y = n.create<mcc::PadOp>(*y, pads, n.scalarAttr(type.getElementType(), 0));
  return n.setOutput(0, y);
}

// One einsum operand: its value and the label of each dim.
struct Labeled {
  Value value;
  std::string labels;
};

// Sums `x` over dim `axis`, dropping it.
FailureOr<Labeled> sumOut(NodeContext &n, Labeled x, size_t axis) {
  auto summed = n.create<mcc::ReduceSumOp>(x.value, ArrayRef<int64_t>{(int64_t)axis}, false);
  if (failed(summed))
    return failure();
  x.labels.erase(axis, 1);
  return Labeled{*summed, x.labels};
}

// Takes diagonals of repeated labels (x * eye, summed over the second
// occurrence) and sums labels no one else needs.
FailureOr<Labeled> simplify(NodeContext &n, Labeled x, llvm::function_ref<bool(char)> needed) {
  for (size_t q = 0; q < x.labels.size(); ++q) {
    size_t p = x.labels.find(x.labels[q]);
    if (p == q)
      continue;
    auto type = cast<RankedTensorType>(x.value.getType());
    int64_t size = type.getDimSize(p);
    FailureOr<Value> eye;
    if (!ShapedType::isDynamic(size)) {
      SmallVector<int64_t> shape(type.getRank(), 1);
      shape[p] = shape[q] = size;
      SmallVector<Attribute> values;
      for (int64_t i = 0; i < size; ++i)
        for (int64_t j = 0; j < size; ++j)
          values.push_back(n.scalarAttr(type.getElementType(), i == j));
      eye = n.constant(DenseElementsAttr::get(type.clone(shape), values));
    } else {
      Type i64 = n.builder().getI64Type();
      auto rows = iotaAlong(n, x.value, p, i64, type.getRank(), p);
      auto cols = iotaAlong(n, x.value, q, i64, type.getRank(), q);
      if (failed(rows) || failed(cols))
        return failure();
      auto same = n.create<mcc::EqualOp>(*rows, *cols);
      if (failed(same))
        return failure();
      eye = n.castTo(*same, type.getElementType());
    }
    if (failed(eye))
      return failure();
    auto masked = n.create<mcc::MulOp>(x.value, *eye);
    if (failed(masked))
      return failure();
    auto summed = sumOut(n, Labeled{*masked, x.labels}, q);
    if (failed(summed))
      return failure();
    x = *summed;
    --q;
  }
  for (size_t i = 0; i < x.labels.size(); ++i) {
    if (needed(x.labels[i]))
      continue;
    auto summed = sumOut(n, x, i);
    if (failed(summed))
      return failure();
    x = *summed;
    --i;
  }
  return x;
}

// Transposes `x` so that its labels read `order` (a permutation of them).
FailureOr<Value> permuteTo(NodeContext &n, const Labeled &x, StringRef order) {
  SmallVector<int64_t> perm;
  for (char c : order)
    perm.push_back(x.labels.find(c));
  if (llvm::equal(perm, llvm::seq<int64_t>(0, perm.size())))
    return x.value;
  return n.create<mcc::TransposeOp>(x.value, perm);
}

// `x` reshaped to the static `shape`, unless it has it already.
FailureOr<Value> reshapeTo(NodeContext &n, Value x, ArrayRef<int64_t> shape) {
  if (cast<RankedTensorType>(x.getType()).getShape() == shape)
    return x;
  return n.create<mcc::ReshapeOp>(x, n.i64Constant(shape), false);
}

// Einsum for one or two operands on static shapes: diagonals and sums per
// operand, then a batched matmul [batch, free, contracted] x [batch,
// contracted, free], and a transpose to the output's order. An ellipsis is
// spelled out as labels of its own.
LogicalResult importEinsum(NodeContext &n) {
  if (failed(n.checkInputs(1, 2)))
    return failure();
  std::string equation = n.getString("equation", "");
  if (n.hadError())
    return failure();
  equation.erase(llvm::remove_if(equation, [](char c) { return c == ' '; }), equation.end());
  size_t arrow = equation.find("->");
  std::string lhs = equation.substr(0, arrow);
  SmallVector<StringRef> terms;
  StringRef(lhs).split(terms, ',');
  if (terms.size() != n.numInputs()) {
    n.emitError() << "equation '" << equation << "' does not have " << n.numInputs()
                  << " operands";
    return failure();
  }
  // Labels for the dims an ellipsis covers: characters no equation uses.
  std::string ellipsisLabels = "0123456789";
  int64_t ellipsisRank = 0;
  SmallVector<Labeled> operands;
  for (auto [i, term] : llvm::enumerate(terms)) {
    RankedTensorType type = n.inputType(i);
    std::string labels = term.str();
    size_t dots = labels.find("...");
    if (dots != std::string::npos) {
      int64_t covered = type.getRank() - (int64_t)(labels.size() - 3);
      if (covered < 0 || covered > 10) {
        n.emitError() << "ellipsis does not fit " << type;
        return failure();
      }
      ellipsisRank = std::max(ellipsisRank, covered);
      labels.replace(dots, 3, ellipsisLabels.substr(10 - covered, covered));
    }
    if ((int64_t)labels.size() != type.getRank()) {
      n.emitError() << "term '" << term << "' does not match " << type;
      return failure();
    }
    operands.push_back({n.input(i), labels});
  }
  std::string out;
  if (arrow != std::string::npos) {
    out = equation.substr(arrow + 2);
    size_t dots = out.find("...");
    if (dots != std::string::npos)
      out.replace(dots, 3, ellipsisLabels.substr(10 - ellipsisRank, ellipsisRank));
  } else {
    // Implicit output: the ellipsis, then labels used once, alphabetically.
    out = ellipsisLabels.substr(10 - ellipsisRank, ellipsisRank);
    std::string all;
    for (const Labeled &x : operands)
      all += x.labels;
    std::string once;
    for (char c : all)
      if (std::isalpha(c) && llvm::count(all, c) == 1)
        once += c;
    llvm::sort(once);
    out += once;
  }
  auto inOut = [&](char c) { return out.find(c) != std::string::npos; };
  if (operands.size() == 1) {
    auto x = simplify(n, operands[0], inOut);
    if (failed(x))
      return failure();
    if (x->labels.size() != out.size()) {
      n.emitError() << "output '" << out << "' has labels the operand lacks";
      return failure();
    }
    return n.setOutput(0, permuteTo(n, *x, out));
  }

  Labeled &a0 = operands[0], &b0 = operands[1];
  auto a = simplify(n, a0, [&](char c) { return inOut(c) || b0.labels.find(c) != std::string::npos; });
  if (failed(a))
    return failure();
  auto b = simplify(n, b0, [&](char c) { return inOut(c) || a->labels.find(c) != std::string::npos; });
  if (failed(b))
    return failure();
  std::string batch, aFree, bFree, contracted;
  for (char c : a->labels) {
    bool inB = b->labels.find(c) != std::string::npos;
    (inB ? (inOut(c) ? batch : contracted) : aFree) += c;
  }
  for (char c : b->labels)
    if (a->labels.find(c) == std::string::npos)
      bFree += c;
  auto dimsOf = [](const Labeled &x, StringRef labels) {
    auto type = cast<RankedTensorType>(x.value.getType());
    SmallVector<int64_t> dims;
    int64_t product = 1;
    for (char c : labels) {
      dims.push_back(type.getDimSize(x.labels.find(c)));
      product = ShapedType::isDynamic(product) || ShapedType::isDynamic(dims.back())
                    ? ShapedType::kDynamic
                    : product * dims.back();
    }
    return std::make_pair(dims, product);
  };
  auto [batchDims, B] = dimsOf(*a, batch);
  auto [aFreeDims, M] = dimsOf(*a, aFree);
  auto [bFreeDims, N] = dimsOf(*b, bFree);
  auto [contractedDims, K] = dimsOf(*a, contracted);
  if (dimsOf(*b, batch).first != batchDims || dimsOf(*b, contracted).first != contractedDims) {
    n.emitError() << "operands disagree on the sizes of shared labels";
    return failure();
  }
  auto aT = permuteTo(n, *a, batch + aFree + contracted);
  auto bT = permuteTo(n, *b, batch + contracted + bFree);
  if (failed(aT) || failed(bT))
    return failure();
  // To [B, M, K] x [B, K, N]: groups of one label stay as they are, empty
  // ones become size-1 dims, larger ones are merged (static sizes only).
  auto toMatrices = [&](FailureOr<Value> x, ArrayRef<StringRef> groups,
                        ArrayRef<int64_t> merged) -> FailureOr<Value> {
    if (failed(x))
      return failure();
    if (llvm::all_of(groups, [](StringRef g) { return g.size() <= 1; })) {
      SmallVector<int64_t> ones;
      for (auto [i, g] : llvm::enumerate(groups))
        if (g.empty())
          ones.push_back(i);
      if (ones.empty())
        return *x;
      return n.create<mcc::UnsqueezeOp>(*x, ones);
    }
    if (llvm::any_of(merged, ShapedType::isDynamic)) {
      n.emitError() << "merging labels of dynamic size is not supported";
      return failure();
    }
    return reshapeTo(n, *x, merged);
  };
  auto a3 = toMatrices(aT, {batch, aFree, contracted}, {B, M, K});
  auto b3 = toMatrices(bT, {batch, contracted, bFree}, {B, K, N});
  if (failed(a3) || failed(b3))
    return failure();
  auto product = n.create<mcc::MatMulOp>(*a3, *b3);
  if (failed(product))
    return failure();
  FailureOr<Value> result = *product;
  if (llvm::all_of(SmallVector<StringRef>{batch, aFree, bFree},
                   [](StringRef g) { return g.size() <= 1; })) {
    SmallVector<int64_t> ones;
    for (auto [i, g] : llvm::enumerate(SmallVector<StringRef>{batch, aFree, bFree}))
      if (g.empty())
        ones.push_back(i);
    if (!ones.empty())
      result = n.create<mcc::SqueezeOp>(*product, ones);
  } else {
    SmallVector<int64_t> resultDims(batchDims);
    resultDims.append(aFreeDims);
    resultDims.append(bFreeDims);
    if (llvm::any_of(resultDims, ShapedType::isDynamic)) {
      n.emitError() << "merged labels of dynamic size are not supported";
      return failure();
    }
    result = reshapeTo(n, *product, resultDims);
  }
  if (failed(result))
    return failure();
  Labeled r{*result, batch + aFree + bFree};
  if (r.labels.size() != out.size() || !llvm::all_of(out, [&](char c) {
        return r.labels.find(c) != std::string::npos;
      })) {
    n.emitError() << "output '" << out << "' does not match the operands' labels";
    return failure();
  }
  return n.setOutput(0, permuteTo(n, r, out));
}

} // namespace

void mcc::frontend::registerMiscOps(OpTable &t) {
  t.add("Trilu", 14, importTrilu);
  t.add("Hardmax", 1, importHardmaxV1);
  t.add("Hardmax", 13, importHardmaxV13);
  t.add("LpNormalization", 1, importLpNormalization);
  t.add("MeanVarianceNormalization", 9, importMeanVarianceNormalization);
  t.add("EyeLike", 9, importEyeLike);
  t.add("DepthToSpace", 1, importDepthToSpace);
  t.add("SpaceToDepth", 1, importSpaceToDepth);
  t.add("Einsum", 12, importEinsum);
  t.add("CenterCropPad", 18, importCenterCropPad);
}
