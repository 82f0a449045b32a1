"""Compiles three small real models (mnist_cnn: conv, max-pool, gemm, softmax; bert_tiny:
embeddings, attention with a padding mask, layer norm, GELU; transformer_encoder) and runs
each with `mcc-run --stress 32x1000` under MCC_NUM_THREADS 1 (the callers alone) and 2 (the
kernels' pool shared by 32 callers), and with 32x100 under 8 (more pool workers than this
2-core test machine has cores; each kernel call wakes them all, so it is the slow one).
mcc-run checks every output of every run bitwise against its single-threaded run; this
script checks that single-threaded run against ONNX Runtime.

    stress_models.py MCC MCC_RUN WORK [RUNS]

RUNS (runs per thread in every plan) is for the sanitized mcc-runs of `scripts/test
--sanitize`, which are many times slower.
"""
import os
import subprocess
import sys

import numpy as np
import onnxruntime as ort

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "e2e"))
import models  # noqa: E402  (test/e2e/models.py)

mcc, mcc_run, work = sys.argv[1:4]
# (MCC_NUM_THREADS, --stress) per run.
PLANS = (("1", "32x1000"), ("2", "32x1000"), ("8", "32x100"))
if len(sys.argv) > 4:
    PLANS = tuple((threads, "32x" + sys.argv[4]) for threads, _ in PLANS)
os.makedirs(work, exist_ok=True)

# Batch 1, except bert_tiny: its second row is padded, so the mask matters.
for name, batch in (("mnist_cnn", 1), ("bert_tiny", 2), ("transformer_encoder", 1)):
    model = models.compile_with_inputs(mcc, name, work, batch=batch)
    args = model.input_args("--input")
    session = ort.InferenceSession(model.onnx_path, providers=["CPUExecutionProvider"])
    want = session.run(None, model.inputs)
    output_names = [o.name for o in session.get_outputs()]

    for threads, plan in PLANS:
        out_dir = os.path.join(work, f"{name}.out{threads}")
        done = subprocess.run([mcc_run, model.library, *args, "--output-dir", out_dir,
                               "--stress", plan],
                              env=dict(os.environ, MCC_NUM_THREADS=threads),
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{name} MCC_NUM_THREADS={threads}: {done.stderr.strip()}")
            continue
        print(f"{name} MCC_NUM_THREADS={threads}: {done.stdout.strip()}")
        # The reference the stress runs matched, against an independent implementation.
        worst = 0.0
        for output_name, expected in zip(output_names, want):
            got = np.load(os.path.join(out_dir, output_name + ".npy"))
            assert got.shape == expected.shape, (name, output_name, got.shape, expected.shape)
            worst = max(worst, float(np.abs(got - expected).max()))
        verdict = "matches" if worst <= 1e-4 else "DIFFERS FROM"
        print(f"{name} MCC_NUM_THREADS={threads}: {verdict} ONNX Runtime (max abs error "
              f"{worst:.1e})")
