// mcc-run: load a compiled model, feed it .npy inputs, write or summarize its outputs, and
// optionally benchmark it. A thin main over the runtime's C++ API and mcc_npy.
#include "Options.h"
#include "Stress.h"
#include "Train.h"

#include "mcc/npy.hpp"
#include "mcc/runtime.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <sys/resource.h>
#include <stdexcept>

namespace mcc::run {
namespace {

// Anything that ends the run with a message; main prints it after "mcc-run: ".
class Failure : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

std::string nameList(const std::vector<TensorInfo> &infos) {
  std::string text;
  for (const TensorInfo &info : infos)
    text += (text.empty() ? "" : ", ") + info.name;
  return text.empty() ? "none" : text;
}

void printInfo(const Model &model) {
  std::cout << "model '" << model.name() << "' (" << model.path() << ")\n";
  auto print = [](const char *title, const std::vector<TensorInfo> &infos) {
    std::cout << title << ":\n";
    for (const TensorInfo &info : infos)
      std::cout << "  " << info.name << ": " << mcc_dtype_name(info.dtype) << " "
                << format_shape(info.dims) << "\n";
  };
  print("inputs", model.inputs());
  print("outputs", model.outputs());
  std::cout << "memory: workspace " << model.workspace_bytes() << " bytes, weights "
            << model.weights_bytes() << " bytes\n";
}

// The process's peak resident set so far, in bytes (Linux reports kilobytes).
long peakRssBytes() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss * 1024L;
}

// Maps each --input argument to a model input; returns one file path per model input.
std::vector<std::string> resolveInputs(const Model &model, const std::vector<std::string> &args) {
  const std::vector<TensorInfo> &inputs = model.inputs();
  std::vector<std::string> files(inputs.size());
  std::vector<bool> given(inputs.size(), false);
  for (const std::string &arg : args) {
    size_t index = 0;
    std::string file = arg;
    size_t eq = arg.find('=');
    std::optional<size_t> named;
    if (eq != std::string::npos)
      if (Result<size_t> found = model.find_input(arg.substr(0, eq)))
        named = found.value();
    if (named) {
      index = *named;
      file = arg.substr(eq + 1);
    } else if (inputs.size() == 1 && (eq == std::string::npos || std::filesystem::exists(arg))) {
      // A one-input model takes a bare file name (which may itself contain '=').
      index = 0;
    } else if (eq != std::string::npos) {
      throw Failure("unknown input '" + arg.substr(0, eq) + "' (model inputs: " + nameList(inputs) +
                    ")");
    } else {
      throw Failure("--input " + arg + ": the model has " + std::to_string(inputs.size()) +
                    " inputs (" + nameList(inputs) + "); use --input NAME=FILE.npy");
    }
    if (given[index])
      throw Failure("input '" + inputs[index].name + "' given twice");
    given[index] = true;
    files[index] = file;
  }
  for (size_t i = 0; i < inputs.size(); ++i)
    if (!given[i])
      throw Failure("missing input '" + inputs[i].name + "' (pass --input " + inputs[i].name +
                    "=FILE.npy)");
  return files;
}

// File names for the outputs: characters outside [A-Za-z0-9._-] become '_', and clashes
// (or names that would be "", "." or "..") get the output's index appended.
std::vector<std::string> outputFileNames(const std::vector<TensorInfo> &outputs) {
  std::vector<std::string> names;
  std::set<std::string> used;
  for (size_t j = 0; j < outputs.size(); ++j) {
    std::string name = outputs[j].name;
    for (char &c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
        c = '_';
    if (name.empty() || name == "." || name == "..")
      name = "output_" + std::to_string(j);
    if (used.count(name))
      name += "_" + std::to_string(j);
    used.insert(name);
    names.push_back(name);
  }
  return names;
}

// "sum: f32 [2, 4] = [1, 2, 3, 4, 5, 6, 7, 8, ...]"
std::string summarize(const TensorInfo &info, const Tensor &tensor) {
  constexpr size_t kShown = 8;
  std::ostringstream line;
  line << info.name << ": " << mcc_dtype_name(tensor.dtype()) << " " << format_shape(tensor.dims())
       << " = [";
  size_t count = std::min(kShown, tensor.num_elements());
  for (size_t i = 0; i < count; ++i)
    line << (i ? ", " : "") << tensor.value_at(i);
  if (tensor.num_elements() > kShown)
    line << ", ...";
  line << "]";
  return line.str();
}

// The q-quantile of sorted samples, interpolating between neighbours.
double quantile(const std::vector<double> &sorted, double q) {
  double position = q * static_cast<double>(sorted.size() - 1);
  size_t below = static_cast<size_t>(position);
  size_t above = std::min(below + 1, sorted.size() - 1);
  double fraction = position - static_cast<double>(below);
  return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

void benchmark(const Model &model, const std::vector<Tensor> &inputs, int warmup, int iterations) {
  for (int i = 0; i < warmup; ++i)
    model.run(inputs).value();
  std::vector<double> millis;
  for (int i = 0; i < iterations; ++i) {
    auto start = std::chrono::steady_clock::now();
    Result<std::vector<Tensor>> outputs = model.run(inputs);
    auto stop = std::chrono::steady_clock::now();
    outputs.status().throw_if_error();
    millis.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(millis.begin(), millis.end());
  std::printf("latency_ms p50=%.3f p90=%.3f min=%.3f\n", quantile(millis, 0.5),
              quantile(millis, 0.9), millis.front());
}

int runTool(int argc, char **argv) {
  Options options = parseOptions(argc, argv);
  if (options.help) {
    std::cout << kUsage;
    return 0;
  }
  if (options.threads)
    set_num_threads(*options.threads).throw_if_error();
  if (options.train) {
    if (options.bench)
      benchTraining(options.model, *options.train, options.warmup, *options.bench);
    else
      trainModel(options.model, *options.train);
    return 0;
  }

  // The peak memory a model costs: how far the peak RSS grew from here, before the model is
  // loaded, to after the runs (weights paged in, workspaces, inputs, outputs, stacks).
  long rssBefore = peakRssBytes();
  Model model = Model::load(options.model).value();
  if (options.info) {
    printInfo(model);
    if (options.inputs.empty())
      return 0;
  }

  std::vector<std::string> files = resolveInputs(model, options.inputs);
  // The arrays own the bytes; the tensors only wrap them.
  std::vector<npy::Array> arrays;
  std::vector<Tensor> inputs;
  for (const std::string &file : files) {
    arrays.push_back(npy::read(file));
    npy::Array &array = arrays.back();
    inputs.push_back(
        Tensor::wrap(array.dtype, array.shape, array.data.data(), array.data.size()).value());
  }

  std::vector<Tensor> outputs = model.run(inputs).value();
  const std::vector<TensorInfo> &infos = model.outputs();
  if (options.outputDir) {
    std::filesystem::path dir = *options.outputDir;
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
      throw Failure("cannot create output directory '" + dir.string() + "': " + error.message());
    std::vector<std::string> names = outputFileNames(infos);
    for (size_t j = 0; j < outputs.size(); ++j)
      npy::write((dir / (names[j] + ".npy")).string(), outputs[j].dtype(), outputs[j].dims(),
                 outputs[j].data(), outputs[j].size_bytes());
  } else if (!options.bench && !options.stress) {
    for (size_t j = 0; j < outputs.size(); ++j)
      std::cout << summarize(infos[j], outputs[j]) << "\n";
  }

  if (options.stress) {
    stressRuns(model, arrays, outputs, *options.stress);
    std::cout << "stress threads " << options.stress->threads << " runs "
              << options.stress->runs << " identical\n";
  }
  if (options.bench) {
    benchmark(model, inputs, options.warmup, *options.bench);
    std::printf("peak_memory_bytes rss=%ld workspace=%zu weights=%zu\n",
                peakRssBytes() - rssBefore, model.workspace_bytes(), model.weights_bytes());
  }
  return 0;
}

} // namespace
} // namespace mcc::run

int main(int argc, char **argv) {
  try {
    return mcc::run::runTool(argc, argv);
  } catch (const std::exception &e) {
    std::cout.flush();
    std::cerr << "mcc-run: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "mcc-run: unknown error\n";
  }
  return 1;
}
