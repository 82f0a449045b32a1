// RUN: mcc-opt %s | mcc-opt | FileCheck %s
// The gather/scatter/scan/top-k/one-hot and transposed conv/Lp pool/resize ops
// print and parse back to themselves.

// CHECK-LABEL: func.func @indexing
func.func @indexing(%x: tensor<?x4xf32>, %i: tensor<?x4xi64>, %t: tensor<2x1xi64>,
                    %u: tensor<2x4xf32>) -> (tensor<?x4xf32>, tensor<2x4xf32>) {
  // CHECK: mcc.gather_elements %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<?x4xf32>, tensor<?x4xi64>) -> tensor<?x4xf32>
  %0 = mcc.gather_elements %x, %i {axis = 1 : i64} : (tensor<?x4xf32>, tensor<?x4xi64>) -> tensor<?x4xf32>
  // CHECK: mcc.gather_nd %{{.*}}, %{{.*}} : (tensor<?x4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  %1 = mcc.gather_nd %x, %t : (tensor<?x4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  // CHECK: mcc.scatter_elements %{{.*}}, %{{.*}}, %{{.*}} {axis = 0 : i64, reduction = "add"}
  %2 = mcc.scatter_elements %x, %i, %0 {axis = 0 : i64, reduction = "add"} : (tensor<?x4xf32>, tensor<?x4xi64>, tensor<?x4xf32>) -> tensor<?x4xf32>
  // CHECK: mcc.scatter_nd %{{.*}}, %{{.*}}, %{{.*}} {reduction = "max"}
  %3 = mcc.scatter_nd %1, %t, %u {reduction = "max"} : (tensor<2x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<2x4xf32>
  // CHECK: mcc.cumsum %{{.*}} {axis = 1 : i64, exclusive = true}
  %4 = mcc.cumsum %2 {axis = 1 : i64, exclusive = true} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  // CHECK: mcc.cumprod %{{.*}} {axis = 0 : i64, reverse = true}
  %5 = mcc.cumprod %4 {axis = 0 : i64, reverse = true} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %5, %3 : tensor<?x4xf32>, tensor<2x4xf32>
}

// CHECK-LABEL: func.func @selection
func.func @selection(%x: tensor<3x4xf32>, %i: tensor<3xi64>, %v: tensor<2xf32>)
    -> (tensor<3x2xf32>, tensor<3x2xi64>, tensor<3x5xf32>) {
  // CHECK: mcc.top_k %{{.*}} {axis = 1 : i64, k = 2 : i64, largest = false} : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  %values, %indices = mcc.top_k %x {k = 2 : i64, axis = 1 : i64, largest = false} : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  // CHECK: mcc.one_hot %{{.*}}, %{{.*}} {axis = 1 : i64, depth = 5 : i64}
  %h = mcc.one_hot %i, %v {depth = 5 : i64, axis = 1 : i64} : (tensor<3xi64>, tensor<2xf32>) -> tensor<3x5xf32>
  return %values, %indices, %h : tensor<3x2xf32>, tensor<3x2xi64>, tensor<3x5xf32>
}

// CHECK-LABEL: func.func @spatial
func.func @spatial(%x: tensor<?x2x3x3xf32>, %w: tensor<2x3x3x3xf32>)
    -> (tensor<?x3x7x7xf32>, tensor<?x2x2x2xf32>, tensor<?x2x6x6xf32>) {
  // CHECK: mcc.conv_transpose %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<?x2x3x3xf32>, tensor<2x3x3x3xf32>) -> tensor<?x3x7x7xf32>
  %0 = mcc.conv_transpose %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>} : (tensor<?x2x3x3xf32>, tensor<2x3x3x3xf32>) -> tensor<?x3x7x7xf32>
  // CHECK: mcc.lp_pool %{{.*}} {dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, p = 3 : i64, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>}
  %1 = mcc.lp_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, p = 3 : i64} : (tensor<?x2x3x3xf32>) -> tensor<?x2x2x2xf32>
  // CHECK: mcc.resize %{{.*}} {mode = "linear", scales = array<f64: 1.000000e+00, 1.000000e+00, 2.000000e+00, 2.000000e+00>}
  %2 = mcc.resize %x {scales = array<f64: 1.0, 1.0, 2.0, 2.0>, mode = "linear"} : (tensor<?x2x3x3xf32>) -> tensor<?x2x6x6xf32>
  return %0, %1, %2 : tensor<?x3x7x7xf32>, tensor<?x2x2x2xf32>, tensor<?x2x6x6xf32>
}

// CHECK-LABEL: func.func @trig
func.func @trig(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi32>) {
  // CHECK: mcc.atanh %{{.*}} : tensor<4xf32> -> tensor<4xf32>
  %0 = mcc.atanh %x : tensor<4xf32> -> tensor<4xf32>
  // CHECK: mcc.is_nan %{{.*}} : (tensor<4xf32>) -> tensor<4xi1>
  %1 = mcc.is_nan %0 : (tensor<4xf32>) -> tensor<4xi1>
  // CHECK: mcc.is_inf %{{.*}} {detect_negative = false}
  %2 = mcc.is_inf %0 {detect_negative = false} : (tensor<4xf32>) -> tensor<4xi1>
  %c = arith.constant dense<5> : tensor<4xi32>
  // CHECK: mcc.not %{{.*}} : tensor<4xi32> -> tensor<4xi32>
  %3 = mcc.not %c : tensor<4xi32> -> tensor<4xi32>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi32>
}
