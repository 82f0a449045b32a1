#!/usr/bin/env python3
"""Models for the lit tests of the indexing and resampling importers: gathers, scatters,
CumSum, TopK, OneHot, Resize/Upsample, ConvTranspose, LpPool, trig and bitwise ops.

    make_indexing_model.py CASE OUT

Same conventions (and helpers) as make_model.py.
"""

import os
import sys

import numpy as np
from onnx import TensorProto as T
from onnx import helper as h

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_model as mm  # noqa: E402
from make_model import init, model, rand, vi  # noqa: E402

CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


@case
def gathers_scatters():
    """Negative axes, a constant axis input for CumSum, the two outputs of TopK."""
    nodes = [
        h.make_node("GatherElements", ["x", "i"], ["g"], name="ge", axis=-1),
        h.make_node("ScatterElements", ["x", "i", "g"], ["s"], name="se", axis=1, reduction="max"),
        h.make_node("GatherND", ["x", "t"], ["n"], name="gnd"),
        h.make_node("CumSum", ["s", "axis"], ["c"], name="cs", exclusive=1),
        h.make_node("TopK", ["c", "k"], ["v", "vi"], name="topk", largest=0),
        h.make_node("OneHot", ["oi", "depth", "values"], ["o"], name="oh", axis=0),
    ]
    inputs = [vi("x", T.FLOAT, ["N", 4]), vi("i", T.INT64, ["N", 4]), vi("t", T.INT64, [2, 1]),
              vi("oi", T.INT64, [3])]
    inits = [init("axis", np.array(-1, np.int64)), init("k", np.array([2], np.int64)),
             init("depth", np.array(5.0, np.float32)), init("values", np.array([0, 1], np.float32))]
    outputs = [vi("n"), vi("v"), vi("vi", T.INT64), vi("o")]
    return model(nodes, inputs, outputs, inits, opset=18)


@case
def cumsum_runtime_axis():
    nodes = [h.make_node("CumSum", ["x", "axis"], ["y"], name="cs")]
    return model(nodes, [vi("x", T.FLOAT, [3]), vi("axis", T.INT64, [])], [vi("y")], opset=14)


@case
def resize_sizes_axes():
    """sizes on axes (3, 2) with not_larger: one scale for both dims."""
    nodes = [h.make_node("Resize", ["x", "", "", "sizes"], ["y"], name="rs", mode="cubic",
                         axes=[3, 2], keep_aspect_ratio_policy="not_larger",
                         coordinate_transformation_mode="align_corners")]
    inits = [init("sizes", np.array([8, 6], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 1, 4, 4])], [vi("y")], inits, opset=19)


@case
def resize_antialias():
    nodes = [h.make_node("Resize", ["x", "", "scales"], ["y"], name="rs", mode="linear",
                         antialias=1)]
    inits = [init("scales", np.array([1, 1, 0.5, 0.5], np.float32))]
    return model(nodes, [vi("x", T.FLOAT, [1, 1, 4, 4])], [vi("y")], inits, opset=19)


@case
def resize_sizes_dynamic():
    """sizes on a dynamic dim: scale 0 (sizes / in at run time); not with antialias."""
    nodes = [h.make_node("Resize", ["x", "", "", "sizes"], ["y"], name="rs", mode="linear")]
    inits = [init("sizes", np.array([1, 3], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, [1, "W"])], [vi("y")], inits, opset=19)


@case
def resize_sizes_dynamic_antialias():
    nodes = [h.make_node("Resize", ["x", "", "", "sizes"], ["y"], name="rs", mode="linear",
                         antialias=1)]
    inits = [init("sizes", np.array([1, 3], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, [1, "W"])], [vi("y")], inits, opset=19)


@case
def upsample_v7():
    nodes = [h.make_node("Upsample", ["x"], ["y"], name="up", scales=[1.0, 1.0, 2.0, 3.0])]
    return model(nodes, [vi("x", T.FLOAT, [1, 1, 2, 2])], [vi("y")], opset=7)


@case
def conv_transpose_output_shape():
    """output_shape one larger than stride * (in - 1) + kernel: output_padding at the end."""
    nodes = [h.make_node("ConvTranspose", ["x", "w"], ["y"], name="ct", strides=[3, 2],
                         output_shape=[10, 8])]
    inits = [init("w", rand(1, 2, 3, 3))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 1, 3, 3])], [vi("y")], inits, opset=11)


@case
def lp_pool_trig_bitwise():
    nodes = [
        h.make_node("LpPool", ["x"], ["p"], name="lp", kernel_shape=[2, 2], p=3),
        h.make_node("Acosh", ["p"], ["a"], name="acosh"),
        h.make_node("IsInf", ["a"], ["inf"], name="isinf", detect_positive=0),
        h.make_node("BitwiseXor", ["m", "n"], ["xor"], name="xor"),
        h.make_node("BitwiseNot", ["xor"], ["not"], name="not"),
    ]
    inputs = [vi("x", T.FLOAT, ["N", 1, 4, 4]), vi("m", T.INT32, [3]), vi("n", T.INT32, [3])]
    return model(nodes, inputs, [vi("inf", T.BOOL), vi("not", T.INT32)], opset=18)


@case
def tensor_scatter_circular():
    nodes = [h.make_node("TensorScatter", ["cache", "update", "w"], ["y"], name="ts",
                         mode="circular")]
    inputs = [vi("cache", T.FLOAT, ["B", 4, 5]), vi("update", T.FLOAT, ["B", 2, 5]),
              vi("w", T.INT64, ["B"])]
    return model(nodes, inputs, [vi("y")], opset=24)


def main():
    mm.CASES = CASES
    mm.main()


if __name__ == "__main__":
    main()
