import os
import sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Case, run, ort_ref
rng = np.random.default_rng(2)
def r(*s, dt=np.float32): return rng.standard_normal(s).astype(dt)
M = "%r = mcc.matmul %a0, %a1 : ({T0}, {T1}) -> {R}"
def mm(name, x, y, xs=None, ys=None, rs=None, **kw):
    return Case("matmul " + name, M, [x, y], lambda p, q: np.matmul(p, q), arg_shapes=[xs or x.shape, ys or y.shape], res_shape=rs, **{"rtol": 1e-4, "atol": 1e-5, **kw})
cases = [
  mm("2d", r(3, 4), r(4, 5)),
  mm("2d dyn", r(3, 4), r(4, 5), xs=(None, 4), rs=(None, 5)),
  mm("2d all dyn", r(3, 4), r(4, 5), xs=(None, None), ys=(None, None), rs=(None, None)),
  mm("1d x 1d", r(4), r(4)),
  mm("1d x 2d", r(4), r(4, 5)),
  mm("2d x 1d", r(3, 4), r(4)),
  mm("3d x 2d", r(2, 3, 4), r(4, 5)),
  mm("4d x 2d dyn", r(2, 2, 3, 4), r(4, 5), xs=(None, 2, 3, 4), rs=(None, 2, 3, 5)),
  mm("3d x 1d", r(2, 3, 4), r(4)),
  mm("1d x 3d", r(4), r(2, 4, 5)),
  mm("3d x 3d", r(2, 3, 4), r(2, 4, 5)),
  mm("3d x 3d dyn", r(2, 3, 4), r(2, 4, 5), xs=(None, 3, 4), ys=(None, 4, 5), rs=(None, 3, 5)),
  mm("4d x 4d", r(2, 3, 3, 4), r(2, 3, 4, 5)),
  mm("4d x 4d bcast", r(2, 3, 3, 4), r(1, 3, 4, 5)),
  mm("4d x 3d bcast", r(2, 3, 3, 4), r(3, 4, 5)),
  mm("2d x 3d", r(3, 4), r(2, 4, 5)),
  mm("3d x 1x2d", r(2, 3, 4), r(1, 4, 5)),
  mm("2d x 1x1x2d", r(3, 4), r(1, 1, 4, 5)),
  mm("1x3d x 3d", r(1, 3, 4), r(2, 4, 5)),
  # Dynamic batch dims that are 1 at run time broadcast.
  mm("3d x 3d dyn lhs batch 1", r(1, 3, 4), r(2, 4, 5), xs=(None, 3, 4), ys=(None, 4, 5), rs=(None, 3, 5)),
  mm("3d dyn batch 1 x 3d", r(1, 3, 4), r(2, 4, 5), xs=(None, 3, 4)),
  mm("4d x 3d all dyn bcast", r(3, 1, 3, 4), r(2, 4, 2), xs=(None,) * 4, ys=(None,) * 3, rs=(None,) * 4),
  mm("4d x 4d dyn rhs batch 1", r(2, 3, 3, 4), r(1, 3, 4, 5), xs=(None, 3, 3, 4), ys=(None, 3, 4, 5), rs=(None, 3, 3, 5)),
  mm("f16", r(3, 4, dt=np.float16), r(4, 5, dt=np.float16), rtol=1e-2, atol=1e-2),
  mm("f64 bcast", r(2, 1, 3, 4, dt=np.float64), r(3, 4, 5, dt=np.float64)),
  mm("i32", (r(3, 4) * 5).astype(np.int32), (r(4, 5) * 5).astype(np.int32)),
  mm("i64 batch", (r(2, 3, 4) * 5).astype(np.int64), (r(2, 4, 5) * 5).astype(np.int64)),
]
G = "%r = mcc.gemm %a0, %a1{c} {attrs}: ({{T0}}, {{T1}}{ct}) -> {{R}}"
def gemm(name, a, b, c=None, alpha=1.0, beta=1.0, ta=0, tb=0, shapes=None, rs=None, **kw):
    attrs = []
    if alpha != 1.0: attrs.append(f"alpha = {alpha}")
    if beta != 1.0: attrs.append(f"beta = {beta}")
    if ta: attrs.append("trans_a = true")
    if tb: attrs.append("trans_b = true")
    at = "{{" + ", ".join(attrs) + "}} " if attrs else ""
    op = G.format(c=", %a2" if c is not None else "", attrs=at, ct=", {T2}" if c is not None else "")
    ins = [a, b] + ([c] if c is not None else [])
    ref = ort_ref("Gemm", {"alpha": alpha, "beta": beta, "transA": ta, "transB": tb}, opset=13)
    return Case("gemm " + name, op, ins, ref, arg_shapes=shapes, res_shape=rs, **{"rtol": 1e-4, "atol": 1e-5, **kw})
cases += [
  gemm("plain", r(3, 4), r(4, 5)),
  gemm("bias N", r(3, 4), r(4, 5), r(5)),
  gemm("bias MN alpha beta", r(3, 4), r(4, 5), r(3, 5), alpha=0.5, beta=2.0),
  gemm("bias M1 transB", r(3, 4), r(5, 4), r(3, 1), tb=1),
  gemm("transA", r(4, 3), r(4, 5), r(1, 5), ta=1),
  gemm("transA transB scalar bias", r(4, 3), r(5, 4), r(1), ta=1, tb=1, alpha=2.0),
  gemm("dyn batch transB", r(3, 4), r(5, 4), r(5), tb=1, shapes=[(None, 4), (5, 4), (5,)], rs=(None, 5)),
  gemm("beta 0", r(3, 4), r(4, 5), r(5), beta=0.0),
  gemm("f16", r(3, 4, dt=np.float16), r(5, 4, dt=np.float16), r(5, dt=np.float16), tb=1, rtol=1e-2, atol=1e-2),
]
if __name__ == "__main__":
    ok = run(cases, verbose="-v" in sys.argv)
    print("ALL OK" if ok else "FAILURES")
