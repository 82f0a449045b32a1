"""Test cases on disk, in the layout of ONNX's backend tests:

    <case>/model.onnx                       (or the only *.onnx file in the folder)
    <case>/test_data_set_<i>/input_<j>.pb   input j of the graph, a serialized TensorProto
    <case>/test_data_set_<i>/output_<j>.pb  the expected output j
    (sequences, optionals and maps are SequenceProto, OptionalProto, MapProto)

Also: the op type a case tests, and the `[dynamic]` variant of a model, whose graph inputs
have a dim_param for every dim.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper

# TensorProto element types that numpy (and so .npy and mcc-run) can hold.
NUMPY_ELEM_TYPES = {
    TensorProto.FLOAT, TensorProto.UINT8, TensorProto.INT8, TensorProto.UINT16,
    TensorProto.INT16, TensorProto.INT32, TensorProto.INT64, TensorProto.BOOL,
    TensorProto.FLOAT16, TensorProto.DOUBLE, TensorProto.UINT32, TensorProto.UINT64,
    TensorProto.COMPLEX64, TensorProto.COMPLEX128,
}


class Untestable(Exception):
    """The case cannot be fed to mcc-run or compared. `category` is unsupported-type (a
    sequence input, a bfloat16 tensor: .npy cannot carry it) or bad-data (a data file that
    is unreadable or does not fit the graph); the message is the reason."""

    def __init__(self, category: str, message: str):
        super().__init__(message)
        self.category = category


@dataclass
class Case:
    name: str         # unique in a run: the folder name, or its path below the DIR given
    dir: Path
    model_path: Path

    def data_sets(self) -> List[Path]:
        def index(p: Path) -> int:
            tail = p.name.rsplit("_", 1)[-1]
            return int(tail) if tail.isdigit() else 0
        return sorted((p for p in self.dir.glob("test_data_set_*") if p.is_dir()), key=index)


def _model_file(folder: Path) -> Optional[Path]:
    if (folder / "model.onnx").is_file():
        return folder / "model.onnx"
    models = sorted(folder.glob("*.onnx"))
    return models[0] if len(models) == 1 else None


def discover(roots: List[Path]) -> List[Case]:
    """Every case folder at or below each root, sorted by name."""
    cases: Dict[str, Case] = {}
    for root in roots:
        root = root.resolve()
        folders = [root] if _model_file(root) else \
            sorted({p.parent for p in root.rglob("*.onnx")})
        for folder in folders:
            model = _model_file(folder)
            if model is None:
                continue
            name = folder.name if folder == root else folder.relative_to(root).as_posix()
            if name in cases and cases[name].dir != folder:
                name = f"{root.name}/{name}"
            cases[name] = Case(name, folder, model)
    return [cases[n] for n in sorted(cases)]


# --- the op a case tests ------------------------------------------------------------------

# Case-name prefixes that abbreviate an op (test_sce_..., test_less_equal_expanded, ...).
_ABBREVIATIONS = {"sce": "SoftmaxCrossEntropyLoss", "nllloss": "NegativeLogLikelihoodLoss",
                  "mvn": "MeanVarianceNormalization", "lessequal": "LessOrEqual",
                  "greaterequal": "GreaterOrEqual"}


@lru_cache(maxsize=None)
def _op_names() -> Dict[str, str]:
    """'reducesum' -> 'ReduceSum' for every op onnx knows (all domains), and the
    abbreviations the node tests use."""
    names = dict(_ABBREVIATIONS)
    for schema in onnx.defs.get_all_schemas_with_history():
        names.setdefault(schema.name.lower(), schema.name)
    return names


def op_from_name(case_name: str) -> Optional[str]:
    """test_reduce_sum_keepdims -> ReduceSum: the longest op name that starts the case
    name once 'test_' and underscores are dropped."""
    base = case_name.rsplit("/", 1)[-1]
    base = re.sub(r"^test_", "", base).replace("_", "").lower()
    best = None
    for lower, op in _op_names().items():
        if base.startswith(lower) and (best is None or len(lower) > len(best[0])):
            best = (lower, op)
    return best[1] if best else None


def op_types(model: onnx.ModelProto) -> List[str]:
    """The op types of the main graph's nodes, in order of first use."""
    seen = []
    for node in model.graph.node:
        if node.op_type not in seen:
            seen.append(node.op_type)
    return seen


def tested_op(case_name: str, model: Optional[onnx.ModelProto]) -> str:
    """The op a case is about: its only op type; for a function test expanded into several
    nodes (`_expanded`) or any multi-node model, the op its name starts with."""
    ops = op_types(model) if model is not None else []
    expanded = "_expanded" in case_name
    if len(ops) == 1 and not expanded:
        return ops[0]
    return op_from_name(case_name) or (ops[0] if ops else "(unknown)")


# --- the dynamic variant ------------------------------------------------------------------

def make_dynamic(model: onnx.ModelProto) -> Tuple[onnx.ModelProto, int]:
    """A copy whose graph inputs (initializers excepted) have a distinct dim_param for every
    dim. Returns the copy and how many dims it changed."""
    dynamic = onnx.ModelProto()
    dynamic.CopyFrom(model)
    initializers = {t.name for t in dynamic.graph.initializer}
    changed = 0
    for i, value in enumerate(dynamic.graph.input):
        if value.name in initializers or value.type.WhichOneof("value") != "tensor_type":
            continue
        tensor_type = value.type.tensor_type
        if not tensor_type.HasField("shape"):
            continue  # unknown rank: already as dynamic as it gets
        for d, dim in enumerate(tensor_type.shape.dim):
            dim.Clear()  # drops dim_value and any denotation
            dim.dim_param = f"in{i}_d{d}"
            changed += 1
    return dynamic, changed


# --- data sets ------------------------------------------------------------------------------

def _kind(value_info: onnx.ValueInfoProto) -> str:
    kind = value_info.type.WhichOneof("value")
    return {"tensor_type": "tensor", "sequence_type": "sequence", "map_type": "map",
            "optional_type": "optional", "sparse_tensor_type": "sparse tensor"}.get(
                kind, kind or "untyped")


def _read_tensor(path: Path, what: str) -> TensorProto:
    tensor = TensorProto()
    try:
        tensor.ParseFromString(path.read_bytes())
    except Exception as e:
        raise Untestable("bad-data", f"{what}: {path.name} is not a TensorProto ({e})")
    if tensor.data_type not in NUMPY_ELEM_TYPES:
        raise Untestable("unsupported-type", f"{what} has dtype "
                         f"{TensorProto.DataType.Name(tensor.data_type)}, which .npy cannot "
                         f"hold")
    return tensor


def _to_array(tensor: TensorProto, what: str, base_dir: Path) -> np.ndarray:
    try:
        return numpy_helper.to_array(tensor, base_dir=str(base_dir))
    except Exception as e:
        raise Untestable("bad-data", f"{what}: cannot convert to numpy "
                                     f"({type(e).__name__}: {e})")


def runtime_inputs(model: onnx.ModelProto) -> List[onnx.ValueInfoProto]:
    """Graph inputs that the caller feeds: those not backed by an initializer."""
    initializers = {t.name for t in model.graph.initializer}
    return [v for v in model.graph.input if v.name not in initializers]


def load_data_set(model: onnx.ModelProto, data_dir: Path
                  ) -> Tuple[Dict[str, np.ndarray], List[Tuple[str, np.ndarray]]]:
    """(inputs by graph input name, [(output name, expected value)] in graph order).
    Raises Untestable for anything mcc-run cannot take or produce."""
    def numbered(prefix: str) -> List[Path]:
        files = [p for p in data_dir.glob(f"{prefix}_*.pb")
                 if p.stem[len(prefix) + 1:].isdigit()]
        return sorted(files, key=lambda p: int(p.stem[len(prefix) + 1:]))

    input_files, output_files = numbered("input"), numbered("output")
    fed = runtime_inputs(model)
    by_name = {v.name: v for v in model.graph.input}
    if len(input_files) > len(fed):
        raise Untestable("bad-data", f"{data_dir.name} has {len(input_files)} inputs, the "
                                     f"graph takes {len(fed)}")
    inputs: Dict[str, np.ndarray] = {}
    for position, path in enumerate(input_files):
        # input_<j>.pb is graph input j; a tensor's own name wins when it names an input.
        value_info = fed[position]
        if _kind(value_info) != "tensor":
            raise Untestable("unsupported-type", f"input '{value_info.name}' is a "
                             f"{_kind(value_info)}; mcc-run takes tensors only")
        tensor = _read_tensor(path, f"input '{value_info.name}'")
        if tensor.name in by_name and tensor.name not in inputs \
                and _kind(by_name[tensor.name]) == "tensor":
            value_info = by_name[tensor.name]
        inputs[value_info.name] = _to_array(tensor, f"input '{value_info.name}'", data_dir)

    outputs = list(model.graph.output)
    if len(output_files) != len(outputs):
        raise Untestable("bad-data", f"{data_dir.name} has {len(output_files)} expected "
                                     f"outputs, the graph has {len(outputs)}")
    expected = []
    for value_info, path in zip(outputs, output_files):
        if _kind(value_info) != "tensor":
            raise Untestable("unsupported-type", f"output '{value_info.name}' is a "
                             f"{_kind(value_info)}; mcc-run writes tensors only")
        tensor = _read_tensor(path, f"output '{value_info.name}'")
        expected.append((value_info.name,
                         _to_array(tensor, f"output '{value_info.name}'", data_dir)))
    return inputs, expected



# --- attribute-like inputs ----------------------------------------------------------------

# Operand slots that real models fill with constants (axes, shapes, pads, ...) but that the
# node tests feed as graph inputs. Like onnx-mlir's backend harness (its CONSTANT_INPUT
# lists), the runner folds such an input into an initializer holding the test data's value.
# Op type -> the input indices that are attribute-like. Data operands never are (Clip's
# min/max, Range's bounds stay runtime inputs: mcc computes them at run time).
ATTRIBUTE_LIKE_SLOTS: Dict[str, Tuple[int, ...]] = {
    "Reshape": (1,), "Expand": (1,), "Tile": (1,), "ConstantOfShape": (0,),
    "Slice": (1, 2, 3, 4), "Squeeze": (1,), "Unsqueeze": (1,), "Split": (1,),
    "Pad": (1, 2, 3), "CenterCropPad": (1,),
    "ReduceSum": (1,), "ReduceMean": (1,), "ReduceMax": (1,), "ReduceMin": (1,),
    "ReduceProd": (1,), "ReduceL1": (1,), "ReduceL2": (1,), "ReduceLogSum": (1,),
    "ReduceLogSumExp": (1,), "ReduceSumSquare": (1,),
    "Resize": (1, 2, 3), "Upsample": (1,), "TopK": (1,), "OneHot": (1,),
    "Dropout": (1, 2), "Trilu": (1,), "CumSum": (1,), "CumProd": (1,),
}


def _subgraph_names(graph: onnx.GraphProto) -> set:
    """Every value name a node of a subgraph (If/Loop/Scan bodies) reads, at any depth."""
    names = set()
    for node in graph.node:
        for attr in node.attribute:
            for sub in list(attr.graphs) + ([attr.g] if attr.HasField("g") else []):
                for inner in sub.node:
                    names.update(inner.input)
                names |= _subgraph_names(sub)
    return names


def attribute_like_inputs(model: onnx.ModelProto) -> List[str]:
    """Runtime graph inputs read only through attribute-like operand slots of the main
    graph's nodes (and not graph outputs, not read inside a subgraph)."""
    uses: Dict[str, List[bool]] = {}
    for node in model.graph.node:
        slots = ATTRIBUTE_LIKE_SLOTS.get(node.op_type, ()) if node.domain in ("", "ai.onnx") \
            else ()
        for i, name in enumerate(node.input):
            if name:
                uses.setdefault(name, []).append(i in slots)
    excluded = {o.name for o in model.graph.output} | _subgraph_names(model.graph)
    return [v.name for v in runtime_inputs(model)
            if v.name in uses and all(uses[v.name]) and v.name not in excluded]


def fold_inputs(model: onnx.ModelProto, values: Dict[str, np.ndarray]) -> onnx.ModelProto:
    """A copy where each input named in `values` is an initializer with that value and no
    longer a graph input."""
    folded = onnx.ModelProto()
    folded.CopyFrom(model)
    kept = [v for v in folded.graph.input if v.name not in values]
    del folded.graph.input[:]
    folded.graph.input.extend(kept)
    for name, value in values.items():
        folded.graph.initializer.append(numpy_helper.from_array(value, name))
    return folded
