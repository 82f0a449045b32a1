// RUN: mcc-opt %s -split-input-file -mcc-fuse-epilogue | FileCheck %s

// ResNet's block ending: relu(conv + bias + identity) is one op.
// CHECK-LABEL: func.func @conv_bias_residual_relu
// CHECK-SAME: (%[[X:.*]]: tensor<?x2x4x4xf32>, %[[ID:.*]]: tensor<?x2x4x4xf32>)
// CHECK: %[[F:.*]] = mcc.fused_conv %[[X]], %{{.*}} bias(%{{.*}}) residual(%[[ID]]) {activation = "relu"
// CHECK-NOT: mcc.add
// CHECK-NOT: mcc.relu
// CHECK: return %[[F]]
func.func @conv_bias_residual_relu(%x: tensor<?x2x4x4xf32>, %id: tensor<?x2x4x4xf32>) -> tensor<?x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %b = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %c = mcc.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x2x4x4xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<?x2x4x4xf32>
  %a = mcc.add %id, %c : (tensor<?x2x4x4xf32>, tensor<?x2x4x4xf32>) -> tensor<?x2x4x4xf32>
  %r = mcc.relu %a : tensor<?x2x4x4xf32> -> tensor<?x2x4x4xf32>
  return %r : tensor<?x2x4x4xf32>
}

// -----

// A per-channel constant add [C, 1, 1] becomes the bias (summed with the
// conv's own), then ReLU6 (Clip) is the activation.
// CHECK-LABEL: func.func @conv_channel_add_clip
// CHECK: %[[B:.*]] = arith.constant dense<[1.500000e+00, 2.500000e+00]> : tensor<2xf32>
// CHECK: mcc.fused_conv %{{.*}}, %{{.*}} bias(%[[B]]) {activation = "clip", activation_params = array<f64: 0.000000e+00, 6.000000e+00>
// CHECK-NOT: mcc.clip
func.func @conv_channel_add_clip(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %b = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %k = arith.constant dense<0.5> : tensor<2x1x1xf32>
  %c = mcc.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %a = mcc.add %c, %k : (tensor<1x2x4x4xf32>, tensor<2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r = mcc.clip %a {min = 0.0 : f64, max = 6.0 : f64} : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  return %r : tensor<1x2x4x4xf32>
}

// -----

// Each activation the epilogue knows.
// CHECK-LABEL: func.func @activations
// CHECK: mcc.fused_conv {{.*}}activation = "sigmoid"
// CHECK: mcc.fused_conv {{.*}}activation = "hard_sigmoid", activation_params = array<f64: 2.000000e-01, 5.000000e-01>
// CHECK: mcc.fused_conv {{.*}}activation = "hard_swish"
// CHECK: mcc.fused_conv {{.*}}activation = "silu"
// CHECK: mcc.fused_conv {{.*}}activation = "gelu_tanh"
// CHECK: mcc.fused_conv {{.*}}activation = "tanh"
// CHECK: mcc.fused_conv {{.*}}activation = "leaky_relu", activation_params = array<f64: 1.000000e-01>
// CHECK: mcc.fused_conv {{.*}}activation = "clip", activation_params = array<f64: 0.000000e+00, 0x7FF0000000000000>
// CHECK-NOT: mcc.conv
func.func @activations(%x: tensor<1x2x4x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %c0 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c1 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c2 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c3 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c4 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c5 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c6 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %c7 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r0 = mcc.sigmoid %c0 : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r1 = mcc.hard_sigmoid %c1 {alpha = 0.2 : f64, beta = 0.5 : f64} : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r2 = mcc.hard_swish %c2 : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r3 = mcc.silu %c3 : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r4 = mcc.gelu %c4 {approximate = "tanh"} : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r5 = mcc.tanh %c5 : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r6 = mcc.leaky_relu %c6 {alpha = 0.1 : f64} : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %r7 = mcc.clip %c7 {min = 0.0 : f64} : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// A Transformer's Linear: matmul + bias [N], GELU, then a residual add
// after the activation, which cannot join (it would be added before it).
// CHECK-LABEL: func.func @matmul_bias_gelu
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>
// CHECK: %[[F:.*]] = mcc.fused_matmul %[[X]], %{{.*}} bias(%{{.*}}) {activation = "gelu"}
// CHECK: mcc.add %[[F]], %[[X]]
func.func @matmul_bias_gelu(%x: tensor<?x3x4xf32>) -> tensor<?x3x4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x4xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %m = mcc.matmul %x, %w : (tensor<?x3x4xf32>, tensor<4x4xf32>) -> tensor<?x3x4xf32>
  %a = mcc.add %m, %b : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %g = mcc.gelu %a : tensor<?x3x4xf32> -> tensor<?x3x4xf32>
  %r = mcc.add %g, %x : (tensor<?x3x4xf32>, tensor<?x3x4xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

// -----

// Matmul, bias, then the residual: BERT's attention output projection.
// CHECK-LABEL: func.func @matmul_bias_residual
// CHECK: mcc.fused_matmul %{{.*}}, %{{.*}} bias(%{{.*}}) residual(%{{.*}}) :
// CHECK-NOT: mcc.add
func.func @matmul_bias_residual(%x: tensor<2x3x4xf32>, %h: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x4xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %m = mcc.matmul %x, %w : (tensor<2x3x4xf32>, tensor<4x4xf32>) -> tensor<2x3x4xf32>
  %a = mcc.add %m, %b : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %r = mcc.add %h, %a : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// -----

// Negative: the conv's result is read twice, so it must exist anyway.
// CHECK-LABEL: func.func @two_uses
// CHECK: mcc.conv
// CHECK: mcc.relu
// CHECK-NOT: mcc.fused_conv
func.func @two_uses(%x: tensor<1x2x4x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r = mcc.relu %c : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  return %c, %r : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// Negative: a constant that varies along a spatial dim is no per-channel
// bias and has not the result's shape, so it is no residual either; and an
// add that broadcasts the conv's result to a larger shape stays.
// CHECK-LABEL: func.func @not_a_bias
// CHECK: mcc.conv
// CHECK: mcc.add
// CHECK: mcc.conv
// CHECK: mcc.add
// CHECK-NOT: mcc.fused_conv
func.func @not_a_bias(%x: tensor<1x2x4x4xf32>, %big: tensor<3x2x4x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<3x2x4x4xf32>) {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %k = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %a = mcc.add %c, %k : (tensor<1x2x4x4xf32>, tensor<4xf32>) -> tensor<1x2x4x4xf32>
  %c2 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %a2 = mcc.add %c2, %big : (tensor<1x2x4x4xf32>, tensor<3x2x4x4xf32>) -> tensor<3x2x4x4xf32>
  return %a, %a2 : tensor<1x2x4x4xf32>, tensor<3x2x4x4xf32>
}

// -----

// Negative: the activation comes before the bias add; the fused op adds
// before it activates, so the add stays outside.
// CHECK-LABEL: func.func @activation_before_bias
// CHECK: %[[F:.*]] = mcc.fused_conv {{.*}}activation = "relu"
// CHECK: mcc.add %[[F]]
func.func @activation_before_bias(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %k = arith.constant dense<0.5> : tensor<1x2x1x1xf32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r = mcc.relu %c : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %a = mcc.add %r, %k : (tensor<1x2x4x4xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  return %a : tensor<1x2x4x4xf32>
}

// -----

// Negative: two activations; only the first joins.
// CHECK-LABEL: func.func @two_activations
// CHECK: %[[F:.*]] = mcc.fused_conv {{.*}}activation = "relu"
// CHECK: mcc.sigmoid %[[F]]
func.func @two_activations(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %c = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x4x4xf32>
  %r = mcc.relu %c : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  %s = mcc.sigmoid %r : tensor<1x2x4x4xf32> -> tensor<1x2x4x4xf32>
  return %s : tensor<1x2x4x4xf32>
}

// -----

// Negative: integer matmuls keep their exact lowering.
// CHECK-LABEL: func.func @int_matmul
// CHECK: mcc.matmul
// CHECK: mcc.relu
func.func @int_matmul(%x: tensor<3x4xi32>, %w: tensor<4x4xi32>) -> tensor<3x4xi32> {
  %m = mcc.matmul %x, %w : (tensor<3x4xi32>, tensor<4x4xi32>) -> tensor<3x4xi32>
  %r = mcc.relu %m : tensor<3x4xi32> -> tensor<3x4xi32>
  return %r : tensor<3x4xi32>
}

// -----

// PyTorch's Linear + ReLU: a gemm with transB whose c is the bias.
// CHECK-LABEL: func.func @gemm_relu
// CHECK: mcc.fused_matmul %{{.*}}, %{{.*}} bias(%{{.*}}) {activation = "relu", trans_b = true}
// CHECK-NOT: mcc.relu
func.func @gemm_relu(%x: tensor<?x4xf32>) -> tensor<?x3xf32> {
  %w = arith.constant dense<1.0> : tensor<3x4xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %g = mcc.gemm %x, %w, %b {trans_b = true} : (tensor<?x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  %r = mcc.relu %g : tensor<?x3xf32> -> tensor<?x3xf32>
  return %r : tensor<?x3xf32>
}

// -----

// Negative: alpha scales the product, which the fused op cannot express.
// CHECK-LABEL: func.func @gemm_alpha
// CHECK: mcc.gemm
// CHECK: mcc.relu
func.func @gemm_alpha(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>) -> tensor<2x3xf32> {
  %g = mcc.gemm %x, %w {alpha = 2.0 : f64} : (tensor<2x4xf32>, tensor<4x3xf32>) -> tensor<2x3xf32>
  %r = mcc.relu %g : tensor<2x3xf32> -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}
