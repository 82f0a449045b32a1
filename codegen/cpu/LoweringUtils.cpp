//===- LoweringUtils.cpp - helpers shared by the mcc lowerings ------------===//
#include "codegen/cpu/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

using namespace mlir;

SmallVector<OpFoldResult> mcc::getSizes(OpBuilder &b, Location loc, Value tensor) {
  return tensor::getMixedSizes(b, loc, tensor);
}

Value mcc::createEmpty(OpBuilder &b, Location loc, RankedTensorType type,
                       ArrayRef<OpFoldResult> sizes) {
  SmallVector<Value> dynamic;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      dynamic.push_back(toValue(b, loc, sizes[d]));
  return tensor::EmptyOp::create(b, loc, type, dynamic);
}

Value mcc::createFilled(OpBuilder &b, Location loc, RankedTensorType type,
                        ArrayRef<OpFoldResult> sizes, TypedAttr value) {
  Value empty = createEmpty(b, loc, type, sizes);
  Value scalar = arith::ConstantOp::create(b, loc, value);
  return linalg::FillOp::create(b, loc, scalar, empty).getResult(0);
}

namespace {
/// Where a dynamic size comes from: dim `dim` of `value`, or (dim == -1) an
/// index `value` that is the size itself.
using SizeOrigin = std::pair<Value, int64_t>;

/// Follows a size back through the ops the lowerings build sizes with: a
/// linalg result has its init's shape, a tensor.empty the sizes it was given,
/// a tensor.dim the dim it reads. A structural walk of bounded depth: the
/// value-bounds analysis answers more, but its solver made compiling large
/// models take minutes.
SizeOrigin originOf(Value value, int64_t dim) {
  for (int depth = 0; depth < 64; ++depth) {
    if (dim < 0) {
      auto dimOp = value.getDefiningOp<tensor::DimOp>();
      std::optional<int64_t> index = dimOp ? dimOp.getConstantIndex() : std::nullopt;
      if (!index)
        return {value, dim};
      value = dimOp.getSource();
      dim = *index;
      continue;
    }
    Operation *def = value.getDefiningOp();
    if (auto dps = dyn_cast_or_null<DestinationStyleOpInterface>(def)) {
      value = dps.getTiedOpOperand(cast<OpResult>(value))->get();
    } else if (auto cast = dyn_cast_or_null<tensor::CastOp>(def)) {
      value = cast.getSource();
    } else if (auto empty = dyn_cast_or_null<tensor::EmptyOp>(def)) {
      if (!empty.getType().isDynamicDim(dim))
        return {value, dim};
      value = empty.getDynamicSize(dim);
      dim = -1;
    } else {
      return {value, dim};
    }
  }
  return {value, dim};
}

SizeOrigin originOf(OpFoldResult size) {
  if (auto v = dyn_cast<Value>(size))
    return originOf(v, -1);
  return {nullptr, -1};
}

/// True when dim `dim` of `v` is provably `size` by originOf.
bool isProvablySize(Value v, int64_t dim, OpFoldResult size) {
  SizeOrigin a = originOf(v, dim), b = originOf(size);
  return a.first && a == b;
}
} // namespace

SmallVector<OpFoldResult> mcc::getBroadcastSizes(OpBuilder &b, Location loc, ValueRange operands,
                                                 RankedTensorType result) {
  int64_t rank = result.getRank();
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d) {
    if (!result.isDynamicDim(d)) {
      sizes.push_back(b.getIndexAttr(result.getDimSize(d)));
      continue;
    }
    // A static size other than 1 is the result's; else the dynamic sizes,
    // each distinct one combined as numpy does: `acc == 1 ? size : acc`.
    OpFoldResult size;
    SmallVector<std::pair<Value, int64_t>> seen;
    for (Value v : operands) {
      auto t = cast<RankedTensorType>(v.getType());
      int64_t od = d - (rank - t.getRank());
      if (od < 0 || (!t.isDynamicDim(od) && t.getDimSize(od) == 1))
        continue;
      if (!t.isDynamicDim(od)) {
        size = b.getIndexAttr(t.getDimSize(od));
        break;
      }
      if (llvm::any_of(seen, [&](auto s) {
            return originOf(v, od) == originOf(s.first, s.second);
          }))
        continue;
      seen.push_back({v, od});
      Value dim = tensor::DimOp::create(b, loc, v, od);
      if (!size) {
        size = dim;
        continue;
      }
      Value acc = toValue(b, loc, size);
      Value accIsOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, acc,
                                             arith::ConstantIndexOp::create(b, loc, 1));
      size = arith::SelectOp::create(b, loc, accIsOne, dim, acc).getResult();
    }
    sizes.push_back(size ? size : b.getIndexAttr(1));
  }
  return sizes;
}

Value mcc::broadcastDynamicUnitDims(OpBuilder &b, Location loc, Value operand,
                                    RankedTensorType resultType,
                                    ArrayRef<OpFoldResult> resultSizes) {
  auto type = cast<RankedTensorType>(operand.getType());
  int64_t rank = type.getRank(), offset = resultType.getRank() - rank;
  SmallVector<int64_t> risky;
  for (int64_t d = 0; d < rank; ++d) {
    if (!type.isDynamicDim(d) || isConstantIntValue(resultSizes[d + offset], 1))
      continue;
    if (!isProvablySize(operand, d, resultSizes[d + offset]))
      risky.push_back(d);
  }
  if (risky.empty())
    return operand;

  // Broadcast when some such dim is 1 while the result's is not.
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  SmallVector<OpFoldResult> sizes = getSizes(b, loc, operand);
  SmallVector<Value> isUnit(rank);
  Value any = arith::ConstantIntOp::create(b, loc, b.getI1Type(), 0);
  for (int64_t d : risky) {
    Value dim = toValue(b, loc, sizes[d]);
    Value target = toValue(b, loc, resultSizes[d + offset]);
    isUnit[d] = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, dim, one);
    Value grows = arith::AndIOp::create(
        b, loc, isUnit[d], arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, target, one));
    any = arith::OrIOp::create(b, loc, any, grows);
    sizes[d] = target;
  }
  auto ifOp = scf::IfOp::create(
      b, loc, any,
      [&](OpBuilder &tb, Location tl) {
        // The copy reads index 0 of every dim that is 1 at run time.
        Value init = createEmpty(tb, tl, type, sizes);
        Value zero = arith::ConstantIndexOp::create(tb, tl, 0);
        Value copy =
            linalg::GenericOp::create(
                tb, tl, TypeRange{type}, ValueRange{}, ValueRange{init},
                ArrayRef<AffineMap>{tb.getMultiDimIdentityMap(rank)}, parallelIterators(rank),
                [&](OpBuilder &nb, Location nl, ValueRange) {
                  SmallVector<Value> indices;
                  for (int64_t d = 0; d < rank; ++d) {
                    Value i = linalg::IndexOp::create(nb, nl, d);
                    indices.push_back(isUnit[d] ? arith::SelectOp::create(nb, nl, isUnit[d],
                                                                          zero, i)
                                                      .getResult()
                                                : i);
                  }
                  linalg::YieldOp::create(
                      nb, nl, tensor::ExtractOp::create(nb, nl, operand, indices).getResult());
                })
                .getResult(0);
        scf::YieldOp::create(tb, tl, copy);
      },
      [&](OpBuilder &eb, Location el) { scf::YieldOp::create(eb, el, operand); });
  return ifOp.getResult(0);
}

AffineMap mcc::getBroadcastMap(RankedTensorType operand, RankedTensorType result) {
  MLIRContext *ctx = result.getContext();
  int64_t offset = result.getRank() - operand.getRank();
  SmallVector<AffineExpr> exprs;
  for (int64_t d = 0; d < operand.getRank(); ++d) {
    bool broadcast = !operand.isDynamicDim(d) && operand.getDimSize(d) == 1 &&
                     result.getDimSize(d + offset) != 1;
    exprs.push_back(broadcast ? getAffineConstantExpr(0, ctx) : getAffineDimExpr(d + offset, ctx));
  }
  return AffineMap::get(result.getRank(), 0, exprs, ctx);
}

SmallVector<utils::IteratorType> mcc::parallelIterators(unsigned n) {
  return SmallVector<utils::IteratorType>(n, utils::IteratorType::parallel);
}

Value mcc::createScalar(OpBuilder &b, Location loc, Type type, double value) {
  if (auto f = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(f, value));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, (int64_t)value));
}

Value mcc::indexToI64(OpBuilder &b, Location loc, Value index) {
  return arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
}

Value mcc::i64ToIndex(OpBuilder &b, Location loc, Value i64) {
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
}

Value mcc::normalizeIndex(OpBuilder &b, Location loc, Value element, Value size) {
  Value i = arith::IndexCastOp::create(b, loc, b.getIndexType(), element);
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value isNeg = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, i, zero);
  i = arith::SelectOp::create(b, loc, isNeg, arith::AddIOp::create(b, loc, i, size), i);
  Value last = arith::SubIOp::create(b, loc, size, arith::ConstantIndexOp::create(b, loc, 1));
  return arith::MaxSIOp::create(b, loc, arith::MinSIOp::create(b, loc, i, last), zero);
}

Value mcc::toValue(OpBuilder &b, Location loc, OpFoldResult ofr) {
  return getValueOrCreateConstantIndexOp(b, loc, ofr);
}

//===----------------------------------------------------------------------===//
// Index arithmetic and casts
//===----------------------------------------------------------------------===//

namespace {
// Folds `fold` on two constants, else emits `Op` on index values.
template <typename Op, typename Fold>
OpFoldResult indexBinary(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y, Fold fold) {
  std::optional<int64_t> cx = getConstantIntValue(x), cy = getConstantIntValue(y);
  if (cx && cy)
    return b.getIndexAttr(fold(*cx, *cy));
  return b.createOrFold<Op>(loc, mcc::toValue(b, loc, x), mcc::toValue(b, loc, y));
}
} // namespace

OpFoldResult mcc::addIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  if (isZeroInteger(y))
    return x;
  if (isZeroInteger(x))
    return y;
  return indexBinary<arith::AddIOp>(b, loc, x, y, [](int64_t p, int64_t q) { return p + q; });
}

OpFoldResult mcc::subIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  if (isZeroInteger(y))
    return x;
  return indexBinary<arith::SubIOp>(b, loc, x, y, [](int64_t p, int64_t q) { return p - q; });
}

OpFoldResult mcc::mulIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  if (isOneInteger(y))
    return x;
  if (isOneInteger(x))
    return y;
  return indexBinary<arith::MulIOp>(b, loc, x, y, [](int64_t p, int64_t q) { return p * q; });
}

OpFoldResult mcc::floorDivIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  if (isOneInteger(y))
    return x;
  return indexBinary<arith::FloorDivSIOp>(b, loc, x, y, [](int64_t p, int64_t q) {
    return p / q - ((p % q != 0) && ((p < 0) != (q < 0)) ? 1 : 0);
  });
}

OpFoldResult mcc::ceilDivIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  if (isOneInteger(y))
    return x;
  return indexBinary<arith::CeilDivSIOp>(b, loc, x, y, [](int64_t p, int64_t q) {
    return p / q + ((p % q != 0) && ((p < 0) == (q < 0)) ? 1 : 0);
  });
}

OpFoldResult mcc::minIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  return indexBinary<arith::MinSIOp>(b, loc, x, y,
                                     [](int64_t p, int64_t q) { return std::min(p, q); });
}

OpFoldResult mcc::maxIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult y) {
  return indexBinary<arith::MaxSIOp>(b, loc, x, y,
                                     [](int64_t p, int64_t q) { return std::max(p, q); });
}

OpFoldResult mcc::clampIndex(OpBuilder &b, Location loc, OpFoldResult x, OpFoldResult lo,
                             OpFoldResult hi) {
  return minIndex(b, loc, maxIndex(b, loc, x, lo), hi);
}

Value mcc::castToType(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, loc, type, value);
}

//===----------------------------------------------------------------------===//
// Elementwise, reduction and reshape builders.
//===----------------------------------------------------------------------===//

Value mcc::createElementwise(OpBuilder &b, Location loc, RankedTensorType resultType,
                             ValueRange operands, ScalarBodyFn body) {
  SmallVector<OpFoldResult> sizes = getBroadcastSizes(b, loc, operands, resultType);
  Value init = createEmpty(b, loc, resultType, sizes);
  SmallVector<AffineMap> maps;
  SmallVector<Value> inputs;
  for (Value v : operands) {
    maps.push_back(getBroadcastMap(cast<RankedTensorType>(v.getType()), resultType));
    inputs.push_back(broadcastDynamicUnitDims(b, loc, v, resultType, sizes));
  }
  maps.push_back(b.getMultiDimIdentityMap(resultType.getRank()));
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, inputs, ValueRange{init}, maps,
      parallelIterators(resultType.getRank()),
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value result = body(nb, nloc, args.drop_back());
        linalg::YieldOp::create(nb, nloc, result);
      });
  return generic.getResult(0);
}

AffineMap mcc::getDropDimsMap(int64_t rank, ArrayRef<int64_t> droppedDims, MLIRContext *ctx) {
  SmallVector<AffineExpr> exprs;
  for (int64_t d = 0; d < rank; ++d)
    if (!llvm::is_contained(droppedDims, d))
      exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(rank, 0, exprs, ctx);
}

SmallVector<OpFoldResult> mcc::dropDims(ArrayRef<OpFoldResult> values, ArrayRef<int64_t> dims) {
  SmallVector<OpFoldResult> kept;
  for (auto [d, v] : llvm::enumerate(values))
    if (!llvm::is_contained(dims, (int64_t)d))
      kept.push_back(v);
  return kept;
}

SmallVector<int64_t> mcc::dropDims(ArrayRef<int64_t> shape, ArrayRef<int64_t> dims) {
  SmallVector<int64_t> kept;
  for (auto [d, v] : llvm::enumerate(shape))
    if (!llvm::is_contained(dims, (int64_t)d))
      kept.push_back(v);
  return kept;
}

SmallVector<Value> mcc::createReduction(
    OpBuilder &b, Location loc, int64_t rank, ArrayRef<int64_t> reducedDims, ValueRange inputs,
    ArrayRef<AffineMap> inputMaps, ValueRange inits,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)> body) {
  SmallVector<AffineMap> maps(inputMaps);
  AffineMap accMap = getDropDimsMap(rank, reducedDims, b.getContext());
  maps.append(inits.size(), accMap);
  SmallVector<utils::IteratorType> iterators = parallelIterators(rank);
  for (int64_t d : reducedDims)
    iterators[d] = utils::IteratorType::reduction;
  auto generic = linalg::GenericOp::create(
      b, loc, inits.getTypes(), inputs, inits, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, body(nb, nloc, args));
      });
  return llvm::to_vector_of<Value>(generic.getResults());
}

Value mcc::expandUnitDims(OpBuilder &b, Location loc, Value source, RankedTensorType resultType,
                          ArrayRef<int64_t> unitDims, ArrayRef<OpFoldResult> resultSizes) {
  // Each kept dim forms a group with the unit dims that follow it; leading
  // unit dims join the first group. With no kept dim the source is 0-D and
  // the reassociation is empty.
  SmallVector<ReassociationIndices> groups;
  SmallVector<int64_t> leading;
  for (int64_t d = 0; d < resultType.getRank(); ++d) {
    bool unit = llvm::is_contained(unitDims, d);
    if (!unit) {
      groups.push_back(ReassociationIndices(leading.begin(), leading.end()));
      leading.clear();
      groups.back().push_back(d);
    } else if (groups.empty()) {
      leading.push_back(d);
    } else {
      groups.back().push_back(d);
    }
  }
  SmallVector<OpFoldResult> outputShape(resultSizes);
  for (int64_t d : unitDims)
    outputShape[d] = b.getIndexAttr(1);
  return tensor::ExpandShapeOp::create(b, loc, resultType, source, groups, outputShape);
}

Value mcc::createElementCount(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                              ArrayRef<int64_t> dims, Type type) {
  int64_t staticCount = 1;
  Value dynamicCount;
  for (int64_t d : dims) {
    if (std::optional<int64_t> c = getConstantIntValue(sizes[d])) {
      staticCount *= *c;
      continue;
    }
    Value v = toValue(b, loc, sizes[d]);
    dynamicCount = dynamicCount ? arith::MulIOp::create(b, loc, dynamicCount, v) : v;
  }
  if (!dynamicCount)
    return createScalar(b, loc, type, (double)staticCount);
  if (staticCount != 1)
    dynamicCount = arith::MulIOp::create(b, loc, dynamicCount,
                                         arith::ConstantIndexOp::create(b, loc, staticCount));
  Value count = indexToI64(b, loc, dynamicCount);
  return castScalar(b, loc, count, type);
}

Value mcc::castScalar(OpBuilder &b, Location loc, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  bool fromFloat = isa<FloatType>(from), toFloat = isa<FloatType>(to);
  if (to.isInteger(1)) {
    Value zero = createScalar(b, loc, from, 0.0);
    if (fromFloat) // NaN converts to true, as in C.
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, x, zero);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, x, zero);
  }
  if (from.isInteger(1))
    return toFloat ? (Value)arith::UIToFPOp::create(b, loc, to, x)
                   : (Value)arith::ExtUIOp::create(b, loc, to, x);
  unsigned fromBits = from.getIntOrFloatBitWidth(), toBits = to.getIntOrFloatBitWidth();
  if (fromFloat && toFloat) {
    if (fromBits == toBits) // f16 <-> bf16 goes through f32.
      x = arith::ExtFOp::create(b, loc, b.getF32Type(), x), fromBits = 32;
    if (fromBits < toBits)
      return arith::ExtFOp::create(b, loc, to, x);
    return arith::TruncFOp::create(b, loc, to, x);
  }
  if (fromFloat)
    return arith::FPToSIOp::create(b, loc, to, x);
  if (toFloat)
    return arith::SIToFPOp::create(b, loc, to, x);
  if (fromBits < toBits)
    return arith::ExtSIOp::create(b, loc, to, x);
  return arith::TruncIOp::create(b, loc, to, x);
}

Type mcc::getAccumulatorType(Type element) {
  if (isa<FloatType>(element) && element.getIntOrFloatBitWidth() < 32)
    return Float32Type::get(element.getContext());
  return element;
}
