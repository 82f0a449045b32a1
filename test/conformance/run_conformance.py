#!/usr/bin/env python3
"""ONNX backend conformance for mcc: every node test of the installed onnx (or any folder
in the same layout) is compiled with `mcc` and each of its data sets run with `mcc-run`,
twice: as is, and as `<case>[dynamic]` with every graph input dim made dynamic.

    scripts/conformance                        # all ~1,900 node cases x 2 variants
    scripts/conformance --fast                 # the cases in test/conformance/fast.txt
    scripts/conformance --filter 'conv|pool'   # names matching a regex (re.search)
    scripts/conformance path/to/cases ...      # other folders of cases (or one case)

Each result is pass, fail (a clean error), mismatch (wrong numbers, shape or dtype), crash
or hang. Failures listed in expectations.txt are expected; the exit status is 1 on any
other failure, any crash and any hang, else 0 (2: bad arguments). The last line on stdout
is `N passed, M failed`, over all cases and variants. A full run (default cases, no
--filter/--fast) also rewrites docs/conformance.md. See test/conformance/README.md.
"""

import argparse
import concurrent.futures
import fcntl
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

# Started from a Python without onnx (a bare `python3`)? Re-run under the project venv.
_VENV_PYTHON = REPO / ".venv" / "bin" / "python"
if importlib.util.find_spec("onnx") is None and _VENV_PYTHON.is_file() \
        and Path(sys.executable) != _VENV_PYTHON:
    os.execv(str(_VENV_PYTHON), [str(_VENV_PYTHON), __file__] + sys.argv[1:])

import numpy as np  # noqa: E402
import onnx  # noqa: E402

import cases as casesmod  # noqa: E402
import classify  # noqa: E402
import expectations as expmod  # noqa: E402
import node_data  # noqa: E402
import report  # noqa: E402
from classify import CRASH, FAIL, HANG, MISMATCH, PASS  # noqa: E402

RTOL, ATOL = 1e-3, 1e-5
BUILD_LOCK = "/tmp/mcc-build.lock"  # held by scripts/build while it builds
STATIC, DYNAMIC = "static", "dynamic"


@dataclass
class Result:
    name: str                  # test_abs or test_abs[dynamic]
    case: str
    variant: str               # static | dynamic
    op: str                    # the op the case tests
    status: str                # pass fail mismatch crash hang
    category: str = ""         # why it failed: unsupported-op, numerics, crash...
    reason: str = ""           # short, e.g. 'Resize is not supported'
    message: str = ""          # the first error line, or the mismatch
    detail: List[str] = field(default_factory=list)  # first stderr lines
    max_abs_diff: Optional[float] = None
    unsupported_ops: List[str] = field(default_factory=list)  # all the ops mcc named
    seconds: float = 0.0
    expected: str = ""         # the expectations entry, '<category>: <reason>', if listed
    folded: List[str] = field(default_factory=list)  # attribute-like inputs made initializers


def output_file_stem(name: str) -> str:
    """The file name mcc-run gives an output: characters outside [A-Za-z0-9._-] become '_'."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


class Context:
    """What every case needs: tool paths, limits, tolerances. Shared by the worker threads;
    read-only once built."""

    def __init__(self, args, tools: Path, work: Path, exp: expmod.Expectations):
        self.mcc = tools / "bin" / "mcc"
        self.mcc_run = tools / "bin" / "mcc-run"
        self.work = work
        self.args = args
        self.exp = exp
        self.env = dict(os.environ)
        lib = str(tools / "lib")
        self.env["LD_LIBRARY_PATH"] = lib + (":" + self.env["LD_LIBRARY_PATH"]
                                             if self.env.get("LD_LIBRARY_PATH") else "")
        self.env["MCC_NUM_THREADS"] = str(args.threads)


def _link_external_data(model: onnx.ModelProto, case_dir: Path, work: Path) -> None:
    """A rewritten model saved in `work` still finds the weights its original kept in
    files next to it: hard links (mcc refuses symlinks that lead out of the model's
    folder), else copies."""
    for tensor in model.graph.initializer:
        if tensor.data_location != onnx.TensorProto.EXTERNAL:
            continue
        for entry in tensor.external_data:
            if entry.key == "location":
                src, dst = case_dir / entry.value, work / entry.value
                if src.is_file() and not dst.exists():
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    try:
                        os.link(src, dst)
                    except OSError:
                        shutil.copy2(src, dst)


def run_variant(case: casesmod.Case, variant: str, ctx: Context) -> Result:
    name = case.name if variant == STATIC else f"{case.name}[dynamic]"
    result = Result(name, case.name, variant, casesmod.op_from_name(case.name) or "(unknown)",
                    FAIL)
    start = time.monotonic()
    work = ctx.work / output_file_stem(case.name) / variant
    try:
        _run(case, variant, ctx, work, result)
    except Exception:  # the runner's own bug: report it as a failure, never stop the run
        trace = traceback.format_exc().strip().splitlines()
        result.status, result.category = FAIL, "runner-error"
        result.reason = trace[-1][:160]
        result.message = f"runner: {trace[-1]}"
        result.detail = trace[-8:]
    result.seconds = round(time.monotonic() - start, 3)
    result.expected = expmod.describe(ctx.exp.failures.get(name))
    if result.status == PASS and not ctx.args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return result


def _fail(result: Result, status: str, category: str, reason: str, message: str,
          detail: Optional[List[str]] = None) -> None:
    result.status, result.category, result.reason = status, category, reason
    result.message, result.detail = message, detail or []


def _tool_failure(result: Result, tool: str, run: classify.ToolRun) -> None:
    line = classify.first_error_line(run.stderr)
    message = f"{tool} {run.how}" + (f": {line}" if line else "")
    detail = classify.head(run.stderr)
    if run.status == CRASH:
        frames = classify.crash_frames(run.stderr, 2)
        where = f" in {' <- '.join(frames)}" if frames else ""
        message = f"{tool} {run.how}{where}" + (f": {line}" if line else "")
        _fail(result, CRASH, "crash", f"{tool} {run.how}{where}"[:160], message,
              classify.crash_detail(run.stderr))
    elif run.status == HANG:
        _fail(result, HANG, "hang", f"{tool} {run.how}", message, detail)
    elif tool == "mcc":
        category, reason = classify.reason_for_error(line, run.stderr)
        _fail(result, FAIL, category, reason, message, detail)
        result.unsupported_ops = classify.unsupported_ops(run.stderr)
    else:
        _fail(result, FAIL, "run-error", (line.split("error: ", 1)[-1] or run.how)[:160],
              message, detail)


def _fold_attribute_like_inputs(model: onnx.ModelProto, data_sets: List[Path],
                                result: Result):
    """Folds the graph inputs that feed only attribute-like operand slots (axes, shapes,
    pads...: casesmod.ATTRIBUTE_LIKE_SLOTS) into initializers holding the test data's value,
    when every data set gives the same value. Records the names in result.folded. Returns
    the model to compile and the data sets already read, without the folded inputs
    ({} when nothing is folded: the data sets are read later, as for any case)."""
    names = casesmod.attribute_like_inputs(model)
    if not names or not data_sets:
        return model, {}
    try:
        loaded = {d: casesmod.load_data_set(model, d) for d in data_sets}
    except casesmod.Untestable:
        return model, {}  # reported when the data sets are read after compiling
    values: Dict[str, np.ndarray] = {}
    for name in names:
        first = loaded[data_sets[0]][0].get(name)
        if first is None or any(
                name not in ins or ins[name].dtype != first.dtype
                or ins[name].shape != first.shape or not np.array_equal(ins[name], first)
                for ins, _ in loaded.values()):
            continue  # the data sets differ: it stays a runtime input
        values[name] = first
    if not values:
        return model, {}
    result.folded = sorted(values)
    for ins, _ in loaded.values():
        for name in values:
            del ins[name]
    return casesmod.fold_inputs(model, values), loaded


def _run(case: casesmod.Case, variant: str, ctx: Context, work: Path, result: Result) -> None:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        model = onnx.load(str(case.model_path), load_external_data=False)
    except Exception as e:
        # Still worth a compile: mcc must reject a broken file without crashing.
        run = classify.run_tool([str(ctx.mcc), str(case.model_path), "-o",
                                 str(work / "model.so")], ctx.args.compile_timeout, ctx.env)
        if run.status in (CRASH, HANG):
            _tool_failure(result, "mcc", run)
        else:
            _fail(result, FAIL, "bad-model", f"{case.model_path.name} is not a ModelProto",
                  f"runner: cannot parse {case.model_path.name}: {str(e)[:200]}; mcc "
                  f"{run.how}", classify.head(run.stderr))
        return
    result.op = casesmod.tested_op(case.name, model)
    model_path = case.model_path
    data_sets = case.data_sets()
    model, loaded = _fold_attribute_like_inputs(model, data_sets, result)
    if result.folded:
        model_path = work / "model.onnx"
        model_path.write_bytes(model.SerializeToString())
        _link_external_data(model, case.dir, work)
    if variant == DYNAMIC:
        dynamic, _ = casesmod.make_dynamic(model)
        model_path = work / "model.onnx"
        model_path.write_bytes(dynamic.SerializeToString())
        _link_external_data(model, case.dir, work)
        model = dynamic

    so_path = work / "model.so"
    run = classify.run_tool([str(ctx.mcc), str(model_path), "-o", str(so_path)],
                            ctx.args.compile_timeout, ctx.env)
    if run.status != PASS:
        _tool_failure(result, "mcc", run)
        return
    if not so_path.is_file():
        _fail(result, FAIL, "compile-error", "mcc wrote no library",
              f"mcc exited with 0 but wrote no {so_path.name}")
        return

    if not data_sets:
        _fail(result, FAIL, "no-data", "no test_data_set_* folder (compiled only)",
              f"runner: {case.dir.name} has no test_data_set_* folder")
        return
    rtol, atol = ctx.exp.tolerance(result.name, (RTOL, ATOL))
    worst = 0.0
    for data_dir in data_sets:
        try:
            inputs, expected = loaded[data_dir] if data_dir in loaded else \
                casesmod.load_data_set(model, data_dir)
        except casesmod.Untestable as e:
            _fail(result, FAIL, e.category, str(e)[:160], f"runner: {e}")
            return
        args = [str(ctx.mcc_run), str(so_path)]
        for j, (input_name, value) in enumerate(inputs.items()):
            path = work / f"{data_dir.name}.input_{j}.npy"
            np.save(path, value)
            args += ["--input", f"{input_name}={path}"]
        out_dir = work / f"{data_dir.name}.out"
        out_dir.mkdir()
        run = classify.run_tool(args + ["--output-dir", str(out_dir)],
                                ctx.args.run_timeout, ctx.env)
        if run.status != PASS:
            _tool_failure(result, "mcc-run", run)
            return
        try:
            for output_name, want in expected:
                path = out_dir / f"{output_file_stem(output_name)}.npy"
                if not path.is_file():
                    written = ", ".join(sorted(p.name for p in out_dir.iterdir())) or "nothing"
                    raise classify.Mismatch("missing-output",
                                            f"mcc-run wrote no {path.name} (wrote {written})")
                try:
                    got = np.load(path, allow_pickle=False)
                except Exception as e:
                    raise classify.Mismatch("missing-output", f"cannot read {path.name}: {e}")
                worst = max(worst, classify.compare(output_name, got, want, rtol, atol))
        except classify.Mismatch as m:
            reason = {"numerics": f"wrong values (max_abs_diff {m.max_abs_diff:.3g})"
                      if m.max_abs_diff is not None else "wrong values"}.get(
                          m.category, m.message[:160])
            _fail(result, MISMATCH, m.category, reason, f"{data_dir.name}: {m.message}")
            result.max_abs_diff = m.max_abs_diff
            return
    result.status, result.max_abs_diff = PASS, worst


# --- the run ------------------------------------------------------------------------------

def snapshot_tools(build: Path, dest: Path) -> Optional[str]:
    """Copies mcc, mcc-run and the runtime library, so a rebuild by someone else during
    the run changes nothing under it. Waits for a build holding scripts/build's lock.
    Returns an error message, or None."""
    files = {build / "bin" / "mcc": dest / "bin" / "mcc",
             build / "bin" / "mcc-run": dest / "bin" / "mcc-run"}
    for lib in (build / "lib").glob("libmcc_runtime.so*"):
        files[lib] = dest / "lib" / lib.name
    (dest / "bin").mkdir(parents=True)
    (dest / "lib").mkdir(parents=True)
    with open(BUILD_LOCK, "a") as lock:
        waited = False
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited:
                    print("conformance: waiting for a build to finish", file=sys.stderr,
                          flush=True)
                    waited = True
                time.sleep(2)
        try:
            for src, dst in files.items():
                if not src.is_file():
                    return f"{src} not found (build the compiler: scripts/build)"
                shutil.copy2(src, dst)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return None


class Progress:
    def __init__(self, total: int):
        self.total, self.done = total, 0
        self.counts = {s: 0 for s in classify.STATUSES}
        self.start = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.every = max(1, total // 20)

    def add(self, r: Result, unexpected: bool) -> None:
        self.done += 1
        self.counts[r.status] += 1
        if r.status in (CRASH, HANG) or unexpected:
            label = r.status.upper() if r.status in (CRASH, HANG) else "UNEXPECTED"
            self._clear()
            print(f"conformance: {label} {r.name}: {r.message}", file=sys.stderr, flush=True)
        if self.tty:
            print(f"\r[{self.done}/{self.total}] {self._counts()} {r.name[:50]:<50}",
                  end="", file=sys.stderr, flush=True)
        elif self.done % self.every == 0 or self.done == self.total:
            print(f"conformance: {self.done}/{self.total} done ({self._counts()}), "
                  f"{time.monotonic() - self.start:.0f} s", file=sys.stderr, flush=True)

    def _counts(self) -> str:
        return ", ".join(f"{s} {n}" for s, n in self.counts.items())

    def _clear(self):
        if self.tty:
            print("\r" + " " * 100 + "\r", end="", file=sys.stderr)

    def finish(self):
        if self.tty:
            self._clear()
            print(file=sys.stderr)


def read_fast_list(path: Path, errors: List[str]) -> Dict[str, tuple]:
    """fast.txt: case name -> the variants to run ('<case>' or '<case>  static')."""
    wanted: Dict[str, tuple] = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        if len(words) > 2 or words[1:] not in ([], ["static"]):
            errors.append(f"{path.name}:{number}: want '<case>' or '<case>  static'")
            continue
        wanted[words[0]] = (STATIC,) if words[1:] == ["static"] else (STATIC, DYNAMIC)
    return wanted


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run ONNX backend node tests (or any folder in that layout) through "
                    "mcc and mcc-run.")
    p.add_argument("dirs", nargs="*", metavar="DIR",
                   help="folders of cases, or case folders (default: the node tests of "
                        "the installed onnx, written to BUILD/conformance/node)")
    p.add_argument("--fast", action="store_true",
                   help="only the cases listed in test/conformance/fast.txt")
    p.add_argument("--filter", metavar="REGEX",
                   help="only results whose name (e.g. 'test_abs[dynamic]') matches")
    p.add_argument("--jobs", "-j", type=int, default=2, metavar="N",
                   help="cases run at once (default: %(default)s)")
    p.add_argument("--build", default=str(REPO / "build"), metavar="DIR",
                   help="build directory with bin/mcc, bin/mcc-run (default: %(default)s)")
    p.add_argument("--compile-timeout", type=float, default=60, metavar="S",
                   help="limit for one mcc compile (default: %(default)s)")
    p.add_argument("--run-timeout", type=float, default=60, metavar="S",
                   help="limit for one mcc-run (default: %(default)s)")
    p.add_argument("--threads", type=int, default=1, metavar="T",
                   help="MCC_NUM_THREADS for mcc-run (default: %(default)s, as jobs run "
                        "side by side)")
    p.add_argument("--static-only", action="store_true",
                   help="skip the [dynamic] variants")
    p.add_argument("--expectations", default=str(HERE / "expectations.txt"), metavar="FILE",
                   help="known failures and per-case tolerances (default: %(default)s)")
    p.add_argument("--update-expectations", action="store_true",
                   help="rewrite the expectations file from this run's failures, keeping "
                        "the reasons already written and the lines of cases not run")
    p.add_argument("--docs", metavar="FILE",
                   help="write the report here (default: docs/conformance.md on a full "
                        "run, nothing otherwise)")
    p.add_argument("--report-from", metavar="JSON",
                   help="render the report from a results file of an earlier run instead "
                        "of running anything")
    p.add_argument("--keep", action="store_true",
                   help="keep the work files of passing cases too")
    p.add_argument("-v", "--verbose", action="store_true", help="one stdout line per result")
    args = p.parse_args(argv)
    if args.jobs < 1:
        p.error("--jobs wants a positive number")
    if args.filter:
        try:
            args.filter_re = re.compile(args.filter)
        except re.error as e:
            p.error(f"--filter: {e}")
    return args


def summarize(results: List[Result], exp: expmod.Expectations, errors: List[str],
              wall: float) -> int:
    """Prints the sections and the summary line; returns the exit status."""
    failing = [r for r in results if r.status != PASS]
    crashes = [r for r in results if r.status == CRASH]
    hangs = [r for r in results if r.status == HANG]
    unexpected = [r for r in failing if not r.expected and r.status not in (CRASH, HANG)]
    unexpectedly_passing = [r for r in results if r.status == PASS and r.expected]
    changed = [r for r in failing if r.expected and r.status not in (CRASH, HANG)
               and not r.expected.startswith(r.category + ":")]

    def section(title: str, rows: List[Result], show_detail: bool, show_expected=False):
        """One line per result; the tool output under the first result of each reason."""
        if not rows:
            return
        print(f"== {title} ({len(rows)})")
        shown = set()
        for r in rows:
            note = ""
            if show_expected and r.expected:
                note = "  [in expectations.txt]" if r.status in (CRASH, HANG) \
                    else f"  [listed: {r.expected}]"
            print(f"{r.status.upper()} {r.name}: {r.message}{note}")
            if show_detail and (r.category, r.reason) not in shown:
                shown.add((r.category, r.reason))
                for line in r.detail[:8]:
                    print(f"    | {line}")

    section("failures not in expectations.txt (regressions)", unexpected, True)
    section("failing for another reason than expectations.txt gives", changed, False,
            show_expected=True)
    if unexpectedly_passing:
        print(f"== unexpectedly passing ({len(unexpectedly_passing)}): delete their lines "
              f"from expectations.txt (or run --update-expectations)")
        for r in unexpectedly_passing:
            print(f"PASS {r.name}  [listed: {r.expected}]")
    section("crashes", crashes, True, show_expected=True)
    section("hangs", hangs, True, show_expected=True)
    for e in errors:
        print(f"conformance: error: {e}")

    for variant in (STATIC, DYNAMIC):
        rows = [r for r in results if r.variant == variant]
        if rows:
            counts = {s: sum(r.status == s for r in rows) for s in classify.STATUSES}
            print(f"{variant}: {len(rows)} cases: " +
                  ", ".join(f"{n} {s}" for s, n in counts.items()))
    folded = [r for r in results if r.folded]
    if folded:
        print(f"attribute-like inputs folded into initializers in {len(folded)} runs "
              f"({sum(r.status == PASS for r in folded)} pass; -v lists them, the results "
              f"file records them)")
    print(f"{len(failing)} failed: {len(failing) - len(unexpected) - len(crashes) - len(hangs)}"
          f" expected (in expectations.txt), {len(unexpected)} unexpected, "
          f"{len(crashes)} crashes, {len(hangs)} hangs; {len(unexpectedly_passing)} "
          f"unexpectedly passing; {wall:.0f} s")
    print(f"{len(results) - len(failing)} passed, {len(failing)} failed", flush=True)
    return 1 if unexpected or crashes or hangs or errors else 0


def record(args, results: List[Result], meta: dict, exp: expmod.Expectations, exp_path: Path,
           docs: Optional[Path]) -> None:
    """Writes the report and, if asked, the expectations file; marks each result expected
    or not by the expectations in force afterwards."""
    for r in results:
        r.expected = expmod.describe(exp.failures.get(r.name))
    if docs:
        report.write(docs, results, meta)
        print(f"conformance: wrote {docs}", file=sys.stderr)
    if args.update_expectations:
        failing = [expmod.Entry(r.name, r.category, r.reason) for r in results
                   if r.status != PASS]
        count = expmod.write(exp_path, exp, failing, [r.name for r in results])
        print(f"conformance: wrote {exp_path} ({count} failing cases)", file=sys.stderr)
        new = expmod.load(exp_path)
        for r in results:
            r.expected = expmod.describe(new.failures.get(r.name))


def report_from(args, docs: Optional[Path]) -> int:
    """--report-from: the report, expectations and summary of an earlier run, with the
    reasons of compile failures derived again (so a change to classify.py shows without
    running anything)."""
    data = json.loads(Path(args.report_from).read_text())
    results = [Result(**r) for r in data["results"]]
    for r in results:
        if r.status == FAIL and r.message.startswith("mcc exited with"):
            line = r.message.split(": ", 1)[-1]
            r.category, r.reason = classify.reason_for_error(line, "\n".join(r.detail))
    exp_path = Path(args.expectations)
    exp = expmod.load(exp_path)
    docs = docs or (REPO / "docs" / "conformance.md" if data["meta"].get("full") else None)
    record(args, results, data["meta"], exp, exp_path, docs)
    return summarize(results, exp, list(exp.errors), data["meta"]["wall_s"])


def main(argv=None) -> int:
    args = parse_args(argv)
    build = Path(args.build).resolve()
    state = build / "conformance"
    default_dirs = not args.dirs
    full_run = default_dirs and not args.fast and not args.filter and not args.static_only
    docs = Path(args.docs) if args.docs else (REPO / "docs" / "conformance.md"
                                              if full_run else None)
    if args.report_from:
        return report_from(args, Path(args.docs) if args.docs else None)

    exp_path = Path(args.expectations)
    exp = expmod.load(exp_path)
    errors = list(exp.errors)
    roots = [Path(d) for d in args.dirs] or [node_data.ensure(state / "node")]
    for root in roots:
        if not root.exists():
            print(f"conformance: error: {root} does not exist", file=sys.stderr)
            return 2
    all_cases = casesmod.discover(roots)
    selected = all_cases
    variants = {c.name: (STATIC, DYNAMIC) for c in all_cases}
    if args.fast:
        variants = read_fast_list(HERE / "fast.txt", errors)
        known = {c.name for c in all_cases}
        missing = [n for n in variants if n not in known]
        if missing:
            errors.append(f"fast.txt names {len(missing)} case(s) not found: "
                          f"{', '.join(missing[:10])}")
        selected = [c for c in all_cases if c.name in variants]
    tasks = []
    for case in selected:
        for variant in variants[case.name]:
            if args.static_only and variant != STATIC:
                continue
            name = case.name if variant == STATIC else f"{case.name}[dynamic]"
            if args.filter and not args.filter_re.search(name):
                continue
            tasks.append((case, variant))
    if not tasks:
        print("conformance: no case matches", file=sys.stderr)
        print("0 passed, 0 failed")
        return 1 if errors else 0

    state.mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix=time.strftime("run-%Y%m%d-%H%M%S-"), dir=state))
    problem = snapshot_tools(build, run_dir / "tools")
    if problem:
        shutil.rmtree(run_dir, ignore_errors=True)
        print(f"conformance: error: {problem}")
        print("0 passed, 1 failed")
        return 1
    ctx = Context(args, run_dir / "tools", run_dir / "work", exp)
    print(f"conformance: {len(tasks)} runs ({len(selected)} cases) from "
          f"{', '.join(map(str, roots))}, {args.jobs} jobs; work files in {run_dir}",
          file=sys.stderr, flush=True)

    start = time.monotonic()
    progress = Progress(len(tasks))
    results: List[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_variant, case, variant, ctx) for case, variant in tasks]
        try:
            for future in concurrent.futures.as_completed(futures):
                r = future.result()
                results.append(r)
                progress.add(r, unexpected=r.status != PASS and not r.expected)
                if args.verbose:
                    print(f"{r.status.upper()} {r.name}" +
                          (f": {r.message}" if r.message else "") +
                          (f"  [folded: {', '.join(r.folded)}]" if r.folded else ""),
                          flush=True)
        except KeyboardInterrupt:
            for f in futures:
                f.cancel()
            raise
    progress.finish()
    wall = time.monotonic() - start
    order = {(c.name, v): i for i, (c, v) in enumerate(tasks)}
    results.sort(key=lambda r: order[(r.case, r.variant)])

    meta = {"date": time.strftime("%Y-%m-%d %H:%M"), "onnx": onnx.__version__,
            "dirs": [str(r) for r in roots], "wall_s": round(wall, 1), "jobs": args.jobs,
            "cases": len(selected), "full": full_run}
    results_file = state / ("results-full.json" if full_run else "results-last.json")
    results_file.write_text(json.dumps({"meta": meta, "results": [asdict(r) for r in results]},
                                       indent=1))
    record(args, results, meta, exp, exp_path, docs)

    # Keep the files of what needs a look; drop the rest.
    keep = {output_file_stem(r.case) for r in results
            if r.status in (CRASH, HANG) or (r.status != PASS and not r.expected)}
    work = run_dir / "work"
    if work.is_dir() and not args.keep:
        for d in work.iterdir():
            if d.name not in keep:
                shutil.rmtree(d, ignore_errors=True)
    shutil.rmtree(run_dir / "tools", ignore_errors=True)
    if keep or args.keep:
        print(f"conformance: work files of failing cases kept in {work}", file=sys.stderr)
    else:
        shutil.rmtree(run_dir, ignore_errors=True)
    print(f"conformance: results in {results_file}", file=sys.stderr, flush=True)
    return summarize(results, exp, errors, wall)


if __name__ == "__main__":
    sys.exit(main())
