// RUN: mcc-opt %s -split-input-file -mcc-lower-to-kernel-calls -cse | FileCheck %s

// A fused conv: the constant weight is packed at compile time, the operands
// cross as read-only buffers with dynamic layouts, the result is a fresh
// buffer back in tensors. Flags: bias (8) | residual (32); relu is code 1.
// CHECK-LABEL: func.func private @mcc_kernel_conv2d
// CHECK-SAME: (memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, f32, f32)
// CHECK-SAME: attributes {llvm.emit_c_interface}
// CHECK-LABEL: func.func @conv_epilogue
// CHECK-SAME: (%[[X:.*]]: tensor<2x2x6x6xf32>, %[[ID:.*]]: tensor<2x4x4x4xf32>)
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<{{[0-9]+}}xf32>
// CHECK-DAG: %[[OUT:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x4x4x4xf32>
// CHECK-DAG: %[[XB:.*]] = bufferization.to_buffer %[[X]] read_only
// CHECK-DAG: %[[IDB:.*]] = bufferization.to_buffer %[[ID]] read_only
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 40 : i64
// CHECK-DAG: %[[RELU:.*]] = arith.constant 1 : i64
// CHECK: call @mcc_kernel_conv2d({{.*}}, %[[FLAGS]], %[[RELU]], {{.*}})
// CHECK: %[[R:.*]] = bufferization.to_tensor %[[OUT]] restrict writable
// CHECK-NOT: mcc.fused_conv
// CHECK: return %[[R]]
func.func @conv_epilogue(%x: tensor<2x2x6x6xf32>, %id: tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x2x3x3xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %r = mcc.fused_conv %x, %w bias(%b) residual(%id) {activation = "relu", strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<2x2x6x6xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
  return %r : tensor<2x4x4x4xf32>
}

// -----

// Dynamic batch and image: the result buffer's sizes are the input's batch
// and (in + pads - dilation * (k - 1) - 1) / stride + 1.
// CHECK-LABEL: func.func @conv_dynamic
// CHECK-DAG: %[[N:.*]] = tensor.dim %{{.*}}, %c0
// CHECK-DAG: %[[H:.*]] = tensor.dim %{{.*}}, %c2
// CHECK: memref.alloc(%[[N]], %{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x8x?x?xf32>
// CHECK: call @mcc_kernel_conv2d
func.func @conv_dynamic(%x: tensor<?x3x?x?xf32>) -> tensor<?x8x?x?xf32> {
  %w = arith.constant dense<0.5> : tensor<8x3x3x3xf32>
  %r = mcc.conv %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : (tensor<?x3x?x?xf32>, tensor<8x3x3x3xf32>) -> tensor<?x8x?x?xf32>
  return %r : tensor<?x8x?x?xf32>
}

// -----

// A weight computed at run time (a training step's) is packed by the runtime before the
// kernel reads it.
// CHECK-LABEL: func.func @conv_runtime_weight
// CHECK: %[[W:.*]] = bufferization.to_buffer %arg1 read_only {mcc.kernel_read = {{[0-9]+}} : i64}
// CHECK: %[[WC:.*]] = memref.cast %[[W]]
// CHECK: call @mcc_kernel_conv2d_pack(%[[WC]], {{.*}}) : ({{.*}}, memref<?xf32, {{.*}}>, i64) -> ()
// CHECK: %[[PACKED:.*]] = bufferization.to_tensor {{.*}} : memref<108xf32>
// CHECK: bufferization.to_buffer %[[PACKED]]
// CHECK: call @mcc_kernel_conv2d(
// CHECK-NOT: mcc.conv
func.func @conv_runtime_weight(%x: tensor<1x2x6x6xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %a = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x6x6xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %a : tensor<1x4x4x4xf32>
}

// -----

// Not for the kernels: a 1-D conv, f16.
// CHECK-LABEL: func.func @conv_not_kernels
// CHECK-NOT: call
// CHECK-COUNT-2: mcc.conv
func.func @conv_not_kernels(%y: tensor<1x2x6xf32>, %h: tensor<1x2x6x6xf16>) -> (tensor<1x4x4xf32>, tensor<1x4x4x4xf16>) {
  %w1 = arith.constant dense<1.0> : tensor<4x2x3xf32>
  %b = mcc.conv %y, %w1 {strides = array<i64: 1>, pads = array<i64: 0, 0>, dilations = array<i64: 1>} : (tensor<1x2x6xf32>, tensor<4x2x3xf32>) -> tensor<1x4x4xf32>
  %wh = arith.constant dense<1.0> : tensor<4x2x3x3xf16>
  %c = mcc.conv %h, %wh {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x2x6x6xf16>, tensor<4x2x3x3xf16>) -> tensor<1x4x4x4xf16>
  return %b, %c : tensor<1x4x4xf32>, tensor<1x4x4x4xf16>
}

// -----

// A Linear layer on a batch of sequences: the weight is one matrix, packed
// now (flag 4); every row of the batch goes through as one [1, 6, 4] matrix,
// and the [1, 6, 5] result is reshaped back to [2, 3, 5].
// CHECK-LABEL: func.func private @mcc_kernel_gemm
// CHECK-SAME: (memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?xf32, strided<[?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>, i64, i64, f32, f32)
// CHECK-LABEL: func.func @linear
// CHECK: tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
// CHECK: tensor.expand_shape %{{.*}} {{\[\[}}0, 1], [2]] {{.*}} : tensor<6x4xf32> into tensor<1x6x4xf32>
// CHECK-DAG: %[[OUT:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1x6x5xf32>
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 4 : i64
// CHECK: call @mcc_kernel_gemm({{.*}}, %[[FLAGS]], {{.*}})
// CHECK: %[[T:.*]] = bufferization.to_tensor %[[OUT]]
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[T]] {{\[\[}}0, 1], [2]] : tensor<1x6x5xf32> into tensor<6x5xf32>
// CHECK: %[[E:.*]] = tensor.expand_shape %[[C]] {{\[\[}}0, 1], [2]] {{.*}} : tensor<6x5xf32> into tensor<2x3x5xf32>
// CHECK: return %[[E]]
func.func @linear(%x: tensor<2x3x4xf32>) -> tensor<2x3x5xf32> {
  %w = arith.constant dense<1.0> : tensor<4x5xf32>
  %r = mcc.matmul %x, %w : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// -----

// PyTorch's Linear: rhs [N, K] read transposed (2) and packed (4), a bias
// per column (8), GELU (8).
// CHECK-LABEL: func.func @linear_gelu
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 14 : i64
// CHECK-DAG: %[[GELU:.*]] = arith.constant 8 : i64
// CHECK: call @mcc_kernel_gemm({{.*}}, %[[FLAGS]], %[[GELU]], {{.*}})
func.func @linear_gelu(%x: tensor<?x16xf32>) -> tensor<?x8xf32> {
  %w = arith.constant dense<0.25> : tensor<8x16xf32>
  %b = arith.constant dense<1.0> : tensor<1x8xf32>
  %r = mcc.fused_matmul %x, %w bias(%b) {trans_b = true, activation = "gelu"} : (tensor<?x16xf32>, tensor<8x16xf32>, tensor<1x8xf32>) -> tensor<?x8xf32>
  return %r : tensor<?x8xf32>
}

// -----

// Two activations with the same static batch: a batched product, nothing
// packed (flags 0), [2, 6, 3, 4] x [2, 6, 4, 5] as [12, 3, 4] x [12, 4, 5].
// CHECK-LABEL: func.func @batched
// CHECK-DAG: tensor.collapse_shape %{{.*}} : tensor<2x6x3x4xf32> into tensor<12x3x4xf32>
// CHECK-DAG: tensor.collapse_shape %{{.*}} : tensor<2x6x4x5xf32> into tensor<12x4x5xf32>
// CHECK-DAG: %[[OUT:.*]] = memref.alloc() {alignment = 64 : i64} : memref<12x3x5xf32>
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 0 : i64
// CHECK: call @mcc_kernel_gemm({{.*}}, %[[FLAGS]], {{.*}})
// CHECK: tensor.expand_shape %{{.*}} : tensor<12x3x5xf32> into tensor<2x6x3x5xf32>
func.func @batched(%a: tensor<2x6x3x4xf32>, %b: tensor<2x6x4x5xf32>) -> tensor<2x6x3x5xf32> {
  %r = mcc.matmul %a, %b : (tensor<2x6x3x4xf32>, tensor<2x6x4x5xf32>) -> tensor<2x6x3x5xf32>
  return %r : tensor<2x6x3x5xf32>
}

// -----

// Dynamic batch dims on both sides may broadcast at run time; a 1-D operand;
// integer elements: all left to the linalg lowering.
// CHECK-LABEL: func.func @matmul_not_kernels
// CHECK-NOT: call
// CHECK-COUNT-3: mcc.matmul
func.func @matmul_not_kernels(%a: tensor<?x3x4xf32>, %b: tensor<?x4x5xf32>, %v: tensor<4xf32>, %i: tensor<3x4xi32>, %j: tensor<4x5xi32>) -> (tensor<?x3x5xf32>, tensor<?x3xf32>, tensor<3x5xi32>) {
  %r = mcc.matmul %a, %b : (tensor<?x3x4xf32>, tensor<?x4x5xf32>) -> tensor<?x3x5xf32>
  %s = mcc.matmul %a, %v : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<?x3xf32>
  %t = mcc.matmul %i, %j : (tensor<3x4xi32>, tensor<4x5xi32>) -> tensor<3x5xi32>
  return %r, %s, %t : tensor<?x3x5xf32>, tensor<?x3xf32>, tensor<3x5xi32>
}

// -----

// Gemm with transA (1) and a [M, N] c: c is the residual (32).
// CHECK-LABEL: func.func @gemm_trans_a
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 33 : i64
// CHECK: call @mcc_kernel_gemm({{.*}}, %[[FLAGS]], {{.*}})
// CHECK: tensor.collapse_shape %{{.*}} : tensor<1x3x5xf32> into tensor<3x5xf32>
func.func @gemm_trans_a(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a, %b, %c {trans_a = true} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// -----

// alpha other than 1: left for the linalg lowering.
// CHECK-LABEL: func.func @gemm_alpha
// CHECK-NOT: call
// CHECK: mcc.gemm
func.func @gemm_alpha(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %r = mcc.gemm %a, %b {alpha = 2.0 : f64} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %r : tensor<3x5xf32>
}

// -----

// Multi-head attention [B, H, S, D] with an additive padding mask [B, 1, 1, S]
// (flag 64): one kernel call, the mask read where it broadcasts.
// CHECK-LABEL: func.func private @mcc_kernel_attention
// CHECK-SAME: memref<?x?x?x?xi1, strided<[?, ?, ?, ?], offset: ?>>
// CHECK-LABEL: func.func @attention_mask
// CHECK-DAG: %[[OUT:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x4x8x16xf32>
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 64 : i64
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 2.500000e-01 : f32
// CHECK: call @mcc_kernel_attention({{.*}}, %[[FLAGS]], %[[SCALE]], {{.*}})
// CHECK-NOT: mcc.attention
func.func @attention_mask(%q: tensor<2x4x8x16xf32>, %k: tensor<2x4x8x16xf32>, %v: tensor<2x4x8x16xf32>, %m: tensor<2x1x1x8xf32>) -> tensor<2x4x8x16xf32> {
  %r = mcc.attention %q, %k, %v mask(%m) {scale = 0.25 : f64} : (tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>, tensor<2x1x1x8xf32>) -> tensor<2x4x8x16xf32>
  return %r : tensor<2x4x8x16xf32>
}

// -----

// Rank 3 [B*H, S, D] with a boolean causal `keep` [S, S] (flag 128) and a
// dynamic sequence: both become rank 4 with unit dims in front, and the
// result goes back to rank 3.
// CHECK-LABEL: func.func @attention_keep
// CHECK-DAG: tensor.expand_shape %{{.*}} {{\[\[}}0, 1], [2], [3]] {{.*}} : tensor<6x?x8xf32> into tensor<1x6x?x8xf32>
// CHECK-DAG: tensor.expand_shape %{{.*}} {{\[\[}}0, 1, 2], [3]] {{.*}} : tensor<?x?xi1> into tensor<1x1x?x?xi1>
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 128 : i64
// CHECK: call @mcc_kernel_attention({{.*}}, %[[FLAGS]], {{.*}})
// CHECK: tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2], [3]] : tensor<1x6x?x8xf32> into tensor<6x?x8xf32>
func.func @attention_keep(%q: tensor<6x?x8xf32>, %k: tensor<6x?x8xf32>, %v: tensor<6x?x8xf32>, %keep: tensor<?x?xi1>) -> tensor<6x?x8xf32> {
  %r = mcc.attention %q, %k, %v keep(%keep) {scale = 0.35 : f64, fill = -1.0e+09 : f64} : (tensor<6x?x8xf32>, tensor<6x?x8xf32>, tensor<6x?x8xf32>, tensor<?x?xi1>) -> tensor<6x?x8xf32>
  return %r : tensor<6x?x8xf32>
}

// -----

// A dynamic c the size of the result may broadcast at run time ([1, N]
// against [M, N]): not a residual; left for the linalg lowering.
// CHECK-LABEL: func.func @gemm_dynamic_c
// CHECK-NOT: call
// CHECK: mcc.gemm
func.func @gemm_dynamic_c(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>, %c: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = mcc.gemm %a, %b, %c : (tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}
