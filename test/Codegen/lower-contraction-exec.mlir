// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the contraction lowerings, run end to end on the CPU: each @kN
// holds one mcc op (dynamic dims where the shapes say `?`), @main calls it on
// constant inputs and compares every element with the expected values, which
// were computed with numpy.matmul and ONNX Runtime 1.32 (Gemm). @main returns 0 when all match, else 1 + the index
// of the first case that does not (so a failure names its @kN).
// CHECK: {{^}}0{{$}}

// matmul 2d
func.func @k0(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// matmul 2d dyn
func.func @k1(%a0: tensor<?x4xf32>, %a1: tensor<4x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x4xf32>, tensor<4x5xf32>) -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// matmul 2d all dyn
func.func @k2(%a0: tensor<?x?xf32>, %a1: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// matmul 1d x 1d
func.func @k3(%a0: tensor<4xf32>, %a1: tensor<4xf32>) -> tensor<f32> {
  %r = mcc.matmul %a0, %a1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// matmul 1d x 2d
func.func @k4(%a0: tensor<4xf32>, %a1: tensor<4x5xf32>) -> tensor<5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  return %r : tensor<5xf32>
}

// matmul 2d x 1d
func.func @k5(%a0: tensor<3x4xf32>, %a1: tensor<4xf32>) -> tensor<3xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// matmul 3d x 2d
func.func @k6(%a0: tensor<2x3x4xf32>, %a1: tensor<4x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// matmul 4d x 2d dyn
func.func @k7(%a0: tensor<?x2x3x4xf32>, %a1: tensor<4x5xf32>) -> tensor<?x2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x2x3x4xf32>, tensor<4x5xf32>) -> tensor<?x2x3x5xf32>
  return %r : tensor<?x2x3x5xf32>
}

// matmul 3d x 1d
func.func @k8(%a0: tensor<2x3x4xf32>, %a1: tensor<4xf32>) -> tensor<2x3xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// matmul 1d x 3d
func.func @k9(%a0: tensor<4xf32>, %a1: tensor<2x4x5xf32>) -> tensor<2x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<4xf32>, tensor<2x4x5xf32>) -> tensor<2x5xf32>
  return %r : tensor<2x5xf32>
}

// matmul 3d x 3d
func.func @k10(%a0: tensor<2x3x4xf32>, %a1: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// matmul 3d x 3d dyn
func.func @k11(%a0: tensor<?x3x4xf32>, %a1: tensor<?x4x5xf32>) -> tensor<?x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  return %r : tensor<?x3x5xf32>
}

// matmul 4d x 4d
func.func @k12(%a0: tensor<2x3x3x4xf32>, %a1: tensor<2x3x4x5xf32>) -> tensor<2x3x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x3x4xf32>, tensor<2x3x4x5xf32>) -> tensor<2x3x3x5xf32>
  return %r : tensor<2x3x3x5xf32>
}

// matmul 4d x 4d bcast
func.func @k13(%a0: tensor<2x3x3x4xf32>, %a1: tensor<1x3x4x5xf32>) -> tensor<2x3x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x3x4xf32>, tensor<1x3x4x5xf32>) -> tensor<2x3x3x5xf32>
  return %r : tensor<2x3x3x5xf32>
}

// matmul 4d x 3d bcast
func.func @k14(%a0: tensor<2x3x3x4xf32>, %a1: tensor<3x4x5xf32>) -> tensor<2x3x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x3x5xf32>
  return %r : tensor<2x3x3x5xf32>
}

// matmul 2d x 3d
func.func @k15(%a0: tensor<3x4xf32>, %a1: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// matmul 3d x 1x2d
func.func @k16(%a0: tensor<2x3x4xf32>, %a1: tensor<1x4x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x4xf32>, tensor<1x4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// matmul 2d x 1x1x2d
func.func @k17(%a0: tensor<3x4xf32>, %a1: tensor<1x1x4x5xf32>) -> tensor<1x1x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xf32>, tensor<1x1x4x5xf32>) -> tensor<1x1x3x5xf32>
  return %r : tensor<1x1x3x5xf32>
}

// matmul 1x3d x 3d
func.func @k18(%a0: tensor<1x3x4xf32>, %a1: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<1x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// matmul 3d x 3d dyn lhs batch 1
func.func @k19(%a0: tensor<?x3x4xf32>, %a1: tensor<?x4x5xf32>) -> tensor<?x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  return %r : tensor<?x3x5xf32>
}

// matmul 3d dyn batch 1 x 3d
func.func @k20(%a0: tensor<?x3x4xf32>, %a1: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// matmul 4d x 3d all dyn bcast
func.func @k21(%a0: tensor<?x?x?x?xf32>, %a1: tensor<?x?x?xf32>) -> tensor<?x?x?x?xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}

// matmul 4d x 4d dyn rhs batch 1
func.func @k22(%a0: tensor<?x3x3x4xf32>, %a1: tensor<?x3x4x5xf32>) -> tensor<?x3x3x5xf32> {
  %r = mcc.matmul %a0, %a1 : (tensor<?x3x3x4xf32>, tensor<?x3x4x5xf32>) -> tensor<?x3x3x5xf32>
  return %r : tensor<?x3x3x5xf32>
}

// matmul f16
func.func @k23(%a0: tensor<3x4xf16>, %a1: tensor<4x5xf16>) -> tensor<3x5xf16> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xf16>, tensor<4x5xf16>) -> tensor<3x5xf16>
  return %r : tensor<3x5xf16>
}

// matmul f64 bcast
func.func @k24(%a0: tensor<2x1x3x4xf64>, %a1: tensor<3x4x5xf64>) -> tensor<2x3x3x5xf64> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x1x3x4xf64>, tensor<3x4x5xf64>) -> tensor<2x3x3x5xf64>
  return %r : tensor<2x3x3x5xf64>
}

// matmul i32
func.func @k25(%a0: tensor<3x4xi32>, %a1: tensor<4x5xi32>) -> tensor<3x5xi32> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xi32>, tensor<4x5xi32>) -> tensor<3x5xi32>
  return %r : tensor<3x5xi32>
}

// matmul i64 batch
func.func @k26(%a0: tensor<2x3x4xi64>, %a1: tensor<2x4x5xi64>) -> tensor<2x3x5xi64> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x4xi64>, tensor<2x4x5xi64>) -> tensor<2x3x5xi64>
  return %r : tensor<2x3x5xi64>
}

// gemm plain
func.func @k27(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1 : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm bias N
func.func @k28(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>, %a2: tensor<5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm bias MN alpha beta
func.func @k29(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>, %a2: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {alpha = 0.5, beta = 2.0} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm bias M1 transB
func.func @k30(%a0: tensor<3x4xf32>, %a1: tensor<5x4xf32>, %a2: tensor<3x1xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_b = true} : (tensor<3x4xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm transA
func.func @k31(%a0: tensor<4x3xf32>, %a1: tensor<4x5xf32>, %a2: tensor<1x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_a = true} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm transA transB scalar bias
func.func @k32(%a0: tensor<4x3xf32>, %a1: tensor<5x4xf32>, %a2: tensor<1xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {alpha = 2.0, trans_a = true, trans_b = true} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<1xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm dyn batch transB
func.func @k33(%a0: tensor<?x4xf32>, %a1: tensor<5x4xf32>, %a2: tensor<5xf32>) -> tensor<?x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_b = true} : (tensor<?x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// gemm beta 0
func.func @k34(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>, %a2: tensor<5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {beta = 0.0} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm f16
func.func @k35(%a0: tensor<3x4xf16>, %a1: tensor<5x4xf16>, %a2: tensor<5xf16>) -> tensor<3x5xf16> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_b = true} : (tensor<3x4xf16>, tensor<5x4xf16>, tensor<5xf16>) -> tensor<3x5xf16>
  return %r : tensor<3x5xf16>
}

// The first failing case wins: status stays as it is once set.
func.func private @record(%status: i32, %bad: i32, %id: i32) -> i32 {
  %zero = arith.constant 0 : i32
  %failed = arith.cmpi ne, %bad, %zero : i32
  %first = arith.cmpi eq, %status, %zero : i32
  %take = arith.andi %failed, %first : i1
  %next = arith.select %take, %id, %status : i32
  return %next : i32
}

func.func private @mismatches_f16(%got: tensor<?xf16>, %want: tensor<?xf16>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xf16>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xf16>
    %w = tensor.extract %want[%j] : tensor<?xf16>
    %g_f = arith.extf %g : f16 to f64
    %w_f = arith.extf %w : f16 to f64
    %d = arith.subf %g_f, %w_f : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w_f : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g_f, %w_f : f64
    %gnan = arith.cmpf uno, %g_f, %g_f : f64
    %wnan = arith.cmpf uno, %w_f, %w_f : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func private @mismatches_f32(%got: tensor<?xf32>, %want: tensor<?xf32>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xf32>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xf32>
    %w = tensor.extract %want[%j] : tensor<?xf32>
    %g_f = arith.extf %g : f32 to f64
    %w_f = arith.extf %w : f32 to f64
    %d = arith.subf %g_f, %w_f : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w_f : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g_f, %w_f : f64
    %gnan = arith.cmpf uno, %g_f, %g_f : f64
    %wnan = arith.cmpf uno, %w_f, %w_f : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func private @mismatches_f64(%got: tensor<?xf64>, %want: tensor<?xf64>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xf64>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xf64>
    %w = tensor.extract %want[%j] : tensor<?xf64>
    %d = arith.subf %g, %w : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g, %w : f64
    %gnan = arith.cmpf uno, %g, %g : f64
    %wnan = arith.cmpf uno, %w, %w : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func private @mismatches_i32(%got: tensor<?xi32>, %want: tensor<?xi32>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xi32>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xi32>
    %w = tensor.extract %want[%j] : tensor<?xi32>
    %g_f = arith.sitofp %g : i32 to f64
    %w_f = arith.sitofp %w : i32 to f64
    %d = arith.subf %g_f, %w_f : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w_f : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g_f, %w_f : f64
    %gnan = arith.cmpf uno, %g_f, %g_f : f64
    %wnan = arith.cmpf uno, %w_f, %w_f : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func private @mismatches_i64(%got: tensor<?xi64>, %want: tensor<?xi64>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xi64>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xi64>
    %w = tensor.extract %want[%j] : tensor<?xi64>
    %g_f = arith.sitofp %g : i64 to f64
    %w_f = arith.sitofp %w : i64 to f64
    %d = arith.subf %g_f, %w_f : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w_f : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g_f, %w_f : f64
    %gnan = arith.cmpf uno, %g_f, %g_f : f64
    %wnan = arith.cmpf uno, %w_f, %w_f : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %in0_0 = arith.constant dense<[[0.189053386, -0.52274847, -0.413063556, -2.44146729], [1.79970741, 1.14416587, -0.325422823, 0.773806572], [0.281210661, -0.553822815, 0.977567434, -0.310556561]]> : tensor<3x4xf32>
  %in0_1 = arith.constant dense<[[-0.328823894, -0.792146742, 0.454958081, -0.0991980508, 0.545288742], [-0.607185721, 0.126827851, -0.892274022, 0.841464996, 0.188035086], [0.330570996, 0.410503924, -1.01075745, 0.783181012, 2.05670285], [-1.63844252, -1.72941148, -1.50483143, 0.841458917, 0.128715664]]> : tensor<4x5xf32>
  %r0 = call @k0(%in0_0, %in0_1) : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %flat0 = tensor.collapse_shape %r0 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp0 = arith.constant dense<[4.11889696, 3.83668017, 4.64394999, -2.83652639, -1.15901041, -2.66192102, -2.75233746, -1.03764296, 1.18050957, 0.626806498, 1.07578897, 0.645375133, 0.101352513, 0.0103735924, 2.01979518]> : tensor<15xf32>
  %got0 = tensor.cast %flat0 : tensor<15xf32> to tensor<?xf32>
  %want0 = tensor.cast %exp0 : tensor<15xf32> to tensor<?xf32>
  %atol0 = arith.constant 1.000000e-05 : f64
  %rtol0 = arith.constant 1.000000e-04 : f64
  %bad0 = call @mismatches_f32(%got0, %want0, %atol0, %rtol0) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id0 = arith.constant 1 : i32
  %status0 = call @record(%zero, %bad0, %id0) : (i32, i32, i32) -> i32
  %in1_0 = arith.constant dense<[[1.07834244, 0.722430885, 0.210571811, 0.284038156], [-0.169760495, 0.868460238, -1.12971592, -0.421858817], [0.242938846, 1.80142081, -0.76446414, -1.07906044]]> : tensor<3x4xf32>
  %dyn1_0 = tensor.cast %in1_0 : tensor<3x4xf32> to tensor<?x4xf32>
  %in1_1 = arith.constant dense<[[-0.563287199, 0.969272196, -0.235005513, 1.32434702, -1.87252951], [1.12852311, 1.03486621, -1.41866565, 0.153581887, 1.21575761], [0.0879190415, 0.99970144, 2.37488699, 0.273932248, -0.280382305], [-0.771052182, 0.648064613, -0.196730062, -0.178746372, -0.105259776]]> : tensor<4x5xf32>
  %r1 = call @k1(%dyn1_0, %in1_1) : (tensor<?x4xf32>, tensor<4x5xf32>) -> tensor<?x5xf32>
  %s1 = tensor.cast %r1 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat1 = tensor.collapse_shape %s1 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp1 = arith.constant dense<[0.0073684901, 2.18741059, -0.834098876, 1.54596353, -1.22986555, 1.30165303, -0.668574393, -3.79211545, -0.325501919, 1.7348758, 2.66090155, 0.636166453, -4.21593809, 0.581867695, 2.06310487]> : tensor<15xf32>
  %got1 = tensor.cast %flat1 : tensor<15xf32> to tensor<?xf32>
  %want1 = tensor.cast %exp1 : tensor<15xf32> to tensor<?xf32>
  %atol1 = arith.constant 1.000000e-05 : f64
  %rtol1 = arith.constant 1.000000e-04 : f64
  %bad1 = call @mismatches_f32(%got1, %want1, %atol1, %rtol1) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id1 = arith.constant 2 : i32
  %status1 = call @record(%status0, %bad1, %id1) : (i32, i32, i32) -> i32
  %in2_0 = arith.constant dense<[[0.64986968, -1.06633961, -1.52987647, -2.43387675], [1.19867086, 0.0737933591, 1.51011944, -0.00895629823], [-0.742155433, 0.477929294, -0.0765884146, -1.25418663]]> : tensor<3x4xf32>
  %dyn2_0 = tensor.cast %in2_0 : tensor<3x4xf32> to tensor<?x?xf32>
  %in2_1 = arith.constant dense<[[-0.885066569, 1.7667793, 0.354350597, 0.416386545, -0.276551723], [-0.689719558, 0.891655803, -0.104626454, -0.759108126, -0.134128526], [-0.905606031, 0.190045834, 1.12922764, -0.836085141, 1.42854404], [-0.667619944, 0.153412163, -0.836386502, -0.222235173, 0.0474044122]]> : tensor<4x5xf32>
  %dyn2_1 = tensor.cast %in2_1 : tensor<4x5xf32> to tensor<?x?xf32>
  %r2 = call @k2(%dyn2_0, %dyn2_1) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  %s2 = tensor.cast %r2 : tensor<?x?xf32> to tensor<3x5xf32>
  %flat2 = tensor.collapse_shape %s2 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp2 = arith.constant dense<[3.17066741, -0.466764569, 0.649931908, 2.90006399, -2.33756828, -2.47339416, 2.469203, 2.1297884, -0.817504704, 1.8154552, 1.23389876, -1.09203923, 0.649511755, -0.329064667, -0.0277234986]> : tensor<15xf32>
  %got2 = tensor.cast %flat2 : tensor<15xf32> to tensor<?xf32>
  %want2 = tensor.cast %exp2 : tensor<15xf32> to tensor<?xf32>
  %atol2 = arith.constant 1.000000e-05 : f64
  %rtol2 = arith.constant 1.000000e-04 : f64
  %bad2 = call @mismatches_f32(%got2, %want2, %atol2, %rtol2) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id2 = arith.constant 3 : i32
  %status2 = call @record(%status1, %bad2, %id2) : (i32, i32, i32) -> i32
  %in3_0 = arith.constant dense<[-0.434684932, -0.702887893, -0.677886188, -0.821159959]> : tensor<4xf32>
  %in3_1 = arith.constant dense<[-1.57008004, -0.262969613, 0.401158214, 0.908401906]> : tensor<4xf32>
  %r3 = call @k3(%in3_0, %in3_1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  %flat3 = tensor.expand_shape %r3 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp3 = arith.constant dense<[-0.150554597]> : tensor<1xf32>
  %got3 = tensor.cast %flat3 : tensor<1xf32> to tensor<?xf32>
  %want3 = tensor.cast %exp3 : tensor<1xf32> to tensor<?xf32>
  %atol3 = arith.constant 1.000000e-05 : f64
  %rtol3 = arith.constant 1.000000e-04 : f64
  %bad3 = call @mismatches_f32(%got3, %want3, %atol3, %rtol3) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id3 = arith.constant 4 : i32
  %status3 = call @record(%status2, %bad3, %id3) : (i32, i32, i32) -> i32
  %in4_0 = arith.constant dense<[0.647102714, 2.45733643, 0.318681628, -0.456333905]> : tensor<4xf32>
  %in4_1 = arith.constant dense<[[1.8716346, -1.04721808, 0.968477607, -0.955144763, 0.354111671], [-1.96839678, 0.899273694, -0.15824762, -0.967681468, 1.67841899], [0.765354693, 0.0458078347, -0.745443404, -0.0433625914, -0.163928762], [0.724776506, 0.798075199, -0.667756379, -0.549370587, -0.532065332]]> : tensor<4x5xf32>
  %r4 = call @k4(%in4_0, %in4_1) : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  %flat4 = tensor.cast %r4 : tensor<5xf32> to tensor<5xf32>
  %exp4 = arith.constant dense<[-3.71270895, 1.18256962, 0.304997623, -2.75911832, 4.54414511]> : tensor<5xf32>
  %got4 = tensor.cast %flat4 : tensor<5xf32> to tensor<?xf32>
  %want4 = tensor.cast %exp4 : tensor<5xf32> to tensor<?xf32>
  %atol4 = arith.constant 1.000000e-05 : f64
  %rtol4 = arith.constant 1.000000e-04 : f64
  %bad4 = call @mismatches_f32(%got4, %want4, %atol4, %rtol4) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id4 = arith.constant 5 : i32
  %status4 = call @record(%status3, %bad4, %id4) : (i32, i32, i32) -> i32
  %in5_0 = arith.constant dense<[[-1.34931719, -0.591574907, -0.0924080685, 0.690951943], [1.3203795, -0.808345854, 0.550976515, -0.444456816], [2.07518768, -0.0487235449, 0.502126992, -0.936162174]]> : tensor<3x4xf32>
  %in5_1 = arith.constant dense<[-0.810689449, 0.201695308, -0.384054452, 0.353288591]> : tensor<4xf32>
  %r5 = call @k5(%in5_0, %in5_1) : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
  %flat5 = tensor.cast %r5 : tensor<3xf32> to tensor<3xf32>
  %exp5 = arith.constant dense<[1.25415444, -1.6020838, -2.21573949]> : tensor<3xf32>
  %got5 = tensor.cast %flat5 : tensor<3xf32> to tensor<?xf32>
  %want5 = tensor.cast %exp5 : tensor<3xf32> to tensor<?xf32>
  %atol5 = arith.constant 1.000000e-05 : f64
  %rtol5 = arith.constant 1.000000e-04 : f64
  %bad5 = call @mismatches_f32(%got5, %want5, %atol5, %rtol5) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id5 = arith.constant 6 : i32
  %status5 = call @record(%status4, %bad5, %id5) : (i32, i32, i32) -> i32
  %in6_0 = arith.constant dense<[[[-1.56182408, 0.662004948, -0.899480343, 1.72242343], [-0.288467228, 1.09726501, -1.39498329, 0.428946257], [-0.888029635, -0.486889064, 0.0245963819, -0.317074955]], [[0.264255613, 0.747655451, 0.652782142, -0.0874814838], [-1.3634305, -0.804646134, -0.195756212, -2.12182593], [0.75208056, -0.239638194, -0.251319289, 0.948376238]]]> : tensor<2x3x4xf32>
  %in6_1 = arith.constant dense<[[0.667910516, 0.221000969, -1.00133359, 0.310421586, 0.346177548], [-0.884773314, 1.04331183, 0.507887185, -1.9696244, 0.121949449], [-1.26469803, 1.13631511, 0.807027936, -1.10359073, -0.884872675], [0.101853281, -0.238810822, 1.52520311, 0.74097383, -0.282427251]]> : tensor<4x5xf32>
  %r6 = call @k6(%in6_0, %in6_1) : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  %flat6 = tensor.collapse_shape %r6 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp6 = arith.constant dense<[-0.315877676, -1.08791339, 3.80127048, 0.480203867, -0.150471032, 0.644421101, -0.606539607, 0.374578476, -0.393417954, 1.14718652, -0.225739986, -0.600562453, 0.178175449, 0.421236515, -0.299005836, -1.31948912, 1.60109627, 0.50850302, -2.17579556, -0.370266408, -0.167262599, -0.856542051, -2.43761706, -0.194570303, 0.202365577, 1.12878633, -0.595867276, 0.368852019, 1.68553483, 0.185667932]> : tensor<30xf32>
  %got6 = tensor.cast %flat6 : tensor<30xf32> to tensor<?xf32>
  %want6 = tensor.cast %exp6 : tensor<30xf32> to tensor<?xf32>
  %atol6 = arith.constant 1.000000e-05 : f64
  %rtol6 = arith.constant 1.000000e-04 : f64
  %bad6 = call @mismatches_f32(%got6, %want6, %atol6, %rtol6) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id6 = arith.constant 7 : i32
  %status6 = call @record(%status5, %bad6, %id6) : (i32, i32, i32) -> i32
  %in7_0 = arith.constant dense<[[[[0.577395916, -2.03227925, 0.3098647, 0.866407037], [-0.178952515, -0.710214198, 0.565833449, 1.95861471], [0.204868928, -1.12067771, 1.44580483, -1.87854743]], [[0.503204882, -0.581954658, 0.930598438, -0.84947437], [1.32384777, 0.300273091, -1.72684062, -1.97381306], [-0.316095501, 1.29421163, 0.12703003, 0.0671207011]]], [[[-0.235903829, 0.737900198, 0.377326787, 0.280345887], [-0.984722912, 1.18785334, 1.36308038, -1.30135357], [2.30149508, 0.722506583, -0.488005996, -1.90435588]], [[0.656846404, 0.557511389, -0.595631838, -1.79055321], [1.12447679, -0.588318944, -0.471745074, 2.84564519], [2.12797213, 0.953736722, -0.455421031, 0.649461269]]]]> : tensor<2x2x3x4xf32>
  %dyn7_0 = tensor.cast %in7_0 : tensor<2x2x3x4xf32> to tensor<?x2x3x4xf32>
  %in7_1 = arith.constant dense<[[-2.28146982, 0.1065327, -0.759818256, -1.28560519, -1.58280444], [0.525141597, 0.0893003717, 0.159723669, 0.842376053, -0.84608376], [-1.2355845, -1.7763654, -0.335196584, 0.760156214, -0.149423525], [0.641128182, -1.18105376, -0.469121337, -0.765936673, -1.2483778]]> : tensor<4x5xf32>
  %r7 = call @k7(%dyn7_0, %in7_1) : (tensor<?x2x3x4xf32>, tensor<4x5xf32>) -> tensor<?x2x3x5xf32>
  %s7 = tensor.cast %r7 : tensor<?x2x3x5xf32> to tensor<2x2x3x5xf32>
  %flat7 = tensor.collapse_shape %s7 [[0, 1, 2, 3]] : tensor<2x2x3x5xf32> into tensor<60xf32>
  %exp7 = arith.constant dense<[-2.21193171, -1.6936779, -1.27363467, -2.88231373, -0.322330713, 0.591899812, -3.40084291, -1.08596003, -1.43825817, -1.64549232, -4.0467205, -0.427863598, 0.0619758964, 1.3304733, 2.75301933, -3.14811039, -0.648168921, -0.388723046, 0.220896363, 0.617319107, -1.99444246, 5.56652689, 0.54686588, -1.24985576, 0.37264657, 1.28688335, -0.223025858, 0.372823566, 1.54173934, -0.697467387, 0.639228046, -0.960610509, 0.0391092896, 0.996968865, -0.657294869, 0.351871431, -0.883189678, 1.09153152, 4.29949236, 1.97450495, -5.48933697, 3.42572832, -0.576364756, -1.26253629, -1.80384254, -1.61782348, 3.29256105, 0.629604399, 0.543866277, 0.812927723, -0.467106342, -2.45561171, -2.12519193, -4.47940302, -4.76401043, -3.37495804, 0.353813112, -1.61655831, -2.7759645, -4.91782761]> : tensor<60xf32>
  %got7 = tensor.cast %flat7 : tensor<60xf32> to tensor<?xf32>
  %want7 = tensor.cast %exp7 : tensor<60xf32> to tensor<?xf32>
  %atol7 = arith.constant 1.000000e-05 : f64
  %rtol7 = arith.constant 1.000000e-04 : f64
  %bad7 = call @mismatches_f32(%got7, %want7, %atol7, %rtol7) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id7 = arith.constant 8 : i32
  %status7 = call @record(%status6, %bad7, %id7) : (i32, i32, i32) -> i32
  %in8_0 = arith.constant dense<[[[1.85947359, 0.852140784, -0.761800528, -0.766017199], [-0.0571968555, -1.44205391, 0.435827166, -1.29423881], [-0.370432973, -1.02482259, -0.479848295, -1.33115721]], [[-1.57282197, -0.966140866, -0.680009842, -0.29488942], [0.0689836293, 1.52689612, 0.812251806, -0.2528992], [0.725918353, -0.688897252, 1.44849133, 0.549476981]]]> : tensor<2x3x4xf32>
  %in8_1 = arith.constant dense<[-1.35583937, 0.755385518, 0.816092372, -2.68559527]> : tensor<4xf32>
  %r8 = call @k8(%in8_0, %in8_1) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  %flat8 = tensor.collapse_shape %r8 [[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
  %exp8 = arith.constant dense<[-0.441940069, 2.81972003, 2.9114604, 1.63968801, 2.40192175, -1.79818189]> : tensor<6xf32>
  %got8 = tensor.cast %flat8 : tensor<6xf32> to tensor<?xf32>
  %want8 = tensor.cast %exp8 : tensor<6xf32> to tensor<?xf32>
  %atol8 = arith.constant 1.000000e-05 : f64
  %rtol8 = arith.constant 1.000000e-04 : f64
  %bad8 = call @mismatches_f32(%got8, %want8, %atol8, %rtol8) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id8 = arith.constant 9 : i32
  %status8 = call @record(%status7, %bad8, %id8) : (i32, i32, i32) -> i32
  %in9_0 = arith.constant dense<[-0.748094976, -0.473822534, -1.92851222, -1.06717753]> : tensor<4xf32>
  %in9_1 = arith.constant dense<[[[-0.948358178, 0.507095814, 0.30046317, 2.62617373, -0.394259393], [1.15323102, 0.078846477, 0.27092579, -1.15962982, -1.91089976], [-0.767148197, 0.762168586, 1.58280563, 0.603991032, 0.498280913], [-0.838766873, 1.53429389, 1.34380627, -0.530832469, -0.0463706702]], [[-0.996051908, 1.46720684, 0.406354159, -0.0950646698, 0.406899989], [0.4406223, -0.411496699, -1.24156523, -1.28374541, -1.73836648], [0.461253017, 2.21854186, -1.69906926, 0.138287455, 0.41098395], [-0.984625697, 0.204425797, -1.09693694, 1.20040214, -0.59424907]]]> : tensor<2x4x5xf32>
  %r9 = call @k9(%in9_0, %in9_1) : (tensor<4xf32>, tensor<2x4x5xf32>) -> tensor<2x5xf32>
  %flat9 = tensor.collapse_shape %r9 [[0, 1]] : tensor<2x5xf32> into tensor<10xf32>
  %exp9 = arith.constant dense<[2.5376029, -3.52393031, -4.83968544, -2.01348019, 0.288915694, 0.697602987, -5.39927769, 4.73159218, -0.868346334, 0.360859096]> : tensor<10xf32>
  %got9 = tensor.cast %flat9 : tensor<10xf32> to tensor<?xf32>
  %want9 = tensor.cast %exp9 : tensor<10xf32> to tensor<?xf32>
  %atol9 = arith.constant 1.000000e-05 : f64
  %rtol9 = arith.constant 1.000000e-04 : f64
  %bad9 = call @mismatches_f32(%got9, %want9, %atol9, %rtol9) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id9 = arith.constant 10 : i32
  %status9 = call @record(%status8, %bad9, %id9) : (i32, i32, i32) -> i32
  %in10_0 = arith.constant dense<[[[0.100560382, 0.684241593, -0.429819375, -1.7912308], [-0.531255662, 0.762995243, -0.0845326558, 0.229789183], [-1.08040178, 0.143222913, 0.728166997, 0.0364480205]], [[1.90801454, -0.207793579, -1.04135025, -1.61765921], [1.15200591, -0.0590182431, 1.01162183, 0.45766893], [1.62508428, 1.26610732, -0.377554566, 0.273884892]]]> : tensor<2x3x4xf32>
  %in10_1 = arith.constant dense<[[[1.08537197, -1.23607516, 1.45089602, 1.21199334, 0.982925892], [-0.20093216, 0.302141041, -1.11723924, 0.0579541735, -0.587379515], [0.0865639672, -0.494626254, 0.283803523, 1.17933214, -1.30960321], [0.925390899, -1.99181259, -2.16103339, -0.11936868, 0.00672938162]], [[0.44280085, -1.64738524, -0.0599386431, 0.126524702, 1.25520504], [-0.103839584, 0.528991759, -0.977425575, -0.187554628, -0.445535332], [0.70330435, -0.988819301, -0.834322453, 0.575988173, 1.7894367], [0.382703334, 0.303560287, -0.346142381, 1.08842528, 0.539916933]]]> : tensor<2x4x5xf32>
  %r10 = call @k10(%in10_0, %in10_1) : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %flat10 = tensor.collapse_shape %r10 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp10 = arith.constant dense<[-1.72313631, 3.86283326, 3.13036633, -0.131549746, 0.247772872, -0.524592996, 0.471319199, -2.14381766, -0.726781309, -0.858102202, -1.10465419, 0.945963264, -1.59967399, -0.446739346, -2.09944558, -0.485022128, -2.71450591, 1.51750135, -2.08012295, -0.249303162, 1.4028672, -2.79039884, -1.01380122, 1.23764694, 3.52963495, 0.427397549, -1.5509057, -1.11473191, 0.0487852842, 0.947983563]> : tensor<30xf32>
  %got10 = tensor.cast %flat10 : tensor<30xf32> to tensor<?xf32>
  %want10 = tensor.cast %exp10 : tensor<30xf32> to tensor<?xf32>
  %atol10 = arith.constant 1.000000e-05 : f64
  %rtol10 = arith.constant 1.000000e-04 : f64
  %bad10 = call @mismatches_f32(%got10, %want10, %atol10, %rtol10) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id10 = arith.constant 11 : i32
  %status10 = call @record(%status9, %bad10, %id10) : (i32, i32, i32) -> i32
  %in11_0 = arith.constant dense<[[[1.73319268, 0.330711514, -0.948676944, -0.569941521], [-0.987404525, -1.25082088, 1.26371741, 0.807336926], [-1.23864436, 1.78132069, 0.244560733, -0.956892014]], [[0.386221945, -0.0691942573, -0.772654772, -1.94293427], [0.0367199033, 0.291995853, -2.57907748, 0.554907322], [0.617633343, -0.469795614, 0.112123057, -0.280658156]]]> : tensor<2x3x4xf32>
  %dyn11_0 = tensor.cast %in11_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %in11_1 = arith.constant dense<[[[-0.837102592, -0.36005497, 1.35160387, -1.45061707, 0.237192288], [0.184117749, -0.707630277, -0.440339208, -1.40041339, -0.851962209], [0.0149518298, 0.326715916, -0.898376822, 3.05634236, -0.570344567], [0.127330005, -0.230580077, -0.399779797, 1.3010689, -0.478811383]], [[1.33438885, 1.14181626, -1.04566514, 1.03549349, -0.650378108], [2.73645878, -0.385830373, -0.940926254, -1.91107631, -1.29304516], [-0.580648899, -0.998027802, -1.22868693, -0.695339739, -0.206547737], [1.44934738, -1.70329487, -0.551640987, -0.953893602, -1.51514781]]]> : tensor<2x4x5xf32>
  %dyn11_1 = tensor.cast %in11_1 : tensor<2x4x5xf32> to tensor<?x4x5xf32>
  %r11 = call @k11(%dyn11_0, %dyn11_1) : (tensor<?x3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  %s11 = tensor.cast %r11 : tensor<?x3x5xf32> to tensor<2x3x5xf32>
  %flat11 = tensor.collapse_shape %s11 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp11 = arith.constant dense<[-1.47672546, -1.03659689, 3.27708507, -6.61834621, 0.943313479, 0.717953682, 1.46735942, -2.24184585, 8.09676647, -0.275869131, 1.24666071, -0.513994217, -2.29570341, -1.19530773, -1.49272799, -2.04132247, 4.54821301, 1.68240082, 2.92277598, 2.9417038, 3.1498251, 1.55808663, 2.54962587, 0.744009316, -0.709509611, -0.933288574, 1.2526269, -0.186736211, 1.72712517, 0.607851565]> : tensor<30xf32>
  %got11 = tensor.cast %flat11 : tensor<30xf32> to tensor<?xf32>
  %want11 = tensor.cast %exp11 : tensor<30xf32> to tensor<?xf32>
  %atol11 = arith.constant 1.000000e-05 : f64
  %rtol11 = arith.constant 1.000000e-04 : f64
  %bad11 = call @mismatches_f32(%got11, %want11, %atol11, %rtol11) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id11 = arith.constant 12 : i32
  %status11 = call @record(%status10, %bad11, %id11) : (i32, i32, i32) -> i32
  %in12_0 = arith.constant dense<[[[[-1.26613665, -0.905734837, 0.717043459, -0.19390057], [-0.537985086, 0.611291707, 0.280769497, -0.223328844], [0.384285837, -0.828350961, 0.627381325, 0.466924936]], [[-0.412304282, -1.21947622, 1.52006435, 0.0942010134], [3.051265, -0.653409064, 0.852842987, -0.434219152], [0.25366804, 0.83339119, -0.799307823, -0.100090466]], [[0.160941601, 0.113480106, 0.596451044, 1.02556312], [0.833628356, 0.263012558, -0.347372949, -1.12968361], [-0.735498488, -0.528548777, 0.682714045, -0.363610178]]], [[[-1.24233878, 0.626347125, -0.80325067, -0.765828609], [-0.226271406, 0.47317785, -2.41318345, -1.121454], [0.175589144, -0.364160985, -0.864544511, -0.541452885]], [[1.38525403, -0.455728263, 0.712664962, 0.791869104], [-0.450221002, 0.443439066, -0.450237602, -0.610417485], [-1.12599432, 0.87495625, -0.398159325, -0.552142382]], [[-1.12744486, 1.80884492, 0.741805613, -0.132804468], [-0.694734395, -1.52979994, 0.291813672, 0.28842181], [-1.40840065, 1.1615504, 0.775956392, -0.962073743]]]]> : tensor<2x3x3x4xf32>
  %in12_1 = arith.constant dense<[[[[-0.555696547, -0.427320629, 0.160678968, -0.145569429, -1.63893914], [1.47409749, 0.316310406, 1.26077342, 1.25482237, -0.207900822], [0.341962129, 0.736664593, 0.769613445, -0.163918763, -0.618185461], [0.0352865681, -0.801542759, -0.555933952, -2.03017926, 0.083642669]], [[-1.02689135, -0.555839717, -0.052700337, 0.313835114, 1.88917184], [0.204396367, -1.41326499, 0.130746499, -0.595725834, 0.399385482], [-0.685527802, -0.708406806, -0.511263788, -0.627562702, -1.82478094], [-0.66827172, -0.0140110943, 1.20048881, -0.293178022, -0.371742368]], [[0.579838395, 0.539402544, 1.59952533, 0.585111558, -0.0194502864], [1.33832896, 1.52948189, -0.475378424, 0.158139884, -1.68064058], [-0.364127487, -0.883751571, -0.214072466, -0.481634557, -0.166049868], [-0.103034534, 0.493468106, 0.230938479, -0.561804295, -1.28916299]]], [[[1.23485172, 1.41730237, -0.454444975, 0.561414301, -1.52610493], [-1.56221497, -0.269884527, 1.47168171, -1.04655147, -0.834124267], [1.60759473, -1.89344788, 0.646222234, 0.48781392, -0.206270769], [0.188624963, 2.62174153, -1.12684321, -0.313940197, -0.238123417]], [[-0.689681113, -1.34188294, 1.59330022, 0.220095068, -1.75799215], [-0.702804267, 0.405400693, 0.40342012, -1.44032717, -0.0914268643], [0.260881722, 0.392571837, 0.394599587, -1.82301426, 1.84698284], [0.211133614, 1.80598974, 2.8630991, -0.160557374, -1.23376274]], [[0.864130557, -0.180833563, -0.451409817, -1.03328633, 1.68778455], [-0.442674458, -1.39958477, -0.447571397, -1.15725887, 0.157904163], [-0.419364572, -1.05742419, 0.601766169, -0.643433928, 0.723761261], [1.26098347, -0.361952782, -0.646514356, 0.199296072, 0.891449571]]]]> : tensor<2x3x4x5xf32>
  %r12 = call @k12(%in12_0, %in12_1) : (tensor<2x3x3x4xf32>, tensor<2x3x4x5xf32>) -> tensor<2x3x3x5xf32>
  %flat12 = tensor.collapse_shape %r12 [[0, 1, 2, 3]] : tensor<2x3x3x5xf32> into tensor<90xf32>
  %exp12 = arith.constant dense<[-0.39319402, 0.938193083, -0.685725749, -0.676109552, 1.8039397, 1.28819203, 0.809090614, 1.02449751, 1.25275087, 0.562389314, -1.20359945, -0.338319987, -0.759354591, -2.1461544, -0.806389391, -0.930863082, 0.874474287, -0.801780283, -0.38447538, -4.07475758, -3.56134343, -1.37065005, -1.20353651, 0.938937902, 4.10856771, 0.524688005, -0.751163781, 0.384094238, 0.114097364, 2.30783629, -0.0776588097, 0.239346206, 0.312642425, -0.751322746, -1.61500835, 1.0782516, 0.601462722, 1.02185476, 1.33132625, 1.05578363, -1.34497297, -1.98791528, -1.15530968, -0.638474226, 1.25799441, -3.948349, -2.41670251, 1.83024848, -1.5043838, 1.72153676, -5.10957193, 1.18067622, 0.503445208, -1.44735193, 0.715438485, -0.706244409, 0.564564705, -0.564279974, 0.227938429, 0.343050927, -0.281984329, -0.333721638, 4.57169247, -0.46505338, -2.05429864, -0.247480378, -0.495243967, -2.46379423, 0.181007862, 0.672472, -0.0587943122, 0.712190807, -3.17902374, -0.693548381, 1.84531379, -2.25354028, -3.06408596, 0.231605947, -1.43209875, -1.19875824, 0.318180978, 1.85375011, 0.987439394, 2.35795259, -0.945806861, -3.26979852, -1.84329188, 1.20482802, -0.579947591, -2.48969626]> : tensor<90xf32>
  %got12 = tensor.cast %flat12 : tensor<90xf32> to tensor<?xf32>
  %want12 = tensor.cast %exp12 : tensor<90xf32> to tensor<?xf32>
  %atol12 = arith.constant 1.000000e-05 : f64
  %rtol12 = arith.constant 1.000000e-04 : f64
  %bad12 = call @mismatches_f32(%got12, %want12, %atol12, %rtol12) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id12 = arith.constant 13 : i32
  %status12 = call @record(%status11, %bad12, %id12) : (i32, i32, i32) -> i32
  %in13_0 = arith.constant dense<[[[[-0.00279306131, 0.139955848, -0.0268907938, 0.311214626], [0.628742993, -0.706062913, -0.482533842, 0.0435889289], [-0.665732145, 0.136125445, 0.536149144, -0.0217218585]], [[-0.603549659, -0.777202308, 1.75122547, 0.878505826], [-1.11992145, -0.841026783, 1.87384474, 1.5112977], [0.128176317, 1.15784895, -1.48698127, 0.00131195516]], [[0.740809202, -1.85996735, -0.782994211, 0.782854855], [1.13162982, -0.593307495, 0.289809436, 1.60071254], [-0.381933093, -1.33336401, -0.061407607, -0.393157631]]], [[[1.30104828, 0.160115555, -0.802094579, 2.40054464], [-0.500117004, 0.472445786, 0.676231563, 0.784322083], [0.172915891, 0.586673856, -0.0679021329, -1.41918194]], [[-0.21981062, -0.198412061, -0.177720264, 0.136091739], [-0.624702871, 1.32325745, 1.56671488, -2.20036173], [0.00932602305, -0.710594535, -2.60624385, 0.410135895]], [[-0.618799627, -0.375734597, -0.65157795, 1.0870055], [1.23929811, 0.276795387, 0.693108857, -0.1124283], [0.140159234, -0.741762638, 0.0345428027, -0.713670492]]]]> : tensor<2x3x3x4xf32>
  %in13_1 = arith.constant dense<[[[[0.373026252, 0.827331185, 0.311042756, 1.18412912, 2.69024539], [-2.10656118, 0.0136840194, -0.568680525, -0.456695467, -1.35817516], [0.0525352396, -0.258272707, -0.632770717, -0.254322618, -0.592743754], [-2.34292197, 1.07740891, -0.303472668, -0.949637353, 0.306412071]], [[-0.662438393, -2.1739974, 0.886902392, -1.67670918, -0.218407094], [0.120156243, 1.34966826, 1.19006062, 0.165748075, -0.763391554], [-0.415897161, 1.08770168, 1.78644931, 0.543788671, -0.644844532], [1.0293721, -0.375240088, -0.407849342, -0.278968662, 0.590148985]], [[0.275274873, 0.992801428, 1.29639328, 0.513245583, -2.33226347], [-1.69659758, 0.15858832, -0.0647074953, 2.15919614, -0.0302140601], [-0.152609929, 0.943888128, 1.06443346, -0.235410154, 0.473202109], [-1.13354671, -0.943151772, 1.23307312, -1.40713561, 0.922312617]]]]> : tensor<1x3x4x5xf32>
  %r13 = call @k13(%in13_0, %in13_1) : (tensor<2x3x3x4xf32>, tensor<1x3x4x5xf32>) -> tensor<2x3x3x5xf32>
  %flat13 = tensor.collapse_shape %r13 [[0, 1, 2, 3]] : tensor<2x3x3x5xf32> into tensor<90xf32>
  %exp13 = arith.constant dense<[-1.0264318, 0.34185496, -0.157888353, -0.355926663, -0.0862993002, 1.59442699, 0.682105303, 0.889195442, 1.14829433, 2.94980502, -0.456032783, -0.71079421, -0.617150545, -0.966207623, -2.30031991, 0.482408404, 1.83831048, 1.3099699, 1.5903784, 0.114310384, 1.41718531, 2.77068377, 0.737013102, 2.33575487, 0.570183873, 0.673995614, -0.333827466, -1.1653614, -0.831972718, 0.04775922, 2.59163237, -1.03690255, 1.21260595, -4.55307531, -1.32004261, -0.540596962, -0.206775188, 3.78770733, -3.02090693, -1.00783694, 2.61207962, -0.277794212, -0.959013224, -2.50733757, 0.539382458, -5.51839495, 3.87211609, 0.0926693082, -0.608170986, 4.49366665, -2.98387218, 0.263086021, -1.09014833, -1.72476947, -2.1476078, 2.15010309, -1.36041522, 0.193803638, 1.30180073, -0.726225615, 0.335772932, -0.0342964455, -0.804066122, 0.201064497, 0.394390643, -2.34375858, 5.67384338, 4.71697903, 2.73256612, -3.18255281, 1.4145515, -3.96805692, -5.66057539, -1.66507757, 2.46308851, -0.665603876, -2.31416035, -0.131098866, -2.50505686, 2.14878702, -0.106795326, 2.03452778, 2.18784285, 1.22875679, -2.67444611, 2.10076237, 0.727219522, -0.613540292, -0.533575416, -0.946358204]> : tensor<90xf32>
  %got13 = tensor.cast %flat13 : tensor<90xf32> to tensor<?xf32>
  %want13 = tensor.cast %exp13 : tensor<90xf32> to tensor<?xf32>
  %atol13 = arith.constant 1.000000e-05 : f64
  %rtol13 = arith.constant 1.000000e-04 : f64
  %bad13 = call @mismatches_f32(%got13, %want13, %atol13, %rtol13) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id13 = arith.constant 14 : i32
  %status13 = call @record(%status12, %bad13, %id13) : (i32, i32, i32) -> i32
  %in14_0 = arith.constant dense<[[[[0.677888393, 0.769755244, 0.912831485, 0.563863039], [-2.14145875, -1.00437951, -0.601311624, 0.914820492], [-1.12780523, -0.70489502, -0.362812042, 1.31643176]], [[-1.44105279, -1.35392952, 0.627161205, -2.12552786], [0.331977934, -0.454040915, -1.57695138, -0.420271397], [-1.00213695, 0.16778475, 0.363822073, 1.48896158]], [[-0.0127852364, 0.100553505, -0.577310801, -0.0236351211], [1.04960251, -1.92571568, 0.659128904, -0.535176933], [0.0738902315, 0.325044811, 0.850594163, 0.238403246]]], [[[-0.392510176, 0.311694354, 0.0118731437, -0.204499856], [0.205147684, 0.873580515, 0.138332039, 0.155469254], [-1.2875104, -0.12701124, -1.85801756, 0.720010638]], [[-0.939253688, 1.29538155, 2.99343705, -0.397399247], [1.32963014, 0.403598964, -0.556987286, -0.841311276], [0.561941683, 1.39482188, 0.353705466, -1.51189804]], [[-1.04225957, -0.227974296, 1.35716629, 0.283415318], [0.327261955, 1.2105037, -0.204595461, -0.0891160071], [-0.181866109, -1.77796054, 0.466678828, 0.410838783]]]]> : tensor<2x3x3x4xf32>
  %in14_1 = arith.constant dense<[[[0.97544241, -1.18890321, -0.815863252, 0.934469521, 0.323061615], [1.37502575, -0.863032222, 0.200803012, -0.675997436, 0.309753329], [-0.485044807, 0.535967112, 1.0813638, 0.675270498, -1.80827308], [0.94040364, 0.447542161, -1.04302073, -0.885766149, 0.00830672402]], [[0.573529363, -0.450700909, -1.62251163, 0.281579077, 0.169808641], [2.44113278, -1.28855932, 2.52375054, 1.74470234, 0.303122818], [1.65898407, 0.0965603888, 0.977837205, -0.733765841, 0.0796979442], [-1.01459527, -1.57547092, -0.271660537, -0.658893824, 0.572812319]], [[1.27080393, -0.169152975, 0.0589322448, 0.187919408, -1.67796826], [0.269081056, 0.0113505134, -0.0463229343, -1.10037494, -1.98188007], [-0.250260353, 0.316156745, 1.34091306, 1.13117599, 1.45531774], [0.369951129, 1.15616751, -0.206010923, 0.628433406, 0.931814551]]]> : tensor<3x4x5xf32>
  %r14 = call @k14(%in14_0, %in14_1) : (tensor<2x3x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x3x5xf32>
  %flat14 = tensor.collapse_shape %r14 [[0, 1, 2, 3]] : tensor<2x3x3x5xf32> into tensor<90xf32>
  %exp14 = arith.constant dense<[1.80716896, -0.72866714, 0.000487029552, 0.230070889, -1.1885308, -2.31795359, 3.49993634, -0.0589582324, -2.53853512, 0.0920017213, -0.655400515, 2.34390187, -0.986807585, -1.98843932, 0.0843043178, -0.934607029, 5.80336857, 0.111828327, -1.82766652, -1.8226552, -3.10770679, 0.945290208, -3.11235452, 0.735339105, -0.447673857, -1.07228851, -2.07522154, 2.00069213, -1.2374742, 0.762579322, 0.146543682, -0.206542879, -0.774665892, -0.78094238, -1.04002595, 0.452722162, -0.609767437, 1.14514709, 2.72551751, 2.51589417, 0.0566909537, 0.535745859, 1.08075666, 0.768206477, 0.691847086, -0.152354717, 0.112495646, 0.608960569, -0.388336718, -0.0534252226, 1.48041213, -0.854108334, -0.00452524424, -0.443131804, 0.0880191773, 0.147786319, 0.96673888, -1.73525071, -3.00970554, 2.91049671, 7.9927721, -0.330715001, 7.82822227, 0.0609431267, 0.244101897, 1.67737794, 0.152351856, -1.45484912, 2.04158902, -0.178181469, 5.84799147, 0.365526915, 3.36501479, 3.32842326, -0.319619358, -1.62064624, 0.930466533, 1.71059299, 1.76829791, 4.43989468, 0.759842932, -0.209334761, -0.292773664, -1.55794597, -3.32899928, -0.674332619, 0.63312453, 0.612781048, 2.70832777, 4.89086151]> : tensor<90xf32>
  %got14 = tensor.cast %flat14 : tensor<90xf32> to tensor<?xf32>
  %want14 = tensor.cast %exp14 : tensor<90xf32> to tensor<?xf32>
  %atol14 = arith.constant 1.000000e-05 : f64
  %rtol14 = arith.constant 1.000000e-04 : f64
  %bad14 = call @mismatches_f32(%got14, %want14, %atol14, %rtol14) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id14 = arith.constant 15 : i32
  %status14 = call @record(%status13, %bad14, %id14) : (i32, i32, i32) -> i32
  %in15_0 = arith.constant dense<[[2.68932486, 0.242630392, -1.27256966, 1.37773299], [-0.791299045, -0.0606771968, -0.294214725, -0.907756567], [1.33477259, 0.59606111, -0.61202544, 0.0693387017]]> : tensor<3x4xf32>
  %in15_1 = arith.constant dense<[[[-0.433235615, 0.615195632, -0.378557086, -0.766163468, -0.644307494], [-0.436853647, 0.289367199, -0.918875098, -0.0893696845, 0.443581045], [2.33727527, 0.856245458, -2.98376513, -0.511076033, -0.396925241], [0.320385337, 1.56938589, 0.742075324, -2.30290985, 0.306977421]], [[0.108063176, 0.412981838, 1.35886896, -1.09085155, 1.10307014], [-1.65386379, 0.0508224368, 0.380597234, 2.28453231, -0.702331007], [-1.69393528, 0.687125444, -0.661230922, 1.56382561, -0.708056688], [-0.877270401, 1.24449825, 0.0854308829, 1.00078392, -1.430215]]]> : tensor<2x4x5xf32>
  %r15 = call @k15(%in15_0, %in15_1) : (tensor<3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %flat15 = tensor.collapse_shape %r15 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp15 = arith.constant dense<[-3.80404544, 2.79723287, 3.57842064, -4.60456085, -0.697078049, -0.609166741, -2.180902, 0.559550583, 2.85253477, 0.321045101, -2.24691939, 0.578401983, 0.824601412, -0.922812939, -0.331388891, 0.836345673, 1.96314454, 4.70594835, -2.99062133, 1.72670424, 1.30957019, -1.66173983, -0.981371939, -0.643997967, 0.676364899, 0.134338573, 0.247283742, 2.45125437, -0.982025743, 1.38789487]> : tensor<30xf32>
  %got15 = tensor.cast %flat15 : tensor<30xf32> to tensor<?xf32>
  %want15 = tensor.cast %exp15 : tensor<30xf32> to tensor<?xf32>
  %atol15 = arith.constant 1.000000e-05 : f64
  %rtol15 = arith.constant 1.000000e-04 : f64
  %bad15 = call @mismatches_f32(%got15, %want15, %atol15, %rtol15) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id15 = arith.constant 16 : i32
  %status15 = call @record(%status14, %bad15, %id15) : (i32, i32, i32) -> i32
  %in16_0 = arith.constant dense<[[[1.65108883, -0.588905275, 0.819441974, -1.00493956], [-1.5506891, -0.256823629, 0.174462259, 1.57664812], [0.350047827, 0.715515733, 0.658917427, 3.11015463]], [[-0.818143308, 1.25515723, -0.149255738, 0.260779947], [-0.546752393, 1.16240752, -1.25486147, -1.32227802], [-0.207827225, -1.15804017, 0.703277826, 0.921895385]]]> : tensor<2x3x4xf32>
  %in16_1 = arith.constant dense<[[[-0.752996266, 0.783835948, -0.662044525, -0.0442317389, 0.00676145731], [1.8764534, -0.000427662977, -0.911961615, -0.917547107, 1.19999695], [-1.66901267, -0.470243692, -0.380213112, -2.45051312, -0.469260186], [1.00215685, 0.230322376, -0.900764942, 0.690267086, 0.516544282]]]> : tensor<1x4x5xf32>
  %r16 = call @k16(%in16_0, %in16_1) : (tensor<2x3x4xf32>, tensor<1x4x5xf32>) -> tensor<2x3x5xf32>
  %flat16 = tensor.collapse_shape %r16 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp16 = arith.constant dense<[-4.7230835, 0.677637219, 0.0376163721, -2.23441219, -1.59914804, 1.9746145, -0.934278369, -0.225683689, 0.965023756, 0.413867861, 3.09616852, 0.68056047, -3.93631744, -0.139850855, 2.15831232, 3.48175526, -0.511576891, -0.781160355, -0.56971705, 1.70539713, 3.36215544, -0.143520862, 0.970079958, 1.11994958, 1.29702997, -2.26641083, -0.280786008, 0.0958726406, -0.0152885318, -1.24487042]> : tensor<30xf32>
  %got16 = tensor.cast %flat16 : tensor<30xf32> to tensor<?xf32>
  %want16 = tensor.cast %exp16 : tensor<30xf32> to tensor<?xf32>
  %atol16 = arith.constant 1.000000e-05 : f64
  %rtol16 = arith.constant 1.000000e-04 : f64
  %bad16 = call @mismatches_f32(%got16, %want16, %atol16, %rtol16) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id16 = arith.constant 17 : i32
  %status16 = call @record(%status15, %bad16, %id16) : (i32, i32, i32) -> i32
  %in17_0 = arith.constant dense<[[2.02449965, -0.742337704, -0.388720155, 0.0410807729], [-0.138687238, 0.0863765404, -0.107438594, -0.694885075], [-1.60441113, -0.560953081, -1.39256847, -1.05201578]]> : tensor<3x4xf32>
  %in17_1 = arith.constant dense<[[[[-0.548196554, 0.502774775, 0.8477512, -1.04443693, 0.297393203], [0.791949987, -0.0576841645, -1.6552223, -2.17154384, 0.776817024], [0.897494614, 0.257329464, -1.07431126, 1.43139398, 1.19167101], [-0.0688730702, -0.246695608, -1.9819659, 0.726657391, -1.63902891]]]]> : tensor<1x1x4x5xf32>
  %r17 = call @k17(%in17_0, %in17_1) : (tensor<3x4xf32>, tensor<1x1x4x5xf32>) -> tensor<1x1x3x5xf32>
  %flat17 = tensor.collapse_shape %r17 [[0, 1, 2, 3]] : tensor<1x1x3x5xf32> into tensor<15xf32>
  %exp17 = arith.constant dense<[-2.04942155, 0.950524867, 3.28119159, -1.02900338, -0.505147278, 0.0958670676, 0.0690669715, 1.23211634, -0.701450706, 1.03675938, -0.742081404, -0.873120546, 3.149472, 0.136071146, -0.848098159]> : tensor<15xf32>
  %got17 = tensor.cast %flat17 : tensor<15xf32> to tensor<?xf32>
  %want17 = tensor.cast %exp17 : tensor<15xf32> to tensor<?xf32>
  %atol17 = arith.constant 1.000000e-05 : f64
  %rtol17 = arith.constant 1.000000e-04 : f64
  %bad17 = call @mismatches_f32(%got17, %want17, %atol17, %rtol17) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id17 = arith.constant 18 : i32
  %status17 = call @record(%status16, %bad17, %id17) : (i32, i32, i32) -> i32
  %in18_0 = arith.constant dense<[[[0.655136526, 0.703593254, 0.0679153875, 1.55369496], [-0.348272324, 0.563991129, 0.771324813, 0.223240659], [-0.444035321, 1.20505381, 0.397551835, -0.217785522]]]> : tensor<1x3x4xf32>
  %in18_1 = arith.constant dense<[[[-0.191031992, 0.105206192, 2.25596094, 0.0812878609, -0.264107227], [-1.089715, -1.24467278, -1.92266655, 0.209317967, 0.00304994243], [-1.05421996, -1.51294911, -0.352888018, -0.551225126, -1.36347008], [0.274035215, 0.114651114, -0.0789966062, 0.743042529, -0.681614578]], [[1.33076417, -1.04411447, 0.484807342, 0.605466902, -0.290523142], [0.321010441, -1.31484544, -1.53426123, -0.232462481, -0.761385977], [0.560311973, -0.00128829828, 0.585502982, 0.28743282, 0.172319889], [0.0614949763, -0.404553443, -0.49655363, 2.00326633, -1.79321134]]]> : tensor<2x4x5xf32>
  %r18 = call @k18(%in18_0, %in18_1) : (tensor<1x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %flat18 = tensor.collapse_shape %r18 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp18 = arith.constant dense<[-0.537698805, -0.731438637, -0.0215160027, 1.31755412, -1.32250214, -1.30002856, -1.88000512, -2.15988231, -0.169553146, -1.11014104, -1.70712829, -2.17305803, -3.44173002, -0.164819732, -0.272655934, 1.23129117, -2.23779392, -1.49360919, 3.36509037, -3.50043869, 0.163489401, -0.469231486, -0.693392634, 0.326940417, -0.595636845, 0.00528887007, -1.03324199, -1.72322893, -0.870991409, -0.329466999]> : tensor<30xf32>
  %got18 = tensor.cast %flat18 : tensor<30xf32> to tensor<?xf32>
  %want18 = tensor.cast %exp18 : tensor<30xf32> to tensor<?xf32>
  %atol18 = arith.constant 1.000000e-05 : f64
  %rtol18 = arith.constant 1.000000e-04 : f64
  %bad18 = call @mismatches_f32(%got18, %want18, %atol18, %rtol18) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id18 = arith.constant 19 : i32
  %status18 = call @record(%status17, %bad18, %id18) : (i32, i32, i32) -> i32
  %in19_0 = arith.constant dense<[[[-0.219007581, 0.97144562, 0.386747628, 1.3761785], [0.51633817, -1.29647434, -0.363268197, -1.43874037], [0.950784028, 1.40849364, -0.477009624, 0.506664038]]]> : tensor<1x3x4xf32>
  %dyn19_0 = tensor.cast %in19_0 : tensor<1x3x4xf32> to tensor<?x3x4xf32>
  %in19_1 = arith.constant dense<[[[-0.448156267, -1.47690499, -0.485876858, -1.6225878, -0.60924232], [0.170265079, 0.684624732, 1.2533356, -0.376060128, 0.192279965], [0.377275378, 0.51125437, -2.89627337, -0.824049413, 0.749706507], [-1.16695416, 0.199472427, 0.785121858, -1.94615614, -0.240915239]], [[0.186228812, -0.0408146493, -1.58264875, 0.293498069, -0.615225434], [0.767599225, 0.374278218, -0.607185364, 0.117404267, -0.750373125], [-0.761508346, -1.64265883, -0.302918464, 0.738474071, 0.0452035554], [-0.0941203311, -0.705678225, -0.603724122, 0.662619412, -1.57753384]]]> : tensor<2x4x5xf32>
  %dyn19_1 = tensor.cast %in19_1 : tensor<2x4x5xf32> to tensor<?x4x5xf32>
  %r19 = call @k19(%dyn19_0, %dyn19_1) : (tensor<?x3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  %s19 = tensor.cast %r19 : tensor<?x3x5xf32> to tensor<2x3x5xf32>
  %flat19 = tensor.collapse_shape %s19 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp19 = arith.constant dense<[-1.19647408, 1.46076512, 1.28429914, -3.00692034, 0.278623044, 1.08974743, -2.12289238, -1.95325661, 2.74911261, -0.489591181, -0.957500219, -0.582735837, 3.08269453, -2.66537666, -0.788113058, 0.280857444, -1.23390388, -1.19122064, 1.24725926, -2.7476933, -0.486969173, 1.10569715, 0.948661208, -1.22226882, 2.90841579, 1.57378137, 0.914384842, -2.52136421, 0.427882612, -2.46268463]> : tensor<30xf32>
  %got19 = tensor.cast %flat19 : tensor<30xf32> to tensor<?xf32>
  %want19 = tensor.cast %exp19 : tensor<30xf32> to tensor<?xf32>
  %atol19 = arith.constant 1.000000e-05 : f64
  %rtol19 = arith.constant 1.000000e-04 : f64
  %bad19 = call @mismatches_f32(%got19, %want19, %atol19, %rtol19) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id19 = arith.constant 20 : i32
  %status19 = call @record(%status18, %bad19, %id19) : (i32, i32, i32) -> i32
  %in20_0 = arith.constant dense<[[[1.97796822, -0.150550216, 2.08436131, 1.08484316], [-0.50985527, 0.640756905, 0.160899475, 0.364567816], [0.694257021, -0.649107039, -0.722083092, -0.523938954]]]> : tensor<1x3x4xf32>
  %dyn20_0 = tensor.cast %in20_0 : tensor<1x3x4xf32> to tensor<?x3x4xf32>
  %in20_1 = arith.constant dense<[[[-1.47418332, -0.371173859, 0.119276181, 0.138554886, 0.0798662603], [-0.510336041, 0.671225429, -2.17012906, -0.517888308, -0.451764971], [0.771240056, 0.537150145, 0.671208262, -0.117481217, 0.814926505], [-1.14023054, -0.0680854693, -2.2544384, 1.56938374, 1.4462136]], [[-0.745521188, -0.996743798, -2.24744391, -1.68191814, -0.0287037659], [-0.308083087, -1.62636161, -0.650494456, -0.815492272, 0.319307685], [0.560326457, -0.368408412, -0.0331863649, -0.153136536, -2.23671603], [0.0323601328, -0.211290762, 0.604078889, -1.98205602, 0.619135439]]]> : tensor<2x4x5xf32>
  %r20 = call @k20(%dyn20_0, %in20_1) : (tensor<?x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %flat20 = tensor.collapse_shape %r20 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp20 = arith.constant dense<[-2.46848488, 0.210529715, -0.484033585, 1.80968726, 3.49350238, 0.133019537, 0.680942655, -2.16523743, 0.150760651, 0.328172445, -0.651687682, -1.04558158, 2.18797445, -0.305072427, -0.99748075, -0.225206882, -2.72379208, -3.76128221, -5.67341995, -4.0953064, 0.284655243, -0.670213878, 0.943950355, -0.412230879, 0.0850638002, -0.739161432, 0.740411341, -1.43060029, 0.510711908, 1.06351304]> : tensor<30xf32>
  %got20 = tensor.cast %flat20 : tensor<30xf32> to tensor<?xf32>
  %want20 = tensor.cast %exp20 : tensor<30xf32> to tensor<?xf32>
  %atol20 = arith.constant 1.000000e-05 : f64
  %rtol20 = arith.constant 1.000000e-04 : f64
  %bad20 = call @mismatches_f32(%got20, %want20, %atol20, %rtol20) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id20 = arith.constant 21 : i32
  %status20 = call @record(%status19, %bad20, %id20) : (i32, i32, i32) -> i32
  %in21_0 = arith.constant dense<[[[[-0.783751547, 0.122477122, 1.06731832, -1.6195662], [-1.45499587, 0.851849079, -1.28334165, -1.10155737], [0.460583717, -0.344849735, 0.637238503, 0.159338355]]], [[[-0.166024566, 0.845187008, 2.04942751, -0.238502473], [1.34149516, 0.995557606, -0.0277371872, 0.319545209], [-1.07515931, -0.753915071, 0.140416965, -0.184073702]]], [[[1.1646713, -1.43647301, -0.429699033, -0.774030626], [-0.288018793, 1.02867711, -1.34218955, 0.715350986], [-0.724794626, -0.458501905, 0.865057051, -0.416719377]]]]> : tensor<3x1x3x4xf32>
  %dyn21_0 = tensor.cast %in21_0 : tensor<3x1x3x4xf32> to tensor<?x?x?x?xf32>
  %in21_1 = arith.constant dense<[[[0.534729183, -0.0181418527], [-0.304918259, -0.491838515], [-1.86271763, -0.876948655], [0.0374499075, 0.0738567635]], [[-1.61951339, 0.87616092], [0.447715849, -1.42741001], [-1.16776729, 0.384036809], [-1.88305771, -0.865055323]]]> : tensor<2x4x2xf32>
  %dyn21_1 = tensor.cast %in21_1 : tensor<2x4x2xf32> to tensor<?x?x?xf32>
  %r21 = call @k21(%dyn21_0, %dyn21_1) : (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?x?xf32>
  %s21 = tensor.cast %r21 : tensor<?x?x?x?xf32> to tensor<3x2x3x2xf32>
  %flat21 = tensor.collapse_shape %s21 [[0, 1, 2, 3]] : tensor<3x2x3x2xf32> into tensor<36xf32>
  %exp21 = arith.constant dense<[-2.50520539, -1.1016196, 1.31147683, 0.651491404, -0.829589665, -0.385802686, 3.12748861, 0.949386299, 6.31071186, -2.03069067, -1.94450581, 1.00267398, -4.17292786, -2.22754121, 0.477406412, -0.466066152, -0.613487244, 0.253576308, -1.29685795, -0.358519256, -2.29617381, -0.532779574, 1.58634222, 0.347292542, 1.83221102, 1.00504005, 2.05923557, 0.729146957, -1.8747263, -0.550730109, -0.569999695, 3.57543468, 1.14732325, -2.8549633, 0.74305737, 0.712132573]> : tensor<36xf32>
  %got21 = tensor.cast %flat21 : tensor<36xf32> to tensor<?xf32>
  %want21 = tensor.cast %exp21 : tensor<36xf32> to tensor<?xf32>
  %atol21 = arith.constant 1.000000e-05 : f64
  %rtol21 = arith.constant 1.000000e-04 : f64
  %bad21 = call @mismatches_f32(%got21, %want21, %atol21, %rtol21) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id21 = arith.constant 22 : i32
  %status21 = call @record(%status20, %bad21, %id21) : (i32, i32, i32) -> i32
  %in22_0 = arith.constant dense<[[[[-0.174533159, -0.24704653, -0.176088884, 0.273122042], [-0.915802717, -0.603439927, 1.93921888, -1.51759708], [-0.563205957, -0.00169744634, -0.758992076, 1.11170411]], [[-0.037217658, 0.649318039, -2.72525692, 1.08118188], [1.0428679, -0.862726688, 1.20217276, 0.161704838], [0.825612485, 1.71200836, 0.000249565142, -1.11309278]], [[-0.109452784, -1.37419176, -0.898914695, -0.859869838], [-0.806072116, 1.07400894, 0.745011091, -0.988222897], [1.04294837, -1.76888371, -0.743859053, -0.224524289]]], [[[1.1061039, 0.645888209, 0.37492758, 1.22534704], [0.640057921, 1.29182732, -0.861293614, -1.76448929], [-0.489629239, 0.760435164, 0.190609515, 0.821182966]], [[0.642986536, 0.448745072, 0.752245963, -0.782871187], [1.02799404, -1.07256818, -0.179872543, -1.48157573], [0.441041797, -1.61836779, 1.34225941, -1.41046429]], [[0.19496952, -0.204434544, -0.94220084, 1.18643785], [-0.493085295, 1.40378177, -1.09094024, -0.86693877], [-2.06563902, 0.490049005, 0.854494393, 0.161786199]]]]> : tensor<2x3x3x4xf32>
  %dyn22_0 = tensor.cast %in22_0 : tensor<2x3x3x4xf32> to tensor<?x3x3x4xf32>
  %in22_1 = arith.constant dense<[[[[-0.224881381, -0.984835505, 2.29046082, 0.68147409, -1.90845597], [-0.372453183, -2.67389631, 1.51959693, 1.91891277, 1.40344548], [-0.114072874, -0.653006732, -1.46537006, 0.473705769, -0.805943131], [-0.435526133, -0.699325204, -0.367646307, 0.841508865, 1.63502502]], [[0.0943850204, -0.0368201099, -1.1717577, -1.28780353, -1.12130308], [0.832362056, 0.194047466, 0.917506933, 0.372221768, -0.455633193], [-1.29890394, -0.421092302, -1.48475707, 1.95825243, 0.220393047], [-0.418498993, 1.95309412, -0.43463099, 0.510695636, -0.212896362]], [[0.311272413, -0.417960286, 0.448442519, 1.38718641, -1.31691539], [-2.2828238, 1.31381488, 0.122698255, 0.833880663, -0.337447107], [1.51059592, 1.790869, -1.22509181, 0.631936908, -0.662105918], [-1.67309535, -0.354063332, 0.522503614, -1.43461335, -1.35238278]]]]> : tensor<1x3x4x5xf32>
  %dyn22_1 = tensor.cast %in22_1 : tensor<1x3x4x5xf32> to tensor<?x3x4x5xf32>
  %r22 = call @k22(%dyn22_0, %dyn22_1) : (tensor<?x3x3x4xf32>, tensor<?x3x4x5xf32>) -> tensor<?x3x3x5xf32>
  %s22 = tensor.cast %r22 : tensor<?x3x3x5xf32> to tensor<2x3x3x5xf32>
  %flat22 = tensor.collapse_shape %s22 [[0, 1, 2, 3]] : tensor<2x3x3x5xf32> into tensor<90xf32>
  %exp22 = arith.constant dense<[0.0323976949, 0.756449401, -0.61754936, -0.446580291, 0.574851513, 0.87044102, 2.31042147, -5.29832983, -2.14049673, -3.14333534, -0.270309031, 0.277388215, -0.589090228, 0.188902378, 3.50184011, 3.62432814, 3.38660359, 4.21579266, -4.49496651, -1.08492589, -2.24885011, -0.396209329, -3.86876273, 0.772605002, -0.545759976, 1.96844029, -1.87226832, 1.08677578, -0.993942857, -1.46878123, 3.18371534, -3.06507683, 0.43427372, -0.632219911, 2.36590719, 0.0761207342, 3.43206596, -1.65875494, 1.66594088, 1.54228687, 3.61467099, -4.01255512, 1.04464436, -0.176240623, 0.0195862353, -1.06574512, -3.91811466, 2.51507521, 3.20193005, 0.496821165, 0.241649091, -2.28818202, 5.33990622, 1.02225387, -1.59934366, -0.552507997, -2.24986362, -0.547140002, 1.90686464, 3.19069934, -0.215257764, -1.78238308, -1.11834002, 0.412270874, -0.59298569, 0.057937324, -3.0638938, -1.27764297, -2.83195758, -0.38821581, -2.45862842, -3.65026402, -3.38155556, 0.737797976, 0.838947952, -2.88093185, -2.45751119, 1.83654952, -2.19750595, -1.16845381, -3.55556893, 0.403619468, 0.834644556, 1.0409019, 2.07040048, -0.741560102, 2.98019385, -1.8284924, -2.14889812, 1.77034342]> : tensor<90xf32>
  %got22 = tensor.cast %flat22 : tensor<90xf32> to tensor<?xf32>
  %want22 = tensor.cast %exp22 : tensor<90xf32> to tensor<?xf32>
  %atol22 = arith.constant 1.000000e-05 : f64
  %rtol22 = arith.constant 1.000000e-04 : f64
  %bad22 = call @mismatches_f32(%got22, %want22, %atol22, %rtol22) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id22 = arith.constant 23 : i32
  %status22 = call @record(%status21, %bad22, %id22) : (i32, i32, i32) -> i32
  %in23_0 = arith.constant dense<[[1.18847656, -0.0263366699, 0.345458984, -1.21679688], [-0.725585938, 0.0547485352, 0.118652344, 0.0729370117], [1.53027344, 0.0875244141, -1.63085938, -0.970214844]]> : tensor<3x4xf16>
  %in23_1 = arith.constant dense<[[-0.148681641, 1.19726562, -0.790527344, -0.494873047, -0.129272461], [-0.819824219, -0.94140625, -0.349121094, 0.890625, 0.372802734], [-0.408447266, 0.287353516, -1.41796875, 0.886230469, 0.625], [0.177368164, -1.7734375, 1.9296875, -3.08203125, -1.13574219]]> : tensor<4x5xf16>
  %r23 = call @k23(%in23_0, %in23_1) : (tensor<3x4xf16>, tensor<4x5xf16>) -> tensor<3x5xf16>
  %flat23 = tensor.collapse_shape %r23 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp23 = arith.constant dense<[-0.512207031, 3.70507812, -3.76757812, 3.4453125, 1.43457031, 0.0274658203, -1.015625, 0.526855469, 0.288085938, 0.105529785, 0.194702148, 3.00195312, -0.799804688, 0.865722656, -0.0825805664]> : tensor<15xf16>
  %got23 = tensor.cast %flat23 : tensor<15xf16> to tensor<?xf16>
  %want23 = tensor.cast %exp23 : tensor<15xf16> to tensor<?xf16>
  %atol23 = arith.constant 1.000000e-02 : f64
  %rtol23 = arith.constant 1.000000e-02 : f64
  %bad23 = call @mismatches_f16(%got23, %want23, %atol23, %rtol23) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id23 = arith.constant 24 : i32
  %status23 = call @record(%status22, %bad23, %id23) : (i32, i32, i32) -> i32
  %in24_0 = arith.constant dense<[[[[-1.0567415285258845, 0.57571685417868612, -1.6422926104237894, 0.11068214828034557], [-0.28183939473679404, -0.42187448601569877, 0.73758852956281684, 1.3126822720464455], [0.2746837685331045, -0.40437834689438623, -2.4307315480688683, 1.3614318773273817]]], [[[-0.42934055863495973, -1.9981865350326309, 0.037345026946905356, 1.3420746470599938], [-0.26536868937972974, -1.3039762688636938, 2.1610002404135948, 0.50234709130534161], [0.23221125371162984, 0.91307608460351097, -2.3094070129501634, -0.18328515475939791]]]]> : tensor<2x1x3x4xf64>
  %in24_1 = arith.constant dense<[[[-0.27821472930164665, 2.1836330702953672, -0.67942022227439747, -0.66682051142511689, -1.5139608082383191], [-0.93768368240509326, -0.31252432852109258, 0.16240283229907798, -0.3036405852424689, 1.9285854583493631], [0.39734485287033072, 0.54606580985508435, 1.2855681145000768, 0.5424216022817685, -0.62763318210228181], [-1.6643781858411471, 0.2650532317912363, -0.93864778514029334, 1.2376688958700921, -0.8749958362367708]], [[-2.3548189939949693, -0.054643465472572948, 0.99065172632285758, -0.30665858178265121, 0.088412525469891506], [0.059879638118077179, 1.6500389194711351, 0.20882610086606221, -0.13903889779773582, -0.72267457698092463], [-1.7640983472754255, 1.329973113032888, 1.0666379081210042, -1.0667164859954257, 0.51851290650048654], [0.23180612641377937, -0.4866983114130598, -0.41823541155994254, 0.66446113651298477, -1.3245531857197235]], [[-0.62999181701547113, -0.17970963543144847, -0.10879043238793193, -0.31519040792141412, 0.11979362497919728], [0.4374641666896027, -1.0086864721210163, -0.015181480048060221, -0.63721582661372678, 1.4293962876207078], [-1.5287869542628754, -0.33954048633342804, 0.60870168032146232, -0.38980952252209833, -0.43824812581404293], [-0.64623920758817976, 0.21919011856056295, -1.2790465350581819, -0.17945720872887802, -0.19860717412800941]]]> : tensor<3x4x5xf64>
  %r24 = call @k24(%in24_0, %in24_1) : (tensor<2x1x3x4xf64>, tensor<3x4x5xf64>) -> tensor<2x3x3x5xf64>
  %flat24 = tensor.collapse_shape %r24 [[0, 1, 2, 3]] : tensor<2x3x3x5xf64> into tensor<90xf64>
  %exp24 = arith.constant dense<[-1.0826127103670236, -3.3549244549408508, -1.403700956059259, -0.22398121294789433, 3.6440953298540024, -1.4177260403033234, 0.26711477385945748, -0.1609522392082825, 2.3407844754728915, -1.9984537593634906, -2.9290182803723317, -0.24030084021341452, -4.655073885307484, 0.30614149429073834, -0.86137810734079379, 5.4457312198500007, -1.2303745950500911, -2.7246608619935957, 2.0694164100055708, -1.5076394282224024, -0.35847184484757239, -0.33861597224952722, -0.1295734109811818, 0.23051394262372216, -1.0763084799570333, 3.9325931719193328, -4.5776638833204046, -2.9744382391271809, 3.4695101725965931, -2.747135173702238, 3.3567823836335302, 0.19107409710374507, -1.0350107559196839, 0.58653749123700749, 1.394086025575614, -1.9829209309876064, 0.51347415665590423, -1.1929442256529827, -0.16543115588684587, -1.2207432941921172, 2.4863104594192551, 1.4822718348098347, -3.2446690072766713, 0.87430213308009652, 0.24976186388495952, -0.22576513649893881, 0.063073727758732268, -1.2445343140497183, 2.5743244157612208, -4.4014174215677668, 1.3191135297284045, 1.1412535282934386, 2.2751134344860833, 2.3668059853643308, -3.9089389453611081, -1.533356312827554, -1.0879628507498951, -2.8063426940548006, -1.9116087710641922, 3.0192207413473335, 1.1365894407329709, -3.8771424779447736, -1.3640699894420059, 1.2614065095945208, -0.35220584491329388, -3.1489562161558795, 0.49246980704988808, 1.5597132033109702, -1.7087034543645998, 1.3740096579651133, 3.5393936676385325, -1.4883224105352537, -1.9659301252566916, 2.1435340052040788, -1.5940128967547693, -1.5280478152288195, 2.374189714324523, -1.6168003724278119, 1.1531976932726684, -3.1905447182081907, -4.0316081509627546, 0.73935497869808231, 0.72154503515292379, -0.017972297200660639, -2.9425123565965752, 3.9021842454738453, -0.21877520878755852, -1.2104338962637242, 0.27810339550868746, 2.3814600353041859]> : tensor<90xf64>
  %got24 = tensor.cast %flat24 : tensor<90xf64> to tensor<?xf64>
  %want24 = tensor.cast %exp24 : tensor<90xf64> to tensor<?xf64>
  %atol24 = arith.constant 1.000000e-05 : f64
  %rtol24 = arith.constant 1.000000e-04 : f64
  %bad24 = call @mismatches_f64(%got24, %want24, %atol24, %rtol24) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id24 = arith.constant 25 : i32
  %status24 = call @record(%status23, %bad24, %id24) : (i32, i32, i32) -> i32
  %in25_0 = arith.constant dense<[[-7, 0, -2, 1], [3, 1, -6, 1], [-8, -4, 8, 0]]> : tensor<3x4xi32>
  %in25_1 = arith.constant dense<[[7, -1, 0, -6, 4], [-1, 2, 1, 2, 1], [0, 0, -3, -11, 2], [10, 5, 11, 2, -5]]> : tensor<4x5xi32>
  %r25 = call @k25(%in25_0, %in25_1) : (tensor<3x4xi32>, tensor<4x5xi32>) -> tensor<3x5xi32>
  %flat25 = tensor.collapse_shape %r25 [[0, 1]] : tensor<3x5xi32> into tensor<15xi32>
  %exp25 = arith.constant dense<[-39, 12, 17, 66, -37, 30, 4, 30, 52, -4, -52, 0, -28, -48, -20]> : tensor<15xi32>
  %got25 = tensor.cast %flat25 : tensor<15xi32> to tensor<?xi32>
  %want25 = tensor.cast %exp25 : tensor<15xi32> to tensor<?xi32>
  %atol25 = arith.constant 1.000000e-05 : f64
  %rtol25 = arith.constant 1.000000e-04 : f64
  %bad25 = call @mismatches_i32(%got25, %want25, %atol25, %rtol25) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id25 = arith.constant 26 : i32
  %status25 = call @record(%status24, %bad25, %id25) : (i32, i32, i32) -> i32
  %in26_0 = arith.constant dense<[[[-5, 3, 1, 0], [3, -4, 2, -1], [0, 5, 0, 6]], [[6, -3, 11, -6], [0, 3, -11, 5], [5, 0, 1, 1]]]> : tensor<2x3x4xi64>
  %in26_1 = arith.constant dense<[[[-1, 5, -1, 0, 1], [4, 5, -7, -10, 0], [0, -5, 1, 3, 1], [8, -5, 0, 9, 3]], [[-5, 1, 6, 10, 3], [5, -5, -1, 6, -4], [0, -9, 7, 0, 2], [-7, -6, 9, -1, -2]]]> : tensor<2x4x5xi64>
  %r26 = call @k26(%in26_0, %in26_1) : (tensor<2x3x4xi64>, tensor<2x4x5xi64>) -> tensor<2x3x5xi64>
  %flat26 = tensor.collapse_shape %r26 [[0, 1, 2]] : tensor<2x3x5xi64> into tensor<30xi64>
  %exp26 = arith.constant dense<[17, -15, -15, -27, -4, -27, -10, 27, 37, 2, 68, -5, -35, 4, 18, -3, -42, 62, 48, 64, -20, 54, -35, 13, -44, -32, -10, 46, 49, 15]> : tensor<30xi64>
  %got26 = tensor.cast %flat26 : tensor<30xi64> to tensor<?xi64>
  %want26 = tensor.cast %exp26 : tensor<30xi64> to tensor<?xi64>
  %atol26 = arith.constant 1.000000e-05 : f64
  %rtol26 = arith.constant 1.000000e-04 : f64
  %bad26 = call @mismatches_i64(%got26, %want26, %atol26, %rtol26) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id26 = arith.constant 27 : i32
  %status26 = call @record(%status25, %bad26, %id26) : (i32, i32, i32) -> i32
  %in27_0 = arith.constant dense<[[0.519180238, 0.562527776, -1.99030507, -0.989741087], [0.0514602028, 0.00533219194, 0.356502265, -0.435647875], [-0.284312546, 0.218101129, -0.699112475, -0.847241342]]> : tensor<3x4xf32>
  %in27_1 = arith.constant dense<[[-0.556858957, 0.0055198851, -0.15307723, -0.486686826, -0.256577939], [-0.0526853688, 0.321720898, 0.363728911, -1.30825591, 0.981839716], [-1.62627423, 0.547827542, -0.72147572, 0.58006978, 1.06531513], [-1.91190612, 0.59974885, 0.266803741, -0.479810268, 0.377455115]]> : tensor<4x5xf32>
  %r27 = call @k27(%in27_0, %in27_1) : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %flat27 = tensor.collapse_shape %r27 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp27 = arith.constant dense<[4.81032705, -1.50009727, 1.29702318, -1.66823637, -2.07478285, 0.224210411, -0.0639780164, -0.37937814, 0.383803636, 0.207381532, 2.90362573, -0.822526753, 0.401196957, -0.145979851, -0.777481973]> : tensor<15xf32>
  %got27 = tensor.cast %flat27 : tensor<15xf32> to tensor<?xf32>
  %want27 = tensor.cast %exp27 : tensor<15xf32> to tensor<?xf32>
  %atol27 = arith.constant 1.000000e-05 : f64
  %rtol27 = arith.constant 1.000000e-04 : f64
  %bad27 = call @mismatches_f32(%got27, %want27, %atol27, %rtol27) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id27 = arith.constant 28 : i32
  %status27 = call @record(%status26, %bad27, %id27) : (i32, i32, i32) -> i32
  %in28_0 = arith.constant dense<[[-0.512016952, 0.107831478, -1.07409286, 0.779312909], [0.582069814, 0.736467004, -0.674790621, 1.84213269], [1.98033357, -0.102464192, -0.435028762, -0.426151752]]> : tensor<3x4xf32>
  %in28_1 = arith.constant dense<[[0.678484201, 1.02269518, -0.767873943, -2.05992746, 0.443451166], [-0.0565228313, 0.157565683, 0.505572677, -1.13739216, 0.047883831], [-0.318475068, 0.360318363, 1.21021724, -0.0199459232, -0.886929274], [1.2320683, 0.689488649, -0.232007056, -1.8462075, -0.913279474]]> : tensor<4x5xf32>
  %in28_2 = arith.constant dense<[0.112709165, 0.518571377, -0.567055464, 0.402902186, -0.677159429]> : tensor<5xf32>
  %r28 = call @k28(%in28_0, %in28_1, %in28_2) : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %flat28 = tensor.collapse_shape %r28 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp28 = arith.constant dense<[1.0614574, 0.162236631, -1.60006607, -0.0823763013, -0.658136666, 2.95054436, 2.25688338, -1.88570511, -5.02127123, -1.46766543, 1.07562351, 2.07712841, -2.56711411, -2.7644577, 0.971150875]> : tensor<15xf32>
  %got28 = tensor.cast %flat28 : tensor<15xf32> to tensor<?xf32>
  %want28 = tensor.cast %exp28 : tensor<15xf32> to tensor<?xf32>
  %atol28 = arith.constant 1.000000e-05 : f64
  %rtol28 = arith.constant 1.000000e-04 : f64
  %bad28 = call @mismatches_f32(%got28, %want28, %atol28, %rtol28) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id28 = arith.constant 29 : i32
  %status28 = call @record(%status27, %bad28, %id28) : (i32, i32, i32) -> i32
  %in29_0 = arith.constant dense<[[-0.465125889, 0.496180564, -0.313886732, 0.0986941829], [0.838303506, 1.09353304, -0.638030708, -0.300178647], [-1.37996781, -1.36063993, 0.251238614, -0.57353121]]> : tensor<3x4xf32>
  %in29_1 = arith.constant dense<[[-1.9151814, 0.480948865, -0.896124601, -0.367148727, 0.366007209], [0.345924526, -0.111438215, -2.05545354, 0.513688862, -0.651828229], [-1.47719347, -2.27124286, 1.27087593, 0.0880065933, 0.0581584312], [0.557536721, -0.132306218, -1.53614593, 0.628678977, 0.951684177]]> : tensor<4x5xf32>
  %in29_2 = arith.constant dense<[[0.466274589, 1.49036348, 1.85985792, -0.850529611, -0.495405167], [0.839063466, 0.127604842, 0.162620977, 0.888254046, 0.693932831], [-0.490306079, 0.0778173432, -0.759913743, -0.241961792, -1.15940773]]> : tensor<3x5xf32>
  %r29 = call @k29(%in29_0, %in29_1, %in29_2) : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  %flat29 = tensor.collapse_shape %r29 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp29 = arith.constant dense<[1.72311842, 3.19115686, 3.14292336, -1.47102141, -1.19980705, 1.4520824, 1.14028859, -1.3490932, 1.78105152, 1.02348924, -0.239953578, -0.347769737, 1.09701049, -0.749297857, -2.39350724]> : tensor<15xf32>
  %got29 = tensor.cast %flat29 : tensor<15xf32> to tensor<?xf32>
  %want29 = tensor.cast %exp29 : tensor<15xf32> to tensor<?xf32>
  %atol29 = arith.constant 1.000000e-05 : f64
  %rtol29 = arith.constant 1.000000e-04 : f64
  %bad29 = call @mismatches_f32(%got29, %want29, %atol29, %rtol29) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id29 = arith.constant 30 : i32
  %status29 = call @record(%status28, %bad29, %id29) : (i32, i32, i32) -> i32
  %in30_0 = arith.constant dense<[[-2.01327491, -0.54296279, -0.636889756, 0.851033151], [1.53244555, -0.0169457011, 0.430915147, -0.676977575], [-0.967172742, -0.324227959, -0.324092597, 0.258604586]]> : tensor<3x4xf32>
  %in30_1 = arith.constant dense<[[0.0765277594, 1.62335253, -0.251355827, -1.68512678], [0.0873126909, -0.692611098, 0.172221318, 1.09359634], [-0.673489273, -0.106396794, 0.487042516, -0.975444317], [0.18686831, 0.516866207, 0.784825921, 1.0700829], [0.528230965, 0.365870982, -1.4156369, -2.70280075]]> : tensor<5x4xf32>
  %in30_2 = arith.constant dense<[[-0.987949252], [1.39911914], [0.0946849808]]> : tensor<3x1xf32>
  %r30 = call @k30(%in30_0, %in30_1, %in30_2) : (tensor<3x4xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  %flat30 = tensor.collapse_shape %r30 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp30 = arith.constant dense<[-3.2974534, 0.0333291292, -0.714588523, -1.2339772, -3.64864588, 2.52136493, 0.878530443, 1.23906434, 1.29049718, 3.42212057, -0.859985888, 0.461795807, 0.370461076, -0.231259376, -0.774990439]> : tensor<15xf32>
  %got30 = tensor.cast %flat30 : tensor<15xf32> to tensor<?xf32>
  %want30 = tensor.cast %exp30 : tensor<15xf32> to tensor<?xf32>
  %atol30 = arith.constant 1.000000e-05 : f64
  %rtol30 = arith.constant 1.000000e-04 : f64
  %bad30 = call @mismatches_f32(%got30, %want30, %atol30, %rtol30) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id30 = arith.constant 31 : i32
  %status30 = call @record(%status29, %bad30, %id30) : (i32, i32, i32) -> i32
  %in31_0 = arith.constant dense<[[-2.27411652, -0.442234546, 0.340885788], [-1.86959481, 0.553680897, -1.16425371], [1.02313423, 0.0133247012, 3.07791805], [-1.34571826, 0.268210232, -1.48743892]]> : tensor<4x3xf32>
  %in31_1 = arith.constant dense<[[1.13556457, 0.113300197, 0.909923196, 0.0929171667, -1.17928112], [-0.659371078, -1.24363875, -1.05233037, 0.137438983, 1.0621953], [0.8505674, 0.506900191, -0.56952095, 0.503251672, -0.859587252], [0.199800432, 0.830400825, -0.192027152, -0.47428745, -0.437182426]]> : tensor<4x5xf32>
  %in31_2 = arith.constant dense<[[0.606622934, -0.314752728, -1.42382264, -0.41875574, -1.06706083]]> : tensor<1x5xf32>
  %r31 = call @k31(%in31_0, %in31_1, %in31_2) : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  %flat31 = tensor.collapse_shape %r31 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp31 = arith.constant dense<[-0.141656816, 1.15383136, -1.84994447, 0.266135901, -0.662261665, -0.195722044, -0.823960781, -2.46796966, -0.504252672, -0.0861353278, 4.08218193, 1.49680758, -1.35577345, 1.70734549, -4.70118284]> : tensor<15xf32>
  %got31 = tensor.cast %flat31 : tensor<15xf32> to tensor<?xf32>
  %want31 = tensor.cast %exp31 : tensor<15xf32> to tensor<?xf32>
  %atol31 = arith.constant 1.000000e-05 : f64
  %rtol31 = arith.constant 1.000000e-04 : f64
  %bad31 = call @mismatches_f32(%got31, %want31, %atol31, %rtol31) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id31 = arith.constant 32 : i32
  %status31 = call @record(%status30, %bad31, %id31) : (i32, i32, i32) -> i32
  %in32_0 = arith.constant dense<[[1.49059498, 0.00673046289, -1.47360659], [0.25928092, 0.711760998, 0.372713476], [-0.364498556, 0.143171638, 0.272726089], [0.994711161, 0.357490003, 2.25501728]]> : tensor<4x3xf32>
  %in32_1 = arith.constant dense<[[-0.2190146, 1.5186708, 0.0133768003, -1.70320463], [-1.17352712, -1.81614411, -1.7163744, 1.19345009], [-0.659783006, 0.596231163, -0.891488492, -0.0160772726], [-1.0528146, 0.858495653, -0.256500542, -0.453757465], [-0.166093767, 2.16320729, 0.442482263, 0.828782022]]> : tensor<5x4xf32>
  %in32_2 = arith.constant dense<[-1.2402637]> : tensor<1xf32>
  %r32 = call @k32(%in32_0, %in32_1, %in32_2) : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<1xf32>) -> tensor<3x5xf32>
  %flat32 = tensor.collapse_shape %r32 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp32 = arith.constant dense<[-4.50380802, -2.05504608, -2.28011131, -4.64944839, 0.712565184, -0.295277417, -3.47956085, -0.667163491, -0.430222869, 2.55613828, -7.1369381, 5.31086922, 0.589930892, 0.316180468, 4.84095097]> : tensor<15xf32>
  %got32 = tensor.cast %flat32 : tensor<15xf32> to tensor<?xf32>
  %want32 = tensor.cast %exp32 : tensor<15xf32> to tensor<?xf32>
  %atol32 = arith.constant 1.000000e-05 : f64
  %rtol32 = arith.constant 1.000000e-04 : f64
  %bad32 = call @mismatches_f32(%got32, %want32, %atol32, %rtol32) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id32 = arith.constant 33 : i32
  %status32 = call @record(%status31, %bad32, %id32) : (i32, i32, i32) -> i32
  %in33_0 = arith.constant dense<[[-0.65018177, 0.290378809, -1.85304964, 1.32664537], [0.26607421, -0.0211778171, -0.201034889, -0.237286419], [-0.506623805, 1.38226354, 0.680540144, 1.23398983]]> : tensor<3x4xf32>
  %dyn33_0 = tensor.cast %in33_0 : tensor<3x4xf32> to tensor<?x4xf32>
  %in33_1 = arith.constant dense<[[-0.306218952, -0.879731536, 1.34764302, -1.21570635], [-0.610813558, 0.704109132, 1.07559156, -1.31366575], [-0.277201414, 0.0228037555, -0.137374565, -0.860300124], [0.667795897, -0.527607918, -0.244261071, -2.24450755], [-0.114452235, -1.93719137, 0.697637558, 0.485155046]]> : tensor<5x4xf32>
  %in33_2 = arith.constant dense<[-0.5116328, 0.155521259, 0.102609515, -0.152324021, 0.354460865]> : tensor<5xf32>
  %r33 = call @k33(%dyn33_0, %in33_1, %in33_2) : (tensor<?x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  %s33 = tensor.cast %r33 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat33 = tensor.collapse_shape %s33 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp33 = arith.constant dense<[-4.67805099, -2.97877383, -0.597288728, -3.26475644, -0.782772064, -0.556931615, 0.0735716447, 0.260125041, 0.618228972, 0.109663367, -2.15556002, 0.549171507, -0.880523384, -4.15586758, -1.19181716]> : tensor<15xf32>
  %got33 = tensor.cast %flat33 : tensor<15xf32> to tensor<?xf32>
  %want33 = tensor.cast %exp33 : tensor<15xf32> to tensor<?xf32>
  %atol33 = arith.constant 1.000000e-05 : f64
  %rtol33 = arith.constant 1.000000e-04 : f64
  %bad33 = call @mismatches_f32(%got33, %want33, %atol33, %rtol33) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id33 = arith.constant 34 : i32
  %status33 = call @record(%status32, %bad33, %id33) : (i32, i32, i32) -> i32
  %in34_0 = arith.constant dense<[[-0.128625557, -0.479752868, -0.7957232, 1.66058743], [0.187045991, -0.025989946, 0.712521851, -0.392424881], [-0.386124909, 0.656034291, 1.01653039, 0.661489904]]> : tensor<3x4xf32>
  %in34_1 = arith.constant dense<[[-1.47924018, 0.0513076633, -0.0291623212, 0.445144981, -0.885362685], [-1.04865575, -0.122420691, -0.889270306, -1.06453133, -0.0759547502], [0.911573708, 0.127206758, 1.09978235, -0.995677829, 0.693340898], [-0.0195594225, -0.878899276, -0.423677832, -0.859511137, -0.223171934]]> : tensor<4x5xf32>
  %in34_2 = arith.constant dense<[-0.749352336, 1.23716915, -0.364611, -1.41681743, -0.203031272]> : tensor<5xf32>
  %r34 = call @k34(%in34_0, %in34_1, %in34_2) : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %flat34 = tensor.collapse_shape %r34 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp34 = arith.constant dense<[-0.0644768104, -1.5085783, -1.1482954, -0.181554526, -0.77198416, 0.407760352, 0.448318154, 0.967538059, -0.261218965, 0.417969257, 0.796921313, -0.552196801, 0.265572071, -2.45094538, 0.849207819]> : tensor<15xf32>
  %got34 = tensor.cast %flat34 : tensor<15xf32> to tensor<?xf32>
  %want34 = tensor.cast %exp34 : tensor<15xf32> to tensor<?xf32>
  %atol34 = arith.constant 1.000000e-05 : f64
  %rtol34 = arith.constant 1.000000e-04 : f64
  %bad34 = call @mismatches_f32(%got34, %want34, %atol34, %rtol34) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id34 = arith.constant 35 : i32
  %status34 = call @record(%status33, %bad34, %id34) : (i32, i32, i32) -> i32
  %in35_0 = arith.constant dense<[[0.372070312, -0.323974609, 0.841308594, -0.91015625], [-0.854980469, 1.59570312, -0.00545883179, 0.525390625], [0.479736328, 0.560058594, 0.0331115723, -0.197509766]]> : tensor<3x4xf16>
  %in35_1 = arith.constant dense<[[1.06054688, -0.493408203, 0.105224609, 0.667480469], [-0.3984375, -1.52050781, 0.444824219, 1.05664062], [0.243530273, -1.65820312, 0.624023438, 1.9296875], [-1.52734375, -2.671875, -0.246582031, 0.0701293945], [0.763671875, 0.800292969, 0.0883178711, 0.528808594]]> : tensor<5x4xf16>
  %in35_2 = arith.constant dense<[0.327148438, 0.119689941, -0.0575561523, -0.151611328, 0.687988281]> : tensor<5xf16>
  %r35 = call @k35(%in35_0, %in35_1, %in35_2) : (tensor<3x4xf16>, tensor<5x4xf16>, tensor<5xf16>) -> tensor<3x5xf16>
  %flat35 = tensor.collapse_shape %r35 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp35 = arith.constant dense<[0.362548828, -0.123413086, -0.661132812, -0.125610352, 0.305908203, -1.01660156, -1.41308594, -1.90136719, -3.0703125, 1.58984375, 0.431152344, -1.1171875, -1.22949219, -2.40234375, 1.40136719]> : tensor<15xf16>
  %got35 = tensor.cast %flat35 : tensor<15xf16> to tensor<?xf16>
  %want35 = tensor.cast %exp35 : tensor<15xf16> to tensor<?xf16>
  %atol35 = arith.constant 1.000000e-02 : f64
  %rtol35 = arith.constant 1.000000e-02 : f64
  %bad35 = call @mismatches_f16(%got35, %want35, %atol35, %rtol35) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id35 = arith.constant 36 : i32
  %status35 = call @record(%status34, %bad35, %id35) : (i32, i32, i32) -> i32
  return %status35 : i32
}
