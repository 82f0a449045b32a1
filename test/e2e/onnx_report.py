"""Describes an exported ONNX model the way a compiler author needs it: op types and counts,
opset, declared input/output types, which values are constant, the shape-computation
subgraph that a dynamic batch dim leaves behind, and the attributes of every RNN node.

    python test/e2e/onnx_report.py model.onnx ...

Terms used in the report:
  constant       an initializer, a Constant node's output, or the output of a node whose
                 inputs are all constant (foldable at compile time).
  shape-derived  computed only from Shape(...) of some tensor and constants: Shape itself and
                 the Gather/Unsqueeze/Concat/Div/Cast/... arithmetic on its result, and
                 ConstantOfShape of such a value (a tensor whose contents depend only on dims).
                 With every dim but the batch static, all of these fold once N is known.
"""

import sys
from collections import Counter
from typing import Dict, List, Set

import onnx
from onnx import defs, helper

# Operand slots a compiler usually wants constant (weights) or static (shape-like).
SHAPE_SLOTS = {
    "Reshape": ["shape"], "Expand": ["shape"], "ConstantOfShape": ["input"],
    "Slice": ["starts", "ends", "axes", "steps"], "Unsqueeze": ["axes"], "Squeeze": ["axes"],
    "Tile": ["repeats"], "Range": ["start", "limit", "delta"], "Pad": ["pads", "constant_value"],
    "Resize": ["roi", "scales", "sizes"], "Split": ["split"], "ReduceSum": ["axes"],
    "TopK": ["K"], "OneHot": ["depth"], "Clip": ["min", "max"],
}
WEIGHT_SLOTS = {
    "Conv": ["W", "B"], "Gemm": ["B", "C"], "MatMul": ["B"], "LayerNormalization": ["Scale", "B"],
    "BatchNormalization": ["scale", "B", "input_mean", "input_var"],
    "LSTM": ["W", "R", "B", "sequence_lens", "initial_h", "initial_c", "P"],
    "GRU": ["W", "R", "B", "sequence_lens", "initial_h"],
    "RNN": ["W", "R", "B", "sequence_lens", "initial_h"],
}
RNN_DEFAULT_ACTIVATIONS = {"LSTM": ["Sigmoid", "Tanh", "Tanh"], "GRU": ["Sigmoid", "Tanh"],
                           "RNN": ["Tanh"]}


def _slot_names(node, opset: int) -> List[str]:
    try:
        schema = defs.get_schema(node.op_type, opset, node.domain)
        names = [p.name for p in schema.inputs]
    except Exception:
        names = []
    return [names[i] if i < len(names) else (names[-1] if names else f"in{i}")
            for i in range(len(node.input))]


def _dims(value_info) -> str:
    t = value_info.type.tensor_type
    dims = [d.dim_param or (str(d.dim_value) if d.HasField("dim_value") else "?")
            for d in t.shape.dim]
    return f"{helper.tensor_dtype_to_np_dtype(t.elem_type)} [{', '.join(dims)}]"


def _attrs(node) -> Dict[str, object]:
    out = {}
    for a in node.attribute:
        v = helper.get_attribute_value(a)
        out[a.name] = v.decode() if isinstance(v, bytes) else \
            [x.decode() if isinstance(x, bytes) else x for x in v] if isinstance(v, list) else v
    return out


def describe(path: str, name: str = "") -> str:
    model = onnx.load(path)
    g = model.graph
    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 0)
    producer = {out: n for n in g.node for out in n.output}
    initializers = {i.name: i for i in g.initializer}
    graph_inputs = {i.name for i in g.input}

    constant: Set[str] = set(initializers)
    shape_derived: Set[str] = set()
    foldable = Counter()
    for n in g.node:  # ONNX graphs are topologically sorted
        ins = [i for i in n.input if i]
        if n.op_type == "Constant" or (ins and all(i in constant for i in ins)):
            constant.update(n.output)
            if n.op_type != "Constant":
                foldable[n.op_type] += 1
        elif n.op_type == "Shape" or (
                ins and all(i in constant or i in shape_derived for i in ins)):
            shape_derived.update(n.output)

    lines = []
    opsets = ", ".join(f"{o.domain or 'ai.onnx'}={o.version}" for o in model.opset_import)
    lines.append(f"== {name or g.name}: opset {opsets}, ir_version {model.ir_version}, "
                 f"{len(g.node)} nodes, {len(g.initializer)} initializers, "
                 f"{len(g.value_info)} value_info")
    for label, values in (("inputs", g.input), ("outputs", g.output)):
        lines.append(f"   {label}: " + "; ".join(f"{v.name} {_dims(v)}" for v in values
                                                  if v.name not in initializers))
    ops = Counter(n.op_type for n in g.node)
    lines.append("   ops: " + ", ".join(f"{op} {c}" for op, c in sorted(ops.items())))
    if foldable:
        lines.append("   constant-foldable nodes (all inputs constant): "
                     + ", ".join(f"{op} {c}" for op, c in sorted(foldable.items())))

    # The shape subgraph: nodes producing shape-derived values, and where they lead.
    shape_nodes = [n for n in g.node if n.output and n.output[0] in shape_derived]
    if shape_nodes:
        lines.append(f"   shape subgraph: {len(shape_nodes)} nodes: " + ", ".join(
            f"{op} {c}" for op, c in sorted(Counter(n.op_type for n in shape_nodes).items())))
        sources = Counter()
        for n in shape_nodes:
            if n.op_type == "Shape":
                src = producer.get(n.input[0])
                sources["Shape(" + (n.input[0] if n.input[0] in graph_inputs else
                                    f"{src.op_type if src else '?'} output") + ")"] += 1
        lines.append("     reads: " + ", ".join(f"{s} x{c}" for s, c in sorted(sources.items())))
        feeds = Counter()
        for n in g.node:
            if n.output and n.output[0] in shape_derived:
                continue
            for i, slot in zip(n.input, _slot_names(n, opset)):
                if i in shape_derived:
                    feeds[f"{n.op_type}.{slot}"] += 1
        lines.append("     feeds: " + ", ".join(f"{f} x{c}" for f, c in sorted(feeds.items())))

    # Operands usually constant that are not; shape-derived ones are listed above.
    odd = Counter()
    for n in g.node:
        slots = SHAPE_SLOTS.get(n.op_type, []) + WEIGHT_SLOTS.get(n.op_type, [])
        for i, slot in zip(n.input, _slot_names(n, opset)):
            if i and slot in slots and i not in constant and i not in shape_derived:
                odd[f"{n.op_type}.{slot}"] += 1
    if odd:
        lines.append("   computed (non-constant, data-dependent) operands: "
                     + ", ".join(f"{k} x{c}" for k, c in sorted(odd.items())))

    for n in g.node:
        if n.op_type not in RNN_DEFAULT_ACTIVATIONS:
            continue
        attrs = _attrs(n)
        attrs.setdefault("direction", "forward (default)")
        attrs.setdefault("layout", "0 (default)")
        attrs.setdefault("activations",
                         f"default {'/'.join(RNN_DEFAULT_ACTIVATIONS[n.op_type])}")
        operands = []
        for i, slot in zip(list(n.input) + [""] * 8, _slot_names(n, opset)):
            if not i:
                operands.append(f"{slot}=absent")
            elif i in initializers:
                operands.append(f"{slot}=initializer{list(initializers[i].dims)}")
            elif i in constant:
                operands.append(f"{slot}=constant")
            else:
                p = producer.get(i)
                kind = "shape-derived " if i in shape_derived else ""
                operands.append(f"{slot}={kind}<{p.op_type if p else 'graph input'}>")
        used = {i for m in g.node for i in m.input} | {o.name for o in g.output}
        outputs = [f"{o}{'' if o in used else ' (unused)'}" for o in n.output]
        lines.append(f"   {n.op_type} {n.name}: " + ", ".join(
            f"{k}={v}" for k, v in sorted(attrs.items())))
        lines.append(f"     inputs: {', '.join(operands)}")
        lines.append(f"     outputs: {', '.join(outputs)}")
    return "\n".join(lines)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(describe(p))
