"""Compiles four small real models and runs each under `mcc-fault-alloc -v`, which fails
every allocation of loading and running it, one at a time (test/fault/FaultAllocMain.cpp):
mnist_cnn (conv, pool and gemm kernels, buffers the memory plan leaves to malloc),
bert_tiny_dynamic (dynamic batch and sequence: every intermediate is malloc'ed at run
time), lstm_sentiment and gru2 (the recurrent kernels). MCC_NUM_THREADS 1 and 2. Prints,
per run, the tool's summary line and how many failures hit the run itself: an allocation
of the generated code, or a buffer inside a kernel.

    fault_models.py MCC MCC_FAULT_ALLOC WORK
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "e2e"))
import models  # noqa: E402  (test/e2e/models.py)

mcc, fault_alloc, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)

for name, batch, dims in (("mnist_cnn", 1, None), ("bert_tiny_dynamic", 2, {"S": 16}),
                          ("lstm_sentiment", 1, None), ("gru2", 1, None)):
    model = models.compile_with_inputs(mcc, name, work, batch=batch, dims=dims)
    for threads in ("1", "2"):
        done = subprocess.run([fault_alloc, model.library, *model.input_args(), "-v"],
                              capture_output=True, text=True,
                              env=dict(os.environ, MCC_NUM_THREADS=threads))
        label = f"{name} MCC_NUM_THREADS={threads}"
        if done.returncode != 0:
            print(f"{label}: exit {done.returncode}: {done.stderr.strip()[-2000:]}")
            continue
        in_model = done.stderr.count("out of memory during the run (allocating")
        in_kernel = done.stderr.count("out of memory during the run (in a kernel)")
        print(f"{label}: {done.stdout.strip()}")
        print(f"{label}: {in_model} in the model's allocations, {in_kernel} in kernels")
