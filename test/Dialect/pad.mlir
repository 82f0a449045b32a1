// RUN: mcc-opt %s -split-input-file -verify-diagnostics | FileCheck %s
// mcc.pad: the mode round-trips, constant is the default, and each mode's
// limits are checked where the dims are static.

// CHECK-LABEL: func.func @modes
// CHECK: mcc.pad %arg0 {pads = array<i64: 1, 0, 0, 2>, value = 0.000000e+00 : f32} : (tensor<?x3xf32>) -> tensor<?x5xf32>
// CHECK: mcc.pad %arg0 {mode = "reflect", pads = array<i64: 0, 2, 0, 2>, value = 0.000000e+00 : f32} : (tensor<?x3xf32>) -> tensor<?x7xf32>
// CHECK: mcc.pad %arg0 {mode = "edge", pads = array<i64: 0, 5, 0, 0>, value = 0.000000e+00 : f32} : (tensor<?x3xf32>) -> tensor<?x8xf32>
// CHECK: mcc.pad %arg0 {mode = "wrap", pads = array<i64: 4, 7, 0, 0>, value = 0.000000e+00 : f32} : (tensor<?x3xf32>) -> tensor<?x10xf32>
// CHECK: mcc.pad %arg0 value %arg1 {pads = array<i64: 0, 1, 0, 1>, value = 0.000000e+00 : f32} : (tensor<?x3xf32>, tensor<f32>) -> tensor<?x5xf32>
func.func @modes(%x: tensor<?x3xf32>, %v: tensor<f32>) -> (tensor<?x5xf32>, tensor<?x7xf32>, tensor<?x8xf32>, tensor<?x10xf32>, tensor<?x5xf32>) {
  %0 = mcc.pad %x {mode = "constant", pads = array<i64: 1, 0, 0, 2>, value = 0.0 : f32} : (tensor<?x3xf32>) -> tensor<?x5xf32>
  %1 = mcc.pad %x {mode = "reflect", pads = array<i64: 0, 2, 0, 2>, value = 0.0 : f32} : (tensor<?x3xf32>) -> tensor<?x7xf32>
  %2 = mcc.pad %x {mode = "edge", pads = array<i64: 0, 5, 0, 0>, value = 0.0 : f32} : (tensor<?x3xf32>) -> tensor<?x8xf32>
  // The dynamic dim is not checked: it may be large enough at run time.
  %3 = mcc.pad %x {mode = "wrap", pads = array<i64: 4, 7, 0, 0>, value = 0.0 : f32} : (tensor<?x3xf32>) -> tensor<?x10xf32>
  %4 = mcc.pad %x value %v {pads = array<i64: 0, 1, 0, 1>, value = 0.0 : f32} : (tensor<?x3xf32>, tensor<f32>) -> tensor<?x5xf32>
  return %0, %1, %2, %3, %4 : tensor<?x5xf32>, tensor<?x7xf32>, tensor<?x8xf32>, tensor<?x10xf32>, tensor<?x5xf32>
}

// -----

func.func @unknown_mode(%x: tensor<3xf32>) -> tensor<5xf32> {
  // expected-error @+2 {{pad mode must be constant, reflect, edge or wrap, got 'symmetric'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.pad %x {mode = "symmetric", pads = array<i64: 1, 1>, value = 0.0 : f32} : (tensor<3xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @reflect_too_wide(%x: tensor<3xf32>) -> tensor<6xf32> {
  // expected-error @+2 {{pad mode 'reflect' needs pads smaller than the dim: dim 0 has 3, pad 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.pad %x {mode = "reflect", pads = array<i64: 0, 3>, value = 0.0 : f32} : (tensor<3xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

func.func @edge_of_empty(%x: tensor<0xf32>) -> tensor<2xf32> {
  // expected-error @+2 {{pad mode 'edge' cannot pad empty dim 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.pad %x {mode = "edge", pads = array<i64: 1, 1>, value = 0.0 : f32} : (tensor<0xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @wrap_of_empty(%x: tensor<2x0xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{pad mode 'wrap' cannot pad empty dim 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.pad %x {mode = "wrap", pads = array<i64: 0, 1, 0, 0>, value = 0.0 : f32} : (tensor<2x0xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

func.func @runtime_value_with_edge(%x: tensor<3xf32>, %v: tensor<f32>) -> tensor<5xf32> {
  // expected-error @+2 {{pad runtime value needs mode 'constant', got 'edge'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.pad %x value %v {mode = "edge", pads = array<i64: 1, 1>, value = 0.0 : f32} : (tensor<3xf32>, tensor<f32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @runtime_value_not_scalar(%x: tensor<3xf32>, %v: tensor<2xf32>) -> tensor<5xf32> {
  // expected-error @+2 {{pad runtime value must be one element of 'f32', got 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.pad %x value %v {pads = array<i64: 1, 1>, value = 0.0 : f32} : (tensor<3xf32>, tensor<2xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}
