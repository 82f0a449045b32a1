// mcc-run --train: epochs of training steps over a .npz dataset.
#ifndef MCC_RUN_TRAIN_H
#define MCC_RUN_TRAIN_H

#include "Options.h"

namespace mcc::run {

// Trains the library at `modelPath`; throws on any error.
void trainModel(const std::string &modelPath, const TrainPlan &plan);

// Times `iterations` steps after `warmup` untimed ones, cycling over the data's batches.
void benchTraining(const std::string &modelPath, const TrainPlan &plan, int warmup,
                   int iterations);

} // namespace mcc::run

#endif // MCC_RUN_TRAIN_H
