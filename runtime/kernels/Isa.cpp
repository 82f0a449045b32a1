#include "Isa.h"

#include <cstdlib>
#include <cstring>

namespace mcc::kernels {

bool useAvx2Fma() {
  static const bool avx2 = [] {
    const char *forced = std::getenv("MCC_KERNEL_ISA");
    if (forced && std::strcmp(forced, "scalar") == 0)
      return false;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return false;
#endif
  }();
  return avx2;
}

bool useAvx512() {
  static const bool avx512 = [] {
    const char *forced = std::getenv("MCC_KERNEL_ISA");
    if (!useAvx2Fma() || (forced && std::strcmp(forced, "avx2") == 0))
      return false;
#if defined(__x86_64__)
    return __builtin_cpu_supports("avx512f") != 0;
#else
    return false;
#endif
  }();
  return avx512;
}

bool useAvx512Vnni() {
  static const bool vnni = [] {
#if defined(__x86_64__)
    return useAvx512() && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
           __builtin_cpu_supports("avx512vnni");
#else
    return false;
#endif
  }();
  return vnni;
}

} // namespace mcc::kernels
