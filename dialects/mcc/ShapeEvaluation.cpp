//===- ShapeEvaluation.cpp - read shape tensors at compile time -----------===//
#include "dialects/mcc/ShapeEvaluation.h"

#include "dialects/mcc/McDialect.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace mcc;

namespace {
using Elements = SmallVector<ShapeElement>;
constexpr int kMaxDepth = 32;
// Shape tensors are small; anything longer is data, not a shape.
constexpr int64_t kMaxElements = 64;

std::optional<Elements> evaluate(Value v, int depth);

// Elementwise arithmetic on two evaluated tensors; constant only where both are.
template <typename Fn>
std::optional<Elements> combine(Value lhs, Value rhs, int depth, Fn fn) {
  auto a = evaluate(lhs, depth), b = evaluate(rhs, depth);
  if (!a || !b)
    return std::nullopt;
  if (a->size() != b->size() && a->size() != 1 && b->size() != 1)
    return std::nullopt;
  size_t n = std::max(a->size(), b->size());
  Elements out;
  for (size_t i = 0; i < n; ++i) {
    const ShapeElement &x = (*a)[a->size() == 1 ? 0 : i];
    const ShapeElement &y = (*b)[b->size() == 1 ? 0 : i];
    if (x.isConstant() && y.isConstant()) {
      std::optional<int64_t> r = fn(x.constant, y.constant);
      out.push_back(r ? ShapeElement::known(*r) : ShapeElement::unknown());
    } else {
      out.push_back(ShapeElement::unknown());
    }
  }
  return out;
}

// A 0-D tensor's single element, when evaluated and constant.
std::optional<int64_t> evaluateScalar(Value v, int depth) {
  auto e = evaluate(v, depth);
  if (!e || e->size() != 1 || !(*e)[0].isConstant())
    return std::nullopt;
  return (*e)[0].constant;
}

// mcc.range with constant operands (an expanded function's axes, Range(axis,
// rank, 1)): its length is known even where its type was inferred dynamic.
std::optional<Elements> evaluateRange(RangeOp range, int depth) {
  auto start = evaluateScalar(range.getStart(), depth);
  auto limit = evaluateScalar(range.getLimit(), depth);
  auto delta = evaluateScalar(range.getDelta(), depth);
  if (!start || !limit || !delta || *delta == 0)
    return std::nullopt;
  Elements out;
  for (int64_t x = *start; *delta > 0 ? x < *limit : x > *limit; x += *delta) {
    if ((int64_t)out.size() >= kMaxElements)
      return std::nullopt;
    out.push_back(ShapeElement::known(x));
  }
  return out;
}

std::optional<Elements> evaluate(Value v, int depth) {
  if (depth > kMaxDepth)
    return std::nullopt;
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type || type.getRank() > 1 || !type.getElementType().isSignlessInteger())
    return std::nullopt;
  if (auto range = v.getDefiningOp<RangeOp>())
    return evaluateRange(range, depth + 1);
  if (type.getRank() == 1 && (type.isDynamicDim(0) || type.getDimSize(0) > kMaxElements))
    return std::nullopt;
  ++depth;

  DenseIntElementsAttr dense;
  if (matchPattern(v, m_Constant(&dense))) {
    bool isBool = dense.getElementType().isInteger(1);
    Elements out;
    for (const APInt &x : dense.getValues<APInt>())
      out.push_back(ShapeElement::known(isBool ? (int64_t)x.getZExtValue() : x.getSExtValue()));
    return out;
  }
  Operation *def = v.getDefiningOp();
  if (!def)
    return std::nullopt;

  if (auto shape = dyn_cast<ShapeOp>(def)) {
    auto in = cast<RankedTensorType>(shape.getInput().getType());
    Elements out;
    for (int64_t d = 0; d < in.getRank(); ++d)
      out.push_back(in.isDynamicDim(d) ? ShapeElement::dimOf(shape.getInput(), d)
                                       : ShapeElement::known(in.getDimSize(d)));
    return out;
  }
  if (auto concat = dyn_cast<ConcatOp>(def)) {
    Elements out;
    for (Value in : concat.getInputs()) {
      auto e = evaluate(in, depth);
      if (!e)
        return std::nullopt;
      out.append(*e);
    }
    return out;
  }
  if (auto gather = dyn_cast<GatherOp>(def)) {
    auto data = evaluate(gather.getData(), depth);
    auto indices = evaluate(gather.getIndices(), depth);
    if (!data || !indices)
      return std::nullopt;
    Elements out;
    for (const ShapeElement &i : *indices) {
      if (!i.isConstant())
        return std::nullopt;
      int64_t k = i.constant < 0 ? i.constant + (int64_t)data->size() : i.constant;
      if (k < 0 || k >= (int64_t)data->size())
        return std::nullopt;
      out.push_back((*data)[k]);
    }
    return out;
  }
  if (auto slice = dyn_cast<SliceOp>(def)) {
    auto data = evaluate(slice.getInput(), depth);
    if (!data || slice.getStarts().size() != 1)
      return std::nullopt;
    auto resultType = cast<RankedTensorType>(slice.getType());
    if (resultType.isDynamicDim(0))
      return std::nullopt;
    int64_t n = data->size(), step = slice.getSteps()[0];
    int64_t start = slice.getStarts()[0];
    if (start < 0)
      start += n;
    start = std::clamp<int64_t>(start, 0, step > 0 ? n : n - 1);
    Elements out;
    for (int64_t i = 0, k = start; i < resultType.getDimSize(0); ++i, k += step)
      out.push_back((*data)[k]);
    return out;
  }
  if (isa<UnsqueezeOp, SqueezeOp, IdentityOp, ReshapeOp, FlattenOp>(def))
    return evaluate(def->getOperand(0), depth);
  if (auto cast = dyn_cast<CastOp>(def))
    return evaluate(cast.getInput(), depth);
  if (auto mul = dyn_cast<MulOp>(def))
    return combine(mul.getLhs(), mul.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> {
                     // A hostile model's constants may overflow: unknown, not UB.
                     int64_t r;
                     return llvm::MulOverflow(a, b, r) ? std::nullopt : std::optional(r);
                   });
  if (auto add = dyn_cast<AddOp>(def))
    return combine(add.getLhs(), add.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> {
                     int64_t r;
                     return llvm::AddOverflow(a, b, r) ? std::nullopt : std::optional(r);
                   });
  if (auto sub = dyn_cast<SubOp>(def))
    return combine(sub.getLhs(), sub.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> {
                     int64_t r;
                     return llvm::SubOverflow(a, b, r) ? std::nullopt : std::optional(r);
                   });
  if (auto max = dyn_cast<MaxOp>(def))
    return combine(max.getLhs(), max.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> { return std::max(a, b); });
  if (auto min = dyn_cast<MinOp>(def))
    return combine(min.getLhs(), min.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> { return std::min(a, b); });
  if (auto eq = dyn_cast<EqualOp>(def))
    return combine(eq.getLhs(), eq.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> { return a == b; });
  if (auto less = dyn_cast<LessOp>(def))
    return combine(less.getLhs(), less.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> { return a < b; });
  if (auto greater = dyn_cast<GreaterOp>(def))
    return combine(greater.getLhs(), greater.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> { return a > b; });
  if (auto neg = dyn_cast<NegOp>(def)) {
    auto in = evaluate(neg.getInput(), depth);
    if (!in)
      return std::nullopt;
    Elements out;
    for (const ShapeElement &x : *in)
      out.push_back(x.isConstant() ? ShapeElement::known(-x.constant) : ShapeElement::unknown());
    return out;
  }
  if (auto where = dyn_cast<WhereOp>(def)) {
    // A constant condition picks elements, dims of values included.
    auto c = evaluate(where.getCondition(), depth), a = evaluate(where.getLhs(), depth),
         b = evaluate(where.getRhs(), depth);
    if (!c || !a || !b)
      return std::nullopt;
    size_t n = std::max({c->size(), a->size(), b->size()});
    for (size_t size : {c->size(), a->size(), b->size()})
      if (size != n && size != 1)
        return std::nullopt;
    auto at = [&](const Elements &e, size_t i) { return e[e.size() == 1 ? 0 : i]; };
    Elements out;
    for (size_t i = 0; i < n; ++i) {
      ShapeElement cond = at(*c, i);
      if (!cond.isConstant())
        out.push_back(ShapeElement::unknown());
      else
        out.push_back(cond.constant ? at(*a, i) : at(*b, i));
    }
    return out;
  }
  if (isa<ReduceProdOp, ReduceSumOp, ReduceMaxOp, ReduceMinOp>(def)) {
    // Of a 1-D shape tensor, to one element (Size of a shape, a rank).
    auto in = evaluate(def->getOperand(0), depth);
    if (!in || (type.getRank() == 1 && type.getDimSize(0) != 1))
      return std::nullopt;
    std::optional<int64_t> acc;
    for (const ShapeElement &x : *in) {
      if (!x.isConstant())
        return Elements{ShapeElement::unknown()};
      int64_t y = x.constant;
      if (!acc)
        acc = y;
      else if (isa<ReduceProdOp>(def)) {
        if (llvm::MulOverflow(*acc, y, *acc)) // overflow: unknown, not UB
          return Elements{ShapeElement::unknown()};
      } else if (isa<ReduceSumOp>(def)) {
        if (llvm::AddOverflow(*acc, y, *acc))
          return Elements{ShapeElement::unknown()};
      } else if (isa<ReduceMaxOp>(def))
        acc = std::max(*acc, y);
      else
        acc = std::min(*acc, y);
    }
    if (!acc) // empty: the identity of the reduction
      acc = isa<ReduceProdOp>(def) ? 1 : 0;
    if (in->empty() && isa<ReduceMaxOp, ReduceMinOp>(def))
      return Elements{ShapeElement::unknown()};
    return Elements{ShapeElement::known(*acc)};
  }
  if (auto fill = dyn_cast<ConstantOfShapeOp>(def)) {
    // A 1-D fill of an integer: its length is the type's, checked above.
    auto value = dyn_cast<IntegerAttr>(fill.getValue());
    if (!value || type.getRank() != 1)
      return std::nullopt;
    return Elements(type.getDimSize(0), ShapeElement::known(value.getValue().getSExtValue()));
  }
  if (auto div = dyn_cast<DivOp>(def))
    return combine(div.getLhs(), div.getRhs(), depth,
                   [](int64_t a, int64_t b) -> std::optional<int64_t> {
                     // x / 0 and INT64_MIN / -1 trap on x86.
                     if (b == 0 || (a == std::numeric_limits<int64_t>::min() && b == -1))
                       return std::nullopt;
                     return a / b; // ONNX Div on integers truncates
                   });
  // Anything else: the length is still known from a static type.
  if (type.getRank() == 0)
    return Elements{ShapeElement::unknown()};
  return Elements(type.getDimSize(0), ShapeElement::unknown());
}
} // namespace

std::optional<SmallVector<ShapeElement>> mcc::evaluateShapeTensor(Value v) {
  return evaluate(v, 0);
}

std::optional<SmallVector<int64_t>> mcc::getConstantShapeTensor(Value v) {
  auto e = evaluate(v, 0);
  if (!e)
    return std::nullopt;
  SmallVector<int64_t> out;
  for (const ShapeElement &x : *e) {
    if (!x.isConstant())
      return std::nullopt;
    out.push_back(x.constant);
  }
  return out;
}
