/* mcc/kernels.h - the microkernels generated code calls, and the weight layouts they read.
 *
 * Compiled models do not carry their own GEMM and convolution loops: codegen
 * (codegen/cpu/KernelCalls.cpp) lowers f32 conv/matmul/gemm and their fused
 * epilogues to calls of the functions below, which live in libmcc_runtime.so
 * (runtime/kernels/), one copy per process with one thread pool. Constant
 * weights are packed at compile time by the same library functions the kernels
 * are written against (mcc_kernel_*_pack_*), so the layout has one owner.
 *
 * Buffers arrive as MLIR memref descriptors (the `llvm.emit_c_interface`
 * convention): any strides, any offset, sizes known only at run time.
 */
#ifndef MCC_KERNELS_H
#define MCC_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A ranked f32 memref descriptor as MLIR lowers it. */
#define MCC_MEMREF_F32(rank)                                                           \
  struct {                                                                               \
    float *allocated;                                                                    \
    float *aligned;                                                                      \
    int64_t offset;                                                                      \
    int64_t sizes[rank];                                                                 \
    int64_t strides[rank];                                                               \
  }
typedef MCC_MEMREF_F32(1) mcc_memref1_f32;
typedef MCC_MEMREF_F32(2) mcc_memref2_f32;
typedef MCC_MEMREF_F32(3) mcc_memref3_f32;
typedef MCC_MEMREF_F32(4) mcc_memref4_f32;
/* An i1 memref: one byte per element, 0 or 1. */
typedef struct {
  uint8_t *allocated;
  uint8_t *aligned;
  int64_t offset;
  int64_t sizes[4];
  int64_t strides[4];
} mcc_memref4_i1;

/* An int8 memref (quantized tensors). */
#define MCC_MEMREF_I8(rank)                                                            \
  struct {                                                                               \
    int8_t *allocated;                                                                   \
    int8_t *aligned;                                                                     \
    int64_t offset;                                                                      \
    int64_t sizes[rank];                                                                 \
    int64_t strides[rank];                                                               \
  }
typedef MCC_MEMREF_I8(1) mcc_memref1_i8;
typedef MCC_MEMREF_I8(4) mcc_memref4_i8;

/* An i32 vector (sequence_lens). */
typedef struct {
  int32_t *allocated;
  int32_t *aligned;
  int64_t offset;
  int64_t sizes[1];
  int64_t strides[1];
} mcc_memref1_i32;

/* The epilogue activation; the same list, in the same words, as the
 * `activation` attribute of mcc.fused_conv / mcc.fused_matmul.
 * p0/p1: clip [min, max]; hard_sigmoid [alpha, beta]; leaky_relu [alpha]. */
enum mcc_kernel_activation {
  MCC_ACT_NONE = 0,
  MCC_ACT_RELU = 1,
  MCC_ACT_CLIP = 2,
  MCC_ACT_SIGMOID = 3,
  MCC_ACT_TANH = 4,
  MCC_ACT_HARD_SIGMOID = 5,
  MCC_ACT_HARD_SWISH = 6,
  MCC_ACT_SILU = 7,
  MCC_ACT_GELU = 8,      /* erf form */
  MCC_ACT_GELU_TANH = 9, /* tanh approximation */
  MCC_ACT_LEAKY_RELU = 10,
};

/* Flags of mcc_kernel_gemm / mcc_kernel_conv2d. */
enum mcc_kernel_flags {
  MCC_KERNEL_TRANS_A = 1,       /* gemm: a is [Ba, K, M] */
  MCC_KERNEL_TRANS_B = 2,       /* gemm: b is [Bb, N, K] */
  MCC_KERNEL_B_PACKED = 4,      /* gemm: `packed` holds mcc_kernel_gemm_pack_b of the one
                                   [K, N] right-hand side; `b` is not read */
  MCC_KERNEL_HAS_BIAS = 8,      /* `bias` is read */
  MCC_KERNEL_BIAS_PER_ROW = 16, /* gemm: bias is [M] (one per row) rather than [N] */
  MCC_KERNEL_HAS_RESIDUAL = 32, /* `residual` (the output's shape) is read */
  MCC_KERNEL_HAS_MASK = 64,     /* attention: the additive `mask` is read */
  MCC_KERNEL_HAS_KEEP = 128,    /* attention: the boolean `keep` is read */
};

/* out[b] = act(op(a[b]) . op(b[b]) + bias + residual[b]), for b < out.sizes[0].
 *   a:   [Ba, M, K] ([Ba, K, M] with TRANS_A); Ba is the batch or 1 (broadcast).
 *   b:   [Bb, K, N] ([Bb, N, K] with TRANS_B); Bb is the batch or 1. Unused with B_PACKED.
 *   packed: with B_PACKED, mcc_kernel_gemm_pack_b(K, N, ...) of one [K, N] matrix.
 *   bias: [N] ([M] with BIAS_PER_ROW); residual: like out; out: [B, M, N].
 * Operands that a flag leaves out may be any descriptor (codegen passes `out`); they are
 * never read. `packed` must have unit stride. `residual` may be `out` itself (an in-place
 * add: out holds the residual on entry), but must not otherwise overlap it. */
void _mlir_ciface_mcc_kernel_gemm(mcc_memref3_f32 *a, mcc_memref3_f32 *b,
                                  mcc_memref1_f32 *packed, mcc_memref1_f32 *bias,
                                  mcc_memref3_f32 *residual, mcc_memref3_f32 *out,
                                  int64_t flags, int64_t activation, float p0, float p1);

/* 2-D grouped convolution, NCHW:
 *   out[n, m, y, x] = act(sum_{c, i, j} in[n, g*Cg + c, y*sH - padTop + i*dH, x*sW - padLeft + j*dW]
 *                         * w[m, c, i, j] + bias[m] + residual[n, m, y, x])
 * with g = m / (M / group), Cg = C / group, taps outside the input reading 0.
 * N, C, H, W come from `in`; M, OH, OW from `out` (the end pads are implied).
 * `weight` holds mcc_kernel_conv2d_pack_weight of the [M, Cg, KH, KW] weight (unit stride).
 * `residual` may be `out` itself (an in-place add), but must not otherwise overlap it. */
void _mlir_ciface_mcc_kernel_conv2d(mcc_memref4_f32 *in, mcc_memref1_f32 *weight,
                                    mcc_memref1_f32 *bias, mcc_memref4_f32 *residual,
                                    mcc_memref4_f32 *out, int64_t group, int64_t kernelH,
                                    int64_t kernelW, int64_t strideH, int64_t strideW,
                                    int64_t padTop, int64_t padLeft, int64_t dilationH,
                                    int64_t dilationW, int64_t flags, int64_t activation,
                                    float p0, float p1);

/* Packs a weight known only at run time (a training step's) into `packed`, exactly as
 * mcc_kernel_conv2d_pack_weight packs a constant one at compile time; `weight` may have
 * any strides. `packed` holds mcc_kernel_conv2d_packed_weight_floats(...) floats. */
void _mlir_ciface_mcc_kernel_conv2d_pack(mcc_memref4_f32 *weight, mcc_memref1_f32 *packed,
                                         int64_t group);
/* mcc_kernel_conv2d_packed_weight_floats, for generated code (a weight whose channel count
 * is only known at run time). */
int64_t _mlir_ciface_mcc_kernel_conv2d_packed_floats(int64_t M, int64_t Cg, int64_t kernelH,
                                                     int64_t kernelW, int64_t group);

/* The gradient of a 2-D max pool (mcc.max_pool_grad), NCHW: grad_in is zero except where
 * a window's first maximum (row-major in the window) sits, which gets the sum of the
 * grad_out elements of the windows it won. N, C, H, W come from `in`, OH, OW from
 * `grad_out`; taps outside the input (padding) never win. */
void _mlir_ciface_mcc_kernel_max_pool2d_grad(mcc_memref4_f32 *in, mcc_memref4_f32 *grad_out,
                                             mcc_memref4_f32 *grad_in, int64_t kernelH,
                                             int64_t kernelW, int64_t strideH, int64_t strideW,
                                             int64_t padTop, int64_t padLeft, int64_t dilationH,
                                             int64_t dilationW);

/* A 2-D transposed convolution (mcc.conv_transpose without bias), NCHW: `weight` is
 * [C, M / group, KH, KW]; every output element is the sum of the taps
 *   input[n, g*Cg + c, iy, ix] * weight[g*Cg + c, m, i, j]
 * over the (c, i, j, iy, ix) with iy*strideH - padTop + i*dilationH and
 * ix*strideW - padLeft + j*dilationW at its position. N, C come from `input`, the
 * output size (output padding included) from `output`. */
void _mlir_ciface_mcc_kernel_conv2d_transpose(mcc_memref4_f32 *input, mcc_memref4_f32 *weight,
                                              mcc_memref4_f32 *output, int64_t group,
                                              int64_t strideH, int64_t strideW, int64_t padTop,
                                              int64_t padLeft, int64_t dilationH,
                                              int64_t dilationW);

/* The gradient of a 2-D convolution's weight (mcc.conv_weight_grad), NCHW:
 *   grad_w[m, c, i, j] = sum_{n, y, x} grad_out[n, m, y, x]
 *                        * in[n, g*Cg + c, y*sH - padTop + i*dH, x*sW - padLeft + j*dW]
 * with taps outside the input reading 0. N, C come from `in`, M, OH, OW from `grad_out`,
 * Cg, KH, KW from `grad_w`. A GEMM per image, [M, OH*OW] x [OH*OW, Cg*KH*KW], summed over
 * the images in order. */
void _mlir_ciface_mcc_kernel_conv2d_weight_grad(mcc_memref4_f32 *in, mcc_memref4_f32 *grad_out,
                                                mcc_memref4_f32 *grad_w, int64_t group,
                                                int64_t strideH, int64_t strideW, int64_t padTop,
                                                int64_t padLeft, int64_t dilationH,
                                                int64_t dilationW);

/* Scaled dot-product attention (mcc.attention), over [B, H, S, D] views:
 *   s   = scale * q[b, h] . k[b, h]^T           [Sq, Skv]
 *   s   = keep ? s : fill                        with HAS_KEEP
 *   s   = s + mask                               with HAS_MASK
 *   out[b, h] = softmax(s, along Skv) . v[b, h]  [Sq, Dv]
 * B, H, Sq, Dv come from `out`; every dim of size 1 in q, k, v, mask or keep broadcasts.
 * The scores are held for a block of query rows at a time, never for the whole batch. */
void _mlir_ciface_mcc_kernel_attention(mcc_memref4_f32 *q, mcc_memref4_f32 *k,
                                       mcc_memref4_f32 *v, mcc_memref4_f32 *mask,
                                       mcc_memref4_i1 *keep, mcc_memref4_f32 *out,
                                       int64_t flags, float scale, float fill);

/* Flags of mcc_kernel_lstm / mcc_kernel_gru: which optional operands are read, and options. */
enum mcc_kernel_recurrent_flags {
  MCC_RNN_HAS_BIAS = 1,            /* `bias` [dirs, 2*G*H]: input biases, then recurrence biases */
  MCC_RNN_HAS_SEQUENCE_LENS = 2,   /* `sequence_lens` [B] */
  MCC_RNN_HAS_INITIAL_H = 4,       /* `initial_h` [dirs, B, H] (zeros otherwise) */
  MCC_RNN_HAS_INITIAL_C = 8,       /* lstm: `initial_c` [dirs, B, H] (zeros otherwise) */
  MCC_RNN_HAS_PEEPHOLES = 16,      /* lstm: `peepholes` [dirs, 3H], order i, o, f */
  MCC_RNN_INPUT_FORGET = 32,       /* lstm: f = 1 - i */
  MCC_RNN_LINEAR_BEFORE_RESET = 64, /* gru: n = tanh(xn + r * (h Rn^T + Rbn)) */
  MCC_RNN_HAS_CLIP = 128,          /* gate inputs clipped to [-clip, clip] before f and g */
  MCC_RNN_REVERSE = 256,           /* a single direction, run from the last step */
};

/* One ONNX LSTM / GRU layer (mcc.lstm / mcc.gru) with the default activations (lstm:
 * sigmoid, tanh, tanh; gru: sigmoid, tanh), G = 4 (gates i, o, f, c) or 3 (z, r, h):
 *   x: [S, B, I]; y: [S, dirs, B, H]; y_h, y_c: [dirs, B, H]. dirs is y's dim 1 (2: the
 *   second direction runs in reverse). S, B, I come from x, H from y.
 *   packed_w: per direction d, mcc_kernel_gemm_pack_b(I, G*H) of w[d]^T, back to back.
 *   packed_r: lstm: per direction, mcc_kernel_gemm_pack_b(H, 4H) of r[d]^T; gru: per
 *     direction, pack_b(H, 2H) of r[d][0:2H]^T (z, r) then pack_b(H, H) of r[d][2H:3H]^T.
 * With sequence_lens, steps at or past an entry's length keep its states and write zeros
 * to y (the reverse direction starts at the entry's last step); an entry of length 0 ends
 * with zero states. Operands that a flag leaves out may be any descriptor of their type.
 * The result bits do not depend on the thread count. */
void _mlir_ciface_mcc_kernel_lstm(mcc_memref3_f32 *x, mcc_memref1_f32 *packed_w,
                                  mcc_memref1_f32 *packed_r, mcc_memref2_f32 *bias,
                                  mcc_memref1_i32 *sequence_lens, mcc_memref3_f32 *initial_h,
                                  mcc_memref3_f32 *initial_c, mcc_memref2_f32 *peepholes,
                                  mcc_memref4_f32 *y, mcc_memref3_f32 *y_h,
                                  mcc_memref3_f32 *y_c, int64_t flags, float clip);
void _mlir_ciface_mcc_kernel_gru(mcc_memref3_f32 *x, mcc_memref1_f32 *packed_w,
                                 mcc_memref1_f32 *packed_r, mcc_memref2_f32 *bias,
                                 mcc_memref1_i32 *sequence_lens, mcc_memref3_f32 *initial_h,
                                 mcc_memref4_f32 *y, mcc_memref3_f32 *y_h, int64_t flags,
                                 float clip);

/* Called by generated code before an allocation whose dynamic sizes (computed from the
 * input values: a shape tensor, a sequence length) are negative or multiply out past
 * 2^40 elements: ends the run with MCC_INVALID_ARGUMENT instead of letting a wrapped size
 * reach the allocator. Never returns inside mcc_model_run. */
void mcc_kernel_invalid_size(void);

/* Runs body(context, begin, end) over [0, rows) split into contiguous blocks, one per
 * thread (fewer when rows * work_per_row is small): the call that
 * mcc-outline-parallel-loops puts in place of a large loop of the generated code. */
void mcc_parallel_for(void (*body)(void *context, int64_t begin, int64_t end), void *context,
                      int64_t rows, int64_t work_per_row);

/* Weight packing, called by the compiler on constant weights (and by the tests).
 * `*_floats` is the size of the packed buffer in floats. */
int64_t mcc_kernel_gemm_packed_b_floats(int64_t K, int64_t N);
/* b[k * strideK + n * strideN] for k < K, n < N. */
void mcc_kernel_gemm_pack_b(const float *b, int64_t K, int64_t N, int64_t strideK,
                            int64_t strideN, float *packed);
int64_t mcc_kernel_conv2d_packed_weight_floats(int64_t M, int64_t Cg, int64_t kernelH,
                                               int64_t kernelW, int64_t group);
/* w: the contiguous [M, Cg, KH, KW] weight. */
void mcc_kernel_conv2d_pack_weight(const float *w, int64_t M, int64_t Cg, int64_t kernelH,
                                   int64_t kernelW, int64_t group, float *packed);

/* The int8 convolution of mcc.qconv: for every output element,
 *   acc = sum over k of w[m][k] * (x[k] + 128)   (int32, exact)
 *   out = saturate_int8(round_half_even((acc + comp[m]) * scale[m]) + yZero)
 * where x is the im2col of `in` padded with `xZero` and comp[m] = bias[m] - (128 + xZero) *
 * sum_k w[m][k] undoes the +128 and the input's zero point (the compiler computes it).
 * `weight` holds mcc_kernel_qconv2d_pack_weight of the [M, Cg, KH, KW] int8 weight. `out`
 * must have contiguous rows (unit stride in W, stride OW in H), as the kernel call's own
 * buffer does. */
void _mlir_ciface_mcc_kernel_qconv2d(mcc_memref4_i8 *in, mcc_memref1_i8 *weight,
                                     mcc_memref1_i32 *comp, mcc_memref1_f32 *scale,
                                     mcc_memref4_i8 *out, int64_t group, int64_t kernelH,
                                     int64_t kernelW, int64_t strideH, int64_t strideW,
                                     int64_t padTop, int64_t padLeft, int64_t dilationH,
                                     int64_t dilationW, int64_t xZero, int64_t yZero);
int64_t mcc_kernel_qconv2d_packed_weight_bytes(int64_t M, int64_t Cg, int64_t kernelH,
                                               int64_t kernelW, int64_t group);
/* w: the contiguous [M, Cg, KH, KW] int8 weight. */
void mcc_kernel_qconv2d_pack_weight(const int8_t *w, int64_t M, int64_t Cg, int64_t kernelH,
                                    int64_t kernelW, int64_t group, int8_t *packed);

#ifdef __cplusplus
}
#endif

#endif /* MCC_KERNELS_H */
