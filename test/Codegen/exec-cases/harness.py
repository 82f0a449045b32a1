"""Runs mcc ops lowered by convert-mcc-to-linalg through mlir-runner and compares
against references (numpy callables or ONNX Runtime single-node models)."""
import os
import re
import subprocess
import sys

import numpy as np

MCC_OPT = os.environ.get(
    "MCC_OPT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../build/bin/mcc-opt"))
LLVM = "/usr/lib/llvm-22"
PIPE = ("--convert-elementwise-to-linalg --one-shot-bufferize=bufferize-function-boundaries@function-boundary-type-conversion=identity-layout-map "
        "--convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine "
        "--convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm "
        "--convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm "
        "--reconcile-unrealized-casts")

MLIR_TY = {np.float32: "f32", np.float64: "f64", np.float16: "f16", np.int64: "i64",
           np.int32: "i32", np.int8: "i8", np.bool_: "i1", np.int16: "i16"}


def mlir_elem(dt):
    dt = np.dtype(dt)
    if dt.kind == "b":
        return "i1"
    return ("f" if dt.kind == "f" else "i") + str(dt.itemsize * 8)


def ttype(shape, elem):
    dims = "x".join("?" if d is None or d == -1 else str(d) for d in shape)
    return f"tensor<{dims + 'x' if dims else ''}{elem}>"


def fmt_scalar(v, elem):
    if elem == "i1":
        return "true" if v else "false"
    if elem.startswith("i"):
        return str(int(v))
    v = float(v)
    if np.isnan(v):
        return "0x7FC00000" if elem == "f32" else ("0x7FF8000000000000" if elem == "f64" else "0x7E00")
    if np.isinf(v):
        if elem == "f32":
            return "0x7F800000" if v > 0 else "0xFF800000"
        if elem == "f64":
            return "0x7FF0000000000000" if v > 0 else "0xFFF0000000000000"
        return "0x7C00" if v > 0 else "0xFC00"
    t = ("%.17g" if elem == "f64" else "%.9g") % v
    if "." not in t:
        t = t.replace("e", ".0e") if "e" in t else t + ".0"
    return t


def dense(a, elem):
    def rec(x):
        if x.ndim == 0:
            return fmt_scalar(x[()], elem)
        return "[" + ", ".join(rec(x[i]) for i in range(x.shape[0])) + "]"
    return f"dense<{rec(a)}>"


class Case:
    def __init__(self, name, op, inputs, ref, arg_shapes=None, rtol=2e-5, atol=2e-6,
                 out_dtype=None, res_shape=None):
        """op: MLIR text using %a0.. and producing %r, with {T0}.. {R} placeholders
        for the argument and result types. inputs: numpy arrays. ref: callable(*inputs)
        -> expected array. arg_shapes: shapes with None for dynamic dims (default static)."""
        self.name, self.op, self.inputs, self.ref = name, op, inputs, ref
        self.arg_shapes = arg_shapes or [a.shape for a in inputs]
        self.rtol, self.atol = rtol, atol
        self.out_dtype = out_dtype
        self.res_shape = res_shape


def build(cases):
    lines = []
    main = ["func.func @main() {"]
    expected = []
    for i, c in enumerate(cases):
        exp = np.asarray(c.ref(*c.inputs))
        if c.out_dtype is not None:
            exp = exp.astype(c.out_dtype)
        expected.append(exp)
        relem = mlir_elem(exp.dtype)
        arg_t = [ttype(s, mlir_elem(a.dtype)) for s, a in zip(c.arg_shapes, c.inputs)]
        # Result type: dynamic wherever an input dim is dynamic is hard to know in
        # general; use the op's own inference by leaving the result static unless a
        # {R} override is given via the shapes in the op text.
        res_t = ttype(c.res_shape if c.res_shape is not None else exp.shape, relem)
        subs = {f"T{j}": t for j, t in enumerate(arg_t)}
        subs["R"] = res_t
        body = c.op.format(**subs)
        args = ", ".join(f"%a{j}: {t}" for j, t in enumerate(arg_t))
        lines.append(f"func.func @k{i}({args}) -> {res_t} {{\n  {body}\n  return %r : {res_t}\n}}")
        call_args = []
        for j, (a, t) in enumerate(zip(c.inputs, arg_t)):
            st = ttype(a.shape, mlir_elem(a.dtype))
            main.append(f"  %c{i}_{j} = arith.constant {dense(a, mlir_elem(a.dtype))} : {st}")
            if st != t:
                main.append(f"  %d{i}_{j} = tensor.cast %c{i}_{j} : {st} to {t}")
                call_args.append(f"%d{i}_{j}")
            else:
                call_args.append(f"%c{i}_{j}")
        main.append(f"  %r{i} = call @k{i}({', '.join(call_args)}) : ({', '.join(arg_t)}) -> {res_t}")
        st = ttype(exp.shape, relem)
        v = f"%r{i}"
        if st != res_t:
            main.append(f"  %s{i} = tensor.cast {v} : {res_t} to {st}")
            v = f"%s{i}"
        pelem = {"f32": "f32", "f64": "f64", "f16": "f32", "i64": "i64", "i32": "i32",
                 "i8": "i32", "i16": "i32", "i1": "i32"}[relem]
        if pelem != relem:
            conv = "arith.extf" if relem.startswith("f") else ("arith.extui" if relem == "i1" else "arith.extsi")
            pt = ttype(exp.shape, pelem)
            main.append(f"  %e{i} = {conv} {v} : {st} to {pt}")
            v = f"%e{i}"
            st = pt
        mt = st.replace("tensor", "memref")
        main.append(f"  %m{i} = bufferization.to_buffer {v} : {st} to {mt}")
        main.append(f"  %u{i} = memref.cast %m{i} : {mt} to memref<*x{pelem}>")
        main.append(f"  call @printMemref{pelem.upper()}(%u{i}) : (memref<*x{pelem}>) -> ()")
    main.append("  return\n}")
    decls = "\n".join(f"func.func private @printMemref{p}(memref<*x{p.lower()}>)"
                      for p in ["F32", "F64", "I32", "I64"])
    return "\n".join(lines) + "\n" + decls + "\n" + "\n".join(main) + "\n", expected


NUM = re.compile(r"-?nan|-?inf|[-+]?\d+(?:\.\d*)?(?:e[-+]?\d+)?")


def run(cases, verbose=False):
    text, expected = build(cases)
    extra = os.environ.get("MCC_EXTRA", "").split()
    p1 = subprocess.run([MCC_OPT, "--convert-mcc-to-linalg"] + extra + ["-"], input=text,
                        capture_output=True, text=True)
    if p1.returncode:
        print(p1.stderr[:4000])
        return False
    p2 = subprocess.run([f"{LLVM}/bin/mlir-opt"] + [a.replace("@", " ") for a in PIPE.split()], input=p1.stdout,
                        capture_output=True, text=True)
    if p2.returncode:
        print(p2.stderr[:4000])
        return False
    p3 = subprocess.run([f"{LLVM}/bin/mlir-runner", "-e", "main", "-entry-point-result=void",
                         f"-shared-libs={LLVM}/lib/libmlir_runner_utils.so,{LLVM}/lib/libmlir_c_runner_utils.so"],
                        input=p2.stdout, capture_output=True, text=True)
    if p3.returncode:
        print(p3.stderr[:4000])
        return False
    blocks = p3.stdout.split("Unranked Memref")[1:]
    ok = True
    for c, exp, blk in zip(cases, expected, blocks):
        data = blk.split("data =", 1)[1]
        vals = [float(x.replace("nan", "nan")) for x in NUM.findall(data)]
        got = np.array(vals, dtype=np.float64)
        e = exp.astype(np.float64).ravel()
        if got.size != e.size:
            print(f"FAIL {c.name}: size {got.size} vs {e.size}")
            ok = False
            continue
        good = np.isclose(got, e, rtol=c.rtol, atol=c.atol, equal_nan=True)
        if not good.all():
            ok = False
            idx = np.nonzero(~good)[0][:5]
            print(f"FAIL {c.name}: at {idx.tolist()} got {got[idx].tolist()} want {e[idx].tolist()}")
        elif verbose:
            print(f"ok   {c.name}")
    if len(blocks) != len(cases):
        print(f"FAIL: {len(blocks)} outputs for {len(cases)} cases")
        ok = False
    return ok


def ort_ref(op_type, attrs=None, opset=20, out_dtype=None, n_out=1):
    """A reference that runs one ONNX node in ONNX Runtime."""
    import onnx
    from onnx import helper, TensorProto
    import onnxruntime as ort

    def f(*inputs):
        names = [f"x{i}" for i in range(len(inputs))]
        ins = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)
               for n, a in zip(names, inputs)]
        odt = helper.np_dtype_to_tensor_dtype(np.dtype(out_dtype or inputs[0].dtype))
        outs = [helper.make_tensor_value_info(f"y{i}", odt, None) for i in range(n_out)]
        node = helper.make_node(op_type, names, [o.name for o in outs], **(attrs or {}))
        g = helper.make_graph([node], "g", ins, outs)
        m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])
        m.ir_version = 9
        s = ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"])
        return s.run(None, dict(zip(names, inputs)))[0]
    return f
