import os
import sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Case, run, ort_ref
rng = np.random.default_rng(3)
def r(*s, dt=np.float32): return (rng.standard_normal(s) * 2 + 0.5).astype(dt)
BN = "%r = mcc.batch_norm %a0, %a1, %a2, %a3, %a4 {{epsilon = 1.0e-05 : f64}} : ({T0}, {T1}, {T2}, {T3}, {T4}) -> {R}"
def bn(x, dt=np.float32, xs=None, rs=None, **kw):
    C = x.shape[1]
    ins = [x.astype(dt), r(C, dt=dt), r(C, dt=dt), r(C, dt=dt), (np.abs(r(C)) + 0.1).astype(dt)]
    return Case(f"batch_norm {x.shape} {np.dtype(dt)}", BN, ins, ort_ref("BatchNormalization", {"epsilon": 1e-5}, opset=15),
                arg_shapes=[xs or x.shape] + [(C,)] * 4, res_shape=rs, **{"rtol": 1e-4, "atol": 1e-5, **kw})
LN = "%r = mcc.layer_norm %a0, %a1{b} {{{{axis = {axis} : i64, epsilon = 1.0e-05 : f64}}}} : ({{T0}}, {{T1}}{bt}) -> {{R}}"
def ln(x, axis, scale_shape=None, bias=True, dt=np.float32, xs=None, rs=None, **kw):
    ss = scale_shape or x.shape[axis:]
    ins = [x.astype(dt), r(*ss, dt=dt)] + ([r(*ss, dt=dt)] if bias else [])
    op = LN.format(b=", %a2" if bias else "", bt=", {T2}" if bias else "", axis=axis)
    shapes = [xs or x.shape] + [ss] * (len(ins) - 1)
    return Case(f"layer_norm {x.shape} axis {axis} {np.dtype(dt)}", op, ins,
                ort_ref("LayerNormalization", {"axis": axis, "epsilon": 1e-5}, opset=17),
                arg_shapes=shapes, res_shape=rs, **{"rtol": 1e-4, "atol": 1e-4, **kw})
SM = "%r = mcc.{op} %a0 {{{{axis = {axis} : i64}}}} : {{T0}} -> {{T0}}"
def sm(op, x, axis, xs=None, dt=np.float32, **kw):
    onnx_op = {"softmax": "Softmax", "log_softmax": "LogSoftmax"}[op]
    return Case(f"{op} {x.shape} axis {axis} {np.dtype(dt)}", SM.format(op=op, axis=axis), [x.astype(dt)],
                ort_ref(onnx_op, {"axis": axis}, opset=13), arg_shapes=[xs or x.shape], res_shape=xs,
                **{"rtol": 1e-4, "atol": 1e-6, **kw})
cases = [
  bn(r(2, 3, 4, 5)), bn(r(2, 3)), bn(r(2, 3, 4, 5), xs=(None, 3, 4, 5), rs=(None, 3, 4, 5)),
  bn(r(2, 3, 4), dt=np.float64), bn(r(2, 3, 4), dt=np.float16, rtol=1e-2, atol=1e-2),
  ln(r(2, 3, 8), 2), ln(r(2, 3, 8), 1), ln(r(2, 3, 8), 0), ln(r(2, 3, 8), -1 + 3, bias=False),
  ln(r(2, 3, 8), 2, xs=(None, None, 8), rs=(None, None, 8)),
  ln(r(2, 3, 8), 1, scale_shape=(8,)), ln(r(2, 3, 8), 1, scale_shape=(1, 8)),
  ln(r(2, 3, 8), 2, dt=np.float16, rtol=1e-2, atol=1e-2), ln(r(2, 3, 8), 2, dt=np.float64),
  sm("softmax", r(2, 3, 5) * 10, 2), sm("softmax", r(2, 3, 5) * 10, 1), sm("softmax", r(2, 3, 5), 0),
  sm("softmax", r(2, 3, 5), 2, xs=(None, 3, 5)), sm("softmax", r(4, 7), 1, xs=(None, None)),
  sm("log_softmax", r(2, 3, 5) * 10, 2), sm("log_softmax", r(2, 3, 5), 1, xs=(None, 3, 5)),
  sm("softmax", r(2, 3, 5), 2, dt=np.float16, rtol=1e-2, atol=1e-3),
  sm("log_softmax", r(2, 3, 5), 2, dt=np.float64),
  sm("softmax", np.array([1000.0, 1001.0, -1000.0], np.float32), 0),
]
if __name__ == "__main__":
    ok = run(cases, verbose="-v" in sys.argv)
    print("ALL OK" if ok else "FAILURES")
