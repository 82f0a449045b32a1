"""Model builders for the end-to-end tests and the demo.

Each builder writes `<out_dir>/<name>.onnx` and returns the model's inputs as `InputSpec`s,
whose shapes keep the batch dim symbolic ("N"). Every model has a dynamic batch dim. Weights
are random and seeded, so a model is the same bytes on every machine and nothing is ever
downloaded.

    python test/e2e/models.py resnet18 --out out/demo --image-size 224
"""

import argparse
import os
import sys
import warnings
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
BATCH = "N"  # the name of the dynamic batch dim, in specs and in the exported models


@dataclass(frozen=True)
class InputSpec:
    """One model input. `kind` says how to fill it with plausible values:
    "float" normal(0, 1); "ids" integers in [0, high); "mask" ones with some trailing zeros
    (a padded batch); "token_type" zeros then ones (sentence A, sentence B)."""
    name: str
    dtype: str  # a numpy dtype name
    shape: Tuple  # ints, and BATCH for the batch dim
    kind: str = "float"
    high: int = 0

    def concrete_shape(self, batch: int) -> Tuple[int, ...]:
        return tuple(batch if d == BATCH else d for d in self.shape)


def make_inputs(specs: Sequence[InputSpec], batch: int, seed: int = 0) -> Dict[str, np.ndarray]:
    """Seeded random values for every input, at the given batch size."""
    rng = np.random.default_rng(seed)
    values = {}
    for spec in specs:
        shape = spec.concrete_shape(batch)
        if spec.kind == "float":
            value = rng.standard_normal(shape)
        elif spec.kind == "ids":
            value = rng.integers(0, spec.high, size=shape)
        elif spec.kind == "mask":
            # Row b keeps its first `length` tokens; row 0 is never padded.
            value = np.ones(shape)
            seq = shape[-1]
            for b in range(1, shape[0]):
                length = int(rng.integers(seq // 2, seq + 1))
                value[b, length:] = 0
        elif spec.kind == "token_type":
            value = np.zeros(shape)
            for b in range(shape[0]):
                value[b, int(rng.integers(1, shape[-1])):] = 1
        else:
            raise ValueError(f"unknown input kind {spec.kind!r}")
        values[spec.name] = np.ascontiguousarray(value.astype(spec.dtype))
    return values


# --- helpers -----------------------------------------------------------------------------

def _torch_export(module, specs: Sequence[InputSpec], path: str, output_names: Sequence[str],
                  dynamic_axes: Dict[str, Dict[int, str]]) -> None:
    """Exports `module` traced at batch 1, then checks that ONNX Runtime agrees with torch at
    batch 1 and 4, so a batch size baked into the graph is caught here, not blamed on mcc."""
    import torch
    module.eval()

    def torch_args(batch):
        values = make_inputs(specs, batch, seed=100 + batch)
        return tuple(torch.from_numpy(v) for v in values.values())

    # Gradients stay enabled on purpose: torch 1.13 takes a fused "fast path" in
    # TransformerEncoderLayer when grad is off, which exports as a single aten op instead of
    # regular ONNX ops. With grad on and weights requiring grad, the plain path is traced.
    with torch.enable_grad(), warnings.catch_warnings():
        # torch warns about RNNs exported without explicit initial states; we export at
        # batch 1 and check batch 4 below, which is what the warning asks for.
        warnings.filterwarnings("ignore", category=UserWarning)
        torch.onnx.export(module, torch_args(1), path, input_names=[s.name for s in specs],
                          output_names=list(output_names), dynamic_axes=dynamic_axes,
                          opset_version=OPSET, do_constant_folding=True)
    model = onnx.load(path)
    model.graph.name = os.path.splitext(os.path.basename(path))[0]  # not "torch_jit"
    onnx.save(model, path)
    onnx.checker.check_model(model)
    foreign = sorted({n.op_type for n in model.graph.node if n.domain not in ("", "ai.onnx")})
    if foreign:
        raise RuntimeError(f"{path}: export produced non-ONNX ops {foreign}")

    import onnxruntime
    session = onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"])
    for batch in (1, 4):
        args = torch_args(batch)
        with torch.no_grad():
            expected = module(*args)
        expected = expected if isinstance(expected, tuple) else (expected,)
        got = session.run(None, {s.name: a.numpy() for s, a in zip(specs, args)})
        for name, e, g in zip(output_names, expected, got):
            if e.shape != g.shape or not np.allclose(e.numpy(), g, rtol=1e-3, atol=1e-5):
                raise RuntimeError(f"{path}: onnxruntime disagrees with torch on output {name} "
                                   f"at batch {batch} (shapes {list(g.shape)} vs {list(e.shape)})")


def _seeded(seed: int = 0):
    import torch
    torch.manual_seed(seed)


def _randomize_norms_and_biases(model) -> None:
    """Default init leaves LayerNorm at scale 1, shift 0 and attention biases at 0, so a
    compiler that dropped them would still pass; make them all random."""
    import torch
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.LayerNorm):
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.2, 0.2)
            elif isinstance(m, torch.nn.MultiheadAttention):
                m.in_proj_bias.uniform_(-0.2, 0.2)
                m.out_proj.bias.uniform_(-0.2, 0.2)


# --- builders ----------------------------------------------------------------------------

def build_mlp(out_dir: str) -> List[InputSpec]:
    """2-3-1 MLP with sigmoids, hand-written with onnx.helper. Layer 1 is a Gemm (transB=1),
    layer 2 a MatMul + Add, so both spellings of a dense layer are covered."""
    # Seed and scale picked so outputs spread over (0, 1) instead of saturating near 0.
    rng = np.random.default_rng(2)
    w1 = (2 * rng.standard_normal((3, 2))).astype(np.float32)  # [out, in]: Gemm transB=1
    b1 = rng.standard_normal(3).astype(np.float32)
    w2 = (2 * rng.standard_normal((3, 1))).astype(np.float32)  # [in, out]: MatMul
    b2 = rng.standard_normal(1).astype(np.float32)
    nodes = [
        helper.make_node("Gemm", ["x", "w1", "b1"], ["h_pre"], name="dense1", transB=1),
        helper.make_node("Sigmoid", ["h_pre"], ["h"], name="act1"),
        helper.make_node("MatMul", ["h", "w2"], ["y_mm"], name="dense2_matmul"),
        helper.make_node("Add", ["y_mm", "b2"], ["y_pre"], name="dense2_bias"),
        helper.make_node("Sigmoid", ["y_pre"], ["y"], name="act2"),
    ]
    graph = helper.make_graph(
        nodes, "mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [BATCH, 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [BATCH, 1])],
        initializer=[numpy_helper.from_array(a, n)
                     for n, a in (("w1", w1), ("b1", b1), ("w2", w2), ("b2", b2))])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="mcc-e2e")
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=True)
    onnx.save(model, os.path.join(out_dir, "mlp.onnx"))
    return [InputSpec("x", "float32", (BATCH, 2))]


def build_mnist_cnn(out_dir: str) -> List[InputSpec]:
    import torch
    import torch.nn as nn
    _seeded()
    model = nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),   # 28 -> 26 -> 13
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),  # 13 -> 11 -> 5
        nn.Flatten(),
        nn.Linear(64 * 5 * 5, 64), nn.ReLU(),
        nn.Linear(64, 10), nn.Softmax(dim=1))
    # Default init gives logits near 0 and a near-uniform softmax, which hides errors.
    with torch.no_grad():
        model[-2].weight.mul_(10)
    specs = [InputSpec("input", "float32", (BATCH, 1, 28, 28))]
    _torch_export(model, specs, os.path.join(out_dir, "mnist_cnn.onnx"), ["probs"],
                  {"input": {0: BATCH}, "probs": {0: BATCH}})
    return specs


def build_resnet18(out_dir: str, image_size: int = 64) -> List[InputSpec]:
    """torchvision ResNet-18 with seeded random weights (never pretrained). The network is
    fully convolutional up to its global pool, so tests may use a small image; the demo
    uses 224. Fresh BatchNorms are identities (mean 0, var 1, scale 1, shift 0); random stats
    make them real, so folding them (the exporter folds them into the Convs) is exercised."""
    import torch
    import torchvision
    _seeded()
    model = torchvision.models.resnet18(weights=None)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.running_mean.uniform_(-0.1, 0.1)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.1, 0.1)
    specs = [InputSpec("input", "float32", (BATCH, 3, image_size, image_size))]
    _torch_export(model, specs, os.path.join(out_dir, "resnet18.onnx"), ["logits"],
                  {"input": {0: BATCH}, "logits": {0: BATCH}})
    return specs


def build_lstm_sentiment(out_dir: str) -> List[InputSpec]:
    import torch
    import torch.nn as nn

    class LstmSentiment(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = nn.Embedding(1000, 32)
            self.lstm = nn.LSTM(32, 100, batch_first=True)
            self.dense = nn.Linear(100, 1)

        def forward(self, tokens):
            seq, _ = self.lstm(self.embed(tokens))
            return torch.sigmoid(self.dense(seq[:, -1, :]))

    _seeded()
    model = LstmSentiment()
    # Larger weights than the default init drive the gates into their nonlinear range and
    # spread the scores over (0, 1) instead of around 0.5.
    with torch.no_grad():
        for p in model.lstm.parameters():
            p.mul_(3)
        model.dense.weight.mul_(10)
    specs = [InputSpec("tokens", "int64", (BATCH, 20), kind="ids", high=1000)]
    _torch_export(model, specs, os.path.join(out_dir, "lstm_sentiment.onnx"),
                  ["score"], {"tokens": {0: BATCH}, "score": {0: BATCH}})
    return specs


def build_gru2(out_dir: str) -> List[InputSpec]:
    """Two stacked GRU layers, batch_first. Outputs the whole top-layer sequence and the
    final hidden state of both layers (batch in dim 1 there, as torch lays it out)."""
    import torch.nn as nn

    class Gru2(nn.Module):
        def __init__(self):
            super().__init__()
            self.gru = nn.GRU(16, 32, num_layers=2, batch_first=True)

        def forward(self, x):
            return self.gru(x)

    _seeded()
    specs = [InputSpec("x", "float32", (BATCH, 10, 16))]
    _torch_export(Gru2(), specs, os.path.join(out_dir, "gru2.onnx"), ["seq", "h_n"],
                  {"x": {0: BATCH}, "seq": {0: BATCH}, "h_n": {1: BATCH}})
    return specs


def build_transformer_encoder(out_dir: str) -> List[InputSpec]:
    import torch.nn as nn
    _seeded()
    layer = nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=128, dropout=0.0,
                                       batch_first=True)
    model = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
    # TransformerEncoder deep-copies `layer`, so both layers start with the same weights.
    for copy in model.layers:
        copy.self_attn._reset_parameters()
        copy.self_attn.out_proj.reset_parameters()
        copy.linear1.reset_parameters()
        copy.linear2.reset_parameters()
    _randomize_norms_and_biases(model)
    specs = [InputSpec("src", "float32", (BATCH, 16, 64))]
    _torch_export(model, specs, os.path.join(out_dir, "transformer_encoder.onnx"), ["out"],
                  {"src": {0: BATCH}, "out": {0: BATCH}})
    return specs


BERT_SEQ = 32
BERT_VOCAB = 1000


def build_bert_tiny(out_dir: str) -> List[InputSpec]:
    """A small BERT encoder written out by hand (not a library class), shaped like the
    original: embeddings (token + position + token type) -> LayerNorm -> 2 x [self-attention
    with an additive mask, residual, LayerNorm, GELU FFN, residual, LayerNorm] -> pooler.
    The attention reshapes use x.size(), as real BERT code does, so the export carries the
    usual dynamic-shape subgraph."""
    import math
    import torch
    import torch.nn as nn

    hidden, heads, ffn, layers, max_pos = 64, 4, 128, 2, 64

    class SelfAttention(nn.Module):
        def __init__(self):
            super().__init__()
            self.heads, self.head_dim = heads, hidden // heads
            self.query = nn.Linear(hidden, hidden)
            self.key = nn.Linear(hidden, hidden)
            self.value = nn.Linear(hidden, hidden)
            self.out = nn.Linear(hidden, hidden)

        def split_heads(self, x):  # [N, S, H*D] -> [N, H, S, D]
            return x.view(x.size()[:-1] + (self.heads, self.head_dim)).permute(0, 2, 1, 3)

        def forward(self, x, additive_mask):
            q = self.split_heads(self.query(x))
            k = self.split_heads(self.key(x))
            v = self.split_heads(self.value(x))
            scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_dim)
            probs = torch.softmax(scores + additive_mask, dim=-1)
            ctx = torch.matmul(probs, v).permute(0, 2, 1, 3).contiguous()
            return self.out(ctx.view(ctx.size()[:-2] + (hidden,)))

    class Layer(nn.Module):
        def __init__(self):
            super().__init__()
            self.attn = SelfAttention()
            self.attn_norm = nn.LayerNorm(hidden, eps=1e-12)
            self.ffn = nn.Sequential(nn.Linear(hidden, ffn), nn.GELU(), nn.Linear(ffn, hidden))
            self.ffn_norm = nn.LayerNorm(hidden, eps=1e-12)

        def forward(self, x, additive_mask):
            x = self.attn_norm(x + self.attn(x, additive_mask))
            return self.ffn_norm(x + self.ffn(x))

    class BertTiny(nn.Module):
        def __init__(self):
            super().__init__()
            self.word = nn.Embedding(BERT_VOCAB, hidden)
            self.position = nn.Embedding(max_pos, hidden)
            self.token_type = nn.Embedding(2, hidden)
            self.embed_norm = nn.LayerNorm(hidden, eps=1e-12)
            self.layers = nn.ModuleList(Layer() for _ in range(layers))
            self.pooler = nn.Linear(hidden, hidden)
            self.register_buffer("position_ids", torch.arange(max_pos).unsqueeze(0))

        def forward(self, input_ids, token_type_ids, attention_mask):
            seq = input_ids.size(1)
            x = (self.word(input_ids) + self.position(self.position_ids[:, :seq])
                 + self.token_type(token_type_ids))
            x = self.embed_norm(x)
            # [N, S] of 1/0 -> [N, 1, 1, S] of 0/-10000, added to every head's scores.
            additive_mask = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
            for layer in self.layers:
                x = layer(x, additive_mask)
            pooled = torch.tanh(self.pooler(x[:, 0]))
            return x, pooled

    _seeded()
    model = BertTiny()
    _randomize_norms_and_biases(model)
    specs = [InputSpec("input_ids", "int64", (BATCH, BERT_SEQ), kind="ids", high=BERT_VOCAB),
             InputSpec("token_type_ids", "int64", (BATCH, BERT_SEQ), kind="token_type"),
             InputSpec("attention_mask", "int64", (BATCH, BERT_SEQ), kind="mask")]
    outputs = ["last_hidden_state", "pooler_output"]
    _torch_export(model, specs, os.path.join(out_dir, "bert_tiny.onnx"), outputs,
                  {n: {0: BATCH} for n in [s.name for s in specs] + outputs})
    return specs


# Name -> builder(out_dir, **options) -> [InputSpec]. Order is simplest first.
MODELS: Dict[str, Callable[..., List[InputSpec]]] = {
    "mlp": build_mlp,
    "mnist_cnn": build_mnist_cnn,
    "resnet18": build_resnet18,
    "lstm_sentiment": build_lstm_sentiment,
    "gru2": build_gru2,
    "transformer_encoder": build_transformer_encoder,
    "bert_tiny": build_bert_tiny,
}


def build(name: str, out_dir: str, image_size: Optional[int] = None) -> List[InputSpec]:
    """Exports model `name` into out_dir and returns its input specs."""
    os.makedirs(out_dir, exist_ok=True)
    if name == "resnet18" and image_size is not None:
        return build_resnet18(out_dir, image_size=image_size)
    return MODELS[name](out_dir)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Export test models to ONNX.")
    parser.add_argument("models", nargs="*", help=f"default: all of {', '.join(MODELS)}")
    parser.add_argument("--out", required=True, help="directory for <name>.onnx")
    parser.add_argument("--image-size", type=int, help="resnet18 input height/width")
    parser.add_argument("--inputs", type=int, metavar="BATCH",
                        help="also write seeded inputs as <out>/<input name>.npy at this batch")
    args = parser.parse_args(argv)
    for name in args.models or list(MODELS):
        if name not in MODELS:
            parser.error(f"unknown model {name!r}; known: {', '.join(MODELS)}")
        specs = build(name, args.out, image_size=args.image_size)
        print(f"wrote {os.path.join(args.out, name + '.onnx')}")
        if args.inputs:
            for input_name, value in make_inputs(specs, args.inputs).items():
                path = os.path.join(args.out, input_name + ".npy")
                np.save(path, value)
                print(f"wrote {path} {value.dtype} {list(value.shape)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
