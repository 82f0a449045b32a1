import os
import sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Case, run, ort_ref
rng = np.random.default_rng(5)
def r(*s, dt=np.float32): return rng.standard_normal(s).astype(dt)
def pad(name, x, pads, mode="constant", value=0.0, xs=None, rs=None, elem="f32"):
    attrs = f'mode = "{mode}", pads = array<i64: {", ".join(map(str, pads))}>, value = {value} : {elem}'
    op = "%r = mcc.pad %a0 {{" + attrs + "}} : ({T0}) -> {R}"
    # ONNX Runtime's Pad (opset 19 for wrap) with pads and the value as inputs.
    def ref(a):
        inputs = [a, np.array(pads, np.int64)]
        if mode == "constant":
            inputs.append(np.array(value, a.dtype))
        return ort_ref("Pad", {"mode": mode}, opset=19)(*inputs)
    return Case(f"pad {mode} {name}", op, [x], ref, arg_shapes=[xs or x.shape], res_shape=rs)
cases = [
  pad("crop dyn", r(3, 4), [-1, 2, 1, -2], value=0.5, xs=(None, 4), rs=(None, 4)),
  pad("2d", r(2, 3), [1, 2, 0, 1], mode="edge"),
  pad("dyn i64", (r(3, 4) * 9).astype(np.int64), [0, 3, 2, 1], mode="edge", xs=(None, None),
      rs=(None, None), value=0, elem="i64"),
  pad("2d", r(3, 4), [2, 1, 1, 3], mode="reflect"),
  pad("dyn", r(3, 4), [2, 3, 1, 2], mode="reflect", xs=(None, None), rs=(None, None)),
  pad("4d", r(1, 2, 4, 5), [0, 0, 1, 2, 0, 0, 2, 1], mode="reflect", xs=(None, 2, 4, 5),
      rs=(None, 2, 7, 8)),
  pad("1d wide", r(4), [6, 5], mode="wrap"),
  pad("dyn", r(3, 4), [1, 0, 2, 3], mode="wrap", xs=(None, 4), rs=(None, 7)),
]
# A pad value read at run time.
def runtime_ref(a, v): return np.pad(a, [(1, 0), (0, 2)], constant_values=v[()])
cases.append(Case("pad constant runtime value",
                  "%r = mcc.pad %a0 value %a1 {{pads = array<i64: 1, 0, 0, 2>, value = 0.0 : f32}} : ({T0}, {T1}) -> {R}",
                  [r(2, 3), np.array(7.25, np.float32)], runtime_ref,
                  arg_shapes=[(None, 3), ()], res_shape=(None, 5)))
if __name__ == "__main__":
    ok = run(cases, verbose="-v" in sys.argv)
    sys.exit(0 if ok else 1)
