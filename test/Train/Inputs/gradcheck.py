"""Checks each gradient rule of `mcc --train` against finite differences of an independent
implementation of the forward graph (ONNX Runtime, in float64 where it has the kernels).

    gradcheck.py MCC MCC_RUN WORKDIR [CASE ...]

Each case is a small ONNX graph around one op, its weights initializers. mcc compiles it
with sum-reduced MSE and SGD at lr 1 and runs one step, so the trained weights are
w - dL/dw: the gradient comes back exactly through the checkpoint (--emit=onnx). For each
weight and a random unit direction v, the directional derivative dL/dw . v must match the
central difference (L(w + e v) - L(w - e v)) / 2e of ONNX Runtime's loss, to a relative
1e-3 of |dL/dw| (in float64 where ONNX Runtime has the kernels, else float32 with a wider step).
Prints `CASE weights K max_rel_err E ok` per case."""
import os
import subprocess
import sys

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

mcc, mcc_run, work = sys.argv[1], sys.argv[2], sys.argv[3]
only = set(sys.argv[4:])
os.makedirs(work, exist_ok=True)
ort.set_default_logger_severity(3)  # the weights are inputs too, which it warns about
N = 4  # the batch: one training step over all of it
F32, F64 = TensorProto.FLOAT, TensorProto.DOUBLE


class Case:
    """`nodes` compute "y" from the input "x" and the weights; `weights` maps each name to
    its initial value; `consts` are non-float (or untrained) initializers. ONNX Runtime
    evaluates `reference_nodes` where given (the ONNX form of what mcc's `flags` make of
    `nodes` in a train step)."""

    def __init__(self, x, nodes, weights, consts=None, opset=17, x_dtype=None, reference32=False,
                 reference_nodes=None, flags=()):
        self.x, self.nodes, self.weights = x, nodes, weights
        self.consts = consts or {}
        self.opset, self.x_dtype, self.reference32 = opset, x_dtype, reference32
        self.reference_nodes, self.flags = reference_nodes or nodes, list(flags)


def rng(seed):
    return np.random.default_rng(seed)


def randn(*shape, seed=0, scale=1.0):
    return (rng(seed).standard_normal(shape) * scale).astype(np.float32)


def model(case, dtype, weights_as_inputs, reference=True):
    np_type = np.float64 if dtype == F64 else np.float32
    is_float = case.x.dtype == np.float32
    x_type = dtype if is_float else helper.np_dtype_to_tensor_dtype(case.x.dtype)
    inits = [numpy_helper.from_array(w.astype(np_type), name) for name, w in case.weights.items()]
    inits += [numpy_helper.from_array(c.astype(np_type) if c.dtype == np.float32 else c, name)
              for name, c in case.consts.items()]
    inputs = [helper.make_tensor_value_info("x", x_type, case.x.shape)]
    if weights_as_inputs:
        inputs += [helper.make_tensor_value_info(n, dtype, w.shape) for n, w in case.weights.items()]
    graph = helper.make_graph(case.reference_nodes if reference else case.nodes, "gradcheck", inputs,
                              [helper.make_tensor_value_info("y", dtype, None)], inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", case.opset)])
    m.ir_version = 8
    return m


def loss_function(case, dtype):
    """L(weights) = sum((y - t)^2) by ONNX Runtime; `t` is set later."""
    m = model(case, dtype, weights_as_inputs=True)
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = ort.InferenceSession(m.SerializeToString(), options, providers=["CPUExecutionProvider"])
    np_type = np.float64 if dtype == F64 else np.float32
    x = case.x.astype(np_type) if case.x.dtype == np.float32 else case.x

    def loss(weights, t):
        feeds = {"x": x, **{n: w.astype(np_type) for n, w in weights.items()}}
        y = session.run(["y"], feeds)[0].astype(np.float64)
        return float(np.sum((y - t) ** 2))

    return loss


def mcc_gradients(name, case, t):
    path = os.path.join(work, name + ".onnx")
    onnx.save(model(case, F32, weights_as_inputs=False, reference=False), path)
    library = os.path.join(work, name + ".train.so")
    data = os.path.join(work, name + ".npz")
    run_dir = os.path.join(work, name + ".run")
    np.savez(data, x=case.x, labels=t.astype(np.float32))
    subprocess.run([mcc, path, "--train", "--loss=mse", "--loss-reduction=sum", "--optimizer=sgd",
                    "--lr=1", *case.flags, "-o", library], check=True)
    run = subprocess.run([mcc_run, library, "--train", data, "--batch", str(N), "--checkpoint",
                          run_dir], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{name}: mcc-run failed: {run.stderr}")
    trained = os.path.join(work, name + ".trained.onnx")
    subprocess.run([mcc, path, "--weights", os.path.join(run_dir, "checkpoint.mcc"), "--emit=onnx",
                    "-o", trained], check=True)
    after = {i.name: numpy_helper.to_array(i) for i in onnx.load(trained).graph.initializer}
    return {n: w.astype(np.float64) - after[n].astype(np.float64) for n, w in case.weights.items()}


def check(name, case):
    reference32 = case.reference32
    try:
        loss = loss_function(case, F32 if reference32 else F64)
    except ort.capi.onnxruntime_pybind11_state.NotImplemented:  # no float64 kernel
        reference32 = True
        loss = loss_function(case, F32)
    y = model_output(case)
    t = y + rng(99).standard_normal(y.shape)  # targets away from y: the loss has a gradient
    grads = mcc_gradients(name, case, t)
    eps = 3e-3 if reference32 else 1e-5
    worst = 0.0
    for k, (wname, w) in enumerate(case.weights.items()):
        v = rng(100 + k).standard_normal(w.shape)
        v /= np.linalg.norm(v)
        plus = {n: (x + eps * v if n == wname else x).astype(np.float64) for n, x in case.weights.items()}
        minus = {n: (x - eps * v if n == wname else x).astype(np.float64) for n, x in case.weights.items()}
        numeric = (loss(plus, t) - loss(minus, t)) / (2 * eps)
        analytic = float(np.sum(grads[wname] * v))
        scale = max(np.linalg.norm(grads[wname]), 1e-6)
        err = abs(analytic - numeric) / scale
        if err > 1e-3:
            sys.exit(f"{name}: weight {wname}: dL/dw . v = {analytic!r}, finite difference "
                     f"{numeric!r} (error {err:.2e} of |dL/dw| = {scale:.3e})")
        worst = max(worst, err)
    print(f"{name} weights {len(case.weights)} max_rel_err {worst:.2e} ok")


def model_output(case):
    m = model(case, F32, weights_as_inputs=False)
    session = ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(["y"], {"x": case.x})[0].astype(np.float64)


node = helper.make_node


def unary(op, **attrs):
    """y = op(x * w + b): the rule's derivative at many points of its domain."""
    return Case(randn(N, 6, seed=1), [node("Mul", ["x", "w"], ["s"]), node("Add", ["s", "b"], ["a"]),
                                      node(op, ["a"], ["y"], **attrs)],
                {"w": randn(6, seed=2), "b": randn(6, seed=3, scale=0.5)})


def positive(op):
    """y = op(x^2 + w^2 + 0.5): a positive argument for log and sqrt."""
    x = randn(N, 6, seed=1)
    return Case(x, [node("Mul", ["x", "x"], ["x2"]), node("Mul", ["w", "w"], ["w2"]),
                    node("Add", ["x2", "w2"], ["s"]), node("Add", ["s", "half"], ["a"]),
                    node(op, ["a"], ["y"])],
                {"w": randn(6, seed=2)}, {"half": np.array(0.5, np.float32)})


def binary(op):
    """Broadcast both ways: x [N, 3, 5] against w [3, 1] and v [5]."""
    x = randn(N, 3, 5, seed=4)
    w = randn(3, 1, seed=5) + (3.0 if op == "Div" else 0.0)
    return Case(x, [node(op, ["x", "w"], ["a"]), node(op, ["v", "a"], ["y"])],
                {"w": w, "v": randn(5, seed=6) + (3.0 if op == "Div" else 0.0)})


def conv(group, stride, pads, channels=4):
    x = randn(N, channels, 7, 7, seed=7)
    return Case(x, [node("Conv", ["x", "w", "b"], ["y"], group=group, strides=[stride, stride],
                         pads=pads, kernel_shape=[3, 3])],
                {"w": randn(6 if group == 1 else channels, channels // group, 3, 3, seed=8, scale=0.3),
                 "b": randn(6 if group == 1 else channels, seed=9)}, reference32=True)


def layer_norm():
    x = randn(N, 3, 8, seed=10)
    return Case(x, [node("Mul", ["x", "s"], ["xs"]),
                    node("LayerNormalization", ["xs", "gamma", "beta"], ["y"], axis=-1, epsilon=1e-5)],
                {"s": randn(8, seed=11), "gamma": randn(8, seed=12), "beta": randn(8, seed=13)})


def batch_norm(mode):
    """Batch norm over N, H and W; in train mode ONNX Runtime's training_mode=1 kernel is the
    reference, so the gradient flows through the batch mean and variance too."""
    x = randn(N, 3, 4, 5, seed=50)

    def nodes(training_mode):
        return [node("Mul", ["x", "w"], ["a"]),
                node("BatchNormalization", ["a", "gamma", "beta", "mean", "var"],
                     ["y", "next_mean", "next_var"] if training_mode else ["y"],
                     epsilon=1e-3, momentum=0.8, training_mode=training_mode)]
    return Case(x, nodes(0), {"w": randn(3, 4, 5, seed=51), "gamma": randn(3, seed=52),
                              "beta": randn(3, seed=53)},
                {"mean": randn(3, seed=54), "var": np.abs(randn(3, seed=55)) + 0.5},
                reference_nodes=nodes(1 if mode == "train" else 0),
                flags=[f"--batch-norm={mode}"])


def recurrent(op, hidden, extra_attrs, gates, with_h0=False):
    """The cell over 5 steps, weights and biases trained (and the initial state)."""
    x = randn(N, 5, 3, seed=14)  # batch first, as mcc-run batches; the op takes seq first
    weights = {"W": randn(1, gates * hidden, 3, seed=15, scale=0.6),
               "R": randn(1, gates * hidden, hidden, seed=16, scale=0.6),
               "B": randn(1, 2 * gates * hidden, seed=17, scale=0.3)}
    inputs = ["xs", "W", "R", "B"]
    if with_h0:
        weights["h0"] = randn(1, N, hidden, seed=18)
        inputs += ["", "h0"]
    return Case(x, [node("Transpose", ["x"], ["xs"], perm=[1, 0, 2]),
                    node(op, inputs, ["ys"], hidden_size=hidden, **extra_attrs),
                    node("Transpose", ["ys"], ["y"], perm=[2, 0, 1, 3])], weights,
                reference32=True)  # ONNX Runtime's recurrent kernels are float32 only


def matmul_gemm_cases():
    x = randn(N, 5, seed=19)
    return {
        "gemm_trans_b": Case(x, [node("Gemm", ["x", "w", "c"], ["y"], transB=1, alpha=0.5, beta=2.0)],
                             {"w": randn(3, 5, seed=20), "c": randn(3, seed=21)}),
        # The weight as A, transposed: y = (w^T x^T)^T.
        "gemm_trans_a": Case(x, [node("Gemm", ["w", "x"], ["a"], transA=1, transB=1),
                                 node("Transpose", ["a"], ["y"], perm=[1, 0])],
                             {"w": randn(5, 3, seed=23)}),
        "matmul_batched": Case(randn(N, 2, 3, 5, seed=24),
                               [node("MatMul", ["x", "w"], ["a"]), node("MatMul", ["v", "a"], ["y"])],
                               {"w": randn(5, 4, seed=25), "v": randn(2, 6, 3, seed=26)}),
    }


def cases():
    c = {f"unary_{op.lower()}": unary(op) for op in ["Relu", "Sigmoid", "Tanh", "Exp", "Erf", "Neg",
                                                     "Identity", "Softplus", "Abs"]}
    c["unary_leaky_relu"] = unary("LeakyRelu", alpha=0.1)
    c["unary_gelu"] = Case(randn(N, 6, seed=1), [
        node("Mul", ["x", "w"], ["a"]), node("Div", ["a", "sqrt2"], ["d"]), node("Erf", ["d"], ["e"]),
        node("Add", ["e", "one"], ["p"]), node("Mul", ["a", "p"], ["q"]), node("Mul", ["q", "half"], ["y"])],
        {"w": randn(6, seed=2)}, {"sqrt2": np.array(np.sqrt(2), np.float32),
                                  "one": np.array(1.0, np.float32), "half": np.array(0.5, np.float32)})
    c["unary_silu"] = Case(randn(N, 6, seed=1), [
        node("Mul", ["x", "w"], ["a"]), node("Sigmoid", ["a"], ["s"]), node("Mul", ["a", "s"], ["y"])],
        {"w": randn(6, seed=2)})
    c["unary_log"] = positive("Log")
    c["unary_sqrt"] = positive("Sqrt")
    for op in ["Add", "Sub", "Mul", "Div"]:
        c[f"binary_{op.lower()}"] = binary(op)
    c["pow"] = Case(np.abs(randn(N, 5, seed=27)) + 0.5, [node("Pow", ["x", "w"], ["a"]),
                                                          node("Pow", ["a", "two"], ["y"])],
                    {"w": randn(5, seed=28, scale=0.5)}, {"two": np.array(2.0, np.float32)})
    c["where"] = Case(randn(N, 5, seed=29), [node("Greater", ["x", "zero"], ["m"]),
                                             node("Where", ["m", "w", "v"], ["y"])],
                      {"w": randn(5, seed=30), "v": randn(N, 1, seed=31)},
                      {"zero": np.array(0.0, np.float32)})
    c["expand"] = Case(randn(N, 3, 5, seed=32), [node("Expand", ["w", "shape"], ["e"]),
                                                 node("Mul", ["x", "e"], ["y"])],
                       {"w": randn(3, 1, seed=33)}, {"shape": np.array([N, 3, 5], np.int64)})
    c.update(matmul_gemm_cases())
    c["conv"] = conv(1, 1, [1, 1, 1, 1])
    c["conv_strided"] = conv(1, 2, [0, 1, 1, 0])
    c["conv_depthwise"] = conv(4, 1, [1, 1, 1, 1])
    c["conv_grouped"] = conv(2, 2, [1, 1, 1, 1])
    xs = randn(N, 2, 6, 6, seed=34)
    c["max_pool"] = Case(xs, [node("Mul", ["x", "w"], ["a"]),
                              node("MaxPool", ["a"], ["y"], kernel_shape=[3, 3], strides=[2, 2],
                                   pads=[1, 1, 1, 1])], {"w": randn(2, 1, 1, seed=35)})
    c["avg_pool"] = Case(xs, [node("Mul", ["x", "w"], ["a"]),
                              node("AveragePool", ["a"], ["y"], kernel_shape=[3, 2], strides=[2, 1])],
                         {"w": randn(2, 6, 6, seed=35)})
    c["avg_pool_padded"] = Case(xs, [node("Mul", ["x", "w"], ["a"]),
                                     node("AveragePool", ["a"], ["y"], kernel_shape=[3, 3], strides=[2, 2],
                                          pads=[1, 1, 1, 1], count_include_pad=1)],
                                {"w": randn(2, 6, 6, seed=36)})
    c["global_avg_pool"] = Case(xs, [node("Mul", ["x", "w"], ["a"]), node("GlobalAveragePool", ["a"], ["y"])],
                                {"w": randn(2, 6, 6, seed=36)})
    c["layer_norm"] = layer_norm()
    c["batch_norm_train"] = batch_norm("train")
    c["batch_norm_frozen"] = batch_norm("frozen")
    c["softmax"] = Case(randn(N, 7, seed=37), [node("Mul", ["x", "w"], ["a"]),
                                               node("Softmax", ["a"], ["y"], axis=-1)],
                        {"w": randn(7, seed=38, scale=2.0)})
    c["log_softmax"] = Case(randn(N, 7, seed=37), [node("Mul", ["x", "w"], ["a"]),
                                                   node("LogSoftmax", ["a"], ["y"], axis=-1)],
                            {"w": randn(7, seed=38, scale=2.0)})
    ids = rng(39).integers(0, 9, (N, 3)).astype(np.int64)
    c["gather_embedding"] = Case(ids, [node("Gather", ["w", "x"], ["y"])], {"w": randn(9, 4, seed=40)})
    c["gather_index"] = Case(randn(N, 3, 5, seed=41), [node("Mul", ["x", "w"], ["a"]),
                                                       node("Gather", ["a", "last"], ["y"], axis=1)],
                             {"w": randn(3, 5, seed=42)}, {"last": np.array(-1, np.int64)})
    x = randn(N, 3, 4, seed=43)
    c["reshape_transpose"] = Case(x, [node("Mul", ["x", "w"], ["a"]), node("Reshape", ["a", "s"], ["r"]),
                                      node("Transpose", ["r"], ["t"], perm=[0, 2, 1]),
                                      node("Flatten", ["t"], ["f"], axis=1),
                                      node("Unsqueeze", ["f", "ax"], ["u"]), node("Squeeze", ["u", "ax"], ["y"])],
                                  {"w": randn(3, 4, seed=44)},
                                  {"s": np.array([N, 2, 6], np.int64), "ax": np.array([1], np.int64)})
    c["concat_slice"] = Case(x, [node("Concat", ["x", "w"], ["c"], axis=1),
                                 node("Slice", ["c", "st", "en", "axs"], ["y"])],
                             {"w": randn(N, 2, 4, seed=45)},
                             {"st": np.array([1, 1], np.int64), "en": np.array([5, 4], np.int64),
                              "axs": np.array([1, 2], np.int64)})
    c["reduce_sum_mean"] = Case(x, [node("Mul", ["x", "w"], ["a"]),
                                    node("ReduceSum", ["a", "ax"], ["s"], keepdims=0),
                                    node("ReduceMean", ["a"], ["m"], axes=[2], keepdims=0),
                                    node("Mul", ["s", "s"], ["s2"]),
                                    node("Concat", ["s2", "m"], ["y"], axis=1)],
                                {"w": randn(3, 4, seed=46)}, {"ax": np.array([1], np.int64)})
    c["lstm"] = recurrent("LSTM", 4, {}, 4, with_h0=True)
    c["lstm_reverse"] = recurrent("LSTM", 3, {"direction": "reverse"}, 4)
    c["gru"] = recurrent("GRU", 4, {}, 3, with_h0=True)
    c["gru_linear_before_reset"] = recurrent("GRU", 4, {"linear_before_reset": 1}, 3)
    c["rnn"] = recurrent("RNN", 4, {}, 1, with_h0=True)
    return c


for case_name, case in cases().items():
    if not only or case_name in only:
        check(case_name, case)
