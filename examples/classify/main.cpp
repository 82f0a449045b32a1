// classify: run an image classifier compiled by mcc and print its top-5 classes.
//
//   classify MODEL.so [INPUT.npy] [--reference REF.npy] [--labels LABELS.npy] [--bench N]
//            [--threads T]
//
// Without INPUT.npy the first input is filled with seeded random values, dynamic dims set
// to 1. --reference compares the first output with a reference .npy (say, ONNX Runtime's)
// and prints max_abs_diff_vs_reference=...; --labels takes the true class of each row of a
// batch (int64) and prints accuracy=...; --bench N prints the median latency of N runs.
//
// This file is meant to be read: it is the whole of what an application needs to embed a
// model. Errors use the throwing style of mcc/runtime.hpp (`.value()`), caught in main.
#include "mcc/npy.hpp"
#include "mcc/runtime.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

struct Args {
  std::string model;
  std::optional<std::string> input;
  std::optional<std::string> reference;
  std::optional<std::string> labels;
  int bench = 0;
  int threads = 0; // 0: the runtime's default
};

const char *const kUsage =
    "usage: classify MODEL.so [INPUT.npy] [--reference REF.npy] [--labels LABELS.npy]\n"
    "                [--bench N] [--threads T]\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int parsePositive(const std::string &flag, const std::string &text) {
  char *end = nullptr;
  long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || value < 1 || value > 1000000)
    throw UsageError(flag + " needs a positive integer, got '" + text + "'");
  return static_cast<int>(value);
}

Args parseArgs(int argc, char **argv) {
  Args args;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc)
        throw UsageError(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--reference")
      args.reference = value();
    else if (arg == "--labels")
      args.labels = value();
    else if (arg == "--bench")
      args.bench = parsePositive(arg, value());
    else if (arg == "--threads")
      args.threads = parsePositive(arg, value());
    else if (arg.rfind("--", 0) == 0)
      throw UsageError("unknown option '" + arg + "'");
    else
      positional.push_back(arg);
  }
  if (positional.empty() || positional.size() > 2)
    throw UsageError("expected MODEL.so and an optional INPUT.npy");
  args.model = positional[0];
  if (positional.size() == 2)
    args.input = positional[1];
  return args;
}

void printSignature(const mcc::Model &model) {
  std::cout << "model '" << model.name() << "'\n";
  for (const mcc::TensorInfo &info : model.inputs())
    std::cout << "  input  " << info.name << ": " << mcc_dtype_name(info.dtype) << " "
              << mcc::format_shape(info.dims) << "\n";
  for (const mcc::TensorInfo &info : model.outputs())
    std::cout << "  output " << info.name << ": " << mcc_dtype_name(info.dtype) << " "
              << mcc::format_shape(info.dims) << "\n";
}

// float -> IEEE half for the values randomTensor makes (0, or normal halves in [2^-10, 1)).
uint16_t toHalf(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  if (value == 0.0f)
    return 0;
  uint32_t exponent = ((bits >> 23) & 0xff) - 112;
  return static_cast<uint16_t>(exponent << 10 | (bits & 0x7fffff) >> 13);
}

// A tensor shaped like `info` (dynamic dims = 1) with seeded random contents: floats in
// [0, 1), integers in [0, 10), bools 0/1.
mcc::Tensor randomTensor(const mcc::TensorInfo &info, std::mt19937 &rng) {
  std::vector<int64_t> dims = info.dims;
  std::replace(dims.begin(), dims.end(), int64_t{-1}, int64_t{1});
  mcc::Tensor tensor = mcc::Tensor::create(info.dtype, dims).value();
  std::uniform_int_distribution<int> steps(0, 1023);
  auto unit = [&] { return static_cast<float>(steps(rng)) / 1024.0f; };
  auto fill = [&](auto *data, auto make) {
    for (size_t i = 0; i < tensor.num_elements(); ++i)
      data[i] = make();
  };
  void *data = tensor.data();
  switch (info.dtype) {
  case MCC_DTYPE_F32: fill(static_cast<float *>(data), unit); break;
  case MCC_DTYPE_F64: fill(static_cast<double *>(data), unit); break;
  case MCC_DTYPE_F16: fill(static_cast<uint16_t *>(data), [&] { return toHalf(unit()); }); break;
  case MCC_DTYPE_BF16:
    fill(static_cast<uint16_t *>(data), [&] {
      float value = unit();
      uint32_t bits;
      std::memcpy(&bits, &value, sizeof(bits));
      return static_cast<uint16_t>(bits >> 16); // exact: k/1024 needs < 8 mantissa bits
    });
    break;
  case MCC_DTYPE_BOOL: fill(static_cast<uint8_t *>(data), [&] { return steps(rng) % 2; }); break;
  default: {
    // Integers: write 0..9 in the element's width (all little-endian, all >= 1 byte).
    size_t size = mcc_dtype_size(info.dtype);
    auto *bytes = static_cast<unsigned char *>(data);
    for (size_t i = 0; i < tensor.num_elements(); ++i)
      bytes[i * size] = static_cast<unsigned char>(steps(rng) % 10);
  }
  }
  return tensor;
}

// Per row of the last axis: the scores as probabilities. Softmax unless the row already is
// a distribution (values in [0, 1] summing to 1), as when the model ends in Softmax.
std::vector<double> probabilities(const std::vector<double> &row, bool &applied) {
  double sum = std::accumulate(row.begin(), row.end(), 0.0);
  bool isDistribution =
      std::abs(sum - 1.0) < 1e-3 &&
      std::all_of(row.begin(), row.end(), [](double v) { return v >= 0.0 && v <= 1.0; });
  applied = !isDistribution;
  if (isDistribution)
    return row;
  double top = *std::max_element(row.begin(), row.end());
  std::vector<double> result(row.size());
  double total = 0;
  for (size_t i = 0; i < row.size(); ++i)
    total += result[i] = std::exp(row[i] - top);
  for (double &p : result)
    p /= total;
  return result;
}

void printTopClasses(const mcc::TensorInfo &info, const mcc::Tensor &scores) {
  std::vector<int64_t> dims = scores.dims();
  size_t classes = dims.empty() ? 1 : static_cast<size_t>(dims.back());
  if (scores.num_elements() == 0 || classes == 0) {
    std::cout << "output '" << info.name << "' is empty\n";
    return;
  }
  constexpr size_t kMaxRows = 8;
  size_t rows = scores.num_elements() / classes;
  for (size_t r = 0; r < std::min(rows, kMaxRows); ++r) {
    std::vector<double> row(classes);
    for (size_t c = 0; c < classes; ++c)
      row[c] = scores.value_at(r * classes + c);
    bool softmax = false;
    std::vector<double> probs = probabilities(row, softmax);
    std::vector<size_t> order(classes);
    std::iota(order.begin(), order.end(), 0);
    size_t k = std::min<size_t>(5, classes);
    std::partial_sort(order.begin(), order.begin() + k, order.end(),
                      [&](size_t a, size_t b) { return probs[a] > probs[b]; });
    std::cout << "top-" << k << (rows > 1 ? " of sample " + std::to_string(r) : "") << " ("
              << (softmax ? "softmax of '" : "'") << info.name << "'):\n";
    for (size_t i = 0; i < k; ++i)
      std::printf("  class %-6zu p=%.6f  score=%g\n", order[i], probs[order[i]], row[order[i]]);
  }
  if (rows > kMaxRows)
    std::cout << "(" << rows - kMaxRows << " more samples not shown)\n";
}

// max |output - reference| over all elements; infinite if only one side is NaN.
double maxAbsDiff(const mcc::Tensor &output, const std::string &referencePath) {
  mcc::npy::Array array = mcc::npy::read(referencePath);
  mcc::Tensor reference =
      mcc::Tensor::wrap(array.dtype, array.shape, array.data.data(), array.data.size()).value();
  if (reference.dims() != output.dims())
    throw std::runtime_error(referencePath + ": reference shape " +
                             mcc::format_shape(reference.dims()) +
                             " differs from the output shape " + mcc::format_shape(output.dims()));
  double worst = 0;
  for (size_t i = 0; i < output.num_elements(); ++i) {
    double a = output.value_at(i), b = reference.value_at(i);
    if (std::isnan(a) || std::isnan(b)) {
      if (std::isnan(a) != std::isnan(b))
        return std::numeric_limits<double>::infinity();
      continue;
    }
    worst = std::max(worst, std::abs(a - b));
  }
  return worst;
}

// The share of rows whose highest score is the label's class.
double accuracy(const mcc::Tensor &scores, const std::string &labelsPath, size_t &rows) {
  mcc::npy::Array labels = mcc::npy::read(labelsPath);
  std::vector<int64_t> dims = scores.dims();
  if (labels.dtype != MCC_DTYPE_I64 || dims.size() != 2 || labels.shape.size() != 1 ||
      labels.shape[0] != dims[0])
    throw std::runtime_error(labelsPath + ": expected int64 labels [" + std::to_string(dims[0]) +
                             "] for scores " + mcc::format_shape(dims));
  const auto *truth = reinterpret_cast<const int64_t *>(labels.data.data());
  rows = static_cast<size_t>(dims[0]);
  size_t correct = 0;
  for (size_t r = 0; r < rows; ++r) {
    int64_t best = 0;
    for (int64_t c = 1; c < dims[1]; ++c)
      if (scores.value_at(r * dims[1] + c) > scores.value_at(r * dims[1] + best))
        best = c;
    correct += best == truth[r];
  }
  return rows ? double(correct) / double(rows) : 0.0;
}

double medianLatencyMs(const mcc::Model &model, const std::vector<mcc::Tensor> &inputs, int runs) {
  std::vector<double> millis;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    model.run(inputs).value();
    millis.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(millis.begin(), millis.end());
  size_t mid = millis.size() / 2;
  return millis.size() % 2 ? millis[mid] : (millis[mid - 1] + millis[mid]) / 2;
}

int classify(const Args &args) {
  if (args.threads > 0)
    mcc::set_num_threads(args.threads).throw_if_error();
  mcc::Model model = mcc::Model::load(args.model).value();
  printSignature(model);
  if (model.inputs().empty() || model.outputs().empty())
    throw std::runtime_error("the model needs at least one input and one output");

  // Input 0 from the .npy file (wrapped in place, no copy) or random; the rest random.
  std::mt19937 rng(42);
  mcc::npy::Array array;
  std::vector<mcc::Tensor> inputs;
  for (size_t i = 0; i < model.inputs().size(); ++i) {
    if (i == 0 && args.input) {
      array = mcc::npy::read(*args.input);
      inputs.push_back(
          mcc::Tensor::wrap(array.dtype, array.shape, array.data.data(), array.data.size())
              .value());
    } else {
      inputs.push_back(randomTensor(model.inputs()[i], rng));
    }
  }

  std::vector<mcc::Tensor> outputs = model.run(inputs).value();
  printTopClasses(model.outputs()[0], outputs[0]);
  if (args.reference)
    std::printf("max_abs_diff_vs_reference=%.6g\n", maxAbsDiff(outputs[0], *args.reference));
  if (args.labels) {
    size_t rows = 0;
    double share = accuracy(outputs[0], *args.labels, rows);
    std::printf("accuracy=%.4f (%zu samples)\n", share, rows);
  }
  if (args.bench > 0)
    std::printf("median_latency_ms=%.3f (%d runs)\n", medianLatencyMs(model, inputs, args.bench),
                args.bench);
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  try {
    return classify(parseArgs(argc, argv));
  } catch (const UsageError &e) {
    std::cerr << "classify: " << e.what() << "\n" << kUsage;
  } catch (const std::exception &e) { // mcc::Error, mcc::npy::Error, ...
    std::cout.flush();
    std::cerr << "classify: " << e.what() << "\n";
  }
  return 1;
}
