"""Scores the trained digits model two ways: mcc's inference library (its logits, from
mcc-run) and ONNX Runtime on the ONNX file `mcc --emit=onnx --weights` wrote. Prints each
accuracy and fails unless both reach 95% and agree on every prediction.

    check_digits.py TEST.npz MCC_LOGITS.npy TRAINED.onnx"""
import sys

import numpy as np
import onnxruntime as ort

test = np.load(sys.argv[1])
mcc_logits = np.load(sys.argv[2])
session = ort.InferenceSession(sys.argv[3], providers=["CPUExecutionProvider"])
ort_logits = session.run(None, {"input": test["input"]})[0]
labels = test["labels"]
for name, logits in (("mcc", mcc_logits), ("onnxruntime", ort_logits)):
    print(f"{name} accuracy {(logits.argmax(1) == labels).mean():.4f}")
    if (logits.argmax(1) == labels).mean() < 0.95:
        sys.exit(f"{name}: test accuracy below 95%")
if not np.array_equal(mcc_logits.argmax(1), ort_logits.argmax(1)):
    sys.exit("mcc and ONNX Runtime disagree on the trained model")
print(f"max_abs_diff {np.abs(mcc_logits - ort_logits).max():.2e}")
