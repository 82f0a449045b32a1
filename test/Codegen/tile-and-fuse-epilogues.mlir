// RUN: mcc-opt %s -split-input-file -mcc-tile-and-fuse-epilogues -canonicalize | FileCheck %s

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#ch = affine_map<(d0, d1, d2, d3) -> (d1)>

// A conv, its fill and its in-place epilogue become one loop over images and
// tiles of 16 output channels; the padded input is computed once, outside.
// CHECK-LABEL: func.func @conv_kernel
// CHECK: %[[PAD:.*]] = tensor.pad
// CHECK: %[[INIT:.*]] = tensor.empty
// CHECK: scf.for %[[N:.*]] = {{.*}} iter_args(%[[OUT:.*]] = %[[INIT]])
// CHECK: scf.for %[[M:.*]] = {{.*}} iter_args(%[[OUT2:.*]] = %[[OUT]])
// CHECK: tensor.extract_slice %[[PAD]][%[[N]], 0, 0, 0] [1, 4, 10, 10]
// CHECK: %[[DEST:.*]] = tensor.extract_slice %[[OUT2]][%[[N]], %[[M]], 0, 0] [1, 16, 8, 8]
// CHECK: %[[F:.*]] = linalg.fill {{.*}} outs(%[[DEST]] : tensor<1x16x8x8xf32>)
// CHECK: %[[C:.*]] = linalg.conv_2d_nchw_fchw {{.*}} outs(%[[F]] : tensor<1x16x8x8xf32>)
// CHECK: %[[E:.*]] = linalg.generic {{.*}} outs(%[[C]] : tensor<1x16x8x8xf32>)
// CHECK: tensor.insert_slice %[[E]] into %[[OUT2]]
// CHECK: } {mcc.kernel}
// CHECK-NOT: linalg.
// CHECK: return
func.func @conv_kernel(%x: tensor<2x4x8x8xf32>, %w: tensor<32x4x3x3xf32>, %b: tensor<32xf32>) -> tensor<2x32x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %pad = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<2x4x8x8xf32> to tensor<2x4x10x10xf32>
  %e = tensor.empty() : tensor<2x32x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x32x8x8xf32>) -> tensor<2x32x8x8xf32>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad, %w : tensor<2x4x10x10xf32>, tensor<32x4x3x3xf32>) outs(%f : tensor<2x32x8x8xf32>) -> tensor<2x32x8x8xf32>
  %r = linalg.generic {indexing_maps = [#ch, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<32xf32>) outs(%c : tensor<2x32x8x8xf32>) {
  ^bb0(%bias: f32, %acc: f32):
    %s = arith.addf %acc, %bias : f32
    %m = arith.maximumf %s, %zero : f32
    linalg.yield %m : f32
  } -> tensor<2x32x8x8xf32>
  return %r : tensor<2x32x8x8xf32>
}

// -----

#rows = affine_map<(d0, d1) -> (d0, d1)>
#cols = affine_map<(d0, d1) -> (d1)>

// A matmul and its epilogue: one loop over tiles of 32 rows.
// CHECK-LABEL: func.func @matmul_kernel
// CHECK: scf.for
// CHECK: linalg.fill {{.*}} -> tensor<32x16xf32>
// CHECK: linalg.matmul {{.*}} -> tensor<32x16xf32>
// CHECK: linalg.generic
// CHECK: } {mcc.kernel}
func.func @matmul_kernel(%a: tensor<64x8xf32>, %w: tensor<8x16xf32>, %b: tensor<16xf32>) -> tensor<64x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x16xf32>) -> tensor<64x16xf32>
  %m = linalg.matmul ins(%a, %w : tensor<64x8xf32>, tensor<8x16xf32>) outs(%f : tensor<64x16xf32>) -> tensor<64x16xf32>
  %r = linalg.generic {indexing_maps = [#cols, #rows], iterator_types = ["parallel", "parallel"]} ins(%b : tensor<16xf32>) outs(%m : tensor<64x16xf32>) {
  ^bb0(%bias: f32, %acc: f32):
    %s = arith.addf %acc, %bias : f32
    linalg.yield %s : f32
  } -> tensor<64x16xf32>
  return %r : tensor<64x16xf32>
}

// -----

#rows = affine_map<(d0, d1) -> (d0, d1)>

// Negative: the matmul's result is also returned, so the generic cannot
// finish it in place; and a generic that writes a fresh tensor is no
// in-place epilogue. Nothing is tiled.
// CHECK-LABEL: func.func @not_epilogues
// CHECK-NOT: scf.for
// CHECK: linalg.matmul
// CHECK: linalg.generic
// CHECK: linalg.matmul
// CHECK: linalg.generic
// CHECK-NOT: scf.for
func.func @not_epilogues(%a: tensor<64x8xf32>, %w: tensor<8x16xf32>) -> (tensor<64x16xf32>, tensor<64x16xf32>, tensor<64x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x16xf32>) -> tensor<64x16xf32>
  %m = linalg.matmul ins(%a, %w : tensor<64x8xf32>, tensor<8x16xf32>) outs(%f : tensor<64x16xf32>) -> tensor<64x16xf32>
  %r = linalg.generic {indexing_maps = [#rows], iterator_types = ["parallel", "parallel"]} outs(%m : tensor<64x16xf32>) {
  ^bb0(%acc: f32):
    %s = arith.maximumf %acc, %zero : f32
    linalg.yield %s : f32
  } -> tensor<64x16xf32>
  %m2 = linalg.matmul ins(%a, %w : tensor<64x8xf32>, tensor<8x16xf32>) outs(%f : tensor<64x16xf32>) -> tensor<64x16xf32>
  %e2 = tensor.empty() : tensor<64x16xf32>
  %r2 = linalg.generic {indexing_maps = [#rows, #rows], iterator_types = ["parallel", "parallel"]} ins(%m2 : tensor<64x16xf32>) outs(%e2 : tensor<64x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.maximumf %in, %zero : f32
    linalg.yield %s : f32
  } -> tensor<64x16xf32>
  return %m, %r, %r2 : tensor<64x16xf32>, tensor<64x16xf32>, tensor<64x16xf32>
}
