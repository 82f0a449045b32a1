// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file -verify-diagnostics

// Pads wider than the kernel span would crop the spread-out input: not lowered.
func.func @conv_transpose_wide_pads(%x: tensor<1x1x5x5xf32>, %w: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+1 {{failed to legalize operation 'mcc.conv_transpose'}}
  %0 = mcc.conv_transpose %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 2, 2, 2, 2>, dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// Resampling booleans has no meaning.
func.func @resize_i1(%x: tensor<2x2xi1>) -> tensor<4x4xi1> {
  // expected-error @+1 {{failed to legalize operation 'mcc.resize'}}
  %0 = mcc.resize %x {scales = array<f64: 2.0, 2.0>} : (tensor<2x2xi1>) -> tensor<4x4xi1>
  return %0 : tensor<4x4xi1>
}
