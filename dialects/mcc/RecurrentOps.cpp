//===- RecurrentOps.cpp - shapes of LSTM, GRU and RNN ---------------------===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mcc;

int64_t LstmOp::getNumGates() { return 4; }
int64_t GruOp::getNumGates() { return 3; }
int64_t RnnOp::getNumGates() { return 1; }

namespace {
// Activations each cell applies, per direction.
int64_t activationsPerDirection(int64_t gates) { return gates == 4 ? 3 : gates == 3 ? 2 : 1; }

template <typename Adaptor>
LogicalResult inferRecurrent(OptLoc loc, Adaptor adaptor, Value initialC, int64_t gates,
                             unsigned numStates, SmallVectorImpl<Type> &inferred) {
  auto x = rankedType(loc, adaptor.getInput(), "input");
  auto w = rankedType(loc, adaptor.getW(), "w");
  auto r = rankedType(loc, adaptor.getR(), "r");
  if (failed(x) || failed(w) || failed(r))
    return failure();
  StringRef direction = adaptor.getDirection();
  if (direction != "forward" && direction != "reverse" && direction != "bidirectional")
    return emitOptionalError(loc, "unknown direction '", direction, "'");
  int64_t dirs = direction == "bidirectional" ? 2 : 1;
  int64_t h = adaptor.getHiddenSize();
  if (h <= 0)
    return emitOptionalError(loc, "hidden_size must be positive, got ", h);
  if ((int64_t)adaptor.getActivations().size() != dirs * activationsPerDirection(gates))
    return emitOptionalError(loc, "expected ", dirs * activationsPerDirection(gates),
                             " activations, got ", adaptor.getActivations().size());
  if (x->getRank() != 3)
    return emitOptionalError(loc, "input must be [seq, batch, input_size], got ", *x);
  auto expect = [&](RankedTensorType t, ArrayRef<int64_t> dims, StringRef what) {
    bool ok = t.getRank() == (int64_t)dims.size();
    for (size_t i = 0; ok && i < dims.size(); ++i)
      ok = t.isDynamicDim(i) || ShapedType::isDynamic(dims[i]) || t.getDimSize(i) == dims[i];
    if (ok)
      return success();
    std::string expected;
    llvm::raw_string_ostream os(expected);
    llvm::interleaveComma(dims, os, [&](int64_t d) {
      if (ShapedType::isDynamic(d))
        os << "?";
      else
        os << d;
    });
    return emitOptionalError(loc, what, " must be [", expected, "], got ", t);
  };
  int64_t batch = x->getDimSize(1);
  if (failed(expect(*w, {dirs, gates * h, x->getDimSize(2)}, "w")) ||
      failed(expect(*r, {dirs, gates * h, h}, "r")))
    return failure();
  if (Value b = adaptor.getB()) {
    if (failed(expect(cast<RankedTensorType>(b.getType()), {dirs, 2 * gates * h}, "b")))
      return failure();
  }
  for (Value state : {adaptor.getInitialH(), initialC})
    if (state && failed(expect(cast<RankedTensorType>(state.getType()), {dirs, batch, h},
                               "initial state")))
      return failure();
  Type element = x->getElementType();
  inferred.push_back(RankedTensorType::get({x->getDimSize(0), dirs, batch, h}, element));
  for (unsigned i = 0; i < numStates; ++i)
    inferred.push_back(RankedTensorType::get({dirs, batch, h}, element));
  return success();
}
} // namespace

LogicalResult LstmOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  return inferRecurrent(loc, adaptor, adaptor.getInitialC(), 4, 2, inferred);
}

LogicalResult GruOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  return inferRecurrent(loc, adaptor, nullptr, 3, 1, inferred);
}

LogicalResult RnnOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                      SmallVectorImpl<Type> &inferred) {
  return inferRecurrent(loc, adaptor, nullptr, 1, 1, inferred);
}
