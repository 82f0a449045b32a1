// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file -verify-diagnostics

// Activations that need an activation_alpha/beta the op does not carry are
// reported at the node rather than guessed.
func.func @lstm_affine(%x: tensor<5x2x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>) {
  // expected-error @+2 {{activation 'Affine' is not supported}}
  // expected-error @+1 {{failed to legalize operation 'mcc.lstm'}}
  %0:3 = mcc.lstm %x, %w, %r {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Affine", "Tanh"]} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0, %0#1, %0#2 : tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
}

// -----

func.func @gru_scaled_tanh(%x: tensor<4x2x3xf32>, %w: tensor<1x15x3xf32>, %r: tensor<1x15x5xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>) {
  // expected-error @+2 {{activation 'ScaledTanh' is not supported}}
  // expected-error @+1 {{failed to legalize operation 'mcc.gru'}}
  %0:2 = mcc.gru %x, %w, %r {hidden_size = 5 : i64, direction = "forward", activations = ["Sigmoid", "ScaledTanh"]} : (tensor<4x2x3xf32>, tensor<1x15x3xf32>, tensor<1x15x5xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>)
  return %0#0, %0#1 : tensor<4x1x2x5xf32>, tensor<1x2x5xf32>
}
