//===- AttentionOps.cpp - shape of mcc.attention --------------------------===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mcc;

namespace {
bool agree(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}
} // namespace

LogicalResult AttentionOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  auto q = rankedType(loc, adaptor.getQuery(), "query");
  auto k = rankedType(loc, adaptor.getKey(), "key");
  auto v = rankedType(loc, adaptor.getValue(), "value");
  if (failed(q) || failed(k) || failed(v))
    return failure();
  int64_t rank = q->getRank();
  if (rank < 2 || k->getRank() != rank || v->getRank() != rank)
    return emitOptionalError(loc, "query, key and value must be [..., S, D] of one rank >= 2");
  Type element = q->getElementType();
  if (k->getElementType() != element || v->getElementType() != element)
    return emitOptionalError(loc, "query, key and value element types differ");
  int64_t sq = q->getDimSize(rank - 2), skv = k->getDimSize(rank - 2);
  if (!agree(q->getDimSize(rank - 1), k->getDimSize(rank - 1)))
    return emitOptionalError(loc, "query and key head sizes differ: ", *q, " and ", *k);
  if (!agree(skv, v->getDimSize(rank - 2)))
    return emitOptionalError(loc, "key and value sequence lengths differ: ", *k, " and ", *v);
  if (ShapedType::isDynamic(skv))
    skv = v->getDimSize(rank - 2);

  // The batch dims broadcast among query, key, value and the masks.
  SmallVector<int64_t> batch(q->getShape().drop_back(2));
  for (RankedTensorType t : {*k, *v}) {
    SmallVector<int64_t> next;
    if (!broadcastShapes(batch, t.getShape().drop_back(2), next))
      return emitOptionalError(loc, "batch dims do not broadcast: ", *q, " and ", t);
    batch = std::move(next);
  }
  SmallVector<int64_t> scores(batch);
  scores.append({sq, skv});
  for (auto [operand, what] : {std::pair{adaptor.getMask(), "mask"}, {adaptor.getKeep(), "keep"}}) {
    if (!operand)
      continue;
    auto m = rankedType(loc, operand, what);
    if (failed(m))
      return failure();
    if (std::string(what) == "mask" && m->getElementType() != element)
      return emitOptionalError(loc, "mask element type differs from the query's: ", *m);
    SmallVector<int64_t> next;
    if (m->getRank() > rank || !broadcastShapes(scores, m->getShape(), next) ||
        !agree(next[rank - 2], sq) || !agree(next[rank - 1], skv) ||
        (!ShapedType::isDynamic(sq) && next[rank - 2] != sq) ||
        (!ShapedType::isDynamic(skv) && next[rank - 1] != skv))
      return emitOptionalError(loc, what, " ", *m, " does not broadcast to the scores ",
                               RankedTensorType::get(scores, element));
    scores = std::move(next);
  }
  SmallVector<int64_t> shape(scores.begin(), scores.end() - 2);
  shape.append({sq, v->getDimSize(rank - 1)});
  inferred.push_back(RankedTensorType::get(shape, element));
  return success();
}
