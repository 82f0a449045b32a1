/* The contract between a model library compiled by mcc and the runtime that loads it.
 *
 * This header is the single place the ABI is written down: codegen (codegen/emit) produces
 * exactly these symbols and layouts, and the runtime (runtime/src) consumes them. Bump
 * MCC_ABI_VERSION whenever anything below changes.
 *
 * Plain C, no dependencies: it is included by the runtime, by codegen, and by users who
 * want to poke at a model library by hand.
 */
#ifndef MCC_MODEL_ABI_H
#define MCC_MODEL_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version 2 added the workspace: the run function's third argument and the table's
 * workspace_bytes and weights_bytes. Version 3 added training steps: num_params, num_state
 * and state_init. */
#define MCC_ABI_VERSION 3

/* Element types. The values are ONNX's TensorProto.DataType codes, so the frontend and the
 * runtime never need a translation table. */
typedef enum mcc_dtype {
  MCC_DTYPE_UNDEFINED = 0,
  MCC_DTYPE_F32 = 1,
  MCC_DTYPE_U8 = 2,
  MCC_DTYPE_I8 = 3,
  MCC_DTYPE_U16 = 4,
  MCC_DTYPE_I16 = 5,
  MCC_DTYPE_I32 = 6,
  MCC_DTYPE_I64 = 7,
  MCC_DTYPE_BOOL = 9, /* one byte per element, 0 or 1 */
  MCC_DTYPE_F16 = 10,
  MCC_DTYPE_F64 = 11,
  MCC_DTYPE_U32 = 12,
  MCC_DTYPE_U64 = 13,
  MCC_DTYPE_BF16 = 16
} mcc_dtype;

/* One model input or output as the model declares it. dims[i] == -1 marks a dynamic dim. */
typedef struct mcc_abi_tensor_info {
  const char *name;
  int32_t dtype; /* an mcc_dtype */
  int32_t rank;
  const int64_t *dims; /* rank entries */
} mcc_abi_tensor_info;

/* Ranked memref descriptor, the layout MLIR's LLVM lowering uses for memref<...> values.
 * Its size depends on the rank: 3 + 2 * rank 8-byte words. `sizes` and `strides` are
 * written here as a flexible array: sizes are words [3, 3 + rank), strides [3 + rank,
 * 3 + 2 * rank). Strides are in elements, not bytes. */
typedef struct mcc_abi_memref {
  void *allocated; /* what free() takes */
  void *aligned;   /* where element 0 lives, before `offset` */
  int64_t offset;  /* in elements */
  int64_t sizes_and_strides[];
} mcc_abi_memref;

#define MCC_ABI_MEMREF_WORDS(rank) (3 + 2 * (int64_t)(rank))

/* Entry point. `inputs[i]` points to a memref descriptor of input i (rank from the info
 * table; the descriptor must describe a dense row-major buffer). `outputs` points to
 * uninitialized storage for all output descriptors laid out back to back, output j taking
 * MCC_ABI_MEMREF_WORDS(rank_j) words. `workspace` points to workspace_bytes bytes (see the
 * model table), aligned to MCC_ABI_WORKSPACE_ALIGNMENT, that the model uses as scratch for
 * its intermediate buffers during this call only; it may be NULL when workspace_bytes is 0.
 * Its contents need not be initialized and are garbage afterwards. On return 0, every
 * output descriptor is filled in and every output's `allocated` pointer is a fresh malloc()
 * block owned by the caller (the model never returns an alias of an input, of its constant
 * data or of the workspace), dense and row-major. A non-zero return is an error code from
 * the model; the outputs are then unspecified and must not be freed. The function is
 * reentrant: concurrent calls on different outputs and workspaces are safe (two calls
 * running at once must never share a workspace). */
typedef int32_t (*mcc_abi_run_fn)(void *const *inputs, void *outputs, void *workspace);

#define MCC_ABI_WORKSPACE_ALIGNMENT 64

/* What a model library exports under the symbol MCC_ABI_MODEL_SYMBOL. */
typedef struct mcc_abi_model {
  uint32_t abi_version; /* MCC_ABI_VERSION */
  uint32_t num_inputs;
  uint32_t num_outputs;
  uint32_t reserved;
  const mcc_abi_tensor_info *inputs;
  const mcc_abi_tensor_info *outputs;
  const char *model_name; /* the ONNX graph name */
  mcc_abi_run_fn run;
  /* Bytes of scratch memory each call needs (the static memory plan's arena). */
  uint64_t workspace_bytes;
  /* Bytes of constant weight data in the library, for reporting only. */
  uint64_t weights_bytes;
  /* A training-step library (mcc --train) has num_state > 0. Its last num_state inputs are
   * the training state: the num_params trainable weights first, then the running
   * statistics of batch norms (named as their initializers), then the optimizer's slots.
   * Output 0 is the loss (0-D), output 1 the model's prediction for the batch (before the
   * update), and outputs 2..num_state+1 the next values of the state, in the same order as
   * the inputs. An inference library has 0 in both. */
  uint32_t num_params;
  uint32_t num_state;
  /* num_state pointers to the initial contents of each state tensor (dense, row-major, the
   * shape its input info declares); a NULL entry starts at zero. NULL when num_state is 0. */
  const void *const *state_init;
} mcc_abi_model;

#define MCC_ABI_MODEL_SYMBOL "mcc_model"

#ifdef __cplusplus
}
#endif
#endif /* MCC_MODEL_ABI_H */
