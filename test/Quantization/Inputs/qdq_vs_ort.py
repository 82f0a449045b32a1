"""Quantizes a small CNN and an MLP with ONNX Runtime's own quantize_static (QDQ
format, int8 activations and weights, per tensor and per channel), compiles the
quantized models with mcc and checks mcc's outputs against ONNX Runtime running
the same quantized models.

ONNX Runtime executes the QDQ pairs as int8 kernels with int32 accumulation;
mcc, so far, dequantizes the weights at compile time and computes in f32
between the quantize/dequantize pairs. Both quantize every activation to the
same grid, so they agree up to a rounding flip at a grid point: the check
allows one quantum of the output's scale and requires the flips to be rare."""
import os
import subprocess
import sys

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static

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


# conv-relu, a residual block, max pool, global average pool and a Gemm head.
h = node("Relu", [node("Conv", ["x", const("c0_w", (8, 3, 3, 3)), const("c0_b", (8,))], "c0",
                       pads=[1, 1, 1, 1])], "r0")
c1 = node("Conv", [h, const("c1_w", (8, 8, 3, 3), 0.15), const("c1_b", (8,))], "c1",
          pads=[1, 1, 1, 1])
h = node("Relu", [node("Add", [c1, h], "res")], "r1")
h = node("MaxPool", [h], "pool", kernel_shape=[2, 2], strides=[2, 2])
h = node("Relu", [node("Conv", [h, const("c2_w", (16, 8, 1, 1)), const("c2_b", (16,))], "c2")],
         "r2")
h = node("Flatten", [node("GlobalAveragePool", [h], "gap")], "flat")
node("Gemm", [h, const("fc_w", (10, 16)), const("fc_b", (10,))], "y", transB=1)
cnn = helper.make_model(
    helper.make_graph(nodes, "cnn", [helper.make_tensor_value_info("x", TensorProto.FLOAT,
                                                                   [1, 3, 16, 16])],
                      [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 10])], inits),
    opset_imports=[helper.make_opsetid("", 17)])

inits, nodes = [], []
t = node("Relu", [node("Add", [node("MatMul", ["x", const("m0_w", (32, 64), 0.2)], "m0"),
                               const("m0_b", (64,))], "m0b")], "h0")
node("Add", [node("MatMul", [t, const("m1_w", (64, 16), 0.2)], "m1"), const("m1_b", (16,))], "y")
mlp = helper.make_model(
    helper.make_graph(nodes, "mlp", [helper.make_tensor_value_info("x", TensorProto.FLOAT,
                                                                   [4, 32])],
                      [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 16])], inits),
    opset_imports=[helper.make_opsetid("", 17)])


class Reader(CalibrationDataReader):
    def __init__(self, shape):
        self.samples = iter([{"x": rng.standard_normal(shape).astype(np.float32)}
                             for _ in range(8)])

    def get_next(self):
        return next(self.samples, None)


def output_scale(model):
    """The scale of the DequantizeLinear that produces the graph output."""
    g = model.graph
    consts = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    for n in g.node:
        if n.op_type == "DequantizeLinear" and n.output[0] == g.output[0].name:
            return float(consts[n.input[1]])
    return None


for name, model, shape in (("cnn", cnn, (1, 3, 16, 16)), ("mlp", mlp, (4, 32))):
    for per_channel in (False, True):
        tag = name + ("-per-channel" if per_channel else "-per-tensor")
        fp32 = os.path.join(work, name + ".onnx")
        onnx.save(model, fp32)
        qdq = os.path.join(work, tag + ".onnx")
        quantize_static(fp32, qdq, Reader(shape), quant_format=QuantFormat.QDQ,
                        activation_type=QuantType.QInt8, weight_type=QuantType.QInt8,
                        per_channel=per_channel)
        qmodel = onnx.load(qdq)
        ops = sorted({n.op_type for n in qmodel.graph.node})
        assert "QuantizeLinear" in ops and "DequantizeLinear" in ops, ops
        scale = output_scale(qmodel)
        # The output of the CNN's Gemm is not requantized by every ORT version;
        # without a final DequantizeLinear the output is float and compares
        # with a float tolerance.
        sess = ort.InferenceSession(qdq, providers=["CPUExecutionProvider"])
        # -O2 dequantizes the weights at compile time, -O0 at run time.
        flips, total, worst = 0, 0, 0.0
        for trial, opt in enumerate(("-O2", "-O0", "-O2", "-O0")):
            so = os.path.join(work, tag + opt + ".so")
            if trial < 2:
                stats = subprocess.run([mcc, qdq, opt, "-o", so, "--stats"], check=True,
                                       capture_output=True, text=True).stdout.split("\n")
                if opt == "-O2":
                    # The QDQ convs run as int8 kernels (mcc-fuse-quantized-conv).
                    qconv = [l.split()[-1] for l in stats if l.startswith("op-count mcc.qconv ")]
                    print(tag, "qconv", qconv[0] if qconv else 0)
            x = rng.standard_normal(shape).astype(np.float32)
            xp = os.path.join(work, "x.npy")
            np.save(xp, x)
            out = os.path.join(work, tag + "-out")
            os.makedirs(out, exist_ok=True)
            subprocess.run([mcc_run, so, "--input", xp, "--output-dir", out], check=True)
            got = np.load(os.path.join(out, "y.npy"))
            want = sess.run(None, {"x": x})[0]
            diff = np.abs(got.astype(np.float64) - want)
            worst = max(worst, float(diff.max()))
            quantum = scale if scale else float(np.abs(want).max()) / 127
            assert diff.max() <= 1.01 * quantum, (tag, diff.max(), quantum)
            flips += int((diff > 1e-6).sum())
            total += diff.size
        assert flips <= 0.1 * total, (tag, flips, total)
        print(tag, "flips", flips, "of", total, "worst", worst, "quantum", quantum, file=sys.stderr)
        print(tag, "ops", " ".join(o for o in ops if "uantize" in o),
              "matches ONNX Runtime within one quantum")
