// --stress THREADSxRUNS: one loaded model run from many application threads at once, every
// output checked bitwise against a single-threaded run.
#ifndef MCC_RUN_STRESS_H
#define MCC_RUN_STRESS_H

#include "Options.h"

#include "mcc/npy.hpp"
#include "mcc/runtime.hpp"

#include <vector>

namespace mcc::run {

// Runs `plan.threads` threads, each doing `plan.runs` runs of `model` on its own copy of
// `inputs`, and compares every output with `reference` (from a single-threaded run of the
// same inputs) byte for byte. Returns normally when all are identical; otherwise throws
// std::runtime_error naming the first difference seen (output, thread, run, element).
void stressRuns(const Model &model, const std::vector<npy::Array> &inputs,
                const std::vector<Tensor> &reference, const StressPlan &plan);

} // namespace mcc::run

#endif // MCC_RUN_STRESS_H
