/* The mcc runtime: load a model library compiled by mcc and run it.
 *
 * Plain C, usable from any language with a C FFI. Handles are opaque. Every call that can
 * fail returns an `mcc_status *`: NULL means success, anything else is an error the caller
 * owns and releases with mcc_status_free(). Nothing here aborts, and no C++ exception ever
 * leaves the library.
 *
 * Threading: a loaded mcc_model is immutable; any number of threads may run it at once.
 * A tensor must not be written by one thread while another reads it (as with any buffer).
 * Freeing a model while a run on it is still in flight is the caller's bug.
 *
 * See docs/runtime.md for a worked example; model_abi.h for what a model library exports.
 */
#ifndef MCC_RUNTIME_H
#define MCC_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "mcc/model_abi.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(MCC_RUNTIME_BUILDING)
#define MCC_API __attribute__((visibility("default")))
#else
#define MCC_API
#endif

/* ---- Status ------------------------------------------------------------------------- */

typedef enum mcc_code {
  MCC_OK = 0,
  MCC_INVALID_ARGUMENT = 1, /* a NULL handle, a bad dtype or dims, a wrong input count */
  MCC_NOT_FOUND = 2,        /* a model file or an input/output name that does not exist */
  MCC_LOAD_FAILED = 3,      /* not a shared library, not an mcc model, ABI mismatch */
  MCC_SHAPE_MISMATCH = 4,   /* a tensor's rank or dims differ from what the model declares */
  MCC_DTYPE_MISMATCH = 5,   /* a tensor's element type differs from what the model declares */
  MCC_OUT_OF_MEMORY = 6,
  MCC_MODEL_ERROR = 7, /* the model's run function failed or returned malformed outputs */
  MCC_INTERNAL = 8     /* a bug in the runtime itself */
} mcc_code;

typedef struct mcc_status mcc_status;

/* MCC_OK for NULL. */
MCC_API mcc_code mcc_status_code(const mcc_status *status);
/* A message naming what failed (file path, input name, ...); "" for NULL. Valid until the
 * status is freed. */
MCC_API const char *mcc_status_message(const mcc_status *status);
/* Accepts NULL. */
MCC_API void mcc_status_free(mcc_status *status);
/* "OK", "INVALID_ARGUMENT", ... */
MCC_API const char *mcc_code_name(mcc_code code);

/* ---- Element types ------------------------------------------------------------------ */

/* Bytes per element; 0 for a value that is not an mcc_dtype. */
MCC_API size_t mcc_dtype_size(mcc_dtype dtype);
/* Short name: "f32", "i64", "bool", ...; "invalid" for a value that is not an mcc_dtype. */
MCC_API const char *mcc_dtype_name(mcc_dtype dtype);

/* ---- Tensors ------------------------------------------------------------------------ */

/* A dense, row-major tensor: element type, dims, and data. It either owns its data
 * (mcc_tensor_create, outputs of mcc_model_run) or borrows the caller's (mcc_tensor_wrap).
 * Data the runtime allocates is aligned to 64 bytes. */
typedef struct mcc_tensor mcc_tensor;

/* A new zero-filled tensor. dims has `rank` entries, each >= 0 (0-sized tensors are fine);
 * rank 0 is a scalar and dims may then be NULL. */
MCC_API mcc_status *mcc_tensor_create(mcc_dtype dtype, const int64_t *dims, size_t rank,
                                      mcc_tensor **out);
/* A tensor over caller memory, without copying. `size_bytes` must equal the element count
 * times mcc_dtype_size(dtype), and `data` must be aligned to the element size (it may be
 * NULL only for a 0-sized tensor). The memory must outlive the tensor; freeing the tensor
 * leaves it alone. */
MCC_API mcc_status *mcc_tensor_wrap(mcc_dtype dtype, const int64_t *dims, size_t rank, void *data,
                                    size_t size_bytes, mcc_tensor **out);
/* Accepts NULL. */
MCC_API void mcc_tensor_free(mcc_tensor *tensor);

MCC_API mcc_dtype mcc_tensor_dtype(const mcc_tensor *tensor);
MCC_API size_t mcc_tensor_rank(const mcc_tensor *tensor);
/* `rank` entries, valid for the tensor's lifetime. */
MCC_API const int64_t *mcc_tensor_dims(const mcc_tensor *tensor);
MCC_API size_t mcc_tensor_num_elements(const mcc_tensor *tensor);
MCC_API size_t mcc_tensor_size_bytes(const mcc_tensor *tensor);
MCC_API void *mcc_tensor_data(const mcc_tensor *tensor);

/* ---- Models ------------------------------------------------------------------------- */

typedef struct mcc_model mcc_model;

/* One input or output as the model declares it. dims[i] == -1 marks a dynamic dim. The
 * pointers stay valid while the model is loaded. */
typedef struct mcc_tensor_info {
  const char *name;
  mcc_dtype dtype;
  size_t rank;
  const int64_t *dims;
} mcc_tensor_info;

/* Loads a model library (a .so produced by `mcc`). Fails with NOT_FOUND when the file does
 * not exist and LOAD_FAILED when it is not a shared library, not an mcc model, or built for
 * another ABI version; the message names the path. */
MCC_API mcc_status *mcc_model_load(const char *path, mcc_model **out);
/* Accepts NULL. */
MCC_API void mcc_model_free(mcc_model *model);

/* The ONNX graph name ("" if the model has none) and the path it was loaded from. */
MCC_API const char *mcc_model_name(const mcc_model *model);
MCC_API const char *mcc_model_path(const mcc_model *model);

/* The scratch memory one run uses (the compiler's static memory plan), and the bytes of
 * weights in the library. The runtime allocates one workspace at load and keeps one more
 * per run that overlaps others, so runs do not allocate it again. */
MCC_API size_t mcc_model_workspace_bytes(const mcc_model *model);
MCC_API size_t mcc_model_weights_bytes(const mcc_model *model);

MCC_API size_t mcc_model_num_inputs(const mcc_model *model);
MCC_API size_t mcc_model_num_outputs(const mcc_model *model);
/* NULL when `index` is out of range. */
MCC_API const mcc_tensor_info *mcc_model_input(const mcc_model *model, size_t index);
MCC_API const mcc_tensor_info *mcc_model_output(const mcc_model *model, size_t index);
/* NOT_FOUND (listing the names that exist) when there is no such input/output. */
MCC_API mcc_status *mcc_model_find_input(const mcc_model *model, const char *name, size_t *index);
MCC_API mcc_status *mcc_model_find_output(const mcc_model *model, const char *name, size_t *index);

/* Runs the model. `inputs` holds one tensor per model input, in declaration order. Each is
 * checked first: dtype equal, rank equal, every static dim equal (dynamic dims take any
 * size >= 0). On success outputs[0 .. n_outputs) receive new tensors the caller frees with
 * mcc_tensor_free; n_outputs must equal mcc_model_num_outputs. On failure every
 * outputs[j] is set to NULL. Returns MODEL_ERROR if the model's run function fails, and
 * OUT_OF_MEMORY if memory ran out inside the run: every buffer the run had allocated is
 * freed again, and the model can be run again. */
MCC_API mcc_status *mcc_model_run(const mcc_model *model, const mcc_tensor *const *inputs,
                                  size_t n_inputs, mcc_tensor **outputs, size_t n_outputs);

/* Same, with inputs given by name: names[i] names inputs[i], in any order; every model
 * input must be given exactly once. */
MCC_API mcc_status *mcc_model_run_named(const mcc_model *model, const char *const *names,
                                        const mcc_tensor *const *inputs, size_t n_inputs,
                                        mcc_tensor **outputs, size_t n_outputs);

/* Same as mcc_model_run, but writes the results into caller-provided tensors (created or
 * wrapped). Dtypes and static dims are checked before the run; the actual output shapes
 * after it. On SHAPE_MISMATCH or any other error no output tensor is written. */
MCC_API mcc_status *mcc_model_run_into(const mcc_model *model, const mcc_tensor *const *inputs,
                                       size_t n_inputs, mcc_tensor *const *outputs,
                                       size_t n_outputs);

/* ---- Training ----------------------------------------------------------------------- */

/* A library built with `mcc --train` is a training step: it takes the model's inputs and a
 * `labels` input, and its state (the trainable weights, then the optimizer's slots). A
 * trainer owns that state: it starts from the library's initial values, and each step
 * updates it in place. A trainer is not safe to use from two threads at once; the model it
 * was created from must outlive it. */
typedef struct mcc_trainer mcc_trainer;

/* 1 when the model is a training step, else 0 (also for NULL). */
MCC_API int mcc_model_is_train_step(const mcc_model *model);

/* INVALID_ARGUMENT when the model is not a training step. */
MCC_API mcc_status *mcc_trainer_create(const mcc_model *model, mcc_trainer **out);
/* Accepts NULL. */
MCC_API void mcc_trainer_free(mcc_trainer *trainer);

/* The tensors a step takes: the model's own inputs, then `labels` (class indices for
 * cross-entropy, targets for mse and bce). NULL when `index` is out of range. */
MCC_API size_t mcc_trainer_num_inputs(const mcc_trainer *trainer);
MCC_API const mcc_tensor_info *mcc_trainer_input(const mcc_trainer *trainer, size_t index);

/* One training step on a batch: forward, loss, backward, optimizer update. `inputs` holds
 * mcc_trainer_num_inputs tensors, checked like mcc_model_run's. On success *loss receives
 * the batch's loss and, when `prediction` is not NULL, *prediction a new tensor with the
 * model's output for the batch (computed before the update; the caller frees it). On
 * failure the state is unchanged. */
MCC_API mcc_status *mcc_trainer_step(mcc_trainer *trainer, const mcc_tensor *const *inputs,
                                     size_t n_inputs, float *loss, mcc_tensor **prediction);

/* The state: num_state named tensors, the num_params trainable weights first (named as
 * the ONNX initializers), then the running statistics of batch norms (named the same
 * way), then the optimizer's slots ("<weight>.momentum", "<weight>.adam_m",
 * "<weight>.adam_v", "adam_step"). mcc_trainer_state's tensor belongs to the trainer and
 * stays valid until the next step, set or load. */
MCC_API size_t mcc_trainer_num_params(const mcc_trainer *trainer);
MCC_API size_t mcc_trainer_num_state(const mcc_trainer *trainer);
MCC_API const char *mcc_trainer_state_name(const mcc_trainer *trainer, size_t index);
MCC_API const mcc_tensor *mcc_trainer_state(const mcc_trainer *trainer, size_t index);
/* Copies `value` into state tensor `index`; its dtype and dims must match exactly. */
MCC_API mcc_status *mcc_trainer_set_state(mcc_trainer *trainer, size_t index,
                                          const mcc_tensor *value);

/* Checkpoints: the whole state, by name, in one file with a checksum. save writes a
 * temporary file next to `path`, syncs it and renames it over `path`, so a crash or kill
 * during a save leaves the previous checkpoint intact. load reads and checks the whole
 * file (names, dtypes, shapes, checksum) before it changes anything: on any error the
 * state is unchanged. */
MCC_API mcc_status *mcc_trainer_save(const mcc_trainer *trainer, const char *path);
MCC_API mcc_status *mcc_trainer_load(mcc_trainer *trainer, const char *path);

/* ---- Threads ------------------------------------------------------------------------ */

/* The number of threads parallel kernels in generated code may use, process-wide. n > 0
 * sets it, n == 0 restores the default: the MCC_NUM_THREADS environment variable if it is
 * a positive integer, else the number of hardware threads. n < 0 is INVALID_ARGUMENT. */
MCC_API mcc_status *mcc_set_num_threads(int n);
MCC_API int mcc_get_num_threads(void);

/* ---- Memory ------------------------------------------------------------------------- */

/* Buffers that runs freed are kept for the next run (up to 1 GiB per process), so that a
 * model with dynamic shapes does not go back to the kernel for every intermediate. This
 * frees them all and returns how many bytes that gave back. Safe at any time, from any
 * thread; later runs simply allocate again. */
MCC_API size_t mcc_trim_memory(void);

#ifdef __cplusplus
}
#endif
#endif /* MCC_RUNTIME_H */
