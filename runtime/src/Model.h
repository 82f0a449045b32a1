// The loaded-model object behind the opaque mcc_model handle. Immutable after loading,
// except for the workspace pool, which has its own lock: that is what makes concurrent
// runs safe.
#ifndef MCC_RUNTIME_MODEL_H
#define MCC_RUNTIME_MODEL_H

#include "Workspace.h"
#include "mcc/runtime.h"

#include <string>
#include <vector>

struct mcc_model {
  void *library = nullptr; // dlopen handle
  const mcc_abi_model *abi = nullptr;
  std::string path;
  std::string name;
  std::vector<mcc_tensor_info> inputs;
  std::vector<mcc_tensor_info> outputs;
  // Scratch blocks for runs; mutable because runs take a const model.
  mutable mcc::rt::WorkspacePool workspaces;

  mcc_model() = default;
  mcc_model(const mcc_model &) = delete;
  mcc_model &operator=(const mcc_model &) = delete;
  ~mcc_model();
};

#endif // MCC_RUNTIME_MODEL_H
