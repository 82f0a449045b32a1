"""Writes the input of abi-run.mlir (or a wrongly shaped one), or checks the outputs mcc-run wrote for it."""
import sys

import numpy as np

x = (np.arange(3 * 8, dtype=np.float32) - 5.0).reshape(3, 8)
if sys.argv[1] == "input":
    np.save(sys.argv[2], x)
elif sys.argv[1] == "bad-input":
    np.save(sys.argv[2], x[:, :7])
else:
    out = sys.argv[2]
    y = np.load(f"{out}/y.npy")
    w = np.load(f"{out}/w.npy")
    bias = np.linspace(0.0, 1.0, 8, dtype=np.float32)
    assert y.shape == (3, 8) and y.dtype == np.float32, (y.shape, y.dtype)
    assert np.allclose(y, np.maximum(x + bias, 0.0)), y
    assert np.array_equal(w, bias.reshape(1, 8)), w
    print("outputs ok")
