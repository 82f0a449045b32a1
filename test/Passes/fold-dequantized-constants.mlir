// RUN: mcc-opt %s -split-input-file -mcc-fold-dequantized-constants | FileCheck %s

// Per output channel (axis 0): W[c] = (q - z[c]) * s[c].
// CHECK-LABEL: func.func @per_channel_weight
// CHECK: %[[W:.*]] = arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [-3.000000e+00, 1.500000e+01]]> : tensor<2x2xf32>
// CHECK-NOT: mcc.dequantize_linear
// CHECK: return %[[W]]
func.func @per_channel_weight() -> tensor<2x2xf32> {
  %q = arith.constant dense<[[2, 4], [-4, 8]]> : tensor<2x2xi8>
  %s = arith.constant dense<[0.5, 1.5]> : tensor<2xf32>
  %z = arith.constant dense<[0, -2]> : tensor<2xi8>
  %w = mcc.dequantize_linear %q, %s, %z {axis = 0 : i64} : (tensor<2x2xi8>, tensor<2xf32>, tensor<2xi8>) -> tensor<2x2xf32>
  return %w : tensor<2x2xf32>
}

// -----

// An int32 bias, per tensor with ORT's [1] scale.
// CHECK-LABEL: func.func @bias
// CHECK: %[[B:.*]] = arith.constant dense<[-2.500000e-01, 1.000000e+02]> : tensor<2xf32>
// CHECK: return %[[B]]
func.func @bias() -> tensor<2xf32> {
  %q = arith.constant dense<[-1, 400]> : tensor<2xi32>
  %s = arith.constant dense<0.25> : tensor<1xf32>
  %z = arith.constant dense<0> : tensor<i32>
  %b = mcc.dequantize_linear %q, %s, %z : (tensor<2xi32>, tensor<1xf32>, tensor<i32>) -> tensor<2xf32>
  return %b : tensor<2xf32>
}

// -----

// Activations are dequantized at run time.
// CHECK-LABEL: func.func @activation
// CHECK: mcc.dequantize_linear %arg0
func.func @activation(%x: tensor<4xi8>) -> tensor<4xf32> {
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<0> : tensor<i8>
  %d = mcc.dequantize_linear %x, %s, %z : (tensor<4xi8>, tensor<f32>, tensor<i8>) -> tensor<4xf32>
  return %d : tensor<4xf32>
}
