#!/usr/bin/env python3
"""Compiles every model of the hostile corpus (make_corpus.py) and checks that mcc refuses it
cleanly: exit code exactly 1 (or the case's expected code), the expected message on stderr, no
signal, no timeout, no crash report, and (for external-data cases) no open() of anything under
the corpus's outside/ folder.

    test/hostile/run_hostile.py                     # every case, tools from ./build
    test/hostile/run_hostile.py ext_dotdot cycle    # some cases
    test/hostile/run_hostile.py --build build-debug --jobs 4 -v

Each case runs twice: `mcc CASE -o OUT.so` and `mcc --check CASE`, each under a 10 s timeout
and a 4 GiB address-space limit (RLIMIT_AS). Prints `PASS name` / `FAIL name: reason` per case
and ends with exactly `N passed, M failed`. Exit status: 0 if nothing failed, 1 otherwise.
"""

import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
_VENV_PYTHON = REPO / ".venv" / "bin" / "python"
try:
    import onnx  # noqa: F401
except ImportError:
    if _VENV_PYTHON.is_file() and Path(sys.executable) != _VENV_PYTHON:
        os.execv(str(_VENV_PYTHON), [str(_VENV_PYTHON), __file__] + sys.argv[1:])
    raise

sys.path.insert(0, str(HERE))
import make_corpus  # noqa: E402

TIMEOUT_S = 10
MEMORY_LIMIT = 4 << 30
# What a crash, an assertion or a sanitizer leaves on stderr.
CRASH_MARKERS = ["Assertion", "Stack dump", "LLVM ERROR", "PLEASE submit a bug report",
                 "Segmentation fault", "AddressSanitizer", "UndefinedBehaviorSanitizer",
                 "runtime error:", "terminate called", "libprotobuf FATAL", "Aborted"]


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_mcc(cmd, strace_log=None):
    """Returns (returncode or None on timeout, stderr+stdout)."""
    if strace_log:
        # strace itself is not limited: RLIMIT_AS is inherited by mcc through it.
        cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2,creat,truncate",
               "-o", str(strace_log)] + cmd
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              errors="replace", timeout=TIMEOUT_S, preexec_fn=limit_memory,
                              start_new_session=True)
    except subprocess.TimeoutExpired as e:
        out = e.output or ""
        return None, out if isinstance(out, str) else out.decode(errors="replace")
    except OSError as e:  # e.g. the binary is being rebuilt
        return 127, f"cannot run {cmd[0]}: {e}"
    return proc.returncode, proc.stdout


def model_path(case_dir: Path) -> Path:
    for p in sorted(case_dir.iterdir()):
        if p.name.startswith("model."):
            return p
    raise FileNotFoundError(f"no model.* in {case_dir}")


def check_case(name, corpus: Path, mcc: Path, work: Path, use_strace: bool):
    _, regex, opts = make_corpus.CASES[name]
    expected_exit = opts.get("exit", 1)
    model = model_path(corpus / name)
    outside = (corpus / "outside").resolve()
    runs = [("compile", [str(mcc), str(model), "-o", str(work / (name + ".so"))])]
    if opts.get("check", True):
        runs.append(("check", [str(mcc), "--check", str(model)]))
    out = ""
    for what, cmd in runs:
        trace = work / f"{name}.{what}.strace" if (opts.get("trace") and use_strace) else None
        code, out = run_mcc(cmd, trace)
        where = f"{what}: "
        if code is None:
            return f"{where}timed out after {TIMEOUT_S} s", out
        if code < 0:
            return f"{where}killed by signal {signal.Signals(-code).name}", out
        for marker in CRASH_MARKERS:
            if marker in out:
                return f"{where}crash marker '{marker}' in the output", out
        if code != expected_exit:
            return f"{where}exit code {code}, expected {expected_exit}", out
        if expected_exit == 0:
            continue
        if not re.search(regex, out, re.MULTILINE):
            return f"{where}no match for /{regex}/", out
        if trace is not None:
            for line in trace.read_text(errors="replace").splitlines():
                m = re.search(r'open\w*\((?:AT_FDCWD, )?"([^"]*)"', line)
                if m and (m.group(1).startswith(str(outside)) or "/outside/" in m.group(1)):
                    return f"{where}opened {m.group(1)}, outside the model's folder", line
    return None, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", help="case names (default: all)")
    ap.add_argument("--build", default=str(REPO / "build"), help="build folder (default ./build)")
    ap.add_argument("--jobs", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("-v", "--verbose", action="store_true", help="print mcc's output for every case")
    args = ap.parse_args()

    build = Path(args.build).resolve()
    mcc = build / "bin" / "mcc"
    if not mcc.is_file():
        print(f"run_hostile: error: {mcc} not found (build first)", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    names = args.cases or list(make_corpus.CASES)
    unknown = [n for n in names if n not in make_corpus.CASES]
    if unknown:
        print(f"run_hostile: error: unknown cases: {' '.join(unknown)}", file=sys.stderr)
        return 2
    corpus = build / "hostile"
    if corpus.exists():
        shutil.rmtree(corpus)
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(corpus)], check=True,
                   stdout=subprocess.DEVNULL)
    use_strace = shutil.which("strace") is not None
    if not use_strace:
        print("(strace not found: external-data cases rely on the FIFO trap only)")

    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="mcc-hostile-") as tmp:
        work = Path(tmp)
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            futures = {n: pool.submit(check_case, n, corpus, mcc, work, use_strace) for n in names}
            for name in names:
                reason, out = futures[name].result()
                if reason is None:
                    passed += 1
                    print(f"PASS {name}")
                else:
                    failed += 1
                    print(f"FAIL {name}: {reason}")
                if reason is not None or args.verbose:
                    for line in out.strip().splitlines()[-8:]:
                        print("    | " + line[:300])
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
