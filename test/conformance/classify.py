"""How a tool run ended, what a failure is about, and whether outputs match.

Statuses: pass, fail (the tool exited 1 with a message), mismatch (it ran, the numbers,
shape or dtype are wrong), crash (a signal, a sanitizer report, an LLVM fatal error),
hang (killed at the time limit). A failure also gets a reason category, derived from the
first error line, e.g. `unsupported-op` / `Resize is not supported`.
"""

import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np

PASS, FAIL, MISMATCH, CRASH, HANG = "pass", "fail", "mismatch", "crash", "hang"
STATUSES = (PASS, FAIL, MISMATCH, CRASH, HANG)

# Reports that make a run a crash whatever its exit status.
_CRASH_MARKERS = (
    "ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "WARNING: ThreadSanitizer",
    "WARNING: MemorySanitizer", "UndefinedBehaviorSanitizer", ": runtime error: ",
    "LLVM ERROR:", "UNREACHABLE executed", "Assertion `", "PLEASE submit a bug report",
    "Stack dump:",
)


@dataclass
class ToolRun:
    status: str            # PASS (exit 0), FAIL, CRASH or HANG
    how: str               # 'exited with 1', 'was killed by SIGSEGV', 'timed out after 60 s'
    stderr: str
    seconds: float


def run_tool(cmd: List[str], timeout: float, env=None) -> ToolRun:
    start = time.monotonic()
    try:
        # A session of its own, so a timeout also kills what the tool started (a linker).
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    except OSError as e:
        return ToolRun(FAIL, f"could not start ({e})", str(e), 0.0)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        text = (err or out or b"").decode("utf-8", "replace")
        return ToolRun(HANG, f"timed out after {timeout:g} s", text,
                       time.monotonic() - start)
    seconds = time.monotonic() - start
    text = (err or b"").decode("utf-8", "replace")
    if not text.strip():
        text = (out or b"").decode("utf-8", "replace")
    code = proc.returncode
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return ToolRun(CRASH, f"was killed by {name}", text, seconds)
    marker = next((m for m in _CRASH_MARKERS if m in text), None)
    if marker:
        return ToolRun(CRASH, f"exited with {code} after reporting '{marker.strip(': ')}'",
                       text, seconds)
    if code != 0:
        return ToolRun(FAIL, f"exited with {code}", text, seconds)
    return ToolRun(PASS, "exited with 0", text, seconds)


# Lines of LLVM's crash handler that say nothing about the crash itself.
_BOILERPLATE = re.compile(r"^(PLEASE submit a bug report|Stack dump:|\d+\.\s+Program arguments:)")
_FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ (.*)$")
_NOISE_FRAME = re.compile(r"llvm::sys::|^\(|libc\.so|__libc_|_start\b|^main\b")


def first_error_line(text: str) -> str:
    """The first line that says 'error', else the first non-empty line that is not a stack
    frame or crash-handler boilerplate; file paths before the message
    (`/long/path/model.onnx: `) are cut to the file name."""
    lines = [line.strip() for line in text.splitlines() if line.strip()
             and not _BOILERPLATE.match(line.strip()) and not _FRAME.match(line)]
    chosen = next((line for line in lines if "error" in line.lower()), lines[0] if lines else "")
    return shorten_paths(chosen)[:300]


def _function(frame: str) -> str:
    """'ns::f(int, char) const (libX.so+0x12)' -> 'ns::f'."""
    frame = re.sub(r"\s*\([^()]*\+0x[0-9a-f]+\)$", "", frame)       # (lib.so+0x1234)
    frame = re.sub(r"\s+\S+:\d+:\d+$|\s+\S+:0:0$", "", frame)        # file:line:col
    frame = frame.replace("(anonymous namespace)::", "")
    return frame.split("(", 1)[0].strip()


def crash_frames(text: str, count: int = 6) -> List[str]:
    """The innermost `count` symbolized stack frames, below the signal handler's own."""
    frames = []
    for line in text.splitlines():
        match = _FRAME.match(line)
        if match and not _NOISE_FRAME.search(match.group(1)):
            name = _function(match.group(1))
            if name:
                frames.append(name)
    return frames[:count]


def crash_detail(text: str) -> List[str]:
    """What to show of a crash: the messages before the stack dump, then its top frames."""
    messages = [shorten_paths(line.rstrip())[:300] for line in text.splitlines()
                if line.strip() and not _BOILERPLATE.match(line.strip())
                and not _FRAME.match(line)]
    return messages[:4] + [f"at {f}" for f in crash_frames(text)]


def head(text: str, lines: int = 8) -> List[str]:
    return [shorten_paths(line.rstrip())[:300] for line in text.strip().splitlines()[:lines]]


# --- reason categories ----------------------------------------------------------------------

_NODE_OP = re.compile(r"node '[^']*' \((\w+)(?:, domain '([^']*)')?, opset (\d+)\)")

# (category, pattern on the error line, text template): first match wins. The templates
# see the op of the failing node as {op} and the regex groups as {0}, {1}...
_REASONS: List[Tuple[str, re.Pattern, str]] = [
    ("unsupported-op", re.compile(r"unsupported operator"), "{op} is not supported"),
    ("unsupported-opset", re.compile(r"uses ONNX opset (\d+); mcc supports (opsets \d+ to \d+)"),
     "opset {0} (mcc supports {1})"),
    ("unsupported-opset", re.compile(r"imports no opset of the default ONNX domain"),
     "the model imports no opset of the default ONNX domain"),
    ("unsupported-dtype", re.compile(r"graph input '[^']*' has unsupported dtype (\w+)"),
     "graph input of dtype {0}"),
    ("unsupported-dtype", re.compile(r"cast to unsupported dtype (\w+)"),
     "{op} to {0}"),
    ("unsupported-dtype", re.compile(r"unsupported (?:element type|dtype) (\w+)"),
     "{op} on {0}"),
    ("unsupported-type", re.compile(r"graph (input|output) '[^']*' is not a tensor"),
     "a graph {0} that is not a tensor"),
    ("non-constant-input", re.compile(r"(\w+) \(input #\d+ '[^']*'\) must be a compile-time "
                                      r"constant"), "{op} with a non-constant {0} input"),
    ("non-constant-input", re.compile(r"must be a [^,]*tensor of static length"),
     "{op} with a shape input of unknown length"),
    ("unsupported-output", re.compile(r"output #(\d+) \('[^']*'\) is used but mcc does not "
                                      r"support computing it"), "{op} output #{0}"),
    ("dynamic-shape", re.compile(r"must be static|must have a static|needs static|"
                                 r"must be known|unknown rank|dynamic (?:dims?|shapes?|rank)"),
     "{op}: {body}"),
    ("unsupported-attr", re.compile(r"(\w+)=\S* is not supported"), "{op} with {0}"),
    ("unsupported-attr", re.compile(r" (?:is|are) not supported"), "{op}: {body}"),
    ("internal-error", re.compile(r"out-of-bounds|failed to verify|failed to legalize|"
                                  r"'\w+\.\w+' op |see current operation"),
     "invalid IR: {body}"),
]


_UNSUPPORTED_LIST = re.compile(r"use[s]? (?:an )?operators? mcc does not support: (.*)$", re.M)


def unsupported_ops(text: str) -> List[str]:
    """The ops of mcc's 'N nodes use operators mcc does not support: A B (x2)' line."""
    match = _UNSUPPORTED_LIST.search(text)
    if not match:
        return []
    return sorted({w for w in match.group(1).replace(",", " ").split()
                   if not re.fullmatch(r"\(x\d+\)", w)})


def reason_for_error(line: str, text: str = "") -> Tuple[str, str]:
    """(category, short reason) for a clean compile failure, from its first error line;
    `text` is the whole stderr, for markers that come on later lines."""
    match = _NODE_OP.search(line)
    op = match.group(1) if match else "an op"
    body = line.split("error: ", 1)[-1]
    body = _NODE_OP.sub("", body).lstrip(": ")
    body = re.sub(r",? got '[^']*'$", "", body)  # the offending type: differs per case
    body = re.sub(r"'tensor<[^']*>'", "a tensor", body)
    for category, pattern, template in _REASONS:
        found = pattern.search(line)
        if found:
            return category, template.format(*found.groups(), op=op, body=body)[:160]
    if "see current operation" in text:
        return "internal-error", f"invalid IR: {body}"[:160]
    return "compile-error", (f"{op}: {body}" if match else body)[:160]


def shorten_paths(line: str) -> str:
    """'/long/path/to/model.onnx: ...' -> 'model.onnx: ...', anywhere in the line."""
    return re.sub(r"(?:/[^/\s:]+)+/([^/\s:]+)(?=[:\s]|$)", r"\1", line)


# --- comparing outputs ----------------------------------------------------------------------

@dataclass
class Mismatch(Exception):
    category: str          # numerics, wrong-shape, wrong-dtype, missing-output
    message: str
    max_abs_diff: Optional[float] = None

    def __str__(self):
        return self.message


def max_abs_diff(got: np.ndarray, want: np.ndarray) -> float:
    """The largest |got - want| where both are finite (NaN == NaN and inf == inf count as
    equal); inf where one is finite and the other is not."""
    if got.size == 0:
        return 0.0
    g = got.astype(np.complex128 if np.iscomplexobj(got) else np.float64)
    w = want.astype(g.dtype)
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(g - w)
    same = (g == w) | (np.isnan(g) & np.isnan(w))
    diff = np.where(same, 0.0, diff)
    diff = np.where(np.isnan(diff), np.inf, diff)  # NaN vs number, inf vs -inf
    return float(diff.max())


def compare(name: str, got: np.ndarray, want: np.ndarray, rtol: float, atol: float) -> float:
    """Returns max |got - want|; raises Mismatch on a different dtype, shape or values."""
    if got.dtype != want.dtype:
        raise Mismatch("wrong-dtype", f"output '{name}': dtype {got.dtype}, expected "
                                      f"{want.dtype}")
    if got.shape != want.shape:
        raise Mismatch("wrong-shape", f"output '{name}': shape {list(got.shape)}, expected "
                                      f"{list(want.shape)}")
    diff = max_abs_diff(got, want)
    if got.size == 0:
        return diff
    if np.issubdtype(want.dtype, np.inexact):
        with np.errstate(invalid="ignore", over="ignore"):
            close = np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
    else:
        close = got == want
    if not close.all():
        bad = np.flatnonzero(~close)
        i = np.unravel_index(bad[0], got.shape)
        raise Mismatch("numerics",
                       f"output '{name}': {bad.size} of {got.size} elements differ "
                       f"(rtol={rtol:g} atol={atol:g}), max_abs_diff={diff:.3g}, first at "
                       f"{list(map(int, i))}: {got[i]!r} vs {want[i]!r}", diff)
    return diff
