#!/usr/bin/env python3
"""End-to-end numerical test: every model in models.py is exported to ONNX, compiled with
`mcc`, run with `mcc-run` at batch 1 and 4 on seeded random inputs, and each output is
compared with ONNX Runtime's on the same inputs (shape, dtype, and
np.allclose(rtol=1e-3, atol=1e-4)).

    test/e2e/run_e2e.py                       # all models, tools from ./build
    test/e2e/run_e2e.py mlp bert_tiny --build build-debug --work /tmp/e2e
    test/e2e/run_e2e.py --list-ops            # op types, opsets, shape subgraphs, RNN attrs
    test/e2e/run_e2e.py --suite full          # also the real-sized models (scripts/models)

Prints one line per model and batch, `PASS name batch=B max_abs_diff=...` or
`FAIL name batch=B: reason` (followed by indented tool output), then a table of timings,
and ends with exactly `N passed, M failed`. Exit status: 0 if nothing failed, 1 otherwise, 2 on bad arguments.
"""

import argparse
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import List, Optional

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

# Run from a shell without the project's venv (scripts/setup)? Re-run under it.
_VENV_PYTHON = REPO / ".venv" / "bin" / "python"
if importlib.util.find_spec("onnxruntime") is None and _VENV_PYTHON.is_file() \
        and Path(sys.executable) != _VENV_PYTHON:
    os.execv(str(_VENV_PYTHON), [str(_VENV_PYTHON), __file__] + sys.argv[1:])

import numpy as np  # noqa: E402

import models  # noqa: E402
import onnx_report  # noqa: E402
from models import BATCH  # noqa: E402

RTOL, ATOL = 1e-3, 1e-4
TAIL_LINES = 15


class CaseFailure(Exception):
    """A failure with a one-line reason and optional tool output to show under it."""

    def __init__(self, reason: str, detail: str = "", keep_files: bool = True):
        super().__init__(reason)
        self.reason, self.detail = reason, detail
        self.keep_files = keep_files  # worth keeping the work dir to debug this



def output_file_stem(name):
    """The file name mcc-run gives an output: characters outside [A-Za-z0-9._-] become '_'."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)

def tail(text: str, lines: int = TAIL_LINES) -> str:
    kept = [line for line in text.strip().splitlines()][-lines:]
    return "\n".join("    | " + line for line in kept)


def run_tool(what: str, cmd: List[str], timeout: float, verbose: bool) -> float:
    """Runs cmd; raises CaseFailure on a non-zero exit, a signal or a timeout. Returns the
    wall time in seconds."""
    if verbose:
        print("  $ " + " ".join(cmd), flush=True)
    start = time.monotonic()
    try:
        # A session of its own, so a timeout kills the tool's children (a linker) too.
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, errors="replace", start_new_session=True)
    except OSError as e:
        raise CaseFailure(f"{what} could not start: {e}")
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        raise CaseFailure(f"{what} timed out after {timeout:g} s", tail(stderr or stdout))
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        if proc.returncode < 0:
            try:
                status = f"was killed by {signal.Signals(-proc.returncode).name}"
            except ValueError:
                status = f"was killed by signal {-proc.returncode}"
        else:
            status = f"exited with {proc.returncode}"
        raise CaseFailure(f"{what} {status}", tail(stderr or stdout))
    return elapsed


def compare(name: str, got: np.ndarray, expected: np.ndarray) -> float:
    """Returns max |got - expected|; raises CaseFailure on any mismatch."""
    if got.dtype != expected.dtype:
        raise CaseFailure(f"output {name}: dtype {got.dtype}, expected {expected.dtype}")
    if got.shape != expected.shape:
        raise CaseFailure(f"output {name}: shape {list(got.shape)}, "
                          f"expected {list(expected.shape)}")
    if got.size == 0:
        return 0.0
    if not np.issubdtype(expected.dtype, np.floating):
        wrong = np.flatnonzero(got != expected)
        if wrong.size:
            i = np.unravel_index(wrong[0], got.shape)
            raise CaseFailure(f"output {name}: {wrong.size} of {got.size} elements differ, "
                              f"first at {list(i)}: {got[i]} vs {expected[i]}")
        return 0.0
    g64, e64 = got.astype(np.float64), expected.astype(np.float64)
    diff = np.abs(g64 - e64)
    max_diff = float(np.nanmax(diff)) if not np.isnan(diff).all() else float("nan")
    close = np.isclose(g64, e64, rtol=RTOL, atol=ATOL)
    if not close.all():
        bad = np.flatnonzero(~close)
        i = np.unravel_index(bad[0], got.shape)
        raise CaseFailure(
            f"output {name}: {bad.size} of {got.size} elements outside rtol={RTOL:g} "
            f"atol={ATOL:g}, max_abs_diff={max_diff:.3g}, first at {list(i)}: "
            f"{got[i]!r} vs {expected[i]!r}")
    return max_diff


class Runner:
    def __init__(self, args):
        self.args = args
        build = Path(args.build)
        self.mcc = build / "bin" / "mcc"
        self.mcc_run = build / "bin" / "mcc-run"
        self.passed = self.failed = 0
        self.keep_files = False
        # (model, case label, export s, compile s, mcc-run s, onnxruntime s); None = not run
        self.timings = []

    def report(self, name: str, label: str, error: Optional[CaseFailure] = None,
               max_diff: float = 0.0) -> None:
        if error is None:
            self.passed += 1
            print(f"PASS {name} {label} max_abs_diff={max_diff:.3g}", flush=True)
        else:
            self.failed += 1
            self.keep_files |= error.keep_files
            print(f"FAIL {name} {label}: {error.reason}", flush=True)
            if error.detail:
                print(error.detail, flush=True)

    def cases(self, name: str):
        """The dim sizes of each case: {BATCH: b, and any other symbolic dim}. The full
        suite's models have their own (models.FULL_CASES); --batches overrides the batch."""
        default = models.FULL_CASES.get(name)
        if default is None:
            return [{BATCH: b} for b in (self.args.batches or [1, 4])]
        if not self.args.batches:
            return default
        others = []
        for case in default:
            rest = {k: v for k, v in case.items() if k != BATCH}
            if rest not in others:
                others.append(rest)
        return [dict(rest, **{BATCH: b}) for b in self.args.batches for rest in others]

    @staticmethod
    def label(case) -> str:
        return " ".join([f"batch={case[BATCH]}"] +
                        [f"{k}={v}" for k, v in case.items() if k != BATCH])

    def run_model(self, name: str, work: Path) -> None:
        """Runs one model at every case (batch size), reporting one line per case. A
        failure before the cases diverge (export, compile) is reported once per case, so
        the number of cases does not depend on where things broke."""
        cases = self.cases(name)
        work.mkdir(parents=True, exist_ok=True)
        self.export_s = self.compile_s = None
        try:
            onnx_path, so_path, specs = self.prepare(name, work)
        except Exception as e:
            if not isinstance(e, CaseFailure):
                e = CaseFailure("test harness error", tail(traceback.format_exc()))
            for case in cases:
                self.report(name, self.label(case), e)
                self.timings.append((name, self.label(case), self.export_s, self.compile_s,
                                     None, None))
            return
        for case in cases:
            self.run_s = self.ort_s = None
            try:
                self.report(name, self.label(case), max_diff=self.run_batch(
                    name, onnx_path, so_path, specs, case, work))
            except CaseFailure as e:
                self.report(name, self.label(case), e)
            except Exception:
                self.report(name, self.label(case), CaseFailure(
                    "test harness error", tail(traceback.format_exc())))
            self.timings.append((name, self.label(case), self.export_s, self.compile_s,
                                 self.run_s, self.ort_s))

    def print_timings(self) -> None:
        def fmt(seconds):
            return "-" if seconds is None else f"{seconds:.2f}"
        print("timings (s, wall, rough: one run each; mcc-run includes loading the library "
              "and the .npy files, onnxruntime is session.run alone):")
        print(f"  {'model':<22} {'case':<18} {'export':>8} {'compile':>8} {'mcc-run':>8} "
              f"{'ort':>8}")
        for name, label, export_s, compile_s, run_s, ort_s in self.timings:
            print(f"  {name:<22} {label:<18} {fmt(export_s):>8} {fmt(compile_s):>8} "
                  f"{fmt(run_s):>8} {fmt(ort_s):>8}")

    def prepare(self, name: str, work: Path):
        start = time.monotonic()
        try:
            specs = models.build(name, str(work), image_size=self.args.image_size)
        except Exception:
            raise CaseFailure("exporting the model failed", tail(traceback.format_exc()),
                              keep_files=False)
        self.export_s = time.monotonic() - start
        onnx_path = work / f"{name}.onnx"
        so_path = work / f"{name}.so"
        if not self.mcc.is_file():
            raise CaseFailure(f"{self.mcc} not found (build the compiler: scripts/build)",
                              keep_files=False)
        seconds = run_tool("mcc", [str(self.mcc), str(onnx_path), "-o", str(so_path)]
                           + self.args.mcc_arg, self.args.timeout, self.args.verbose)
        self.compile_s = seconds
        if self.args.verbose:
            print(f"  compiled {name} in {seconds:.1f} s", flush=True)
        if not so_path.is_file():
            raise CaseFailure(f"mcc exited with 0 but wrote no {so_path.name}")
        return onnx_path, so_path, specs

    def run_batch(self, name: str, onnx_path: Path, so_path: Path, specs, dims,
                  work: Path) -> float:
        batch = dims[BATCH]
        case = work / "_".join([f"batch{batch}"] + [f"{k}{v}" for k, v in dims.items()
                                                     if k != BATCH])
        out_dir = case / "mcc"
        shutil.rmtree(case, ignore_errors=True)
        out_dir.mkdir(parents=True)
        inputs = models.make_inputs(specs, batch, seed=batch, dims=dims)
        input_args = []
        for input_name, value in inputs.items():
            path = case / f"{input_name}.npy"
            np.save(path, value)
            input_args += ["--input", f"{input_name}={path}"]
        try:
            expected = timed_reference(str(onnx_path), inputs, self)
        except Exception as e:
            raise CaseFailure(f"onnxruntime reference failed: {e}".splitlines()[0])
        if not self.mcc_run.is_file():
            raise CaseFailure(f"{self.mcc_run} not found (build it: scripts/build)",
                              keep_files=False)
        seconds = run_tool("mcc-run", [str(self.mcc_run), str(so_path)] + input_args
                           + ["--output-dir", str(out_dir)], self.args.timeout,
                           self.args.verbose)
        self.run_s = seconds
        if self.args.verbose:
            print(f"  ran {name} batch={batch} in {seconds:.2f} s", flush=True)
        max_diff = 0.0
        for output_name, want in expected.items():
            path = out_dir / f"{output_file_stem(output_name)}.npy"
            if not path.is_file():
                written = sorted(p.name for p in out_dir.iterdir())
                raise CaseFailure(f"mcc-run wrote no {path.name} (wrote: "
                                  f"{', '.join(written) or 'nothing'})")
            try:
                got = np.load(path)
            except Exception as e:
                raise CaseFailure(f"cannot read {path.name}: {e}")
            max_diff = max(max_diff, compare(output_name, got, want))
        return max_diff


def timed_reference(onnx_path: str, inputs, timing: Runner):
    """ort_run.run_reference, also timing one session.run (after the one that gives the
    reference) into timing.ort_s."""
    import onnxruntime
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # errors only
    session = onnxruntime.InferenceSession(onnx_path, options, providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    result = dict(zip(names, session.run(names, inputs)))
    start = time.monotonic()
    session.run(names, inputs)
    timing.ort_s = time.monotonic() - start
    return result


def list_ops(names: List[str], work: Path, image_size: Optional[int]) -> int:
    status = 0
    for name in names:
        try:
            models.build(name, str(work), image_size=image_size)
            print(onnx_report.describe(str(work / f"{name}.onnx"), name), flush=True)
        except Exception:
            print(f"== {name}: export failed\n{tail(traceback.format_exc())}", flush=True)
            status = 1
    return status


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Compile ONNX models with mcc and compare mcc-run against ONNX Runtime.")
    parser.add_argument("models", nargs="*", metavar="MODEL",
                        help=f"models to test (default: the suite's): "
                             f"{', '.join(models.ALL_MODELS)}")
    parser.add_argument("--suite", choices=["fast", "full"], default="fast",
                        help="fast (default): the small models of scripts/test; full: also "
                             "the real-sized ones (CNNs, RNN LMs, BERT-base, GPT-2, ViT, "
                             "old-opset models), at batch 1 (and 2 where cheap)")
    parser.add_argument("--build", default=str(REPO / "build"), metavar="DIR",
                        help="build directory holding bin/mcc and bin/mcc-run "
                             "(default: %(default)s)")
    parser.add_argument("--work", metavar="DIR",
                        help="keep models, inputs and outputs here (default: a temporary "
                             "directory, removed unless something failed)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="limit for each mcc compile and each mcc-run (default: 300; "
                             "1800 with --suite full)")
    parser.add_argument("--batches", metavar="B,B",
                        help="batch sizes to run (default: 1,4; the full suite's models "
                             "have their own, see models.FULL_CASES)")
    parser.add_argument("--image-size", type=int, default=64, metavar="PX",
                        help="resnet18 input height and width (default: 64)")
    parser.add_argument("--mcc-arg", action="append", default=[], metavar="ARG",
                        help="extra argument for mcc, e.g. --mcc-arg=-O0 (repeatable)")
    parser.add_argument("--list-ops", action="store_true",
                        help="export the models and describe them (ops, opset, shape "
                             "subgraphs, RNN attributes) instead of testing")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print tool command lines and timings")
    args = parser.parse_args(argv)
    unknown = [m for m in args.models if m not in models.ALL_MODELS]
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}; "
                     f"known: {', '.join(models.ALL_MODELS)}")
    if args.timeout is None:
        args.timeout = 1800 if args.suite == "full" else 300
    try:
        if args.batches is not None:
            args.batches = [int(b) for b in args.batches.split(",")]
            assert args.batches and all(b > 0 for b in args.batches)
    except (ValueError, AssertionError):
        parser.error("--batches wants positive integers separated by commas")
    args.build = os.path.abspath(args.build)
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    names = args.models or list(models.MODELS if args.suite == "fast" else models.ALL_MODELS)
    work = Path(args.work).resolve() if args.work else \
        Path(tempfile.mkdtemp(prefix="mcc-e2e-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.list_ops:
        status = list_ops(names, work, args.image_size)
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
        return status

    runner = Runner(args)
    for name in names:
        runner.run_model(name, work / name)
    if not args.work:
        if runner.keep_files:
            print(f"(models, inputs and outputs kept in {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    runner.print_timings()
    print(f"{runner.passed} passed, {runner.failed} failed", flush=True)
    return 1 if runner.failed else 0


if __name__ == "__main__":
    sys.exit(main())
