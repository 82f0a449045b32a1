// RUN: mcc-opt %s -split-input-file -mcc-fuse-attention | FileCheck %s

// BERT: scores divided by sqrt(d), an additive mask, K^T a transpose of K's
// producer ([B, S, H, D] -> [B, H, D, S]), which becomes the key [B, H, S, D].
// CHECK-LABEL: func.func @bert
// CHECK-SAME: (%[[Q:.*]]: tensor<?x4x32x16xf32>, %[[K:.*]]: tensor<?x32x4x16xf32>, %[[V:.*]]: tensor<?x4x32x16xf32>, %[[M:.*]]: tensor<?x1x1x32xf32>)
// CHECK: %[[KT:.*]] = mcc.transpose %[[K]] {perm = array<i64: 0, 2, 1, 3>}
// CHECK: %[[A:.*]] = mcc.attention %[[Q]], %[[KT]], %[[V]] mask(%[[M]]) {scale = 2.500000e-01 : f64}
// CHECK-NOT: mcc.softmax
// CHECK-NOT: mcc.matmul
// CHECK: return %[[A]]
func.func @bert(%q: tensor<?x4x32x16xf32>, %k: tensor<?x32x4x16xf32>, %v: tensor<?x4x32x16xf32>, %mask: tensor<?x1x1x32xf32>) -> tensor<?x4x32x16xf32> {
  %c = arith.constant dense<4.0> : tensor<f32>
  %kt = mcc.transpose %k {perm = array<i64: 0, 2, 3, 1>} : (tensor<?x32x4x16xf32>) -> tensor<?x4x16x32xf32>
  %s = mcc.matmul %q, %kt : (tensor<?x4x32x16xf32>, tensor<?x4x16x32xf32>) -> tensor<?x4x32x32xf32>
  %d = mcc.div %s, %c : (tensor<?x4x32x32xf32>, tensor<f32>) -> tensor<?x4x32x32xf32>
  %a = mcc.add %d, %mask : (tensor<?x4x32x32xf32>, tensor<?x1x1x32xf32>) -> tensor<?x4x32x32xf32>
  %p = mcc.softmax %a {axis = 3 : i64} : tensor<?x4x32x32xf32> -> tensor<?x4x32x32xf32>
  %o = mcc.matmul %p, %v : (tensor<?x4x32x32xf32>, tensor<?x4x32x16xf32>) -> tensor<?x4x32x16xf32>
  return %o : tensor<?x4x32x16xf32>
}

// -----

// nn.MultiheadAttention: rank 3 [B*H, S, D], q divided before the matmul,
// K^T a transpose (1, 2, 0) of [S, B*H, D]; the mask is added first.
// CHECK-LABEL: func.func @multihead_rank3
// CHECK-SAME: (%[[Q:.*]]: tensor<?x16x16xf32>, %[[K:.*]]: tensor<16x?x16xf32>, %[[V:.*]]: tensor<?x16x16xf32>, %[[M:.*]]: tensor<16x16xf32>)
// CHECK: %[[KT:.*]] = mcc.transpose %[[K]] {perm = array<i64: 1, 0, 2>}
// CHECK: mcc.attention %[[Q]], %[[KT]], %[[V]] mask(%[[M]]) {scale = 2.500000e-01 : f64}
// CHECK-NOT: mcc.softmax
func.func @multihead_rank3(%q: tensor<?x16x16xf32>, %k: tensor<16x?x16xf32>, %v: tensor<?x16x16xf32>, %mask: tensor<16x16xf32>) -> tensor<?x16x16xf32> {
  %c = arith.constant dense<4.0> : tensor<f32>
  %qs = mcc.div %q, %c : (tensor<?x16x16xf32>, tensor<f32>) -> tensor<?x16x16xf32>
  %kt = mcc.transpose %k {perm = array<i64: 1, 2, 0>} : (tensor<16x?x16xf32>) -> tensor<?x16x16xf32>
  %s = mcc.matmul %qs, %kt : (tensor<?x16x16xf32>, tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %a = mcc.add %mask, %s : (tensor<16x16xf32>, tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %p = mcc.softmax %a {axis = 2 : i64} : tensor<?x16x16xf32> -> tensor<?x16x16xf32>
  %o = mcc.matmul %p, %v : (tensor<?x16x16xf32>, tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  return %o : tensor<?x16x16xf32>
}

// -----

// GPT-2: a causal Where with a fill value after the scaling; the scale on both
// sides multiplies up. K^T that is no transpose gets one back.
// CHECK-LABEL: func.func @gpt2_causal
// CHECK-SAME: (%[[Q:.*]]: tensor<?x2x8x4xf32>, %[[KT:.*]]: tensor<?x2x4x8xf32>, %[[V:.*]]: tensor<?x2x8x4xf32>, %[[C:.*]]: tensor<1x1x8x8xi1>)
// CHECK: %[[K:.*]] = mcc.transpose %[[KT]] {perm = array<i64: 0, 1, 3, 2>}
// CHECK: mcc.attention %[[Q]], %[[K]], %[[V]] keep(%[[C]]) {fill = -1.000000e+04 : f64, scale = 1.250000e-01 : f64}
// CHECK-NOT: mcc.where
// CHECK-NOT: mcc.softmax
func.func @gpt2_causal(%q: tensor<?x2x8x4xf32>, %kt: tensor<?x2x4x8xf32>, %v: tensor<?x2x8x4xf32>, %causal: tensor<1x1x8x8xi1>) -> tensor<?x2x8x4xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %four = arith.constant dense<4.0> : tensor<f32>
  %fill = arith.constant dense<-1.0e4> : tensor<f32>
  %qs = mcc.mul %half, %q : (tensor<f32>, tensor<?x2x8x4xf32>) -> tensor<?x2x8x4xf32>
  %s = mcc.matmul %qs, %kt : (tensor<?x2x8x4xf32>, tensor<?x2x4x8xf32>) -> tensor<?x2x8x8xf32>
  %d = mcc.div %s, %four : (tensor<?x2x8x8xf32>, tensor<f32>) -> tensor<?x2x8x8xf32>
  %w = mcc.where %causal, %d, %fill : (tensor<1x1x8x8xi1>, tensor<?x2x8x8xf32>, tensor<f32>) -> tensor<?x2x8x8xf32>
  %p = mcc.softmax %w {axis = 3 : i64} : tensor<?x2x8x8xf32> -> tensor<?x2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<?x2x8x8xf32>, tensor<?x2x8x4xf32>) -> tensor<?x2x8x4xf32>
  return %o : tensor<?x2x8x4xf32>
}

// -----

// A transpose of K^T that swaps the last two dims is K itself.
// CHECK-LABEL: func.func @plain_transpose
// CHECK-SAME: (%[[Q:.*]]: tensor<2x8x4xf32>, %[[K:.*]]: tensor<2x8x4xf32>, %[[V:.*]]: tensor<2x8x4xf32>)
// CHECK-NOT: mcc.transpose
// CHECK: mcc.attention %[[Q]], %[[K]], %[[V]] :
func.func @plain_transpose(%q: tensor<2x8x4xf32>, %k: tensor<2x8x4xf32>, %v: tensor<2x8x4xf32>) -> tensor<2x8x4xf32> {
  %kt = mcc.transpose %k {perm = array<i64: 0, 2, 1>} : (tensor<2x8x4xf32>) -> tensor<2x4x8xf32>
  %s = mcc.matmul %q, %kt : (tensor<2x8x4xf32>, tensor<2x4x8xf32>) -> tensor<2x8x8xf32>
  %p = mcc.softmax %s {axis = 2 : i64} : tensor<2x8x8xf32> -> tensor<2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x8x8xf32>, tensor<2x8x4xf32>) -> tensor<2x8x4xf32>
  return %o : tensor<2x8x4xf32>
}

// -----

// Softmax along the query axis is not attention.
// CHECK-LABEL: func.func @softmax_wrong_axis
// CHECK-NOT: mcc.attention
// CHECK: mcc.softmax %{{.*}} {axis = 1 : i64}
func.func @softmax_wrong_axis(%q: tensor<2x8x4xf32>, %kt: tensor<2x4x8xf32>, %v: tensor<2x8x4xf32>) -> tensor<2x8x4xf32> {
  %s = mcc.matmul %q, %kt : (tensor<2x8x4xf32>, tensor<2x4x8xf32>) -> tensor<2x8x8xf32>
  %p = mcc.softmax %s {axis = 1 : i64} : tensor<2x8x8xf32> -> tensor<2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x8x8xf32>, tensor<2x8x4xf32>) -> tensor<2x8x4xf32>
  return %o : tensor<2x8x4xf32>
}

// -----

// The second matmul reads something other than a softmax.
// CHECK-LABEL: func.func @no_softmax
// CHECK-NOT: mcc.attention
// CHECK: mcc.relu
func.func @no_softmax(%q: tensor<2x8x4xf32>, %kt: tensor<2x4x8xf32>, %v: tensor<2x8x4xf32>) -> tensor<2x8x4xf32> {
  %s = mcc.matmul %q, %kt : (tensor<2x8x4xf32>, tensor<2x4x8xf32>) -> tensor<2x8x8xf32>
  %p = mcc.relu %s : tensor<2x8x8xf32> -> tensor<2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x8x8xf32>, tensor<2x8x4xf32>) -> tensor<2x8x4xf32>
  return %o : tensor<2x8x4xf32>
}

// -----

// The probabilities are returned too (e.g. need_weights): the score matrix
// stays, so nothing is fused.
// CHECK-LABEL: func.func @probs_used_twice
// CHECK-NOT: mcc.attention
// CHECK: mcc.softmax
func.func @probs_used_twice(%q: tensor<2x8x4xf32>, %kt: tensor<2x4x8xf32>, %v: tensor<2x8x4xf32>) -> (tensor<2x8x4xf32>, tensor<2x8x8xf32>) {
  %s = mcc.matmul %q, %kt : (tensor<2x8x4xf32>, tensor<2x4x8xf32>) -> tensor<2x8x8xf32>
  %p = mcc.softmax %s {axis = 2 : i64} : tensor<2x8x8xf32> -> tensor<2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x8x8xf32>, tensor<2x8x4xf32>) -> tensor<2x8x4xf32>
  return %o, %p : tensor<2x8x4xf32>, tensor<2x8x8xf32>
}

// -----

// The scaled scores feed another op as well.
// CHECK-LABEL: func.func @scores_used_twice
// CHECK-NOT: mcc.attention
// CHECK: mcc.softmax
func.func @scores_used_twice(%q: tensor<2x8x4xf32>, %kt: tensor<2x4x8xf32>, %v: tensor<2x8x4xf32>) -> (tensor<2x8x4xf32>, tensor<2x8x8xf32>) {
  %c = arith.constant dense<2.0> : tensor<f32>
  %s = mcc.matmul %q, %kt : (tensor<2x8x4xf32>, tensor<2x4x8xf32>) -> tensor<2x8x8xf32>
  %d = mcc.div %s, %c : (tensor<2x8x8xf32>, tensor<f32>) -> tensor<2x8x8xf32>
  %p = mcc.softmax %d {axis = 2 : i64} : tensor<2x8x8xf32> -> tensor<2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x8x8xf32>, tensor<2x8x4xf32>) -> tensor<2x8x4xf32>
  return %o, %s : tensor<2x8x4xf32>, tensor<2x8x8xf32>
}

// -----

// A per-key scale is not a scalar: it stays a division and nothing fuses.
// CHECK-LABEL: func.func @non_scalar_scale
// CHECK-NOT: mcc.attention
// CHECK: mcc.div
// CHECK: mcc.softmax
func.func @non_scalar_scale(%q: tensor<2x8x4xf32>, %kt: tensor<2x4x8xf32>, %v: tensor<2x8x4xf32>) -> tensor<2x8x4xf32> {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  %s = mcc.matmul %q, %kt : (tensor<2x8x4xf32>, tensor<2x4x8xf32>) -> tensor<2x8x8xf32>
  %d = mcc.div %s, %c : (tensor<2x8x8xf32>, tensor<8xf32>) -> tensor<2x8x8xf32>
  %p = mcc.softmax %d {axis = 2 : i64} : tensor<2x8x8xf32> -> tensor<2x8x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x8x8xf32>, tensor<2x8x4xf32>) -> tensor<2x8x4xf32>
  return %o : tensor<2x8x4xf32>
}

// -----

// A mask that widens the scores (here to 3 query rows from 1) is a shape the
// op does not take; the chain stays.
// CHECK-LABEL: func.func @mask_widens_scores
// CHECK-NOT: mcc.attention
// CHECK: mcc.transpose
// CHECK-NEXT: mcc.matmul
// CHECK-NEXT: mcc.add
// CHECK-NEXT: mcc.softmax
func.func @mask_widens_scores(%q: tensor<2x1x4xf32>, %k: tensor<2x8x4xf32>, %v: tensor<2x8x4xf32>, %mask: tensor<3x8xf32>) -> tensor<2x3x4xf32> {
  %kt = mcc.transpose %k {perm = array<i64: 0, 2, 1>} : (tensor<2x8x4xf32>) -> tensor<2x4x8xf32>
  %s = mcc.matmul %q, %kt : (tensor<2x1x4xf32>, tensor<2x4x8xf32>) -> tensor<2x1x8xf32>
  %a = mcc.add %s, %mask : (tensor<2x1x8xf32>, tensor<3x8xf32>) -> tensor<2x3x8xf32>
  %p = mcc.softmax %a {axis = 2 : i64} : tensor<2x3x8xf32> -> tensor<2x3x8xf32>
  %o = mcc.matmul %p, %v : (tensor<2x3x8xf32>, tensor<2x8x4xf32>) -> tensor<2x3x4xf32>
  return %o : tensor<2x3x4xf32>
}
