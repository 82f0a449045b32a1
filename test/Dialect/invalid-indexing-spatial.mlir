// RUN: mcc-opt %s -split-input-file -verify-diagnostics
// Shape inference of the gather/scatter/scan/top-k/one-hot and transposed
// conv/resize ops rejects inconsistent operands and attributes.

func.func @gather_elements_rank(%x: tensor<3x4xf32>, %i: tensor<4xi64>) -> tensor<4xf32> {
  // expected-error @+2 {{indices must have the rank of data (2), got 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.gather_elements %x, %i {axis = 0 : i64} : (tensor<3x4xf32>, tensor<4xi64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @gather_nd_tuple(%x: tensor<3x4xf32>, %i: tensor<2x3xi64>) -> tensor<2xf32> {
  // expected-error @+2 {{index tuples of length 3 do not fit data of rank 2 with 0 batch dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.gather_nd %x, %i : (tensor<3x4xf32>, tensor<2x3xi64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @scatter_reduction(%x: tensor<3xf32>, %i: tensor<2xi64>, %u: tensor<2xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{unknown reduction 'avg'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.scatter_elements %x, %i, %u {axis = 0 : i64, reduction = "avg"} : (tensor<3xf32>, tensor<2xi64>, tensor<2xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @scatter_nd_updates(%x: tensor<3x4xf32>, %i: tensor<2x1xi64>, %u: tensor<2x5xf32>) -> tensor<3x4xf32> {
  // expected-error @+2 {{updates must be indices.shape[:-1] ++ data.shape[q:]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.scatter_nd %x, %i, %u : (tensor<3x4xf32>, tensor<2x1xi64>, tensor<2x5xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @cumsum_axis(%x: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{axis 1 is out of range}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.cumsum %x {axis = 1 : i64} : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @top_k_too_many(%x: tensor<3xf32>) -> (tensor<4xf32>, tensor<4xi64>) {
  // expected-error @+2 {{k = 4 is out of range for an axis of size 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %v, %i = mcc.top_k %x {k = 4 : i64, axis = 0 : i64} : (tensor<3xf32>) -> (tensor<4xf32>, tensor<4xi64>)
  return %v, %i : tensor<4xf32>, tensor<4xi64>
}

// -----

func.func @one_hot_values(%i: tensor<3xi64>, %v: tensor<3xf32>) -> tensor<3x4xf32> {
  // expected-error @+2 {{values must be [off, on]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.one_hot %i, %v {depth = 4 : i64, axis = 1 : i64} : (tensor<3xi64>, tensor<3xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @conv_transpose_channels(%x: tensor<1x2x3x3xf32>, %w: tensor<3x1x3x3xf32>) -> tensor<1x1x5x5xf32> {
  // expected-error @+2 {{input has 2 channels, weight expects 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.conv_transpose %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>} : (tensor<1x2x3x3xf32>, tensor<3x1x3x3xf32>) -> tensor<1x1x5x5xf32>
  return %0 : tensor<1x1x5x5xf32>
}

// -----

func.func @resize_mode(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  // expected-error @+2 {{unknown mode 'area'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.resize %x {scales = array<f64: 1.0, 1.0, 2.0, 2.0>, mode = "area"} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

func.func @resize_scales(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  // expected-error @+2 {{expected 4 scales and sizes and 8 roi values}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.resize %x {scales = array<f64: 2.0, 2.0>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

// A scale of 0 means sizes / in: it needs a size.
func.func @resize_zero_scale(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x4xf32> {
  // expected-error @+2 {{scales must be positive (0 only with a size)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = mcc.resize %x {scales = array<f64: 1.0, 1.0, 1.0, 0.0>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x2x4xf32>
  return %0 : tensor<1x1x2x4xf32>
}
