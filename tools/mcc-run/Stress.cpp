#include "Stress.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

namespace mcc::run {
namespace {

// The first byte where two equally sized buffers differ, if any.
std::optional<size_t> firstDifferentByte(const void *a, const void *b, size_t size) {
  if (std::memcmp(a, b, size) == 0)
    return std::nullopt;
  const auto *x = static_cast<const unsigned char *>(a);
  const auto *y = static_cast<const unsigned char *>(b);
  size_t i = 0;
  while (x[i] == y[i])
    ++i;
  return i;
}

// Why `got` is not bitwise `want`, or nothing when it is.
std::optional<std::string> difference(const TensorInfo &info, const Tensor &want,
                                      const Tensor &got) {
  std::ostringstream why;
  why << "output '" << info.name << "'";
  if (got.dtype() != want.dtype() || got.dims() != want.dims()) {
    why << " is " << mcc_dtype_name(got.dtype()) << " " << format_shape(got.dims())
        << ", the single-threaded run gave " << mcc_dtype_name(want.dtype()) << " "
        << format_shape(want.dims());
    return why.str();
  }
  std::optional<size_t> byte = firstDifferentByte(want.data(), got.data(), want.size_bytes());
  if (!byte)
    return std::nullopt;
  size_t element = *byte / (want.size_bytes() / std::max<size_t>(want.num_elements(), 1));
  why.precision(9);
  why << " differs at element " << element << ": " << got.value_at(element)
      << ", the single-threaded run gave " << want.value_at(element);
  return why.str();
}

// The first failure any thread reports; the others stop at their next run.
class FirstFailure {
public:
  void report(int thread, int run, const std::string &what) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!message_.empty())
      return;
    message_ = "--stress: thread " + std::to_string(thread) + " run " + std::to_string(run) +
               ": " + what;
    failed_.store(true, std::memory_order_relaxed);
  }
  bool failed() const { return failed_.load(std::memory_order_relaxed); }
  const std::string &message() const { return message_; } // after the threads are joined

private:
  std::mutex mutex_;
  std::string message_;
  std::atomic<bool> failed_{false};
};

// One application thread: its own copy of the input bytes, then `runs` runs, alternating
// run() (the runtime allocates the outputs) and run_into() (into this thread's tensors).
void stressThread(const Model &model, const std::vector<npy::Array> &original,
                  const std::vector<Tensor> &reference, int thread, int runs,
                  FirstFailure &failure) {
  int run = 0;
  try {
    std::vector<npy::Array> arrays = original;
    std::vector<Tensor> inputs;
    for (npy::Array &array : arrays)
      inputs.push_back(
          Tensor::wrap(array.dtype, array.shape, array.data.data(), array.data.size()).value());
    std::vector<Tensor> into;
    for (const Tensor &want : reference)
      into.push_back(Tensor::create(want.dtype(), want.dims()).value());
    const std::vector<TensorInfo> &infos = model.outputs();

    for (; run < runs && !failure.failed(); ++run) {
      std::vector<Tensor> fresh;
      const std::vector<Tensor> *outputs = &into;
      if (run % 2 == 0) {
        Result<std::vector<Tensor>> result = model.run(inputs);
        if (!result)
          return failure.report(thread, run, "run failed: " + result.status().message());
        fresh = std::move(result).value();
        outputs = &fresh;
      } else {
        for (Tensor &t : into) // stale values from the last run must not pass for new ones
          std::memset(t.data(), 0xA5, t.size_bytes());
        Status status = model.run_into(inputs, into);
        if (!status)
          return failure.report(thread, run, "run_into failed: " + status.message());
      }
      if (outputs->size() != reference.size())
        return failure.report(thread, run, "wrong number of outputs");
      for (size_t j = 0; j < reference.size(); ++j)
        if (std::optional<std::string> why = difference(infos[j], reference[j], (*outputs)[j]))
          return failure.report(thread, run, *why);
    }
    // A model must never write to its inputs.
    for (size_t i = 0; i < arrays.size(); ++i)
      if (arrays[i].data != original[i].data)
        return failure.report(thread, run, "input '" + model.inputs()[i].name +
                                               "' was modified by the runs");
  } catch (const std::exception &e) {
    failure.report(thread, run, e.what());
  }
}

} // namespace

void stressRuns(const Model &model, const std::vector<npy::Array> &inputs,
                const std::vector<Tensor> &reference, const StressPlan &plan) {
  FirstFailure failure;
  std::vector<std::thread> threads;
  threads.reserve(static_cast<size_t>(plan.threads));
  try {
    for (int t = 0; t < plan.threads; ++t)
      threads.emplace_back(stressThread, std::cref(model), std::cref(inputs),
                           std::cref(reference), t, plan.runs, std::ref(failure));
  } catch (const std::exception &e) { // the threads already started must still be joined
    failure.report(static_cast<int>(threads.size()), 0,
                   std::string("cannot start the thread: ") + e.what());
  }
  for (std::thread &thread : threads)
    thread.join();
  if (failure.failed())
    throw std::runtime_error(failure.message());
}

} // namespace mcc::run
