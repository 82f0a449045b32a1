// RUN: mcc-opt %s -split-input-file -verify-diagnostics
// Result types more static than inferred are accepted, wrong ones are not.

// The -1 of a reshape resolves when the dynamic dims of the input are copied.
func.func @reshape_infers_minus_one(%x: tensor<?x8x4xf32>) -> tensor<?x32xf32> {
  %s = arith.constant dense<[0, -1]> : tensor<2xi64>
  %0 = mcc.reshape %x, %s : (tensor<?x8x4xf32>, tensor<2xi64>) -> tensor<?x32xf32>
  return %0 : tensor<?x32xf32>
}

// -----

func.func @reshape_wrong_minus_one(%x: tensor<?x8x4xf32>) -> tensor<?x16xf32> {
  %s = arith.constant dense<[0, -1]> : tensor<2xi64>
  // expected-error @+2 {{incompatible with return type}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.reshape %x, %s : (tensor<?x8x4xf32>, tensor<2xi64>) -> tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}

// -----

// ceil_mode rounds up, but the last window must start inside the input.
func.func @pool_ceil(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  %0 = mcc.max_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

func.func @slice_negative(%x: tensor<10xf32>) -> tensor<3xf32> {
  %0 = mcc.slice %x {starts = array<i64: -3>, ends = array<i64: 9223372036854775807>, axes = array<i64: 0>, steps = array<i64: 1>} : (tensor<10xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @slice_reverse(%x: tensor<10xf32>) -> tensor<5xf32> {
  %0 = mcc.slice %x {starts = array<i64: -1>, ends = array<i64: -9223372036854775807>, axes = array<i64: 0>, steps = array<i64: -2>} : (tensor<10xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @gather_embedding(%table: tensor<1000x32xf32>, %ids: tensor<?x20xi64>) -> tensor<?x20x32xf32> {
  %0 = mcc.gather %table, %ids {axis = 0 : i64} : (tensor<1000x32xf32>, tensor<?x20xi64>) -> tensor<?x20x32xf32>
  return %0 : tensor<?x20x32xf32>
}

// -----

func.func @matmul_vector(%a: tensor<4xf32>, %b: tensor<3x4x5xf32>) -> tensor<3x5xf32> {
  %0 = mcc.matmul %a, %b : (tensor<4xf32>, tensor<3x4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}
