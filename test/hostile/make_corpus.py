#!/usr/bin/env python3
"""Writes the hostile-model corpus: malformed ONNX files that mcc must refuse with a clear
error (exit code 1, a message naming the problem and the node), never a crash or a hang.

    test/hostile/make_corpus.py OUT_DIR          # writes OUT_DIR/<case>/model.onnx (+ extras)
    test/hostile/make_corpus.py --list           # case names and expected messages

Each case lives in a folder of its own (the model's folder, for external data); OUT_DIR/outside/
holds what lies *outside* every model's folder. The targets there that a case must never read
are FIFOs: opening one for reading blocks, so a compiler that followed the path would hang and
the runner's timeout would catch it (run_hostile.py also checks the system calls with strace).

CASES is the table: name -> (builder, expected stderr regex, options). The binaries are made
at test time and never committed. Uses the `onnx` package of the project's .venv.
"""

import os
import random
import struct
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
F = TensorProto.FLOAT
I64 = TensorProto.INT64


# --- building blocks --------------------------------------------------------------------------


def model_of(nodes, inputs, outputs, initializers=(), opset=OPSET, opsets=None, ir=8):
    graph = helper.make_graph(list(nodes), "hostile", list(inputs), list(outputs),
                              initializer=list(initializers))
    if opsets is None:
        opsets = [helper.make_opsetid("", opset)]
    m = helper.make_model(graph, opset_imports=opsets)
    m.ir_version = ir
    return m


def vi(name, shape, dtype=F):
    return helper.make_tensor_value_info(name, dtype, shape)


def relu_model(**kw):
    return model_of([helper.make_node("Relu", ["x"], ["y"], name="relu0")],
                    [vi("x", [1, 3, 8, 8])], [vi("y", [1, 3, 8, 8])], **kw)


def save(d: Path, m, name="model.onnx"):
    (d / name).write_bytes(m.SerializeToString() if not isinstance(m, bytes) else m)
    return d / name


def varint(n):
    out = bytearray()
    n &= (1 << 64) - 1
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def field(num, wire, payload):
    """One protobuf field: payload is bytes (wire 2) or an int (wire 0)."""
    tag = varint(num << 3 | wire)
    if wire == 0:
        return tag + varint(payload)
    return tag + varint(len(payload)) + payload


def one(op, inputs, outputs, name, **attrs):
    return helper.make_node(op, inputs, outputs, name=name, **attrs)


def single_node(node, inputs, outputs, initializers=(), opset=OPSET):
    return model_of([node], inputs, outputs, initializers, opset=opset)


def external_tensor(name, dims, location, offset=None, length=None, dtype=F):
    t = TensorProto(name=name, data_type=dtype, dims=dims)
    t.data_location = TensorProto.EXTERNAL
    entries = [("location", location)]
    if offset is not None:
        entries.append(("offset", str(offset)))
    if length is not None:
        entries.append(("length", str(length)))
    for k, v in entries:
        e = t.external_data.add()
        e.key, e.value = k, v
    return t


def add_with_weight(weight, shape=(4,)):
    """y = x + w, w an initializer."""
    return model_of([one("Add", ["x", weight.name], ["y"], "add0")],
                    [vi("x", list(shape))], [vi("y", list(shape))], [weight])


# --- container --------------------------------------------------------------------------------


def c_empty(d):
    return save(d, b"")


def c_truncated(cut):
    def build(d):
        data = add_with_weight(numpy_helper.from_array(np.ones(64, np.float32), "w"),
                               (64,)).SerializeToString()
        return save(d, data[: int(len(data) * cut)])
    return build


def c_garbage(seed):
    def build(d):
        rnd = random.Random(seed)
        return save(d, bytes(rnd.randrange(256) for _ in range(4096)))
    return build


def c_png(d):
    return save(d, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def c_text(d):
    return save(d, b"this is a text file, not an ONNX model\n")


def c_textproto_as_binary(d):
    return save(d, str(relu_model()).encode())


def c_zip(d):
    return save(d, b"PK\x03\x04" + b"\x00" * 200)


def c_wrong_wire_graph(d):
    # ModelProto.graph (field 7) as a varint instead of a message.
    return save(d, field(1, 0, 8) + field(7, 0, 12345) + field(8, 2, field(2, 0, OPSET)))


def c_wrong_wire_node(d):
    # A node whose op_type (field 4) is a varint: the node has no op type.
    node = field(1, 2, b"x") + field(2, 2, b"y") + field(3, 2, b"bad0") + field(4, 0, 7)
    graph = field(1, 2, node) + field(11, 2, field(1, 2, b"x")) + field(12, 2, field(1, 2, b"y"))
    return save(d, field(1, 0, 8) + field(7, 2, graph) + field(8, 2, field(2, 0, OPSET)))


def c_bad_length(d):
    # A length-delimited field that claims 2^40 bytes.
    return save(d, field(1, 0, 8) + varint(7 << 3 | 2) + varint(1 << 40) + b"\x00" * 16)


def c_deep_nesting(d):
    # 10,000 nested messages (GraphProto.node -> NodeProto.attribute -> AttributeProto.g ...).
    inner = b""
    for _ in range(3333):
        attr = field(1, 2, b"g") + field(6, 2, inner) + field(20, 0, 5)
        node = field(4, 2, b"If") + field(5, 2, attr)
        inner = field(1, 2, node)
    return save(d, field(1, 0, 8) + field(7, 2, inner) + field(8, 2, field(2, 0, OPSET)))


def c_no_graph(d):
    return save(d, field(1, 0, 8) + field(8, 2, field(2, 0, OPSET)))


def c_directory(d):
    (d / "model.onnx").mkdir()
    return d / "model.onnx"


def c_fifo_model(d):
    os.mkfifo(d / "model.onnx")
    return d / "model.onnx"


def c_huge_sparse(d):
    # 3 GiB of holes: bigger than protobuf can parse; refused before it is read.
    p = d / "model.onnx"
    with open(p, "wb") as f:
        f.truncate(3 << 30)
    return p


def c_deep_text(d):
    text = "ir_version: 8\nopset_import { version: 17 }\ngraph { " + \
        "node { op_type: 'If' attribute { name: 'g' type: GRAPH g { " * 200 + \
        "} } } " * 200 + "}\n"
    (d / "model.onnxtxt").write_text(text)
    return d / "model.onnxtxt"


# --- graph ------------------------------------------------------------------------------------


def g_cycle(d):
    return save(d, model_of([one("Relu", ["x", ], ["a"], "first"),
                             one("Add", ["a", "c"], ["b"], "second"),
                             one("Relu", ["b"], ["c"], "third")],
                            [vi("x", [4])], [vi("c", [4])]))


def g_self_loop(d):
    return save(d, model_of([one("Add", ["x", "y"], ["y"], "selfish")],
                            [vi("x", [4])], [vi("y", [4])]))


def g_undefined_input(d):
    return save(d, model_of([one("Add", ["x", "ghost"], ["y"], "adder")],
                            [vi("x", [4])], [vi("y", [4])]))


def g_missing_initializer(d):
    # A Conv weight that should be an initializer but is not there.
    return save(d, model_of([one("Conv", ["x", "conv.weight"], ["y"], "conv1")],
                            [vi("x", [1, 3, 8, 8])], [vi("y", None)]))


def g_duplicate_output(d):
    return save(d, model_of([one("Relu", ["x"], ["y"], "r1"), one("Neg", ["x"], ["y"], "r2")],
                            [vi("x", [4])], [vi("y", [4])]))


def g_output_shadows_input(d):
    return save(d, model_of([one("Relu", ["x"], ["x"], "shadow")],
                            [vi("x", [4])], [vi("x", [4])]))


def g_duplicate_initializer(d):
    w = numpy_helper.from_array(np.ones(4, np.float32), "w")
    return save(d, model_of([one("Add", ["x", "w"], ["y"], "add0")],
                            [vi("x", [4])], [vi("y", [4])], [w, w]))


def g_duplicate_input(d):
    return save(d, model_of([one("Relu", ["x"], ["y"], "r")],
                            [vi("x", [4]), vi("x", [4])], [vi("y", [4])]))


def g_out_of_order_ok(d):
    # Out-of-order nodes are accepted: the importer sorts them (exit 0).
    return save(d, model_of([one("Relu", ["a"], ["y"], "second"), one("Neg", ["x"], ["a"], "first")],
                            [vi("x", [4])], [vi("y", [4])]))


def g_out_of_order_undefined(d):
    return save(d, model_of([one("Relu", ["a"], ["y"], "second"), one("Neg", ["z"], ["a"], "first")],
                            [vi("x", [4])], [vi("y", [4])]))


def g_output_not_produced(d):
    return save(d, model_of([one("Relu", ["x"], ["y"], "r")], [vi("x", [4])], [vi("nowhere", [4])]))


def g_unknown_domain(d):
    n = one("Relu", ["x"], ["y"], "evil0")
    n.domain = "com.evil"
    return save(d, model_of([n], [vi("x", [4])], [vi("y", [4])]))


def g_unknown_op(d):
    return save(d, model_of([one("FrobnicateTensor", ["x"], ["y"], "frob")],
                            [vi("x", [4])], [vi("y", [4])]))


def g_control_chars_in_name(d):
    # A terminal escape and a newline that would forge an error line of its own.
    name = "evil\x1b[2J\nmodel.onnx: error: forged"
    return save(d, model_of([one("FrobnicateTensor", ["x"], ["y"], name)],
                            [vi("x", [4])], [vi("y", [4])]))


def g_attention_int_mask(d):
    # ONNX allows a bool or a float mask; an integer one has no -inf to pad with.
    q = [vi(name, [1, 2, 4, 8]) for name in ("q", "k", "v")]
    mask = helper.make_tensor_value_info("mask", TensorProto.INT32, [4, 4])
    return save(d, model_of([one("Attention", ["q", "k", "v", "mask"], ["y"], "attn0")],
                            q + [mask], [vi("y", [1, 2, 4, 8])], opset=23, ir=10))


def g_custom_domain_op(d):
    n = one("Relu", ["x"], ["y"], "custom0")
    n.domain = "com.evil"
    return save(d, model_of([n], [vi("x", [4])], [vi("y", [4])],
                            opsets=[helper.make_opsetid("", OPSET),
                                    helper.make_opsetid("com.evil", 1)]))


def g_empty_op_type(d):
    return save(d, model_of([one("", ["x"], ["y"], "nameless_op")], [vi("x", [4])], [vi("y", [4])]))


def g_opset(version):
    return lambda d: save(d, relu_model(opset=version))


def g_no_opset(d):
    return save(d, relu_model(opsets=[]))


def g_input_no_shape(d):
    x = helper.make_tensor_value_info("x", F, None)
    return save(d, model_of([one("Relu", ["x"], ["y"], "r")], [x], [vi("y", None)]))


def g_input_sequence(d):
    x = helper.make_tensor_sequence_value_info("x", F, [4])
    return save(d, model_of([one("Relu", ["x"], ["y"], "r")], [x], [vi("y", [4])]))


def graph_attr(name, graph_bytes):
    """An AttributeProto of type GRAPH as raw bytes: the onnx package's protobuf refuses to build
    messages nested this deep, so the nesting is written by hand."""
    return field(1, 2, name.encode()) + field(20, 0, onnx.AttributeProto.GRAPH) + \
        field(6, 2, graph_bytes)


def nested_model(depth, make_level, top_nodes, inputs, outputs, leaf):
    """`depth` levels of make_level(level, inner graph bytes) -> graph bytes around `leaf`, used
    by the first of `top_nodes` (whose graph attribute is appended as raw bytes)."""
    body = leaf.SerializeToString()
    for level in range(depth):
        body = make_level(level, body)
    m = model_of(top_nodes[1:], inputs, outputs)
    graph = m.graph.SerializeToString()
    first, attr_name = top_nodes[0]
    first_bytes = first.SerializeToString() + field(5, 2, graph_attr(attr_name, body))
    m.ClearField("graph")
    return m.SerializeToString() + field(7, 2, field(1, 2, first_bytes) + graph)


def g_nested_if(depth):
    def build(d):
        # If nodes nested `depth` deep through then_branch; every else_branch is a leaf.
        leaf = helper.make_graph([one("Identity", ["x"], ["o"], "leaf")], "leaf", [],
                                 [vi("o", [4])])

        def level(i, inner):
            node = one("If", ["cond"], ["o"], "if%d" % i, else_branch=leaf)
            node_bytes = node.SerializeToString() + field(5, 2, graph_attr("then_branch", inner))
            g = helper.make_graph([], "level%d" % i, [], [vi("o", [4])])
            return field(1, 2, node_bytes) + g.SerializeToString()

        top = one("If", ["cond"], ["y"], "top_if", else_branch=leaf)
        return save(d, nested_model(depth, level, [(top, "then_branch")],
                                    [vi("cond", [], TensorProto.BOOL), vi("x", [4])],
                                    [vi("y", [4])], leaf))
    return build


def g_nested_loop(depth):
    def build(d):
        cond_io = ([vi("i", [], I64), vi("c_in", [], TensorProto.BOOL)],
                   [vi("c_out", [], TensorProto.BOOL)])
        leaf = helper.make_graph([one("Identity", ["c_in"], ["c_out"], "leaf")], "leaf", *cond_io)

        def level(i, inner):
            node = one("Loop", ["", "c_in"], ["c_out"], "loop%d" % i)
            node_bytes = node.SerializeToString() + field(5, 2, graph_attr("body", inner))
            g = helper.make_graph([], "level%d" % i, *cond_io)
            return field(1, 2, node_bytes) + g.SerializeToString()

        top = one("Loop", ["", "cond"], ["y"], "top_loop")
        return save(d, nested_model(depth, level, [(top, "body")],
                                    [vi("cond", [], TensorProto.BOOL)],
                                    [vi("y", [], TensorProto.BOOL)], leaf))
    return build


def g_scan_shallow(d):
    body = helper.make_graph([one("Identity", ["s"], ["s2"], "leaf")], "b",
                             [vi("s", [4])], [vi("s2", [4])])
    node = one("Scan", ["x"], ["y"], "scan0", body=body, num_scan_inputs=0)
    return save(d, model_of([node], [vi("x", [4])], [vi("y", [4])]))


def g_too_many_nodes(d):
    # 2^20 + 1 nodes (over the node limit), written as raw bytes: 13 MB.
    node = field(1, 2, b"x") + field(2, 2, b"y") + field(4, 2, b"Relu")
    graph = field(1, 2, node) * ((1 << 20) + 1) + field(11, 2, field(1, 2, b"x"))
    return save(d, field(1, 0, 8) + field(7, 2, graph) + field(8, 2, field(2, 0, OPSET)))


# --- tensors ----------------------------------------------------------------------------------


def raw_weight(name, dims, nbytes, dtype=F):
    t = TensorProto(name=name, data_type=dtype, dims=dims)
    t.raw_data = b"\x00" * nbytes
    return t


def t_raw(dims, nbytes, shape=(4,)):
    return lambda d: save(d, add_with_weight(raw_weight("w", dims, nbytes), shape))


def t_overflow(d):
    t = TensorProto(name="w", data_type=F, dims=[1 << 40, 1 << 40, 1 << 40])
    return save(d, add_with_weight(t))


def t_typed_count(d):
    t = TensorProto(name="w", data_type=F, dims=[4])
    t.float_data.extend([1.0, 2.0])
    return save(d, add_with_weight(t))


def t_wrong_typed_field(d):
    t = TensorProto(name="w", data_type=I64, dims=[4])
    t.float_data.extend([1, 2, 3, 4])
    return save(d, model_of([one("Add", ["x", "w"], ["y"], "add0")],
                            [vi("x", [4], I64)], [vi("y", [4], I64)], [t]))


def t_bad_dtype(dtype):
    def build(d):
        t = TensorProto(name="w", data_type=dtype, dims=[4])
        t.raw_data = b"\x00" * 16
        return save(d, add_with_weight(t))
    return build


def t_constant_raw_short(d):
    t = raw_weight("value", [4], 3)
    return save(d, model_of([one("Constant", [], ["c"], "const0", value=t),
                             one("Add", ["x", "c"], ["y"], "add0")],
                            [vi("x", [4])], [vi("y", [4])]))


def t_input_rank(rank):
    def build(d):
        shape = [1] * rank
        return save(d, model_of([one("Relu", ["x"], ["y"], "r")], [vi("x", shape)],
                                [vi("y", shape)]))
    return build


def t_input_huge(d):
    shape = [1 << 31, 1 << 31, 1 << 31]
    return save(d, model_of([one("Relu", ["x"], ["y"], "r")], [vi("x", shape)], [vi("y", shape)]))


def t_initializer_rank(d):
    return save(d, add_with_weight(raw_weight("w", [1] * 100, 4)))


def t_dtype_mismatch(d):
    return save(d, model_of([one("Add", ["x", "n"], ["y"], "mixed_add")],
                            [vi("x", [4]), vi("n", [4], I64)], [vi("y", [4])]))


def t_matmul_dtype(d):
    return save(d, model_of([one("MatMul", ["x", "n"], ["y"], "mixed_mm")],
                            [vi("x", [4, 4]), vi("n", [4, 4], I64)], [vi("y", None)]))


def t_axis(op, axis, rank=2, name="axis_node", **extra):
    def build(d):
        shape = [2] * rank
        inputs = ["x", "x"] if op == "Concat" else ["x"]
        return save(d, model_of([one(op, inputs, ["y"], name, axis=axis, **extra)],
                                [vi("x", shape)], [vi("y", None)]))
    return build


def t_transpose_perm(perm):
    return lambda d: save(d, model_of([one("Transpose", ["x"], ["y"], "tp", perm=perm)],
                                      [vi("x", [2, 3])], [vi("y", None)]))


def t_gather_const(indices, axis=0):
    def build(d):
        idx = numpy_helper.from_array(np.array(indices, np.int64), "idx")
        return save(d, model_of([one("Gather", ["x", "idx"], ["y"], "gather_oob", axis=axis)],
                                [vi("x", [3, 4])], [vi("y", None)], [idx]))
    return build


def t_gather_elements_const(d):
    idx = numpy_helper.from_array(np.array([[0, 7]], np.int64), "idx")
    return save(d, model_of([one("GatherElements", ["x", "idx"], ["y"], "ge_oob", axis=1)],
                            [vi("x", [3, 4])], [vi("y", None)], [idx]))


def t_constant_of_shape_huge(d):
    shape = numpy_helper.from_array(np.array([1 << 31, 1 << 31, 1 << 31], np.int64), "shape")
    return save(d, model_of([one("ConstantOfShape", ["shape"], ["y"], "cos_huge")], [],
                            [vi("y", None)], [shape]))


def t_reshape_negative(d):
    shape = numpy_helper.from_array(np.array([-2, 4], np.int64), "shape")
    return save(d, model_of([one("Reshape", ["x", "shape"], ["y"], "reshape_bad")],
                            [vi("x", [2, 4])], [vi("y", None)], [shape]))


# --- external data ----------------------------------------------------------------------------


def e_case(location, offset=None, length=None, setup=None, dims=(4,)):
    def build(d):
        if setup:
            setup(d)
        return save(d, add_with_weight(external_tensor("w", list(dims), location, offset, length),
                                       dims))
    return build


def write_weights(nbytes=16):
    return lambda d: (d / "weights.bin").write_bytes(b"\x01" * nbytes)


def symlink_to(target):
    def setup(d):
        os.symlink(target, d / "weights.bin")
    return setup


def outside(d):
    return d.parent / "outside"


def hardlink_to(name):
    def setup(d):
        os.link(outside(d) / name, d / "weights.bin")
    return setup


def symlinked_dir(d):
    os.symlink(outside(d), d / "sub")


def fifo_in_folder(d):
    os.mkfifo(d / "weights.bin")


def dir_in_folder(d):
    (d / "weights.bin").mkdir()


# --- attributes -------------------------------------------------------------------------------


def conv(name="conv1", x=(1, 3, 8, 8), w=(4, 3, 3, 3), **attrs):
    def build(d):
        weight = numpy_helper.from_array(np.ones(w, np.float32), "w")
        return save(d, model_of([one("Conv", ["x", "w"], ["y"], name, **attrs)],
                                [vi("x", list(x))], [vi("y", None)], [weight]))
    return build


def pool(op="MaxPool", name="pool1", **attrs):
    return lambda d: save(d, model_of([one(op, ["x"], ["y"], name, **attrs)],
                                      [vi("x", [1, 3, 8, 8])], [vi("y", None)]))


def a_wrong_type(op, inputs, shape, attr_name, value, name="typed"):
    def build(d):
        node = one(op, inputs, ["y"], name)
        node.attribute.append(helper.make_attribute(attr_name, value))
        return save(d, model_of([node], [vi(i, shape) for i in sorted(set(inputs))],
                                [vi("y", None)]))
    return build


def a_cast_no_to(d):
    return save(d, model_of([one("Cast", ["x"], ["y"], "cast0")], [vi("x", [4])], [vi("y", None)]))


def a_concat_no_axis(d):
    return save(d, model_of([one("Concat", ["x", "x"], ["y"], "cat0")],
                            [vi("x", [4])], [vi("y", None)]))


def a_constant_no_value(d):
    return save(d, model_of([one("Constant", [], ["y"], "const0")], [], [vi("y", None)]))


def a_unknown_attr(d):
    return save(d, model_of([one("Relu", ["x"], ["y"], "relu_extra", frobnicate=3)],
                            [vi("x", [4])], [vi("y", [4])]))


def a_missing_input(d):
    return save(d, model_of([one("Gemm", ["x"], ["y"], "gemm0")],
                            [vi("x", [4, 4])], [vi("y", None)]))


# --- shape arithmetic and folding (compile-time evaluation of hostile constants) ---------------


def ints(name, values):
    return numpy_helper.from_array(np.array(values, np.int64), name)


def shape_div(op, divisor, numerator_dim=8):
    """Reshape(x, Shape(x) op divisor): the shape computation is evaluated at compile time."""
    def build(d):
        nodes = [one("Shape", ["x"], ["s"], "shape0"), one(op, ["s", "k"], ["t"], "shape_" + op.lower()),
                 one("Reshape", ["x", "t"], ["y"], "reshape0")]
        return save(d, model_of(nodes, [vi("x", [numerator_dim, 2])], [vi("y", None)],
                                [ints("k", divisor)]))
    return build


def const_binary(op, a, b, dtype=np.int64):
    def build(d):
        return save(d, model_of([one(op, ["a", "b"], ["y"], "fold_" + op.lower())], [],
                                [vi("y", None, I64)],
                                [numpy_helper.from_array(np.array(a, dtype), "a"),
                                 numpy_helper.from_array(np.array(b, dtype), "b")]))
    return build


def range_case(start, limit, delta, dtype=np.int64):
    def build(d):
        out = I64 if dtype == np.int64 else F
        inits = [numpy_helper.from_array(np.array(v, dtype), n)
                 for n, v in (("start", start), ("limit", limit), ("delta", delta))]
        return save(d, model_of([one("Range", ["start", "limit", "delta"], ["y"], "range0")], [],
                                [vi("y", None, out)], inits))
    return build


def slice_case(starts, ends, axes, steps):
    def build(d):
        inits = [ints("starts", starts), ints("ends", ends), ints("axes", axes), ints("steps", steps)]
        return save(d, model_of([one("Slice", ["x", "starts", "ends", "axes", "steps"], ["y"],
                                     "slice0")], [vi("x", [8, 8])], [vi("y", None)], inits))
    return build


def shaped_op(op, extra_inits, inputs, name, x_shape=(2, 3), **attrs):
    def build(d):
        return save(d, model_of([one(op, ["x"] + inputs, ["y"], name, **attrs)],
                                [vi("x", list(x_shape))], [vi("y", None)], extra_inits))
    return build


def resize_scales(scales):
    def build(d):
        sc = numpy_helper.from_array(np.array(scales, np.float32), "scales")
        return save(d, model_of([one("Resize", ["x", "", "scales"], ["y"], "resize0")],
                                [vi("x", [1, 1, 4, 4])], [vi("y", None)], [sc]))
    return build


def zero_size(op, shape, name, **attrs):
    return lambda d: save(d, model_of([one(op, ["x"], ["y"], name, **attrs)],
                                      [vi("x", shape)], [vi("y", None)]))


# --- the table --------------------------------------------------------------------------------

NODE = r"node '%s' \(%s"
SECRET = "outside/secret"  # relative to OUT_DIR; a FIFO

# name: (builder, expected regex on stderr, options). Options: exit (expected exit code, 1 by
# default; 0 for the few odd-but-legal models, which must compile), check (also run `mcc --check`, True by default), trace (strace the compile and
# fail on any open of a path under OUT_DIR/outside).
CASES = {
    # container
    "empty_file": (c_empty, r"model\.onnx: error: .*is empty", {}),
    "truncated_half": (c_truncated(0.5), r"malformed protobuf", {}),
    "truncated_last_byte": (c_truncated(0.999), r"malformed protobuf", {}),
    "garbage_1": (c_garbage(1), r"malformed protobuf|not an ONNX model", {}),
    "garbage_2": (c_garbage(2), r"malformed protobuf|not an ONNX model", {}),
    "garbage_3": (c_garbage(3), r"malformed protobuf|not an ONNX model", {}),
    "png_file": (c_png, r"malformed protobuf|not an ONNX model", {}),
    "text_file": (c_text, r"malformed protobuf|not an ONNX model", {}),
    "zip_file": (c_zip, r"malformed protobuf|not an ONNX model", {}),
    "textproto_named_onnx": (c_textproto_as_binary, r"malformed protobuf|not an ONNX model", {}),
    "wrong_wire_type_graph": (c_wrong_wire_graph, r"not an ONNX model: it has no graph", {}),
    "wrong_wire_type_op_type": (c_wrong_wire_node, NODE % ("bad0", "") + r".*no op_type", {}),
    "length_past_end": (c_bad_length, r"malformed protobuf", {}),
    "deep_nesting": (c_deep_nesting, r"malformed protobuf.*nested more than 100", {}),
    "deep_nesting_text": (c_deep_text, r"too deep|nested", {}),
    "no_graph": (c_no_graph, r"not an ONNX model: it has no graph", {}),
    "model_is_directory": (c_directory, r"cannot read ONNX model.*not a regular file", {}),
    "model_is_fifo": (c_fifo_model, r"cannot read ONNX model.*not a regular file", {}),
    "huge_sparse_file": (c_huge_sparse, r"larger than 2 GiB", {}),
    # graph
    "cycle": (g_cycle, NODE % ("second", "Add") + r".*part of a cycle", {}),
    "self_loop": (g_self_loop, NODE % ("selfish", "Add") + r".*output 'y' is already defined|"
                  + NODE % ("selfish", "Add") + r".*cycle", {}),
    "undefined_input": (g_undefined_input, NODE % ("adder", "Add") + r".*input 'ghost' is not", {}),
    "missing_initializer": (g_missing_initializer,
                            NODE % ("conv1", "Conv") + r".*input 'conv\.weight' is not", {}),
    "duplicate_output": (g_duplicate_output, NODE % ("r2", "Neg") + r".*'y' is already defined", {}),
    "output_shadows_input": (g_output_shadows_input,
                             NODE % ("shadow", "Relu") + r".*'x' is already defined by a graph input",
                             {}),
    "duplicate_initializer": (g_duplicate_initializer, r"initializer 'w' is defined twice", {}),
    "duplicate_input": (g_duplicate_input, r"graph input 'x' is listed twice", {}),
    "out_of_order_ok": (g_out_of_order_ok, r"^$", {"exit": 0}),
    "out_of_order_undefined": (g_out_of_order_undefined,
                               NODE % ("first", "Neg") + r".*input 'z' is not", {}),
    "output_not_produced": (g_output_not_produced, r"graph output 'nowhere' is not produced", {}),
    "unknown_domain": (g_unknown_domain, NODE % ("evil0", "Relu, domain 'com.evil'")
                       + r".*not in the model's opset_import", {}),
    "custom_domain_op": (g_custom_domain_op, NODE % ("custom0", "Relu, domain 'com.evil'")
                         + r".*unsupported operator", {}),
    "unknown_op": (g_unknown_op, NODE % ("frob", "FrobnicateTensor") + r".*unsupported operator", {}),
    "attention_int_mask": (g_attention_int_mask,
                           NODE % ("attn0", "Attention") + r".*attn_mask must be bool or a float type",
                           {}),
    "control_chars_in_name": (g_control_chars_in_name,
                              NODE % (r"evil\\x1b\[2J\\x0amodel\.onnx: error: forged",
                                      "FrobnicateTensor") + r".*unsupported operator", {}),
    "empty_op_type": (g_empty_op_type, NODE % ("nameless_op", "") + r".*no op_type", {}),
    "no_opset": (g_no_opset, r"imports no opset of the default ONNX domain", {}),
    "opset_zero": (g_opset(0), r"opset 0; mcc supports opsets", {}),
    "opset_negative": (g_opset(-5), r"opset -5; mcc supports opsets", {}),
    "opset_future": (g_opset(999), r"opset 999, newer than the newest mcc knows", {}),
    "opset_huge": (g_opset(1 << 62), r"opset 4611686018427387904, newer", {}),
    "input_without_shape": (g_input_no_shape, r"graph input 'x' has no shape", {}),
    "input_is_sequence": (g_input_sequence, r"graph input 'x' is not a tensor", {}),
    "if_nested_20": (g_nested_if(20), NODE % ("top_if", "If") + r".*unsupported operator", {}),
    "if_nested_200": (g_nested_if(200), r"malformed protobuf.*nested more than 100", {}),
    "loop_nested_200": (g_nested_loop(200), r"malformed protobuf.*nested more than 100", {}),
    "scan": (g_scan_shallow, NODE % ("scan0", "Scan") + r".*unsupported operator", {}),
    "too_many_nodes": (g_too_many_nodes, r"1048577 nodes; mcc accepts at most 1048576", {}),
    # tensors
    "raw_data_short": (t_raw([4], 15), r"initializer 'w': raw_data holds 15 bytes but shape \[4\]", {}),
    "raw_data_long": (t_raw([4], 17), r"initializer 'w': raw_data holds 17 bytes", {}),
    "raw_data_zero_dim": (t_raw([0, 4], 16), r"initializer 'w': raw_data holds 16 bytes but shape \[0, 4\]", {}),
    "dim_negative": (t_raw([-4], 16), r"initializer 'w': invalid shape \[-4\]: negative dim", {}),
    "dims_overflow": (t_overflow, r"initializer 'w': invalid shape .* more than", {}),
    "typed_count_mismatch": (t_typed_count, r"initializer 'w': float_data holds 2 values", {}),
    "typed_field_wrong": (t_wrong_typed_field, r"initializer 'w': int64_data holds 0 values", {}),
    "dtype_string": (t_bad_dtype(TensorProto.STRING), r"initializer 'w': unsupported dtype STRING", {}),
    "dtype_unknown": (t_bad_dtype(1234), r"initializer 'w': unsupported dtype dtype 1234", {}),
    "constant_raw_short": (t_constant_raw_short, NODE % ("const0", "Constant") + r".*raw_data holds 3 bytes", {}),
    "input_rank_1000": (t_input_rank(1000), r"graph input 'x' has rank 1000; mcc accepts at most", {}),
    "input_huge_shape": (t_input_huge, r"graph input 'x' has .* elements; mcc accepts at most", {}),
    "initializer_rank_100": (t_initializer_rank, r"initializer 'w': rank 100; mcc accepts at most", {}),
    "dtype_mismatch_add": (t_dtype_mismatch, NODE % ("mixed_add", "Add") + r".*element types differ", {}),
    "dtype_mismatch_matmul": (t_matmul_dtype, NODE % ("mixed_mm", "MatMul") + r".*element types differ", {}),
    "softmax_axis_too_big": (t_axis("Softmax", 5), NODE % ("axis_node", "Softmax") + r".*axis 5 is out of range", {}),
    "softmax_axis_too_negative": (t_axis("Softmax", -9), NODE % ("axis_node", "Softmax") + r".*axis -9 is out of range", {}),
    "concat_axis": (t_axis("Concat", 7), NODE % ("axis_node", "Concat") + r".*axis 7 is out of range", {}),
    "gather_axis": (t_gather_const([0], axis=-3), NODE % ("gather_oob", "Gather") + r".*axis -3 is out of range", {}),
    "flatten_axis": (t_axis("Flatten", 4), NODE % ("axis_node", "Flatten") + r".*axis 4 is out of range", {}),
    "transpose_perm_range": (t_transpose_perm([0, 5]), NODE % ("tp", "Transpose") + r".*perm", {}),
    "transpose_perm_repeat": (t_transpose_perm([0, 0]), NODE % ("tp", "Transpose") + r".*perm", {}),
    "transpose_perm_length": (t_transpose_perm([0]), NODE % ("tp", "Transpose") + r".*perm", {}),
    "gather_index_too_big": (t_gather_const([0, 3]), NODE % ("gather_oob", "Gather") + r".*index 3 is out of range", {}),
    "gather_index_too_negative": (t_gather_const([-4]), NODE % ("gather_oob", "Gather") + r".*index -4 is out of range", {}),
    "gather_index_axis1": (t_gather_const([[9]], axis=1), NODE % ("gather_oob", "Gather") + r".*index 9 is out of range", {}),
    "gather_elements_index": (t_gather_elements_const, NODE % ("ge_oob", "GatherElements") + r".*index 7 is out of range", {}),
    "constant_of_shape_huge": (t_constant_of_shape_huge, NODE % ("cos_huge", "ConstantOfShape") + r".*elements", {}),
    "reshape_negative": (t_reshape_negative, NODE % ("reshape_bad", "Reshape") + r".*invalid entry -2", {}),
    # shape arithmetic and folding; the exit-0 cases are legal models (wrapping integer
    # multiplication, empty tensors) that must compile without crashing
    "shape_div_zero": (shape_div("Div", [0]), NODE % ("shape_div", "Div") + r".*integer division by zero", {}),
    "shape_mod_zero": (shape_div("Mod", [0]), NODE % ("shape_mod", "Mod") + r".*integer division by zero", {}),
    "fold_div_zero": (const_binary("Div", [7], [0]), NODE % ("fold_div", "Div") + r".*integer division by zero", {}),
    "fold_mod_zero": (const_binary("Mod", [7], [0]), NODE % ("fold_mod", "Mod") + r".*integer division by zero", {}),
    "fold_div_overflow": (const_binary("Div", [-(1 << 63)], [-1]), NODE % ("fold_div", "Div") + r".*integer division overflows", {}),
    "fold_mul_overflow": (const_binary("Mul", [1 << 62], [1 << 62]), r"", {"exit": 0}),
    "range_zero_delta": (range_case(0, 10, 0), NODE % ("range0", "Range") + r".*delta must not be 0", {}),
    "range_huge": (range_case(0, 1 << 60, 1), NODE % ("range0", "Range") + r".*more than 1099511627776 elements", {}),
    "range_float_huge": (range_case(0.0, 1e30, 1e-30, np.float32), NODE % ("range0", "Range") + r".*too large", {}),
    "slice_zero_step": (slice_case([0], [8], [0], [0]), NODE % ("slice0", "Slice") + r".*step must not be 0", {}),
    "slice_min_step": (slice_case([-1], [-(1 << 63)], [0], [-(1 << 63)]), r"", {"exit": 0}),  # one element, the last; -step cannot overflow
    "slice_axis_range": (slice_case([0], [8], [5], [1]), NODE % ("slice0", "Slice") + r".*axis 5 is out of range", {}),
    "reshape_rank_40": (shaped_op("Reshape", [ints("shape", [1] * 40)], ["shape"], "reshape40", (1,)), NODE % ("reshape40", "Reshape") + r".*rank 40; mcc accepts at most 32", {}),
    "reshape_two_minus_one": (shaped_op("Reshape", [ints("shape", [-1, -1])], ["shape"], "reshape_mm"), NODE % ("reshape_mm", "Reshape") + r".*more than one -1", {}),
    "reshape_wrong_count": (shaped_op("Reshape", [ints("shape", [4, 4])], ["shape"], "reshape_cnt"), NODE % ("reshape_cnt", "Reshape") + r".*number of elements", {}),
    "unsqueeze_rank_40": (shaped_op("Unsqueeze", [ints("axes", list(range(40)))], ["axes"], "unsq40"), NODE % ("unsq40", "Unsqueeze") + r".*rank 42; mcc accepts at most 32", {}),
    "tile_huge": (shaped_op("Tile", [ints("reps", [1 << 30, 1 << 30])], ["reps"], "tile0"), NODE % ("tile0", "Tile") + r".*more than 1099511627776 elements", {}),
    "tile_negative": (shaped_op("Tile", [ints("reps", [-1, 2])], ["reps"], "tile0"), NODE % ("tile0", "Tile") + r".*non-negative", {}),
    "expand_huge": (shaped_op("Expand", [ints("shape", [1 << 30, 1 << 30, 3])], ["shape"], "expand0", (1, 3)), NODE % ("expand0", "Expand") + r".*more than 1099511627776 elements", {}),
    "expand_negative": (shaped_op("Expand", [ints("shape", [-5, 3])], ["shape"], "expand0", (1, 3)), NODE % ("expand0", "Expand") + r".*must be non-negative, got -5", {}),
    "constant_of_shape_negative": (lambda d: save(d, model_of([one("ConstantOfShape", ["shape"], ["y"], "cos_neg")], [], [vi("y", None)], [ints("shape", [-3, 2])])), NODE % ("cos_neg", "ConstantOfShape") + r".*non-negative", {}),
    "onehot_huge_depth": (lambda d: save(d, model_of([one("OneHot", ["idx", "depth", "vals"], ["y"], "onehot0")], [vi("idx", [4], I64)], [vi("y", None)], [ints("depth", [1 << 50]), numpy_helper.from_array(np.array([0, 1], np.float32), "vals")])), NODE % ("onehot0", "OneHot") + r".*more than 1099511627776 elements", {}),
    "topk_k_too_big": (shaped_op("TopK", [ints("k", [10])], ["k"], "topk0"), NODE % ("topk0", "TopK") + r".*k = 10 is out of range", {}),
    "topk_k_negative": (shaped_op("TopK", [ints("k", [-1])], ["k"], "topk0"), NODE % ("topk0", "TopK") + r".*k = -1 is out of range", {}),
    "split_bad_sizes": (shaped_op("Split", [ints("split", [2, 5])], ["split"], "split0", axis=1), NODE % ("split0", "Split") + r".*split has 2 sizes for 1 outputs", {}),
    "resize_nan_scale": (resize_scales([1, 1, float("nan"), 2]), NODE % ("resize0", "Resize") + r".*scales must be positive", {}),
    "resize_inf_scale": (resize_scales([1, 1, float("inf"), 2]), NODE % ("resize0", "Resize") + r".*scales must be finite", {}),
    "resize_negative_scale": (resize_scales([1, 1, -2, 2]), NODE % ("resize0", "Resize") + r".*scales must be positive", {}),
    "resize_huge_scale": (resize_scales([1, 1, 1e12, 1e12]), NODE % ("resize0", "Resize") + r".*more than 1099511627776 elements", {}),
    "cast_to_string": (zero_size("Cast", [4], "cast_str", to=TensorProto.STRING), NODE % ("cast_str", "Cast") + r".*unsupported dtype STRING", {}),
    "cast_to_garbage": (zero_size("Cast", [4], "cast_bad", to=999), NODE % ("cast_bad", "Cast") + r".*unsupported dtype dtype 999", {}),
    "cumsum_axis": (shaped_op("CumSum", [ints("axis", 5)], ["axis"], "cumsum0"), NODE % ("cumsum0", "CumSum") + r".*axis 5 is out of range", {}),
    "einsum_garbage": (zero_size("Einsum", [2, 2], "einsum0", equation="ij,->>k"), NODE % ("einsum0", "Einsum") + r".*equation", {}),
    "squeeze_non_unit": (shaped_op("Squeeze", [ints("axes", [0])], ["axes"], "squeeze0"), NODE % ("squeeze0", "Squeeze") + r".*has size 2, not 1", {}),
    "zero_size_relu": (zero_size("Relu", [0, 4], "relu_empty"), r"", {"exit": 0}),
    "zero_size_reduce_mean": (zero_size("ReduceMean", [0, 4], "mean_empty", axes=[0]), r"", {"exit": 0}),
    "zero_size_softmax": (zero_size("Softmax", [4, 0], "softmax_empty"), r"", {"exit": 0}),
    "zero_size_maxpool": (zero_size("MaxPool", [1, 0, 4, 4], "pool_empty", kernel_shape=[2, 2]), r"", {"exit": 0}),
    # external data (never read outside the model's folder)
    "ext_dotdot": (e_case("../outside/secret"), r"initializer 'w': external data path '\.\./outside/secret' escapes", {"trace": True}),
    "ext_dotdot_inner": (e_case("a/../../outside/secret"), r"escapes the model's folder", {"trace": True}),
    "ext_absolute": (e_case("/etc/passwd"), r"external data path '/etc/passwd' is absolute", {"trace": True}),
    "ext_absolute_secret": (lambda d: e_case(str(outside(d) / "secret"))(d), r"is absolute", {"trace": True}),
    "ext_symlink_out": (e_case("weights.bin", setup=symlink_to("../outside/secret")), r"resolves to .*outside the model's folder", {"trace": True}),
    "ext_symlink_etc": (e_case("weights.bin", setup=symlink_to("/etc/passwd")), r"resolves to '/etc/passwd', outside", {"trace": True}),
    "ext_symlinked_dir": (e_case("sub/secret", setup=symlinked_dir), r"resolves to .*outside the model's folder", {"trace": True}),
    "ext_hardlink_fifo": (e_case("weights.bin", setup=hardlink_to("secret")), r"not a regular file|hard link", {"trace": True}),
    "ext_hardlink_file": (e_case("weights.bin", setup=hardlink_to("secret.bin")), r"has 2 hard links", {"trace": True}),
    "ext_fifo_in_folder": (e_case("weights.bin", setup=fifo_in_folder), r"external data file .*weights\.bin' is not a regular file", {}),
    "ext_directory": (e_case("weights.bin", setup=dir_in_folder), r"weights\.bin' is not a regular file", {}),
    "ext_missing_file": (e_case("nothing.bin"), r"cannot open external data file .*nothing\.bin", {}),
    "ext_no_location": (e_case(""), r"external data without a 'location'", {}),
    "ext_offset_past_end": (e_case("weights.bin", 100, 16, write_weights()), r"offset 100 is past the end", {}),
    "ext_length_past_end": (e_case("weights.bin", 8, 16, write_weights()), r"\[8, 8 \+ 16\) runs past the end", {}),
    "ext_huge_length": (e_case("weights.bin", 0, 1 << 62, write_weights()), r"runs past the end", {}),
    "ext_length_wraps": (e_case("weights.bin", 8, (1 << 64) - 4, write_weights()), r"runs past the end|not a number", {}),
    "ext_negative_offset": (e_case("weights.bin", -1, 16, write_weights()), r"offset '-1' is not a number", {}),
    "ext_length_mismatch": (e_case("weights.bin", 0, 12, write_weights()), r"holds 12 bytes but the tensor's shape needs 16", {}),
    # attributes
    "attr_strides_float": (conv(strides=[1.0, 1.0]), NODE % ("conv1", "Conv") + r".*'strides'.*ints", {}),
    "attr_axis_string": (a_wrong_type("Softmax", ["x"], [2, 2], "axis", b"one", "sm"), NODE % ("sm", "Softmax") + r".*'axis'.*an int", {}),
    "attr_alpha_ints": (a_wrong_type("LeakyRelu", ["x"], [2, 2], "alpha", [1, 2], "lrelu"), NODE % ("lrelu", "LeakyRelu") + r".*'alpha'.*a float", {}),
    "attr_cast_no_to": (a_cast_no_to, NODE % ("cast0", "Cast") + r".*'to'", {}),
    "attr_concat_no_axis": (a_concat_no_axis, NODE % ("cat0", "Concat") + r".*'axis'", {}),
    "attr_constant_no_value": (a_constant_no_value, NODE % ("const0", "Constant") + r".*needs exactly one of value", {}),
    "attr_unknown": (a_unknown_attr, NODE % ("relu_extra", "Relu") + r".*frobnicate", {}),
    "missing_input": (a_missing_input, NODE % ("gemm0", "Gemm") + r".*missing required input #1", {}),
    "conv_kernel_too_big": (conv(w=(4, 3, 11, 11)), NODE % ("conv1", "Conv") + r".*kernel spans 11 but the padded input has 8", {}),
    "conv_zero_stride": (conv(strides=[0, 1]), NODE % ("conv1", "Conv") + r".*strides", {}),
    "conv_negative_stride": (conv(strides=[-1, 1]), NODE % ("conv1", "Conv") + r".*strides", {}),
    "conv_zero_dilation": (conv(dilations=[0, 1]), NODE % ("conv1", "Conv") + r".*dilations", {}),
    "conv_negative_pads": (conv(pads=[-5, 0, 0, 0]), NODE % ("conv1", "Conv") + r".*pads", {}),
    "conv_group_not_dividing": (conv(group=2), NODE % ("conv1", "Conv") + r".*3 channels but weight expects 3 x 2 groups", {}),
    "conv_group_zero": (conv(group=0), NODE % ("conv1", "Conv") + r".*group", {}),
    "conv_kernel_shape_rank": (conv(kernel_shape=[3]), NODE % ("conv1", "Conv") + r".*kernel_shape", {}),
    "conv_channels_mismatch": (conv(w=(4, 5, 3, 3)), NODE % ("conv1", "Conv") + r".*channel", {}),
    "conv_bad_auto_pad": (conv(auto_pad="SIDEWAYS"), NODE % ("conv1", "Conv") + r".*auto_pad", {}),
    "pool_kernel_too_big": (pool(kernel_shape=[20, 20]), NODE % ("pool1", "MaxPool") + r".*window 20 is larger than the padded input", {}),
    "pool_zero_stride": (pool(kernel_shape=[2, 2], strides=[0, 0]), NODE % ("pool1", "MaxPool") + r".*strides", {}),
    "pool_no_kernel": (pool(), NODE % ("pool1", "MaxPool") + r".*kernel_shape", {}),
    "avgpool_huge_kernel": (pool("AveragePool", "avg1", kernel_shape=[1 << 62, 1 << 62]), NODE % ("avg1", "AveragePool") + r".*larger than the padded input", {}),
}


def make_outside(out: Path):
    o = out / "outside"
    o.mkdir(parents=True, exist_ok=True)
    if not (o / "secret").exists():
        os.mkfifo(o / "secret")
    (o / "secret.bin").write_bytes(b"\x07" * 16)


def main():
    if "--list" in sys.argv:
        for name, (_, regex, opts) in CASES.items():
            print(f"{name:28} {regex}  {opts or ''}")
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    make_outside(out)
    for name, (build, _, _) in CASES.items():
        d = out / name
        if d.exists():
            import shutil
            shutil.rmtree(d)
        d.mkdir()
        build(d)
    print(f"wrote {len(CASES)} cases to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
