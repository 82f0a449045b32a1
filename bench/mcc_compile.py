"""Compiles a model with build/bin/mcc in a subprocess and measures what it cost: wall time
and the compiler's peak resident memory (ru_maxrss of that one process, from os.wait4).

Linux carries a process's peak RSS across exec, and a forked child starts from its parent's:
mcc forked straight from the benchmark (hundreds of MB of torch and models) would report
the benchmark's size. So a bare launcher (this file run with `python -S`, a few MB) forks
mcc and reports its rusage."""
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass


@dataclass
class CompileCost:
    seconds: float
    peak_rss_mb: float


def compile_model(mcc, model, library, extra_args=(), timeout_s=3600):
    """Runs `mcc MODEL -o LIBRARY EXTRA...`; raises with mcc's output if it fails."""
    with tempfile.TemporaryDirectory(prefix="mcc-compile-") as tmp:
        result, log_path = os.path.join(tmp, "result"), os.path.join(tmp, "log")
        with open(log_path, "wb") as log:
            subprocess.run([sys.executable, "-S", __file__, result, str(timeout_s), str(mcc),
                            str(model), "-o", str(library), *extra_args], stdout=log,
                           stderr=subprocess.STDOUT, check=False)
        with open(log_path, "rb") as log:
            message = log.read().decode(errors="replace").strip()[-2000:]
        if not os.path.exists(result):  # the launcher itself failed (no mcc at that path...)
            last_line = message.splitlines()[-1] if message else ""
            raise RuntimeError(f"could not run {mcc}: {last_line}")
        with open(result) as f:
            status, seconds, max_rss_kib = f.read().split()
        if int(status) != 0:
            raise RuntimeError(f"mcc exited with {status}: {message}")
    return CompileCost(seconds=float(seconds), peak_rss_mb=int(max_rss_kib) / 1024.0)


def _launch(result_path, timeout_s, command):
    """The launcher: runs `command` (killed after timeout_s), writes 'exit_status seconds
    max_rss_kib'."""
    import threading
    start = time.perf_counter()
    process = subprocess.Popen(command)
    killer = threading.Timer(timeout_s, process.kill)
    killer.start()
    _, status, usage = os.wait4(process.pid, 0)  # this child's rusage alone
    killer.cancel()
    seconds = time.perf_counter() - start
    with open(result_path, "w") as f:
        f.write(f"{os.waitstatus_to_exitcode(status)} {seconds} {usage.ru_maxrss}\n")


if __name__ == "__main__":
    _launch(sys.argv[1], float(sys.argv[2]), sys.argv[3:])
