// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file -verify-diagnostics

// Contractions lower for integer and float elements only: anything else stays
// illegal and the conversion reports it at the node.
func.func @matmul_complex(%a: tensor<2x3xcomplex<f32>>, %b: tensor<3x4xcomplex<f32>>) -> tensor<2x4xcomplex<f32>> {
  // expected-error @+1 {{failed to legalize operation 'mcc.matmul'}}
  %0 = mcc.matmul %a, %b : (tensor<2x3xcomplex<f32>>, tensor<3x4xcomplex<f32>>) -> tensor<2x4xcomplex<f32>>
  return %0 : tensor<2x4xcomplex<f32>>
}

// -----

func.func @gemm_index(%a: tensor<2x3xindex>, %b: tensor<3x4xindex>) -> tensor<2x4xindex> {
  // expected-error @+1 {{failed to legalize operation 'mcc.gemm'}}
  %0 = mcc.gemm %a, %b : (tensor<2x3xindex>, tensor<3x4xindex>) -> tensor<2x4xindex>
  return %0 : tensor<2x4xindex>
}
