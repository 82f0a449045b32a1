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
/// The activations the ONNX recurrent ops list, with the alpha and beta each
/// takes. Defaults are "the same as of the corresponding ONNX operators"
/// (the spec): LeakyRelu 0.01, HardSigmoid 0.2 and 0.5, Elu 1,
/// ThresholdedRelu 1; for Affine and ScaledTanh, whose operators are gone
/// from ONNX, the identity-like 1, 0 and 1, 1 (ONNX Runtime uses 0 for all of
/// ThresholdedRelu, Affine and ScaledTanh; models that use them give alpha).
bool activationDefaults(StringRef name, std::optional<double> &alpha, std::optional<double> &beta) {
  struct Entry {
    const char *name;
    std::optional<double> alpha, beta;
  };
  static const Entry table[] = {{"sigmoid", {}, {}},       {"tanh", {}, {}},
                                {"relu", {}, {}},          {"softsign", {}, {}},
                                {"softplus", {}, {}},      {"leakyrelu", 0.01, {}},
                                {"elu", 1.0, {}},          {"thresholdedrelu", 1.0, {}},
                                {"hardsigmoid", 0.2, 0.5}, {"affine", 1.0, 0.0},
                                {"scaledtanh", 1.0, 1.0}};
  for (const Entry &e : table) {
    if (name.equals_insensitive(e.name)) {
      alpha = e.alpha;
      beta = e.beta;
      return true;
    }
  }
  return false;
}

template <typename Op> std::pair<double, double> activationParameters(Op op, unsigned index) {
  std::optional<double> alpha, beta;
  activationDefaults(cast<StringAttr>(op.getActivations()[index]).getValue(), alpha, beta);
  std::pair<double, double> result{alpha.value_or(0.0), beta.value_or(0.0)};
  if (auto given = op.getActivationAlpha())
    result.first = (*given)[index];
  if (auto given = op.getActivationBeta())
    result.second = (*given)[index];
  return result;
}

// Activations each cell applies, per direction.
int64_t activationsPerDirection(int64_t gates) { return gates == 4 ? 3 : gates == 3 ? 2 : 1; }

template <typename Adaptor>
LogicalResult inferRecurrent(OptLoc loc, Adaptor adaptor, Value initialC, Value peepholes,
                             int64_t gates, unsigned numStates, SmallVectorImpl<Type> &inferred) {
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
  for (Attribute a : adaptor.getActivations()) {
    std::optional<double> alpha, beta;
    if (!activationDefaults(cast<StringAttr>(a).getValue(), alpha, beta))
      return emitOptionalError(loc, "unknown activation ", a);
  }
  for (auto [params, what] : {std::pair(adaptor.getActivationAlpha(), "activation_alpha"),
                              std::pair(adaptor.getActivationBeta(), "activation_beta")})
    if (params && params->size() != adaptor.getActivations().size())
      return emitOptionalError(loc, what, " must have one value per activation (",
                               adaptor.getActivations().size(), "), got ", params->size());
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
  if (peepholes &&
      failed(expect(cast<RankedTensorType>(peepholes.getType()), {dirs, 3 * h}, "peepholes")))
    return failure();
  if (Value lens = adaptor.getSequenceLens();
      lens && failed(expect(cast<RankedTensorType>(lens.getType()), {batch}, "sequence_lens")))
    return failure();
  for (Value state : {adaptor.getInitialH(), initialC})
    if (state &&
        failed(expect(cast<RankedTensorType>(state.getType()), {dirs, batch, h}, "initial state")))
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
  return inferRecurrent(loc, adaptor, adaptor.getInitialC(), adaptor.getP(), 4, 2, inferred);
}

LogicalResult GruOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferred) {
  return inferRecurrent(loc, adaptor, nullptr, nullptr, 3, 1, inferred);
}

LogicalResult RnnOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferred) {
  return inferRecurrent(loc, adaptor, nullptr, nullptr, 1, 1, inferred);
}

// The same table and lookup for the three cells.
bool LstmOp::getActivationDefaults(StringRef name, std::optional<double> &alpha,
                                   std::optional<double> &beta) {
  return activationDefaults(name, alpha, beta);
}
bool GruOp::getActivationDefaults(StringRef name, std::optional<double> &alpha,
                                  std::optional<double> &beta) {
  return activationDefaults(name, alpha, beta);
}
bool RnnOp::getActivationDefaults(StringRef name, std::optional<double> &alpha,
                                  std::optional<double> &beta) {
  return activationDefaults(name, alpha, beta);
}
std::pair<double, double> LstmOp::getActivationParameters(unsigned index) {
  return activationParameters(*this, index);
}
std::pair<double, double> GruOp::getActivationParameters(unsigned index) {
  return activationParameters(*this, index);
}
std::pair<double, double> RnnOp::getActivationParameters(unsigned index) {
  return activationParameters(*this, index);
}
