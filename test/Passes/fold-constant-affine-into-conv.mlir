// RUN: mcc-opt %s -split-input-file -mcc-fold-constant-affine-into-conv | FileCheck %s

// conv * s + t per output channel: W' = W * s, b' = b * s + t.
// s = [2, 0.5], t = [1, -1], b = [1, 2]: b' = [3, 0].
// CHECK-LABEL: func.func @conv_mul_add
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00]], {{\[\[}}4.000000e+00]]], {{\[\[\[}}1.500000e+00]], {{\[\[}}2.000000e+00]]]]> : tensor<2x2x1x1xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[3.000000e+00, 0.000000e+00]> : tensor<2xf32>
// CHECK: %[[C:.*]] = mcc.conv %arg0, %[[W]], %[[B]]
// CHECK-NOT: mcc.mul
// CHECK-NOT: mcc.add
// CHECK: return %[[C]]
func.func @conv_mul_add(%x: tensor<?x2x4x4xf32>) -> tensor<?x2x4x4xf32> {
  %w = arith.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32>
  %b = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %s = arith.constant dense<[[[2.0]], [[0.5]]]> : tensor<2x1x1xf32>
  %t = arith.constant dense<[[[[1.0]], [[-1.0]]]]> : tensor<1x2x1x1xf32>
  %c = mcc.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x2x4x4xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<?x2x4x4xf32>
  %m = mcc.mul %s, %c : (tensor<2x1x1xf32>, tensor<?x2x4x4xf32>) -> tensor<?x2x4x4xf32>
  %y = mcc.add %m, %t : (tensor<?x2x4x4xf32>, tensor<1x2x1x1xf32>) -> tensor<?x2x4x4xf32>
  return %y : tensor<?x2x4x4xf32>
}

// -----

// A scalar divisor and subtrahend on a conv without bias.
// CHECK-LABEL: func.func @conv_div_sub_scalar
// CHECK-DAG: %[[W:.*]] = arith.constant dense<5.000000e-01> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<-3.000000e+00> : tensor<2xf32>
// CHECK: mcc.conv %arg0, %[[W]], %[[B]]
// CHECK-NOT: mcc.div
// CHECK-NOT: mcc.sub
func.func @conv_div_sub_scalar(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x1x1x1xf32>
  %two = arith.constant dense<2.0> : tensor<f32>
  %three = arith.constant dense<3.0> : tensor<f32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x4x4xf32>
  %d = mcc.div %c, %two : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  %y = mcc.sub %d, %three : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// Not folded: a constant that varies along a spatial dim, a conv read
// elsewhere, a constant minus the conv, and a non-constant scale.
// CHECK-LABEL: func.func @conv_not_affine
// CHECK: mcc.conv
// CHECK-NEXT: mcc.mul
// CHECK-NEXT: mcc.conv
// CHECK-NEXT: mcc.add
// CHECK-NEXT: mcc.conv
// CHECK-NEXT: mcc.sub
// CHECK-NEXT: mcc.conv
// CHECK-NEXT: mcc.mul
func.func @conv_not_affine(%x: tensor<1x1x2x2xf32>, %s: tensor<2x1x1xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %w = arith.constant dense<1.0> : tensor<2x1x1x1xf32>
  %spatial = arith.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %c0 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %0 = mcc.mul %c0, %spatial : (tensor<1x2x2x2xf32>, tensor<1x2xf32>) -> tensor<1x2x2x2xf32>
  %c1 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %1 = mcc.add %c1, %one : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x2x2x2xf32>
  %c2 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %2 = mcc.sub %one, %c2 : (tensor<f32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %c3 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %3 = mcc.mul %c3, %s : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  return %0, %1, %c1, %2, %3 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// A per-input-channel scale before a conv scales W's input channels; with
// two groups, output channel m reads input channel m here.
// CHECK-LABEL: func.func @mul_before_grouped_conv
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x3xf32>)
// CHECK: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00]]], {{\[\[\[}}-1.000000e+00]]]]> : tensor<2x1x1x1xf32>
// CHECK: mcc.conv %[[X]], %[[W]]
// CHECK-NOT: mcc.mul
func.func @mul_before_grouped_conv(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  %w = arith.constant dense<[[[[1.0]]], [[[1.0]]]]> : tensor<2x1x1x1xf32>
  %s = arith.constant dense<[[[2.0]], [[-1.0]]]> : tensor<2x1x1xf32>
  %m = mcc.mul %x, %s : (tensor<1x2x3x3xf32>, tensor<2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %c = mcc.conv %m, %w {strides = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, group = 2 : i64} : (tensor<1x2x3x3xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x5x5xf32>
  return %c : tensor<1x2x5x5xf32>
}

// -----

// gemm(a, B^T, c) * s + t per column: B's rows (trans_b) scale, the bias is
// beta * c * s + t = [2*1*2 + 1, 2*2*3 + 0].
// CHECK-LABEL: func.func @gemm_affine
// CHECK-DAG: %[[B:.*]] = arith.constant dense<{{\[\[}}2.000000e+00, 2.000000e+00], [3.000000e+00, 3.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<[5.000000e+00, 1.200000e+01]> : tensor<2xf32>
// CHECK: mcc.gemm %arg0, %[[B]], %[[C]] {trans_b = true}
// CHECK-NOT: mcc.mul
func.func @gemm_affine(%a: tensor<?x2xf32>) -> tensor<?x2xf32> {
  %b = arith.constant dense<1.0> : tensor<2x2xf32>
  %c = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %s = arith.constant dense<[[2.0, 3.0]]> : tensor<1x2xf32>
  %t = arith.constant dense<[1.0, 0.0]> : tensor<2xf32>
  %g = mcc.gemm %a, %b, %c {beta = 2.0 : f64, trans_b = true} : (tensor<?x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %m = mcc.mul %g, %s : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %y = mcc.add %m, %t : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  return %y : tensor<?x2xf32>
}

// -----

// A per-row constant on a gemm is not per column: not folded.
// CHECK-LABEL: func.func @gemm_per_row
// CHECK: mcc.gemm
// CHECK: mcc.add
func.func @gemm_per_row(%a: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %b = arith.constant dense<1.0> : tensor<2x2xf32>
  %t = arith.constant dense<[[1.0], [2.0], [3.0]]> : tensor<3x1xf32>
  %g = mcc.gemm %a, %b : (tensor<3x2xf32>, tensor<2x2xf32>) -> tensor<3x2xf32>
  %y = mcc.add %g, %t : (tensor<3x2xf32>, tensor<3x1xf32>) -> tensor<3x2xf32>
  return %y : tensor<3x2xf32>
}
