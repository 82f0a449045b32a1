// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// 2-D matmul: linalg.matmul into a zero-filled init, M read from the lhs.
// CHECK-LABEL: func.func @matmul_2d_dynamic
// CHECK-SAME: (%[[A:.*]]: tensor<?x64xf32>, %[[B:.*]]: tensor<64x32xf32>)
// CHECK: %[[M:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x64xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[M]]) : tensor<?x32xf32>
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<?x32xf32>)
// CHECK: %[[R:.*]] = linalg.matmul ins(%[[A]], %[[B]] : tensor<?x64xf32>, tensor<64x32xf32>) outs(%[[INIT]] : tensor<?x32xf32>)
// CHECK: return %[[R]]
func.func @matmul_2d_dynamic(%a: tensor<?x64xf32>, %b: tensor<64x32xf32>) -> tensor<?x32xf32> {
  %0 = mcc.matmul %a, %b : (tensor<?x64xf32>, tensor<64x32xf32>) -> tensor<?x32xf32>
  return %0 : tensor<?x32xf32>
}

// -----

// The Transformer case: activations [B, S, K] times weights [K, N] fold B and
// S into M for one linalg.matmul, then split them again.
// CHECK-LABEL: func.func @matmul_batched_lhs_2d_rhs
// CHECK-SAME: (%[[A:.*]]: tensor<?x?x64xf32>, %[[B:.*]]: tensor<64x32xf32>)
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[A]], %c0
// CHECK-DAG: %[[D1:.*]] = tensor.dim %[[A]], %c1
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[A]] {{\[}}[0, 1], [2]] : tensor<?x?x64xf32> into tensor<?x64xf32>
// CHECK: %[[MM:.*]] = linalg.matmul ins(%[[FLAT]], %[[B]] : tensor<?x64xf32>, tensor<64x32xf32>)
// CHECK-NOT: linalg.batch_matmul
// CHECK: %[[R:.*]] = tensor.expand_shape %[[MM]] {{\[}}[0, 1], [2]] output_shape [%{{.*}}, %[[D1]], 32] : tensor<?x32xf32> into tensor<?x?x32xf32>
// CHECK: return %[[R]]
func.func @matmul_batched_lhs_2d_rhs(%a: tensor<?x?x64xf32>, %b: tensor<64x32xf32>) -> tensor<?x?x32xf32> {
  %0 = mcc.matmul %a, %b : (tensor<?x?x64xf32>, tensor<64x32xf32>) -> tensor<?x?x32xf32>
  return %0 : tensor<?x?x32xf32>
}

// -----

// A rhs whose batch dims are all 1 is a matrix too.
// CHECK-LABEL: func.func @matmul_unit_batch_rhs
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : tensor<1x64x32xf32> into tensor<64x32xf32>
// CHECK: linalg.matmul
// CHECK: tensor.expand_shape
func.func @matmul_unit_batch_rhs(%a: tensor<4x8x64xf32>, %b: tensor<1x64x32xf32>) -> tensor<4x8x32xf32> {
  %0 = mcc.matmul %a, %b : (tensor<4x8x64xf32>, tensor<1x64x32xf32>) -> tensor<4x8x32xf32>
  return %0 : tensor<4x8x32xf32>
}

// -----

// 1-D operands: vector-matrix, matrix-vector and dot products.
// CHECK-LABEL: func.func @matmul_vectors
// CHECK: linalg.vecmat ins(%{{.*}}, %{{.*}} : tensor<64xf32>, tensor<64x32xf32>) outs(%{{.*}} : tensor<32xf32>)
// CHECK: linalg.matvec ins(%{{.*}}, %{{.*}} : tensor<32x64xf32>, tensor<64xf32>) outs(%{{.*}} : tensor<32xf32>)
// CHECK: linalg.dot ins(%{{.*}}, %{{.*}} : tensor<64xf32>, tensor<64xf32>) outs(%{{.*}} : tensor<f32>)
func.func @matmul_vectors(%v: tensor<64xf32>, %m: tensor<64x32xf32>, %mt: tensor<32x64xf32>)
    -> (tensor<32xf32>, tensor<32xf32>, tensor<f32>) {
  %0 = mcc.matmul %v, %m : (tensor<64xf32>, tensor<64x32xf32>) -> tensor<32xf32>
  %1 = mcc.matmul %mt, %v : (tensor<32x64xf32>, tensor<64xf32>) -> tensor<32xf32>
  %2 = mcc.matmul %v, %v : (tensor<64xf32>, tensor<64xf32>) -> tensor<f32>
  return %0, %1, %2 : tensor<32xf32>, tensor<32xf32>, tensor<f32>
}

// -----

// Equal batch dims (attention scores, K^T taken from the same tensor): the
// batch dims are provably equal, so no guard, and collapse into one for
// linalg.batch_matmul.
// CHECK-LABEL: func.func @matmul_equal_batch
// CHECK-SAME: (%[[A:.*]]: tensor<?x8x16x64xf32>)
// CHECK-NOT: scf.if
// CHECK: %[[LA:.*]] = tensor.collapse_shape %[[A]] {{\[}}[0, 1], [2], [3]] : tensor<?x8x16x64xf32> into tensor<?x16x64xf32>
// CHECK: %[[LB:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2], [3]] : tensor<?x8x64x16xf32> into tensor<?x64x16xf32>
// CHECK: %[[BMM:.*]] = linalg.batch_matmul ins(%[[LA]], %[[LB]] : tensor<?x16x64xf32>, tensor<?x64x16xf32>)
// CHECK: tensor.expand_shape %[[BMM]] {{\[}}[0, 1], [2], [3]] output_shape [%{{.*}}, 8, 16, 16] : tensor<?x16x16xf32> into tensor<?x8x16x16xf32>
func.func @matmul_equal_batch(%a: tensor<?x8x16x64xf32>) -> tensor<?x8x16x16xf32> {
  %b = mcc.transpose %a {perm = array<i64: 0, 1, 3, 2>} : (tensor<?x8x16x64xf32>) -> tensor<?x8x64x16xf32>
  %0 = mcc.matmul %a, %b : (tensor<?x8x16x64xf32>, tensor<?x8x64x16xf32>) -> tensor<?x8x16x16xf32>
  return %0 : tensor<?x8x16x16xf32>
}

// -----

// Dynamic batch dims of unrelated tensors may be 1 at run time and broadcast:
// the result's batch is `a == 1 ? b : a`, and each operand is copied to it
// under an scf.if when its own dim is 1, before the batch_matmul.
// CHECK-LABEL: func.func @matmul_dynamic_batch_guarded
// CHECK-SAME: (%[[A:.*]]: tensor<?x3x4xf32>, %[[B:.*]]: tensor<?x4x5xf32>)
// CHECK: %[[ONE:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : index
// CHECK: %[[N:.*]] = arith.select %[[ONE]], %{{.*}}, %{{.*}} : index
// CHECK: %[[LA:.*]] = scf.if %{{.*}} -> (tensor<?x3x4xf32>)
// CHECK: linalg.generic
// CHECK: %[[LB:.*]] = scf.if %{{.*}} -> (tensor<?x4x5xf32>)
// CHECK: linalg.generic
// CHECK: linalg.batch_matmul ins(%[[LA]], %[[LB]] : tensor<?x3x4xf32>, tensor<?x4x5xf32>)
func.func @matmul_dynamic_batch_guarded(%a: tensor<?x3x4xf32>, %b: tensor<?x4x5xf32>) -> tensor<?x3x5xf32> {
  %0 = mcc.matmul %a, %b : (tensor<?x3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  return %0 : tensor<?x3x5xf32>
}

// -----

// 3-D with equal batches needs no reshapes.
// CHECK-LABEL: func.func @matmul_batch_3d
// CHECK-NOT: collapse_shape
// CHECK: linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x3x4xf32>, tensor<2x4x5xf32>)
// CHECK-NOT: expand_shape
func.func @matmul_batch_3d(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %0 = mcc.matmul %a, %b : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

// Broadcast batch dims: one linalg.generic over (b0, b1, m, n, k) whose maps
// read the broadcast dims at index 0.
// CHECK-DAG: #[[LHS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
// CHECK-DAG: #[[RHS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (0, d1, d4, d3)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_broadcast_batch
// CHECK: linalg.generic {indexing_maps = [#[[LHS]], #[[RHS]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[P:.*]] = arith.mulf %[[X]], %[[Y]] : f32
// CHECK: %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK: linalg.yield %[[S]]
func.func @matmul_broadcast_batch(%a: tensor<2x3x4x5xf32>, %b: tensor<1x3x5x6xf32>) -> tensor<2x3x4x6xf32> {
  %0 = mcc.matmul %a, %b : (tensor<2x3x4x5xf32>, tensor<1x3x5x6xf32>) -> tensor<2x3x4x6xf32>
  return %0 : tensor<2x3x4x6xf32>
}

// -----

// f16 accumulates in f32 and is truncated once at the end.
// CHECK-LABEL: func.func @matmul_f16
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<3x5xf32>)
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<3x4xf16>, tensor<4x5xf16>) outs(%{{.*}} : tensor<3x5xf32>)
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @matmul_f16(%a: tensor<3x4xf16>, %b: tensor<4x5xf16>) -> tensor<3x5xf16> {
  %0 = mcc.matmul %a, %b : (tensor<3x4xf16>, tensor<4x5xf16>) -> tensor<3x5xf16>
  return %0 : tensor<3x5xf16>
}

// -----

// gemm without bias or scaling is a bare linalg.matmul.
// CHECK-LABEL: func.func @gemm_plain
// CHECK: %[[R:.*]] = linalg.matmul ins
// CHECK-NOT: linalg.generic
// CHECK: return %[[R]]
func.func @gemm_plain(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %0 = mcc.gemm %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// The fully-connected layer: transposed weights are read in place through
// linalg.matmul's indexing maps, the bias is added in one generic, and
// multiplications by one (beta here) are skipped.
// CHECK-DAG: #[[MA:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[MB:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[MC:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @gemm_fc_dynamic_batch
// CHECK-SAME: (%[[A:.*]]: tensor<?x64xf32>, %[[W:.*]]: tensor<32x64xf32>, %[[C:.*]]: tensor<32xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x32xf32>
// CHECK: %[[Z:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<?x32xf32>)
// CHECK: %[[MM:.*]] = linalg.matmul indexing_maps = [#[[MA]], #[[MB]], #[[MC]]] ins(%[[A]], %[[W]] : tensor<?x64xf32>, tensor<32x64xf32>) outs(%[[Z]] : tensor<?x32xf32>)
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[BIAS]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[MM]], %[[C]] : tensor<?x32xf32>, tensor<32xf32>)
// CHECK: ^bb0(%[[ACC:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ALPHA:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[ACC]], %[[ALPHA]] : f32
// CHECK-NOT: arith.mulf
// CHECK: arith.addf %[[SCALED]], %[[B]] : f32
func.func @gemm_fc_dynamic_batch(%a: tensor<?x64xf32>, %w: tensor<32x64xf32>, %c: tensor<32xf32>) -> tensor<?x32xf32> {
  %0 = mcc.gemm %a, %w, %c {trans_b = true, alpha = 0.5} : (tensor<?x64xf32>, tensor<32x64xf32>, tensor<32xf32>) -> tensor<?x32xf32>
  return %0 : tensor<?x32xf32>
}

// -----

// trans_a reads a[k, m].
// CHECK-DAG: #[[MA:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG: #[[MB:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-LABEL: func.func @gemm_trans_a_beta
// CHECK: linalg.matmul indexing_maps = [#[[MA]], #[[MB]], #{{.*}}]
// CHECK: ^bb0(%[[ACC:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[BETA:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: %[[SB:.*]] = arith.mulf %[[B]], %[[BETA]] : f32
// CHECK: arith.addf %[[ACC]], %[[SB]] : f32
func.func @gemm_trans_a_beta(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %0 = mcc.gemm %a, %b, %c {trans_a = true, beta = 2.0} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// beta = 0 drops the bias altogether.
// CHECK-LABEL: func.func @gemm_beta_zero
// CHECK: %[[R:.*]] = linalg.matmul
// CHECK-NOT: linalg.generic
// CHECK: return %[[R]]
func.func @gemm_beta_zero(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<5xf32>) -> tensor<3x5xf32> {
  %0 = mcc.gemm %a, %b, %c {beta = 0.0} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}
