// Running a model: validate the inputs against the declared signature, pass them as memref
// descriptors, call the model, and turn the output descriptors back into tensors.
//
// All per-run state lives in locals of the calling thread, plus a workspace block that the
// run leases from the model's pool for its duration alone; the rest of the model object is
// only read. That, plus the ABI's promise that the run function is reentrant, is the whole
// story of why concurrent runs on one model are safe.
#include "Memref.h"
#include "Model.h"
#include "RunAbort.h"
#include "Shape.h"
#include "Status.h"
#include "Tensor.h"
#include "Workspace.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace mcc::rt {
namespace {

std::string quoted(const char *name) { return "'" + std::string(name) + "'"; }

std::string modelLabel(const mcc_model &model) { return "model " + quoted(model.name.c_str()); }

std::string nameList(const std::vector<mcc_tensor_info> &infos) {
  std::string text;
  for (const mcc_tensor_info &info : infos)
    text += (text.empty() ? "" : ", ") + std::string(info.name);
  return text;
}

// True if `dims` fit the declared dims: same rank, and equal wherever the model is static.
bool shapeFits(const mcc_tensor_info &info, const std::vector<int64_t> &dims) {
  if (dims.size() != info.rank)
    return false;
  for (size_t i = 0; i < info.rank; ++i)
    if (info.dims[i] != -1 && info.dims[i] != dims[i])
      return false;
  return true;
}

std::string shapeOf(const std::vector<int64_t> &dims) {
  return formatShape(dims.data(), dims.size());
}

std::string shapeOf(const mcc_tensor_info &info) { return formatShape(info.dims, info.rank); }

// Checks one caller tensor against a declared input or output. `kind` is "input"/"output".
mcc_status *checkTensor(const char *kind, const mcc_tensor_info &info, const mcc_tensor *tensor) {
  std::string label = std::string(kind) + " " + quoted(info.name);
  if (!tensor)
    return makeStatus(MCC_INVALID_ARGUMENT, label + " is NULL");
  if (tensor->dtype != info.dtype)
    return makeStatus(MCC_DTYPE_MISMATCH, label + ": expected dtype " + mcc_dtype_name(info.dtype) +
                                              ", got " + mcc_dtype_name(tensor->dtype));
  if (!shapeFits(info, tensor->dims))
    return makeStatus(MCC_SHAPE_MISMATCH, label + ": expected shape " + shapeOf(info) + ", got " +
                                              shapeOf(tensor->dims));
  return nullptr;
}

mcc_status *checkInputs(const mcc_model &model, const mcc_tensor *const *inputs, size_t n_inputs) {
  size_t expected = model.inputs.size();
  if (n_inputs != expected)
    return makeStatus(MCC_INVALID_ARGUMENT,
                      modelLabel(model) + " takes " + std::to_string(expected) +
                          (expected == 1 ? " input" : " inputs") + " (" + nameList(model.inputs) +
                          "), got " + std::to_string(n_inputs));
  if (n_inputs > 0 && !inputs)
    return makeStatus(MCC_INVALID_ARGUMENT, modelLabel(model) + ": inputs array is NULL");
  for (size_t i = 0; i < n_inputs; ++i)
    if (mcc_status *error = checkTensor("input", model.inputs[i], inputs[i]))
      return error;
  return nullptr;
}

mcc_status *checkOutputCount(const mcc_model &model, const void *outputs, size_t n_outputs) {
  size_t expected = model.outputs.size();
  if (n_outputs != expected)
    return makeStatus(MCC_INVALID_ARGUMENT, modelLabel(model) + " has " + std::to_string(expected) +
                                                (expected == 1 ? " output" : " outputs") + " (" +
                                                nameList(model.outputs) + "), got room for " +
                                                std::to_string(n_outputs));
  if (n_outputs > 0 && !outputs)
    return makeStatus(MCC_INVALID_ARGUMENT, modelLabel(model) + ": outputs array is NULL");
  return nullptr;
}

// Storage for the output descriptors of one call, and after a successful call the owner of
// every output's malloc'ed block until take() hands it on, so any early return frees them.
// Everything that can throw happens before the model runs: nothing can leak after it.
class ModelOutputs {
public:
  explicit ModelOutputs(const mcc_model &model) : model_(model) {
    size_t words = 0;
    for (const mcc_tensor_info &info : model.outputs)
      words += MCC_ABI_MEMREF_WORDS(info.rank);
    // One spare word: a model with no outputs still gets a valid, non-null pointer.
    words_.resize(words + 1);
    views_.resize(model.outputs.size());
    taken_.resize(model.outputs.size(), false);
  }
  ModelOutputs(const ModelOutputs &) = delete;
  ModelOutputs &operator=(const ModelOutputs &) = delete;
  ~ModelOutputs() {
    for (size_t j = 0; owned_ && j < views_.size(); ++j)
      if (!taken_[j])
        std::free(views_[j].allocated);
  }

  // Where the model writes its output descriptors.
  void *storage() { return words_.data(); }

  // Called once the model returned 0: the descriptors are filled in and now owned here.
  void adopt() noexcept {
    size_t offset = 0;
    for (size_t j = 0; j < views_.size(); ++j) {
      views_[j] = readDescriptor(words_.data() + offset, model_.outputs[j].rank);
      offset += MCC_ABI_MEMREF_WORDS(model_.outputs[j].rank);
    }
    owned_ = true;
  }

  const MemrefView &view(size_t j) const { return views_[j]; }
  std::vector<int64_t> shape(size_t j) const {
    return {views_[j].sizes, views_[j].sizes + views_[j].rank};
  }
  void *take(size_t j) {
    taken_[j] = true;
    return views_[j].allocated;
  }

  // A model that breaks its own signature is reported, not trusted.
  mcc_status *check() const {
    for (size_t j = 0; j < views_.size(); ++j) {
      const mcc_tensor_info &info = model_.outputs[j];
      std::string label = modelLabel(model_) + " output " + quoted(info.name);
      std::vector<int64_t> dims = shape(j);
      auto size = shapeSize(dims.data(), dims.size(), mcc_dtype_size(info.dtype));
      if (!size || !shapeFits(info, dims))
        return makeStatus(MCC_MODEL_ERROR, label + ": returned shape " + shapeOf(dims) +
                                               " does not match the declared " + shapeOf(info));
      if (size->numElements > 0 && !views_[j].aligned)
        return makeStatus(MCC_MODEL_ERROR, label + ": returned a NULL data pointer");
    }
    return nullptr;
  }

private:
  const mcc_model &model_;
  std::vector<int64_t> words_;
  std::vector<MemrefView> views_;
  std::vector<bool> taken_;
  bool owned_ = false;
};

// Builds the input descriptors and calls the model, which fills `outputs`. Inputs must
// already be checked.
mcc_status *callModel(const mcc_model &model, const mcc_tensor *const *inputs,
                      ModelOutputs &outputs) {
  size_t inputWords = 0;
  for (const mcc_tensor_info &info : model.inputs)
    inputWords += MCC_ABI_MEMREF_WORDS(info.rank);
  std::vector<int64_t> inputStorage(inputWords);
  std::vector<void *> inputPointers;
  inputPointers.reserve(model.inputs.size());
  size_t offset = 0;
  for (size_t i = 0; i < model.inputs.size(); ++i) {
    int64_t *words = inputStorage.data() + offset;
    writeDenseDescriptor(words, inputs[i]->data, inputs[i]->dims.data(), inputs[i]->dims.size());
    inputPointers.push_back(words);
    offset += MCC_ABI_MEMREF_WORDS(model.inputs[i].rank);
  }

  WorkspaceLease workspace(model.workspaces);
  if (!workspace.ok())
    return makeStatus(MCC_OUT_OF_MEMORY, modelLabel(model) + ": cannot allocate a workspace of " +
                                             std::to_string(model.workspaces.bytes()) + " bytes");
  RunFrame frame;
  int32_t code = frame.call(model.abi->run, inputPointers.data(), outputs.storage(),
                            workspace.get());
  if (frame.aborted()) {
    if (frame.abortCode() == MCC_INVALID_ARGUMENT)
      return makeStatus(MCC_INVALID_ARGUMENT,
                        modelLabel(model) + ": the input values ask for a tensor with a " +
                            "negative size or more than 2^40 elements");
    if (frame.abortCode() != MCC_OUT_OF_MEMORY)
      return makeStatus(frame.abortCode(), modelLabel(model) + ": a kernel failed during the run");
    std::string what = frame.failedBytes() > 0
                           ? "allocating " + std::to_string(frame.failedBytes()) + " bytes"
                           : "in a kernel";
    return makeStatus(MCC_OUT_OF_MEMORY,
                      modelLabel(model) + ": out of memory during the run (" + what + ")");
  }
  if (code != 0)
    return makeStatus(MCC_MODEL_ERROR, modelLabel(model) + " failed: run returned error code " +
                                           std::to_string(code));
  outputs.adopt();
  return outputs.check();
}

// Turns output j into a runtime tensor. Dense outputs are adopted without a copy; others
// (a model is allowed to get this wrong only in theory) are copied into a dense buffer.
mcc_status *adoptOutput(const mcc_model &model, ModelOutputs &outputs, size_t j, mcc_tensor **out) {
  const mcc_tensor_info &info = model.outputs[j];
  const MemrefView &view = outputs.view(j);
  std::vector<int64_t> dims = outputs.shape(j);
  size_t esize = mcc_dtype_size(info.dtype);
  size_t bytes = shapeSize(dims.data(), dims.size(), esize)->numBytes;
  if (bytes > 0 && isDenseRowMajor(view)) {
    char *data = view.aligned + view.offset * static_cast<int64_t>(esize);
    *out = newTensor(info.dtype, dims.data(), dims.size(), data, view.allocated);
    outputs.take(j);
    return nullptr;
  }
  std::unique_ptr<void, decltype(&std::free)> data(allocateData(bytes), &std::free);
  if (!data)
    return makeStatus(MCC_OUT_OF_MEMORY, modelLabel(model) + " output " + quoted(info.name) +
                                             ": cannot allocate " + std::to_string(bytes) +
                                             " bytes");
  copyToDense(view, esize, data.get());
  *out = newTensor(info.dtype, dims.data(), dims.size(), data.get(), data.get());
  data.release();
  return nullptr;
}

mcc_status *runModel(const mcc_model *model, const mcc_tensor *const *inputs, size_t n_inputs,
                     mcc_tensor **outputs, size_t n_outputs) {
  if (outputs)
    for (size_t j = 0; j < n_outputs; ++j)
      outputs[j] = nullptr;
  if (!model)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_model_run: model is NULL");
  if (mcc_status *error = checkOutputCount(*model, outputs, n_outputs))
    return error;
  if (mcc_status *error = checkInputs(*model, inputs, n_inputs))
    return error;

  ModelOutputs results(*model);
  std::vector<std::unique_ptr<mcc_tensor>> tensors(n_outputs);
  if (mcc_status *error = callModel(*model, inputs, results))
    return error;
  for (size_t j = 0; j < n_outputs; ++j) {
    mcc_tensor *tensor = nullptr;
    if (mcc_status *error = adoptOutput(*model, results, j, &tensor))
      return error;
    tensors[j].reset(tensor);
  }
  for (size_t j = 0; j < n_outputs; ++j)
    outputs[j] = tensors[j].release();
  return nullptr;
}

mcc_status *runModelInto(const mcc_model *model, const mcc_tensor *const *inputs, size_t n_inputs,
                         mcc_tensor *const *outputs, size_t n_outputs) {
  if (!model)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_model_run_into: model is NULL");
  if (mcc_status *error = checkOutputCount(*model, outputs, n_outputs))
    return error;
  if (mcc_status *error = checkInputs(*model, inputs, n_inputs))
    return error;
  for (size_t j = 0; j < n_outputs; ++j)
    if (mcc_status *error = checkTensor("output", model->outputs[j], outputs[j]))
      return error;

  ModelOutputs results(*model);
  if (mcc_status *error = callModel(*model, inputs, results))
    return error;
  // Check every shape before writing anything, so a mismatch leaves all buffers untouched.
  for (size_t j = 0; j < n_outputs; ++j) {
    std::vector<int64_t> produced = results.shape(j);
    if (produced != outputs[j]->dims)
      return makeStatus(MCC_SHAPE_MISMATCH, "output " + quoted(model->outputs[j].name) +
                                                ": model produced shape " + shapeOf(produced) +
                                                ", but the buffer has shape " +
                                                shapeOf(outputs[j]->dims));
  }
  for (size_t j = 0; j < n_outputs; ++j) {
    const MemrefView &view = results.view(j);
    size_t esize = mcc_dtype_size(outputs[j]->dtype);
    if (outputs[j]->sizeBytes == 0)
      continue;
    if (isDenseRowMajor(view))
      std::memcpy(outputs[j]->data, view.aligned + view.offset * static_cast<int64_t>(esize),
                  outputs[j]->sizeBytes);
    else
      copyToDense(view, esize, outputs[j]->data);
  }
  return nullptr;
}

mcc_status *runModelNamed(const mcc_model *model, const char *const *names,
                          const mcc_tensor *const *inputs, size_t n_inputs, mcc_tensor **outputs,
                          size_t n_outputs) {
  if (outputs)
    for (size_t j = 0; j < n_outputs; ++j)
      outputs[j] = nullptr;
  if (!model)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_model_run_named: model is NULL");
  if (n_inputs > 0 && (!names || !inputs))
    return makeStatus(MCC_INVALID_ARGUMENT,
                      modelLabel(*model) + ": input names or tensors array is NULL");
  std::vector<const mcc_tensor *> ordered(model->inputs.size(), nullptr);
  std::vector<bool> given(model->inputs.size(), false);
  for (size_t i = 0; i < n_inputs; ++i) {
    if (!names[i])
      return makeStatus(MCC_INVALID_ARGUMENT,
                        modelLabel(*model) + ": input name " + std::to_string(i) + " is NULL");
    size_t index;
    if (mcc_status *error = mcc_model_find_input(model, names[i], &index))
      return error;
    if (given[index])
      return makeStatus(MCC_INVALID_ARGUMENT, "input " + quoted(names[i]) + " given twice");
    given[index] = true;
    ordered[index] = inputs[i];
  }
  for (size_t i = 0; i < given.size(); ++i)
    if (!given[i])
      return makeStatus(MCC_INVALID_ARGUMENT,
                        modelLabel(*model) + ": missing input " + quoted(model->inputs[i].name));
  return runModel(model, ordered.data(), ordered.size(), outputs, n_outputs);
}

} // namespace
} // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_status *mcc_model_run(const mcc_model *model, const mcc_tensor *const *inputs, size_t n_inputs,
                          mcc_tensor **outputs, size_t n_outputs) {
  return guard([&] { return runModel(model, inputs, n_inputs, outputs, n_outputs); });
}

mcc_status *mcc_model_run_named(const mcc_model *model, const char *const *names,
                                const mcc_tensor *const *inputs, size_t n_inputs,
                                mcc_tensor **outputs, size_t n_outputs) {
  return guard([&] { return runModelNamed(model, names, inputs, n_inputs, outputs, n_outputs); });
}

mcc_status *mcc_model_run_into(const mcc_model *model, const mcc_tensor *const *inputs,
                               size_t n_inputs, mcc_tensor *const *outputs, size_t n_outputs) {
  return guard([&] { return runModelInto(model, inputs, n_inputs, outputs, n_outputs); });
}

} // extern "C"
