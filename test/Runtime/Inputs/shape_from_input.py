"""Writes shape_from_input.onnx, ConstantOfShape(s) with s an int64[2] graph input (the
output's size comes from the caller's values), and one .npy per case of s.

    shape_from_input.py OUT_DIR
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
node = helper.make_node("ConstantOfShape", ["s"], ["y"], name="fill",
                        value=helper.make_tensor("v", TensorProto.FLOAT, [1], [1.0]))
graph = helper.make_graph([node], "shape_from_input",
                          [helper.make_tensor_value_info("s", TensorProto.INT64, [2])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
onnx.save(model, os.path.join(out, "shape_from_input.onnx"))
for name, value in {"ok": [2, 3], "wraps": [1 << 62, 4], "negative": [-5, 3],
                    "past_limit": [1 << 30, 1 << 11], "large": [1 << 26, 1 << 10]}.items():
    np.save(os.path.join(out, name + ".npy"), np.array(value, np.int64))
