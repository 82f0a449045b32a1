"""test/conformance/expectations.txt: the cases known to fail, and per-case tolerances.

One entry a line; lines starting with `#` are comments:

    <case>  <category>  <reason>
    test_resize_upsample_scales_cubic          unsupported-op  Resize is not supported
    test_reduce_sum_keepdims_random[dynamic]   non-constant-input  ReduceSum with ...
    test_foo  tolerance  rtol=1e-2 atol=1e-4  exp in float16 is accurate to 1e-3 only

`<case>[dynamic]` names the variant whose graph inputs have dynamic dims. A `tolerance`
line is not a failure: it sets rtol/atol for the case (both variants unless it names one)
and must give a reason after them.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

TOLERANCE = "tolerance"
_TOLERANCE_ARGS = re.compile(r"^((?:(?:rtol|atol)=\S+\s*)+)(.*)$")

HEADER = """\
# Conformance cases known to fail (test/conformance/run_conformance.py reads this file).
#   <case>  <category>  <reason>
# A listed case that fails is expected; one that passes is reported as unexpectedly
# passing: delete its line. A failing case not listed here is a regression.
# `<case>[dynamic]` is the variant with every graph input dim made dynamic.
# `<case>  tolerance  rtol=R atol=A  <why>` loosens the comparison for one case instead.
# Regenerate the failure lines after a full run with
#   scripts/conformance --update-expectations
# (reasons already written here are kept; lines of cases not run are kept).
"""


@dataclass
class Entry:
    case: str
    category: str
    reason: str


@dataclass
class Expectations:
    failures: Dict[str, Entry]
    tolerances: Dict[str, Tuple[float, float, str]]  # case or case[dynamic] -> rtol, atol, why
    errors: List[str]

    def tolerance(self, name: str, default: Tuple[float, float]) -> Tuple[float, float]:
        base = name.split("[", 1)[0]
        for key in (name, base):
            if key in self.tolerances:
                return self.tolerances[key][:2]
        return default


def load(path: Path) -> Expectations:
    exp = Expectations({}, {}, [])
    if not path.is_file():
        return exp
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) < 3:
            exp.errors.append(f"{path.name}:{number}: want '<case> <category> <reason>'")
            continue
        case, category, reason = parts
        if category == TOLERANCE:
            match = _TOLERANCE_ARGS.match(reason)
            values = dict(kv.split("=", 1) for kv in match.group(1).split()) if match else {}
            try:
                rtol, atol = float(values["rtol"]), float(values["atol"])
            except (KeyError, ValueError):
                exp.errors.append(f"{path.name}:{number}: a tolerance line wants "
                                  f"'rtol=R atol=A <why>'")
                continue
            if not match.group(2).strip():
                exp.errors.append(f"{path.name}:{number}: say why {case} needs a tolerance")
            exp.tolerances[case] = (rtol, atol, match.group(2).strip())
        else:
            if case in exp.failures:
                exp.errors.append(f"{path.name}:{number}: {case} is listed twice")
            exp.failures[case] = Entry(case, category, reason)
    return exp


def write(path: Path, old: Expectations, failing: Iterable[Entry], ran: Iterable[str]) -> int:
    """Rewrites the file from a run: a line for every failing case, keeping the reason
    already written for it when its category is unchanged; tolerance lines and the lines
    of cases that were not run are kept. Returns the number of failure lines."""
    ran = set(ran)
    entries: Dict[str, Entry] = {name: e for name, e in old.failures.items() if name not in ran}
    for entry in failing:
        known = old.failures.get(entry.case)
        entries[entry.case] = known if known and known.category == entry.category else entry

    def key(name: str):
        base, _, variant = name.partition("[")
        return base, variant

    width = min(max([len(n) for n in entries] + [10]), 56)  # longer names stick out
    cat_width = max([len(e.category) for e in entries.values()] + [10])
    lines = [HEADER]
    for name in sorted(old.tolerances, key=key):
        rtol, atol, why = old.tolerances[name]
        lines.append(f"{name:<{width}}  {TOLERANCE:<{cat_width}}  rtol={rtol:g} atol={atol:g}"
                     f"  {why}\n")
    if old.tolerances:
        lines.append("\n")
    for name in sorted(entries, key=key):
        e = entries[name]
        lines.append(f"{name:<{width}}  {e.category:<{cat_width}}  {e.reason}\n")
    path.write_text("".join(lines))
    return len(entries)


def describe(entry: Optional[Entry]) -> str:
    return f"{entry.category}: {entry.reason}" if entry else ""
