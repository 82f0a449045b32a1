"""Exports LayerNorm, GELU (erf and tanh), SiLU and a conv followed by a constant
per-channel scale and shift with torch at opset 16, where all of them are
decomposed; compiles with mcc; checks that the graph stage recomposed and folded
them (mcc --stats op counts) and that mcc-run matches ONNX Runtime."""
import os
import subprocess
import sys

import numpy as np
import onnxruntime as ort
import torch

mcc, mcc_run, work = sys.argv[1], sys.argv[2], sys.argv[3]
extra = sys.argv[4:]
os.makedirs(work, exist_ok=True)
torch.manual_seed(0)


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 3, padding=1)
        self.scale = torch.nn.Parameter(torch.rand(1, 8, 1, 1) + 0.5)
        self.shift = torch.nn.Parameter(torch.randn(1, 8, 1, 1))
        self.norm = torch.nn.LayerNorm(16)
        with torch.no_grad():
            self.norm.weight.uniform_(0.5, 1.5)
            self.norm.bias.uniform_(-0.5, 0.5)

    def forward(self, x):
        y = self.conv(x) * self.scale + self.shift          # [N, 8, 4, 4]
        y = self.norm(y.reshape(y.shape[0], 8, 16))        # [N, 8, 16]
        a = torch.nn.functional.gelu(y)
        b = torch.nn.functional.gelu(y, approximate="tanh")
        c = torch.nn.functional.silu(y)
        return a + b * c


path = os.path.join(work, "recompose.onnx")
with torch.no_grad():
    torch.onnx.export(Model().eval(), (torch.randn(2, 3, 4, 4),), path, opset_version=16,
                      input_names=["x"], output_names=["y"], dynamic_axes={"x": {0: "N"}},
                      do_constant_folding=True)

so = os.path.join(work, "recompose.so")
stats = subprocess.run([mcc, path, "-o", so, "--stats"] + extra, capture_output=True, text=True,
                       check=True).stdout
counts = {line.split()[1]: int(line.split()[2]) for line in stats.splitlines()
          if line.startswith("op-count")}
for gone in ["mcc.reduce_mean", "mcc.sqrt", "mcc.pow", "mcc.erf", "mcc.tanh", "mcc.sigmoid"]:
    assert gone not in counts, f"{gone} left: {counts}"
assert counts.get("mcc.layer_norm") == 1, counts
# The conv's scale and shift went into its weights: what is left is a + b * c.
assert counts.get("mcc.mul", 0) <= 1 and counts.get("mcc.add", 0) <= 1, counts
print("recomposed:", " ".join(f"{k}={v}" for k, v in sorted(counts.items())))

x = np.random.default_rng(0).standard_normal((3, 3, 4, 4)).astype(np.float32)
np.save(os.path.join(work, "x.npy"), x)
subprocess.run([mcc_run, so, "--input", "x=" + os.path.join(work, "x.npy"), "--output-dir", work],
               check=True, capture_output=True)
got = np.load(os.path.join(work, "y.npy"))
want = ort.InferenceSession(path, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
diff = float(np.abs(got - want).max())
assert np.allclose(got, want, rtol=1e-4, atol=1e-5), diff
print(f"recomposed graph matches ONNX Runtime (max abs diff {diff:.2e})")
