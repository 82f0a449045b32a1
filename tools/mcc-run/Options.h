// mcc-run's command line.
#ifndef MCC_RUN_OPTIONS_H
#define MCC_RUN_OPTIONS_H

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace mcc::run {

// A bad command line; main prints it after "mcc-run: ".
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// --stress THREADSxRUNS.
struct StressPlan {
  int threads = 1;
  int runs = 1; // per thread
};

// --train and its companions.
struct TrainPlan {
  std::string data; // .npz: one array per model input, and `labels`
  int epochs = 1;
  std::optional<int> batch;
  bool shuffle = false;
  unsigned seed = 0;
  std::optional<std::string> eval;       // .npz scored after every epoch
  std::optional<std::string> checkpoint; // folder: checkpoint.mcc saved after every epoch
  bool resume = false;                   // start from the folder's checkpoint.mcc
};

struct Options {
  std::string model;
  // Each --input as given: "NAME=FILE.npy", or just "FILE.npy" for a one-input model.
  std::vector<std::string> inputs;
  std::optional<std::string> outputDir;
  std::optional<int> bench; // timed iterations
  int warmup = 3;
  std::optional<int> threads;
  std::optional<StressPlan> stress;
  std::optional<TrainPlan> train;
  bool info = false;
  bool help = false;
};

// Throws UsageError on anything it does not understand.
Options parseOptions(int argc, char **argv);

extern const char *const kUsage;

} // namespace mcc::run

#endif // MCC_RUN_OPTIONS_H
