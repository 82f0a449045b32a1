"""Builds a small network of convs and matmuls followed by every epilogue the
fusion knows (bias, residual, activations), compiles it with and without
--no-fuse, checks both against ONNX Runtime and prints the --stats lines that
show what fusion changed."""
import os
import subprocess
import sys

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

mcc, mcc_run, work = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(work, exist_ok=True)
rng = np.random.default_rng(0)
inits, nodes = [], []


def const(name, shape, scale=0.3):
    inits.append(numpy_helper.from_array((rng.standard_normal(shape) * scale).astype(np.float32),
                                         name))
    return name


def node(op, ins, out, **attrs):
    nodes.append(helper.make_node(op, ins, [out], name=out, **attrs))
    return out


def conv(x, name, group=1, bias=True):
    ins = [x, const(name + "_w", (8, 8 // group, 3, 3))]
    if bias:
        ins.append(const(name + "_b", (8,)))
    return node("Conv", ins, name, pads=[1, 1, 1, 1], group=group)


# Conv chain, [N, 8, 8, 8] throughout.
h = node("Relu", [node("Conv", ["x", const("c0_w", (8, 3, 3, 3)), const("c0_b", (8,))], "c0",
                       pads=[1, 1, 1, 1])], "r0")
h = node("Relu", [node("Add", [conv(h, "c1"), h], "res1")], "r1")           # ResNet block end
h = node("Clip", [conv(h, "dw", group=8), "lo", "hi"], "relu6")             # MobileNet ReLU6
inits += [numpy_helper.from_array(np.array(0, np.float32), "lo"),
          numpy_helper.from_array(np.array(6, np.float32), "hi")]
h = node("Add", [conv(h, "c2", bias=False), const("c2_cb", (1, 8, 1, 1))], "cbias")
h = node("HardSigmoid", [h], "hsig", alpha=0.2, beta=0.5)
h = node("HardSwish", [conv(h, "c3")], "hswish")
h = node("Sigmoid", [conv(h, "c4")], "sig")
h = node("Tanh", [conv(h, "c5")], "tanh")
h = node("LeakyRelu", [conv(h, "c6")], "lrelu", alpha=0.1)
y1 = node("Gelu", [conv(h, "c7")], "y1")

# Transformer-like tail: [N, 8, 64] x [64, 32] + b, GELU; then + b, + residual.
t = node("Reshape", [y1, "shape"], "tokens")
inits.append(numpy_helper.from_array(np.array([0, 8, 64], np.int64), "shape"))
t = node("Gelu", [node("Add", [node("MatMul", [t, const("m0_w", (64, 32), 0.1)], "m0"),
                               const("m0_b", (32,))], "m0b")], "g0", approximate="tanh")
t2 = node("Add", [node("MatMul", [t, const("m1_w", (32, 32), 0.1)], "m1"), const("m1_b", (32,))],
          "m1b")
node("Add", [t, t2], "y2")

graph = helper.make_graph(
    nodes, "fused", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 3, 8, 8])],
    [helper.make_tensor_value_info("y1", TensorProto.FLOAT, ["N", 8, 8, 8]),
     helper.make_tensor_value_info("y2", TensorProto.FLOAT, ["N", 8, 32])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
model.ir_version = 9
path = os.path.join(work, "fused.onnx")
onnx.save(model, path)

x = rng.standard_normal((2, 3, 8, 8)).astype(np.float32)
np.save(os.path.join(work, "x.npy"), x)
want = ort.InferenceSession(path, providers=["CPUExecutionProvider"]).run(None, {"x": x})
for mode, flags in (("fused", []), ("no-fuse", ["--no-fuse"])):
    so = os.path.join(work, mode + ".so")
    stats = subprocess.run([mcc, path, "-o", so, "--stats"] + flags, capture_output=True,
                           text=True, check=True).stdout.splitlines()
    for line in stats:
        if line.startswith("kernels") or "fused" in line or any(
                line.startswith("op-count mcc." + op + " ")
                for op in ("relu", "clip", "add", "conv", "matmul", "gelu", "sigmoid")):
            print(mode, line)
    out = os.path.join(work, mode)
    os.makedirs(out, exist_ok=True)
    subprocess.run([mcc_run, so, "--input", os.path.join(work, "x.npy"), "--output-dir", out],
                   check=True)
    for name, ref in zip(("y1", "y2"), want):
        got = np.load(os.path.join(out, name + ".npy"))
        assert np.allclose(got, ref, rtol=1e-4, atol=1e-5), (mode, name, np.abs(got - ref).max())
    print(mode, "matches ONNX Runtime")
