// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file -verify-diagnostics

// Ops whose math only exists on floats do not lower on integers: the op stays
// illegal and the conversion reports it at the node.
func.func @sigmoid_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{failed to legalize operation 'mcc.sigmoid'}}
  %0 = mcc.sigmoid %x : tensor<4xi32> -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// not is logical on i1 and bitwise on integers; floats have neither.
func.func @not_f32(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{failed to legalize operation 'mcc.not'}}
  %0 = mcc.not %x : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Arithmetic on i1 is not an ONNX operation.
func.func @add_i1(%a: tensor<4xi1>, %b: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error @+1 {{failed to legalize operation 'mcc.add'}}
  %0 = mcc.add %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}
