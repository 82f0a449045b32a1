// The trainer behind mcc_trainer: owns a training step's state and feeds each step's new
// state back in as the next step's input.
#include "Checkpoint.h"
#include "Model.h"
#include "Shape.h"
#include "Status.h"
#include "Tensor.h"

#include <cstring>
#include <map>
#include <memory>

struct mcc_trainer {
  const mcc_model *model = nullptr;
  size_t numData = 0; // inputs before the state: the model's own, then labels
  std::vector<mcc_tensor *> state;

  mcc_trainer() = default;
  mcc_trainer(const mcc_trainer &) = delete;
  mcc_trainer &operator=(const mcc_trainer &) = delete;
  ~mcc_trainer() {
    for (mcc_tensor *t : state)
      mcc_tensor_free(t);
  }
  size_t numState() const { return state.size(); }
  const mcc_tensor_info &stateInfo(size_t i) const { return model->inputs[numData + i]; }
};

namespace mcc::rt {
namespace {
// Checkpoints larger than this are refused before they are read (a hostile file cannot
// make the runtime allocate without bound).
constexpr uint64_t kMaxCheckpointBytes = uint64_t(1) << 40;

mcc_status *createTrainer(const mcc_model *model, mcc_trainer **out) {
  if (!out)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_trainer_create: output pointer is NULL");
  *out = nullptr;
  if (!model)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_trainer_create: model is NULL");
  if (!mcc_model_is_train_step(model))
    return makeStatus(MCC_INVALID_ARGUMENT, "model '" + model->path +
                                                "' is not a training step (compile it with "
                                                "mcc --train)");
  auto trainer = std::make_unique<mcc_trainer>();
  trainer->model = model;
  size_t numState = model->abi->num_state;
  trainer->numData = model->inputs.size() - numState;
  for (size_t i = 0; i < numState; ++i) {
    const mcc_tensor_info &info = trainer->stateInfo(i);
    mcc_tensor *t = nullptr;
    if (mcc_status *status = mcc_tensor_create(info.dtype, info.dims, info.rank, &t)) {
      return status;
    }
    trainer->state.push_back(t);
    if (const void *init = model->abi->state_init[i])
      std::memcpy(t->data, init, t->sizeBytes);
  }
  *out = trainer.release();
  return nullptr;
}

mcc_status *step(mcc_trainer *trainer, const mcc_tensor *const *inputs, size_t n,
                 float *loss, mcc_tensor **prediction) {
  if (prediction)
    *prediction = nullptr;
  if (!trainer || !loss || (n && !inputs))
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_trainer_step: NULL argument");
  if (n != trainer->numData)
    return makeStatus(MCC_INVALID_ARGUMENT,
                      "mcc_trainer_step: expected " + std::to_string(trainer->numData) +
                          " inputs (the model's inputs, then labels), got " + std::to_string(n));
  std::vector<const mcc_tensor *> all(inputs, inputs + n);
  all.insert(all.end(), trainer->state.begin(), trainer->state.end());
  std::vector<mcc_tensor *> outputs(trainer->model->outputs.size(), nullptr);
  if (mcc_status *status =
          mcc_model_run(trainer->model, all.data(), all.size(), outputs.data(), outputs.size()))
    return status;
  const mcc_tensor *lossTensor = outputs[0];
  if (lossTensor->dtype != MCC_DTYPE_F32 || lossTensor->numElements != 1) {
    for (mcc_tensor *t : outputs)
      mcc_tensor_free(t);
    return makeStatus(MCC_MODEL_ERROR, "the training step's loss is not one f32");
  }
  *loss = *static_cast<const float *>(lossTensor->data);
  mcc_tensor_free(outputs[0]);
  if (prediction)
    *prediction = outputs[1];
  else
    mcc_tensor_free(outputs[1]);
  for (size_t i = 0; i < trainer->numState(); ++i) {
    mcc_tensor_free(trainer->state[i]);
    trainer->state[i] = outputs[2 + i];
  }
  return nullptr;
}

bool sameShape(const mcc_tensor *t, mcc_dtype dtype, const int64_t *dims, size_t rank) {
  return t->dtype == dtype && t->dims.size() == rank &&
         std::equal(t->dims.begin(), t->dims.end(), dims);
}

mcc_status *setState(mcc_trainer *trainer, size_t index, const mcc_tensor *value) {
  if (!trainer || !value)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_trainer_set_state: NULL argument");
  if (index >= trainer->numState())
    return makeStatus(MCC_INVALID_ARGUMENT,
                      "mcc_trainer_set_state: index " + std::to_string(index) + " of " +
                          std::to_string(trainer->numState()) + " state tensors");
  mcc_tensor *target = trainer->state[index];
  if (!sameShape(target, value->dtype, value->dims.data(), value->dims.size()))
    return makeStatus(MCC_SHAPE_MISMATCH,
                      std::string("state '") + trainer->stateInfo(index).name + "' is " +
                          mcc_dtype_name(target->dtype) + " " +
                          formatShape(target->dims.data(), target->dims.size()) + ", got " +
                          mcc_dtype_name(value->dtype) + " " +
                          formatShape(value->dims.data(), value->dims.size()));
  std::memcpy(target->data, value->data, target->sizeBytes);
  return nullptr;
}

mcc_status *save(const mcc_trainer *trainer, const char *path) {
  if (!trainer || !path)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_trainer_save: NULL argument");
  std::vector<CheckpointEntry> entries;
  for (size_t i = 0; i < trainer->numState(); ++i) {
    const mcc_tensor *t = trainer->state[i];
    entries.push_back({trainer->stateInfo(i).name, t->dtype, t->dims,
                       static_cast<const char *>(t->data), t->sizeBytes});
  }
  std::string error = writeFileAtomically(path, serializeCheckpoint(entries));
  if (!error.empty())
    return makeStatus(MCC_INVALID_ARGUMENT, "cannot save checkpoint: " + error);
  return nullptr;
}

mcc_status *load(mcc_trainer *trainer, const char *path) {
  if (!trainer || !path)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_trainer_load: NULL argument");
  std::string contents;
  std::string error = readWholeFile(path, kMaxCheckpointBytes, contents);
  std::string prefix = std::string("checkpoint '") + path + "': ";
  if (!error.empty())
    return makeStatus(MCC_NOT_FOUND, prefix + error);
  std::vector<CheckpointEntry> entries;
  error = parseCheckpoint(contents.data(), contents.size(), entries);
  if (!error.empty())
    return makeStatus(MCC_INVALID_ARGUMENT, prefix + error);
  std::map<std::string, const CheckpointEntry *> byName;
  for (const CheckpointEntry &e : entries)
    if (!byName.emplace(e.name, &e).second)
      return makeStatus(MCC_INVALID_ARGUMENT, prefix + "'" + e.name + "' appears twice");
  // Check everything before touching the state, so a bad file changes nothing.
  std::vector<const CheckpointEntry *> matched;
  for (size_t i = 0; i < trainer->numState(); ++i) {
    const char *name = trainer->stateInfo(i).name;
    auto it = byName.find(name);
    if (it == byName.end())
      return makeStatus(MCC_INVALID_ARGUMENT, prefix + "has no '" + name + "'");
    const mcc_tensor *t = trainer->state[i];
    const CheckpointEntry &e = *it->second;
    if (!sameShape(t, e.dtype, e.dims.data(), e.dims.size()))
      return makeStatus(MCC_SHAPE_MISMATCH,
                        prefix + "'" + name + "' is " + mcc_dtype_name(e.dtype) + " " +
                            formatShape(e.dims.data(), e.dims.size()) + ", the model's is " +
                            mcc_dtype_name(t->dtype) + " " +
                            formatShape(t->dims.data(), t->dims.size()));
    matched.push_back(&e);
  }
  if (entries.size() != trainer->numState())
    return makeStatus(MCC_INVALID_ARGUMENT,
                      prefix + "holds " + std::to_string(entries.size()) +
                          " tensors, the model's state has " +
                          std::to_string(trainer->numState()));
  for (size_t i = 0; i < trainer->numState(); ++i)
    std::memcpy(trainer->state[i]->data, matched[i]->data, matched[i]->bytes);
  return nullptr;
}
} // namespace
} // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

int mcc_model_is_train_step(const mcc_model *model) {
  return model && model->abi->num_state > 0 ? 1 : 0;
}

mcc_status *mcc_trainer_create(const mcc_model *model, mcc_trainer **out) {
  return guard([&] { return createTrainer(model, out); });
}

void mcc_trainer_free(mcc_trainer *trainer) { delete trainer; }

size_t mcc_trainer_num_inputs(const mcc_trainer *trainer) {
  return trainer ? trainer->numData : 0;
}

const mcc_tensor_info *mcc_trainer_input(const mcc_trainer *trainer, size_t index) {
  return trainer && index < trainer->numData ? &trainer->model->inputs[index] : nullptr;
}

mcc_status *mcc_trainer_step(mcc_trainer *trainer, const mcc_tensor *const *inputs,
                             size_t n_inputs, float *loss, mcc_tensor **prediction) {
  return guard([&] { return step(trainer, inputs, n_inputs, loss, prediction); });
}

size_t mcc_trainer_num_params(const mcc_trainer *trainer) {
  return trainer ? trainer->model->abi->num_params : 0;
}

size_t mcc_trainer_num_state(const mcc_trainer *trainer) {
  return trainer ? trainer->numState() : 0;
}

const char *mcc_trainer_state_name(const mcc_trainer *trainer, size_t index) {
  return trainer && index < trainer->numState() ? trainer->stateInfo(index).name : nullptr;
}

const mcc_tensor *mcc_trainer_state(const mcc_trainer *trainer, size_t index) {
  return trainer && index < trainer->numState() ? trainer->state[index] : nullptr;
}

mcc_status *mcc_trainer_set_state(mcc_trainer *trainer, size_t index, const mcc_tensor *value) {
  return guard([&] { return setState(trainer, index, value); });
}

mcc_status *mcc_trainer_save(const mcc_trainer *trainer, const char *path) {
  return guard([&] { return save(trainer, path); });
}

mcc_status *mcc_trainer_load(mcc_trainer *trainer, const char *path) {
  return guard([&] { return load(trainer, path); });
}

} // extern "C"
