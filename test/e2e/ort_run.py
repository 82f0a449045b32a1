"""Runs an ONNX model with ONNX Runtime (CPU), with the same command line as mcc-run, so a
reference output sits next to mcc's for any model and inputs:

    python test/e2e/ort_run.py model.onnx --input x=x.npy --output-dir ref/
    # writes ref/<output name>.npy for each output
"""

import argparse
import os
import sys
from typing import Dict

import numpy as np


def run_reference(onnx_path: str, inputs: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """Output name -> value, computed by ONNX Runtime's CPU execution provider."""
    import onnxruntime
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # errors only
    session = onnxruntime.InferenceSession(onnx_path, options, providers=["CPUExecutionProvider"])
    names = [o.name for o in session.get_outputs()]
    return dict(zip(names, session.run(names, inputs)))


def parse_input_args(pairs) -> Dict[str, np.ndarray]:
    """["name=file.npy", ...] -> {name: array}."""
    inputs = {}
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep or not name or not path:
            raise ValueError(f"--input wants NAME=FILE.npy, got {pair!r}")
        inputs[name] = np.load(path)
    return inputs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Run an ONNX model with ONNX Runtime.")
    parser.add_argument("model", help="model.onnx")
    parser.add_argument("--input", action="append", default=[], metavar="NAME=FILE.npy")
    parser.add_argument("--output-dir", required=True, metavar="DIR")
    args = parser.parse_args(argv)
    try:
        outputs = run_reference(args.model, parse_input_args(args.input))
    except Exception as e:  # report, don't trace back: this is a command-line tool
        print(f"ort_run: {e}", file=sys.stderr)
        return 1
    os.makedirs(args.output_dir, exist_ok=True)
    for name, value in outputs.items():
        path = os.path.join(args.output_dir, name + ".npy")
        np.save(path, value)
        print(f"wrote {path} {value.dtype} {list(value.shape)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
