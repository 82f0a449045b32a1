// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file -verify-diagnostics

// top_k and the scans need an order / arithmetic: i1 does not lower.
func.func @top_k_i1(%x: tensor<3x4xi1>) -> (tensor<3x2xi1>, tensor<3x2xi64>) {
  // expected-error @+1 {{failed to legalize operation 'mcc.top_k'}}
  %v, %i = mcc.top_k %x {k = 2 : i64, axis = 1 : i64} : (tensor<3x4xi1>) -> (tensor<3x2xi1>, tensor<3x2xi64>)
  return %v, %i : tensor<3x2xi1>, tensor<3x2xi64>
}

// -----

func.func @cumsum_i1(%x: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error @+1 {{failed to legalize operation 'mcc.cumsum'}}
  %0 = mcc.cumsum %x {axis = 0 : i64} : (tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}
