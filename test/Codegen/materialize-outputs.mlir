// RUN: mcc-opt %s -split-input-file -mcc-materialize-outputs | FileCheck %s
// Every returned tensor gets a buffer of its own, and the function its C interface.

// CHECK-LABEL: func.func @returns_argument
// CHECK-SAME: (%arg0: tensor<?x4xf32> {bufferization.writable = false})
// CHECK-SAME: llvm.emit_c_interface
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[N:.*]] = tensor.dim %arg0, %[[C0]]
// CHECK: %[[ALLOC:.*]] = bufferization.alloc_tensor(%[[N]]) : tensor<?x4xf32>
// CHECK: %[[COPY:.*]] = linalg.copy ins(%arg0 : tensor<?x4xf32>) outs(%[[ALLOC]] : tensor<?x4xf32>)
// CHECK: return %[[COPY]]
func.func @returns_argument(%x: tensor<?x4xf32> {mcc.name = "x"}) -> (tensor<?x4xf32> {mcc.name = "y"}) {
  return %x : tensor<?x4xf32>
}

// -----

// Two results that are the same value still get two buffers; the names are dropped.
// CHECK-LABEL: func.func @same_value_twice
// CHECK-NOT: mcc.name
// CHECK: bufferization.alloc_tensor() : tensor<2xf32>
// CHECK: bufferization.alloc_tensor() : tensor<2xf32>
func.func @same_value_twice() -> (tensor<2xf32> {mcc.name = "a"}, tensor<2xf32> {mcc.name = "b"}) {
  %c = arith.constant dense<1.0> : tensor<2xf32>
  return %c, %c : tensor<2xf32>, tensor<2xf32>
}

// -----

// Private helpers are not model entry points.
// CHECK-LABEL: func.func private @helper
// CHECK-NOT: alloc_tensor
func.func private @helper(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
