// RUN: mcc-opt %s -split-input-file -convert-mcc-to-linalg -canonicalize | FileCheck %s

// The conv, then one generic that adds the bias [M] (read along dim 1) and
// the residual and applies the activation, in place on the conv's result.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @conv_epilogue
// CHECK-SAME: (%[[X:.*]]: tensor<2x2x6x6xf32>, %[[ID_ARG:.*]]: tensor<2x4x4x4xf32>)
// CHECK: %[[B:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]>
// CHECK: %[[C:.*]] = linalg.conv_2d_nchw_fchw
// CHECK: %[[E:.*]] = linalg.generic {indexing_maps = [#[[CH]], #[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%[[B]], %[[ID_ARG]] : tensor<4xf32>, tensor<2x4x4x4xf32>) outs(%[[C]] : tensor<2x4x4x4xf32>)
// CHECK-NEXT: ^bb0(%[[BIAS:.*]]: f32, %[[RES:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[S0:.*]] = arith.addf %[[ACC]], %[[BIAS]]
// CHECK-NEXT: %[[S1:.*]] = arith.addf %[[S0]], %[[RES]]
// CHECK-NEXT: %[[S2:.*]] = arith.maximumf %[[S1]]
// CHECK-NEXT: linalg.yield %[[S2]]
// CHECK-NOT: linalg.generic
// CHECK: return %[[E]]
func.func @conv_epilogue(%x: tensor<2x2x6x6xf32>, %id: tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x2x3x3xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %r = mcc.fused_conv %x, %w bias(%b) residual(%id) {activation = "relu", strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<2x2x6x6xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>, tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
  return %r : tensor<2x4x4x4xf32>
}

// -----

// ReLU6 as clip(0, 6); no bias, no residual: the generic only activates.
// CHECK-LABEL: func.func @clip_only
// CHECK: %[[C:.*]] = linalg.depthwise_conv_2d_nchw_chw
// CHECK: linalg.generic {{.*}} outs(%[[C]] : tensor<1x4x4x4xf32>)
// CHECK: arith.maximumf
// CHECK: arith.minimumf
func.func @clip_only(%x: tensor<1x4x6x6xf32>) -> tensor<1x4x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<4x1x3x3xf32>
  %r = mcc.fused_conv %x, %w {activation = "clip", activation_params = array<f64: 0.0, 6.0>, group = 4 : i64, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<1x4x6x6xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}

// -----

// [B, S, K] x [K, N]: the epilogue runs on the [B*S, N] matrix the matmul
// computes (bias [N] read along d1), and the result is expanded at the end.
// CHECK-LABEL: func.func @linear_gelu
// CHECK: %[[L:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : tensor<?x3x4xf32> into tensor<?x4xf32>
// CHECK: %[[M:.*]] = linalg.matmul ins(%[[L]]
// CHECK: %[[E:.*]] = linalg.generic {{.*}} outs(%[[M]] : tensor<?x5xf32>)
// CHECK: math.erf
// CHECK: tensor.expand_shape %[[E]] {{\[\[}}0, 1], [2]]
func.func @linear_gelu(%x: tensor<?x3x4xf32>) -> tensor<?x3x5xf32> {
  %w = arith.constant dense<1.0> : tensor<4x5xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0]> : tensor<5xf32>
  %r = mcc.fused_matmul %x, %w bias(%b) {activation = "gelu"} : (tensor<?x3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<?x3x5xf32>
  return %r : tensor<?x3x5xf32>
}
