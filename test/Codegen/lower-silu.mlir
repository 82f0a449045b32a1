// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s
// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s --check-prefix=EXEC

// silu is one generic computing x / (1 + exp(-x)) on a dynamic batch.
// CHECK-LABEL: func.func @silu
// CHECK-SAME: (%[[X:.*]]: tensor<?x6xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]]
// CHECK: %[[INIT:.*]] = tensor.empty(%[[N]]) : tensor<?x6xf32>
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<?x6xf32>) outs(%[[INIT]] : tensor<?x6xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-DAG: %[[NEG:.*]] = arith.negf %[[IN]] : f32
// CHECK-DAG: %[[E:.*]] = math.exp %[[NEG]] : f32
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[D:.*]] = arith.addf %[[ONE]], %[[E]] : f32
// CHECK: %[[R:.*]] = arith.divf %[[IN]], %[[D]] : f32
// CHECK: linalg.yield %[[R]] : f32
func.func @silu(%x: tensor<?x6xf32>) -> tensor<?x6xf32> {
  %0 = mcc.silu %x : tensor<?x6xf32> -> tensor<?x6xf32>
  return %0 : tensor<?x6xf32>
}

// Run on a few values (expected from float64 x / (1 + exp(-x))); @main
// returns the number of elements off by more than 1e-6 + 1e-5 * |want|.
// EXEC: {{^}}0{{$}}
func.func @main() -> i32 {
  %in = arith.constant dense<[[-100.0, -3.0, -0.5, 0.0, 1.5, 20.0]]> : tensor<1x6xf32>
  %want = arith.constant dense<[-3.72e-42, -0.142277619, -0.188770334, 0.0, 1.22636171, 19.9999999]> : tensor<6xf32>
  %dyn = tensor.cast %in : tensor<1x6xf32> to tensor<?x6xf32>
  %r = call @silu(%dyn) : (tensor<?x6xf32>) -> tensor<?x6xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c6 = arith.constant 6 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %atol = arith.constant 1.0e-6 : f32
  %rtol = arith.constant 1.0e-5 : f32
  %bad = scf.for %j = %c0 to %c6 step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %r[%c0, %j] : tensor<?x6xf32>
    %w = tensor.extract %want[%j] : tensor<6xf32>
    %d = arith.subf %g, %w : f32
    %ad = math.absf %d : f32
    %aw = math.absf %w : f32
    %rt = arith.mulf %rtol, %aw : f32
    %tol = arith.addf %atol, %rt : f32
    %ok = arith.cmpf ole, %ad, %tol : f32
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}
