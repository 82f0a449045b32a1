import os
import sys, math
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Case, run, ort_ref
rng = np.random.default_rng(1)
a = (rng.standard_normal((2, 3, 4)) * 4).astype(np.float32)
b = (rng.standard_normal((3, 1)) * 4).astype(np.float32)
b[0, 0] = 2.0
ai = np.array([[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]], np.int32)
bi = np.array([[3, 3, -3, -3, 2, 0]], np.int32)   # includes a zero divisor (ORT not compared there)
B = "%r = mcc.{op} %a0, %a1 {attrs}: ({{T0}}, {{T1}}) -> {{R}}"
def bi_(op, ref, x, y, attrs="", xs=None, ys=None, rs=None, **kw):
    attrs = attrs.replace("{", "{{").replace("}", "}}")
    return Case(f"{op}{attrs} {x.dtype}", B.format(op=op, attrs=attrs), [x, y], ref,
                arg_shapes=[xs or x.shape, ys or y.shape], res_shape=rs, **kw)
dyn = dict(xs=(None, 3, 4), rs=(None, 3, 4))
cmpref = lambda f: (lambda x, y: f(x, y))
cases = [
  bi_("add", np.add, a, b, **dyn), bi_("sub", np.subtract, a, b, **dyn), bi_("mul", np.multiply, a, b, **dyn),
  bi_("div", np.divide, a, b, **dyn), bi_("max", np.maximum, a, b), bi_("min", np.minimum, a, b),
  bi_("pow", np.power, np.abs(a), b, rtol=1e-4),
  bi_("mod", ort_ref("Mod", {"fmod": 1}), a, b, attrs="{fmod = true}"),
  bi_("mod", lambda x, y: np.mod(x, y), a, b, rtol=1e-4, atol=1e-5),
  # integers (last column of bi has divisor 0: compare only first five columns separately)
  bi_("div", ort_ref("Div"), ai[:, :5], bi[:, :5]),
  bi_("mod", ort_ref("Mod"), ai[:, :5], bi[:, :5]),
  bi_("mod", ort_ref("Mod", {"fmod": 1}), ai[:, :5], bi[:, :5], attrs="{fmod = true}"),
  bi_("div", lambda x, y: np.where(y == 0, x, np.trunc(x / np.where(y == 0, 1, y))).astype(np.int32), ai, bi),  # x/0 -> x, no trap
  bi_("add", np.add, ai.astype(np.int64), bi.astype(np.int64)),
  bi_("mul", np.multiply, ai.astype(np.int8), bi.astype(np.int8)),
  bi_("max", np.maximum, ai, bi), bi_("min", np.minimum, ai, bi),
  bi_("pow", ort_ref("Pow"), ai[:, :5].astype(np.int64) % 5, np.abs(bi[:, :5]).astype(np.int64)),
  bi_("and", np.logical_and, a > 0, b > 0), bi_("or", np.logical_or, a > 0, b > 0), bi_("xor", np.logical_xor, a > 0, b > 0),
  bi_("equal", np.equal, a, a.round()), bi_("less", np.less, a, b), bi_("less_equal", np.less_equal, a, b),
  bi_("greater", np.greater, a, b, **dyn), bi_("greater_equal", np.greater_equal, a, b),
  bi_("less", np.less, ai, bi), bi_("greater_equal", np.greater_equal, ai, bi), bi_("equal", np.equal, ai, bi),
  bi_("less", np.less, np.array([False, False, True, True]), np.array([False, True, False, True])),
  bi_("greater", np.greater, np.array([False, False, True, True]), np.array([False, True, False, True])),
  bi_("add", np.add, a.astype(np.float16), b.astype(np.float16)),
  bi_("div", np.divide, a.astype(np.float64), b.astype(np.float64)),
  bi_("pow", lambda x, y: np.power(x.astype(np.float32), y.astype(np.float32)).astype(np.float16),
      np.abs(a).astype(np.float16), (b / 4).astype(np.float16), rtol=2e-3, atol=1e-3),
  # f16 pow with constant exponent
  Case("pow-const2", "%c = arith.constant dense<2.0> : tensor<f32>\n  %r = mcc.pow %a0, %c : ({T0}, tensor<f32>) -> {R}",
       [a], lambda x: x * x),
  Case("pow-const0.5", "%c = arith.constant dense<0.5> : tensor<1xf32>\n  %r = mcc.pow %a0, %c : ({T0}, tensor<1xf32>) -> {R}",
       [np.abs(a)], np.sqrt),
  Case("pow-const3", "%c = arith.constant dense<3.0> : tensor<1xf32>\n  %r = mcc.pow %a0, %c : ({T0}, tensor<1xf32>) -> {R}",
       [a], lambda x: x ** 3, rtol=1e-5),
  Case("where", "%r = mcc.where %a0, %a1, %a2 : ({T0}, {T1}, {T2}) -> {R}",
       [a > 0, b, np.float32(7) * np.ones((4,), np.float32)], lambda c, x, y: np.where(c, x, y),
       arg_shapes=[(None, 3, 4), (3, 1), (4,)], res_shape=(None, 3, 4)),
  Case("where-i64", "%r = mcc.where %a0, %a1, %a2 : ({T0}, {T1}, {T2}) -> {R}",
       [ai > 0, ai.astype(np.int64), np.int64(-1) * np.ones((1, 1), np.int64)], lambda c, x, y: np.where(c, x, y)),
]
C = "%r = mcc.cast %a0 : {T0} -> {R}"
vals = np.array([-2.7, -0.5, 0.0, 0.5, 1.5, 2.7, 100.9, -100.9], np.float32)
def cast(x, dt, ref=None):
    ref = ref or ort_ref("Cast", {"to": __import__("onnx").helper.np_dtype_to_tensor_dtype(np.dtype(dt))}, out_dtype=dt)
    return Case(f"cast {x.dtype}->{np.dtype(dt)}", C, [x], ref, out_dtype=dt, rtol=1e-3 if dt == np.float16 or x.dtype == np.float16 else 2e-5)
cases += [cast(vals, np.int32), cast(vals, np.int64), cast(vals, np.int8), cast(vals, np.bool_),
          cast(vals, np.float64), cast(vals, np.float16), cast(vals.astype(np.float16), np.float32),
          cast(vals.astype(np.float64), np.float32), cast((vals * 10).astype(np.int32), np.float32),
          cast((vals * 10).astype(np.int32), np.int64), cast((vals * 10).astype(np.int64), np.int8),
          cast((vals * 10).astype(np.int32), np.bool_), cast(vals > 0, np.float32), cast(vals > 0, np.int64),
          cast(np.array([np.nan, 0.0, -0.0], np.float32), np.bool_)]
if __name__ == "__main__":
    ok = run(cases, verbose="-v" in sys.argv)
    print("ALL OK" if ok else "FAILURES")
