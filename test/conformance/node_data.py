"""Writes ONNX's backend node tests to disk in the standard layout:

    <dir>/<case>/model.onnx
    <dir>/<case>/test_data_set_<i>/input_<j>.pb, output_<j>.pb

The PyPI onnx wheel ships the generators (onnx.backend.test.case.node) but not the data
that onnx's repository keeps under onnx/backend/test/data/node. `onnx.backend.test.cmd_tools
generate-data` only walks the model cases, so this calls the node collector itself and
writes each value the way generate-data does: TensorProto for tensors, SequenceProto,
MapProto and OptionalProto (through onnx.numpy_helper) for the others.

The folder is a cache: `ensure(dir)` rewrites it when the installed onnx version differs
from the one recorded in `<dir>/ONNX_VERSION`.

    node_data.py build/conformance/node          # (re)generate if stale; prints the folder
"""

import os
import shutil
import sys
import tempfile
import traceback
import warnings
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper

STAMP = "ONNX_VERSION"


def _serialize_value(value, value_info: onnx.ValueInfoProto) -> bytes:
    kind = value_info.type.WhichOneof("value")
    name = value_info.name
    if kind == "map_type":
        return numpy_helper.from_dict(value, name).SerializeToString()
    if kind == "sequence_type":
        return numpy_helper.from_list(value, name).SerializeToString()
    if kind == "optional_type":
        return numpy_helper.from_optional(value, name).SerializeToString()
    if isinstance(value, TensorProto):
        return value.SerializeToString()
    # Some generators hand over numpy scalars (np.float32(3)) rather than 0-d arrays.
    return numpy_helper.from_array(np.asarray(value), name).SerializeToString()


def write_case(case, case_dir: Path) -> None:
    """Writes one onnx.backend.test TestCase. A data set that cannot be serialized is left
    out and the reason written to ERROR.txt, so the runner reports it as missing data."""
    case_dir.mkdir(parents=True)
    (case_dir / "model.onnx").write_bytes(case.model.SerializeToString())
    graph = case.model.graph
    for i, (inputs, outputs) in enumerate(case.data_sets or []):
        data_dir = case_dir / f"test_data_set_{i}"
        try:
            files = {}
            for j, value in enumerate(inputs):
                files[f"input_{j}.pb"] = _serialize_value(value, graph.input[j])
            for j, value in enumerate(outputs):
                files[f"output_{j}.pb"] = _serialize_value(value, graph.output[j])
        except Exception:
            (case_dir / "ERROR.txt").write_text(
                f"test_data_set_{i} could not be written:\n{traceback.format_exc()}")
            continue
        data_dir.mkdir()
        for file_name, data in files.items():
            (data_dir / file_name).write_bytes(data)


def generate(out_dir: Path) -> int:
    """Writes every node case into out_dir (which must not exist). Returns the count."""
    from onnx.backend.test.case import node as node_cases  # slow import: ~1,900 generators

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the generators divide by zero on purpose
        cases = node_cases.collect_testcases(None)
    out_dir.mkdir(parents=True)
    for case in cases:
        write_case(case, out_dir / case.name)
    (out_dir / STAMP).write_text(onnx.__version__ + "\n")
    return len(cases)


def is_current(data_dir: Path) -> bool:
    stamp = data_dir / STAMP
    return stamp.is_file() and stamp.read_text().strip() == onnx.__version__


def ensure(data_dir: Path, log=sys.stderr) -> Path:
    """Generates data_dir unless it already holds the cases of the installed onnx."""
    data_dir = Path(data_dir)
    if is_current(data_dir):
        return data_dir
    print(f"conformance: writing onnx {onnx.__version__} node tests to {data_dir}",
          file=log, flush=True)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    # Write next to the target, then swap, so an interrupted run leaves no half cache.
    tmp = Path(tempfile.mkdtemp(prefix=data_dir.name + ".tmp-", dir=data_dir.parent))
    try:
        count = generate(tmp / "cases")
        if data_dir.exists():
            shutil.rmtree(data_dir)
        os.replace(tmp / "cases", data_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"conformance: wrote {count} cases", file=log, flush=True)
    return data_dir


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} OUT_DIR")
    print(ensure(Path(sys.argv[1])))
