// RUN: not mcc-opt %s -split-input-file -mcc-parameterize-weights -mcc-build-train-step 2>&1 | FileCheck %s

// An op on the path from a weight to the loss without a gradient rule names its node.
// CHECK: m.onnx:3:0: error: mcc --train: cannot differentiate mcc.round: no gradient rule
#w = loc("w"("m.onnx":0:0))
#round = loc("rounding"("m.onnx":3:0))
func.func @main(%x: tensor<2x3xf32> {mcc.name = "x"}) -> (tensor<2x3xf32> {mcc.name = "y"}) {
  %w = arith.constant dense<0.25> : tensor<2x3xf32> loc(#w)
  %s = mcc.mul %x, %w : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %r = mcc.round %s : tensor<2x3xf32> -> tensor<2x3xf32> loc(#round)
  return %r : tensor<2x3xf32>
}

// -----

// CHECK: error: the model has no trainable weights
func.func @main(%x: tensor<2x3xf32> {mcc.name = "x"}) -> (tensor<2x3xf32> {mcc.name = "y"}) {
  %r = mcc.relu %x : tensor<2x3xf32> -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// CHECK: error: the model's output does not depend on any trainable weight
#w = loc("w"("m.onnx":0:0))
func.func @main(%x: tensor<2x3xf32> {mcc.name = "x"}) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %w = arith.constant dense<0.25> : tensor<2x3xf32> loc(#w)
  %s = mcc.mul %x, %w : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %x, %s : tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// CHECK: error: cross-entropy needs an output of shape [batch, classes] with a static number of classes, got 'tensor<6xf32>'
#w = loc("w"("m.onnx":0:0))
func.func @main(%x: tensor<6xf32> {mcc.name = "x"}) -> (tensor<6xf32> {mcc.name = "y"}) {
  %w = arith.constant dense<0.25> : tensor<6xf32> loc(#w)
  %s = mcc.mul %x, %w : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
  return %s : tensor<6xf32>
}

// -----

// A recurrent op that cannot be unrolled says why.
// CHECK: m.onnx:5:0: error: mcc --train: cannot differentiate mcc.rnn: it is unrolled over its time steps for training, but its sequence length is dynamic
#w = loc("w"("m.onnx":0:0))
#rnn = loc("rnn"("m.onnx":5:0))
func.func @main(%x: tensor<?x2x3xf32> {mcc.name = "x"}) -> (tensor<2x5xf32> {mcc.name = "y"}) {
  %w = arith.constant dense<0.25> : tensor<1x5x3xf32> loc(#w)
  %r = arith.constant dense<0.5> : tensor<1x5x5xf32>
  %y, %h = mcc.rnn %x, %w, %r {hidden_size = 5 : i64, direction = "forward", activations = ["tanh"]} : (tensor<?x2x3xf32>, tensor<1x5x3xf32>, tensor<1x5x5xf32>) -> (tensor<?x1x2x5xf32>, tensor<1x2x5xf32>) loc(#rnn)
  %s = mcc.squeeze %h {axes = array<i64: 0>} : (tensor<1x2x5xf32>) -> tensor<2x5xf32>
  return %s : tensor<2x5xf32>
}

// -----

// One initializer as the running mean and the running variance cannot take both updates.
// CHECK: m.onnx:4:0: error: mcc --train: this batch norm's running statistic is one initializer that two statistics update; each needs its own
#g = loc("g"("m.onnx":0:0))
#s = loc("stats"("m.onnx":0:0))
#bn2 = loc("bn2"("m.onnx":4:0))
func.func @main(%x: tensor<4x2xf32> {mcc.name = "x"}) -> (tensor<4x2xf32> {mcc.name = "y"}) {
  %g = arith.constant dense<1.5> : tensor<2xf32> loc(#g)
  %s = arith.constant dense<1.0> : tensor<2xf32> loc(#s)
  %a = mcc.batch_norm %x, %g, %g, %s, %s {epsilon = 1.0e-05 : f64} : (tensor<4x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<4x2xf32> loc(#bn2)
  return %a : tensor<4x2xf32>
}
