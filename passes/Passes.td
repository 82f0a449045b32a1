//===- Passes.td - graph passes on the mcc dialect ---------*- tablegen -*-===//
#ifndef MCC_PASSES_TD
#define MCC_PASSES_TD

include "mlir/Pass/PassBase.td"

def FoldBatchNorm : Pass<"mcc-fold-batch-norm", "mlir::func::FuncOp"> {
  let summary = "Fold inference batch normalization into the preceding conv or gemm";
  let description = [{
    `batch_norm(conv(x, W, b))` with constant W, b and statistics becomes
    `conv(x, W', b')` with `W' = W * s` per output channel and
    `b' = (b - mean) * s + beta`, where `s = gamma / sqrt(var + eps)`. The same
    holds for a gemm whose output channels are the batch norm's channels. The
    conv must have no other user.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def FuseEpilogue : Pass<"mcc-fuse-epilogue", "mlir::func::FuncOp"> {
  let summary = "Fuse bias adds, residual adds and activations into conv and matmul";
  let description = [{
    Grows `mcc.fused_conv` / `mcc.fused_matmul` from a conv, matmul or gemm
    (alpha = beta = 1, `a` not transposed) and the chain of consumers that
    follows it: an add of a constant bias (per output
    channel for a conv, broadcasting into the result for a matmul), an add of
    a residual of the result's shape, then one activation (relu, clip,
    sigmoid, hard_sigmoid, hard_swish, silu, gelu, tanh, leaky_relu). Each
    step needs the value so far to have no other user, and nothing is added
    after the activation. Codegen turns the fused op into one kernel.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def FuseAttention : Pass<"mcc-fuse-attention", "mlir::func::FuncOp"> {
  let summary = "Recompose scaled dot-product attention into mcc.attention";
  let description = [{
    `MatMul(Softmax(Add(Where(keep, MatMul(Q, K^T) * c, fill), mask)), V)`,
    with the add, the where and the scaling by a scalar constant each
    optional, becomes `mcc.attention(Q, K, V)`. The scaling may sit on Q or K
    instead; K^T is usually a transpose of K's producer, which is folded into
    the op's key. The softmax must be along the last axis, and the scores,
    the softmax and every step between them must have no other user.
  }];
}

def FoldConstantAffineIntoConv : Pass<"mcc-fold-constant-affine-into-conv", "mlir::func::FuncOp"> {
  let summary = "Fold constant per-channel scales and shifts into conv and gemm weights";
  let description = [{
    `conv(x, W, b) * s + t` (an add, sub, mul or div by a constant that is a
    scalar or per output channel) becomes `conv(x, W * s, b * s + t)`; the
    same for a gemm with a constant B, per column. A per-input-channel
    constant scale before a conv, `conv(x * s, W)`, becomes a scale of W's
    input channels. The conv or gemm (or the mul before the conv) must have
    no other user.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def RecomposeLayerNorm : Pass<"mcc-recompose-layer-norm", "mlir::func::FuncOp"> {
  let summary = "Recompose decomposed layer normalization into mcc.layer_norm";
  let description = [{
    `(x - mean(x)) / sqrt(mean((x - mean(x))^2) + eps) * gamma + beta`, as
    exporters write LayerNorm before opset 17 (ReduceMean, Sub, Pow or Mul,
    ReduceMean, Add, Sqrt, Div or Reciprocal and Mul, then the optional Mul
    and Add), becomes one `mcc.layer_norm`. Both means must reduce the same
    trailing axes with kept dims, eps must be a constant inside the square
    root, and every intermediate must have no other user.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def RecomposeActivations : Pass<"mcc-recompose-activations", "mlir::func::FuncOp"> {
  let summary = "Recompose decomposed GELU, SiLU and HardSwish";
  let description = [{
    `x * 0.5 * (1 + erf(x / sqrt(2)))` becomes `mcc.gelu`, its tanh
    approximation `0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))`
    `mcc.gelu {approximate = "tanh"}` (products in any order and grouping),
    `x * sigmoid(x)` `mcc.silu` and `x * hard_sigmoid(x)` with alpha 1/6 and
    beta 1/2 `mcc.hard_swish`. Constants must match to a relative 1e-4 and
    every intermediate must have no other user.
  }];
}

def FuseQuantizedConv : Pass<"mcc-fuse-quantized-conv", "mlir::func::FuncOp"> {
  let summary = "Turn QDQ convolutions into int8 mcc.qconv";
  let description = [{
    `quantize_linear(conv(dequantize_linear(x), dequantize_linear(W), b))`,
    as QDQ models write a quantized conv, becomes `mcc.qconv(x, W, b', s)`:
    int8 in and out, int32 sums. `x` must be i8 with a constant per-tensor
    scale and zero point, `W` a constant i8 weight with zero zero points and
    a per-tensor or per-output-channel (axis 0) scale, the bias (optional) a
    constant, usually the dequantized int32 of the QDQ form, and the output
    quantization per tensor to i8. The bias is requantized to int32 at scale
    `sx * sw[m]` (exactly the QDQ bias when its scale is that product) and
    `s[m] = sx * sw[m] / sy` in f32, as ONNX Runtime computes it. The conv
    must have no other user.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def FoldDequantizedConstants : Pass<"mcc-fold-dequantized-constants", "mlir::func::FuncOp"> {
  let summary = "Dequantize constant weights and biases at compile time";
  let description = [{
    `dequantize_linear(W, scale, zero_point)` with all three constant (the
    int8 weights and int32 biases of a QDQ model) becomes the f32 (or f64)
    constant it computes, so the float kernels behind it see constant
    weights they can pack at compile time. Dequantizes of values computed at
    run time, and those to 16-bit floats, stay.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def UnrollRecurrent : Pass<"mcc-unroll-recurrent", "mlir::func::FuncOp"> {
  let summary = "Unroll lstm, gru and rnn into one cell of mcc ops per time step";
  let description = [{
    For training: each recurrent op with a static sequence length becomes
    its input projection (one matmul over all steps) and, per step, the
    cell's gemm, slices, activations and products, with `y`, `y_h` and
    `y_c` concatenated from the steps' states. Autodiff then runs backprop
    through time with the rules of those ops. Ops with `sequence_lens`,
    `clip`, a dynamic sequence length or activations other than sigmoid,
    tanh and relu stay whole.
  }];
}

//===----------------------------------------------------------------------===//
// Training (passes/train/)
//===----------------------------------------------------------------------===//

def ParameterizeWeights : Pass<"mcc-parameterize-weights", "mlir::ModuleOp"> {
  let summary = "Turn the model's float initializers into arguments of @main";
  let description = [{
    Every float `arith.constant` of `@main` that holds an ONNX initializer
    (located at `NameLoc(name, file:0:0)`, as the importer places them) and
    whose name matches `trainable` becomes a new trailing argument of
    `@main`, with `mcc.name` set to the initializer's name and
    `mcc.initial_value` to its data. These are the weights a training step
    updates; initializers that do not match stay constants. The running mean
    and variance of batch norms are never trained: whatever `trainable`
    says, they become arguments after the weights, marked
    `mcc.running_stat`, so a train step can update them (and no pass merges
    two of them that happen to hold equal values).
  }];
  let options = [
    Option<"trainable", "trainable", "std::string", /*default=*/"\".*\"",
           "Regular expression an initializer's full name must match to be trained">
  ];
}

def BuildTrainStep : Pass<"mcc-build-train-step", "mlir::ModuleOp"> {
  let summary = "Turn @main into one training step: forward, loss, backward, update";
  let description = [{
    Takes `@main` after `mcc-parameterize-weights` and rewrites it into
    `@main(inputs..., labels, state...) -> (loss, output, state'...)`. The state is
    the parameters (the arguments carrying `mcc.initial_value`), then the
    running statistics of batch norms (`mcc.running_stat`), then the
    optimizer's slots (zero at the start); the step returns every state
    tensor's next value in the same order. The loss is built on output 0,
    the gradients by reverse-mode differentiation of every op on the path
    from a parameter to the loss (passes/train/GradientRules.cpp), and the
    update follows torch.optim. The module gets
    `mcc.train_step = {num_params, num_state}` for the model table. An op on
    that path without a gradient rule is an error naming its node.

    Batch norms follow `batch-norm`: `train` (torch's `model.train()`)
    normalizes with the batch's statistics and moves the running ones by the
    node's momentum (the variance unbiased, as torch keeps it); `frozen`
    (`model.eval()`) normalizes with the running statistics and leaves them.
  }];
  let options = [
    Option<"loss", "loss", "std::string", /*default=*/"\"cross_entropy\"",
           "cross_entropy, mse or bce">,
    Option<"reduction", "reduction", "std::string", /*default=*/"\"mean\"",
           "How the loss reduces over the batch: mean or sum">,
    Option<"optimizer", "optimizer", "std::string", /*default=*/"\"sgd\"",
           "sgd, momentum, adam or adamw">,
    Option<"lr", "lr", "double", /*default=*/"0.01", "Learning rate">,
    Option<"weightDecay", "weight-decay", "double", /*default=*/"0.0",
           "Weight decay (L2 in the gradient; decoupled for adamw)">,
    Option<"momentum", "momentum", "double", /*default=*/"0.9", "Momentum factor">,
    Option<"beta1", "beta1", "double", /*default=*/"0.9", "Adam's first-moment decay">,
    Option<"beta2", "beta2", "double", /*default=*/"0.999", "Adam's second-moment decay">,
    Option<"eps", "eps", "double", /*default=*/"1e-8", "Adam's denominator term">,
    Option<"batchNorm", "batch-norm", "std::string", /*default=*/"\"train\"",
           "Batch norm statistics: train (the batch's, updating the running ones) "
           "or frozen (the running ones)">
  ];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

#endif // MCC_PASSES_TD
