// RUN: mcc-opt %s -split-input-file -verify-diagnostics | FileCheck %s
// The fused ops print back as they read, and shape inference rejects a bad
// epilogue at the op's location.

// CHECK-LABEL: func.func @roundtrip
// CHECK: mcc.fused_conv %{{.*}}, %{{.*}} bias(%{{.*}}) residual(%{{.*}}) {activation = "hard_sigmoid", activation_params = array<f64: 2.000000e-01, 5.000000e-01>
// CHECK: mcc.fused_matmul %{{.*}}, %{{.*}} bias(%{{.*}}) {activation = "gelu_tanh"}
func.func @roundtrip(%x: tensor<?x2x4x4xf32>, %w: tensor<3x2x1x1xf32>, %b: tensor<3xf32>, %r: tensor<?x3x4x4xf32>, %m: tensor<?x5x4xf32>, %k: tensor<4x6xf32>, %kb: tensor<1x6xf32>) -> (tensor<?x3x4x4xf32>, tensor<?x5x6xf32>) {
  %0 = mcc.fused_conv %x, %w bias(%b) residual(%r) {activation = "hard_sigmoid", activation_params = array<f64: 0.2, 0.5>, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x2x4x4xf32>, tensor<3x2x1x1xf32>, tensor<3xf32>, tensor<?x3x4x4xf32>) -> tensor<?x3x4x4xf32>
  %1 = mcc.fused_matmul %m, %k bias(%kb) {activation = "gelu_tanh"} : (tensor<?x5x4xf32>, tensor<4x6xf32>, tensor<1x6xf32>) -> tensor<?x5x6xf32>
  return %0, %1 : tensor<?x3x4x4xf32>, tensor<?x5x6xf32>
}

// -----

func.func @unknown_activation(%x: tensor<1x2x4x4xf32>, %w: tensor<3x2x1x1xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+2 {{unknown epilogue activation 'mish'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.fused_conv %x, %w {activation = "mish", strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<3x2x1x1xf32>) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @missing_params(%x: tensor<1x2x4x4xf32>, %w: tensor<3x2x1x1xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+2 {{activation 'clip' takes 2 parameters, got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.fused_conv %x, %w {activation = "clip", activation_params = array<f64: 0.0>, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<3x2x1x1xf32>) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @bad_residual(%x: tensor<1x2x4x4xf32>, %w: tensor<3x2x1x1xf32>, %r: tensor<1x3x2x2xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+2 {{residual 'tensor<1x3x2x2xf32>' does not have the result's shape}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.fused_conv %x, %w residual(%r) {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<3x2x1x1xf32>, tensor<1x3x2x2xf32>) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @bad_conv_bias(%x: tensor<1x2x4x4xf32>, %w: tensor<3x2x1x1xf32>, %b: tensor<4xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+2 {{conv bias must be [3]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.fused_conv %x, %w bias(%b) {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<3x2x1x1xf32>, tensor<4xf32>) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @growing_matmul_bias(%m: tensor<5x4xf32>, %k: tensor<4x6xf32>, %kb: tensor<2x5x6xf32>) -> tensor<5x6xf32> {
  // expected-error @+2 {{bias 'tensor<2x5x6xf32>' does not broadcast to 'tensor<5x6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.fused_matmul %m, %k bias(%kb) : (tensor<5x4xf32>, tensor<4x6xf32>, tensor<2x5x6xf32>) -> tensor<5x6xf32>
  return %0 : tensor<5x6xf32>
}
