// RUN: mcc-opt %s -split-input-file -mcc-lower-to-kernel-calls -cse | FileCheck %s

// LSTM, bidirectional, dynamic batch, with bias, sequence_lens, initial
// states, peepholes, input_forget and clip: W and R are packed per direction
// at compile time (2 x 32 x 16 floats each: K = 3 and 4 padded to whole
// 16-column panels, N = 4H = 16), the optional operands cross as read-only
// buffers, and the three results are fresh buffers sized from the input.
// Flags: bias 1 | lens 2 | initial_h 4 | initial_c 8 | peepholes 16 |
// input_forget 32 | clip 128 = 191.
// CHECK-LABEL: func.func private @mcc_kernel_lstm
// CHECK-SAME: (memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?xi32, strided<[?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, i64, f32)
// CHECK-SAME: attributes {llvm.emit_c_interface}
// CHECK-LABEL: func.func @lstm_every_option
// CHECK-SAME: (%[[X:.*]]: tensor<5x?x3xf32>, %[[B:.*]]: tensor<2x32xf32>, %[[L:.*]]: tensor<?xi32>, %[[H0:.*]]: tensor<2x?x4xf32>, %[[C0:.*]]: tensor<2x?x4xf32>, %[[P:.*]]: tensor<2x12xf32>)
// CHECK-DAG: %[[N:.*]] = tensor.dim %[[X]], %c1
// CHECK-DAG: %[[PW:.*]] = arith.constant dense<{{.*}}> : tensor<96xf32>
// CHECK-DAG: %[[PR:.*]] = arith.constant dense<{{.*}}> : tensor<128xf32>
// CHECK-DAG: %[[Y:.*]] = memref.alloc(%[[N]]) {alignment = 64 : i64} : memref<5x2x?x4xf32>
// CHECK-DAG: %[[YH:.*]] = memref.alloc(%[[N]]) {alignment = 64 : i64} : memref<2x?x4xf32>
// CHECK-DAG: %[[YC:.*]] = memref.alloc(%[[N]]) {alignment = 64 : i64} : memref<2x?x4xf32>
// CHECK-DAG: bufferization.to_buffer %[[B]] read_only
// CHECK-DAG: bufferization.to_buffer %[[L]] read_only
// CHECK-DAG: bufferization.to_buffer %[[P]] read_only
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 191 : i64
// CHECK-DAG: %[[CLIP:.*]] = arith.constant 2.500000e+00 : f32
// CHECK: call @mcc_kernel_lstm({{.*}}, %[[FLAGS]], %[[CLIP]])
// CHECK-DAG: %[[RY:.*]] = bufferization.to_tensor %[[Y]] restrict writable
// CHECK-DAG: %[[RYH:.*]] = bufferization.to_tensor %[[YH]] restrict writable
// CHECK-DAG: %[[RYC:.*]] = bufferization.to_tensor %[[YC]] restrict writable
// CHECK-NOT: mcc.lstm
// CHECK: return %[[RY]], %[[RYH]], %[[RYC]]
func.func @lstm_every_option(%x: tensor<5x?x3xf32>, %b: tensor<2x32xf32>, %lens: tensor<?xi32>, %h0: tensor<2x?x4xf32>, %c0: tensor<2x?x4xf32>, %p: tensor<2x12xf32>) -> (tensor<5x2x?x4xf32>, tensor<2x?x4xf32>, tensor<2x?x4xf32>) {
  %w = arith.constant dense<0.5> : tensor<2x16x3xf32>
  %r = arith.constant dense<0.25> : tensor<2x16x4xf32>
  %0:3 = mcc.lstm %x, %w, %r bias %b sequence_lens %lens initial_h %h0 initial_c %c0 peepholes %p {hidden_size = 4 : i64, direction = "bidirectional", activations = ["Sigmoid", "Tanh", "Tanh", "sigmoid", "TANH", "tanh"], input_forget = true, clip = 2.5 : f64} : (tensor<5x?x3xf32>, tensor<2x16x3xf32>, tensor<2x16x4xf32>, tensor<2x32xf32>, tensor<?xi32>, tensor<2x?x4xf32>, tensor<2x?x4xf32>, tensor<2x12xf32>) -> (tensor<5x2x?x4xf32>, tensor<2x?x4xf32>, tensor<2x?x4xf32>)
  return %0#0, %0#1, %0#2 : tensor<5x2x?x4xf32>, tensor<2x?x4xf32>, tensor<2x?x4xf32>
}

// -----

// GRU, reverse, linear_before_reset, no bias: W^T [3, 12] is one 16-column
// panel (48 floats); R^T is packed as its z, r columns [4, 8] then its h
// columns [4, 4], one 4 x 16 panel each (128 floats). Flags:
// linear_before_reset 64 | reverse 256 = 320; the unread operands are unit
// allocas.
// CHECK-LABEL: func.func private @mcc_kernel_gru
// CHECK-SAME: (memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?xi32, strided<[?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, i64, f32)
// CHECK-LABEL: func.func @gru_reverse
// CHECK-DAG: arith.constant dense<{{.*}}> : tensor<48xf32>
// CHECK-DAG: arith.constant dense<{{.*}}> : tensor<128xf32>
// CHECK-DAG: memref.alloca() : memref<1x1xf32>
// CHECK-DAG: memref.alloca() : memref<1xi32>
// CHECK-DAG: memref.alloca() : memref<1x1x1xf32>
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 320 : i64
// CHECK: call @mcc_kernel_gru({{.*}}, %[[FLAGS]], %{{.*}})
// CHECK-NOT: mcc.gru
func.func @gru_reverse(%x: tensor<7x1x3xf32>) -> (tensor<7x1x1x4xf32>, tensor<1x1x4xf32>) {
  %w = arith.constant dense<0.5> : tensor<1x12x3xf32>
  %r = arith.constant dense<0.25> : tensor<1x12x4xf32>
  %0:2 = mcc.gru %x, %w, %r {hidden_size = 4 : i64, direction = "reverse", activations = ["Sigmoid", "Tanh"], linear_before_reset = true} : (tensor<7x1x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>) -> (tensor<7x1x1x4xf32>, tensor<1x1x4xf32>)
  return %0#0, %0#1 : tensor<7x1x1x4xf32>, tensor<1x1x4xf32>
}

// -----

// A non-default activation stays on the loop lowering.
// CHECK-LABEL: func.func @lstm_other_activation
// CHECK-NOT: call @mcc_kernel_lstm
// CHECK: mcc.lstm
func.func @lstm_other_activation(%x: tensor<5x2x3xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>) {
  %w = arith.constant dense<0.5> : tensor<1x16x3xf32>
  %r = arith.constant dense<0.25> : tensor<1x16x4xf32>
  %0:3 = mcc.lstm %x, %w, %r {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Relu", "Tanh"]} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0, %0#1, %0#2 : tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
}

// -----

// Weights that are not constants stay on the loop lowering.
// CHECK-LABEL: func.func @gru_runtime_weights
// CHECK-NOT: call @mcc_kernel_gru
// CHECK: mcc.gru
func.func @gru_runtime_weights(%x: tensor<5x2x3xf32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>) {
  %0:2 = mcc.gru %x, %w, %r {hidden_size = 4 : i64, direction = "forward", activations = ["Sigmoid", "Tanh"]} : (tensor<5x2x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0, %0#1 : tensor<5x1x2x4xf32>, tensor<1x2x4xf32>
}
