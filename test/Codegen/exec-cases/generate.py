import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_exec import generate
import t_elem, t_bin, t_mm, t_norm, t_red, t_pad
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
specs = [("elementwise", t_elem.cases + t_bin.cases, "numpy and ONNX Runtime 1.32 (HardSwish, Gelu, LeakyRelu, Elu, Selu, HardSigmoid, Mod, Div, Pow, Cast)"),
         ("contraction", t_mm.cases, "numpy.matmul and ONNX Runtime 1.32 (Gemm)"),
         ("normalization", t_norm.cases, "ONNX Runtime 1.32 (BatchNormalization, LayerNormalization, Softmax, LogSoftmax)"),
         ("reduction", t_red.cases, "numpy and ONNX Runtime 1.32 (ArgMax, ArgMin)"),
         ("pad", t_pad.cases, "ONNX Runtime 1.32 (Pad) and numpy.pad")]
# tensor.pad bufferizes to a copy into a strided subview: the model pipeline's
# mcc-lower-strided-copies makes it a loop where mlir-runner would want memrefCopy.
LOOPS = "\n// RUN:   --convert-linalg-to-loops"
STRIDED = "\n// RUN: | mcc-opt --mcc-lower-strided-copies \\\n// RUN: | mlir-opt --convert-linalg-to-loops"
for fam, cases, refs in specs:
    text = generate(cases, fam, refs)
    if fam == "pad":
        text = text.replace(LOOPS, STRIDED, 1)
    open(f"{out}/lower-{fam}-exec.mlir", "w").write(text)
    print(fam, len(cases))
