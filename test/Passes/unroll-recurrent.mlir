// RUN: mcc-opt %s -split-input-file -mcc-unroll-recurrent | FileCheck %s

// An LSTM over 2 steps: one input projection for both, then per step the
// recurrence gemm (none on the first step: the initial state is zero), the
// four gate slices in ONNX order i, o, f, c, and the cell and hidden updates.
// CHECK-LABEL: func.func @lstm
// CHECK-NOT: mcc.lstm
// CHECK: %[[WT:.*]] = mcc.transpose %{{.*}} {perm = array<i64: 1, 0>}
// CHECK: %[[PROJ:.*]] = mcc.matmul %arg0, %[[WT]] : (tensor<2x?x3xf32>, tensor<3x16xf32>) -> tensor<2x?x16xf32>
// CHECK: mcc.add %[[PROJ]]
// step 0: no recurrence, no forget term
// CHECK: mcc.slice %{{.*}} {axes = array<i64: 0>, ends = array<i64: 1>, starts = array<i64: 0>
// CHECK-NOT: mcc.gemm
// CHECK: mcc.sigmoid
// CHECK: mcc.sigmoid
// CHECK: mcc.tanh
// CHECK: %[[C0:.*]] = mcc.mul
// CHECK: mcc.tanh %[[C0]]
// step 1: h R^T and f * c
// CHECK: mcc.slice %{{.*}} {axes = array<i64: 0>, ends = array<i64: 2>, starts = array<i64: 1>
// CHECK: mcc.gemm %{{.*}}, %{{.*}} {trans_b = true}
// CHECK: mcc.mul %{{.*}}, %[[C0]]
// CHECK: %[[Y:.*]] = mcc.concat
// CHECK-SAME: -> tensor<2x?x4xf32>
// CHECK: %[[Y4:.*]] = mcc.unsqueeze %[[Y]] {axes = array<i64: 1>}
// CHECK: return %[[Y4]]
func.func @lstm(%x: tensor<2x?x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x32xf32>) -> (tensor<2x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>) {
  %y, %h, %c = mcc.lstm %x, %w, %r bias %b {hidden_size = 4 : i64, direction = "forward", activations = ["sigmoid", "tanh", "tanh"]} : (tensor<2x?x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x32xf32>) -> (tensor<2x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>)
  return %y, %h, %c : tensor<2x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>
}

// -----

// A bidirectional GRU: two directions' states concatenated along y's
// direction axis and y_h's first.
// CHECK-LABEL: func.func @bigru
// CHECK-NOT: mcc.gru
// CHECK: mcc.concat %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<3x1x2x5xf32>, tensor<3x1x2x5xf32>) -> tensor<3x2x2x5xf32>
// CHECK: mcc.concat %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<1x2x5xf32>, tensor<1x2x5xf32>) -> tensor<2x2x5xf32>
func.func @bigru(%x: tensor<3x2x4xf32>, %w: tensor<2x15x4xf32>, %r: tensor<2x15x5xf32>, %h0: tensor<2x2x5xf32>) -> (tensor<3x2x2x5xf32>, tensor<2x2x5xf32>) {
  %y, %h = mcc.gru %x, %w, %r initial_h %h0 {hidden_size = 5 : i64, direction = "bidirectional", activations = ["sigmoid", "tanh", "sigmoid", "tanh"], linear_before_reset = true} : (tensor<3x2x4xf32>, tensor<2x15x4xf32>, tensor<2x15x5xf32>, tensor<2x2x5xf32>) -> (tensor<3x2x2x5xf32>, tensor<2x2x5xf32>)
  return %y, %h : tensor<3x2x2x5xf32>, tensor<2x2x5xf32>
}

// -----

// What cannot be unrolled stays whole: a dynamic sequence length, and
// sequence_lens.
// CHECK-LABEL: func.func @kept
// CHECK: mcc.rnn
// CHECK: mcc.rnn
func.func @kept(%x: tensor<?x2x3xf32>, %s: tensor<4x2x3xf32>, %lens: tensor<2xi32>, %w: tensor<1x5x3xf32>, %r: tensor<1x5x5xf32>) -> (tensor<?x1x2x5xf32>, tensor<4x1x2x5xf32>) {
  %y, %h = mcc.rnn %x, %w, %r {hidden_size = 5 : i64, direction = "forward", activations = ["tanh"]} : (tensor<?x2x3xf32>, tensor<1x5x3xf32>, tensor<1x5x5xf32>) -> (tensor<?x1x2x5xf32>, tensor<1x2x5xf32>)
  %y2, %h2 = mcc.rnn %s, %w, %r sequence_lens %lens {hidden_size = 5 : i64, direction = "forward", activations = ["tanh"]} : (tensor<4x2x3xf32>, tensor<1x5x3xf32>, tensor<1x5x5xf32>, tensor<2xi32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>)
  return %y, %y2 : tensor<?x1x2x5xf32>, tensor<4x1x2x5xf32>
}
