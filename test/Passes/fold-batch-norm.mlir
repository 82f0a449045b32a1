// RUN: mcc-opt %s -split-input-file -mcc-fold-batch-norm | FileCheck %s

// s = gamma / sqrt(var + eps) = [2, 0.5]; W' = W * s; b' = (b - mean) * s + beta.
// CHECK-LABEL: func.func @conv_bn
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00]], {{\[\[}}4.000000e+00]]], {{\[\[\[}}1.500000e+00]], {{\[\[}}2.000000e+00]]]]> : tensor<2x2x1x1xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[1.000000e+00, 2.500000e+00]> : tensor<2xf32>
// CHECK: %[[C:.*]] = mcc.conv %arg0, %[[W]], %[[B]]
// CHECK-NOT: mcc.batch_norm
// CHECK: return %[[C]]
func.func @conv_bn(%x: tensor<?x2x4x4xf32>) -> tensor<?x2x4x4xf32> {
  %w = arith.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32>
  %b = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %gamma = arith.constant dense<[1.0, 0.5]> : tensor<2xf32>
  %beta = arith.constant dense<[0.0, 1.0]> : tensor<2xf32>
  %mean = arith.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %var = arith.constant dense<[0.25, 1.0]> : tensor<2xf32>
  %c = mcc.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x2x4x4xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<?x2x4x4xf32>
  %y = mcc.batch_norm %c, %gamma, %beta, %mean, %var {epsilon = 0.0 : f64} : (tensor<?x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<?x2x4x4xf32>
  return %y : tensor<?x2x4x4xf32>
}

// -----

// The conv's result is read elsewhere too: folding would change that reader.
// CHECK-LABEL: func.func @conv_used_twice
// CHECK: mcc.conv
// CHECK: mcc.batch_norm
func.func @conv_used_twice(%x: tensor<1x2x4x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %s = arith.constant dense<1.0> : tensor<2xf32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %y = mcc.batch_norm %c, %s, %s, %s, %s {epsilon = 1.0e-5 : f64} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  return %c, %y : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// Statistics computed at run time stay a batch norm.
// CHECK-LABEL: func.func @runtime_statistics
// CHECK: mcc.batch_norm
func.func @runtime_statistics(%x: tensor<1x2x4x4xf32>, %mean: tensor<2xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %s = arith.constant dense<1.0> : tensor<2xf32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %y = mcc.batch_norm %c, %s, %s, %mean, %s {epsilon = 1.0e-5 : f64} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  return %y : tensor<1x2x4x4xf32>
}
