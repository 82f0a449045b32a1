"""LSTM and GRU nodes with constant weights and the default activations, which
mcc lowers to the runtime's mcc_kernel_lstm / mcc_kernel_gru: every direction,
sequence_lens that vary per batch entry (one entry empty), initial states,
peepholes, input_forget, clip, linear_before_reset 0 and 1, batch-first and a
run-time batch. Each model is compiled with mcc (checked to call the kernel),
run with mcc-run, and every output compared with ONNX Runtime's.

    recurrent_kernels_vs_ort.py MCC MCC_RUN WORK_DIR
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
rng = np.random.default_rng(1)
SEQ, BATCH, IN, HID = 6, 4, 5, 20
LENS = np.array([6, 0, 2, 5], np.int32)


def rand(*shape, scale=0.5):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def build(name, op, direction, attrs, options, layout=0, batch_dim=BATCH):
    """One node: W, R (and B, P) as initializers; X, lens and the initial
    states as graph inputs where `options` asks for them."""
    gates = 4 if op == "LSTM" else 3
    dirs = 2 if direction == "bidirectional" else 1
    x_shape = [batch_dim, SEQ, IN] if layout else [SEQ, batch_dim, IN]
    state_shape = [batch_dim, dirs, HID] if layout else [dirs, batch_dim, HID]
    y_shape = [batch_dim, SEQ, dirs, HID] if layout else [SEQ, dirs, batch_dim, HID]
    inits = [numpy_helper.from_array(rand(dirs, gates * HID, IN), "W"),
             numpy_helper.from_array(rand(dirs, gates * HID, HID), "R")]
    inputs = [h.make_tensor_value_info("X", T.FLOAT, x_shape)]
    node_inputs = ["X", "W", "R", "", "", ""]
    if "bias" in options:
        inits.append(numpy_helper.from_array(rand(dirs, 2 * gates * HID), "B"))
        node_inputs[3] = "B"
    if "lens" in options:
        inputs.append(h.make_tensor_value_info("lens", T.INT32, [batch_dim]))
        node_inputs[4] = "lens"
    if "h0" in options:
        inputs.append(h.make_tensor_value_info("h0", T.FLOAT, state_shape))
        node_inputs[5] = "h0"
    outputs = ["Y", "Y_h"]
    if op == "LSTM":
        outputs.append("Y_c")
        node_inputs += ["", ""]
        if "c0" in options:
            inputs.append(h.make_tensor_value_info("c0", T.FLOAT, state_shape))
            node_inputs[6] = "c0"
        if "peepholes" in options:
            inits.append(numpy_helper.from_array(rand(dirs, 3 * HID), "P"))
            node_inputs[7] = "P"
    while node_inputs[-1] == "":
        node_inputs.pop()
    node = h.make_node(op, node_inputs, outputs, name=name, hidden_size=HID,
                       direction=direction, layout=layout, **attrs)
    outs = [h.make_tensor_value_info("Y", T.FLOAT, y_shape)] + \
        [h.make_tensor_value_info(o, T.FLOAT, state_shape) for o in outputs[1:]]
    model = h.make_model(h.make_graph([node], name, inputs, outs, inits),
                         opset_imports=[h.make_opsetid("", 14)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model, dirs


def feeds(model, dirs, layout):
    names = [i.name for i in model.graph.input]
    f = {"X": rand(BATCH, SEQ, IN, scale=1.5) if layout else rand(SEQ, BATCH, IN, scale=1.5)}
    if "lens" in names:
        f["lens"] = LENS
    for state in ("h0", "c0"):
        if state in names:
            f[state] = rand(BATCH, dirs, HID) if layout else rand(dirs, BATCH, HID)
    return f


def ort_reference(model, f, layout):
    """ONNX Runtime's outputs; batch-first cells run as layout 0 on transposed
    inputs, outputs transposed back (ONNX Runtime has no layout 1)."""
    if layout:
        model = onnx.ModelProto.FromString(model.SerializeToString())
        for a in model.graph.node[0].attribute:
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


EVERY_LSTM = {"bias", "lens", "h0", "c0", "peepholes"}
CASES = [
    ("lstm_forward_defaults", "LSTM", "forward", {}, set()),
    ("lstm_bidirectional_every_option", "LSTM", "bidirectional", dict(clip=1.5), EVERY_LSTM),
    ("lstm_reverse_input_forget", "LSTM", "reverse",
     dict(input_forget=1, activations=["sigmoid", "TANH", "Tanh"]), EVERY_LSTM),
    ("lstm_batch_first", "LSTM", "forward", {}, {"bias", "h0", "c0"}, 1),
    ("lstm_runtime_batch", "LSTM", "bidirectional", {}, {"bias", "lens"}, 0, "N"),
    ("gru_forward_defaults", "GRU", "forward", {}, set()),
    ("gru_bidirectional_every_option", "GRU", "bidirectional", dict(clip=1.2),
     {"bias", "lens", "h0"}),
    ("gru_reverse_linear_before_reset", "GRU", "reverse",
     dict(linear_before_reset=1, clip=2.0), {"bias", "lens", "h0"}),
    ("gru_bidirectional_linear_before_reset", "GRU", "bidirectional",
     dict(linear_before_reset=1, activations=["Sigmoid", "Tanh", "sigmoid", "tanh"]),
     {"bias", "h0"}, 0, "N"),
]

worst = 0.0
for name, op, direction, attrs, options, *rest in CASES:
    layout = rest[0] if rest else 0
    model, dirs = build(name, op, direction, attrs, options, layout, *rest[1:])
    path = os.path.join(work, name + ".onnx")
    onnx.save(model, path)
    so = os.path.join(work, name + ".so")
    subprocess.run([mcc, path, "-o", so], check=True)
    symbols = subprocess.run(["nm", "-D", so], check=True, capture_output=True, text=True).stdout
    kernel = "_mlir_ciface_mcc_kernel_" + op.lower()
    assert kernel in symbols, (name, "does not call", kernel)
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
    worst = max(worst, *diffs)
    print(f"{name}: calls {kernel}, matches ONNX Runtime (max abs diff {max(diffs):.2g})")
print(f"all recurrent kernel cases match ONNX Runtime (worst {worst:.2g})")
