/* A model library whose output drifts: y = x on its first call, x + 1 on every later one.
 * mcc never emits such a thing; it is here so the test can see `mcc-run --stress` catch a
 * difference from the single-threaded run and name it. Layout as in model_abi.h. */
#include "mcc/model_abi.h"

#include <stdlib.h>

static const int64_t kDims[] = {1, 4};
static const mcc_abi_tensor_info kInputs[] = {{"x", MCC_DTYPE_F32, 2, kDims}};
static const mcc_abi_tensor_info kOutputs[] = {{"y", MCC_DTYPE_F32, 2, kDims}};
static int calls;

static int32_t run(void *const *inputs, void *outputs, void *workspace) {
  (void)workspace;
  float shift = __atomic_fetch_add(&calls, 1, __ATOMIC_RELAXED) == 0 ? 0.0f : 1.0f;
  float *y = malloc(4 * sizeof(float));
  if (!y)
    return 1;
  const mcc_abi_memref *x = inputs[0];
  for (int i = 0; i < 4; ++i)
    y[i] = ((const float *)x->aligned)[i] + shift;
  mcc_abi_memref *out = outputs;
  out->allocated = y;
  out->aligned = y;
  out->offset = 0;
  out->sizes_and_strides[0] = 1;
  out->sizes_and_strides[1] = 4;
  out->sizes_and_strides[2] = 4;
  out->sizes_and_strides[3] = 1;
  return 0;
}

const mcc_abi_model mcc_model = {
    MCC_ABI_VERSION, 1, 1, 0, kInputs, kOutputs, "drifting", run, 0, 0,
};
