"""Writes what the training demo needs into OUT_DIR: digits_cnn.onnx, a small CNN with
random (seeded) weights exported by torch, and scikit-learn's bundled handwritten digits
(8x8 images, 1,797 samples; nothing is downloaded) split 80/20 into digits_train.npz and
digits_test.npz (arrays `input` [N, 1, 8, 8] f32 in [0, 1] and `labels` [N] i64), plus the
test split as digits_test_input.npy / digits_test_labels.npy for the inference example.

    python examples/digits/make_digits.py OUT_DIR
"""
import os
import sys
import warnings

import numpy as np
import torch
import torch.nn as nn
from sklearn.datasets import load_digits

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

digits = load_digits()
images = (digits.images / 16.0).astype(np.float32)[:, None, :, :]
labels = digits.target.astype(np.int64)
order = np.random.default_rng(0).permutation(len(labels))
split = int(0.8 * len(labels))
train, test = order[:split], order[split:]
np.savez(os.path.join(out, "digits_train.npz"), input=images[train], labels=labels[train])
np.savez(os.path.join(out, "digits_test.npz"), input=images[test], labels=labels[test])
np.save(os.path.join(out, "digits_test_input.npy"), images[test])
np.save(os.path.join(out, "digits_test_labels.npy"), labels[test])

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),   # 8 -> 4
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 4 -> 2
    nn.Flatten(), nn.Linear(32 * 2 * 2, 64), nn.ReLU(), nn.Linear(64, 10))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    torch.onnx.export(model, torch.zeros(1, 1, 8, 8), os.path.join(out, "digits_cnn.onnx"),
                      input_names=["input"], output_names=["logits"],
                      dynamic_axes={"input": {0: "N"}, "logits": {0: "N"}}, opset_version=17)
print(f"digits: {len(train)} training and {len(test)} test images, model digits_cnn.onnx")
