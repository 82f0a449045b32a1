// mcc-run --train: epochs of training steps over a .npz dataset, with per-step losses, the
// accuracy per epoch, evaluation and checkpoints. A thin loop over mcc::Trainer.
#include "Train.h"

#include "mcc/npy.hpp"
#include "mcc/runtime.hpp"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace mcc::run {
namespace {

// The dataset as the trainer's inputs see it: one array per input, samples along dim 0.
struct Dataset {
  std::string path;
  std::vector<npy::Array> arrays; // in the trainer's input order
  int64_t samples = 0;
};

Dataset loadDataset(const std::string &path, const std::vector<TensorInfo> &inputs) {
  std::map<std::string, npy::Array> byName;
  for (auto &[name, array] : npy::readNpz(path))
    byName.emplace(name, std::move(array));
  Dataset data{path, {}, -1};
  for (const TensorInfo &input : inputs) {
    auto it = byName.find(input.name);
    if (it == byName.end()) {
      std::string have;
      for (const auto &entry : byName)
        have += (have.empty() ? "" : ", ") + entry.first;
      throw std::runtime_error(path + ": no array '" + input.name +
                               "' (the step takes the model's inputs and 'labels'; the file "
                               "has: " + (have.empty() ? "nothing" : have) + ")");
    }
    npy::Array &array = it->second;
    std::string what = path + ": '" + input.name + "'";
    if (array.dtype != input.dtype)
      throw std::runtime_error(what + " is " + mcc_dtype_name(array.dtype) + ", the model takes " +
                               mcc_dtype_name(input.dtype));
    if (array.shape.size() != input.dims.size() || array.shape.empty())
      throw std::runtime_error(what + " has shape " + format_shape(array.shape) +
                               ", the model takes " + format_shape(input.dims) +
                               " with samples along the first dim");
    for (size_t d = 1; d < array.shape.size(); ++d)
      if (input.dims[d] >= 0 && input.dims[d] != array.shape[d])
        throw std::runtime_error(what + " has shape " + format_shape(array.shape) +
                                 ", the model takes " + format_shape(input.dims));
    if (data.samples >= 0 && array.shape[0] != data.samples)
      throw std::runtime_error(path + ": the arrays hold different numbers of samples (" +
                               std::to_string(data.samples) + " and " +
                               std::to_string(array.shape[0]) + " in '" + input.name + "')");
    data.samples = array.shape[0];
    data.arrays.push_back(std::move(array));
  }
  if (data.samples == 0)
    throw std::runtime_error(path + ": no samples");
  return data;
}

// The tensors of one batch: rows `order[first, first + count)` of every array.
std::vector<Tensor> gatherBatch(const Dataset &data, const std::vector<int64_t> &order,
                                int64_t first, int64_t count) {
  std::vector<Tensor> batch;
  for (const npy::Array &array : data.arrays) {
    std::vector<int64_t> dims = array.shape;
    dims[0] = count;
    Tensor t = Tensor::create(array.dtype, dims).value();
    size_t row = array.data.size() / static_cast<size_t>(data.samples);
    auto *out = static_cast<unsigned char *>(t.data());
    for (int64_t i = 0; i < count; ++i)
      std::memcpy(out + i * row, array.data.data() + order[first + i] * row, row);
    batch.push_back(std::move(t));
  }
  return batch;
}

// How many predictions match class-index labels (argmax over dim 1, first maximum wins).
int64_t countCorrect(const Tensor &prediction, const Tensor &labels) {
  std::vector<int64_t> dims = prediction.dims();
  if (dims.size() != 2 || labels.dtype() != MCC_DTYPE_I64 || prediction.dtype() != MCC_DTYPE_F32)
    return 0;
  const float *p = prediction.data<float>();
  const int64_t *y = labels.data<int64_t>();
  int64_t correct = 0;
  for (int64_t i = 0; i < dims[0]; ++i) {
    const float *row = p + i * dims[1];
    correct += (std::max_element(row, row + dims[1]) - row) == y[i];
  }
  return correct;
}

struct Totals {
  double loss = 0; // sum of batch loss x batch size
  int64_t samples = 0, correct = 0;
  double meanLoss() const { return samples ? loss / samples : 0; }
  double accuracy() const { return samples ? double(correct) / samples : 0; }
};

// Steps (or, for evaluation, scores) every batch of `data` in `order`.
template <typename Step>
Totals overBatches(const Dataset &data, const std::vector<int64_t> &order, int64_t batch,
                   bool dropShort, Step &&step) {
  Totals totals;
  for (int64_t first = 0; first < data.samples; first += batch) {
    int64_t count = std::min(batch, data.samples - first);
    if (count < batch && dropShort)
      break;
    std::vector<Tensor> tensors = gatherBatch(data, order, first, count);
    Tensor prediction;
    float loss = step(tensors, prediction);
    totals.loss += double(loss) * count;
    totals.samples += count;
    totals.correct += countCorrect(prediction, tensors.back());
  }
  return totals;
}

// How the data is cut into batches.
struct Batching {
  int64_t batch = 0, steps = 0;
  bool dropShort = false; // a static batch dim: a short last batch cannot run
};

Batching batchingFor(const TrainPlan &plan, const std::vector<TensorInfo> &inputs,
                     const Dataset &data) {
  // A static batch dim fixes the batch size; a dynamic one takes --batch (default 32).
  int64_t staticBatch = inputs.front().dims.empty() ? -1 : inputs.front().dims[0];
  Batching b;
  b.batch = plan.batch ? *plan.batch : staticBatch > 0 ? staticBatch : 32;
  if (staticBatch > 0 && b.batch != staticBatch)
    throw std::runtime_error("--batch " + std::to_string(b.batch) + ": the model was exported "
                             "with a fixed batch size of " + std::to_string(staticBatch));
  b.dropShort = staticBatch > 0;
  b.steps = b.dropShort ? data.samples / b.batch : (data.samples + b.batch - 1) / b.batch;
  if (b.steps == 0)
    throw std::runtime_error(plan.data + ": " + std::to_string(data.samples) +
                             " samples, fewer than one batch of " + std::to_string(b.batch));
  return b;
}

} // namespace

void benchTraining(const std::string &modelPath, const TrainPlan &plan, int warmup,
                   int iterations) {
  Trainer trainer = Trainer::load(modelPath).value();
  std::vector<TensorInfo> inputs = trainer.inputs();
  Dataset data = loadDataset(plan.data, inputs);
  Batching b = batchingFor(plan, inputs, data);
  std::vector<int64_t> order(data.samples);
  std::iota(order.begin(), order.end(), 0);
  // The batches up front: the timing is the step's alone.
  std::vector<std::vector<Tensor>> batches;
  for (int64_t s = 0; s < b.steps; ++s)
    batches.push_back(gatherBatch(data, order, s * b.batch,
                                  std::min(b.batch, data.samples - s * b.batch)));
  std::vector<double> millis;
  for (int i = 0; i < warmup + iterations; ++i) {
    const std::vector<Tensor> &batch = batches[i % batches.size()];
    auto start = std::chrono::steady_clock::now();
    trainer.step(batch).value();
    auto stop = std::chrono::steady_clock::now();
    if (i >= warmup)
      millis.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(millis.begin(), millis.end());
  auto at = [&](double q) { return millis[static_cast<size_t>(q * (millis.size() - 1))]; };
  std::printf("train_step_ms p50=%.3f p90=%.3f min=%.3f\n", at(0.5), at(0.9), millis.front());
}

void trainModel(const std::string &modelPath, const TrainPlan &plan) {
  Trainer trainer = Trainer::load(modelPath).value();
  std::vector<TensorInfo> inputs = trainer.inputs();
  Dataset data = loadDataset(plan.data, inputs);
  bool classes = inputs.back().dtype == MCC_DTYPE_I64;
  Batching batching = batchingFor(plan, inputs, data);
  const int64_t batch = batching.batch, steps = batching.steps;
  const bool dropShort = batching.dropShort;

  std::string checkpoint;
  if (plan.checkpoint) {
    std::error_code error;
    std::filesystem::create_directories(*plan.checkpoint, error);
    if (error)
      throw std::runtime_error("cannot create '" + *plan.checkpoint + "': " + error.message());
    checkpoint = (std::filesystem::path(*plan.checkpoint) / "checkpoint.mcc").string();
    if (plan.resume) {
      trainer.load_checkpoint(checkpoint).throw_if_error();
      std::printf("resumed from %s\n", checkpoint.c_str());
    }
  }
  std::optional<Dataset> eval;
  std::optional<Trainer> scorer; // runs eval batches from a fresh copy of the state each
  if (plan.eval) {
    eval = loadDataset(*plan.eval, inputs);
    scorer = Trainer::load(modelPath).value();
  }

  std::printf("training %s: %lld samples, batch %lld, %lld steps per epoch, %zu weights\n",
              modelPath.c_str(), (long long)data.samples, (long long)batch, (long long)steps,
              trainer.num_params());
  bool tty = isatty(STDOUT_FILENO);
  std::vector<int64_t> order(data.samples);
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 random(plan.seed);
  int64_t globalStep = 0;
  auto started = std::chrono::steady_clock::now();
  for (int epoch = 1; epoch <= plan.epochs; ++epoch) {
    if (plan.shuffle)
      std::shuffle(order.begin(), order.end(), random);
    int64_t stepInEpoch = 0;
    Totals totals = overBatches(data, order, batch, dropShort,
                                [&](const std::vector<Tensor> &tensors, Tensor &prediction) {
      float loss = trainer.step(tensors, &prediction).value();
      ++globalStep, ++stepInEpoch;
      if (tty) {
        int filled = static_cast<int>(30 * stepInEpoch / steps);
        std::printf("\repoch %d/%d [%s%s] %lld/%lld loss %.6f", epoch, plan.epochs,
                    std::string(filled, '=').c_str(), std::string(30 - filled, ' ').c_str(),
                    (long long)stepInEpoch, (long long)steps, loss);
        std::fflush(stdout);
      } else {
        std::printf("step %lld epoch %d loss %.9g\n", (long long)globalStep, epoch, loss);
      }
      return loss;
    });
    if (tty)
      std::printf("\n");
    std::printf("epoch %d loss %.9g", epoch, totals.meanLoss());
    if (classes)
      std::printf(" accuracy %.4f", totals.accuracy());
    if (eval) {
      std::vector<int64_t> evalOrder(eval->samples);
      std::iota(evalOrder.begin(), evalOrder.end(), 0);
      Totals scored = overBatches(*eval, evalOrder, batch, dropShort,
                                  [&](const std::vector<Tensor> &tensors, Tensor &prediction) {
        // The scorer's step updates its own copy; reset it to the trained state each time.
        for (size_t i = 0; i < trainer.num_state(); ++i)
          Status::adopt(mcc_trainer_set_state(scorer->get(), i, mcc_trainer_state(trainer.get(), i)))
              .throw_if_error();
        return scorer->step(tensors, &prediction).value();
      });
      std::printf(" eval_loss %.9g", scored.meanLoss());
      if (classes)
        std::printf(" eval_accuracy %.4f", scored.accuracy());
    }
    std::printf("\n");
    if (!checkpoint.empty())
      trainer.save(checkpoint).throw_if_error();
    std::fflush(stdout);
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("trained %lld steps in %.2f s%s%s\n", (long long)globalStep, seconds,
              checkpoint.empty() ? "" : "; checkpoint ", checkpoint.c_str());
}

} // namespace mcc::run
