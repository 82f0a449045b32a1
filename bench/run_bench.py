#!/usr/bin/env python3
"""Latency of mcc-compiled models beside ONNX Runtime, measured in the same run.

For each model (the end-to-end models of test/e2e/models.py), at batch 1 and each thread
count, it compiles with mcc, then alternates timed runs of mcc and ONNX Runtime (A B A B ...)
on the same inputs and reports medians and their ratio. Machines are noisy: read the ratio,
not the absolute times. The thread counts of every library are pinned explicitly.

With --vs-no-fuse, the same model is also compiled with `mcc --no-fuse` and timed in the
same interleaved rounds (A B C A B C ...); `fuse_speedup` is the unfused median over the
fused one, i.e. what the fusion passes gain.

    bench/run_bench.py [MODEL ...] [--threads 1,2] [--rounds 5] [--iters 20] [--vs-no-fuse]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "test" / "e2e"))

import numpy as np  # noqa: E402
import onnxruntime as ort  # noqa: E402

import models  # noqa: E402

DEFAULT_MODELS = ["mlp", "mnist_cnn", "resnet18", "lstm_sentiment", "gru2",
                  "transformer_encoder", "bert_tiny"]


def mcc_latency_ms(mcc_run, so, inputs, iters, threads):
    """Median latency of one mcc-run --bench call (its own warm-up and timing loop)."""
    args = [str(mcc_run), str(so), "--bench", str(iters), "--threads", str(threads)]
    for name, path in inputs.items():
        args += ["--input", f"{name}={path}"]
    env = dict(os.environ, MCC_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
               OPENBLAS_NUM_THREADS=str(threads))
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(f"mcc-run failed: {out.stderr.strip()}")
    match = re.search(r"latency_ms p50=([0-9.]+)", out.stdout)
    if not match:
        raise RuntimeError(f"mcc-run printed no latency: {out.stdout!r}")
    return float(match.group(1))


def ort_latency_ms(session, feeds, iters):
    for _ in range(3):
        session.run(None, feeds)
    times = []
    for _ in range(iters):
        start = time.perf_counter()
        session.run(None, feeds)
        times.append((time.perf_counter() - start) * 1e3)
    return float(np.median(times))


def bench_model(name, args, work):
    onnx_dir = work / name
    onnx_dir.mkdir(parents=True, exist_ok=True)
    specs = models.build(name, str(onnx_dir), image_size=args.image_size)
    model = onnx_dir / f"{name}.onnx"
    so = onnx_dir / f"{name}.so"
    subprocess.run([str(args.build / "bin" / "mcc"), str(model), "-o", str(so)], check=True,
                   timeout=900)
    unfused = onnx_dir / f"{name}-no-fuse.so"
    if args.vs_no_fuse:
        subprocess.run([str(args.build / "bin" / "mcc"), str(model), "-o", str(unfused),
                        "--no-fuse"], check=True, timeout=900)
    feeds = models.make_inputs(specs, batch=1)
    paths = {}
    for input_name, value in feeds.items():
        paths[input_name] = onnx_dir / f"{input_name}.npy"
        np.save(paths[input_name], value)
    for threads in args.threads:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        mcc_run = args.build / "bin" / "mcc-run"
        mcc_times, ort_times, unfused_times = [], [], []
        for _ in range(args.rounds):  # interleaved: A B (C) A B (C) ...
            mcc_times.append(mcc_latency_ms(mcc_run, so, paths, args.iters, threads))
            ort_times.append(ort_latency_ms(session, feeds, args.iters))
            if args.vs_no_fuse:
                unfused_times.append(mcc_latency_ms(mcc_run, unfused, paths, args.iters, threads))
        mcc_ms, ort_ms = float(np.median(mcc_times)), float(np.median(ort_times))
        line = (f"model {name} threads {threads} mcc_ms {mcc_ms:.3f} ort_ms {ort_ms:.3f} "
                f"mcc/ort {mcc_ms / ort_ms:.2f}")
        if args.vs_no_fuse:
            unfused_ms = float(np.median(unfused_times))
            line += f" no_fuse_ms {unfused_ms:.3f} fuse_speedup {unfused_ms / mcc_ms:.2f}"
        print(line, flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*", default=DEFAULT_MODELS)
    parser.add_argument("--build", type=Path, default=REPO / "build")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--iters", type=int, default=20)
    parser.add_argument("--image-size", type=int, default=224)
    parser.add_argument("--vs-no-fuse", action="store_true",
                        help="also time the model compiled with --no-fuse and print the "
                             "fused/unfused speedup")
    args = parser.parse_args()
    args.threads = [int(t) for t in args.threads.split(",")]
    with tempfile.TemporaryDirectory(prefix="mcc-bench-") as tmp:
        for name in args.models:
            try:
                bench_model(name, args, Path(tmp))
            except Exception as error:  # one broken model must not hide the others
                print(f"model {name} error {error}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
