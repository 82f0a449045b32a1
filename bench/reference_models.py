"""The models issue #5 benchmarks, exported by test/e2e/models.py (the same builders as the
heavy e2e suite, so bench/ has no exporter of its own), each with the torch module it was
exported from, so PyTorch runs the very same weights."""
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "test" / "e2e"))

import models  # noqa: E402

# Name -> builder(out_dir) -> [InputSpec]: batch 1, fp32, the sizes issue #5 names.
REFERENCE = {
    "resnet50": models.HEAVY_MODELS["resnet50"],         # 224x224
    "mobilenet_v2": models.HEAVY_MODELS["mobilenet_v2"],  # 224x224
    "bert_base": models.build_bert_base,                  # sequence 128
    "gpt2": lambda out_dir: models.build_gpt2(out_dir, seq=128),  # 128-token forward
    "lstm_lm": models.build_lstm_lm,                      # 2 x LSTM(650), 35 tokens
}
QUICK = ["mobilenet_v2", "lstm_lm"]

# Reference rows that no builder can produce yet: name -> why, printed instead of a row.
NOT_MEASURED = {
    "gpt2_decode": "GPT-2 one decode step with a KV cache: test/e2e/models.py has no such "
                   "builder yet (#3)",
}


@dataclass
class Exported:
    onnx_path: Path
    feeds: Dict[str, "object"]  # input name -> numpy array, batch 1
    torch_module: Optional[object]  # None for models written with onnx.helper
    torch_args: tuple


def export(name, out_dir: Path, image_size=None) -> Exported:
    """Exports `name` (a reference model, or any model of test/e2e/models.py) into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    captured = {}
    models.export_listener = lambda module, path: captured.setdefault("module", module)
    try:
        if name in REFERENCE:
            specs = REFERENCE[name](str(out_dir))
        else:
            specs = models.build(name, str(out_dir), image_size=image_size)
    finally:
        models.export_listener = None
    feeds = models.make_inputs(specs, batch=1)
    module = captured.get("module")
    torch_args = ()
    if module is not None:
        import torch
        torch_args = tuple(torch.from_numpy(feeds[spec.name]) for spec in specs)
    return Exported(out_dir / f"{name}.onnx", feeds, module, torch_args)
