// mcc-fault-alloc: makes every allocation of loading and running a model fail, one at a
// time, and checks that each failure ends in an error status or a correct result, and that
// nothing leaks.
//
//   mcc-fault-alloc MODEL.so [NAME=]INPUT.npy... [--every K] [-v]
//
// One attempt is the whole life of a model in an application: mcc_model_load, wrap the
// inputs, mcc_model_run, read the outputs, free everything. A dry attempt counts its
// allocations (A); attempt n then fails allocation n, for n = 1, 1+K, 1+2K, ... up to A and
// past it, until an attempt makes fewer than n allocations. Each attempt must
//   - succeed with outputs bitwise equal to the dry attempt's, or fail with a status, and
//   - leave the process holding exactly the bytes it held before (after mcc_trim_memory),
//     counted by a malloc of our own (FailingMalloc.cpp), so glibc's and libstdc++'s
//     allocations count too. The buffers kernel threads keep may grow once, at a moment
//     that depends on scheduling; so an attempt that left more behind runs twice more,
//     and it is a leak if it still does.
// -v prints what each attempt ended in. Ends with one summary line; exit status 1 when any attempt broke a rule.
// MCC_FAULT_TRACE=n prints the call stack of every block attempt n left behind.
#include "FailingMalloc.h"

#include "mcc/npy.hpp"
#include "mcc/runtime.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace mcc::fault;

namespace {

struct Input {
  std::string name; // empty: by position
  mcc::npy::Array array;
};

// What one attempt came to. Filled without allocating: the attempt runs armed.
struct Outcome {
  mcc_code code = MCC_OK;
  char message[512] = {};
  bool wrongOutput = false;
};

class Attempts {
public:
  Attempts(const char *modelPath, std::vector<Input> inputs)
      : modelPath_(modelPath), inputs_(std::move(inputs)) {
    for (const Input &input : inputs_)
      names_.push_back(input.name.c_str());
    wrapped_.resize(inputs_.size());
  }

  // The dry attempt: records the outputs later attempts must reproduce.
  bool recordReference() {
    Outcome outcome;
    runOnce(outcome, /*record=*/true);
    if (outcome.code != MCC_OK) {
      std::fprintf(stderr, "mcc-fault-alloc: the model fails without any injected failure: %s\n",
                   outcome.message);
      return false;
    }
    return true;
  }

  void runOnce(Outcome &outcome, bool record = false) {
    mcc_model *model = nullptr;
    std::vector<mcc_tensor *> &outputs = outputs_;
    if (!check(outcome, mcc_model_load(modelPath_, &model)))
      return;
    size_t outputCount = mcc_model_num_outputs(model);
    if (record) {
      outputs_.assign(outputCount, nullptr);
      reference_.assign(outputCount, {});
    }
    bool ok = true;
    for (size_t i = 0; ok && i < inputs_.size(); ++i) {
      mcc::npy::Array &array = inputs_[i].array;
      ok = check(outcome, mcc_tensor_wrap(array.dtype, array.shape.data(), array.shape.size(),
                                          array.data.empty() ? nullptr : array.data.data(),
                                          array.data.size(), &wrapped_[i]));
    }
    if (ok) {
      const mcc_tensor *const *inputs = wrapped_.data();
      bool named = !inputs_.empty() && !inputs_[0].name.empty();
      ok = check(outcome, named ? mcc_model_run_named(model, names_.data(), inputs,
                                                      inputs_.size(), outputs.data(), outputCount)
                                : mcc_model_run(model, inputs, inputs_.size(), outputs.data(),
                                                outputCount));
    }
    for (size_t j = 0; ok && j < outputCount; ++j) {
      const char *data = static_cast<const char *>(mcc_tensor_data(outputs[j]));
      size_t size = mcc_tensor_size_bytes(outputs[j]);
      if (record)
        reference_[j].assign(data, data + size);
      else if (size != reference_[j].size() || std::memcmp(data, reference_[j].data(), size))
        outcome.wrongOutput = true;
    }
    for (mcc_tensor *&output : outputs) {
      mcc_tensor_free(output);
      output = nullptr;
    }
    for (mcc_tensor *&input : wrapped_) {
      mcc_tensor_free(input);
      input = nullptr;
    }
    mcc_model_free(model);
  }

private:
  // Takes `status`; false (with the outcome filled in) if it is an error.
  static bool check(Outcome &outcome, mcc_status *status) {
    if (!status)
      return true;
    outcome.code = mcc_status_code(status);
    std::snprintf(outcome.message, sizeof outcome.message, "%s", mcc_status_message(status));
    mcc_status_free(status);
    return false;
  }

  const char *modelPath_;
  std::vector<Input> inputs_;
  std::vector<const char *> names_;
  std::vector<mcc_tensor *> wrapped_, outputs_;
  std::vector<std::vector<char>> reference_;
};

int usage() {
  std::fprintf(stderr, "usage: mcc-fault-alloc MODEL.so [NAME=]INPUT.npy... [--every K] [-v]\n");
  return 2;
}

} // namespace

int main(int argc, char **argv) {
  const char *modelPath = nullptr;
  std::vector<Input> inputs;
  uint64_t every = 1;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-v" || arg == "--verbose") {
      verbose = true;
    } else if (arg == "--every" && i + 1 < argc) {
      every = std::strtoull(argv[++i], nullptr, 10);
      if (every == 0)
        return usage();
    } else if (!modelPath) {
      modelPath = argv[i];
    } else {
      Input input;
      std::string path = arg;
      size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        input.name = arg.substr(0, eq);
        path = arg.substr(eq + 1);
      }
      try {
        input.array = mcc::npy::read(path);
      } catch (const mcc::npy::Error &e) {
        std::fprintf(stderr, "mcc-fault-alloc: %s\n", e.what());
        return 2;
      }
      inputs.push_back(std::move(input));
    }
  }
  if (!modelPath)
    return usage();

  Attempts attempts(modelPath, std::move(inputs));
  if (!attempts.recordReference())
    return 1;
  // Warm up what a process keeps for good once it ran a model: the kernels' worker threads
  // and their packing buffers, the loader's caches. Then count one attempt's allocations.
  Outcome outcome;
  for (int i = 0; i < 3; ++i)
    attempts.runOnce(outcome);
  mcc_trim_memory();
  int64_t baseline = liveBytes();
  armAllocationFailure(0);
  attempts.runOnce(outcome);
  disarmAllocationFailure();
  uint64_t allocations = allocationsSinceArm();
  mcc_trim_memory();
  if (outcome.code != MCC_OK || outcome.wrongOutput || liveBytes() != baseline) {
    std::fprintf(stderr, "mcc-fault-alloc: a plain attempt after warm-up %s\n",
                 outcome.code != MCC_OK ? outcome.message
                 : outcome.wrongOutput  ? "gave different outputs"
                                        : "did not give back all its memory");
    return 1;
  }

  const char *traceVar = std::getenv("MCC_FAULT_TRACE");
  uint64_t traceAt = traceVar ? std::strtoull(traceVar, nullptr, 10) : 0;
  uint64_t errors[MCC_INTERNAL + 1] = {}; // by code: a map would allocate as it counts
  uint64_t tried = 0, succeeded = 0, wrong = 0, leaks = 0;
  for (uint64_t n = 1;; n += every) {
    Outcome result;
    if (n == traceAt)
      startTracing();
    int64_t before = liveBytes(), beforeBlocks = liveBlocks();
    armAllocationFailure(n);
    attempts.runOnce(result);
    bool injected = disarmAllocationFailure();
    mcc_trim_memory(); // what runs freed into the buffer cache is not a leak
    if (n == traceAt) {
      stopTracing();
      printTracedBlocks();
    }
    if (!injected) {
      // Past the last allocation: the attempt ran clean, and it must have succeeded.
      if (result.code != MCC_OK || result.wrongOutput) {
        std::fprintf(stderr, "mcc-fault-alloc: attempt %llu without a failure went wrong\n",
                     static_cast<unsigned long long>(n));
        ++wrong;
      }
      break;
    }
    ++tried;
    if (verbose)
      std::fprintf(stderr, "failing allocation %llu: %s%s%s\n",
                   static_cast<unsigned long long>(n), mcc_code_name(result.code),
                   result.code == MCC_OK ? "" : ": ", result.message);
    if (result.wrongOutput) {
      std::fprintf(stderr, "mcc-fault-alloc: failing allocation %llu: wrong outputs\n",
                   static_cast<unsigned long long>(n));
      ++wrong;
    } else if (result.code == MCC_OK) {
      ++succeeded; // a failure the code recovered from (a cache, a worker thread less)
    } else {
      ++errors[result.code <= MCC_INTERNAL ? result.code : MCC_INTERNAL];
    }
    // A kernel thread's buffer that grew for good (a pool worker that had not yet packed a
    // panel that large) looks like a leak once. A leak repeats: ask twice more.
    for (int again = 0; again < 2 && liveBytes() != before; ++again) {
      before = liveBytes();
      beforeBlocks = liveBlocks();
      Outcome repeat;
      armAllocationFailure(n);
      attempts.runOnce(repeat);
      disarmAllocationFailure();
      mcc_trim_memory();
    }
    if (liveBytes() != before) {
      std::fprintf(stderr,
                   "mcc-fault-alloc: failing allocation %llu (%s): %lld bytes in %lld blocks "
                   "leaked\n",
                   static_cast<unsigned long long>(n),
                   result.code == MCC_OK ? "the attempt succeeded" : result.message,
                   static_cast<long long>(liveBytes() - before),
                   static_cast<long long>(liveBlocks() - beforeBlocks));
      ++leaks;
    }
  }
  std::string byCode;
  for (int code = 0; code <= MCC_INTERNAL; ++code)
    if (errors[code])
      byCode += (byCode.empty() ? "" : ", ") +
                std::string(mcc_code_name(static_cast<mcc_code>(code))) + " " +
                std::to_string(errors[code]);
  std::printf("%llu allocations per attempt, %llu failed one at a time: %llu errors (%s), "
              "%llu recovered, %llu wrong outputs, %llu leaks\n",
              static_cast<unsigned long long>(allocations),
              static_cast<unsigned long long>(tried),
              static_cast<unsigned long long>(tried - succeeded - wrong),
              byCode.empty() ? "none" : byCode.c_str(),
              static_cast<unsigned long long>(succeeded), static_cast<unsigned long long>(wrong),
              static_cast<unsigned long long>(leaks));
  return wrong == 0 && leaks == 0 ? 0 : 1;
}
