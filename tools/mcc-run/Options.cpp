#include "Options.h"

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace mcc::run {

const char *const kUsage =
    "usage: mcc-run MODEL.so [options]\n"
    "\n"
    "Runs a model compiled by mcc on .npy inputs.\n"
    "\n"
    "  --input NAME=FILE.npy  an input (repeat for each); a model with one input also\n"
    "                         takes --input FILE.npy\n"
    "  --output-dir DIR       write each output to DIR/<output name>.npy; without it a\n"
    "                         one-line summary per output is printed\n"
    "  --bench N              time N runs after the warm-up; prints\n"
    "                         'latency_ms p50=... p90=... min=...' and\n"
    "                         'peak_memory_bytes rss=... workspace=... weights=...' (rss:\n"
    "                         growth of the peak resident set since before loading)\n"
    "  --warmup W             untimed runs before --bench (default 3)\n"
    "  --threads T            threads for parallel kernels (default: MCC_NUM_THREADS, else\n"
    "                         all hardware threads)\n"
    "  --stress TxN           run the model once for reference outputs, then from T threads\n"
    "                         at once, N runs each (every thread its own copy of the\n"
    "                         inputs); prints 'stress threads T runs N identical' if every\n"
    "                         output of every run is bitwise the reference, else fails\n"
    "                         naming the first output, thread and run that differ\n"
    "  --train DATA.npz       train a library built with mcc --train: DATA.npz holds one\n"
    "                         array per model input and one named 'labels', samples along\n"
    "                         the first dim; prints 'step S epoch E loss L' per step and\n"
    "                         'epoch E loss L [accuracy A] [eval_loss L eval_accuracy A]'\n"
    "                         per epoch (accuracy for class-index labels)\n"
    "  --epochs E             passes over the data (default 1)\n"
    "  --batch B              samples per step (default: the model's static batch size,\n"
    "                         else 32); with a static batch size a short last batch is\n"
    "                         dropped\n"
    "  --shuffle              shuffle the samples every epoch (--seed S, default 0)\n"
    "  --eval EVAL.npz        score the model on EVAL.npz after every epoch\n"
    "  --checkpoint DIR       save DIR/checkpoint.mcc after every epoch (atomically)\n"
    "  --resume               start from DIR/checkpoint.mcc of --checkpoint\n"
    "  --train DATA.npz --bench N\n"
    "                         time N training steps (after --warmup W) over the data's\n"
    "                         batches; prints 'train_step_ms p50=... p90=... min=...'\n"
    "  --info                 print the model's inputs, outputs, workspace and weight\n"
    "                         bytes; exits unless inputs are given too\n"
    "  --help                 this text\n"
    "\n"
    "Errors go to stderr, prefixed 'mcc-run: ', with exit code 1.\n";

static int parseInt(const std::string &option, const std::string &text, int min) {
  char *end = nullptr;
  errno = 0;
  long value = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno == ERANGE || value < min || value > INT_MAX)
    throw UsageError(option + " needs an integer >= " + std::to_string(min) + ", got '" + text +
                     "'");
  return static_cast<int>(value);
}

// "32x1000" -> 32 threads, 1000 runs each.
static StressPlan parseStress(const std::string &option, const std::string &text) {
  size_t x = text.find('x');
  if (x == std::string::npos)
    throw UsageError(option + " needs THREADSxRUNS (e.g. 32x1000), got '" + text + "'");
  StressPlan plan;
  plan.threads = parseInt(option + " threads", text.substr(0, x), 1);
  plan.runs = parseInt(option + " runs", text.substr(x + 1), 1);
  return plan;
}

Options parseOptions(int argc, char **argv) {
  Options options;
  bool haveModel = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0 || arg == "--") {
      if (haveModel)
        throw UsageError("unexpected argument '" + arg + "' (the model is already '" +
                         options.model + "')");
      options.model = arg;
      haveModel = true;
      continue;
    }
    // --name=value or --name value.
    std::string name = arg, value;
    bool hasValue = false;
    if (size_t eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      hasValue = true;
    }
    auto needValue = [&]() -> std::string {
      if (hasValue)
        return value;
      if (i + 1 >= argc)
        throw UsageError(name + " needs a value");
      return argv[++i];
    };
    auto train = [&]() -> TrainPlan & {
      if (!options.train)
        options.train.emplace();
      return *options.train;
    };
    auto noValue = [&] {
      if (hasValue)
        throw UsageError(name + " takes no value");
    };

    if (name == "--input")
      options.inputs.push_back(needValue());
    else if (name == "--output-dir")
      options.outputDir = needValue();
    else if (name == "--bench")
      options.bench = parseInt(name, needValue(), 1);
    else if (name == "--warmup")
      options.warmup = parseInt(name, needValue(), 0);
    else if (name == "--threads")
      options.threads = parseInt(name, needValue(), 1);
    else if (name == "--stress")
      options.stress = parseStress(name, needValue());
    else if (name == "--train")
      train().data = needValue();
    else if (name == "--epochs")
      train().epochs = parseInt(name, needValue(), 1);
    else if (name == "--batch")
      train().batch = parseInt(name, needValue(), 1);
    else if (name == "--shuffle")
      noValue(), train().shuffle = true;
    else if (name == "--seed")
      train().seed = static_cast<unsigned>(parseInt(name, needValue(), 0));
    else if (name == "--eval")
      train().eval = needValue();
    else if (name == "--checkpoint")
      train().checkpoint = needValue();
    else if (name == "--resume")
      noValue(), train().resume = true;
    else if (name == "--info")
      noValue(), options.info = true;
    else if (name == "--help")
      noValue(), options.help = true;
    else
      throw UsageError("unknown option '" + name + "' (see --help)");
  }
  if (!haveModel && !options.help)
    throw UsageError("no model given (see --help)");
  if (options.train) {
    if (options.train->data.empty())
      throw UsageError("--epochs, --batch, --shuffle, --seed, --eval, --checkpoint and "
                       "--resume need --train DATA.npz");
    if (options.train->resume && !options.train->checkpoint)
      throw UsageError("--resume needs --checkpoint DIR");
    if (!options.inputs.empty() || options.stress)
      throw UsageError("--train does not combine with --input or --stress");
    if (options.bench && (options.train->eval || options.train->checkpoint))
      throw UsageError("--train --bench times steps only: no --eval or --checkpoint");
  }
  return options;
}

} // namespace mcc::run
