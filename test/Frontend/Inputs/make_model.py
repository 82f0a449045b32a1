#!/usr/bin/env python3
"""Writes the small ONNX models that the frontend lit tests import.

    make_model.py CASE OUT

OUT is the .onnx file to write; cases with external data write OUT and their data files
next to it (OUT's folder is created). `make_model.py --list` prints the cases.
"""

import os
import sys

import numpy as np
import onnx
from onnx import TensorProto as T
from onnx import helper as h
from onnx import numpy_helper as nh

CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


def vi(name, dtype=T.FLOAT, shape=None):
    return h.make_tensor_value_info(name, dtype, shape)


def init(name, array):
    return nh.from_array(np.asarray(array), name)


def model(nodes, inputs, outputs, inits=(), opset=17, name="test", domains=()):
    graph = h.make_graph(nodes, name, inputs, outputs, list(inits))
    opsets = [h.make_opsetid("", opset)] + [h.make_opsetid(d, 1) for d in domains]
    m = h.make_model(graph, opset_imports=opsets)
    m.ir_version = 8
    return m


def rand(*shape, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def unary(op, opset=17, **attrs):
    return model([h.make_node(op, ["x"], ["y"], name=op.lower(), **attrs)],
                 [vi("x", T.FLOAT, ["N", 4])], [vi("y")], opset=opset)


# --- conv and pooling ----------------------------------------------------------------------

@case
def conv():
    """Explicit pads, strides, dilations, groups, no bias; then a biased 1x1 conv."""
    nodes = [
        h.make_node("Conv", ["x", "w1"], ["c1"], name="conv1", pads=[1, 2, 1, 2], strides=[2, 1],
                    dilations=[1, 2], group=2),
        h.make_node("Conv", ["c1", "w2", "b2"], ["y"], name="conv2", kernel_shape=[1, 1]),
    ]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4, 9, 9])], [vi("y")],
                 [init("w1", rand(6, 2, 3, 3)), init("w2", rand(3, 6, 1, 1)),
                  init("b2", rand(3))])


def conv_auto_pad(auto_pad, spatial=(7, 7)):
    nodes = [h.make_node("Conv", ["x", "w"], ["y"], name="conv", auto_pad=auto_pad,
                         strides=[2, 2])]
    return model(nodes, [vi("x", T.FLOAT, [1, 2, *spatial])], [vi("y")],
                 [init("w", rand(2, 2, 4, 4))])


@case
def conv_same_upper():
    return conv_auto_pad("SAME_UPPER")


@case
def conv_same_lower():
    return conv_auto_pad("SAME_LOWER")


@case
def conv_valid():
    return conv_auto_pad("VALID")


@case
def conv_same_dynamic():
    return conv_auto_pad("SAME_UPPER", spatial=("H", "W"))


@case
def pools():
    nodes = [
        h.make_node("MaxPool", ["x"], ["m"], name="maxpool", kernel_shape=[3, 3], strides=[2, 2],
                    pads=[1, 1, 1, 1], ceil_mode=1),
        h.make_node("AveragePool", ["m"], ["a"], name="avgpool", kernel_shape=[2, 2],
                    pads=[0, 0, 1, 1], count_include_pad=1),
        h.make_node("GlobalMaxPool", ["a"], ["g"], name="gmax"),
        h.make_node("GlobalAveragePool", ["a"], ["y"], name="gavg"),
    ]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 10, 10])], [vi("g"), vi("y")])


@case
def maxpool_indices():
    nodes = [h.make_node("MaxPool", ["x"], ["y", "idx"], name="maxpool", kernel_shape=[2, 2],
                         storage_order=0)]
    return model(nodes, [vi("x", T.FLOAT, [1, 3, 4, 4])], [vi("y"), vi("idx", T.INT64)])


# --- elementwise -----------------------------------------------------------------------------

@case
def elementwise():
    ops = ["Relu", "Sigmoid", "Tanh", "Exp", "Log", "Sqrt", "Reciprocal", "Neg", "Abs", "Erf",
           "Floor", "Ceil", "Round", "Sign", "Sin", "Cos", "Softplus", "Softsign", "HardSwish"]
    nodes, prev = [], "x"
    for op in ops:
        nodes.append(h.make_node(op, [prev], [op.lower()], name=op.lower()))
        prev = op.lower()
    nodes += [
        h.make_node("LeakyRelu", [prev], ["leaky"], name="leaky"),
        h.make_node("Elu", ["leaky"], ["elu"], name="elu", alpha=0.5),
        h.make_node("Selu", ["elu"], ["selu"], name="selu"),
        h.make_node("HardSigmoid", ["selu"], ["hsig"], name="hsig", alpha=0.25),
        h.make_node("Gelu", ["hsig"], ["gelu"], name="gelu", approximate="tanh"),
        h.make_node("PRelu", ["gelu", "slope"], ["prelu"], name="prelu"),
        h.make_node("Add", ["prelu", "row"], ["add"], name="add"),
        h.make_node("Sub", ["add", "x"], ["sub"], name="sub"),
        h.make_node("Mul", ["sub", "two"], ["mul"], name="mul"),
        h.make_node("Div", ["mul", "two"], ["div"], name="div"),
        h.make_node("Pow", ["div", "int_exponent"], ["pow"], name="pow"),
        h.make_node("Sum", ["pow", "x", "div"], ["sum"], name="sum"),
        h.make_node("Mean", ["sum", "x"], ["mean"], name="mean"),
        h.make_node("Max", ["mean", "x"], ["max"], name="max"),
        h.make_node("Min", ["max"], ["y"], name="min"),
    ]
    inits = [init("slope", rand(4)), init("row", rand(1, 4)),
             init("two", np.array(2, np.float32)), init("int_exponent", np.array(3, np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")], inits, opset=20)


@case
def logic():
    nodes = [
        h.make_node("Less", ["a", "b"], ["lt"], name="lt"),
        h.make_node("GreaterOrEqual", ["a", "b"], ["ge"], name="ge"),
        h.make_node("Equal", ["i", "j"], ["eq"], name="eq"),
        h.make_node("And", ["lt", "eq"], ["and"], name="and"),
        h.make_node("Or", ["and", "ge"], ["or"], name="or"),
        h.make_node("Xor", ["or", "lt"], ["xor"], name="xor"),
        h.make_node("Not", ["xor"], ["not"], name="not"),
        h.make_node("Where", ["not", "a", "b"], ["y"], name="where"),
        h.make_node("Mod", ["i", "j"], ["m"], name="mod"),
        h.make_node("Cast", ["m"], ["mf"], name="cast", to=T.FLOAT16),
        h.make_node("CastLike", ["mf", "a"], ["z"], name="castlike"),
    ]
    return model(nodes, [vi("a", T.FLOAT, [2, 3]), vi("b", T.FLOAT, [3]),
                         vi("i", T.INT32, [2, 3]), vi("j", T.INT32, [1])],
                 [vi("y"), vi("z")])


def clip_model(opset):
    if opset < 11:
        nodes = [h.make_node("Clip", ["x"], ["y"], name="clip", min=0.0, max=6.0)]
        inits = []
    else:
        nodes = [h.make_node("Clip", ["x", "lo", "hi"], ["y"], name="clip")]
        inits = [init("lo", np.array(0, np.float32)), init("hi", np.array(6, np.float32))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")], inits, opset=opset)


@case
def clip_v6():
    return clip_model(7)


@case
def clip_v13():
    return clip_model(13)


@case
def clip_min_only():
    nodes = [h.make_node("Clip", ["x", "lo"], ["y"], name="clip")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")],
                 [init("lo", np.array(-1, np.float32))], opset=13)


@case
def clip_dynamic_bound():
    nodes = [h.make_node("Clip", ["x", "lo"], ["y"], name="clip")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4]), vi("lo", T.FLOAT, [])], [vi("y")], opset=13)


@case
def clip_runtime_max():
    # A constant lower bound and an upper bound computed at run time.
    nodes = [h.make_node("Clip", ["x", "lo", "hi"], ["y"], name="clip")]
    return model(nodes, [vi("x", T.INT32, ["N", 4]), vi("hi", T.INT32, [])], [vi("y", T.INT32)],
                 [init("lo", np.array(-1, np.int32))], opset=13)


# --- normalization, softmax, reductions ------------------------------------------------------

@case
def normalization():
    nodes = [
        h.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["bn"], name="bn",
                    epsilon=1e-3, momentum=0.8),
        h.make_node("LayerNormalization", ["bn", "ls", "lb"], ["y"], name="ln", axis=-2),
    ]
    inits = [init(n, rand(3, seed=i)) for i, n in enumerate("sbm")]
    inits += [init("v", np.abs(rand(3, seed=4))), init("ls", rand(5, 5)), init("lb", rand(5))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 5, 5])], [vi("y")], inits)


@case
def instance_group_norm():
    nodes = [
        h.make_node("InstanceNormalization", ["x", "s", "b"], ["i"], name="instnorm",
                    epsilon=1e-3),
        h.make_node("GroupNormalization", ["i", "s", "b"], ["y"], name="groupnorm",
                    num_groups=2),
    ]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4, 5])], [vi("y")],
                 [init("s", rand(4)), init("b", rand(4, seed=1))], opset=21)


@case
def composite_activations():
    nodes = [
        h.make_node("Celu", ["x"], ["celu"], name="celu", alpha=2.0),
        h.make_node("Mish", ["celu"], ["mish"], name="mish"),
        h.make_node("Shrink", ["mish"], ["y"], name="shrink", lambd=1.5, bias=0.5),
    ]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")], opset=18)


@case
def composite_reductions():
    nodes = [
        h.make_node("ReduceL2", ["x", "axes"], ["l2"], name="l2"),
        h.make_node("ReduceLogSumExp", ["x", "axes"], ["lse"], name="lse", keepdims=0),
    ]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 4])], [vi("l2"), vi("lse")],
                 [init("axes", np.array([-1], np.int64))], opset=18)


@case
def batchnorm_training():
    nodes = [h.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["y", "rm", "rv"],
                         name="bn", training_mode=1)]
    inits = [init(n, rand(3, seed=i)) for i, n in enumerate("sbmv")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3])], [vi("y"), vi("rm")], inits, opset=15)


@case
def batchnorm_stats_used():
    nodes = [h.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["y", "mean_out"],
                         name="bn")]
    inits = [init(n, rand(3, seed=i)) for i, n in enumerate("sbmv")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3])], [vi("y"), vi("mean_out")], inits, opset=9)


@case
def layernorm_mean_used():
    nodes = [h.make_node("LayerNormalization", ["x", "s"], ["y", "mu"], name="ln")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y"), vi("mu")], [init("s", rand(4))])


def softmax_model(opset, axis, op="Softmax", shape=("N", 3, 4)):
    nodes = [h.make_node(op, ["x"], ["y"], name="softmax", axis=axis)]
    return model(nodes, [vi("x", T.FLOAT, list(shape))], [vi("y")], opset=opset)


@case
def softmax_v11_axis1():
    return softmax_model(11, 1)


@case
def softmax_v11_axis1_static():
    return softmax_model(11, 1, "LogSoftmax", shape=(2, 3, 4))


@case
def softmax_v11_last():
    return softmax_model(11, -1)


@case
def softmax_v13_last():
    return softmax_model(13, 2)


def reduce_model(op, opset, axes, keepdims=1, noop=None):
    inputs, inits, attrs = ["x"], [], {"keepdims": keepdims}
    if noop is not None:
        attrs["noop_with_empty_axes"] = noop
    axes_as_input = opset >= (13 if op == "ReduceSum" else 18)
    if axes is not None:
        if axes_as_input:
            inputs.append("axes")
            inits.append(init("axes", np.array(axes, np.int64)))
        else:
            attrs["axes"] = axes
    nodes = [h.make_node(op, inputs, ["y"], name="reduce", **attrs)]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 4])], [vi("y")], inits, opset=opset)


@case
def reduce_sum_v11():
    return reduce_model("ReduceSum", 11, [-1, 1], keepdims=0)


@case
def reduce_sum_v13():
    return reduce_model("ReduceSum", 13, [1, -1], keepdims=0)


@case
def reduce_mean_v13():
    return reduce_model("ReduceMean", 13, [-1])


@case
def reduce_mean_v18():
    return reduce_model("ReduceMean", 18, [2])


@case
def reduce_max_all_v18():
    return reduce_model("ReduceMax", 18, None, keepdims=0)


@case
def reduce_noop_v18():
    return reduce_model("ReduceProd", 18, None, noop=1)


@case
def reduce_repeated_axis():
    return reduce_model("ReduceMin", 13, [1, -2])


@case
def argmax():
    nodes = [h.make_node("ArgMax", ["x"], ["i"], name="argmax", axis=-1, keepdims=0,
                         select_last_index=1),
             h.make_node("ArgMin", ["x"], ["j"], name="argmin")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 5])], [vi("i", T.INT64), vi("j", T.INT64)])


# --- shapes ----------------------------------------------------------------------------------

@case
def shape_ops():
    nodes = [
        h.make_node("Shape", ["x"], ["s"], name="shape", start=1, end=-1),
        h.make_node("Concat", ["minus1", "s"], ["target"], name="concat_shape", axis=0),
        h.make_node("Reshape", ["x", "target"], ["r"], name="reshape"),
        h.make_node("Transpose", ["r"], ["t"], name="transpose"),
        h.make_node("Flatten", ["t"], ["f"], name="flatten", axis=-1),
        h.make_node("Concat", ["f", "f"], ["c"], name="concat", axis=-1),
        h.make_node("Gather", ["c", "idx"], ["g"], name="gather", axis=1),
        h.make_node("Expand", ["g", "eshape"], ["e"], name="expand"),
        h.make_node("Tile", ["e", "reps"], ["y"], name="tile"),
        h.make_node("Size", ["x"], ["n"], name="size"),
    ]
    inits = [init("minus1", np.array([-1], np.int64)), init("idx", np.array([0, -1], np.int64)),
             init("eshape", np.array([2, 1, 2], np.int64)),
             init("reps", np.array([1, 2, 1], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 4, 5])], [vi("y"), vi("n", T.INT64)], inits,
                 opset=15)


@case
def size_static():
    nodes = [h.make_node("Size", ["x"], ["n"], name="size")]
    return model(nodes, [vi("x", T.FLOAT, [2, 3, 4])], [vi("n", T.INT64)])


@case
def reshape_allowzero():
    nodes = [h.make_node("Reshape", ["x", "shape"], ["y"], name="reshape", allowzero=1)]
    return model(nodes, [vi("x", T.FLOAT, [0, 4])], [vi("y")],
                 [init("shape", np.array([4, 0], np.int64))], opset=14)


@case
def constant_of_shape_range():
    nodes = [
        h.make_node("Shape", ["x"], ["s"], name="shape"),
        h.make_node("ConstantOfShape", ["s"], ["ones"], name="fill",
                    value=h.make_tensor("v", T.INT64, [1], [1])),
        h.make_node("ConstantOfShape", ["s"], ["zeros"], name="fill_default"),
        h.make_node("Range", ["start", "limit", "delta"], ["r"], name="range"),
    ]
    inits = [init("start", np.array(0, np.int64)), init("limit", np.array(10, np.int64)),
             init("delta", np.array(3, np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])],
                 [vi("ones", T.INT64), vi("zeros"), vi("r", T.INT64)], inits)


def slice_model(opset):
    if opset < 10:
        nodes = [h.make_node("Slice", ["x"], ["y"], name="slice", starts=[1, -3],
                             ends=[1000, -1], axes=[-1, 1])]
        inits = []
    else:
        nodes = [h.make_node("Slice", ["x", "starts", "ends", "axes"], ["y"], name="slice")]
        inits = [init("starts", np.array([1, -3], np.int64)),
                 init("ends", np.array([1000, -1], np.int64)),
                 init("axes", np.array([-1, 1], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 5, 6])], [vi("y")], inits, opset=opset)


@case
def slice_v9():
    return slice_model(9)


@case
def slice_v13():
    return slice_model(13)


@case
def slice_steps():
    nodes = [h.make_node("Slice", ["x", "starts", "ends", "", "steps"], ["y"], name="slice")]
    inits = [init("starts", np.array([-1, 0], np.int64)),
             init("ends", np.array([-(2**63), 5], np.int64)),
             init("steps", np.array([-2, 2], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, [6, 5])], [vi("y")], inits)


@case
def slice_dynamic_starts():
    nodes = [h.make_node("Slice", ["x", "starts", "ends"], ["y"], name="slice")]
    return model(nodes, [vi("x", T.FLOAT, [6]), vi("starts", T.INT64, [1])], [vi("y")],
                 [init("ends", np.array([4], np.int64))])


@case
def slice_from_shape():
    """starts computed from the input's static shape: still a compile-time constant."""
    nodes = [
        h.make_node("Shape", ["x"], ["s"], name="shape"),
        h.make_node("Gather", ["s", "one"], ["d1"], name="dim1"),
        h.make_node("Div", ["d1", "two"], ["half"], name="half"),
        h.make_node("Slice", ["x", "half", "big", "one"], ["y"], name="slice"),
    ]
    inits = [init("one", np.array([1], np.int64)), init("two", np.array([2], np.int64)),
             init("big", np.array([100], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 8])], [vi("y")], inits)


def squeeze_model(opset, op="Squeeze", axes=(1, -1), shape=("N", 1, 4, 1)):
    if opset < 13:
        nodes = [h.make_node(op, ["x"], ["y"], name="squeeze", axes=list(axes))]
        inits = []
    else:
        nodes = [h.make_node(op, ["x", "axes"], ["y"], name="squeeze")]
        inits = [init("axes", np.array(axes, np.int64))]
    return model(nodes, [vi("x", T.FLOAT, list(shape))], [vi("y")], inits, opset=opset)


@case
def squeeze_v11():
    return squeeze_model(11)


@case
def squeeze_v13():
    return squeeze_model(13)


@case
def unsqueeze_v11():
    return squeeze_model(11, "Unsqueeze", axes=(-1, 0), shape=("N", 4))


@case
def unsqueeze_v13():
    return squeeze_model(13, "Unsqueeze", axes=(-1, 0), shape=("N", 4))


@case
def squeeze_no_axes():
    nodes = [h.make_node("Squeeze", ["x"], ["y"], name="squeeze")]
    return model(nodes, [vi("x", T.FLOAT, [1, 4, 1])], [vi("y")])


@case
def squeeze_no_axes_dynamic():
    nodes = [h.make_node("Squeeze", ["x"], ["y"], name="squeeze")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4, 1])], [vi("y")])


def split_model(opset, sizes=(2, 4), num_outputs=None, dim=6):
    attrs, inputs, inits = {"axis": -1}, ["x"], []
    if sizes is not None:
        if opset < 13:
            attrs["split"] = list(sizes)
        else:
            inputs.append("split")
            inits.append(init("split", np.array(sizes, np.int64)))
    if num_outputs is not None:
        attrs["num_outputs"] = num_outputs
    outputs = ["a", "b", "c"][:len(sizes) if sizes else num_outputs]
    nodes = [h.make_node("Split", inputs, outputs, name="split", **attrs)]
    return model(nodes, [vi("x", T.FLOAT, ["N", dim])], [vi(o) for o in outputs], inits,
                 opset=opset)


@case
def split_v11():
    return split_model(11)


@case
def split_v13():
    return split_model(13)


@case
def split_v18_uneven():
    return split_model(18, sizes=None, num_outputs=3, dim=7)


@case
def split_v13_uneven():
    nodes = [h.make_node("Split", ["x"], ["a", "b", "c"], name="split", axis=1)]
    return model(nodes, [vi("x", T.FLOAT, ["N", 7])], [vi("a"), vi("b"), vi("c")], opset=13)


def pad_model(opset, axes=False):
    if opset < 11:
        nodes = [h.make_node("Pad", ["x"], ["y"], name="pad", pads=[0, 1, 0, 2], value=1.5)]
        inits = []
    elif not axes:
        nodes = [h.make_node("Pad", ["x", "pads", "value"], ["y"], name="pad")]
        inits = [init("pads", np.array([0, 1, 0, 2], np.int64)),
                 init("value", np.array(1.5, np.float32))]
    else:
        nodes = [h.make_node("Pad", ["x", "pads", "value", "axes"], ["y"], name="pad")]
        inits = [init("pads", np.array([1, 2], np.int64)),
                 init("value", np.array(1.5, np.float32)), init("axes", np.array([-1], np.int64))]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")], inits, opset=opset)


@case
def pad_v2():
    return pad_model(10)


@case
def pad_v11():
    return pad_model(13)


@case
def pad_v18_axes():
    return pad_model(18, axes=True)


@case
def pad_reflect():
    nodes = [h.make_node("Pad", ["x", "pads"], ["y"], name="pad", mode="reflect")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")],
                 [init("pads", np.array([0, 1, 0, 1], np.int64))], opset=13)


@case
def pad_wrap_v13():
    """wrap is a Pad mode from opset 19 on only."""
    nodes = [h.make_node("Pad", ["x", "pads"], ["y"], name="pad", mode="wrap")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")],
                 [init("pads", np.array([0, 1, 0, 1], np.int64))], opset=13)


@case
def pad_modes_v19():
    """wrap and edge with axes, and a constant_value computed at run time."""
    nodes = [h.make_node("Pad", ["x", "pads", "", "axes"], ["w"], name="pad_wrap", mode="wrap"),
             h.make_node("Pad", ["x", "pads", "", "axes"], ["e"], name="pad_edge", mode="edge"),
             h.make_node("ReduceMax", ["x"], ["m"], name="max", keepdims=0),
             h.make_node("Pad", ["x", "pads_all", "m"], ["c"], name="pad_runtime_value")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("w"), vi("e"), vi("c")],
                 [init("pads", np.array([3, 1], np.int64)), init("axes", np.array([-1], np.int64)),
                  init("pads_all", np.array([0, 1, 0, 2], np.int64))],
                 opset=19)


@case
def pad_reflect_too_wide():
    """reflect mirrors about the end element: a pad of 4 on a dim of 4 has nothing to read."""
    nodes = [h.make_node("Pad", ["x", "pads"], ["y"], name="pad", mode="reflect")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], [vi("y")],
                 [init("pads", np.array([0, 4, 0, 0], np.int64))], opset=13)


def dropout_model(opset, mask_used=False):
    outputs = ["y", "mask"]
    if opset < 12:
        nodes = [h.make_node("Dropout", ["x"], outputs, name="dropout", ratio=0.3)]
    else:
        nodes = [h.make_node("Dropout", ["x", "ratio", "training"], outputs, name="dropout",
                             seed=1)]
    nodes.append(h.make_node("Relu", ["y"], ["out"], name="relu"))
    inits = [] if opset < 12 else [init("ratio", np.array(0.3, np.float32)),
                                   init("training", np.array(False))]
    graph_outputs = [vi("out")] + ([vi("mask", T.BOOL)] if mask_used else [])
    return model(nodes, [vi("x", T.FLOAT, ["N", 4])], graph_outputs, inits, opset=opset)


@case
def dropout_v7():
    return dropout_model(7)


@case
def dropout_v13():
    return dropout_model(13)


@case
def dropout_mask_used():
    return dropout_model(13, mask_used=True)


@case
def identity_outputs():
    """Identity and Dropout vanish; an output may be a graph input or an initializer."""
    nodes = [h.make_node("Identity", ["x"], ["same"], name="identity")]
    return model(nodes, [vi("x", T.FLOAT, ["N", 2])],
                 [vi("same"), vi("x"), vi("w")], [init("w", np.array([1, 2], np.float32))])


# --- recurrent -------------------------------------------------------------------------------

def rnn_weights(gates, hidden, inp, dirs):
    return [init("W", rand(dirs, gates * hidden, inp, seed=1)),
            init("R", rand(dirs, gates * hidden, hidden, seed=2)),
            init("B", rand(dirs, 2 * gates * hidden, seed=3))]


@case
def lstm_bidirectional():
    nodes = [h.make_node("LSTM", ["x", "W", "R", "B", "", "h0", "c0"], ["y", "", "yc"],
                         name="lstm", hidden_size=5, direction="bidirectional")]
    return model(nodes, [vi("x", T.FLOAT, [7, "N", 3]), vi("h0", T.FLOAT, [2, "N", 5]),
                         vi("c0", T.FLOAT, [2, "N", 5])], [vi("y"), vi("yc")],
                 rnn_weights(4, 5, 3, 2))


@case
def gru_layout1():
    nodes = [h.make_node("GRU", ["x", "W", "R", "B", "lens", "h0"], ["y", "yh"], name="gru",
                         hidden_size=5, layout=1, linear_before_reset=1, clip=3.0,
                         activations=["Sigmoid", "Relu"])]
    return model(nodes, [vi("x", T.FLOAT, ["N", 7, 3]), vi("h0", T.FLOAT, ["N", 1, 5])],
                 [vi("y"), vi("yh")],
                 rnn_weights(3, 5, 3, 1) + [init("lens", np.full(2, 7, np.int32))])


@case
def rnn_reverse():
    nodes = [h.make_node("RNN", ["x", "W", "R"], ["", "yh"], name="rnn", hidden_size=5,
                         direction="reverse")]
    return model(nodes, [vi("x", T.FLOAT, [7, "N", 3])], [vi("yh")],
                 rnn_weights(1, 5, 3, 1)[:2], opset=14)


@case
def lstm_sequence_lens():
    nodes = [h.make_node("LSTM", ["x", "W", "R", "B", "lens"], ["y"], name="lstm",
                         hidden_size=5)]
    return model(nodes, [vi("x", T.FLOAT, [7, 2, 3]), vi("lens", T.INT32, [2])], [vi("y")],
                 rnn_weights(4, 5, 3, 1))


@case
def lstm_partial_sequence():
    nodes = [h.make_node("LSTM", ["x", "W", "R", "B", "lens"], ["y"], name="lstm",
                         hidden_size=5)]
    return model(nodes, [vi("x", T.FLOAT, [7, 2, 3])], [vi("y")],
                 rnn_weights(4, 5, 3, 1) + [init("lens", np.array([7, 5], np.int32))])


@case
def lstm_peepholes_and_parameters():
    """input_forget, peepholes, activation parameters, Affine: one node each."""
    def lstm(name, inputs, **attrs):
        return h.make_node("LSTM", inputs, [name + "_y"], name=name, hidden_size=5, **attrs)
    nodes = [lstm("coupled", ["x", "W", "R"], input_forget=1),
             lstm("peephole", ["x", "W", "R", "", "", "", "", "P"]),
             lstm("leaky", ["x", "W", "R"], activations=["LeakyRelu", "Tanh", "Tanh"],
                  activation_alpha=[0.1]),
             lstm("affine", ["x", "W", "R"], activations=["Affine", "Tanh", "Tanh"])]
    return model(nodes, [vi("x", T.FLOAT, [7, 2, 3])],
                 [vi("coupled_y"), vi("peephole_y"), vi("leaky_y"), vi("affine_y")],
                 rnn_weights(4, 5, 3, 1)[:2] + [init("P", rand(1, 15))])


@case
def recurrent_refused():
    """An activation ONNX does not list, a constant sequence length past the
    sequence: one node each."""
    def lstm(name, inputs, **attrs):
        return h.make_node("LSTM", inputs, [name + "_y"], name=name, hidden_size=5, **attrs)
    nodes = [lstm("gelu", ["x", "W", "R"], activations=["Gelu", "Tanh", "Tanh"]),
             lstm("long", ["x", "W", "R", "", "lens"])]
    return model(nodes, [vi("x", T.FLOAT, [7, 2, 3])],
                 [vi("gelu_y"), vi("long_y")],
                 rnn_weights(4, 5, 3, 1)[:2] + [init("lens", np.array([8, 7], np.int32))])


# --- constants and initializers --------------------------------------------------------------

@case
def initializers():
    """Below and at the 1024-byte resource threshold; every typed field."""
    def typed(name, dtype, dims, field, values):
        t = h.make_tensor(name, dtype, dims, values)
        assert not t.HasField("raw_data") and len(getattr(t, field)) == len(values), field
        return t
    inits = [
        init("small", np.arange(255, dtype=np.float32)),      # 1020 bytes: dense
        init("large", np.arange(256, dtype=np.float32)),      # 1024 bytes: dense_resource
        typed("f32", T.FLOAT, [2], "float_data", [1.5, -2.0]),
        typed("f64", T.DOUBLE, [2], "double_data", [0.25, 3.0]),
        typed("i64", T.INT64, [2], "int64_data", [-7, 2**40]),
        typed("i32", T.INT32, [2], "int32_data", [-3, 4]),
        typed("i8", T.INT8, [2], "int32_data", [-128, 127]),
        typed("b", T.BOOL, [3], "int32_data", [1, 0, 1]),
        typed("f16", T.FLOAT16, [2], "int32_data", [1.0, -0.5]),  # stored as bit patterns
        init("raw_f16", np.array([2.0, 0.125], np.float16)),
        init("raw_bool", np.array([True, False])),
        init("scalar", np.array(42, np.int32)),
    ]
    outputs = [vi(t.name, t.data_type) for t in inits]
    nodes = [
        h.make_node("Constant", [], ["c_tensor"], name="c_tensor",
                    value=h.make_tensor("v", T.INT32, [2, 2], [1, 2, 3, 4])),
        h.make_node("Constant", [], ["c_float"], name="c_float", value_float=0.5),
        h.make_node("Constant", [], ["c_floats"], name="c_floats", value_floats=[1.0, 2.0]),
        h.make_node("Constant", [], ["c_int"], name="c_int", value_int=-4),
        h.make_node("Constant", [], ["c_ints"], name="c_ints", value_ints=[5, 6, 7]),
    ]
    outputs += [vi("c_tensor", T.INT32), vi("c_float"), vi("c_floats"), vi("c_int", T.INT64),
                vi("c_ints", T.INT64)]
    return model(nodes, [], outputs, inits)


def one_initializer_model(tensor):
    nodes = [h.make_node("Identity", [tensor.name], ["y"], name="use")]
    return model(nodes, [], [vi("y")], [tensor])


@case
def raw_data_short():
    t = init("w", np.zeros(4, np.float32))
    t.raw_data = t.raw_data[:10]
    return one_initializer_model(t)


@case
def raw_data_long():
    t = init("w", np.zeros((2, 3), np.float32))
    t.raw_data = t.raw_data + b"\0\0\0\0"
    return one_initializer_model(t)


@case
def typed_data_count():
    t = h.make_tensor("w", T.INT64, [2], [1, 2])
    t.dims[0] = 3
    return one_initializer_model(t)


@case
def unsupported_dtypes():
    nodes = [h.make_node("Identity", ["u8"], ["y"], name="use_u8"),
             h.make_node("Identity", ["x"], ["z"], name="use_x")]
    return model(nodes, [vi("x", T.UINT16, [2])], [vi("y", T.UINT8), vi("z", T.UINT16)],
                 [init("u8", np.array([1, 2], np.uint8))])


@case
def int16_tensors():
    # int16: a graph input, and an initializer in int32_data (the typed field).
    w = h.make_tensor("w", T.INT16, [3], [-2, 0, 300])
    nodes = [h.make_node("Add", ["x", "w"], ["y"], name="add")]
    return model(nodes, [vi("x", T.INT16, ["N", 3])], [vi("y", T.INT16)], [w])


def external_model(location, offset=None, length=None):
    t = T(name="w", data_type=T.FLOAT, dims=[4])
    t.data_location = T.EXTERNAL
    for key, value in (("location", location), ("offset", offset), ("length", length)):
        if value is not None:
            entry = t.external_data.add()
            entry.key, entry.value = key, str(value)
    return one_initializer_model(t)


def write_weights(folder, name="weights.bin"):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(b"pad!" + np.array([1, 2, 3, 4], np.float32).tobytes())


@case
def external_ok(out):
    folder = os.path.dirname(out)
    os.makedirs(os.path.join(folder, "data"), exist_ok=True)
    write_weights(os.path.join(folder, "data"))
    return external_model("data/weights.bin", offset=4, length=16)


@case
def external_escape(out):
    return external_model("../weights.bin", offset=4, length=16)


@case
def external_absolute(out):
    return external_model(os.path.abspath(os.path.join(os.path.dirname(out), "weights.bin")))


@case
def external_symlink(out):
    folder = os.path.dirname(out)
    outside = folder + "-outside"
    os.makedirs(outside, exist_ok=True)
    write_weights(outside)
    link = os.path.join(folder, "link.bin")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink(os.path.join(outside, "weights.bin"), link)
    return external_model("link.bin", offset=4, length=16)


@case
def external_past_end(out):
    write_weights(os.path.dirname(out))
    return external_model("weights.bin", offset=8, length=16)


@case
def external_missing(out):
    return external_model("nothing-here.bin")


# --- graph-level errors ----------------------------------------------------------------------

@case
def unsupported_ops():
    nodes = [
        h.make_node("NonZero", ["x"], ["nz"], name="nonzero"),
        h.make_node("Relu", ["x"], ["r"], name="relu"),
        h.make_node("FancyOp", ["r"], ["f"], name="fancy", domain="com.example"),
        h.make_node("StringNormalizer", ["r"], ["v"]),
        h.make_node("NonZero", ["r"], ["nz2"], name="nonzero2"),
    ]
    return model(nodes, [vi("x", T.FLOAT, [4])], [vi("nz", T.INT64), vi("f"), vi("v")],
                 domains=["com.example"])


@case
def bad_graph():
    """An undefined input, a value defined twice and a cycle."""
    nodes = [
        h.make_node("Relu", ["nowhere"], ["a"], name="undefined_user"),
        h.make_node("Relu", ["x"], ["b"], name="first"),
        h.make_node("Neg", ["x"], ["b"], name="second"),
        h.make_node("Add", ["x", "d"], ["c"], name="cycle1"),
        h.make_node("Relu", ["c"], ["d"], name="cycle2"),
    ]
    return model(nodes, [vi("x", T.FLOAT, [4])], [vi("a"), vi("b"), vi("c"), vi("missing")])


@case
def out_of_order():
    nodes = [h.make_node("Neg", ["r"], ["y"], name="second"),
             h.make_node("Relu", ["x"], ["r"], name="first")]
    return model(nodes, [vi("x", T.FLOAT, [4])], [vi("y")])


@case
def node_errors():
    """Several nodes that fail on their own; their users are skipped silently."""
    nodes = [
        h.make_node("Relu", ["x"], ["a"], name="odd_attr", color="blue"),
        h.make_node("Neg", ["a"], ["a2"], name="after_odd_attr"),
        h.make_node("Conv", ["x"], ["b"], name="no_weight"),
        h.make_node("Softmax", ["x"], ["c"], name="bad_axis", axis=3),
        h.make_node("Gelu", ["x"], ["d"], name="bad_gelu", approximate="exact"),
        h.make_node("LeakyRelu", ["x"], ["e"], name="typed_attr", alpha=1),
        h.make_node("Add", ["x", "wide"], ["f"], name="no_broadcast"),
        h.make_node("Transpose", ["x"], ["g"], name="bad_perm", perm=[0, 0]),
        h.make_node("Cast", ["x"], ["i"], name="to_uint8", to=T.UINT8),
    ]
    return model(nodes, [vi("x", T.FLOAT, [2, 4])],
                 [vi(o) for o in ["a2", "b", "c", "d", "e", "f", "g", "i"]],
                 [init("wide", np.zeros((3,), np.float32))], opset=20)


@case
def opset_old():
    return unary("Relu", opset=6)


@case
def opset_new():
    return unary("Relu", opset=29)


@case
def gelu_before_20():
    return unary("Gelu", opset=17)


@case
def no_input_shape():
    nodes = [h.make_node("Relu", ["x"], ["y"], name="relu")]
    return model(nodes, [vi("x", T.FLOAT, None)], [vi("y")])


@case
def output_type_mismatch():
    nodes = [h.make_node("Shape", ["x"], ["y"], name="shape")]
    return model(nodes, [vi("x", T.FLOAT, [2, 3])], [vi("y", T.INT32, [5])])


@case
def garbage(out):
    with open(out, "wb") as f:
        f.write(b"\xff\xff\xff\xff this is not a protobuf")
    return None


@case
def names_and_dims():
    """Unnamed nodes, dim_param and unknown dims, an input that is also an initializer."""
    nodes = [h.make_node("Add", ["x", "bias"], ["s"]), h.make_node("Relu", ["s"], ["out"])]
    g_inputs = [vi("x", T.FLOAT, ["batch", None, 3]), vi("bias", T.FLOAT, [3]),
                vi("unused", T.INT64, [])]
    return model(nodes, g_inputs, [vi("out")], [init("bias", rand(3))], name="my_graph")


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        print("\n".join(CASES))
        return
    if len(sys.argv) != 3 or sys.argv[1] not in CASES:
        sys.exit(f"usage: {sys.argv[0]} CASE OUT (cases: {', '.join(CASES)})")
    name, out = sys.argv[1], sys.argv[2]
    folder = os.path.dirname(os.path.abspath(out))
    os.makedirs(folder, exist_ok=True)
    fn = CASES[name]
    m = fn(os.path.abspath(out)) if fn.__code__.co_argcount else fn()
    if m is not None:
        onnx.save(m, out)


if __name__ == "__main__":
    main()
