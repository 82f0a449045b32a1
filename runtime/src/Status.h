// Building statuses inside the runtime, and the guard that keeps C++ exceptions from
// crossing the C API.
#ifndef MCC_RUNTIME_STATUS_H
#define MCC_RUNTIME_STATUS_H

#include "mcc/runtime.h"

#include <exception>
#include <new>
#include <string>

struct mcc_status {
  mcc_code code;
  std::string message;
};

namespace mcc::rt {

// A new status, or the preallocated out-of-memory status if allocating fails.
mcc_status *makeStatus(mcc_code code, std::string message) noexcept;
mcc_status *outOfMemory() noexcept;

// Runs `body` (which returns mcc_status *) and turns any escaping exception into a status.
template <typename Body> mcc_status *guard(Body &&body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc &) {
    return outOfMemory();
  } catch (const std::exception &e) {
    return makeStatus(MCC_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return makeStatus(MCC_INTERNAL, "internal error: unknown exception");
  }
}

} // namespace mcc::rt

#endif // MCC_RUNTIME_STATUS_H
