#!/usr/bin/env python3
"""Models for the lit tests of the decomposed ops: attention and friends, the losses,
Trilu, Hardmax, Lp/MeanVariance normalization, EyeLike, DepthToSpace/SpaceToDepth.

    make_ops_model.py CASE OUT

Same conventions (and helpers) as make_model.py.
"""

import os
import sys

import numpy as np
from onnx import TensorProto as T
from onnx import helper as h

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_model as mm  # noqa: E402
from make_model import init, model, rand, vi  # noqa: E402

CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


# --- transformer ops -----------------------------------------------------------------------

@case
def attention_gqa_causal():
    """3-D GQA (4 query heads, 2 kv heads), causal, with a past cache and all four outputs."""
    nodes = [h.make_node("Attention", ["q", "k", "v", "", "pk", "pv"], ["y", "pres_k", "pres_v", "qk"],
                         name="attn", is_causal=1, q_num_heads=4, kv_num_heads=2,
                         qk_matmul_output_mode=3)]
    inputs = [vi("q", T.FLOAT, [2, 3, 32]), vi("k", T.FLOAT, [2, 3, 16]),
              vi("v", T.FLOAT, [2, 3, 16]), vi("pk", T.FLOAT, [2, 2, 1, 8]),
              vi("pv", T.FLOAT, [2, 2, 1, 8])]
    return model(nodes, inputs, [vi("y"), vi("pres_k"), vi("pres_v"), vi("qk")], opset=23)


@case
def attention_bool_mask_softcap():
    """4-D, a boolean mask shorter than the keys (padded with False), softcap, scale."""
    nodes = [h.make_node("Attention", ["q", "k", "v", "m"], ["y"], name="attn", softcap=2.0,
                         scale=0.5)]
    inputs = [vi("q", T.FLOAT, [1, 2, 3, 4]), vi("k", T.FLOAT, [1, 2, 5, 4]),
              vi("v", T.FLOAT, [1, 2, 5, 4]), vi("m", T.BOOL, [3, 4])]
    return model(nodes, inputs, [vi("y")], opset=23)


@case
def attention_dynamic_causal():
    """4-D with every dim dynamic: causal mask, scale and kv head repeats at run time."""
    nodes = [h.make_node("Attention", ["q", "k", "v"], ["y"], name="attn", is_causal=1)]
    inputs = [vi("q", T.FLOAT, ["B", "H", "S", "D"]), vi("k", T.FLOAT, ["B", "G", "L", "D"]),
              vi("v", T.FLOAT, ["B", "G", "L", "E"])]
    return model(nodes, inputs, [vi("y")], opset=23)


@case
def attention_bad_rank():
    nodes = [h.make_node("Attention", ["q", "k", "v"], ["y"], name="attn")]
    inputs = [vi("q", T.FLOAT, [2, 3]), vi("k", T.FLOAT, [2, 3]), vi("v", T.FLOAT, [2, 3])]
    return model(nodes, inputs, [vi("y")], opset=23)


@case
def rms_rotary_swiglu():
    nodes = [
        h.make_node("RMSNormalization", ["x", "s"], ["n"], name="rms", axis=-1, epsilon=1e-6),
        h.make_node("RotaryEmbedding", ["n", "cos", "sin", "pos"], ["r"], name="rope",
                    num_heads=2, rotary_embedding_dim=4, interleaved=1),
        h.make_node("SwiGLU", ["r", "r"], ["y"], name="swiglu", alpha=1.5),
    ]
    inputs = [vi("x", T.FLOAT, [1, 3, 12]), vi("pos", T.INT64, [1, 3])]
    inits = [init("s", rand(12)), init("cos", rand(8, 2, seed=1)), init("sin", rand(8, 2, seed=2))]
    return model(nodes, inputs, [vi("y")], inits, opset=28)


# --- losses --------------------------------------------------------------------------------

@case
def nll_loss():
    """N-d NegativeLogLikelihoodLoss with weights and ignore_index, mean."""
    nodes = [h.make_node("NegativeLogLikelihoodLoss", ["x", "t", "w"], ["y"], name="nll",
                         ignore_index=1)]
    inputs = [vi("x", T.FLOAT, [2, 3, 4]), vi("t", T.INT64, [2, 4])]
    return model(nodes, inputs, [vi("y")], [init("w", rand(3))], opset=13)


@case
def sce_loss():
    """SoftmaxCrossEntropyLoss without weights, reduction none, with the log_prob output."""
    nodes = [h.make_node("SoftmaxCrossEntropyLoss", ["x", "t"], ["y", "logp"], name="sce",
                         reduction="none")]
    inputs = [vi("x", T.FLOAT, [2, 3]), vi("t", T.INT32, [2])]
    return model(nodes, inputs, [vi("y"), vi("logp")], opset=13)


@case
def nll_bad_reduction():
    nodes = [h.make_node("NegativeLogLikelihoodLoss", ["x", "t"], ["y"], name="nll",
                         reduction="max")]
    inputs = [vi("x", T.FLOAT, [2, 3]), vi("t", T.INT64, [2])]
    return model(nodes, inputs, [vi("y")], opset=13)


# --- the rest ------------------------------------------------------------------------------

@case
def misc_ops():
    nodes = [
        h.make_node("Trilu", ["x", "k"], ["tri"], name="trilu", upper=0),
        h.make_node("Hardmax", ["tri"], ["hm"], name="hardmax"),
        h.make_node("LpNormalization", ["hm"], ["lp"], name="lp", p=1, axis=0),
        h.make_node("EyeLike", ["lp"], ["eye"], name="eye", k=1, dtype=T.INT64),
    ]
    inputs = [vi("x", T.FLOAT, [3, 4])]
    inits = [init("k", np.array(1, dtype=np.int64))]
    return model(nodes, inputs, [vi("lp"), vi("eye", T.INT64)], inits, opset=14)


@case
def depth_space():
    nodes = [
        h.make_node("DepthToSpace", ["x"], ["d"], name="d2s", blocksize=2, mode="CRD"),
        h.make_node("SpaceToDepth", ["d"], ["y"], name="s2d", blocksize=2),
        h.make_node("MeanVarianceNormalization", ["y"], ["mvn"], name="mvn"),
    ]
    return model(nodes, [vi("x", T.FLOAT, [1, 8, 2, 3])], [vi("mvn")], opset=13)


@case
def einsum():
    """A batched matmul with a transposed output, and a batch diagonal."""
    nodes = [
        h.make_node("Einsum", ["a", "b"], ["ab"], name="bmm", equation="bij, bjk -> bki"),
        h.make_node("Einsum", ["c"], ["d"], name="diag", equation="...ii ->...i"),
    ]
    inputs = [vi("a", T.FLOAT, [5, 2, 3]), vi("b", T.FLOAT, [5, 3, 4]), vi("c", T.FLOAT, [2, 3, 3])]
    return model(nodes, inputs, [vi("ab"), vi("d")], opset=12)


@case
def center_crop_pad():
    """Crop axis 0 from 5 to 2 and pad axis 1 from 3 to 6 (axes given negative)."""
    nodes = [h.make_node("CenterCropPad", ["x", "shape"], ["y"], name="ccp", axes=[0, -2])]
    inits = [init("shape", np.array([2, 6], dtype=np.int64))]
    return model(nodes, [vi("x", T.FLOAT, [5, 3, 2])], [vi("y")], inits, opset=18)


@case
def trilu_runtime_k():
    """k is a graph input and the dims are dynamic: the mask compares iotas at run time."""
    nodes = [h.make_node("Trilu", ["x", "k"], ["y"], name="trilu")]
    inputs = [vi("x", T.FLOAT, ["N", "M"]), vi("k", T.INT64, [])]
    return model(nodes, inputs, [vi("y")], opset=14)


@case
def trilu_rank1():
    nodes = [h.make_node("Trilu", ["x"], ["y"], name="trilu")]
    return model(nodes, [vi("x", T.FLOAT, [4])], [vi("y")], opset=14)


@case
def layernorm_stats():
    nodes = [h.make_node("LayerNormalization", ["x", "s"], ["y", "mu", "inv"], name="ln",
                         axis=1)]
    return model(nodes, [vi("x", T.FLOAT, ["N", 3, 4])], [vi("y"), vi("mu"), vi("inv")],
                 [init("s", rand(3, 4))])


def main():
    mm.CASES = CASES
    mm.main()


if __name__ == "__main__":
    main()
