import os
import sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Case, run, ort_ref
rng = np.random.default_rng(4)
def r(*s, dt=np.float32): return (rng.standard_normal(s) * 2).astype(dt)
RD = "%r = mcc.{op} %a0 {{{{axes = array<i64{ax}>, keepdims = {kd}}}}} : ({{T0}}) -> {{R}}"
NP = {"reduce_sum": np.sum, "reduce_mean": np.mean, "reduce_max": np.max, "reduce_min": np.min, "reduce_prod": np.prod}
def red(op, x, axes, keepdims=True, xs=None, rs=None, **kw):
    ax = (": " + ", ".join(map(str, axes))) if axes else ""
    ref = lambda a: NP[op](a, axis=tuple(axes) if axes else None, keepdims=keepdims).astype(a.dtype)
    return Case(f"{op} {x.shape} {axes} kd={keepdims} {x.dtype}", RD.format(op=op, ax=ax, kd=str(keepdims).lower()), [x], ref,
                arg_shapes=[xs or x.shape], res_shape=rs, **{"rtol": 1e-4, "atol": 1e-5, **kw})
AR = "%r = mcc.{op} %a0 {{{{axis = {axis} : i64, keepdims = {kd}, select_last_index = {sl}}}}} : ({{T0}}) -> {{R}}"
def arg(op, x, axis, keepdims=True, last=False, xs=None, rs=None):
    onnx_op = {"argmax": "ArgMax", "argmin": "ArgMin"}[op]
    return Case(f"{op} {x.shape} {axis} kd={keepdims} last={last} {x.dtype}",
                AR.format(op=op, axis=axis, kd=str(keepdims).lower(), sl=str(last).lower()), [x],
                ort_ref(onnx_op, {"axis": axis, "keepdims": int(keepdims), "select_last_index": int(last)}, opset=13, out_dtype=np.int64),
                arg_shapes=[xs or x.shape], res_shape=rs, out_dtype=np.int64)
x = r(2, 3, 4)
xi = (x * 5).astype(np.int32)
ties = np.array([[1, 3, 3, 0], [2, 2, 2, 2], [-1, -5, -5, -1]], np.float32)
cases = []
for op in NP:
    cases += [red(op, x, [1]), red(op, x, [0, 2], keepdims=False), red(op, x, []), red(op, x, [], keepdims=False),
              red(op, x, [2], xs=(None, 3, 4), rs=(None, 3, 1)), red(op, x, [0], xs=(None, 3, 4), rs=(1, 3, 4)),
              red(op, x, [1, 2], keepdims=False, xs=(None, None, 4), rs=(None,))]
cases += [red("reduce_sum", xi, [1]), red("reduce_max", xi, [0, 1], keepdims=False), red("reduce_min", xi.astype(np.int64), []),
          red("reduce_mean", x.astype(np.float64), [2]), red("reduce_sum", x.astype(np.float16), [2], rtol=1e-2, atol=1e-2),
          red("reduce_mean", x.astype(np.float16), [0, 1, 2], keepdims=False, rtol=1e-2, atol=1e-2)]
for op in ["argmax", "argmin"]:
    cases += [arg(op, x, 0), arg(op, x, 1, keepdims=False), arg(op, x, 2, xs=(None, 3, 4), rs=(None, 3, 1)),
              arg(op, ties, 1), arg(op, ties, 1, last=True), arg(op, ties, 0, keepdims=False, last=True),
              arg(op, xi, 2), arg(op, (ties * 2).astype(np.int64), 1, last=True),
              arg(op, np.full((2, 3), -np.inf if op == "argmax" else np.inf, np.float32), 1),
              arg(op, np.full((2, 3), -np.inf if op == "argmax" else np.inf, np.float32), 1, last=True)]
if __name__ == "__main__":
    ok = run(cases, verbose="-v" in sys.argv)
    print("ALL OK" if ok else "FAILURES")
