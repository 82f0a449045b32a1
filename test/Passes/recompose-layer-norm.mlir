// RUN: mcc-opt %s -split-input-file -mcc-recompose-layer-norm | FileCheck %s

// LayerNorm as torch 1.13 exports it at opset < 17: mean, sub, pow 2, mean,
// add eps, sqrt, div, then scale and shift.
// CHECK-LABEL: func.func @torch_layer_norm
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x16xf32>, %[[G:.*]]: tensor<16xf32>, %[[B:.*]]: tensor<16xf32>)
// CHECK: %[[N:.*]] = mcc.layer_norm %[[X]], %[[G]], %[[B]] {axis = 2 : i64, epsilon = 9.9999997473787516E-6 : f64}
// CHECK-NOT: mcc.reduce_mean
// CHECK-NOT: mcc.sqrt
// CHECK: return %[[N]]
func.func @torch_layer_norm(%x: tensor<?x3x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<?x3x16xf32> {
  %two = arith.constant dense<2.0> : tensor<f32>
  %eps = arith.constant dense<1.0e-5> : tensor<f32>
  %0 = mcc.reduce_mean %x {axes = array<i64: 2>} : (tensor<?x3x16xf32>) -> tensor<?x3x1xf32>
  %1 = mcc.sub %x, %0 : (tensor<?x3x16xf32>, tensor<?x3x1xf32>) -> tensor<?x3x16xf32>
  %2 = mcc.pow %1, %two : (tensor<?x3x16xf32>, tensor<f32>) -> tensor<?x3x16xf32>
  %3 = mcc.reduce_mean %2 {axes = array<i64: 2>} : (tensor<?x3x16xf32>) -> tensor<?x3x1xf32>
  %4 = mcc.add %3, %eps : (tensor<?x3x1xf32>, tensor<f32>) -> tensor<?x3x1xf32>
  %5 = mcc.sqrt %4 : tensor<?x3x1xf32> -> tensor<?x3x1xf32>
  %6 = mcc.div %1, %5 : (tensor<?x3x16xf32>, tensor<?x3x1xf32>) -> tensor<?x3x16xf32>
  %7 = mcc.mul %6, %g : (tensor<?x3x16xf32>, tensor<16xf32>) -> tensor<?x3x16xf32>
  %8 = mcc.add %7, %b : (tensor<?x3x16xf32>, tensor<16xf32>) -> tensor<?x3x16xf32>
  return %8 : tensor<?x3x16xf32>
}

// -----

// The other spelling: d * d, eps on the left, d * reciprocal(sqrt), no
// scale or shift (a scale of ones is made), normalizing the last two dims.
// CHECK-LABEL: func.func @mul_reciprocal_two_axes
// CHECK-SAME: (%[[X:.*]]: tensor<2x4x8xf32>)
// CHECK: %[[ONES:.*]] = arith.constant dense<1.000000e+00> : tensor<4x8xf32>
// CHECK: %[[N:.*]] = mcc.layer_norm %[[X]], %[[ONES]] {axis = 1 : i64, epsilon = 0.0010000000474974513 : f64}
// CHECK-NEXT: return %[[N]]
func.func @mul_reciprocal_two_axes(%x: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  %eps = arith.constant dense<1.0e-3> : tensor<f64>
  %0 = mcc.reduce_mean %x {axes = array<i64: 1, 2>} : (tensor<2x4x8xf32>) -> tensor<2x1x1xf32>
  %1 = mcc.sub %x, %0 : (tensor<2x4x8xf32>, tensor<2x1x1xf32>) -> tensor<2x4x8xf32>
  %2 = mcc.mul %1, %1 : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %3 = mcc.reduce_mean %2 {axes = array<i64: 1, 2>} : (tensor<2x4x8xf32>) -> tensor<2x1x1xf32>
  %e = mcc.cast %eps : tensor<f64> -> tensor<f32>
  %4 = mcc.add %e, %3 : (tensor<f32>, tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
  %5 = mcc.sqrt %4 : tensor<2x1x1xf32> -> tensor<2x1x1xf32>
  %6 = mcc.reciprocal %5 : tensor<2x1x1xf32> -> tensor<2x1x1xf32>
  %7 = mcc.mul %1, %6 : (tensor<2x4x8xf32>, tensor<2x1x1xf32>) -> tensor<2x4x8xf32>
  return %7 : tensor<2x4x8xf32>
}

// -----

// Wrong axis: the means reduce dim 1 of three, not the trailing dims.
// CHECK-LABEL: func.func @wrong_axis
// CHECK-NOT: mcc.layer_norm
// CHECK: mcc.reduce_mean
func.func @wrong_axis(%x: tensor<2x3x16xf32>) -> tensor<2x3x16xf32> {
  %two = arith.constant dense<2.0> : tensor<f32>
  %eps = arith.constant dense<1.0e-5> : tensor<f32>
  %0 = mcc.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x3x16xf32>) -> tensor<2x1x16xf32>
  %1 = mcc.sub %x, %0 : (tensor<2x3x16xf32>, tensor<2x1x16xf32>) -> tensor<2x3x16xf32>
  %2 = mcc.pow %1, %two : (tensor<2x3x16xf32>, tensor<f32>) -> tensor<2x3x16xf32>
  %3 = mcc.reduce_mean %2 {axes = array<i64: 1>} : (tensor<2x3x16xf32>) -> tensor<2x1x16xf32>
  %4 = mcc.add %3, %eps : (tensor<2x1x16xf32>, tensor<f32>) -> tensor<2x1x16xf32>
  %5 = mcc.sqrt %4 : tensor<2x1x16xf32> -> tensor<2x1x16xf32>
  %6 = mcc.div %1, %5 : (tensor<2x3x16xf32>, tensor<2x1x16xf32>) -> tensor<2x3x16xf32>
  return %6 : tensor<2x3x16xf32>
}

// -----

// Epsilon added after the square root: a different formula.
// CHECK-LABEL: func.func @eps_outside_sqrt
// CHECK-NOT: mcc.layer_norm
// CHECK: mcc.sqrt
func.func @eps_outside_sqrt(%x: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %two = arith.constant dense<2.0> : tensor<f32>
  %eps = arith.constant dense<1.0e-5> : tensor<f32>
  %0 = mcc.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %1 = mcc.sub %x, %0 : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  %2 = mcc.pow %1, %two : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %3 = mcc.reduce_mean %2 {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %4 = mcc.sqrt %3 : tensor<2x1xf32> -> tensor<2x1xf32>
  %5 = mcc.add %4, %eps : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %6 = mcc.div %1, %5 : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  return %6 : tensor<2x16xf32>
}

// -----

// The mean is of another tensor than the one it is subtracted from.
// CHECK-LABEL: func.func @mean_of_other_tensor
// CHECK-NOT: mcc.layer_norm
// CHECK: mcc.reduce_mean
func.func @mean_of_other_tensor(%x: tensor<2x16xf32>, %y: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %two = arith.constant dense<2.0> : tensor<f32>
  %eps = arith.constant dense<1.0e-5> : tensor<f32>
  %0 = mcc.reduce_mean %y {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %1 = mcc.sub %x, %0 : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  %2 = mcc.pow %1, %two : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %3 = mcc.reduce_mean %2 {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %4 = mcc.add %3, %eps : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %5 = mcc.sqrt %4 : tensor<2x1xf32> -> tensor<2x1xf32>
  %6 = mcc.div %1, %5 : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  return %6 : tensor<2x16xf32>
}

// -----

// x - mean is also returned: it must exist anyway, so nothing is gained and
// the pattern stays; so does a cube instead of a square.
// CHECK-LABEL: func.func @intermediate_used_and_cube
// CHECK-NOT: mcc.layer_norm
func.func @intermediate_used_and_cube(%x: tensor<2x16xf32>) -> (tensor<2x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>) {
  %two = arith.constant dense<2.0> : tensor<f32>
  %three = arith.constant dense<3.0> : tensor<f32>
  %eps = arith.constant dense<1.0e-5> : tensor<f32>
  %0 = mcc.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %1 = mcc.sub %x, %0 : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  %2 = mcc.pow %1, %two : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %3 = mcc.reduce_mean %2 {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %4 = mcc.add %3, %eps : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %5 = mcc.sqrt %4 : tensor<2x1xf32> -> tensor<2x1xf32>
  %6 = mcc.div %1, %5 : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  %m = mcc.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %d = mcc.sub %x, %m : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  %c = mcc.pow %d, %three : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x16xf32>
  %v = mcc.reduce_mean %c {axes = array<i64: 1>} : (tensor<2x16xf32>) -> tensor<2x1xf32>
  %ve = mcc.add %v, %eps : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %s = mcc.sqrt %ve : tensor<2x1xf32> -> tensor<2x1xf32>
  %n = mcc.div %d, %s : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x16xf32>
  return %6, %1, %n : tensor<2x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>
}
