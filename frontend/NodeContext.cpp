//===- NodeContext.cpp - what an op importer sees of one ONNX node --------===//
#include "frontend/NodeContext.h"

#include "frontend/Limits.h"

#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeEvaluation.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Verifier.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;
using llvm::StringRef;

namespace {
using AttrType = onnx::AttributeProto::AttributeType;

// The values of a constant integer or float tensor as int64 / double.
// Handles dense and dense_resource attributes (large initializers).
template <typename T> std::optional<SmallVector<T>> readElements(ElementsAttr attr) {
  Type element = attr.getElementType();
  SmallVector<T> out;
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    if (auto ints = dyn_cast<DenseIntElementsAttr>(dense)) {
      bool isBool = element.isInteger(1);
      for (const APInt &v : ints.getValues<APInt>())
        // (Each arm cast on its own: `?:` of uint64_t and int64_t is uint64_t,
        // which made -1 read as a double 1.8e19.)
        out.push_back(isBool ? static_cast<T>(v.getZExtValue()) : static_cast<T>(v.getSExtValue()));
      return out;
    }
    if (auto floats = dyn_cast<DenseFPElementsAttr>(dense)) {
      for (const APFloat &v : floats.getValues<APFloat>()) {
        APFloat d = v;
        bool lost = false;
        d.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
        out.push_back(static_cast<T>(d.convertToDouble()));
      }
      return out;
    }
    return std::nullopt;
  }
  auto resource = dyn_cast<DenseResourceElementsAttr>(attr);
  if (!resource || !resource.getRawHandle().getBlob())
    return std::nullopt;
  ArrayRef<char> data = resource.getRawHandle().getBlob()->getData();
  int64_t count = resource.getNumElements();
  auto read = [&](auto tag) -> bool {
    using E = decltype(tag);
    if (static_cast<int64_t>(data.size()) != count * static_cast<int64_t>(sizeof(E)))
      return false;
    for (int64_t i = 0; i < count; ++i) {
      E e;
      std::memcpy(&e, data.data() + i * sizeof(E), sizeof(E));
      out.push_back(static_cast<T>(e));
    }
    return true;
  };
  bool ok = element.isInteger(64)   ? read(int64_t())
            : element.isInteger(32) ? read(int32_t())
            : element.isInteger(8)  ? read(int8_t())
            : element.isF32()       ? read(float())
            : element.isF64()       ? read(double())
                                    : false;
  if (!ok)
    return std::nullopt;
  return out;
}

const char *attrTypeName(int type) {
  switch (type) {
  case onnx::AttributeProto::FLOAT:
    return "a float";
  case onnx::AttributeProto::INT:
    return "an int";
  case onnx::AttributeProto::STRING:
    return "a string";
  case onnx::AttributeProto::TENSOR:
    return "a tensor";
  case onnx::AttributeProto::GRAPH:
    return "a graph";
  case onnx::AttributeProto::FLOATS:
    return "floats";
  case onnx::AttributeProto::INTS:
    return "ints";
  case onnx::AttributeProto::STRINGS:
    return "strings";
  default:
    return "an unsupported kind";
  }
}

// The kind of an attribute; old models leave `type` unset, so fall back to
// which field is filled in.
int attrKind(const onnx::AttributeProto &a) {
  if (a.type() != onnx::AttributeProto::UNDEFINED)
    return a.type();
  if (a.has_f())
    return onnx::AttributeProto::FLOAT;
  if (a.has_i())
    return onnx::AttributeProto::INT;
  if (a.has_s())
    return onnx::AttributeProto::STRING;
  if (a.has_t())
    return onnx::AttributeProto::TENSOR;
  if (a.has_g())
    return onnx::AttributeProto::GRAPH;
  if (a.floats_size())
    return onnx::AttributeProto::FLOATS;
  if (a.ints_size())
    return onnx::AttributeProto::INTS;
  if (a.strings_size())
    return onnx::AttributeProto::STRINGS;
  return onnx::AttributeProto::UNDEFINED;
}
} // namespace

NodeContext::NodeContext(GraphState &graph, const onnx::NodeProto &node, int64_t opset,
                         Location loc)
    : graph_(graph), node_(node), opset_(opset), loc_(loc) {}

std::string mcc::frontend::describeNode(const onnx::NodeProto &node, StringRef name,
                                        int64_t opset) {
  std::string out = "node '" + name.str() + "' (" + node.op_type();
  if (!node.domain().empty() && node.domain() != "ai.onnx")
    out += ", domain '" + node.domain() + "'";
  if (opset >= 0)
    out += ", opset " + std::to_string(opset);
  return out + ")";
}

std::string NodeContext::describe() const {
  StringRef name;
  if (auto nameLoc = dyn_cast<NameLoc>(loc_))
    name = nameLoc.getName().strref();
  return describeNode(node_, name, opset_);
}

InFlightDiagnostic NodeContext::emitError() {
  hadError_ = true;
  InFlightDiagnostic diag = mlir::emitError(loc_);
  diag << describe() << ": ";
  return diag;
}

//===----------------------------------------------------------------------===//
// Inputs
//===----------------------------------------------------------------------===//

bool NodeContext::hasInput(unsigned i) const {
  return i < numInputs() && !node_.input(i).empty();
}

Value NodeContext::input(unsigned i) {
  if (!hasInput(i))
    return nullptr;
  const std::string &name = node_.input(i);
  auto it = graph_.values.find(name);
  if (it != graph_.values.end())
    return it->second;
  // An initializer used for the first time: materialize it here.
  auto pending = graph_.pendingConstants.find(name);
  if (pending == graph_.pendingConstants.end())
    return nullptr;
  Location initLoc = NameLoc::get(StringAttr::get(context(), name),
                                  FileLineColLoc::get(context(), graph_.path, 0, 0));
  Value v = arith::ConstantOp::create(builder(), initLoc, cast<TypedAttr>(pending->second));
  graph_.pendingConstants.erase(pending);
  graph_.values[name] = v;
  return v;
}

LogicalResult NodeContext::checkInputs(unsigned min, unsigned max) {
  bool ok = true;
  if (numInputs() > max) {
    emitError() << "expects at most " << max << " inputs, got " << numInputs();
    ok = false;
  }
  for (unsigned i = 0; i < min; ++i) {
    if (!hasInput(i)) {
      emitError() << "missing required input #" << i;
      ok = false;
    }
  }
  return success(ok);
}

RankedTensorType NodeContext::inputType(unsigned i) {
  Value v = input(i);
  return v ? dyn_cast<RankedTensorType>(v.getType()) : RankedTensorType();
}

FailureOr<SmallVector<int64_t>> NodeContext::constantInts(unsigned i, StringRef what) {
  Value v = input(i);
  if (!v) {
    emitError() << what << " (input #" << i << ") is missing";
    return failure();
  }
  ElementsAttr attr;
  if (matchPattern(v, m_Constant(&attr)) && isa<IntegerType>(attr.getElementType())) {
    if (auto values = readElements<int64_t>(attr))
      return *values;
  }
  if (auto values = mcc::getConstantShapeTensor(v))
    return *values;
  emitError() << what << " (input #" << i << " '" << node_.input(i)
              << "') must be a compile-time constant integer tensor";
  return failure();
}

FailureOr<double> NodeContext::constantScalar(unsigned i, StringRef what) {
  Value v = input(i);
  if (!v) {
    emitError() << what << " (input #" << i << ") is missing";
    return failure();
  }
  ElementsAttr attr;
  if (matchPattern(v, m_Constant(&attr)) && attr.getNumElements() == 1) {
    if (auto values = readElements<double>(attr))
      return (*values)[0];
  }
  if (auto values = mcc::getConstantShapeTensor(v); values && values->size() == 1)
    return static_cast<double>((*values)[0]);
  emitError() << what << " (input #" << i << " '" << node_.input(i)
              << "') must be a compile-time constant scalar";
  return failure();
}

FailureOr<SmallVector<double>> NodeContext::constantFloats(unsigned i, StringRef what) {
  Value v = input(i);
  if (!v) {
    emitError() << what << " (input #" << i << ") is missing";
    return failure();
  }
  ElementsAttr attr;
  if (matchPattern(v, m_Constant(&attr))) {
    if (auto values = readElements<double>(attr))
      return *values;
  }
  emitError() << what << " (input #" << i << " '" << node_.input(i)
              << "') must be a compile-time constant tensor";
  return failure();
}

LogicalResult NodeContext::checkConstantIndices(unsigned i, int64_t size, StringRef what) {
  Value v = input(i);
  ElementsAttr attr;
  if (!v || ShapedType::isDynamic(size) || !matchPattern(v, m_Constant(&attr)) ||
      !isa<IntegerType>(attr.getElementType()))
    return success();
  auto values = readElements<int64_t>(attr);
  if (!values)
    return success();
  for (int64_t index : *values) {
    if (index < -size || index >= size) {
      emitError() << what << " " << index << " is out of range for a dim of size " << size
                  << " (input #" << i << " '" << node_.input(i) << "')";
      return failure();
    }
  }
  return success();
}

LogicalResult NodeContext::checkIntegerDivision() {
  auto constantValues = [&](unsigned i) -> std::optional<SmallVector<int64_t>> {
    Value v = input(i);
    ElementsAttr attr;
    if (!v || !matchPattern(v, m_Constant(&attr)) || !isa<IntegerType>(attr.getElementType()))
      return std::nullopt;
    return readElements<int64_t>(attr);
  };
  auto divisor = constantValues(1);
  if (!divisor)
    return success();
  if (llvm::is_contained(*divisor, 0)) {
    emitError() << "integer division by zero (input #1 '" << node_.input(1) << "' holds 0)";
    return failure();
  }
  unsigned width = cast<IntegerType>(inputType(1).getElementType()).getWidth();
  int64_t minimum = width >= 64 ? std::numeric_limits<int64_t>::min()
                                : -(int64_t(1) << (width - 1));
  if (width > 1 && llvm::is_contained(*divisor, -1)) {
    if (auto dividend = constantValues(0); dividend && llvm::is_contained(*dividend, minimum)) {
      emitError() << "integer division overflows: " << minimum << " / -1";
      return failure();
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

const onnx::AttributeProto *NodeContext::findAttr(StringRef name) {
  for (const onnx::AttributeProto &a : node_.attribute()) {
    if (a.name() == name) {
      handledAttrs_.insert(name);
      return &a;
    }
  }
  return nullptr;
}

const onnx::AttributeProto *NodeContext::typedAttr(StringRef name, AttrType type) {
  const onnx::AttributeProto *a = findAttr(name);
  if (!a)
    return nullptr;
  int kind = attrKind(*a);
  // An empty list has no field to recognize it by.
  bool emptyList = kind == onnx::AttributeProto::UNDEFINED &&
                   (type == onnx::AttributeProto::INTS || type == onnx::AttributeProto::FLOATS ||
                    type == onnx::AttributeProto::STRINGS);
  if (kind != type && !emptyList) {
    emitError() << "attribute '" << name << "' must be " << attrTypeName(type) << ", got "
                << attrTypeName(kind);
    return nullptr;
  }
  return a;
}

bool NodeContext::hasAttr(StringRef name) {
  for (const onnx::AttributeProto &a : node_.attribute())
    if (a.name() == name)
      return true;
  return false;
}

std::optional<int64_t> NodeContext::getOptionalInt(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::INT))
    return a->i();
  return std::nullopt;
}

int64_t NodeContext::getInt(StringRef name, int64_t defaultValue) {
  return getOptionalInt(name).value_or(defaultValue);
}

std::optional<double> NodeContext::getOptionalFloat(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::FLOAT))
    return static_cast<double>(a->f());
  return std::nullopt;
}

double NodeContext::getFloat(StringRef name, double defaultValue) {
  return getOptionalFloat(name).value_or(defaultValue);
}

std::optional<std::string> NodeContext::getOptionalString(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::STRING))
    return a->s();
  return std::nullopt;
}

std::string NodeContext::getString(StringRef name, StringRef defaultValue) {
  return getOptionalString(name).value_or(defaultValue.str());
}

std::optional<SmallVector<int64_t>> NodeContext::getOptionalInts(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::INTS))
    return SmallVector<int64_t>(a->ints().begin(), a->ints().end());
  return std::nullopt;
}

SmallVector<int64_t> NodeContext::getInts(StringRef name, ArrayRef<int64_t> defaultValue) {
  if (auto v = getOptionalInts(name))
    return *v;
  return SmallVector<int64_t>(defaultValue);
}

std::optional<SmallVector<double>> NodeContext::getOptionalFloats(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::FLOATS))
    return SmallVector<double>(a->floats().begin(), a->floats().end());
  return std::nullopt;
}

std::optional<SmallVector<std::string>> NodeContext::getOptionalStrings(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::STRINGS))
    return SmallVector<std::string>(a->strings().begin(), a->strings().end());
  return std::nullopt;
}

const onnx::TensorProto *NodeContext::getOptionalTensor(StringRef name) {
  if (const auto *a = typedAttr(name, onnx::AttributeProto::TENSOR))
    return &a->t();
  return nullptr;
}

void NodeContext::ignoreAttrs(std::initializer_list<StringRef> names) {
  for (StringRef name : names)
    handledAttrs_.insert(name);
}

LogicalResult NodeContext::checkAllAttrsHandled() {
  bool ok = true;
  for (const onnx::AttributeProto &a : node_.attribute()) {
    if (!handledAttrs_.contains(a.name())) {
      emitError() << "unsupported attribute '" << a.name() << "'";
      ok = false;
    }
  }
  return success(ok);
}

//===----------------------------------------------------------------------===//
// Outputs
//===----------------------------------------------------------------------===//

bool NodeContext::outputUsed(unsigned i) const {
  return i < numOutputs() && !node_.output(i).empty() && graph_.used.contains(node_.output(i));
}

LogicalResult NodeContext::setOutput(unsigned i, FailureOr<Value> value) {
  if (failed(value))
    return failure();
  if (i < numOutputs() && !node_.output(i).empty())
    graph_.values[node_.output(i)] = *value;
  return success();
}

LogicalResult NodeContext::checkAllUsedOutputsSet() {
  bool ok = true;
  for (unsigned i = 0; i < numOutputs(); ++i) {
    if (outputUsed(i) && !graph_.values.count(node_.output(i))) {
      emitError() << "output #" << i << " ('" << node_.output(i)
                  << "') is used but mcc does not support computing it";
      ok = false;
    }
  }
  return success(ok);
}

//===----------------------------------------------------------------------===//
// Building ops
//===----------------------------------------------------------------------===//

LogicalResult NodeContext::captureErrors(llvm::function_ref<LogicalResult()> fn) {
  SmallVector<std::pair<DiagnosticSeverity, std::string>> captured;
  LogicalResult result = success();
  {
    ScopedDiagnosticHandler handler(context(), [&](Diagnostic &diag) {
      std::string message = diag.str();
      for (const Diagnostic &note : diag.getNotes())
        message += " (" + note.str() + ")";
      captured.push_back({diag.getSeverity(), std::move(message)});
      return success();
    });
    result = fn();
  }
  bool reported = false;
  for (auto &[severity, message] : captured) {
    if (severity == DiagnosticSeverity::Error) {
      emitError() << message;
      reported = true;
    } else if (severity == DiagnosticSeverity::Warning) {
      mlir::emitWarning(loc_) << describe() << ": " << message;
    }
  }
  if (failed(result) && !reported)
    emitError() << "cannot build the mcc op for this node";
  return result;
}

Operation *NodeContext::createAndVerify(OperationState &state) {
  // What shape inference derives from a hostile model's constants (a
  // ConstantOfShape of [2^31, 2^31], a Reshape to rank 1000) stays bounded.
  for (Type type : state.types) {
    auto ranked = dyn_cast<RankedTensorType>(type);
    if (!ranked)
      continue;
    if (ranked.getRank() > kMaxRank) {
      emitError() << "result of rank " << ranked.getRank() << "; mcc accepts at most "
                  << kMaxRank << " (limit kMaxRank)";
      return nullptr;
    }
    int64_t elements = 1;
    for (int64_t d : ranked.getShape()) {
      if (ShapedType::isDynamic(d) || d == 0)
        continue;
      if (d < 0) { // an inference that missed a hostile value; the type would be invalid
        emitError() << "result has a negative dim " << d;
        return nullptr;
      }
      if (elements > kMaxElements / d) {
        emitError() << "result " << ranked << " has more than " << kMaxElements
                    << " elements (limit kMaxElements)";
        return nullptr;
      }
      elements *= d;
    }
  }
  Operation *op = builder().create(state);
  if (failed(captureErrors([&] { return mlir::verify(op); }))) {
    op->erase();
    return nullptr;
  }
  return op;
}

FailureOr<Value> NodeContext::castTo(Value value, Type elementType) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getElementType() == elementType)
    return value;
  OperationState state(loc_, mcc::CastOp::getOperationName());
  mcc::CastOp::build(builder(), state, type.clone(elementType), value);
  Operation *op = createAndVerify(state);
  if (!op)
    return failure();
  return op->getResult(0);
}

Value NodeContext::constant(TypedAttr attr) {
  return arith::ConstantOp::create(builder(), loc_, attr);
}

TypedAttr NodeContext::scalarAttr(Type elementType, double value) {
  if (isa<FloatType>(elementType))
    return FloatAttr::get(elementType, value);
  auto intType = cast<IntegerType>(elementType);
  if (intType.getWidth() == 1)
    return IntegerAttr::get(elementType, APInt(1, value != 0));
  // Saturate: a double outside int64 (an infinity for a mask, say) has no value to cast to.
  int64_t integer = std::isnan(value)  ? 0
                    : value >= 0x1p63  ? std::numeric_limits<int64_t>::max()
                    : value < -0x1p63  ? std::numeric_limits<int64_t>::min()
                                       : static_cast<int64_t>(value);
  APInt bits(64, static_cast<uint64_t>(integer), /*isSigned=*/true);
  return IntegerAttr::get(elementType, bits.sextOrTrunc(intType.getWidth()));
}

Value NodeContext::scalarConstant(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  return constant(DenseElementsAttr::get(type, ArrayRef<Attribute>{scalarAttr(elementType, value)}));
}

Value NodeContext::i64Constant(ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    builder().getI64Type());
  return constant(DenseIntElementsAttr::get(type, values));
}

FailureOr<int64_t> NodeContext::normalizeAxis(int64_t axis, int64_t rank, StringRef what) {
  if (axis < -rank || axis >= rank) {
    emitError() << what << " " << axis << " is out of range for rank " << rank;
    return failure();
  }
  return axis < 0 ? axis + rank : axis;
}

FailureOr<SmallVector<int64_t>> NodeContext::normalizeAxes(ArrayRef<int64_t> axes, int64_t rank,
                                                           StringRef what, bool sorted) {
  SmallVector<int64_t> out;
  for (int64_t axis : axes) {
    auto a = normalizeAxis(axis, rank, what);
    if (failed(a))
      return failure();
    out.push_back(*a);
  }
  if (sorted) {
    llvm::sort(out);
    for (size_t i = 1; i < out.size(); ++i) {
      if (out[i] == out[i - 1]) {
        emitError() << what << " repeats axis " << out[i];
        return failure();
      }
    }
  }
  return out;
}
