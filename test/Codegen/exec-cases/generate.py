import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_exec import generate
import t_elem, t_bin, t_mm, t_norm, t_red
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
specs = [("elementwise", t_elem.cases + t_bin.cases, "numpy and ONNX Runtime 1.32 (HardSwish, Gelu, LeakyRelu, Elu, Selu, HardSigmoid, Mod, Div, Pow, Cast)"),
         ("contraction", t_mm.cases, "numpy.matmul and ONNX Runtime 1.32 (Gemm)"),
         ("normalization", t_norm.cases, "ONNX Runtime 1.32 (BatchNormalization, LayerNormalization, Softmax, LogSoftmax)"),
         ("reduction", t_red.cases, "numpy and ONNX Runtime 1.32 (ArgMax, ArgMin)")]
for fam, cases, refs in specs:
    open(f"{out}/lower-{fam}-exec.mlir", "w").write(generate(cases, fam, refs))
    print(fam, len(cases))
