// mcc_model_load: dlopen a model library, find its mcc_abi_model table, and check it before
// anything trusts it. Also the introspection calls, which only read the checked copy.
#include "Model.h"
#include "Shape.h"
#include "Status.h"

#include <dlfcn.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_set>

mcc_model::~mcc_model() {
  if (library)
    dlclose(library);
}

namespace mcc::rt {

// Models call the microkernels this library exports (mcc/kernels.h), resolved when the
// model is opened. An application that opened this library with RTLD_LOCAL (Python's
// ctypes does) would leave them unresolved: reopen ourselves RTLD_GLOBAL, once.
static void exposeKernelsToModels() {
  static std::once_flag once;
  std::call_once(once, [] {
    Dl_info self;
    if (dladdr(reinterpret_cast<void *>(&exposeKernelsToModels), &self) && self.dli_fname)
      dlopen(self.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL);
  });
}

// Copies a declared input/output table into `out`, or says what is wrong with it. A
// corrupt table would otherwise surface later as a crash inside a run.
static std::optional<std::string> readInfoTable(const char *kind, const mcc_abi_tensor_info *table,
                                                uint32_t count, std::vector<mcc_tensor_info> &out) {
  if (count > 0 && !table)
    return std::to_string(count) + " " + kind + "s declared but the table is NULL";
  std::unordered_set<std::string> names;
  for (uint32_t i = 0; i < count; ++i) {
    const mcc_abi_tensor_info &info = table[i];
    std::string which = std::string(kind) + " " + std::to_string(i);
    if (!info.name)
      return which + " has no name";
    which += " '" + std::string(info.name) + "'";
    if (!names.insert(info.name).second)
      return which + " is declared twice";
    if (info.dtype < 0 || info.dtype > MCC_DTYPE_BF16 ||
        mcc_dtype_size(static_cast<mcc_dtype>(info.dtype)) == 0)
      return which + " has invalid dtype " + std::to_string(info.dtype);
    if (info.rank < 0)
      return which + " has negative rank " + std::to_string(info.rank);
    if (info.rank > 0 && !info.dims)
      return which + " has rank " + std::to_string(info.rank) + " but no dims";
    for (int32_t d = 0; d < info.rank; ++d)
      if (info.dims[d] < -1)
        return which + " has invalid dims " + formatShape(info.dims, info.rank);
    out.push_back(
        {info.name, static_cast<mcc_dtype>(info.dtype), static_cast<size_t>(info.rank), info.dims});
  }
  return std::nullopt;
}

// A training step's state inputs come back as outputs 2.. (model_abi.h): the same dtype and
// the same static shape, so the runtime can feed each step's outputs to the next.
static std::optional<std::string> checkTrainingTable(const mcc_abi_model &abi,
                                                     const std::vector<mcc_tensor_info> &inputs,
                                                     const std::vector<mcc_tensor_info> &outputs) {
  if (abi.num_state == 0)
    return abi.num_params == 0 ? std::nullopt
                               : std::optional<std::string>("weights without training state");
  if (abi.num_state > inputs.size() || outputs.size() != abi.num_state + 2 ||
      abi.num_params > abi.num_state || !abi.state_init)
    return "inconsistent training state counts";
  size_t first = inputs.size() - abi.num_state;
  for (size_t i = 0; i < abi.num_state; ++i) {
    const mcc_tensor_info &in = inputs[first + i], &out = outputs[2 + i];
    bool same = in.dtype == out.dtype && in.rank == out.rank &&
                std::equal(in.dims, in.dims + in.rank, out.dims) &&
                std::none_of(in.dims, in.dims + in.rank, [](int64_t d) { return d < 0; });
    if (!same)
      return std::string("training state '") + in.name + "' does not match its update";
  }
  return std::nullopt;
}

static mcc_status *loadModel(const char *path, mcc_model **out) {
  if (!out)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_model_load: output pointer is NULL");
  *out = nullptr;
  if (!path)
    return makeStatus(MCC_INVALID_ARGUMENT, "mcc_model_load: path is NULL");
  std::string prefix = "cannot load model '" + std::string(path) + "': ";

  struct stat info;
  if (stat(path, &info) != 0) {
    int error = errno;
    if (error == ENOENT || error == ENOTDIR)
      return makeStatus(MCC_NOT_FOUND, prefix + "file not found");
    return makeStatus(MCC_LOAD_FAILED, prefix + std::strerror(error));
  }
  if (S_ISDIR(info.st_mode))
    return makeStatus(MCC_LOAD_FAILED, prefix + "is a directory");

  auto model = std::make_unique<mcc_model>();
  model->path = path;
  // dlopen searches the library path for a bare file name; the user means the file here.
  std::string openPath =
      model->path.find('/') == std::string::npos ? "./" + model->path : model->path;
  exposeKernelsToModels();
  // RTLD_LOCAL: two models may define the same internal symbols without clashing.
  model->library = dlopen(openPath.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!model->library) {
    const char *why = dlerror();
    std::string reason = why ? why : "unknown error";
    dlerror(); // frees glibc's copy of the message, which it would otherwise keep
    return makeStatus(MCC_LOAD_FAILED, prefix + "dlopen failed: " + reason);
  }

  dlerror();
  model->abi = static_cast<const mcc_abi_model *>(dlsym(model->library, MCC_ABI_MODEL_SYMBOL));
  if (!model->abi)
    return makeStatus(MCC_LOAD_FAILED, prefix + "not an mcc model library (no '" +
                                           MCC_ABI_MODEL_SYMBOL + "' symbol)");
  const mcc_abi_model &abi = *model->abi;
  if (abi.abi_version != MCC_ABI_VERSION)
    return makeStatus(MCC_LOAD_FAILED,
                      prefix + "built for model ABI version " + std::to_string(abi.abi_version) +
                          ", but this runtime supports version " + std::to_string(MCC_ABI_VERSION) +
                          "; recompile the model with a matching mcc");
  if (!abi.run)
    return makeStatus(MCC_LOAD_FAILED, prefix + "malformed model table: no run function");
  if (auto error = readInfoTable("input", abi.inputs, abi.num_inputs, model->inputs))
    return makeStatus(MCC_LOAD_FAILED, prefix + "malformed model table: " + *error);
  if (auto error = readInfoTable("output", abi.outputs, abi.num_outputs, model->outputs))
    return makeStatus(MCC_LOAD_FAILED, prefix + "malformed model table: " + *error);
  if (auto error = checkTrainingTable(abi, model->inputs, model->outputs))
    return makeStatus(MCC_LOAD_FAILED, prefix + "malformed model table: " + *error);
  model->name = abi.model_name ? abi.model_name : "";
  // The first workspace now, so that a single-threaded caller never allocates one in a run.
  if (abi.workspace_bytes > SIZE_MAX / 2 || !model->workspaces.init(abi.workspace_bytes))
    return makeStatus(MCC_OUT_OF_MEMORY, prefix + "cannot allocate the model's workspace of " +
                                             std::to_string(abi.workspace_bytes) + " bytes");
  *out = model.release();
  return nullptr;
}

using InfoTable = std::vector<mcc_tensor_info> mcc_model::*;

static mcc_status *findByName(const char *kind, const mcc_model *model, InfoTable member,
                              const char *name, size_t *index) {
  if (!model || !name || !index)
    return makeStatus(MCC_INVALID_ARGUMENT,
                      std::string("mcc_model_find_") + kind + ": NULL argument");
  const std::vector<mcc_tensor_info> &table = model->*member;
  for (size_t i = 0; i < table.size(); ++i) {
    if (std::strcmp(table[i].name, name) == 0) {
      *index = i;
      return nullptr;
    }
  }
  std::string known;
  for (const mcc_tensor_info &info : table)
    known += (known.empty() ? "'" : ", '") + std::string(info.name) + "'";
  return makeStatus(MCC_NOT_FOUND, "model '" + model->name + "' has no " + kind + " named '" +
                                       name + "' (" + kind +
                                       "s: " + (known.empty() ? "none" : known) + ")");
}

} // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_status *mcc_model_load(const char *path, mcc_model **out) {
  return guard([&] { return loadModel(path, out); });
}

void mcc_model_free(mcc_model *model) { delete model; }

const char *mcc_model_name(const mcc_model *model) { return model ? model->name.c_str() : ""; }

const char *mcc_model_path(const mcc_model *model) { return model ? model->path.c_str() : ""; }

size_t mcc_model_workspace_bytes(const mcc_model *model) {
  return model ? model->workspaces.bytes() : 0;
}

size_t mcc_model_weights_bytes(const mcc_model *model) {
  return model ? static_cast<size_t>(model->abi->weights_bytes) : 0;
}

size_t mcc_model_num_inputs(const mcc_model *model) { return model ? model->inputs.size() : 0; }

size_t mcc_model_num_outputs(const mcc_model *model) { return model ? model->outputs.size() : 0; }

const mcc_tensor_info *mcc_model_input(const mcc_model *model, size_t index) {
  return model && index < model->inputs.size() ? &model->inputs[index] : nullptr;
}

const mcc_tensor_info *mcc_model_output(const mcc_model *model, size_t index) {
  return model && index < model->outputs.size() ? &model->outputs[index] : nullptr;
}

mcc_status *mcc_model_find_input(const mcc_model *model, const char *name, size_t *index) {
  return guard([&] { return findByName("input", model, &mcc_model::inputs, name, index); });
}

mcc_status *mcc_model_find_output(const mcc_model *model, const char *name, size_t *index) {
  return guard([&] { return findByName("output", model, &mcc_model::outputs, name, index); });
}

} // extern "C"
