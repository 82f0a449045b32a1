//===- Importer.cpp - ONNX model -> mcc dialect ---------------------------===//
//
// The graph-level half of the frontend: checks the model as a whole (opsets,
// names, topological order, supported ops, initializers) and reports every
// problem it finds before building anything; then walks the nodes in
// topological order and hands each to its op importer (OpTable).
//
//===----------------------------------------------------------------------===//
#include "frontend/Importer.h"

#include "frontend/Limits.h"
#include "frontend/ModelFile.h"
#include "frontend/NodeContext.h"
#include "frontend/OpTable.h"
#include "frontend/Tensors.h"
#include "frontend/TrainedWeights.h"

#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/Path.h"

#include <map>
#include <queue>

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;
using llvm::StringRef;

namespace {

StringRef normalizeDomain(StringRef domain) { return domain == "ai.onnx" ? "" : domain; }

std::string opKey(StringRef domain, StringRef opType) {
  return domain.empty() ? opType.str() : domain.str() + "." + opType.str();
}

class ModelImporter {
public:
  ModelImporter(MLIRContext &context, StringRef path, const onnx::ModelProto &model,
                const mcc::ImportOptions &options, mcc::ImportCoverage *coverage = nullptr)
      : context(context), path(path.str()), model(model), graph(model.graph()),
        state(&context, path), coverage(coverage) {
    SmallString<256> dir(path);
    llvm::sys::path::remove_filename(dir);
    state.decode.modelDir = dir.empty() ? "." : std::string(dir);
    state.decode.resourceThresholdBytes = options.resourceThresholdBytes;
  }

  OwningOpRef<ModuleOp> run();

private:
  Location fileLoc() { return FileLineColLoc::get(&context, path, 0, 0); }
  Location valueLoc(StringRef name) {
    return NameLoc::get(StringAttr::get(&context, name), fileLoc());
  }
  Location nodeLoc(int index) {
    const onnx::NodeProto &node = graph.node(index);
    std::string name = node.name().empty() ? node.op_type() + "_" + std::to_string(index)
                                           : node.name();
    return NameLoc::get(StringAttr::get(&context, name),
                        FileLineColLoc::get(&context, path, index + 1, 0));
  }
  std::string describeNode(int index, int64_t opset) {
    return mcc::frontend::describeNode(graph.node(index),
                                       cast<NameLoc>(nodeLoc(index)).getName(), opset);
  }

  LogicalResult checkOpsets();
  LogicalResult checkGraph();
  LogicalResult decodeInitializers();
  FailureOr<Type> convertInputType(const onnx::ValueInfoProto &info);
  LogicalResult checkOutputType(const onnx::ValueInfoProto &info, Type actual);
  void importNode(int index);

  MLIRContext &context;
  std::string path;
  const onnx::ModelProto &model;
  const onnx::GraphProto &graph;
  GraphState state;
  /// Filled when not null (mcc --check).
  mcc::ImportCoverage *coverage;
  /// Opset version by domain ("" is the default domain).
  llvm::StringMap<int64_t> opsets;
  /// Node indices in a topological order.
  SmallVector<int> order;
  llvm::StringMap<const onnx::TensorProto *> initializers;
};

LogicalResult ModelImporter::checkOpsets() {
  bool ok = true;
  for (const onnx::OperatorSetIdProto &id : model.opset_import())
    opsets[normalizeDomain(id.domain())] = id.version();
  auto it = opsets.find("");
  if (it == opsets.end()) {
    emitError(fileLoc()) << "the model imports no opset of the default ONNX domain";
    return failure();
  }
  int64_t version = it->second;
  if (version < kMinOpset) {
    emitError(fileLoc()) << "the model uses ONNX opset " << version << "; mcc supports opsets "
                         << kMinOpset << " to " << kMaxOpset
                         << " (convert older models with onnx.version_converter)";
    ok = false;
  } else if (version > kMaxOpset) {
    emitError(fileLoc()) << "the model uses ONNX opset " << version
                         << ", newer than the newest mcc knows (" << kMaxOpset << ")";
    ok = false;
  }
  return success(ok);
}

LogicalResult ModelImporter::checkGraph() {
  bool ok = true;
  // Every name and where it comes from: -1 graph input or initializer, else
  // the producing node.
  llvm::StringMap<int> producer;
  for (const onnx::TensorProto &init : graph.initializer()) {
    if (!initializers.try_emplace(init.name(), &init).second) {
      emitError(fileLoc()) << "initializer '" << init.name() << "' is defined twice";
      ok = false;
    }
    producer[init.name()] = -1;
  }
  for (const onnx::SparseTensorProto &sparse : graph.sparse_initializer()) {
    emitError(fileLoc())
        << "sparse initializer '" << sparse.values().name() << "' is not supported";
    ok = false;
  }
  llvm::StringSet<> inputNames;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (!inputNames.insert(input.name()).second) {
      emitError(fileLoc()) << "graph input '" << input.name() << "' is listed twice";
      ok = false;
    }
    producer[input.name()] = -1;
  }
  for (int i = 0; i < graph.node_size(); ++i) {
    for (const std::string &out : graph.node(i).output()) {
      if (out.empty())
        continue;
      auto [it, inserted] = producer.try_emplace(out, i);
      if (!inserted) {
        emitError(nodeLoc(i)) << describeNode(i, -1) << ": output '" << out
                              << "' is already defined"
                              << (it->second < 0 ? " by a graph input or initializer"
                                                 : " by " + describeNode(it->second, -1));
        ok = false;
      }
    }
  }

  // Supported ops, all of them reported at once.
  const OpTable &table = OpTable::get();
  std::map<std::string, int> unsupported;
  for (int i = 0; i < graph.node_size(); ++i) {
    const onnx::NodeProto &node = graph.node(i);
    StringRef domain = normalizeDomain(node.domain());
    if (node.op_type().empty()) {
      emitError(nodeLoc(i)) << describeNode(i, -1) << ": the node has no op_type";
      ok = false;
      continue;
    }
    auto opset = opsets.find(domain);
    if (opset == opsets.end()) {
      emitError(nodeLoc(i)) << describeNode(i, -1) << ": domain '" << domain
                            << "' is not in the model's opset_import";
      ok = false;
      continue;
    }
    if (!table.lookup(domain, node.op_type(), opset->second)) {
      emitError(nodeLoc(i)) << describeNode(i, opset->second) << ": unsupported operator";
      ++unsupported[opKey(domain, node.op_type())];
      ok = false;
    }
  }
  if (coverage) {
    for (auto &[op, count] : unsupported)
      coverage->unsupported[op] = count;
  }
  if (!unsupported.empty()) {
    InFlightDiagnostic diag = emitError(fileLoc());
    int total = 0;
    for (auto &entry : unsupported)
      total += entry.second;
    diag << total << (total == 1 ? " node uses an operator" : " nodes use operators")
         << " mcc does not support:";
    for (auto &[op, count] : unsupported)
      diag << " " << op << (count > 1 ? " (x" + std::to_string(count) + ")" : "");
  }

  // Undefined names, then a topological order (ONNX requires one, but sorting
  // costs little and accepts models that list nodes out of order).
  std::vector<int> missing(graph.node_size(), 0);
  llvm::StringMap<SmallVector<int>> consumers;
  for (int i = 0; i < graph.node_size(); ++i) {
    const onnx::NodeProto &node = graph.node(i);
    llvm::StringSet<> seen;
    for (const std::string &in : node.input()) {
      if (in.empty())
        continue;
      state.used.insert(in);
      auto it = producer.find(in);
      if (it == producer.end()) {
        emitError(nodeLoc(i)) << describeNode(i, -1) << ": input '" << in
                              << "' is not a graph input, an initializer or the output of a node";
        ok = false;
        continue;
      }
      if (it->second >= 0 && seen.insert(in).second) {
        ++missing[i];
        consumers[in].push_back(i);
      }
    }
  }
  for (const onnx::ValueInfoProto &output : graph.output()) {
    state.used.insert(output.name());
    if (!producer.count(output.name())) {
      emitError(fileLoc()) << "graph output '" << output.name() << "' is not produced by any node";
      ok = false;
    }
  }
  // Kahn's algorithm, taking ready nodes in file order.
  std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
  for (int i = 0; i < graph.node_size(); ++i)
    if (missing[i] == 0)
      ready.push(i);
  while (!ready.empty()) {
    int i = ready.top();
    ready.pop();
    order.push_back(i);
    for (const std::string &out : graph.node(i).output()) {
      auto it = consumers.find(out);
      if (out.empty() || it == consumers.end())
        continue;
      for (int user : it->second)
        if (--missing[user] == 0)
          ready.push(user);
    }
  }
  if (static_cast<int>(order.size()) != graph.node_size()) {
    for (int i = 0; i < graph.node_size(); ++i) {
      if (missing[i] > 0) {
        emitError(nodeLoc(i)) << describeNode(i, -1)
                              << ": is part of a cycle (depends on its own outputs)";
        ok = false;
      }
    }
  }
  return success(ok);
}

LogicalResult ModelImporter::decodeInitializers() {
  bool ok = true;
  for (auto &[name, tensor] : initializers) {
    if (!state.used.contains(name))
      continue;
    Location loc = fileLoc(); // the message names the initializer
    std::string prefix = "initializer '" + name.str() + "': ";
    auto attr = decodeTensor(&context, *tensor, name, state.decode, [&]() {
      InFlightDiagnostic diag = emitError(loc);
      diag << prefix;
      return diag;
    });
    if (failed(attr)) {
      ok = false;
      continue;
    }
    state.pendingConstants[name] = *attr;
  }
  return success(ok);
}

FailureOr<Type> ModelImporter::convertInputType(const onnx::ValueInfoProto &info) {
  Location loc = fileLoc(); // the messages name the input
  if (!info.type().has_tensor_type()) {
    emitError(loc) << "graph input '" << info.name() << "' is not a tensor";
    return failure();
  }
  const onnx::TypeProto::Tensor &tensor = info.type().tensor_type();
  Type element = convertDtype(&context, tensor.elem_type());
  if (!element) {
    emitError(loc) << "graph input '" << info.name() << "' has unsupported dtype "
                   << dtypeName(tensor.elem_type());
    return failure();
  }
  if (!tensor.has_shape()) {
    emitError(loc) << "graph input '" << info.name()
                   << "' has no shape; mcc needs to know the rank of every input";
    return failure();
  }
  if (tensor.shape().dim_size() > kMaxRank) {
    emitError(loc) << "graph input '" << info.name() << "' has rank " << tensor.shape().dim_size()
                   << "; mcc accepts at most " << kMaxRank << " (limit kMaxRank)";
    return failure();
  }
  SmallVector<int64_t> dims;
  int64_t elements = 1;
  for (const auto &dim : tensor.shape().dim()) {
    dims.push_back(dim.has_dim_value() && dim.dim_value() >= 0 ? dim.dim_value()
                                                               : ShapedType::kDynamic);
    // The static dims alone must stay countable: codegen multiplies them in int64.
    if (dim.has_dim_value() && dim.dim_value() > 0) {
      if (elements > kMaxElements / dim.dim_value()) {
        emitError(loc) << "graph input '" << info.name()
                       << "' has more than 2^40 elements; mcc accepts at most " << kMaxElements
                       << " per tensor (limit kMaxElements)";
        return failure();
      }
      elements *= dim.dim_value();
    }
  }
  return RankedTensorType::get(dims, element);
}

LogicalResult ModelImporter::checkOutputType(const onnx::ValueInfoProto &info, Type actual) {
  if (!info.type().has_tensor_type())
    return success();
  const onnx::TypeProto::Tensor &declared = info.type().tensor_type();
  auto type = cast<RankedTensorType>(actual);
  Location loc = fileLoc(); // the messages name the output
  if (declared.elem_type() != onnx::TensorProto::UNDEFINED) {
    Type element = convertDtype(&context, declared.elem_type());
    if (element != type.getElementType()) {
      emitError(loc) << "graph output '" << info.name() << "' is declared "
                     << dtypeName(declared.elem_type()) << " but computes " << type;
      return failure();
    }
  }
  if (!declared.has_shape())
    return success();
  bool agree = declared.shape().dim_size() == type.getRank();
  for (int d = 0; agree && d < declared.shape().dim_size(); ++d) {
    const auto &dim = declared.shape().dim(d);
    agree = !dim.has_dim_value() || type.isDynamicDim(d) || dim.dim_value() == type.getDimSize(d);
  }
  if (!agree) {
    InFlightDiagnostic diag = emitError(loc);
    diag << "graph output '" << info.name() << "' is declared with shape [";
    for (int d = 0; d < declared.shape().dim_size(); ++d) {
      const auto &dim = declared.shape().dim(d);
      diag << (d ? ", " : "")
           << (dim.has_dim_value() ? std::to_string(dim.dim_value())
                                   : dim.dim_param().empty() ? "?" : dim.dim_param());
    }
    diag << "] but computes " << type;
    return failure();
  }
  return success();
}

// Constants read only for their values (Slice's starts, Reshape's shape once
// folded into attributes) and results nobody uses leave dead ops behind; all
// mcc ops are pure, so they go, last first.
void eraseDeadOps(Block *block) {
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(*block)))
    if (isOpTriviallyDead(&op))
      op.erase();
}

void ModelImporter::importNode(int index) {
  const onnx::NodeProto &node = graph.node(index);
  auto poisonOutputs = [&] {
    for (const std::string &out : node.output())
      if (!out.empty())
        state.values[out] = Value();
  };
  // A node fed by a failed one is skipped: its error was reported already.
  for (const std::string &in : node.input()) {
    auto it = state.values.find(in);
    if (!in.empty() && it != state.values.end() && !it->second) {
      poisonOutputs();
      return;
    }
  }
  StringRef domain = normalizeDomain(node.domain());
  int64_t opset = opsets.lookup(domain);
  OpImporter importer = OpTable::get().lookup(domain, node.op_type(), opset);
  NodeContext ctx(state, node, opset, nodeLoc(index));
  LogicalResult result = importer(ctx);
  if (succeeded(result) && !ctx.hadError())
    result = success(succeeded(ctx.checkAllAttrsHandled()) &&
                     succeeded(ctx.checkAllUsedOutputsSet()));
  if (failed(result) || ctx.hadError()) {
    if (!ctx.hadError())
      ctx.emitError() << "cannot import this node";
    if (coverage)
      ++coverage->failed[opKey(domain, node.op_type())];
    poisonOutputs();
  }
}

OwningOpRef<ModuleOp> ModelImporter::run() {
  // Tracks whether anything went wrong, wherever it was reported.
  bool sawError = false;
  ScopedDiagnosticHandler errorTracker(&context, [&](Diagnostic &diag) {
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      sawError = true;
    return failure(); // let the caller's handler print it
  });

  if (!model.has_graph()) {
    emitError(fileLoc()) << "'" << path << "' is not an ONNX model: it has no graph";
    return nullptr;
  }
  // Every later check walks the nodes; bound them before any does.
  if (graph.node_size() > kMaxNodes) {
    emitError(fileLoc()) << "the graph has " << graph.node_size() << " nodes; mcc accepts at most "
                         << kMaxNodes << " (limit kMaxNodes)";
    return nullptr;
  }
  if (failed(checkOpsets()))
    return nullptr;
  (void)checkGraph();
  if (sawError)
    return nullptr;
  (void)decodeInitializers();
  // Arguments: the graph inputs that initializers do not provide.
  SmallVector<Type> argTypes;
  SmallVector<const onnx::ValueInfoProto *> args;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (initializers.count(input.name()))
      continue;
    auto type = convertInputType(input);
    if (failed(type))
      continue;
    argTypes.push_back(*type);
    args.push_back(&input);
  }
  if (sawError)
    return nullptr;

  OpBuilder &b = state.builder;
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc());
  (*module)->setAttr("mcc.model_name", b.getStringAttr(graph.name()));
  b.setInsertionPointToEnd(module->getBody());
  auto func = func::FuncOp::create(b, fileLoc(), "main", b.getFunctionType(argTypes, {}));
  Block *entry = func.addEntryBlock();
  for (auto [i, input] : llvm::enumerate(args)) {
    func.setArgAttr(i, "mcc.name", b.getStringAttr(input->name()));
    state.values[input->name()] = entry->getArgument(i);
  }
  b.setInsertionPointToEnd(entry);

  for (int index : order)
    importNode(index);

  // Results, in graph output order.
  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    Value v;
    if (auto it = state.values.find(output.name()); it != state.values.end()) {
      v = it->second;
    } else if (auto pending = state.pendingConstants.find(output.name());
               pending != state.pendingConstants.end()) {
      v = arith::ConstantOp::create(b, valueLoc(output.name()),
                                    cast<TypedAttr>(pending->second));
      state.values[output.name()] = v;
    }
    if (!v)
      continue; // its node failed, and said so
    if (failed(checkOutputType(output, v.getType())))
      continue;
    results.push_back(v);
  }
  if (sawError)
    return nullptr;
  func::ReturnOp::create(b, fileLoc(), results);
  func.setType(b.getFunctionType(argTypes, ValueRange(results).getTypes()));
  for (auto [i, output] : llvm::enumerate(graph.output()))
    func.setResultAttr(i, "mcc.name", b.getStringAttr(output.name()));

  if (failed(mlir::verify(*module)) || sawError)
    return nullptr;
  eraseDeadOps(entry);
  return module;
}

} // namespace

// Both entry points; `coverage` may be null.
static OwningOpRef<ModuleOp> importModel(MLIRContext &context, StringRef path,
                                         const mcc::ImportOptions &options,
                                         mcc::ImportCoverage *coverage) {
  context.loadDialect<mcc::MccDialect, func::FuncDialect, arith::ArithDialect,
                      tensor::TensorDialect>();
  onnx::ModelProto model;
  if (failed(readModelFile(context, path, model)) ||
      failed(applyTrainedWeights(context, path, model, options.trainedWeights)))
    return nullptr;
  if (coverage)
    coverage->nodes = model.graph().node_size();
  ModelImporter importer(context, path, model, options, coverage);
  return importer.run();
}

OwningOpRef<ModuleOp> mcc::importOnnxFile(MLIRContext &context, StringRef path,
                                          const ImportOptions &options) {
  return importModel(context, path, options, nullptr);
}

int64_t mcc::ImportCoverage::supportedNodes() const {
  int64_t bad = 0;
  for (const auto *counts : {&unsupported, &failed})
    for (const auto &entry : *counts)
      bad += entry.second;
  return nodes - bad;
}

OwningOpRef<ModuleOp> mcc::importOnnxFile(MLIRContext &context, StringRef path,
                                          ImportCoverage &coverage, const ImportOptions &options) {
  coverage = ImportCoverage();
  return importModel(context, path, options, &coverage);
}
