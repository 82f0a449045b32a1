"""LSTM, GRU and RNN nodes built with onnx.helper that use what the recurrent
lowering adds for ONNX: LSTM peepholes and input_forget, activations that take
activation_alpha/beta, and sequence_lens that vary per batch entry (a graph
input, so known only at run time), for every direction. Each model is compiled
with mcc, run with mcc-run, and every output compared with ONNX Runtime's.

    recurrent_vs_ort.py MCC MCC_RUN WORK_DIR
"""
import os
import subprocess
import sys

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto as T
from onnx import helper as h
from onnx import numpy_helper

mcc, mcc_run, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
rng = np.random.default_rng(0)
SEQ, BATCH, IN, HID = 5, 4, 3, 6
LENS = np.array([5, 0, 1, 4], np.int32)  # entry 0 full, the others shorter, entry 1 empty


def rand(*shape, scale=0.5):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def build(name, op, gates, direction, attrs, peepholes=False, layout=0, batch_dim=BATCH):
    """One recurrent node: weights as initializers; X, sequence_lens and the
    initial states as graph inputs; every output a graph output."""
    dirs = 2 if direction == "bidirectional" else 1
    x_shape = [batch_dim, SEQ, IN] if layout else [SEQ, batch_dim, IN]
    state_shape = [batch_dim, dirs, HID] if layout else [dirs, batch_dim, HID]
    y_shape = [batch_dim, SEQ, dirs, HID] if layout else [SEQ, dirs, batch_dim, HID]
    inits = [numpy_helper.from_array(rand(dirs, gates * HID, IN), "W"),
             numpy_helper.from_array(rand(dirs, gates * HID, HID), "R"),
             numpy_helper.from_array(rand(dirs, 2 * gates * HID), "B")]
    inputs = [h.make_tensor_value_info("X", T.FLOAT, x_shape),
              h.make_tensor_value_info("lens", T.INT32, [batch_dim]),
              h.make_tensor_value_info("h0", T.FLOAT, state_shape)]
    node_inputs = ["X", "W", "R", "B", "lens", "h0"]
    outputs = ["Y", "Y_h"]
    if op == "LSTM":
        inputs.append(h.make_tensor_value_info("c0", T.FLOAT, state_shape))
        node_inputs.append("c0")
        outputs.append("Y_c")
        if peepholes:
            inits.append(numpy_helper.from_array(rand(dirs, 3 * HID), "P"))
            node_inputs.append("P")
    node = h.make_node(op, node_inputs, outputs, name=name, hidden_size=HID,
                       direction=direction, layout=layout, **attrs)
    outs = [h.make_tensor_value_info("Y", T.FLOAT, y_shape)] + \
        [h.make_tensor_value_info(o, T.FLOAT, state_shape) for o in outputs[1:]]
    graph = h.make_graph([node], name, inputs, outs, inits)
    model = h.make_model(graph, opset_imports=[h.make_opsetid("", 14)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model, dirs


def feeds(model, dirs, layout):
    f = {"X": rand(BATCH, SEQ, IN, scale=1.0) if layout else rand(SEQ, BATCH, IN, scale=1.0),
         "lens": LENS}
    for state in ("h0", "c0"):
        if any(i.name == state for i in model.graph.input):
            f[state] = rand(BATCH, dirs, HID) if layout else rand(dirs, BATCH, HID)
    return f


def ort_reference(model, f, layout):
    """ONNX Runtime's outputs. It has no batch-first (layout 1) cells: those run
    as the same node with layout 0 on transposed inputs, outputs transposed back."""
    if layout:
        model = onnx.ModelProto.FromString(model.SerializeToString())
        node = model.graph.node[0]
        for a in node.attribute:
            if a.name == "layout":
                a.i = 0
        for vi in list(model.graph.input) + list(model.graph.output):
            vi.type.tensor_type.ClearField("shape")
        f = {k: (v.transpose(1, 0, 2) if v.ndim == 3 else v) for k, v in f.items()}
    outs = ort.InferenceSession(model.SerializeToString(),
                                providers=["CPUExecutionProvider"]).run(None, f)
    if layout:
        outs = [o.transpose(2, 0, 1, 3) if o.ndim == 4 else o.transpose(1, 0, 2) for o in outs]
    return outs


CASES = [
    # Peepholes and coupled gates, a different activation set per direction,
    # alphas and betas consumed in order by the activations that take them.
    ("lstm_peephole_coupled_bidirectional", "LSTM", 4, "bidirectional", dict(
        input_forget=1,
        activations=["HardSigmoid", "ScaledTanh", "Affine", "Sigmoid", "LeakyRelu", "Tanh"],
        activation_alpha=[0.3, 0.9, 1.5, 0.2], activation_beta=[0.45, 1.2, -0.1]), True, 0),
    # Peepholes without coupling, reverse, clip, defaults for unlisted alpha/beta.
    ("lstm_peephole_reverse", "LSTM", 4, "reverse", dict(
        clip=2.5, activations=["HardSigmoid", "Elu", "Softsign"]), True, 0),
    # Batch-first, forward.
    ("lstm_peephole_layout1", "LSTM", 4, "forward", dict(
        activations=["Sigmoid", "Softsign", "ScaledTanh"], activation_alpha=[0.8],
        activation_beta=[1.3]), True, 1),
    # A batch known only at run time.
    ("gru_bidirectional", "GRU", 3, "bidirectional", dict(
        activations=["HardSigmoid", "LeakyRelu", "Sigmoid", "Elu"],
        activation_alpha=[0.25, 0.05, 0.7], activation_beta=[0.55]), False, 0, "N"),
    ("gru_linear_before_reset_reverse", "GRU", 3, "reverse", dict(
        linear_before_reset=1, activations=["Sigmoid", "ScaledTanh"],
        activation_alpha=[1.1], activation_beta=[0.6]), False, 0),
    ("rnn_bidirectional", "RNN", 1, "bidirectional", dict(
        activations=["Affine", "ThresholdedRelu"], activation_alpha=[0.7, 0.1],
        activation_beta=[0.2]), False, 0),
    ("rnn_forward_softplus", "RNN", 1, "forward", dict(activations=["Softplus"]), False, 0),
]

worst = 0.0
for name, op, gates, direction, attrs, peepholes, layout, *batch_dim in CASES:
    model, dirs = build(name, op, gates, direction, attrs, peepholes, layout, *batch_dim)
    path = os.path.join(work, name + ".onnx")
    onnx.save(model, path)
    so = os.path.join(work, name + ".so")
    subprocess.run([mcc, path, "-o", so], check=True)
    f = feeds(model, dirs, layout)
    args = [mcc_run, so, "--output-dir", os.path.join(work, name)]
    for k, v in f.items():
        np.save(os.path.join(work, f"{name}_{k}.npy"), v)
        args += ["--input", f"{k}={os.path.join(work, f'{name}_{k}.npy')}"]
    subprocess.run(args, check=True, capture_output=True)
    want = ort_reference(model, f, layout)
    diffs = []
    for out, ref in zip(model.graph.output, want):
        got = np.load(os.path.join(work, name, out.name + ".npy"))
        assert got.shape == ref.shape, (name, out.name, got.shape, ref.shape)
        diff = float(np.abs(got - ref).max())
        assert np.allclose(got, ref, rtol=1e-4, atol=1e-5), (name, out.name, diff)
        diffs.append(diff)
    # The padding steps of the shorter entries are zeros in both.
    y = np.load(os.path.join(work, name, "Y.npy"))
    padded = y[2, LENS[2]:] if layout else y[LENS[2]:, :, 2]
    assert not padded.any(), name
    worst = max(worst, max(diffs))
    print(f"{name}: matches ONNX Runtime (max abs diff {max(diffs):.2e})")
print(f"all recurrent cases match ONNX Runtime (max abs diff {worst:.2e})")
