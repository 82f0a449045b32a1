"""Training-step latency of mcc beside PyTorch eager, same run (issue #6's speed bar).

    bench/train_bench.py [--threads 1,2] [--rounds 5] [--iters 10]
    (scripts/bench --train passes its arguments here)

For each model: the same torch module is exported to ONNX, compiled with `mcc --train` (SGD),
and stepped on the same batches by `mcc-run --train --bench` (a fresh process per block, its
own timing loop) and by torch eager (forward, loss, backward, optimizer step) in this
process, in interleaved blocks (mcc torch mcc torch ...). Each block's median goes into the
round's list; a line per model and thread count gives the medians over rounds:

    train NAME batch B threads T mcc_ms X torch_ms Y mcc/torch R

Models: the #2 MNIST CNN at batch 64 (cross-entropy) and BERT-tiny, the #2 BERT-style
encoder, at batch 8 (mse on its hidden states)."""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "test" / "e2e"))
import engines  # noqa: E402
import models  # noqa: E402


def captured(build, work):
    module = {}
    models.export_listener = lambda m, path: module.setdefault("m", m)
    build(work)
    models.export_listener = None
    return module["m"]


def mnist(work, batch):
    module = captured(models.build_mnist_cnn, work)
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, (4 * batch, 1, 28, 28)).astype(np.float32)
    y = rng.integers(0, 10, 4 * batch).astype(np.int64)
    loss = lambda out, t: nn.functional.nll_loss(torch.log(out), t)  # noqa: E731
    return module, os.path.join(work, "mnist_cnn.onnx"), {"input": x}, y, ["--loss=cross_entropy"], loss


def bert_tiny(work, batch):
    module = captured(models.build_bert_tiny, work)
    specs = [models.InputSpec("input_ids", "int64", ("N", 32), "ids", 1000),
             models.InputSpec("token_type_ids", "int64", ("N", 32), "token_type"),
             models.InputSpec("attention_mask", "int64", ("N", 32), "mask")]
    inputs = models.make_inputs(specs, 4 * batch, seed=1)
    targets = np.random.default_rng(2).standard_normal((4 * batch, 32, 64)).astype(np.float32)
    loss = lambda out, t: nn.functional.mse_loss(out[0], t)  # noqa: E731
    return module, os.path.join(work, "bert_tiny.onnx"), inputs, targets, ["--loss=mse"], loss


MODELS = {"mnist_cnn": (mnist, 64), "bert_tiny": (bert_tiny, 8)}


def torch_block(module, loss_fn, inputs, labels, batch, iters, threads):
    torch.set_num_threads(threads)
    optimizer = torch.optim.SGD(module.parameters(), lr=0.01)
    module.train()
    arrays = list(inputs.values())
    batches = len(labels) // batch

    def step(i):
        s = i % batches
        args = [torch.from_numpy(a[s * batch:(s + 1) * batch]) for a in arrays]
        target = torch.from_numpy(labels[s * batch:(s + 1) * batch])
        loss = loss_fn(module(*args), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    step(0)
    times = []
    for i in range(iters):
        start = time.perf_counter()
        step(i + 1)
        times.append((time.perf_counter() - start) * 1e3)
    return float(np.median(times))


def mcc_block(mcc_run, library, data, batch, iters, threads):
    out = subprocess.run([str(mcc_run), str(library), "--train", str(data), "--batch", str(batch),
                          "--bench", str(iters), "--warmup", "1", "--threads", str(threads)],
                         capture_output=True, text=True, env=engines.pinned_env(threads))
    match = re.search(r"train_step_ms p50=([0-9.]+)", out.stdout)
    if out.returncode != 0 or not match:
        raise RuntimeError(f"mcc-run --train --bench failed: {out.stderr.strip()}")
    return float(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*", default=list(MODELS))
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--iters", type=int, default=10)
    parser.add_argument("--build", type=Path, default=REPO / "build")
    args = parser.parse_args()
    mcc, mcc_run = args.build / "bin" / "mcc", args.build / "bin" / "mcc-run"
    with tempfile.TemporaryDirectory() as work:
        for name in args.models:
            make, batch = MODELS[name]
            module, onnx_path, inputs, labels, flags, loss_fn = make(work, batch)
            library = os.path.join(work, name + ".train.so")
            subprocess.run([str(mcc), onnx_path, "--train", "--optimizer=sgd", "--lr=0.01",
                            *flags, "-o", library], check=True)
            data = os.path.join(work, name + ".npz")
            np.savez(data, labels=labels, **inputs)
            for threads in [int(t) for t in args.threads.split(",")]:
                ours, theirs = [], []
                for _ in range(args.rounds):
                    ours.append(mcc_block(mcc_run, library, data, batch, args.iters, threads))
                    theirs.append(torch_block(module, loss_fn, inputs, labels, batch,
                                              args.iters, threads))
                m, t = float(np.median(ours)), float(np.median(theirs))
                print(f"train {name} batch {batch} threads {threads} mcc_ms {m:.2f} "
                      f"torch_ms {t:.2f} mcc/torch {m / t:.2f}", flush=True)


if __name__ == "__main__":
    main()
