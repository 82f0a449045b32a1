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

// matmul f16
func.func @k19(%a0: tensor<3x4xf16>, %a1: tensor<4x5xf16>) -> tensor<3x5xf16> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xf16>, tensor<4x5xf16>) -> tensor<3x5xf16>
  return %r : tensor<3x5xf16>
}

// matmul f64 bcast
func.func @k20(%a0: tensor<2x1x3x4xf64>, %a1: tensor<3x4x5xf64>) -> tensor<2x3x3x5xf64> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x1x3x4xf64>, tensor<3x4x5xf64>) -> tensor<2x3x3x5xf64>
  return %r : tensor<2x3x3x5xf64>
}

// matmul i32
func.func @k21(%a0: tensor<3x4xi32>, %a1: tensor<4x5xi32>) -> tensor<3x5xi32> {
  %r = mcc.matmul %a0, %a1 : (tensor<3x4xi32>, tensor<4x5xi32>) -> tensor<3x5xi32>
  return %r : tensor<3x5xi32>
}

// matmul i64 batch
func.func @k22(%a0: tensor<2x3x4xi64>, %a1: tensor<2x4x5xi64>) -> tensor<2x3x5xi64> {
  %r = mcc.matmul %a0, %a1 : (tensor<2x3x4xi64>, tensor<2x4x5xi64>) -> tensor<2x3x5xi64>
  return %r : tensor<2x3x5xi64>
}

// gemm plain
func.func @k23(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1 : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm bias N
func.func @k24(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>, %a2: tensor<5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm bias MN alpha beta
func.func @k25(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>, %a2: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {alpha = 0.5, beta = 2.0} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm bias M1 transB
func.func @k26(%a0: tensor<3x4xf32>, %a1: tensor<5x4xf32>, %a2: tensor<3x1xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_b = true} : (tensor<3x4xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm transA
func.func @k27(%a0: tensor<4x3xf32>, %a1: tensor<4x5xf32>, %a2: tensor<1x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_a = true} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm transA transB scalar bias
func.func @k28(%a0: tensor<4x3xf32>, %a1: tensor<5x4xf32>, %a2: tensor<1xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {alpha = 2.0, trans_a = true, trans_b = true} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<1xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm dyn batch transB
func.func @k29(%a0: tensor<?x4xf32>, %a1: tensor<5x4xf32>, %a2: tensor<5xf32>) -> tensor<?x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {trans_b = true} : (tensor<?x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// gemm beta 0
func.func @k30(%a0: tensor<3x4xf32>, %a1: tensor<4x5xf32>, %a2: tensor<5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a0, %a1, %a2 {beta = 0.0} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// gemm f16
func.func @k31(%a0: tensor<3x4xf16>, %a1: tensor<5x4xf16>, %a2: tensor<5xf16>) -> tensor<3x5xf16> {
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
  %in19_0 = arith.constant dense<[[-0.218994141, 0.971679688, 0.38671875, 1.37597656], [0.516113281, -1.296875, -0.36328125, -1.43847656], [0.950683594, 1.40820312, -0.477050781, 0.506835938]]> : tensor<3x4xf16>
  %in19_1 = arith.constant dense<[[-0.448242188, -1.4765625, -0.485839844, -1.62304688, -0.609375], [0.170288086, 0.684570312, 1.25292969, -0.375976562, 0.192260742], [0.377197266, 0.511230469, -2.89648438, -0.82421875, 0.749511719], [-1.16699219, 0.199462891, 0.78515625, -1.94628906, -0.240966797]]> : tensor<4x5xf16>
  %r19 = call @k19(%in19_0, %in19_1) : (tensor<3x4xf16>, tensor<4x5xf16>) -> tensor<3x5xf16>
  %flat19 = tensor.collapse_shape %r19 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp19 = arith.constant dense<[-1.19628906, 1.4609375, 1.28417969, -3.00585938, 0.278564453, 1.08984375, -2.12304688, -1.953125, 2.75, -0.489501953, -0.957519531, -0.582519531, 3.08203125, -2.66601562, -0.788085938]> : tensor<15xf16>
  %got19 = tensor.cast %flat19 : tensor<15xf16> to tensor<?xf16>
  %want19 = tensor.cast %exp19 : tensor<15xf16> to tensor<?xf16>
  %atol19 = arith.constant 1.000000e-02 : f64
  %rtol19 = arith.constant 1.000000e-02 : f64
  %bad19 = call @mismatches_f16(%got19, %want19, %atol19, %rtol19) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id19 = arith.constant 20 : i32
  %status19 = call @record(%status18, %bad19, %id19) : (i32, i32, i32) -> i32
  %in20_0 = arith.constant dense<[[[[0.18622880567979266, -0.040814647985847059, -1.5826487960698901, 0.29349807777690062], [-0.61522542420701343, 0.76759924433724736, 0.3742782073950901, -0.60718538096918873], [0.11740426495658238, -0.7503731244815276, -0.761508365116778, -1.6426588620928591]]], [[[-0.30291845243940846, 0.73847405990024051, 0.045203557225468247, -0.094120330133419347], [-0.70567824143527924, -0.60372410822528899, 0.66261940346705595, -1.5775338901059979], [1.9779681702186593, -0.15055022224539763, 2.0843614195653837, 1.0848431065883672]]]]> : tensor<2x1x3x4xf64>
  %in20_1 = arith.constant dense<[[[-0.50985527181812451, 0.64075693029453828, 0.16089947055857004, 0.3645678019178869, 0.69425701953144781], [-0.64910701219291234, -0.72208309702303908, -0.52393898056924804, -1.4741832737018643, -0.37117385094035882], [0.119276179905453, 0.13855488409893471, 0.079866263913649246, -0.51033605613518096, 0.67122540859847313], [-2.1701290617494235, -0.51788832198775303, -0.45176497808126764, 0.77124004360457055, 0.53715016305865781]], [[0.67120828402999921, -0.11748121995916948, 0.81492649100578696, -1.1402305085623168, -0.068085468577007022], [-2.2544385058280452, 1.5693837909638719, 1.4462136438155606, -0.74552115924380524, -0.99674379890580433], [-2.2474440302142398, -1.6819181632931706, -0.028703766157090575, -0.30808309035032916, -1.6263615525889179], [-0.65049442878615749, -0.81549226581227818, 0.31930768940963628, 0.56032645265393899, -0.3684083977460223]], [[-0.033186364767388912, -0.15313653106843897, -2.2367161507880575, 0.032360133264003034, -0.21129075694428245], [0.60407890905467077, -1.9820559740785837, 0.61913542762142426, -0.78375155253870299, 0.12247712071368508], [1.0673183140586007, -1.6195661910344623, -1.4549958974717094, 0.85184906658257242, -1.2833416756823892], [-1.1015574235677301, 0.46058373114233336, -0.34484973688631643, 0.63723849654657283, 0.15933835065370569]]]> : tensor<3x4x5xf64>
  %r20 = call @k20(%in20_0, %in20_1) : (tensor<2x1x3x4xf64>, tensor<3x4x5xf64>) -> tensor<2x3x3x5xf64>
  %flat20 = tensor.collapse_shape %r20 [[0, 1, 2, 3]] : tensor<2x3x3x5xf64> into tensor<90xf64>
  %exp20 = arith.constant dense<[-0.89415767481086217, -0.22248398223396465, -0.20764389780868192, 1.162101512859155, -0.7602215588247927, 1.1777349897457789, -0.58216810214561365, -0.19696731817910712, -2.0151666914494015, -0.78696202055565689, 3.9011651998507948, 1.3622624844840003, 1.0933169307277575, 0.27073020729679653, -1.0334706218245979, 3.5830081553181081, 2.3366081095004985, 0.23188026036447362, 0.47012648668523394, 2.4938342683910544, -2.589648310040543, 1.1425849123567748, 0.40412684883312816, -0.32629349755580045, -1.1082313686919192, 4.5504606481164895, 1.4289541331825866, -1.4921794526116687, -0.26026624577420832, 2.5835934807277336, -2.0433305562504187, 2.7507634057252179, 1.7597239985823281, -1.1231346931436843, 2.0334973717128908, 1.5524311586465527, -2.3130392196486174, 1.5161469916794057, -0.6896092338737525, -0.35306994811399456, 0.53953044034690611, 1.9460339069348458, 0.94727942262071596, -1.1035503346830335, 0.59882689180396098, -0.11525914934861997, -0.67232974048862626, -0.38952425662995716, -1.2947387941677477, -0.50462049709392742, 4.2541621756724961, 0.89256628393196236, 0.96836683781479493, -0.9220834623421057, -0.66844107695508037, -3.0163891795056212, 1.1030774625232187, 0.073509198294542666, 0.71599178597443003, 3.4108985894464996, -1.9085334453006702, 1.1952621663319707, 0.78978413204680409, -0.27181573844153661, -0.75428770257537425, 0.42437877907785859, -0.6925758125639585, -1.970928309311192, 0.16664915500997501, 0.15332270590198949, -3.7231351866644822, -4.8590516856727639, 1.6807405977493075, -2.1773914943816592, -3.774201474437588, 0.60807489958158989, -1.5338694869502048, 1.1014444285745928, -0.61005316208539762, 0.081441458643661604, 2.1036918870088597, -0.49506233514009335, 0.78451856926915864, 0.009520261152761389, -1.0265678444237909, 0.87307435154352353, -2.8806004160389076, -7.9242095024870558, 2.6488664039088916, -2.9384561152315496]> : tensor<90xf64>
  %got20 = tensor.cast %flat20 : tensor<90xf64> to tensor<?xf64>
  %want20 = tensor.cast %exp20 : tensor<90xf64> to tensor<?xf64>
  %atol20 = arith.constant 1.000000e-05 : f64
  %rtol20 = arith.constant 1.000000e-04 : f64
  %bad20 = call @mismatches_f64(%got20, %want20, %atol20, %rtol20) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id20 = arith.constant 21 : i32
  %status20 = call @record(%status19, %bad20, %id20) : (i32, i32, i32) -> i32
  %in21_0 = arith.constant dense<[[0, 4, 10, -1], [6, 4, 0, 1], [-5, -3, 0, 0]]> : tensor<3x4xi32>
  %in21_1 = arith.constant dense<[[5, -7, -2, -3, -1], [5, -6, 3, -3, -2], [4, -2, 2, 0, -1], [-2, -9, -4, 0, 0]]> : tensor<4x5xi32>
  %r21 = call @k21(%in21_0, %in21_1) : (tensor<3x4xi32>, tensor<4x5xi32>) -> tensor<3x5xi32>
  %flat21 = tensor.collapse_shape %r21 [[0, 1]] : tensor<3x5xi32> into tensor<15xi32>
  %exp21 = arith.constant dense<[62, -35, 36, -12, -18, 48, -75, -4, -30, -14, -40, 53, 1, 24, 11]> : tensor<15xi32>
  %got21 = tensor.cast %flat21 : tensor<15xi32> to tensor<?xi32>
  %want21 = tensor.cast %exp21 : tensor<15xi32> to tensor<?xi32>
  %atol21 = arith.constant 1.000000e-05 : f64
  %rtol21 = arith.constant 1.000000e-04 : f64
  %bad21 = call @mismatches_i32(%got21, %want21, %atol21, %rtol21) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id21 = arith.constant 22 : i32
  %status21 = call @record(%status20, %bad21, %id21) : (i32, i32, i32) -> i32
  %in22_0 = arith.constant dense<[[[-8, 4, 2, -7], [-5, 1, -9, -4], [0, -1, 0, 1]], [[-4, -3, 9, -7], [-2, 0, -3, 5], [0, 3, -13, 5]]]> : tensor<2x3x4xi64>
  %in22_1 = arith.constant dense<[[[5, -4, 6, 0, 4], [8, 0, -5, 0, -6], [-4, -4, -4, 5, 3], [-4, 5, -8, -3, -1]], [[5, 3, 1, 6, 3], [6, -4, -8, -2, 3], [0, 4, 3, 2, 3], [-3, 5, -5, 0, -7]]]> : tensor<2x4x5xi64>
  %r22 = call @k22(%in22_0, %in22_1) : (tensor<2x3x4xi64>, tensor<2x4x5xi64>) -> tensor<2x3x5xi64>
  %flat22 = tensor.collapse_shape %r22 [[0, 1, 2]] : tensor<2x3x5xi64> into tensor<30xi64>
  %exp22 = arith.constant dense<[12, -11, -20, 31, -43, 35, 36, 33, -33, -49, -12, 5, -3, -3, 5, -17, 1, 82, 0, 55, -25, 7, -36, -18, -50, 3, -39, -88, -32, -65]> : tensor<30xi64>
  %got22 = tensor.cast %flat22 : tensor<30xi64> to tensor<?xi64>
  %want22 = tensor.cast %exp22 : tensor<30xi64> to tensor<?xi64>
  %atol22 = arith.constant 1.000000e-05 : f64
  %rtol22 = arith.constant 1.000000e-04 : f64
  %bad22 = call @mismatches_i64(%got22, %want22, %atol22, %rtol22) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id22 = arith.constant 23 : i32
  %status22 = call @record(%status21, %bad22, %id22) : (i32, i32, i32) -> i32
  %in23_0 = arith.constant dense<[[0.441041797, -1.61836779, 1.34225941, -1.41046429], [0.19496952, -0.204434544, -0.94220084, 1.18643785], [-0.493085295, 1.40378177, -1.09094024, -0.86693877]]> : tensor<3x4xf32>
  %in23_1 = arith.constant dense<[[-2.06563902, 0.490049005, 0.854494393, 0.161786199, -0.224881381], [-0.984835505, 2.29046082, 0.68147409, -1.90845597, -0.372453183], [-2.67389631, 1.51959693, 1.91891277, 1.40344548, -0.114072874], [-0.653006732, -1.46537006, 0.473705769, -0.805943131, -0.435526133]]> : tensor<4x5xf32>
  %r23 = call @k23(%in23_0, %in23_1) : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %flat23 = tensor.collapse_shape %r23 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp23 = arith.constant dense<[-1.98522687, 0.615869462, 1.18152571, 6.18048, 0.964762807, 1.5431931, -3.54304075, -1.21869528, -1.85683119, -0.37694785, 3.11922002, 2.58626795, -1.96879077, -3.59120178, 0.0900638849]> : tensor<15xf32>
  %got23 = tensor.cast %flat23 : tensor<15xf32> to tensor<?xf32>
  %want23 = tensor.cast %exp23 : tensor<15xf32> to tensor<?xf32>
  %atol23 = arith.constant 1.000000e-05 : f64
  %rtol23 = arith.constant 1.000000e-04 : f64
  %bad23 = call @mismatches_f32(%got23, %want23, %atol23, %rtol23) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id23 = arith.constant 24 : i32
  %status23 = call @record(%status22, %bad23, %id23) : (i32, i32, i32) -> i32
  %in24_0 = arith.constant dense<[[-0.699325204, -0.367646307, 0.841508865, 1.63502502], [0.0943850204, -0.0368201099, -1.1717577, -1.28780353], [-1.12130308, 0.832362056, 0.194047466, 0.917506933]]> : tensor<3x4xf32>
  %in24_1 = arith.constant dense<[[0.372221768, -0.455633193, -1.29890394, -0.421092302, -1.48475707], [1.95825243, 0.220393047, -0.418498993, 1.95309412, -0.43463099], [0.510695636, -0.212896362, 0.311272413, -0.417960286, 0.448442519], [1.38718641, -1.31691539, -2.2828238, 1.31381488, 0.122698255]]> : tensor<4x5xf32>
  %in24_2 = arith.constant dense<[0.833880663, -0.337447107, 1.51059592, 1.790869, -1.22509181]> : tensor<5xf32>
  %r24 = call @k24(%in24_0, %in24_1, %in24_2) : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %flat24 = tensor.collapse_shape %r24 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp24 = arith.constant dense<[2.55147171, -2.43218184, -0.897723794, 3.1637044, 0.551009774, -1.58792543, 1.55682421, 3.97850084, 0.47702384, -2.03270483, 3.41833448, -0.892688394, 0.584613264, 5.01305294, 0.277595997]> : tensor<15xf32>
  %got24 = tensor.cast %flat24 : tensor<15xf32> to tensor<?xf32>
  %want24 = tensor.cast %exp24 : tensor<15xf32> to tensor<?xf32>
  %atol24 = arith.constant 1.000000e-05 : f64
  %rtol24 = arith.constant 1.000000e-04 : f64
  %bad24 = call @mismatches_f32(%got24, %want24, %atol24, %rtol24) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id24 = arith.constant 25 : i32
  %status24 = call @record(%status23, %bad24, %id24) : (i32, i32, i32) -> i32
  %in25_0 = arith.constant dense<[[0.631936908, -0.662105918, -1.67309535, -0.354063332], [0.522503614, -1.43461335, -1.35238278, 1.18838096], [-0.0263361987, 0.345510721, -1.21686065, -0.725782037]]> : tensor<3x4xf32>
  %in25_1 = arith.constant dense<[[0.054755006, 0.118640013, 0.0729296654, 1.53031945, 0.0874956697], [-1.63113642, -0.970421433, -0.14872475, 1.19734991, -0.790761471], [-0.494803429, -0.129220545, -0.819693267, -0.941196501, -0.34922263], [0.890521049, 0.37275967, -0.408492893, 0.287298232, -1.41814291]]> : tensor<4x5xf32>
  %in25_2 = arith.constant dense<[[0.886345685, 0.624990761, 0.177341208, -1.77372932, 1.92997789], [-3.08287382, -1.13583875, -1.05674148, 0.575716853, -1.64229262], [0.110682145, -0.281839401, -0.421874493, 0.737588525, 1.31268227]]> : tensor<3x5xf32>
  %r25 = call @k25(%in25_0, %in25_1, %in25_2) : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  %flat25 = tensor.collapse_shape %r25 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp25 = arith.constant dense<[2.58626103, 1.65083778, 1.18499029, -2.72381735, 4.69258308, -4.11769676, -1.23572469, -1.67620182, 1.49950421, -3.30101395, -0.0832529664, -0.789535999, -0.223437667, 2.13026881, 3.2147131]> : tensor<15xf32>
  %got25 = tensor.cast %flat25 : tensor<15xf32> to tensor<?xf32>
  %want25 = tensor.cast %exp25 : tensor<15xf32> to tensor<?xf32>
  %atol25 = arith.constant 1.000000e-05 : f64
  %rtol25 = arith.constant 1.000000e-04 : f64
  %bad25 = call @mismatches_f32(%got25, %want25, %atol25, %rtol25) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id25 = arith.constant 26 : i32
  %status25 = call @record(%status24, %bad25, %id25) : (i32, i32, i32) -> i32
  %in26_0 = arith.constant dense<[[0.274683774, -0.404378355, -2.43073153, 1.36143184], [-0.429340571, -1.99818659, 0.0373450257, 1.34207463], [-0.2653687, -1.3039763, 2.16100025, 0.502347112]]> : tensor<3x4xf32>
  %in26_1 = arith.constant dense<[[0.232211247, 0.913076103, -2.309407, -0.183285162], [-0.278214723, 2.18363309, -0.679420233, -0.666820526], [-1.51396084, -0.937683702, -0.312524319, 0.162402838], [-0.303640574, 1.92858541, 0.397344857, 0.546065807], [1.28556812, 0.542421579, -0.627633154, -1.66437817]]> : tensor<5x4xf32>
  %in26_2 = arith.constant dense<[[0.265053242], [-0.938647807], [1.23766887]]> : tensor<3x1xf32>
  %r26 = call @k26(%in26_0, %in26_1, %in26_2) : (tensor<3x4xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  %flat26 = tensor.collapse_shape %r26 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp26 = arith.constant dense<[5.32362795, 0.0492756814, 1.20913482, -0.820637465, -0.341495305, -3.19506907, -6.10280085, 1.7913096, -3.9142561, -4.83161259, -5.09728432, -3.3391099, 2.26836157, -0.0636072159, -2.00319672]> : tensor<15xf32>
  %got26 = tensor.cast %flat26 : tensor<15xf32> to tensor<?xf32>
  %want26 = tensor.cast %exp26 : tensor<15xf32> to tensor<?xf32>
  %atol26 = arith.constant 1.000000e-05 : f64
  %rtol26 = arith.constant 1.000000e-04 : f64
  %bad26 = call @mismatches_f32(%got26, %want26, %atol26, %rtol26) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id26 = arith.constant 27 : i32
  %status26 = call @record(%status25, %bad26, %id26) : (i32, i32, i32) -> i32
  %in27_0 = arith.constant dense<[[-0.874995828, -2.35481906, -0.0546434671], [0.990651727, -0.306658596, 0.0884125233], [0.0598796383, 1.65003896, 0.208826095], [-0.139038891, -0.722674549, -1.76409841]]> : tensor<4x3xf32>
  %in27_1 = arith.constant dense<[[1.3299731, 1.06663787, -1.06671643, 0.518512905, 0.231806129], [-0.4866983, -0.418235421, 0.664461136, -1.32455313, -0.629991829], [-0.179709628, -0.108790435, -0.315190405, 0.119793624, 0.437464178], [-1.00868642, -0.01518148, -0.637215853, 1.42939627, -1.5287869]]> : tensor<4x5xf32>
  %in27_2 = arith.constant dense<[[-0.339540482, 0.608701706, -0.389809519, -0.438248128, -0.646239221]]> : tensor<1x5xf32>
  %r27 = call @k27(%in27_0, %in27_1, %in27_2) : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  %flat27 = tensor.collapse_shape %r27 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp27 = arith.constant dense<[-1.85592425, -0.743331075, 1.27153683, -2.395684, -1.23441505, -2.8897121, -1.94331908, 1.85877526, -2.08839083, 0.827740014, 1.28664899, 0.517503023, 0.785517812, -3.08026814, 2.07367921]> : tensor<15xf32>
  %got27 = tensor.cast %flat27 : tensor<15xf32> to tensor<?xf32>
  %want27 = tensor.cast %exp27 : tensor<15xf32> to tensor<?xf32>
  %atol27 = arith.constant 1.000000e-05 : f64
  %rtol27 = arith.constant 1.000000e-04 : f64
  %bad27 = call @mismatches_f32(%got27, %want27, %atol27, %rtol27) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id27 = arith.constant 28 : i32
  %status27 = call @record(%status26, %bad27, %id27) : (i32, i32, i32) -> i32
  %in28_0 = arith.constant dense<[[0.219190121, -1.27904654, -0.179457203], [-0.198607177, -1.57983971, 0.184723511], [-0.56386441, 0.223955482, 0.785354316], [0.262589991, -1.28261817, 0.243912354]]> : tensor<4x3xf32>
  %in28_1 = arith.constant dense<[[-1.70359838, -0.856326163, 1.6156925, -0.0709863007], [1.50496125, -0.256717831, -0.0620236397, -1.2016505], [0.886535764, -0.268948078, 0.568195522, 0.378182441], [0.480694085, 0.272382826, -0.0946655944, -0.054493241], [-0.752765477, -2.20299435, 0.448541522, 2.06468415]]> : tensor<5x4xf32>
  %in28_2 = arith.constant dense<[1.05327082]> : tensor<1xf32>
  %r28 = call @k28(%in28_0, %in28_1, %in28_2) : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<1xf32>) -> tensor<3x5xf32>
  %flat28 = tensor.collapse_shape %r28 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp28 = arith.constant dense<[-1.21275163, 1.25385118, 1.10658395, 1.23394156, 2.17683172, 9.02273273, 1.06932247, -1.0804069, -0.93964541, 4.84417534, 3.8515029, -0.265340924, 1.71267462, 0.80609858, 2.22129154]> : tensor<15xf32>
  %got28 = tensor.cast %flat28 : tensor<15xf32> to tensor<?xf32>
  %want28 = tensor.cast %exp28 : tensor<15xf32> to tensor<?xf32>
  %atol28 = arith.constant 1.000000e-05 : f64
  %rtol28 = arith.constant 1.000000e-04 : f64
  %bad28 = call @mismatches_f32(%got28, %want28, %atol28, %rtol28) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id28 = arith.constant 29 : i32
  %status28 = call @record(%status27, %bad28, %id28) : (i32, i32, i32) -> i32
  %in29_0 = arith.constant dense<[[2.32862091, 0.457701683, -1.00408721, -1.02573383], [0.731168211, 0.324933112, -0.185988382, 0.734715521], [-0.900640786, 0.516957104, -0.295590907, 0.150232375]]> : tensor<3x4xf32>
  %dyn29_0 = tensor.cast %in29_0 : tensor<3x4xf32> to tensor<?x4xf32>
  %in29_1 = arith.constant dense<[[1.19429219, -0.14624016, 1.38854897, 1.34202743], [-0.769575059, 2.35298157, -1.25267661, -0.0980267674], [0.750243783, -2.30401802, 1.05207026, 1.15974557], [-0.105765954, 0.284720957, 0.227814406, -0.201459125], [1.09613371, -0.366687089, -0.0336282738, 0.381443471]]> : tensor<5x4xf32>
  %in29_2 = arith.constant dense<[0.872604191, 1.12857258, -1.48717296, -2.0487721, -0.128721982]> : tensor<5xf32>
  %r29 = call @k29(%dyn29_0, %in29_1, %in29_2) : (tensor<?x4xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  %s29 = tensor.cast %r29 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat29 = tensor.collapse_shape %s29 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp29 = arith.constant dense<[0.815936387, 1.77183366, -3.04065323, -2.18684578, 1.89843106, 2.42606878, 1.49140692, -1.03086007, -2.22397542, 0.840094328, -0.48745054, 3.39362669, -3.49070263, -1.90393198, -1.23826075]> : tensor<15xf32>
  %got29 = tensor.cast %flat29 : tensor<15xf32> to tensor<?xf32>
  %want29 = tensor.cast %exp29 : tensor<15xf32> to tensor<?xf32>
  %atol29 = arith.constant 1.000000e-05 : f64
  %rtol29 = arith.constant 1.000000e-04 : f64
  %bad29 = call @mismatches_f32(%got29, %want29, %atol29, %rtol29) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id29 = arith.constant 30 : i32
  %status29 = call @record(%status28, %bad29, %id29) : (i32, i32, i32) -> i32
  %in30_0 = arith.constant dense<[[-0.0444348454, -1.08683026, 0.319619119, 0.647827208], [0.397066087, 1.68214297, -1.04105794, 0.0322845839], [1.96491754, 0.697194099, -1.12498069, 0.212829396]]> : tensor<3x4xf32>
  %in30_1 = arith.constant dense<[[1.20373309, 2.11988091, 0.679224372, 1.19079781, -1.12048316], [-0.246558174, 1.21691477, -0.969035625, -0.0587446615, -1.89143062], [1.50400496, -0.13083902, 0.576290011, -1.52356088, -1.33115959], [1.8426435, -0.346976966, -0.551645696, 0.519180238, 0.562527776]]> : tensor<4x5xf32>
  %in30_2 = arith.constant dense<[-1.99030507, -0.989741087, 0.0514602028, 0.00533219194, 0.356502265]> : tensor<5xf32>
  %r30 = call @k30(%in30_0, %in30_1, %in30_2) : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %flat30 = tensor.collapse_shape %r30 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp30 = arith.constant dense<[1.88890254, -1.68337619, 0.84981823, -0.139687538, 2.04440928, -1.44305182, 3.01376629, -1.97812045, 1.9768852, -2.22258735, 0.893529594, 5.08716154, -0.106707565, 4.12333632, -1.90310013]> : tensor<15xf32>
  %got30 = tensor.cast %flat30 : tensor<15xf32> to tensor<?xf32>
  %want30 = tensor.cast %exp30 : tensor<15xf32> to tensor<?xf32>
  %atol30 = arith.constant 1.000000e-05 : f64
  %rtol30 = arith.constant 1.000000e-04 : f64
  %bad30 = call @mismatches_f32(%got30, %want30, %atol30, %rtol30) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id30 = arith.constant 31 : i32
  %status30 = call @record(%status29, %bad30, %id30) : (i32, i32, i32) -> i32
  %in31_0 = arith.constant dense<[[-0.435546875, -0.284423828, 0.218139648, -0.69921875], [-0.847167969, -0.556640625, 0.00551986694, -0.153076172], [-0.486572266, -0.256591797, -0.0526733398, 0.321777344]]> : tensor<3x4xf16>
  %in31_1 = arith.constant dense<[[0.363769531, -1.30859375, 0.981933594, -1.62597656], [0.547851562, -0.721679688, 0.580078125, 1.06542969], [-1.91210938, 0.599609375, 0.266845703, -0.479736328], [0.377441406, -0.512207031, 0.107849121, -1.07421875], [0.779296875, 0.58203125, 0.736328125, -0.674804688]]> : tensor<5x4xf16>
  %in31_2 = arith.constant dense<[1.84179688, 1.98046875, -0.102478027, -0.435058594, -0.426269531]> : tensor<5xf16>
  %r31 = call @k31(%in31_0, %in31_1, %in31_2) : (tensor<3x4xf16>, tensor<5x4xf16>, tensor<5xf16>) -> tensor<3x5xf16>
  %flat31 = tensor.collapse_shape %r31 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp31 = arith.constant dense<[3.40625, 1.32910156, 0.953613281, 0.320800781, -0.298828125, 2.515625, 1.7578125, 1.25878906, -0.3046875, -1.30273438, 1.42578125, 2.2109375, 0.505859375, -0.838867188, -1.2109375]> : tensor<15xf16>
  %got31 = tensor.cast %flat31 : tensor<15xf16> to tensor<?xf16>
  %want31 = tensor.cast %exp31 : tensor<15xf16> to tensor<?xf16>
  %atol31 = arith.constant 1.000000e-02 : f64
  %rtol31 = arith.constant 1.000000e-02 : f64
  %bad31 = call @mismatches_f16(%got31, %want31, %atol31, %rtol31) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id31 = arith.constant 32 : i32
  %status31 = call @record(%status30, %bad31, %id31) : (i32, i32, i32) -> i32
  return %status31 : i32
}
