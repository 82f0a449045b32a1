//===- Recurrent.cpp - LSTM, GRU, RNN -------------------------------------===//
//
// The dialect's recurrent ops take ONNX's sequence-first layout. Batch-first
// models (layout = 1, opset 14) are transposed on the way in and out.
// sequence_lens goes to the op unless it is a constant equal to the sequence
// length everywhere, which is the same as none.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;
using llvm::StringRef;

namespace {

enum class Cell { Lstm, Gru, Rnn };

// Input positions shared by the three cells (LSTM adds initial_c and P).
enum Input { X = 0, W, R, B, SequenceLens, InitialH, InitialC, Peepholes };

struct CellInfo {
  unsigned maxInputs;
  SmallVector<StringRef, 3> defaultActivations; // per direction
};

CellInfo cellInfo(Cell cell) {
  switch (cell) {
  case Cell::Lstm:
    return {8, {"sigmoid", "tanh", "tanh"}};
  case Cell::Gru:
    return {6, {"sigmoid", "tanh"}};
  case Cell::Rnn:
    return {6, {"tanh"}};
  }
  llvm_unreachable("unknown cell");
}

// The values of a constant sequence_lens; std::nullopt when it is computed.
std::optional<SmallVector<int64_t>> constantLengths(Value lens) {
  ElementsAttr attr;
  if (!matchPattern(lens, m_Constant(&attr)))
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const APInt &v : attr.getValues<APInt>())
    values.push_back(v.getSExtValue());
  return values;
}

FailureOr<Value> transpose(NodeContext &n, Value v, ArrayRef<int64_t> perm) {
  return n.create<mcc::TransposeOp>(v, perm);
}

struct Activations {
  ArrayAttr names;               // lower-cased, one set per direction
  DenseF64ArrayAttr alpha, beta; // one value per name; null when none was given
};

// The activations, one set per direction, each with its alpha and beta.
// activation_alpha/beta are consumed in activation order, one value by each
// activation that takes that parameter; those left without a value take the
// op's defaults (LstmOp::getActivationDefaults), and values left over are
// ignored. That is how ONNX Runtime reads them.
FailureOr<Activations> readActivations(NodeContext &n, const CellInfo &info, int64_t dirs) {
  SmallVector<std::string> names;
  if (auto given = n.getOptionalStrings("activations")) {
    for (const std::string &name : *given)
      names.push_back(llvm::StringRef(name).lower());
    // One set for a bidirectional cell: the same for both directions.
    if (dirs == 2 && names.size() == info.defaultActivations.size())
      names.append(SmallVector<std::string>(names));
  } else {
    if (n.hadError())
      return failure();
    for (int64_t d = 0; d < dirs; ++d)
      for (StringRef name : info.defaultActivations)
        names.push_back(name.str());
  }
  size_t expected = dirs * info.defaultActivations.size();
  if (names.size() != expected) {
    n.emitError() << "expected " << expected << " activations, got " << names.size();
    return failure();
  }
  SmallVector<double> givenAlpha =
      n.getOptionalFloats("activation_alpha").value_or(SmallVector<double>());
  SmallVector<double> givenBeta =
      n.getOptionalFloats("activation_beta").value_or(SmallVector<double>());
  if (n.hadError())
    return failure();
  auto nextAlpha = givenAlpha.begin(), nextBeta = givenBeta.begin();
  SmallVector<Attribute> attrs;
  SmallVector<double> alpha, beta;
  for (const std::string &name : names) {
    std::optional<double> a, b;
    if (!mcc::LstmOp::getActivationDefaults(name, a, b)) {
      n.emitError() << "activation '" << name
                    << "' is not supported (supported: sigmoid, tanh, relu, affine, leakyrelu, "
                       "thresholdedrelu, scaledtanh, hardsigmoid, elu, softsign, softplus)";
      return failure();
    }
    if (a && nextAlpha != givenAlpha.end())
      a = *nextAlpha++;
    if (b && nextBeta != givenBeta.end())
      b = *nextBeta++;
    attrs.push_back(n.builder().getStringAttr(name));
    alpha.push_back(a.value_or(0.0));
    beta.push_back(b.value_or(0.0));
  }
  Activations result{n.builder().getArrayAttr(attrs), nullptr, nullptr};
  if (!givenAlpha.empty())
    result.alpha = n.builder().getDenseF64ArrayAttr(alpha);
  if (!givenBeta.empty())
    result.beta = n.builder().getDenseF64ArrayAttr(beta);
  return result;
}

template <Cell cell> LogicalResult importRecurrent(NodeContext &n) {
  CellInfo info = cellInfo(cell);
  if (failed(n.checkInputs(3, info.maxInputs)))
    return failure();

  std::string direction = n.getString("direction", "forward");
  if (direction != "forward" && direction != "reverse" && direction != "bidirectional") {
    n.emitError() << "unknown direction '" << direction << "'";
    return failure();
  }
  int64_t dirs = direction == "bidirectional" ? 2 : 1;
  int64_t layout = n.getInt("layout", 0);
  if (layout != 0 && layout != 1) {
    n.emitError() << "layout must be 0 or 1, got " << layout;
    return failure();
  }
  std::optional<int64_t> hiddenSize = n.getOptionalInt("hidden_size");
  if (!hiddenSize) {
    // Not required by the schema: R is [dirs, gates * H, H].
    RankedTensorType r = n.inputType(R);
    if (r.getRank() != 3 || r.isDynamicDim(2)) {
      n.emitError() << "hidden_size is missing and R " << r << " does not give it";
      return failure();
    }
    hiddenSize = r.getDimSize(2);
  }
  auto activations = readActivations(n, info, dirs);
  if (failed(activations))
    return failure();
  FloatAttr clip;
  if (auto v = n.getOptionalFloat("clip"))
    clip = n.builder().getF64FloatAttr(*v);
  bool linearBeforeReset = false, inputForget = false;
  if constexpr (cell == Cell::Lstm)
    inputForget = n.getInt("input_forget", 0) != 0;
  if constexpr (cell == Cell::Gru)
    linearBeforeReset = n.getInt("linear_before_reset", 0) != 0;
  if (n.hadError())
    return failure();

  // To the sequence-first layout: X [batch, seq, in] -> [seq, batch, in],
  // states [batch, dirs, H] -> [dirs, batch, H].
  Value x = n.input(X), initialH = n.input(InitialH), initialC = n.input(InitialC);
  if (layout == 1) {
    for (Value *v : {&x, &initialH, &initialC}) {
      if (!*v)
        continue;
      auto t = transpose(n, *v, {1, 0, 2});
      if (failed(t))
        return failure();
      *v = *t;
    }
  }

  Value sequenceLens = n.input(SequenceLens);
  if (sequenceLens && isa<IntegerType>(n.inputType(SequenceLens).getElementType())) {
    auto xType = cast<RankedTensorType>(x.getType());
    int64_t seq = xType.getRank() == 3 ? xType.getDimSize(0) : ShapedType::kDynamic;
    std::optional<SmallVector<int64_t>> lengths = constantLengths(sequenceLens);
    if (lengths && llvm::any_of(*lengths, [&](int64_t l) {
          return l < 0 || (!ShapedType::isDynamic(seq) && l > seq);
        })) {
      n.emitError() << "sequence_lens holds a length outside [0, " << seq << "]";
      return failure();
    }
    if (lengths && !ShapedType::isDynamic(seq) &&
        llvm::all_of(*lengths, [&](int64_t l) { return l == seq; }))
      sequenceLens = nullptr;
  }

  SmallVector<Value> results;
  if constexpr (cell == Cell::Lstm) {
    auto op = n.createOp<mcc::LstmOp>(
        x, n.input(W), n.input(R), n.input(B), sequenceLens, initialH, initialC, n.input(Peepholes),
        static_cast<uint64_t>(*hiddenSize), StringRef(direction), activations->names,
        activations->alpha, activations->beta, clip, inputForget);
    if (failed(op))
      return failure();
    results.append(op->getOperation()->result_begin(), op->getOperation()->result_end());
  } else if constexpr (cell == Cell::Gru) {
    auto op = n.createOp<mcc::GruOp>(x, n.input(W), n.input(R), n.input(B), sequenceLens, initialH,
                                     static_cast<uint64_t>(*hiddenSize), StringRef(direction),
                                     activations->names, activations->alpha, activations->beta,
                                     clip, linearBeforeReset);
    if (failed(op))
      return failure();
    results.append(op->getOperation()->result_begin(), op->getOperation()->result_end());
  } else {
    auto op =
        n.createOp<mcc::RnnOp>(x, n.input(W), n.input(R), n.input(B), sequenceLens, initialH,
                               static_cast<uint64_t>(*hiddenSize), StringRef(direction),
                               activations->names, activations->alpha, activations->beta, clip);
    if (failed(op))
      return failure();
    results.append(op->getOperation()->result_begin(), op->getOperation()->result_end());
  }

  // Back to batch-first: Y [seq, dirs, batch, H] -> [batch, seq, dirs, H],
  // states [dirs, batch, H] -> [batch, dirs, H].
  for (auto [i, result] : llvm::enumerate(results)) {
    if (!n.outputUsed(i))
      continue;
    FailureOr<Value> out = result;
    if (layout == 1)
      out = i == 0 ? transpose(n, result, {2, 0, 1, 3}) : transpose(n, result, {1, 0, 2});
    if (failed(n.setOutput(i, out)))
      return failure();
  }
  return success();
}

} // namespace

void mcc::frontend::registerRecurrentOps(OpTable &t) {
  // Opset 7 dropped output_sequence; 14 added layout (read when present).
  t.add("LSTM", 7, importRecurrent<Cell::Lstm>);
  t.add("GRU", 7, importRecurrent<Cell::Gru>);
  t.add("RNN", 7, importRecurrent<Cell::Rnn>);
}
