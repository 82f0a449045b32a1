"""Model builders for the end-to-end tests and the demo.

Each builder writes `<out_dir>/<name>.onnx` and returns the model's inputs as `InputSpec`s,
whose shapes keep the batch dim symbolic ("N"). Every model has a dynamic batch dim. Weights
are random and seeded, so a model is the same bytes on every machine and nothing is ever
downloaded.

    python test/e2e/models.py resnet18 --out out/demo --image-size 224
"""

import argparse
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
BATCH = "N"  # the name of the dynamic batch dim, in specs and in the exported models
SEQ = "S"  # the dynamic sequence dim of models that have one (bert_dynamic)


@dataclass(frozen=True)
class InputSpec:
    """One model input. `kind` says how to fill it with plausible values:
    "float" normal(0, 1); "ids" integers in [0, high); "mask" ones with some trailing zeros
    (a padded batch); "token_type" zeros then ones (sentence A, sentence B)."""
    name: str
    dtype: str  # a numpy dtype name
    shape: Tuple  # ints, BATCH for the batch dim, other names (SEQ) for other dynamic dims
    kind: str = "float"
    high: int = 0

    def concrete_shape(self, batch: int, dims: Optional[Dict[str, int]] = None) -> Tuple[int, ...]:
        sizes = dict(dims or {}, **{BATCH: batch})
        return tuple(sizes[d] if isinstance(d, str) else d for d in self.shape)


def make_inputs(specs: Sequence[InputSpec], batch: int, seed: int = 0,
                dims: Optional[Dict[str, int]] = None) -> Dict[str, np.ndarray]:
    """Seeded random values for every input, at the given batch size; `dims` gives the size
    of every other symbolic dim (SEQ...)."""
    rng = np.random.default_rng(seed)
    values = {}
    for spec in specs:
        shape = spec.concrete_shape(batch, dims)
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

# When set, called as export_listener(module, path) with every torch module _torch_export
# writes, so a caller (bench/) can time the very same module in PyTorch.
export_listener: Optional[Callable[[object, str], None]] = None


def _torch_export(module, specs: Sequence[InputSpec], path: str, output_names: Sequence[str],
                  dynamic_axes: Dict[str, Dict[int, str]],
                  dims: Optional[Tuple[Dict[str, int], Dict[str, int]]] = None) -> None:
    """Exports `module` traced at batch 1, then checks that ONNX Runtime agrees with torch at
    batch 1 and 4, so a batch size baked into the graph is caught here, not blamed on mcc.
    `dims` gives other symbolic dims as (sizes to trace with, sizes to check with)."""
    import torch
    module.eval()
    if export_listener is not None:
        export_listener(module, path)

    def torch_args(batch):
        values = make_inputs(specs, batch, seed=100 + batch,
                             dims=dims and dims[0 if batch == 1 else 1])
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
            # float32 rounding grows with the values: the absolute tolerance scales with them.
            atol = 1e-5 * max(1.0, float(np.abs(e.numpy()).max()) if e.numel() else 1.0)
            if e.shape != g.shape or not np.allclose(e.numpy(), g, rtol=1e-3, atol=atol):
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


def _bert(hidden: int, heads: int, ffn: int, layers: int, max_pos: int, vocab: int):
    """A BERT encoder written out by hand (not a library class), shaped like the original:
    embeddings (token + position + token type) -> LayerNorm -> layers x [self-attention with
    an additive mask, residual, LayerNorm, GELU FFN, residual, LayerNorm] -> pooler. The
    attention reshapes use x.size(), as real BERT code does, so the export carries the usual
    dynamic-shape subgraph. Seeded, with random LayerNorms and biases."""
    import math
    import torch
    import torch.nn as nn

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
            self.word = nn.Embedding(vocab, hidden)
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
    return model


def build_bert_tiny(out_dir: str) -> List[InputSpec]:
    """BERT with 2 layers, hidden 64, 4 heads, FFN 128 (see _bert)."""
    model = _bert(hidden=64, heads=4, ffn=128, layers=2, max_pos=64, vocab=BERT_VOCAB)
    specs = [InputSpec("input_ids", "int64", (BATCH, BERT_SEQ), kind="ids", high=BERT_VOCAB),
             InputSpec("token_type_ids", "int64", (BATCH, BERT_SEQ), kind="token_type"),
             InputSpec("attention_mask", "int64", (BATCH, BERT_SEQ), kind="mask")]
    outputs = ["last_hidden_state", "pooler_output"]
    _torch_export(model, specs, os.path.join(out_dir, "bert_tiny.onnx"), outputs,
                  {n: {0: BATCH} for n in [s.name for s in specs] + outputs})
    return specs


# --- the full suite (run_e2e.py --suite full): real-sized models --------------------------

def _randomize_batch_norms(model) -> None:
    """Fresh BatchNorms are identities; random stats make folding them a real test."""
    import torch
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, (torch.nn.BatchNorm2d, torch.nn.BatchNorm1d)):
                m.running_mean.uniform_(-0.1, 0.1)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.1, 0.1)


def _tame_logits(model, specs: Sequence[InputSpec], limit: float = 10.0) -> None:
    """Random BatchNorm stats let deep CNNs (ResNet-50) grow logits into the hundreds, where
    float32 rounding alone exceeds the absolute tolerances, while others (GoogLeNet) stay
    below 0.1, where those tolerances hide real errors; scales the last Linear layer so that
    the largest logit of a probe input is `limit`."""
    import torch
    model.eval()
    probe = {k: torch.from_numpy(v) for k, v in make_inputs(specs, 1, seed=99).items()}
    with torch.no_grad():
        for m in model.modules():  # ViT's head starts at zero: every logit would be 0
            if isinstance(m, torch.nn.Linear) and not m.weight.any():
                m.weight.normal_(0, 0.02)
                m.bias.uniform_(-0.1, 0.1)
        peak = float(model(*probe.values()).abs().max())
        if peak > 0:
            last = [m for m in model.modules() if isinstance(m, torch.nn.Linear)][-1]
            last.weight.mul_(limit / peak)
            last.bias.mul_(limit / peak)


def _torchvision_builder(name: str, image_size: int = 224, **kwargs):
    """A builder for torchvision classifier `name` (0.14 API, weights=None, seeded), random
    BatchNorm and LayerNorm parameters, input [N, 3, image_size, image_size]."""
    def build_torchvision(out_dir: str) -> List[InputSpec]:
        import torchvision
        _seeded()
        model = getattr(torchvision.models, name)(weights=None, **kwargs)
        _randomize_batch_norms(model)
        _randomize_norms_and_biases(model)
        specs = [InputSpec("input", "float32", (BATCH, 3, image_size, image_size))]
        _tame_logits(model, specs)
        _torch_export(model, specs, os.path.join(out_dir, name + ".onnx"), ["logits"],
                      {"input": {0: BATCH}, "logits": {0: BATCH}})
        return specs
    build_torchvision.__name__ = "build_" + name
    return build_torchvision


def build_lstm_lm(out_dir: str) -> List[InputSpec]:
    """The word-language-model of PyTorch's examples, medium size: Embedding(10000, 650),
    2-layer LSTM(650), Linear(650, 10000) on every step; 35 tokens, batch_first."""
    import torch.nn as nn

    class LstmLm(nn.Module):
        def __init__(self, vocab=10000, hidden=650):
            super().__init__()
            self.embed = nn.Embedding(vocab, hidden)
            self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
            self.decoder = nn.Linear(hidden, vocab)

        def forward(self, tokens):
            seq, _ = self.lstm(self.embed(tokens))
            return self.decoder(seq)

    _seeded()
    specs = [InputSpec("tokens", "int64", (BATCH, 35), kind="ids", high=10000)]
    _torch_export(LstmLm(), specs, os.path.join(out_dir, "lstm_lm.onnx"), ["logits"],
                  {"tokens": {0: BATCH}, "logits": {0: BATCH}})
    return specs


def build_bigru_tagger(out_dir: str) -> List[InputSpec]:
    """A sequence tagger: Embedding(5000, 100) -> bidirectional GRU(128) -> Linear(256, 17)
    on every token; 40 tokens, batch_first."""
    import torch.nn as nn

    class BiGruTagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = nn.Embedding(5000, 100)
            self.gru = nn.GRU(100, 128, batch_first=True, bidirectional=True)
            self.tags = nn.Linear(256, 17)

        def forward(self, tokens):
            seq, _ = self.gru(self.embed(tokens))
            return self.tags(seq)

    _seeded()
    specs = [InputSpec("tokens", "int64", (BATCH, 40), kind="ids", high=5000)]
    _torch_export(BiGruTagger(), specs, os.path.join(out_dir, "bigru_tagger.onnx"), ["tags"],
                  {"tokens": {0: BATCH}, "tags": {0: BATCH}})
    return specs


BERT_BASE = dict(hidden=768, heads=12, ffn=3072, layers=12, max_pos=512, vocab=30522)


def _bert_specs(seq) -> List[InputSpec]:
    return [InputSpec("input_ids", "int64", (BATCH, seq), kind="ids", high=BERT_BASE["vocab"]),
            InputSpec("token_type_ids", "int64", (BATCH, seq), kind="token_type"),
            InputSpec("attention_mask", "int64", (BATCH, seq), kind="mask")]


def build_bert_base(out_dir: str) -> List[InputSpec]:
    """BERT-base (12 layers, hidden 768, 12 heads, FFN 3072, GELU) at sequence 128."""
    specs = _bert_specs(128)
    outputs = ["last_hidden_state", "pooler_output"]
    _torch_export(_bert(**BERT_BASE), specs, os.path.join(out_dir, "bert_base.onnx"), outputs,
                  {n: {0: BATCH} for n in [s.name for s in specs] + outputs})
    return specs


def _bert_dynamic(out_dir: str, name: str, config) -> List[InputSpec]:
    specs = _bert_specs(SEQ)
    outputs = ["last_hidden_state", "pooler_output"]
    axes = {n: {0: BATCH, 1: SEQ} for n in [s.name for s in specs] + outputs[:1]}
    axes["pooler_output"] = {0: BATCH}
    _torch_export(_bert(**config), specs, os.path.join(out_dir, name + ".onnx"),
                  outputs, axes, dims=({SEQ: 32}, {SEQ: 24}))
    return specs


def build_bert_dynamic(out_dir: str) -> List[InputSpec]:
    """BERT-base with dynamic batch and sequence dims: one library serves every length. The
    position ids are `position_ids[:, :seq_len]`, a Slice whose end is read from the input's
    shape at run time."""
    return _bert_dynamic(out_dir, "bert_dynamic", BERT_BASE)


def build_bert_tiny_dynamic(out_dir: str) -> List[InputSpec]:
    """bert_dynamic at bert_tiny's size (2 layers, hidden 64), 256 positions."""
    return _bert_dynamic(out_dir, "bert_tiny_dynamic",
                         dict(BERT_BASE, hidden=64, heads=4, ffn=128, layers=2, max_pos=256))


def build_gpt2(out_dir: str, seq: int = 64) -> List[InputSpec]:
    """GPT-2 small written out by hand: learned positions, 12 pre-LayerNorm blocks (hidden 768,
    12 heads, causal mask from a sliced lower-triangular buffer as in the original code,
    GELU(tanh)), final LayerNorm, LM head tied to the token embedding; `seq` tokens (64 in the
    e2e suite, 128 in bench/)."""
    import math
    import torch
    import torch.nn as nn

    hidden, heads, layers, vocab, n_pos = 768, 12, 12, 50257, 1024

    class Attention(nn.Module):
        def __init__(self):
            super().__init__()
            self.qkv = nn.Linear(hidden, 3 * hidden)
            self.proj = nn.Linear(hidden, hidden)
            self.register_buffer("causal", torch.tril(torch.ones(n_pos, n_pos, dtype=torch.bool))
                                 .view(1, 1, n_pos, n_pos))

        def forward(self, x):
            n, s, _ = x.size()
            q, k, v = self.qkv(x).split(hidden, dim=2)
            q, k, v = (t.view(n, s, heads, hidden // heads).transpose(1, 2) for t in (q, k, v))
            scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(hidden // heads)
            scores = torch.where(self.causal[:, :, :s, :s], scores,
                                 torch.tensor(-1e4, dtype=scores.dtype))
            ctx = torch.matmul(torch.softmax(scores, dim=-1), v)
            return self.proj(ctx.transpose(1, 2).contiguous().view(n, s, hidden))

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln1, self.attn = nn.LayerNorm(hidden), Attention()
            self.ln2 = nn.LayerNorm(hidden)
            self.mlp = nn.Sequential(nn.Linear(hidden, 4 * hidden), nn.GELU(approximate="tanh"),
                                     nn.Linear(4 * hidden, hidden))

        def forward(self, x):
            x = x + self.attn(self.ln1(x))
            return x + self.mlp(self.ln2(x))

    class Gpt2(nn.Module):
        def __init__(self):
            super().__init__()
            self.wte, self.wpe = nn.Embedding(vocab, hidden), nn.Embedding(n_pos, hidden)
            self.blocks = nn.ModuleList(Block() for _ in range(layers))
            self.ln_f = nn.LayerNorm(hidden)
            # GPT-2's own init (std 0.02, residual projections scaled by 1/sqrt(2 layers)):
            # torch's defaults let the residual stream, and the logits, grow into the hundreds.
            with torch.no_grad():
                self.wte.weight.normal_(0, 0.02)
                self.wpe.weight.normal_(0, 0.01)
                for block in self.blocks:
                    for linear in (block.attn.qkv, block.attn.proj, block.mlp[0], block.mlp[2]):
                        linear.weight.normal_(0, 0.02)
                        linear.bias.uniform_(-0.02, 0.02)
                    for linear in (block.attn.proj, block.mlp[2]):
                        linear.weight.div_(math.sqrt(2 * layers))

        def forward(self, input_ids):
            positions = torch.arange(input_ids.size(1), device=input_ids.device).unsqueeze(0)
            x = self.wte(input_ids) + self.wpe(positions)
            for block in self.blocks:
                x = block(x)
            return torch.matmul(self.ln_f(x), self.wte.weight.t())  # tied LM head

    _seeded()
    model = Gpt2()
    _randomize_norms_and_biases(model)
    specs = [InputSpec("input_ids", "int64", (BATCH, seq), kind="ids", high=vocab)]
    _torch_export(model, specs, os.path.join(out_dir, "gpt2.onnx"), ["logits"],
                  {"input_ids": {0: BATCH}, "logits": {0: BATCH}})
    return specs


def _helper_model(out_dir: str, name: str, opset: int, nodes, inputs, outputs,
                  inits=()) -> None:
    """Writes a hand-made model at an old opset (checked by onnx's checker)."""
    graph = helper.make_graph(nodes, name, inputs, outputs, initializer=list(inits))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)],
                              producer_name="mcc-e2e")
    model.ir_version = 7 if opset < 15 else 8
    onnx.checker.check_model(model, full_check=True)
    onnx.save(model, os.path.join(out_dir, name + ".onnx"))


def _f32(name, shape):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, list(shape))


def build_upsample_v7(out_dir: str) -> List[InputSpec]:
    """Upsample-7: nearest, scales as an attribute."""
    _helper_model(out_dir, "upsample_v7", 7,
                  [helper.make_node("Upsample", ["x"], ["y"], name="up", mode="nearest",
                                    scales=[1.0, 1.0, 2.0, 3.0])],
                  [_f32("x", (BATCH, 2, 3, 4))], [_f32("y", (BATCH, 2, 6, 12))])
    return [InputSpec("x", "float32", (BATCH, 2, 3, 4))]


def build_upsample_v9(out_dir: str) -> List[InputSpec]:
    """Upsample-9: scales as an input (a constant); nearest then linear."""
    scales = numpy_helper.from_array(np.array([1, 1, 2, 2], np.float32), "scales")
    _helper_model(out_dir, "upsample_v9", 9,
                  [helper.make_node("Upsample", ["x", "scales"], ["n"], name="up_nearest",
                                    mode="nearest"),
                   helper.make_node("Upsample", ["x", "scales"], ["l"], name="up_linear",
                                    mode="linear")],
                  [_f32("x", (BATCH, 2, 3, 4))],
                  [_f32("n", (BATCH, 2, 6, 8)), _f32("l", (BATCH, 2, 6, 8))], [scales])
    return [InputSpec("x", "float32", (BATCH, 2, 3, 4))]


def build_pad_v2(out_dir: str) -> List[InputSpec]:
    """Pad-2 (opset 10): pads and value as attributes; constant, reflect and edge modes."""
    pads = [0, 0, 1, 2, 0, 0, 2, 1]
    _helper_model(out_dir, "pad_v2", 10,
                  [helper.make_node("Pad", ["x"], ["c"], name="pad_constant", pads=pads,
                                    value=1.5),
                   helper.make_node("Pad", ["x"], ["r"], name="pad_reflect", pads=pads,
                                    mode="reflect"),
                   helper.make_node("Pad", ["x"], ["e"], name="pad_edge", pads=pads,
                                    mode="edge")],
                  [_f32("x", (BATCH, 2, 4, 5))],
                  [_f32(n, (BATCH, 2, 7, 8)) for n in "cre"])
    return [InputSpec("x", "float32", (BATCH, 2, 4, 5))]


def build_slice_v1(out_dir: str) -> List[InputSpec]:
    """Slice-1 (opset 9): starts, ends and axes as attributes, a negative start, an end past
    the dim, and axes left out (all dims from 0)."""
    _helper_model(out_dir, "slice_v1", 9,
                  [helper.make_node("Slice", ["x"], ["a"], name="slice_axes", axes=[1, 3],
                                    starts=[1, -4], ends=[3, 1000]),
                   helper.make_node("Slice", ["x"], ["b"], name="slice_no_axes",
                                    starts=[0, 1, 0, 0], ends=[1000, 4, 2, 5])],
                  [_f32("x", (BATCH, 4, 3, 6))],
                  [_f32("a", (BATCH, 2, 3, 4)), _f32("b", (BATCH, 3, 2, 5))])
    return [InputSpec("x", "float32", (BATCH, 4, 3, 6))]


def build_split_v11(out_dir: str) -> List[InputSpec]:
    """Split-11 (opset 12): sizes as the `split` attribute, and an even split without it."""
    _helper_model(out_dir, "split_v11", 12,
                  [helper.make_node("Split", ["x"], ["a", "b", "c"], name="split_sizes",
                                    axis=1, split=[1, 2, 3]),
                   helper.make_node("Split", ["x"], ["d", "e"], name="split_even", axis=-1)],
                  [_f32("x", (BATCH, 6, 4))],
                  [_f32("a", (BATCH, 1, 4)), _f32("b", (BATCH, 2, 4)), _f32("c", (BATCH, 3, 4)),
                   _f32("d", (BATCH, 6, 2)), _f32("e", (BATCH, 6, 2))])
    return [InputSpec("x", "float32", (BATCH, 6, 4))]


def _reduce_mean(out_dir: str, name: str, opset: int) -> List[InputSpec]:
    """ReduceMean over axes (1, -1), keepdims 1 and 0: an attribute before opset 18, an input
    from 18 on."""
    axes = [1, -1]
    inits, nodes = [], []
    for keep, out in ((1, "k"), (0, "r")):
        if opset >= 18:
            inputs = ["x", "axes"]
            attrs = dict(keepdims=keep)
        else:
            inputs, attrs = ["x"], dict(keepdims=keep, axes=axes)
        nodes.append(helper.make_node("ReduceMean", inputs, [out], name=f"mean_{out}", **attrs))
    if opset >= 18:
        inits.append(numpy_helper.from_array(np.array(axes, np.int64), "axes"))
    _helper_model(out_dir, name, opset, nodes, [_f32("x", (BATCH, 3, 4, 5))],
                  [_f32("k", (BATCH, 1, 4, 1)), _f32("r", (BATCH, 4))], inits)
    return [InputSpec("x", "float32", (BATCH, 3, 4, 5))]


def build_reduce_mean_v13(out_dir: str) -> List[InputSpec]:
    return _reduce_mean(out_dir, "reduce_mean_v13", 17)


def build_reduce_mean_v18(out_dir: str) -> List[InputSpec]:
    return _reduce_mean(out_dir, "reduce_mean_v18", 18)


# The full suite: name -> builder, and the cases it runs, one dict of dim sizes each (BATCH
# always; SEQ for models that have it). Cheap models also run at batch 2.
HEAVY_MODELS: Dict[str, Callable[..., List[InputSpec]]] = {
    "upsample_v7": build_upsample_v7,
    "upsample_v9": build_upsample_v9,
    "pad_v2": build_pad_v2,
    "slice_v1": build_slice_v1,
    "split_v11": build_split_v11,
    "reduce_mean_v13": build_reduce_mean_v13,
    "reduce_mean_v18": build_reduce_mean_v18,
    "bigru_tagger": build_bigru_tagger,
    "lstm_lm": build_lstm_lm,
    "mobilenet_v2": _torchvision_builder("mobilenet_v2"),
    "resnet50": _torchvision_builder("resnet50"),
    "googlenet": _torchvision_builder("googlenet", aux_logits=False, init_weights=True),
    "convnext_tiny": _torchvision_builder("convnext_tiny"),
    "vgg11": _torchvision_builder("vgg11"),
    "vit_b_16": _torchvision_builder("vit_b_16"),
    "bert_base": build_bert_base,
    "bert_tiny_dynamic": build_bert_tiny_dynamic,
    "bert_dynamic": build_bert_dynamic,
    "gpt2": build_gpt2,
}
_CHEAP = ["upsample_v7", "upsample_v9", "pad_v2", "slice_v1", "split_v11", "reduce_mean_v13",
          "reduce_mean_v18", "bigru_tagger", "lstm_lm", "mobilenet_v2"]
FULL_CASES: Dict[str, List[Dict[str, int]]] = {
    **{name: [{BATCH: 1}] for name in HEAVY_MODELS},
    **{name: [{BATCH: 1}, {BATCH: 2}] for name in _CHEAP},
    "bert_dynamic": [{BATCH: 1, SEQ: 16}, {BATCH: 1, SEQ: 128}],
    "bert_tiny_dynamic": [{BATCH: 1, SEQ: 16}, {BATCH: 2, SEQ: 128}],
}

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
# Every model: the fast ones (MODELS, the default suite) and the full suite's (HEAVY_MODELS).
ALL_MODELS = {**MODELS, **HEAVY_MODELS}


def build(name: str, out_dir: str, image_size: Optional[int] = None) -> List[InputSpec]:
    """Exports model `name` into out_dir and returns its input specs."""
    os.makedirs(out_dir, exist_ok=True)
    if name == "resnet18" and image_size is not None:
        return build_resnet18(out_dir, image_size=image_size)
    return ALL_MODELS[name](out_dir)


@dataclass
class CompiledModel:
    """A model exported, compiled with mcc and given seeded inputs saved as .npy files."""
    onnx_path: str
    library: str
    inputs: Dict[str, np.ndarray]
    input_files: Dict[str, str]  # input name -> its .npy path

    def input_args(self, flag: Optional[str] = None) -> List[str]:
        """NAME=FILE per input, each after `flag` when one is given (mcc-run's --input)."""
        args = []
        for input_name, path in self.input_files.items():
            args += ([flag] if flag else []) + [f"{input_name}={path}"]
        return args


def compile_with_inputs(mcc: str, name: str, work: str, batch: int, seed: int = 1,
                        dims: Optional[Dict[str, int]] = None) -> CompiledModel:
    """Exports `name` into work, compiles it to work/NAME.so and saves seeded inputs as
    work/NAME.INPUT.npy (the runtime tests' common first step)."""
    specs = build(name, work)
    onnx_path = os.path.join(work, name + ".onnx")
    library = os.path.join(work, name + ".so")
    subprocess.run([mcc, onnx_path, "-o", library], check=True)
    inputs = make_inputs(specs, batch=batch, seed=seed, dims=dims)
    input_files = {}
    for input_name, value in inputs.items():
        input_files[input_name] = os.path.join(work, f"{name}.{input_name}.npy")
        np.save(input_files[input_name], value)
    return CompiledModel(onnx_path, library, inputs, input_files)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Export test models to ONNX.")
    parser.add_argument("models", nargs="*", help=f"default: all of {', '.join(MODELS)}; "
                        f"also: {', '.join(HEAVY_MODELS)}")
    parser.add_argument("--out", required=True, help="directory for <name>.onnx")
    parser.add_argument("--image-size", type=int, help="resnet18 input height/width")
    parser.add_argument("--inputs", type=int, metavar="BATCH",
                        help="also write seeded inputs as <out>/<input name>.npy at this batch")
    args = parser.parse_args(argv)
    for name in args.models or list(MODELS):
        if name not in ALL_MODELS:
            parser.error(f"unknown model {name!r}; known: {', '.join(ALL_MODELS)}")
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
