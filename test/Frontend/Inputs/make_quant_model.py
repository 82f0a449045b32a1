#!/usr/bin/env python3
"""Models for the lit tests of the quantization ops: QuantizeLinear,
DequantizeLinear, MatMulInteger, QLinearMatMul, ConvInteger, QLinearConv.

    make_quant_model.py CASE OUT

Same conventions (and helpers) as make_model.py.
"""

import os
import sys

import numpy as np
from onnx import TensorProto as T
from onnx import helper as h

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_model as mm  # noqa: E402
from make_model import init, model, vi  # noqa: E402

CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


def i8(*values):
    return np.array(values, np.int8).reshape(-1) if len(values) > 1 else np.array(values[0], np.int8)


@case
def qdq():
    """Per tensor (ORT's [1] scale beside a 0-D zero point), then per axis 1
    without a zero point (output_dtype says int8)."""
    nodes = [h.make_node("QuantizeLinear", ["x", "s", "z"], ["q"], name="q"),
             h.make_node("DequantizeLinear", ["q", "s", "z"], ["y"], name="dq"),
             h.make_node("QuantizeLinear", ["x", "sc"], ["qc"], name="qc", axis=-2,
                         output_dtype=T.INT8),
             h.make_node("DequantizeLinear", ["qc", "sc"], ["yc"], name="dqc", axis=1)]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 4])], [vi("y"), vi("yc")],
                 [init("s", np.array([0.5], np.float32)), init("z", i8(3)),
                  init("sc", np.array([0.1, 0.2, 0.4], np.float32))], opset=21)


@case
def qlinear_matmul():
    """Per-row a_scale and per-column b zero point."""
    nodes = [h.make_node("QLinearMatMul", ["a", "sa", "za", "b", "sb", "zb", "sy", "zy"], ["y"],
                         name="qmm")]
    inits = [init("sa", np.array([0.1, 0.2], np.float32)), init("za", i8(1)),
             init("b", np.arange(12, dtype=np.int8).reshape(4, 3)),
             init("sb", np.array(0.05, np.float32)), init("zb", i8(0, 1, 2)),
             init("sy", np.array(0.25, np.float32)), init("zy", i8(-2))]
    return model(nodes, [vi("a", T.INT8, [2, 4])], [vi("y", T.INT8)], inits)


@case
def conv_integer():
    nodes = [h.make_node("ConvInteger", ["x", "w", "zx", "zw"], ["y"], name="ci",
                         pads=[1, 1, 1, 1])]
    inits = [init("w", np.ones((2, 3, 3, 3), np.int8)), init("zx", i8(5)), init("zw", i8(1, -1))]
    return model(nodes, [vi("x", T.INT8, [1, 3, 4, 4])], [vi("y", T.INT32)], inits)


@case
def q_uint8_default():
    """No zero point and no output_dtype: ONNX's uint8, which mcc refuses."""
    nodes = [h.make_node("QuantizeLinear", ["x", "s"], ["y"], name="q")]
    return model(nodes, [vi("x", T.FLOAT, [4])], [vi("y")],
                 [init("s", np.array(0.5, np.float32))])


@case
def q_blocked():
    nodes = [h.make_node("QuantizeLinear", ["x", "s", "z"], ["y"], name="qb", axis=1,
                         block_size=2)]
    return model(nodes, [vi("x", T.FLOAT, [2, 4])], [vi("y")],
                 [init("s", np.full((2, 2), 0.5, np.float32)), init("z", np.zeros((2, 2), np.int8))],
                 opset=21)


@case
def q_axis_mismatch():
    nodes = [h.make_node("DequantizeLinear", ["x", "s", "z"], ["y"], name="dq", axis=0)]
    return model(nodes, [vi("x", T.INT8, [2, 4])], [vi("y")],
                 [init("s", np.full((4,), 0.5, np.float32)), init("z", np.zeros((4,), np.int8))])


def main():
    mm.CASES = CASES
    mm.main()


if __name__ == "__main__":
    main()
