#include "Status.h"

#include <utility>

namespace mcc::rt {

// Handed out when there is not even memory for a status; mcc_status_free ignores it.
static mcc_status outOfMemoryStatus{MCC_OUT_OF_MEMORY, "out of memory"};

mcc_status *outOfMemory() noexcept { return &outOfMemoryStatus; }

mcc_status *makeStatus(mcc_code code, std::string message) noexcept {
  try {
    return new mcc_status{code, std::move(message)};
  } catch (...) {
    return outOfMemory();
  }
}

} // namespace mcc::rt

using namespace mcc::rt;

extern "C" {

mcc_code mcc_status_code(const mcc_status *status) { return status ? status->code : MCC_OK; }

const char *mcc_status_message(const mcc_status *status) {
  return status ? status->message.c_str() : "";
}

void mcc_status_free(mcc_status *status) {
  if (status != outOfMemory())
    delete status;
}

const char *mcc_code_name(mcc_code code) {
  switch (code) {
  case MCC_OK: return "OK";
  case MCC_INVALID_ARGUMENT: return "INVALID_ARGUMENT";
  case MCC_NOT_FOUND: return "NOT_FOUND";
  case MCC_LOAD_FAILED: return "LOAD_FAILED";
  case MCC_SHAPE_MISMATCH: return "SHAPE_MISMATCH";
  case MCC_DTYPE_MISMATCH: return "DTYPE_MISMATCH";
  case MCC_OUT_OF_MEMORY: return "OUT_OF_MEMORY";
  case MCC_MODEL_ERROR: return "MODEL_ERROR";
  case MCC_INTERNAL: return "INTERNAL";
  }
  return "UNKNOWN";
}

} // extern "C"
