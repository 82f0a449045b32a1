# find_package(mcc) entry point: imports mcc::runtime (libmcc_runtime.so and the headers
# in include/mcc) and mcc::npy (the static .npy reader/writer).
include("${CMAKE_CURRENT_LIST_DIR}/mccTargets.cmake")
