// RUN: mcc-opt %s -split-input-file -verify-diagnostics
// The recurrent ops' verifier: activation names ONNX lists, one alpha and beta
// per activation, peepholes [dirs, 3H], sequence_lens [batch].

func.func @unknown_activation(%x: tensor<5x2x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>) -> tensor<5x1x2x4xf32> {
  // expected-error @+2 {{unknown activation "Gelu"}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = mcc.lstm %x, %w, %r {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Gelu", "Tanh"]} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0 : tensor<5x1x2x4xf32>
}

// -----

func.func @alpha_per_activation(%x: tensor<4x2x3xf32>, %w: tensor<2x15x3xf32>, %r: tensor<2x15x5xf32>) -> tensor<4x2x2x5xf32> {
  // expected-error @+2 {{activation_alpha must have one value per activation (4), got 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = mcc.gru %x, %w, %r {hidden_size = 5 : i64, direction = "bidirectional", activations = ["Sigmoid", "LeakyRelu", "Sigmoid", "Tanh"], activation_alpha = array<f64: 0.0, 0.2>} : (tensor<4x2x3xf32>, tensor<2x15x3xf32>, tensor<2x15x5xf32>) -> (tensor<4x2x2x5xf32>, tensor<2x2x5xf32>)
  return %0#0 : tensor<4x2x2x5xf32>
}

// -----

func.func @beta_per_activation(%x: tensor<4x2x3xf32>, %w: tensor<1x5x3xf32>, %r: tensor<1x5x5xf32>) -> tensor<4x1x2x5xf32> {
  // expected-error @+2 {{activation_beta must have one value per activation (1), got 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = mcc.rnn %x, %w, %r {hidden_size = 5 : i64, direction = "forward", activations = ["Affine"], activation_beta = array<f64: 0.5, 0.5>} : (tensor<4x2x3xf32>, tensor<1x5x3xf32>, tensor<1x5x5xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>)
  return %0#0 : tensor<4x1x2x5xf32>
}

// -----

func.func @peepholes_shape(%x: tensor<5x2x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %p: tensor<1x16xf32>) -> tensor<5x1x2x4xf32> {
  // expected-error @+2 {{peepholes must be [1, 12], got 'tensor<1x16xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = mcc.lstm %x, %w, %r peepholes %p {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Tanh", "Tanh"]} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x16xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0 : tensor<5x1x2x4xf32>
}

// -----

func.func @sequence_lens_shape(%x: tensor<5x2x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %lens: tensor<3xi32>) -> tensor<5x1x2x4xf32> {
  // expected-error @+2 {{sequence_lens must be [2], got 'tensor<3xi32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:3 = mcc.lstm %x, %w, %r sequence_lens %lens {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Tanh", "Tanh"]} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<3xi32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0 : tensor<5x1x2x4xf32>
}
