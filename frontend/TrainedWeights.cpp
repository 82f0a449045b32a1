//===- TrainedWeights.cpp - trained values replace initializers -----------===//
//
// The way back from training to inference: a checkpoint's weights go into the
// ModelProto's initializers before anything else reads them, so the same
// importer (and every graph pass that folds constants) sees the trained model,
// and `mcc --emit=onnx` can hand it to any other ONNX tool.
//
//===----------------------------------------------------------------------===//
#include "frontend/TrainedWeights.h"

#include "frontend/ModelFile.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"

#include <fstream>
#include <map>

using namespace mlir;

namespace {
std::string shapeText(int32_t dtype, llvm::ArrayRef<int64_t> dims) {
  std::string text = "type " + std::to_string(dtype) + " [";
  for (size_t i = 0; i < dims.size(); ++i)
    text += (i ? ", " : "") + std::to_string(dims[i]);
  return text + "]";
}
} // namespace

LogicalResult mcc::frontend::applyTrainedWeights(MLIRContext &context, llvm::StringRef path,
                                                 onnx::ModelProto &model,
                                                 llvm::ArrayRef<TrainedWeight> weights) {
  if (weights.empty())
    return success();
  Location loc = FileLineColLoc::get(&context, path, 0, 0);
  std::map<std::string, const TrainedWeight *> byName;
  for (const TrainedWeight &w : weights)
    byName[w.name] = &w;
  int matched = 0;
  bool ok = true;
  for (onnx::TensorProto &init : *model.mutable_graph()->mutable_initializer()) {
    auto it = byName.find(init.name());
    if (it == byName.end())
      continue;
    const TrainedWeight &w = *it->second;
    std::vector<int64_t> dims(init.dims().begin(), init.dims().end());
    if (w.dtype != init.data_type() || w.dims != dims) {
      emitError(loc) << "trained weight '" << w.name << "' is " << shapeText(w.dtype, w.dims)
                     << ", but the model's initializer is "
                     << shapeText(init.data_type(), dims);
      ok = false;
      continue;
    }
    init.clear_float_data();
    init.clear_double_data();
    init.clear_int32_data();
    init.clear_int64_data();
    init.clear_uint64_data();
    init.clear_external_data();
    init.set_data_location(onnx::TensorProto::DEFAULT);
    init.set_raw_data(w.bytes);
    ++matched;
  }
  if (ok && matched == 0) {
    emitError(loc) << "none of the " << weights.size()
                   << " trained weights names an initializer of this model";
    return failure();
  }
  return success(ok);
}

LogicalResult mcc::writeOnnxWithTrainedWeights(MLIRContext &context, llvm::StringRef path,
                                               const ImportOptions &options,
                                               llvm::StringRef outPath) {
  onnx::ModelProto model;
  if (failed(frontend::readModelFile(context, path, model)) ||
      failed(frontend::applyTrainedWeights(context, path, model, options.trainedWeights)))
    return failure();
  std::ofstream out(outPath.str(), std::ios::binary | std::ios::trunc);
  if (!out || !model.SerializeToOstream(&out)) {
    emitError(FileLineColLoc::get(&context, outPath, 0, 0)) << "cannot write the model";
    return failure();
  }
  return success();
}
