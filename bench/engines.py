"""The engines bench/ times side by side, all on the same inputs at a pinned thread count.

Each engine times one block: a warm-up run (optional for engines that live in this process
and are already warm, to save minutes on slow runs), then `iters` runs; the block's median
latency in milliseconds. run_bench.py interleaves blocks of every engine (A B C D A B C D
...), so slow drift of the machine (other jobs, heat) lands on all engines alike.
"""
import os
import re
import subprocess
import time

import numpy as np


def pinned_env(threads):
    """The environment of a subprocess that must use `threads` threads in every library."""
    value = str(threads)
    return dict(os.environ, MCC_NUM_THREADS=value, OMP_NUM_THREADS=value,
                OPENBLAS_NUM_THREADS=value, MKL_NUM_THREADS=value)


def _median_ms(run, iters, warmup):
    if warmup:
        run()  # caches, lazily packed weights, the thread pool waking up
    times = []
    for _ in range(iters):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1e3)
    return float(np.median(times))


class Mcc:
    """A model compiled by mcc, run by `mcc-run --bench` in a fresh process per block (its
    own timing loop, so no Python overhead is counted). A fresh process is cold, so it always
    has its one warm-up run."""

    def __init__(self, mcc_run, library, input_paths, threads):
        self.args = [str(mcc_run), str(library), "--threads", str(threads), "--warmup", "1"]
        for name, path in input_paths.items():
            self.args += ["--input", f"{name}={path}"]
        self.env = pinned_env(threads)

    def block_ms(self, iters, warmup=True):  # `warmup` is moot: a fresh process always warms up
        out = subprocess.run(self.args + ["--bench", str(iters)], capture_output=True,
                             text=True, env=self.env, timeout=3600)
        if out.returncode != 0:
            raise RuntimeError(f"mcc-run failed: {out.stderr.strip()}")
        match = re.search(r"latency_ms p50=([0-9.]+)", out.stdout)
        if not match:
            raise RuntimeError(f"mcc-run printed no latency: {out.stdout!r}")
        return float(match.group(1))


class OnnxRuntime:
    """ONNX Runtime's CPU provider: intra-op threads pinned, one inter-op thread, every graph
    optimization on."""

    def __init__(self, model_path, feeds, threads):
        import onnxruntime as ort
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(model_path), options,
                                            providers=["CPUExecutionProvider"])
        self.feeds = feeds

    def block_ms(self, iters, warmup=True):
        return _median_ms(lambda: self.session.run(None, self.feeds), iters, warmup)


class TorchEager:
    """The torch module the ONNX file was exported from, run eagerly without autograd."""

    def __init__(self, module, args, threads):
        import torch
        self.torch, self.module, self.args, self.threads = torch, module.eval(), args, threads

    def _run(self):
        with self.torch.no_grad():
            self.module(*self.args)

    def block_ms(self, iters, warmup=True):
        # torch's intra-op pool is process-wide and ONNX Runtime's is its own: set it per block.
        self.torch.set_num_threads(self.threads)
        return _median_ms(self._run, iters, warmup)


class TorchScript(TorchEager):
    """The same module traced (torch.jit.trace) and frozen (torch.jit.freeze: weights inlined
    as constants, then folded), as it would be deployed without Python."""

    def __init__(self, module, args, threads):
        super().__init__(module, args, threads)
        torch = self.torch
        torch.set_num_threads(threads)
        with torch.no_grad():
            traced = torch.jit.trace(module.eval(), args, check_trace=False)
            self.module = torch.jit.freeze(traced.eval())
            for _ in range(2):  # the profiling executor specializes on the first runs
                self.module(*args)
