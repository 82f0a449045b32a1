// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file -verify-diagnostics

// Reductions of i1 are not defined (ONNX has none): the op stays illegal and
// the conversion reports it at the node.
func.func @reduce_sum_i1(%x: tensor<2x3xi1>) -> tensor<2xi1> {
  // expected-error @+1 {{failed to legalize operation 'mcc.reduce_sum'}}
  %0 = mcc.reduce_sum %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xi1>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}

// -----

func.func @argmax_i1(%x: tensor<2x3xi1>) -> tensor<2xi64> {
  // expected-error @+1 {{failed to legalize operation 'mcc.argmax'}}
  %0 = mcc.argmax %x {axis = 1 : i64, keepdims = false} : (tensor<2x3xi1>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}
