"""Generates test/Codegen/lower-<family>-exec.mlir: the harness cases as a lit test
that runs the lowered IR with mlir-runner and returns 0 when every result matches
its reference (numpy / ONNX Runtime), else 1 + the index of the first bad case."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness
from harness import dense, mlir_elem, ttype

HEADER = """// RUN: mcc-opt %s --convert-mcc-to-linalg \\
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \\
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \\
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \\
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \\
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the {family} lowerings, run end to end on the CPU: each @kN
// holds one mcc op (dynamic dims where the shapes say `?`), @main calls it on
// constant inputs and compares every element with the expected values, which
// were computed with {refs}. @main returns 0 when all match, else 1 + the index
// of the first case that does not (so a failure names its @kN).
// CHECK: {{{{^}}}}0{{{{$}}}}
"""


def to_f64(v, elem):
    if elem == "f64":
        return [], v
    if elem.startswith("f"):
        return [f"{v}_f = arith.extf {v} : {elem} to f64"], f"{v}_f"
    if elem == "i1":
        return [f"{v}_f = arith.uitofp {v} : i1 to f64"], f"{v}_f"
    return [f"{v}_f = arith.sitofp {v} : {elem} to f64"], f"{v}_f"


def generate(cases, family, refs):
    kernels, main = [], ["func.func @main() -> i32 {",
                          "  %c0 = arith.constant 0 : index",
                          "  %c1 = arith.constant 1 : index",
                          "  %zero = arith.constant 0 : i32",
                          "  %one = arith.constant 1 : i32"]
    status = "%zero"
    used = set()
    for i, c in enumerate(cases):
        exp = np.asarray(c.ref(*c.inputs))
        if c.out_dtype is not None:
            exp = exp.astype(c.out_dtype)
        relem = mlir_elem(exp.dtype)
        arg_t = [ttype(s, mlir_elem(a.dtype)) for s, a in zip(c.arg_shapes, c.inputs)]
        res_t = ttype(c.res_shape if c.res_shape is not None else exp.shape, relem)
        subs = {f"T{j}": t for j, t in enumerate(arg_t)}
        subs["R"] = res_t
        body = c.op.format(**subs).replace("\n", "\n  ")
        args = ", ".join(f"%a{j}: {t}" for j, t in enumerate(arg_t))
        kernels.append(f"// {c.name}\nfunc.func @k{i}({args}) -> {res_t} {{\n  {body}\n"
                       f"  return %r : {res_t}\n}}")
        call = []
        for j, (a, t) in enumerate(zip(c.inputs, arg_t)):
            st = ttype(a.shape, mlir_elem(a.dtype))
            main.append(f"  %in{i}_{j} = arith.constant {dense(a, mlir_elem(a.dtype))} : {st}")
            if st != t:
                main.append(f"  %dyn{i}_{j} = tensor.cast %in{i}_{j} : {st} to {t}")
                call.append(f"%dyn{i}_{j}")
            else:
                call.append(f"%in{i}_{j}")
        main.append(f"  %r{i} = call @k{i}({', '.join(call)}) : ({', '.join(arg_t)}) -> {res_t}")
        st = ttype(exp.shape, relem)
        v = f"%r{i}"
        if st != res_t:
            main.append(f"  %s{i} = tensor.cast {v} : {res_t} to {st}")
            v = f"%s{i}"
        n = int(exp.size)
        flat = ttype((n,), relem)
        if exp.ndim == 0:
            main.append(f"  %flat{i} = tensor.expand_shape {v} [] output_shape [1] : {st} into {flat}")
        elif exp.ndim == 1:
            main.append(f"  %flat{i} = tensor.cast {v} : {st} to {flat}")
        else:
            grp = ", ".join(str(d) for d in range(exp.ndim))
            main.append(f"  %flat{i} = tensor.collapse_shape {v} [[{grp}]] : {st} into {flat}")
        main.append(f"  %exp{i} = arith.constant {dense(exp.reshape(-1), relem)} : {flat}")
        used.add(relem)
        main.append(f"  %got{i} = tensor.cast %flat{i} : {flat} to tensor<?x{relem}>")
        main.append(f"  %want{i} = tensor.cast %exp{i} : {flat} to tensor<?x{relem}>")
        main.append(f"  %atol{i} = arith.constant {float(c.atol):.6e} : f64")
        main.append(f"  %rtol{i} = arith.constant {float(c.rtol):.6e} : f64")
        main.append(f"  %bad{i} = call @mismatches_{relem}(%got{i}, %want{i}, %atol{i}, %rtol{i}) : "
                    f"(tensor<?x{relem}>, tensor<?x{relem}>, f64, f64) -> i32")
        main.append(f"  %id{i} = arith.constant {i + 1} : i32")
        main.append(f"  %status{i} = call @record({status}, %bad{i}, %id{i}) : (i32, i32, i32) -> i32")
        status = f"%status{i}"
    main.append(f"  return {status} : i32\n}}")
    helpers = [RECORD] + [mismatches(e) for e in sorted(used)]
    return (HEADER.format(family=family, refs=refs) + "\n" + "\n\n".join(kernels) + "\n\n" +
            "\n\n".join(helpers) + "\n\n" + "\n".join(main) + "\n")


RECORD = """// The first failing case wins: status stays as it is once set.
func.func private @record(%status: i32, %bad: i32, %id: i32) -> i32 {
  %zero = arith.constant 0 : i32
  %failed = arith.cmpi ne, %bad, %zero : i32
  %first = arith.cmpi eq, %status, %zero : i32
  %take = arith.andi %failed, %first : i1
  %next = arith.select %take, %id, %status : i32
  return %next : i32
}"""


def mismatches(elem):
    """How many elements of got differ from want beyond atol + rtol * |want|
    (NaN matches NaN, inf matches inf), both converted to f64."""
    lines = [f"func.func private @mismatches_{elem}(%got: tensor<?x{elem}>, %want: tensor<?x{elem}>, %atol: f64, %rtol: f64) -> i32 {{",
             "  %c0 = arith.constant 0 : index",
             "  %c1 = arith.constant 1 : index",
             "  %zero = arith.constant 0 : i32",
             "  %one = arith.constant 1 : i32",
             f"  %n = tensor.dim %got, %c0 : tensor<?x{elem}>",
             "  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {",
             f"    %g = tensor.extract %got[%j] : tensor<?x{elem}>",
             f"    %w = tensor.extract %want[%j] : tensor<?x{elem}>"]
    for var in ("%g", "%w"):
        conv, _ = to_f64(var, elem)
        lines += ["    " + l for l in conv]
    g = "%g_f" if elem != "f64" else "%g"
    w = "%w_f" if elem != "f64" else "%w"
    lines += [f"    %d = arith.subf {g}, {w} : f64",
              "    %ad = math.absf %d : f64",
              f"    %aw = math.absf {w} : f64",
              "    %rt = arith.mulf %rtol, %aw : f64",
              "    %tol = arith.addf %atol, %rt : f64",
              "    %close = arith.cmpf ole, %ad, %tol : f64",
              f"    %same = arith.cmpf oeq, {g}, {w} : f64",
              f"    %gnan = arith.cmpf uno, {g}, {g} : f64",
              f"    %wnan = arith.cmpf uno, {w}, {w} : f64",
              "    %bothnan = arith.andi %gnan, %wnan : i1",
              "    %ok0 = arith.ori %close, %same : i1",
              "    %ok = arith.ori %ok0, %bothnan : i1",
              "    %inc = arith.select %ok, %zero, %one : i32",
              "    %next = arith.addi %acc, %inc : i32",
              "    scf.yield %next : i32",
              "  }",
              "  return %bad : i32",
              "}"]
    return "\n".join(lines)
