// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// LSTM, forward, dynamic batch: the input projection of all steps is one
// matmul on X collapsed to [seq*batch, in] against W^T, starting from the
// broadcast bias Wb + Rb; then an scf.for over time carrying h, c and y. Each
// step is h x R^T and one generic applying the gates in ONNX order i, o, f, c.
// CHECK-LABEL: func.func @lstm_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<5x?x3xf32>, %[[W:.*]]: tensor<1x16x3xf32>, %[[R:.*]]: tensor<1x16x4xf32>, %[[B:.*]]: tensor<1x32xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<5x?x3xf32>
// CHECK: %[[Y:.*]] = tensor.empty(%[[N]]) : tensor<5x1x?x4xf32>
// CHECK: %[[WD:.*]] = tensor.extract_slice %[[W]][0, 0, 0] [1, 16, 3] [1, 1, 1] : tensor<1x16x3xf32> to tensor<16x3xf32>
// CHECK: %[[WT:.*]] = linalg.transpose ins(%[[WD]] : tensor<16x3xf32>) outs(%{{.*}} : tensor<3x16xf32>) permutation = [1, 0]
// CHECK: %[[RT:.*]] = linalg.transpose ins(%{{.*}} : tensor<16x4xf32>) outs(%{{.*}} : tensor<4x16xf32>) permutation = [1, 0]
// CHECK: %[[BIAS:.*]] = linalg.generic
// CHECK: arith.addf
// CHECK: %[[XF:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2]] : tensor<5x?x3xf32> into tensor<?x3xf32>
// CHECK: %[[BB:.*]] = linalg.broadcast ins(%[[BIAS]] : tensor<16xf32>) outs(%{{.*}} : tensor<?x16xf32>) dimensions = [0]
// CHECK: %[[P:.*]] = linalg.matmul ins(%[[XF]], %[[WT]] : tensor<?x3xf32>, tensor<3x16xf32>) outs(%[[BB]] : tensor<?x16xf32>)
// CHECK: %[[P3:.*]] = tensor.expand_shape %[[P]] {{\[}}[0, 1], [2]] output_shape [5, %[[N]], 16] : tensor<?x16xf32> into tensor<5x?x16xf32>
// CHECK: %[[H0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x4xf32>)
// CHECK: %[[C0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x4xf32>)
// CHECK: %[[LOOP:.*]]:3 = scf.for %[[T:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[H:.*]] = %[[H0]], %[[C:.*]] = %[[C0]], %[[YACC:.*]] = %[[Y]])
// CHECK: %[[XT:.*]] = tensor.extract_slice %[[P3]][%[[T]], 0, 0] [1, %{{.*}}, 16] [1, 1, 1] : tensor<5x?x16xf32> to tensor<?x16xf32>
// CHECK: %[[HR:.*]] = linalg.matmul ins(%[[H]], %[[RT]] : tensor<?x4xf32>, tensor<4x16xf32>)
// CHECK: tensor.extract_slice %[[XT]][0, 12] [%{{.*}}, 4] [1, 1]
// CHECK: tensor.extract_slice %[[HR]][0, 12] [%{{.*}}, 4] [1, 1]
// CHECK: %[[G:.*]]:2 = linalg.generic
// CHECK-SAME: %[[C]] : {{.*}}) outs(
// CHECK: math.exp
// CHECK: math.tanh
// CHECK: math.tanh
// CHECK: linalg.yield
// CHECK: %[[YN:.*]] = tensor.insert_slice %[[G]]#0 into %[[YACC]][%[[T]], 0, 0, 0] [1, 1, %{{.*}}, 4] [1, 1, 1, 1] : tensor<?x4xf32> into tensor<5x1x?x4xf32>
// CHECK: %[[HN:.*]] = linalg.copy ins(%[[G]]#0 : tensor<?x4xf32>) outs(%[[H]] : tensor<?x4xf32>)
// CHECK: %[[CN:.*]] = linalg.copy ins(%[[G]]#1 : tensor<?x4xf32>) outs(%[[C]] : tensor<?x4xf32>)
// CHECK: scf.yield %[[HN]], %[[CN]], %[[YN]]
// CHECK: %[[YH:.*]] = tensor.insert_slice %[[LOOP]]#0 into %{{.*}}[0, 0, 0] [1, %{{.*}}, 4] [1, 1, 1]
// CHECK: %[[YC:.*]] = tensor.insert_slice %[[LOOP]]#1 into %{{.*}}[0, 0, 0] [1, %{{.*}}, 4] [1, 1, 1]
// CHECK: return %[[LOOP]]#2, %[[YH]], %[[YC]]
func.func @lstm_dynamic_batch(%x: tensor<5x?x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %b: tensor<1x32xf32>) -> (tensor<5x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>) {
  %0:3 = mcc.lstm %x, %w, %r bias %b {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Tanh", "Tanh"]} : (tensor<5x?x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<1x32xf32>) -> (tensor<5x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>)
  return %0#0, %0#1, %0#2 : tensor<5x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>
}

// -----

// GRU, reverse: t = seq - 1 - iv. Without linear_before_reset the reset gate
// multiplies h before the h-gate matmul, so each step has two matmuls: h x
// [Rz; Rr]^T, then (r * h) x Rh^T.
// CHECK-LABEL: func.func @gru_reverse
// CHECK: scf.for %[[IV:.*]] = %{{.*}} to %[[SEQ:.*]] step
// CHECK: %[[S:.*]] = arith.subi %[[SEQ]], %[[IV]] : index
// CHECK: %[[T:.*]] = arith.subi %[[S]], %{{.*}} : index
// CHECK: tensor.extract_slice %{{.*}}[%[[T]], 0, 0] [1, 2, 15] [1, 1, 1] : tensor<4x2x15xf32> to tensor<2x15xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 0] [5, 10] [1, 1] : tensor<5x15xf32> to tensor<5x10xf32>
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<2x5xf32>, tensor<5x10xf32>)
// CHECK: %[[RH:.*]] = linalg.generic
// CHECK: arith.mulf
// CHECK: tensor.extract_slice %{{.*}}[0, 10] [5, 5] [1, 1] : tensor<5x15xf32> to tensor<5x5xf32>
// CHECK: linalg.matmul ins(%[[RH]], %{{.*}} : tensor<2x5xf32>, tensor<5x5xf32>)
// CHECK: linalg.generic
// CHECK: math.tanh
// CHECK: tensor.insert_slice %{{.*}} into %{{.*}}[%[[T]], 0, 0, 0] [1, 1, 2, 5]
func.func @gru_reverse(%x: tensor<4x2x3xf32>, %w: tensor<1x15x3xf32>, %r: tensor<1x15x5xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>) {
  %0:2 = mcc.gru %x, %w, %r {hidden_size = 5 : i64, direction = "reverse", activations = ["Sigmoid", "Tanh"]} : (tensor<4x2x3xf32>, tensor<1x15x3xf32>, tensor<1x15x5xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>)
  return %0#0, %0#1 : tensor<4x1x2x5xf32>, tensor<1x2x5xf32>
}

// -----

// GRU with linear_before_reset: the input projection's bias holds Wb + Rb for
// z and r but only Wbh for the h gate; per step, one matmul for z and r and
// one for the h gate starting from its recurrence bias Rbh, which the reset
// gate multiplies.
// CHECK-LABEL: func.func @gru_linear_before_reset
// CHECK: %[[XB:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[10] [5] [1] : tensor<5xf32> into tensor<15xf32>
// CHECK: linalg.broadcast ins(%[[XB]] : tensor<15xf32>) outs(%{{.*}} : tensor<8x15xf32>) dimensions = [0]
// CHECK: %[[RBHB:.*]] = linalg.broadcast ins(%{{.*}} : tensor<5xf32>) outs(%{{.*}} : tensor<2x5xf32>) dimensions = [0]
// CHECK: scf.for
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<2x5xf32>, tensor<5x10xf32>)
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<2x5xf32>, tensor<5x5xf32>) outs(%[[RBHB]] : tensor<2x5xf32>)
// CHECK: linalg.generic
// CHECK: scf.yield
func.func @gru_linear_before_reset(%x: tensor<4x2x3xf32>, %w: tensor<1x15x3xf32>, %r: tensor<1x15x5xf32>, %b: tensor<1x30xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>) {
  %0:2 = mcc.gru %x, %w, %r bias %b {hidden_size = 5 : i64, direction = "forward", activations = ["Sigmoid", "Tanh"], linear_before_reset = true} : (tensor<4x2x3xf32>, tensor<1x15x3xf32>, tensor<1x15x5xf32>, tensor<1x30xf32>) -> (tensor<4x1x2x5xf32>, tensor<1x2x5xf32>)
  return %0#0, %0#1 : tensor<4x1x2x5xf32>, tensor<1x2x5xf32>
}

// -----

// RNN, bidirectional, dynamic sequence and batch, clip: the projection is a
// 3-D contraction (no reshape with two dynamic dims), the given initial h is
// copied (the loop updates its state in place), the second direction walks
// backwards and writes y[t, 1], and activations are per direction, applied
// after clipping to [-clip, clip].
// CHECK-DAG: #[[XIN:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @rnn_bidirectional_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x3xf32>, %{{.*}}: tensor<2x4x3xf32>, %{{.*}}: tensor<2x4x4xf32>, %[[H0:.*]]: tensor<2x?x4xf32>)
// CHECK: %[[SEQ:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x?x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[XIN]], #[[WIN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]], %{{.*}} : tensor<?x?x3xf32>, tensor<3x4xf32>)
// CHECK: %[[H0F:.*]] = tensor.extract_slice %[[H0]][0, 0, 0]
// CHECK: %[[H0FC:.*]] = linalg.copy ins(%[[H0F]] : tensor<?x4xf32>)
// CHECK: %[[FWD:.*]]:2 = scf.for %{{.*}} = %{{.*}} to %[[SEQ]] step %{{.*}} iter_args(%{{.*}} = %[[H0FC]], %{{.*}} = %{{.*}})
// CHECK-DAG: %[[HI:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[LO:.*]] = arith.constant -2.000000e+00 : f32
// CHECK: %[[LOW:.*]] = arith.maximumf %{{.*}}, %[[LO]] : f32
// CHECK: arith.minimumf %[[LOW]], %[[HI]] : f32
// CHECK: math.tanh
// CHECK: tensor.insert_slice %{{.*}} into %{{.*}}[%{{.*}}, 0, 0, 0] [1, 1, %{{.*}}, 4]
// CHECK: %[[H0B:.*]] = tensor.extract_slice %[[H0]][1, 0, 0]
// CHECK: scf.for %[[IV:.*]] = %{{.*}} to %[[SEQ]] step %{{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[FWD]]#1)
// CHECK: arith.subi %[[SEQ]], %[[IV]] : index
// CHECK: arith.minimumf
// CHECK: arith.maximumf %{{.*}}, %{{.*}} : f32
// CHECK: tensor.insert_slice %{{.*}} into %{{.*}}[%{{.*}}, 1, 0, 0] [1, 1, %{{.*}}, 4]
func.func @rnn_bidirectional_dynamic(%x: tensor<?x?x3xf32>, %w: tensor<2x4x3xf32>, %r: tensor<2x4x4xf32>, %h: tensor<2x?x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<2x?x4xf32>) {
  %0:2 = mcc.rnn %x, %w, %r initial_h %h {hidden_size = 4 : i64, direction = "bidirectional", activations = ["Tanh", "Relu"], clip = 2.0 : f64} : (tensor<?x?x3xf32>, tensor<2x4x3xf32>, tensor<2x4x4xf32>, tensor<2x?x4xf32>) -> (tensor<?x2x?x4xf32>, tensor<2x?x4xf32>)
  return %0#0, %0#1 : tensor<?x2x?x4xf32>, tensor<2x?x4xf32>
}
