// RUN: mcc-opt %s -split-input-file -verify-diagnostics | FileCheck %s
// mcc.attention: the printed form, shape inference and its errors.

// CHECK-LABEL: func.func @roundtrip
// CHECK: mcc.attention %arg0, %arg1, %arg2 mask(%arg3) keep(%arg4) {fill = -1.000000e+04 : f64, scale = 1.250000e-01 : f64} : (tensor<?x4x8x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x32xf32>, tensor<?x1x1x?xf32>, tensor<8x?xi1>) -> tensor<?x4x8x32xf32>
func.func @roundtrip(%q: tensor<?x4x8x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x32xf32>, %m: tensor<?x1x1x?xf32>, %c: tensor<8x?xi1>) -> tensor<?x4x8x32xf32> {
  %0 = mcc.attention %q, %k, %v mask(%m) keep(%c) {scale = 0.125 : f64, fill = -1.0e4 : f64} : (tensor<?x4x8x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x32xf32>, tensor<?x1x1x?xf32>, tensor<8x?xi1>) -> tensor<?x4x8x32xf32>
  return %0 : tensor<?x4x8x32xf32>
}

// -----

// Batch dims broadcast; the result takes the value's head size.
// CHECK-LABEL: func.func @rank3_broadcast
// CHECK: mcc.attention %arg0, %arg1, %arg2 : {{.*}} -> tensor<3x5x2xf32>
func.func @rank3_broadcast(%q: tensor<3x5x4xf32>, %k: tensor<1x6x4xf32>, %v: tensor<1x6x2xf32>) -> tensor<3x5x2xf32> {
  %0 = mcc.attention %q, %k, %v : (tensor<3x5x4xf32>, tensor<1x6x4xf32>, tensor<1x6x2xf32>) -> tensor<3x5x2xf32>
  return %0 : tensor<3x5x2xf32>
}

// -----

func.func @head_sizes(%q: tensor<2x5x4xf32>, %k: tensor<2x6x3xf32>, %v: tensor<2x6x2xf32>) -> tensor<2x5x2xf32> {
  // expected-error @+2 {{query and key head sizes differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.attention %q, %k, %v : (tensor<2x5x4xf32>, tensor<2x6x3xf32>, tensor<2x6x2xf32>) -> tensor<2x5x2xf32>
  return %0 : tensor<2x5x2xf32>
}

// -----

func.func @key_value_lengths(%q: tensor<2x5x4xf32>, %k: tensor<2x6x4xf32>, %v: tensor<2x7x2xf32>) -> tensor<2x5x2xf32> {
  // expected-error @+2 {{key and value sequence lengths differ}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.attention %q, %k, %v : (tensor<2x5x4xf32>, tensor<2x6x4xf32>, tensor<2x7x2xf32>) -> tensor<2x5x2xf32>
  return %0 : tensor<2x5x2xf32>
}

// -----

func.func @ranks(%q: tensor<2x5x4xf32>, %k: tensor<1x2x6x4xf32>, %v: tensor<1x2x6x2xf32>) -> tensor<1x2x5x2xf32> {
  // expected-error @+2 {{query, key and value must be [..., S, D] of one rank >= 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.attention %q, %k, %v : (tensor<2x5x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x6x2xf32>) -> tensor<1x2x5x2xf32>
  return %0 : tensor<1x2x5x2xf32>
}

// -----

// A mask that would widen the scores is an error: the op never broadcasts
// the query rows or the keys.
func.func @mask_widens(%q: tensor<2x1x4xf32>, %k: tensor<2x6x4xf32>, %v: tensor<2x6x2xf32>, %m: tensor<3x6xf32>) -> tensor<2x1x2xf32> {
  // expected-error @+2 {{mask 'tensor<3x6xf32>' does not broadcast to the scores 'tensor<2x1x6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.attention %q, %k, %v mask(%m) : (tensor<2x1x4xf32>, tensor<2x6x4xf32>, tensor<2x6x2xf32>, tensor<3x6xf32>) -> tensor<2x1x2xf32>
  return %0 : tensor<2x1x2xf32>
}

// -----

func.func @batch(%q: tensor<2x5x4xf32>, %k: tensor<3x6x4xf32>, %v: tensor<3x6x2xf32>) -> tensor<2x5x2xf32> {
  // expected-error @+2 {{batch dims do not broadcast}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.attention %q, %k, %v : (tensor<2x5x4xf32>, tensor<3x6x4xf32>, tensor<3x6x2xf32>) -> tensor<2x5x2xf32>
  return %0 : tensor<2x5x2xf32>
}
