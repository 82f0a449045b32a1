"""Builds Conv -> BatchNormalization -> Relu as ONNX, compiles it with mcc (whose graph
stage folds the batch norm), runs it with mcc-run and compares with ONNX Runtime."""
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
inits = [
    numpy_helper.from_array(rng.standard_normal((8, 3, 3, 3)).astype(np.float32), "w"),
    numpy_helper.from_array(rng.standard_normal(8).astype(np.float32), "b"),
    numpy_helper.from_array(rng.uniform(0.5, 2, 8).astype(np.float32), "gamma"),
    numpy_helper.from_array(rng.standard_normal(8).astype(np.float32), "beta"),
    numpy_helper.from_array(rng.standard_normal(8).astype(np.float32), "mean"),
    numpy_helper.from_array(rng.uniform(0.5, 2, 8).astype(np.float32), "var"),
]
nodes = [
    helper.make_node("Conv", ["x", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1]),
    helper.make_node("BatchNormalization", ["c", "gamma", "beta", "mean", "var"], ["n"],
                     name="bn", epsilon=1e-3),
    helper.make_node("Relu", ["n"], ["y"], name="relu"),
]
graph = helper.make_graph(
    nodes, "conv_bn", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 3, 8, 8])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 8, 8, 8])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
path = os.path.join(work, "conv_bn.onnx")
onnx.save(model, path)

mlir = subprocess.run([mcc, path, "--emit=mlir"], capture_output=True, text=True, check=True)
assert "mcc.batch_norm" not in mlir.stdout, "the batch norm was not folded"
subprocess.run([mcc, path, "-o", os.path.join(work, "conv_bn.so")], check=True)
x = rng.standard_normal((2, 3, 8, 8)).astype(np.float32)
np.save(os.path.join(work, "x.npy"), x)
subprocess.run([mcc_run, os.path.join(work, "conv_bn.so"), "--input", os.path.join(work, "x.npy"),
                "--output-dir", work], check=True)
got = np.load(os.path.join(work, "y.npy"))
want = ort.InferenceSession(path, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
diff = np.abs(got - want).max()
assert np.allclose(got, want, rtol=1e-3, atol=1e-4), diff
print(f"folded and matches ONNX Runtime (max abs diff {diff:.2e})")
