//===- NodeContext.h - what an op importer sees of one ONNX node -*- C++ -*-===//
//
// Each entry of the op table is a function `LogicalResult(NodeContext &)` that
// reads the node's inputs and attributes, builds mcc ops and sets the node's
// outputs. The context takes care of the rest:
//   - every error names the node: "node 'conv1' (Conv, opset 17): ...";
//   - ops are created through their inferred-type builders, but shape-inference
//     and verifier failures become errors instead of aborts;
//   - attributes the importer did not read are reported as unsupported, so an
//     attribute that changes semantics is never silently dropped;
//   - outputs that are used but were not set are reported as unsupported.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FRONTEND_NODECONTEXT_H
#define MCC_FRONTEND_NODECONTEXT_H

#include "frontend/Onnx.h"
#include "frontend/Tensors.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OperationSupport.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <optional>
#include <string>

namespace mcc::frontend {

/// What the graph importer shares with the nodes of one graph.
struct GraphState {
  GraphState(mlir::MLIRContext *context, llvm::StringRef path) : builder(context), path(path) {}

  mlir::OpBuilder builder;
  std::string path;
  TensorDecodeOptions decode;
  /// Imported values by ONNX name. A name mapped to a null value belongs to a
  /// node that failed; its users are skipped without further errors.
  llvm::StringMap<mlir::Value> values;
  /// Initializers not yet materialized: decoded up front, turned into an
  /// arith.constant where first used.
  llvm::StringMap<mlir::ElementsAttr> pendingConstants;
  /// Names read by some node or by the graph's outputs.
  llvm::StringSet<> used;
};

class NodeContext {
public:
  NodeContext(GraphState &graph, const onnx::NodeProto &node, int64_t opset,
              mlir::Location loc);

  const onnx::NodeProto &node() const { return node_; }
  /// The opset version of the node's domain that the model imports.
  int64_t opset() const { return opset_; }
  mlir::Location loc() const { return loc_; }
  mlir::OpBuilder &builder() { return graph_.builder; }
  mlir::MLIRContext *context() { return graph_.builder.getContext(); }
  /// Where tensors of this model are read from, for Constant-like nodes.
  const TensorDecodeOptions &decodeOptions() const { return graph_.decode; }
  /// "node 'conv1' (Conv, opset 17)".
  std::string describe() const;

  //===--- errors -----------------------------------------------------------===//

  /// An error at the node, its message starting with describe().
  mlir::InFlightDiagnostic emitError();
  /// True once any error was reported for this node.
  bool hadError() const { return hadError_; }

  //===--- inputs -----------------------------------------------------------===//

  unsigned numInputs() const { return node_.input_size(); }
  /// False for missing trailing inputs and for optional ones given as "".
  bool hasInput(unsigned i) const;
  /// The value of input `i`, or null when the input is absent.
  mlir::Value input(unsigned i);
  /// Checks that inputs [0, min) are present and no more than `max` are given.
  mlir::LogicalResult checkInputs(unsigned min, unsigned max);
  /// The type of input `i` (which must be present).
  mlir::RankedTensorType inputType(unsigned i);

  /// Input `i` as compile-time integers: through Constant nodes, initializers
  /// and the shape computations ShapeEvaluation can follow. `what` names the
  /// input in the error when it is not constant.
  mlir::FailureOr<llvm::SmallVector<int64_t>> constantInts(unsigned i, llvm::StringRef what);
  /// Input `i` as a compile-time scalar (any one-element numeric tensor).
  mlir::FailureOr<double> constantScalar(unsigned i, llvm::StringRef what);
  /// The values of constant input `i` (float or integer) as doubles.
  mlir::FailureOr<llvm::SmallVector<double>> constantFloats(unsigned i, llvm::StringRef what);
  /// When input `i` is a compile-time integer constant, checks that every value
  /// is an index into a dim of `size` ([-size, size), ONNX's range); passes when
  /// the values or the size are not known at compile time.
  mlir::LogicalResult checkConstantIndices(unsigned i, int64_t size, llvm::StringRef what);
  /// For an integer division or remainder (inputs 0 / 1): refuses a constant
  /// divisor holding 0, or -1 under a constant dividend holding the type's
  /// minimum; either would trap at run time.
  mlir::LogicalResult checkIntegerDivision();

  //===--- attributes (reading one marks it handled) ------------------------===//

  bool hasAttr(llvm::StringRef name);
  std::optional<int64_t> getOptionalInt(llvm::StringRef name);
  int64_t getInt(llvm::StringRef name, int64_t defaultValue);
  std::optional<double> getOptionalFloat(llvm::StringRef name);
  double getFloat(llvm::StringRef name, double defaultValue);
  std::optional<std::string> getOptionalString(llvm::StringRef name);
  std::string getString(llvm::StringRef name, llvm::StringRef defaultValue);
  std::optional<llvm::SmallVector<int64_t>> getOptionalInts(llvm::StringRef name);
  llvm::SmallVector<int64_t> getInts(llvm::StringRef name, llvm::ArrayRef<int64_t> defaultValue);
  std::optional<llvm::SmallVector<double>> getOptionalFloats(llvm::StringRef name);
  std::optional<llvm::SmallVector<std::string>> getOptionalStrings(llvm::StringRef name);
  const onnx::TensorProto *getOptionalTensor(llvm::StringRef name);
  /// Attributes that do not change what inference computes (momentum, seed...).
  void ignoreAttrs(std::initializer_list<llvm::StringRef> names);
  /// Reports every attribute of the node that no getter read.
  mlir::LogicalResult checkAllAttrsHandled();

  //===--- outputs ----------------------------------------------------------===//

  unsigned numOutputs() const { return node_.output_size(); }
  /// True when output `i` is named and read by a node or a graph output.
  bool outputUsed(unsigned i) const;
  /// Binds output `i` (when the node has it) to `value`; a failure passes through.
  mlir::LogicalResult setOutput(unsigned i, mlir::FailureOr<mlir::Value> value);
  /// Reports every used output that was not set. Run after the op importer.
  mlir::LogicalResult checkAllUsedOutputsSet();

  //===--- building ops -----------------------------------------------------===//

  /// Creates an mcc op through its builder without result types (the ones
  /// ODS generates for InferTypeOpInterface), reporting inference and verifier
  /// failures as errors of this node instead of aborting.
  template <typename OpT, typename... Args>
  mlir::FailureOr<OpT> createOp(Args &&...args) {
    mlir::OperationState state(loc_, OpT::getOperationName());
    llvm::SmallVector<mlir::Type, 3> placeholders(numResults<OpT>(), builder().getNoneType());
    OpT::build(builder(), state, mlir::TypeRange(placeholders), std::forward<Args>(args)...);
    state.types.clear();
    llvm::SmallVector<mlir::Type, 3> inferred;
    mlir::LogicalResult ok = captureErrors([&] {
      return OpT::inferReturnTypes(context(), loc_, state.operands,
                                   state.attributes.getDictionary(context()),
                                   state.getRawProperties(), state.regions, inferred);
    });
    if (mlir::failed(ok))
      return mlir::failure();
    state.addTypes(inferred);
    mlir::Operation *op = createAndVerify(state);
    if (!op)
      return mlir::failure();
    return llvm::cast<OpT>(op);
  }

  /// createOp for single-result ops, giving the result.
  template <typename OpT, typename... Args>
  mlir::FailureOr<mlir::Value> create(Args &&...args) {
    auto op = createOp<OpT>(std::forward<Args>(args)...);
    if (mlir::failed(op))
      return mlir::failure();
    return op->getOperation()->getResult(0);
  }

  /// mcc.cast of `value` to `elementType` (the value itself when it has it).
  mlir::FailureOr<mlir::Value> castTo(mlir::Value value, mlir::Type elementType);
  /// An arith.constant holding `attr`.
  mlir::Value constant(mlir::TypedAttr attr);
  /// A 0-D constant of `elementType` holding `value`.
  mlir::Value scalarConstant(mlir::Type elementType, double value);
  /// A 1-D i64 constant.
  mlir::Value i64Constant(llvm::ArrayRef<int64_t> values);
  /// A scalar attribute of `elementType` holding `value` (float, integer or i1).
  mlir::TypedAttr scalarAttr(mlir::Type elementType, double value);

  /// `axis` in [-rank, rank) made non-negative; out of range is an error.
  mlir::FailureOr<int64_t> normalizeAxis(int64_t axis, int64_t rank,
                                         llvm::StringRef what = "axis");
  /// Every axis normalized; with `sorted`, sorted and checked for repeats.
  mlir::FailureOr<llvm::SmallVector<int64_t>> normalizeAxes(llvm::ArrayRef<int64_t> axes,
                                                            int64_t rank, llvm::StringRef what,
                                                            bool sorted = true);

private:
  template <typename OpT> static constexpr unsigned numResults() {
    if constexpr (OpT::template hasTrait<mlir::OpTrait::OneResult>())
      return 1;
    else if constexpr (OpT::template hasTrait<mlir::OpTrait::NResults<2>::Impl>())
      return 2;
    else
      return 3;
  }
  /// Runs `fn`, turning the diagnostics it emits into errors of this node.
  mlir::LogicalResult captureErrors(llvm::function_ref<mlir::LogicalResult()> fn);
  /// Creates the op and verifies it; on failure erases it and returns null.
  mlir::Operation *createAndVerify(mlir::OperationState &state);
  const onnx::AttributeProto *findAttr(llvm::StringRef name);
  /// The attribute `name` when present and of `type`; reports a wrong type.
  const onnx::AttributeProto *typedAttr(llvm::StringRef name,
                                        onnx::AttributeProto::AttributeType type);

  GraphState &graph_;
  const onnx::NodeProto &node_;
  int64_t opset_;
  mlir::Location loc_;
  bool hadError_ = false;
  llvm::StringSet<> handledAttrs_;
};

/// "node 'conv1' (Conv, opset 17)", with the domain when not the default one;
/// without the opset when it is negative.
std::string describeNode(const onnx::NodeProto &node, llvm::StringRef name, int64_t opset);

/// The importer of one ONNX op at one opset: reads the node, builds mcc ops.
using OpImporter = mlir::LogicalResult (*)(NodeContext &);

} // namespace mcc::frontend

#endif // MCC_FRONTEND_NODECONTEXT_H
