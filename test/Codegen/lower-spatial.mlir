// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// conv_transpose: the input spread out by the strides into a zero tensor padded
// by span - 1 - pads, the weight's channel dims swapped and its kernel flipped,
// then a stride-1 convolution.
// CHECK-LABEL: func.func @conv_transpose_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x2x3x3xf32>, %[[W:.*]]: tensor<2x3x3x3xf32>)
// CHECK: %[[Z:.*]] = linalg.fill {{.*}} -> tensor<?x2x9x9xf32>
// CHECK: %[[S:.*]] = tensor.insert_slice %[[X]] into %[[Z]][0, 0, 2, 2] [%{{.*}}, 2, 3, 3] [1, 1, 2, 2]
// CHECK: %[[F:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<3x2x3x3xf32>)
// CHECK: arith.divui
// CHECK: tensor.extract %[[W]]
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%[[S]], %[[F]] : tensor<?x2x9x9xf32>, tensor<3x2x3x3xf32>) {{.*}} -> tensor<?x3x7x7xf32>
func.func @conv_transpose_dynamic_batch(%x: tensor<?x2x3x3xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<?x3x7x7xf32> {
  %0 = mcc.conv_transpose %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, output_padding = array<i64: 0, 0>} : (tensor<?x2x3x3xf32>, tensor<2x3x3x3xf32>) -> tensor<?x3x7x7xf32>
  return %0 : tensor<?x3x7x7xf32>
}

// -----

// lp_pool: |x|^p, a sum pool, ^(1/p).
// CHECK-LABEL: func.func @lp_pool
// CHECK: math.absf
// CHECK: math.powf
// CHECK: linalg.pooling_nchw_sum
// CHECK: math.powf
func.func @lp_pool(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x3x3xf32> {
  %1 = mcc.lp_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, p = 3 : i64} : (tensor<1x2x4x4xf32>) -> tensor<1x2x3x3xf32>
  return %1 : tensor<1x2x3x3xf32>
}

// -----

// resize, linear: one generic per resized dim (never for dims of scale 1),
// two taps clamped to the edge and weighted in f64.
// CHECK-LABEL: func.func @resize_linear
// CHECK: %[[H:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?x2x6x3xf32>)
// CHECK: math.ceil
// CHECK: tensor.extract %{{.*}} : tensor<?x2x3x3xf32>
// CHECK: arith.extf {{.*}} : f32 to f64
// CHECK: tensor.extract %{{.*}} : tensor<?x2x3x3xf32>
// CHECK: arith.truncf {{.*}} : f64 to f32
// CHECK: %[[HW:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?x2x6x6xf32>)
// CHECK: tensor.extract %[[H]]
// CHECK: return %[[HW]]
func.func @resize_linear(%x: tensor<?x2x3x3xf32>) -> tensor<?x2x6x6xf32> {
  %2 = mcc.resize %x {scales = array<f64: 1.0, 1.0, 2.0, 2.0>, mode = "linear"} : (tensor<?x2x3x3xf32>) -> tensor<?x2x6x6xf32>
  return %2 : tensor<?x2x6x6xf32>
}

// -----

// resize, nearest on a dynamic dim: the output extent floor(in * scale) is
// computed at run time; one tap, no float conversion of the data.
// CHECK-LABEL: func.func @resize_nearest_dynamic
// CHECK: %[[IN:.*]] = tensor.dim %{{.*}}, %{{.*}} : tensor<?x?xf32>
// CHECK: arith.mulf
// CHECK: %[[OUT:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: tensor.empty(%{{.*}}, %[[OUT]]) : tensor<?x?xf32>
// CHECK: linalg.generic
// CHECK-NOT: arith.extf
// CHECK: tensor.extract
// CHECK-NOT: arith.truncf
// CHECK: linalg.yield
func.func @resize_nearest_dynamic(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %2 = mcc.resize %x {scales = array<f64: 1.0, 2.0>, coordinate_transformation_mode = "asymmetric", nearest_mode = "floor"} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %2 : tensor<?x?xf32>
}

// -----

// antialias stretches the linear kernel by 1 / scale: at scale 0.5, four taps
// weighted max(0, 1 - |(t - r) * 0.5|) and normalized by their sum.
// CHECK-LABEL: func.func @resize_antialias
// CHECK: linalg.generic
// CHECK-COUNT-4: arith.maximumf
// CHECK: arith.divf
// CHECK: linalg.yield
func.func @resize_antialias(%x: tensor<4xf32>) -> tensor<2xf32> {
  %0 = mcc.resize %x {scales = array<f64: 0.5>, mode = "linear", antialias = true} : (tensor<4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A scale of 0 is sizes / in, divided at run time.
// CHECK-LABEL: func.func @resize_sizes_dynamic
// CHECK: %[[IN:.*]] = tensor.dim %{{.*}}, %{{.*}} : tensor<?xf32>
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<3xf32>)
// CHECK: arith.divf
func.func @resize_sizes_dynamic(%x: tensor<?xf32>) -> tensor<3xf32> {
  %0 = mcc.resize %x {scales = array<f64: 0.0>, sizes = array<i64: 3>, mode = "linear"} : (tensor<?xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
