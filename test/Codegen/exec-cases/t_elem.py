import os
import sys, math
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Case, run, ort_ref
rng = np.random.default_rng(0)
x = rng.standard_normal((3, 5)).astype(np.float32) * 3
x[0, :4] = [0.5, 1.5, 2.5, -2.5]
xp = np.abs(x) + 0.1
U = "%r = mcc.{op} %a0 {attrs}: {{T0}} -> {{R}}"
def un(op, ref, inp=x, attrs="", dyn=True, **kw):
    shp = [(None,) + inp.shape[1:]] if dyn and inp.ndim else None
    attrs = attrs.replace("{", "{{").replace("}", "}}")
    kw.setdefault("out_dtype", inp.dtype)
    return Case(op, U.format(op=op, attrs=attrs), [inp], ref, arg_shapes=shp,
                res_shape=(None,) + inp.shape[1:] if dyn and inp.ndim else None, **kw)
erf = np.vectorize(math.erf)
cases = [
  un("relu", lambda a: np.maximum(a, 0)),
  un("sigmoid", lambda a: 1 / (1 + np.exp(-a))),
  un("tanh", np.tanh), un("exp", np.exp), un("log", np.log, xp), un("sqrt", np.sqrt, xp),
  un("reciprocal", lambda a: 1 / a), un("neg", np.negative), un("abs", np.abs),
  un("erf", erf), un("floor", np.floor), un("ceil", np.ceil), un("round", np.round),
  un("sign", np.sign), un("sin", np.sin), un("cos", np.cos),
  un("softplus", lambda a: np.log1p(np.exp(a)), atol=1e-5),
  un("softsign", lambda a: a / (1 + np.abs(a))),
  un("hard_swish", ort_ref("HardSwish")),
  un("gelu", ort_ref("Gelu")),
  un("gelu", ort_ref("Gelu", {"approximate": "tanh"}), attrs='{approximate = "tanh"} '),
  un("leaky_relu", ort_ref("LeakyRelu", {"alpha": 0.1}), attrs="{alpha = 0.1} "),
  un("elu", ort_ref("Elu", {"alpha": 0.7}), attrs="{alpha = 0.7} "),
  un("selu", ort_ref("Selu", {"alpha": 1.67326, "gamma": 1.0507}), attrs="{alpha = 1.67326, gamma = 1.0507} "),
  un("hard_sigmoid", ort_ref("HardSigmoid", {"alpha": 0.2, "beta": 0.5}), attrs="{alpha = 0.2, beta = 0.5} "),
  un("clip", lambda a: np.clip(a, -1, 2), attrs="{min = -1.0, max = 2.0} "),
  un("clip", lambda a: np.minimum(a, 2), attrs="{max = 2.0} "),
  un("identity", lambda a: a),
  un("not", np.logical_not, x > 0),
  # integers
  un("relu", lambda a: np.maximum(a, 0), (x * 10).astype(np.int32)),
  un("neg", np.negative, (x * 10).astype(np.int64)),
  un("abs", np.abs, (x * 10).astype(np.int8)),
  un("sign", np.sign, (x * 10).astype(np.int32)),
  un("clip", lambda a: np.clip(a, -5, 7), (x * 10).astype(np.int32), attrs="{min = -5.0, max = 7.0} "),
  # f16 / f64
  un("sigmoid", lambda a: (1 / (1 + np.exp(-a.astype(np.float32)))).astype(np.float16), x.astype(np.float16), rtol=1e-3, atol=1e-3),
  un("erf", lambda a: erf(a.astype(np.float64)).astype(np.float16), x.astype(np.float16), rtol=1e-3, atol=1e-3),
  un("tanh", np.tanh, x.astype(np.float64)),
  un("relu", lambda a: np.maximum(a, 0), x.astype(np.float16)),
  # rank 0
  un("exp", np.exp, np.array(0.5, np.float32), dyn=False),
  # nan
  un("relu", lambda a: np.maximum(a, 0), np.array([np.nan, -1, 2], np.float32), dyn=False),
  un("sign", np.sign, np.array([np.nan, -0.0, 0.0, -3, 2], np.float32), dyn=False),
]
if __name__ == "__main__":
    ok = run(cases, verbose="-v" in sys.argv)
    print("ALL OK" if ok else "FAILURES")
