#!/usr/bin/env python3
"""Latency of mcc-compiled models beside ONNX Runtime, PyTorch eager and TorchScript, measured
in the same run (issue #5), plus compile time and peak compiler memory, plus the kernel
microbenchmark (build/bin/mcc-bench-kernels) when it is built.

For each model (the reference models of bench/reference_models.py by default; any model of
test/e2e/models.py by name), at batch 1 and each thread count, it compiles with mcc, then
alternates timed blocks of every engine (A B C D A B C D ...) on the same inputs and prints

    compile NAME seconds S peak_rss_mb M
    model NAME threads T mcc_ms X ort_ms Y torch_ms Z torchscript_ms W mcc/ort R

(n/a where an engine could not run the model). Each value is the median over rounds of each
block's median; a block is a warm-up run and then enough runs to fill --block-seconds
(between --min-iters and --max-iters; no warm-up for in-process engines slower than that).
The thread count of every library is pinned. Ratios are only reported, never checked. A full
run writes the same tables to docs/performance.md; --quick (MobileNetV2 and the LSTM LM at
1 thread, 3 short rounds) takes about a minute and writes nothing unless --doc is given.

With --vs-no-fuse, the model is also compiled with `mcc --no-fuse` and timed in the same
rounds; `fuse_speedup` is the unfused median over the fused one.

    bench/run_bench.py [MODEL ...] [--quick] [--threads 1,2] [--rounds 5] [--vs-no-fuse]
"""
import argparse
import datetime
import gc
import math
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _threads_arg(argv):
    """The largest thread count asked for, read before numpy and torch are imported: their
    OpenMP/BLAS pools size themselves from the environment when they load."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--threads=") else (
            argv[i + 1] if arg == "--threads" and i + 1 < len(argv) else None)
        if value:
            return max(int(t) for t in value.split(","))
    return 1 if "--quick" in argv else 2


for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = str(_threads_arg(sys.argv[1:]))

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np  # noqa: E402

import engines  # noqa: E402
import reference_models  # noqa: E402
from mcc_compile import compile_model  # noqa: E402
from report import LatencyRow, Results, machine, write_markdown  # noqa: E402


def say(line):
    print(line, flush=True)


def run_kernel_bench(args, results):
    tool = args.build / "bin" / "mcc-bench-kernels"
    if not tool.exists():
        results.kernel_note = ("kernels not measured: build/bin/mcc-bench-kernels is not built "
                               "yet")
        say(results.kernel_note)
        return
    try:
        out = subprocess.run([str(tool)], capture_output=True, text=True,
                             timeout=args.kernel_timeout)
    except subprocess.TimeoutExpired:
        results.kernel_note = f"kernels error: mcc-bench-kernels ran past {args.kernel_timeout} s"
        say(results.kernel_note)
        return
    results.kernel_lines = [line for line in out.stdout.splitlines() if line.strip()]
    for line in results.kernel_lines:
        say(line)
    if out.returncode != 0:
        results.kernel_note = (f"kernels error: mcc-bench-kernels exited with {out.returncode}: "
                               f"{out.stderr.strip()[-500:]}")
        results.kernel_lines.append(results.kernel_note)
        say(results.kernel_note)


def iterations(args, single_ms):
    """(runs, warm-up?) per block: enough runs to fill --block-seconds, within [--min-iters,
    --max-iters]; a run longer than the whole block needs no warm-up run before it (the
    engine is warm from its calibration, and a cold cache is noise next to seconds)."""
    wanted = math.ceil(args.block_seconds * 1e3 / max(single_ms, 1e-3))
    return max(args.min_iters, min(args.max_iters, wanted)), single_ms < args.block_seconds * 1e3


def time_interleaved(name, threads, contenders, args, results):
    """contenders: engine name -> engine. Returns engine name -> median ms (None if it
    failed), the blocks of all engines interleaved round by round."""
    plan, times = {}, {}
    for engine, runner in list(contenders.items()):
        try:
            plan[engine] = iterations(args, runner.block_ms(1))  # calibration
            times[engine] = []
        except Exception as error:  # noqa: BLE001 - one engine failing must not hide others
            fail(results, f"model {name} threads {threads} {engine} error {error}")
            del contenders[engine]
    for _ in range(args.rounds):
        for engine, runner in list(contenders.items()):
            try:
                times[engine].append(runner.block_ms(*plan[engine]))
            except Exception as error:  # noqa: BLE001
                fail(results, f"model {name} threads {threads} {engine} error {error}")
                del contenders[engine]
                times[engine] = []
    return {engine: float(np.median(t)) if t else None for engine, t in times.items()}


def fail(results, line):
    results.errors.append(line)
    say(line)


def bench_model(name, args, work, results):
    exported = reference_models.export(name, work / name, image_size=args.image_size)
    mcc = args.build / "bin" / "mcc"
    library = work / name / f"{name}.so"
    try:
        cost = compile_model(mcc, exported.onnx_path, library)
        results.compiles.append((name, cost.seconds, cost.peak_rss_mb))
        say(f"compile {name} seconds {cost.seconds:.2f} peak_rss_mb {cost.peak_rss_mb:.0f}")
    except Exception as error:  # noqa: BLE001 - ONNX Runtime and torch still get measured
        fail(results, f"compile {name} error {error}")
        library = None
    unfused = work / name / f"{name}-no-fuse.so"
    if args.vs_no_fuse and library is not None:
        try:
            compile_model(mcc, exported.onnx_path, unfused, ["--no-fuse"])
        except Exception as error:  # noqa: BLE001
            fail(results, f"compile {name} --no-fuse error {error}")
            unfused = None
    input_paths = {}
    for input_name, value in exported.feeds.items():
        input_paths[input_name] = work / name / f"{input_name}.npy"
        np.save(input_paths[input_name], value)

    torchscript = None
    if exported.torch_module is not None:
        try:
            torchscript = engines.TorchScript(exported.torch_module, exported.torch_args,
                                              args.threads[0])
        except Exception as error:  # noqa: BLE001
            fail(results, f"model {name} torchscript error {error}")

    mcc_run = args.build / "bin" / "mcc-run"
    for threads in args.threads:
        contenders = {}
        if library is not None:
            contenders["mcc"] = engines.Mcc(mcc_run, library, input_paths, threads)
        try:
            contenders["ort"] = engines.OnnxRuntime(exported.onnx_path, exported.feeds, threads)
        except Exception as error:  # noqa: BLE001
            fail(results, f"model {name} threads {threads} ort error {error}")
        if exported.torch_module is not None:
            contenders["torch"] = engines.TorchEager(exported.torch_module,
                                                     exported.torch_args, threads)
        if torchscript is not None:
            torchscript.threads = threads
            contenders["torchscript"] = torchscript
        if args.vs_no_fuse and library is not None and unfused is not None:
            contenders["no_fuse"] = engines.Mcc(mcc_run, unfused, input_paths, threads)
        ms = time_interleaved(name, threads, contenders, args, results)
        row = LatencyRow(name, threads, ms, no_fuse_ms=ms.get("no_fuse"),
                         show_no_fuse=args.vs_no_fuse)
        results.rows.append(row)
        say(row.line())
        contenders.clear()
        gc.collect()


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*",
                        help=f"default: {' '.join(reference_models.REFERENCE)}; --quick: "
                             f"{' '.join(reference_models.QUICK)}; or any model of "
                             "test/e2e/models.py")
    parser.add_argument("--quick", action="store_true",
                        help="a few minutes: the --quick models at 1 thread, 3 short rounds, "
                             "docs/performance.md left alone unless --doc is given")
    parser.add_argument("--build", type=Path, default=REPO / "build")
    parser.add_argument("--threads", help="comma-separated thread counts (default 1,2; "
                                          "--quick: 1)")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 5; --quick: 3)")
    parser.add_argument("--block-seconds", type=float,
                        help="time to fill per engine per round (default 2; --quick: 0.5)")
    parser.add_argument("--min-iters", type=int, default=1,
                        help="fewest runs per block (default 1: the rounds give the median "
                             "its samples when one run takes seconds)")
    parser.add_argument("--max-iters", type=int, help="default 20; --quick: 5")
    parser.add_argument("--image-size", type=int, help="resnet18's input size (the small "
                                                       "e2e model; the reference CNNs are 224)")
    parser.add_argument("--vs-no-fuse", action="store_true",
                        help="also time the model compiled with --no-fuse and print the "
                             "fused/unfused speedup")
    parser.add_argument("--doc", type=Path,
                        help="write the tables here (default: docs/performance.md, except "
                             "with --quick)")
    parser.add_argument("--no-doc", action="store_true", help="write no markdown")
    parser.add_argument("--no-kernels", action="store_true",
                        help="skip build/bin/mcc-bench-kernels")
    parser.add_argument("--kernel-timeout", type=int,
                        help="seconds for mcc-bench-kernels (default 900; --quick: 300)")
    parser.add_argument("--work", type=Path, help="keep exported models and libraries here "
                                                  "(default: a temporary directory)")
    args = parser.parse_args()
    quick = args.quick
    args.models = args.models or (reference_models.QUICK if quick
                                  else list(reference_models.REFERENCE))
    known = {**reference_models.REFERENCE, **reference_models.models.ALL_MODELS}
    unknown = [name for name in args.models if name not in known]
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}; known: {', '.join(known)}")
    args.threads = [int(t) for t in (args.threads or ("1" if quick else "1,2")).split(",")]
    args.rounds = args.rounds or (3 if quick else 5)
    args.block_seconds = args.block_seconds or (0.5 if quick else 2.0)
    args.max_iters = args.max_iters or (5 if quick else 20)
    args.kernel_timeout = args.kernel_timeout or (300 if quick else 900)
    doc = None if args.no_doc else args.doc or (None if quick else REPO / "docs" /
                                                "performance.md")

    import torch
    torch.set_num_interop_threads(1)  # ONNX Runtime's inter_op is 1 too

    results = Results(command="scripts/bench " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
                      started=datetime.datetime.now(datetime.timezone.utc), machine=machine(),
                      quick=quick)
    say(f"machine cpu {results.machine['cpu']!r} cores {os.cpu_count()} "
        f"date {results.started:%Y-%m-%dT%H:%MZ} "
        f"load {results.machine['load average at start'].split()[0]}")
    try:
        if not args.no_kernels:
            run_kernel_bench(args, results)
        with tempfile.TemporaryDirectory(prefix="mcc-bench-") as tmp:
            work = args.work or Path(tmp)
            for name in args.models:
                try:
                    bench_model(name, args, work, results)
                except Exception as error:  # noqa: BLE001 - one broken model must not hide
                    fail(results, f"model {name} error {error}")
                gc.collect()
                if name == "gpt2":
                    for row, why in reference_models.NOT_MEASURED.items():
                        line = f"model {row} not measured yet: {why}"
                        results.not_measured.append(line)
                        say(line)
    finally:
        if doc is not None:
            write_markdown(results, doc)
            say(f"wrote {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
