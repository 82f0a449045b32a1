// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// A 2-D convolution on a dynamic batch: zero padding with tensor.pad, the
// named NCHW/FCHW convolution into a zero-filled buffer sized from the input's
// batch, then the bias added in place per output channel.
// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @conv2d_bias_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[PAD:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %{{.*}} : f32
// CHECK: } : tensor<?x3x8x8xf32> to tensor<?x3x10x10xf32>
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3x8x8xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[N]]) : tensor<?x4x4x4xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EMPTY]] : tensor<?x4x4x4xf32>)
// CHECK: %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[PAD]], %[[W]] : tensor<?x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%[[INIT]] : tensor<?x4x4x4xf32>)
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[BIAS]], #[[ID]]]
// CHECK-SAME: ins(%[[B]] : tensor<4xf32>) outs(%[[CONV]] : tensor<?x4x4x4xf32>)
// CHECK: arith.addf
// CHECK: return %[[R]]
func.func @conv2d_bias_dynamic_batch(%x: tensor<?x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<?x4x4x4xf32> {
  %0 = mcc.conv %x, %w, %b {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, group = 1 : i64} : (tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<?x4x4x4xf32>
  return %0 : tensor<?x4x4x4xf32>
}

// -----

// No pads, no bias: no tensor.pad and no bias generic.
// CHECK-LABEL: func.func @conv2d_plain
// CHECK-NOT: tensor.pad
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<[2, 1]> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @conv2d_plain(%x: tensor<1x3x9x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x5x4xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 2, 1>, group = 1 : i64} : (tensor<1x3x9x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x5x4xf32>
  return %0 : tensor<1x4x5x4xf32>
}

// -----

// Asymmetric pads: begin pads low, end pads high.
// CHECK-LABEL: func.func @conv2d_asymmetric_pads
// CHECK: tensor.pad %{{.*}} low[0, 0, 1, 0] high[0, 0, 2, 1]
// CHECK: linalg.conv_2d_nchw_fchw
func.func @conv2d_asymmetric_pads(%x: tensor<1x3x6x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x7x5xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 1, 0, 2, 1>, dilations = array<i64: 1, 1>, group = 1 : i64} : (tensor<1x3x6x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x7x5xf32>
  return %0 : tensor<1x4x7x5xf32>
}

// -----

// Depthwise (group == C == M): the [C, 1, KH, KW] filter collapses to
// [C, KH, KW] for the named depthwise op.
// CHECK-LABEL: func.func @conv2d_depthwise
// CHECK-SAME: (%[[X:.*]]: tensor<?x8x6x6xf32>, %[[W:.*]]: tensor<8x1x3x3xf32>)
// CHECK: %[[F:.*]] = tensor.collapse_shape %[[W]] {{\[}}[0, 1], [2], [3]] : tensor<8x1x3x3xf32> into tensor<8x3x3xf32>
// CHECK: linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-SAME: ins(%[[X]], %[[F]] : tensor<?x8x6x6xf32>, tensor<8x3x3xf32>)
func.func @conv2d_depthwise(%x: tensor<?x8x6x6xf32>, %w: tensor<8x1x3x3xf32>) -> tensor<?x8x4x4xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, group = 8 : i64} : (tensor<?x8x6x6xf32>, tensor<8x1x3x3xf32>) -> tensor<?x8x4x4xf32>
  return %0 : tensor<?x8x4x4xf32>
}

// -----

// Other groups: split the channels into [G, C/G] and the filters into
// [G, M/G], convolve per group, merge the output channels back.
// CHECK-LABEL: func.func @conv2d_grouped
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x6x6xf32>, %[[W:.*]]: tensor<6x2x3x3xf32>)
// CHECK: %[[XG:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%{{.*}}, 2, 2, 6, 6] : tensor<?x4x6x6xf32> into tensor<?x2x2x6x6xf32>
// CHECK: %[[WG:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2], [3], [4]] output_shape [2, 3, 2, 3, 3] : tensor<6x2x3x3xf32> into tensor<2x3x2x3x3xf32>
// CHECK: %[[C:.*]] = linalg.conv_2d_ngchw_gfchw {{.*}} ins(%[[XG]], %[[WG]] : tensor<?x2x2x6x6xf32>, tensor<2x3x2x3x3xf32>) outs(%{{.*}} : tensor<?x2x3x4x4xf32>)
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[C]] {{\[}}[0], [1, 2], [3], [4]] : tensor<?x2x3x4x4xf32> into tensor<?x6x4x4xf32>
// CHECK: return %[[R]]
func.func @conv2d_grouped(%x: tensor<?x4x6x6xf32>, %w: tensor<6x2x3x3xf32>) -> tensor<?x6x4x4xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, group = 2 : i64} : (tensor<?x4x6x6xf32>, tensor<6x2x3x3xf32>) -> tensor<?x6x4x4xf32>
  return %0 : tensor<?x6x4x4xf32>
}

// -----

// 1-D and 3-D use the analogous named ops.
// CHECK-LABEL: func.func @conv1d
// CHECK: linalg.conv_1d_ncw_fcw {dilations = dense<1> : tensor<1xi64>, strides = dense<2> : tensor<1xi64>}
func.func @conv1d(%x: tensor<?x3x10xf32>, %w: tensor<4x3x3xf32>) -> tensor<?x4x4xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>, group = 1 : i64} : (tensor<?x3x10xf32>, tensor<4x3x3xf32>) -> tensor<?x4x4xf32>
  return %0 : tensor<?x4x4xf32>
}

// CHECK-LABEL: func.func @conv3d
// CHECK: linalg.conv_3d_ncdhw_fcdhw
func.func @conv3d(%x: tensor<1x2x5x5x5xf32>, %w: tensor<3x2x2x2x2xf32>) -> tensor<1x3x4x4x4xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 1, 1>, pads = array<i64: 0, 0, 0, 0, 0, 0>, dilations = array<i64: 1, 1, 1>, group = 1 : i64} : (tensor<1x2x5x5x5xf32>, tensor<3x2x2x2x2xf32>) -> tensor<1x3x4x4x4xf32>
  return %0 : tensor<1x3x4x4x4xf32>
}

// -----

// Grouped 3-D (no named op): a linalg.generic over n, g, f, o..., c, k...
// with input index o * stride + k * dilation.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d0, d1, d6, d3 + d7, d4 * 2 + d8, d5 + d9 * 2)>
// CHECK-DAG: #[[WT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d1, d2, d6, d7, d8, d9)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d0, d1, d2, d3, d4, d5)>
// CHECK-LABEL: func.func @conv3d_grouped
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[WT]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction"]}
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2], [3], [4], [5]] : tensor<1x2x1x4x2x5xf32> into tensor<1x2x4x2x5xf32>
func.func @conv3d_grouped(%x: tensor<1x4x5x5x7xf32>, %w: tensor<2x2x2x2x2xf32>) -> tensor<1x2x4x2x5xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 2, 1>, pads = array<i64: 0, 0, 0, 0, 0, 0>, dilations = array<i64: 1, 1, 2>, group = 2 : i64} : (tensor<1x4x5x5x7xf32>, tensor<2x2x2x2x2xf32>) -> tensor<1x2x4x2x5xf32>
  return %0 : tensor<1x2x4x2x5xf32>
}

// -----

// Max pooling pads with -inf and starts from -inf.
// CHECK-LABEL: func.func @max_pool_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x7x7xf32>)
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[PAD:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[NEGINF]] : f32
// CHECK: %[[EMPTY:.*]] = tensor.empty(%{{.*}}) : tensor<?x3x4x4xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EMPTY]] : tensor<?x3x4x4xf32>)
// CHECK: %[[WIN:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK: %[[R:.*]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[PAD]], %[[WIN]] : tensor<?x3x9x9xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<?x3x4x4xf32>)
// CHECK: return %[[R]]
func.func @max_pool_dynamic_batch(%x: tensor<?x3x7x7xf32>) -> tensor<?x3x4x4xf32> {
  %0 = mcc.max_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : (tensor<?x3x7x7xf32>) -> tensor<?x3x4x4xf32>
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// Ceil mode adds end padding so the last partial window is covered: 8 with
// kernel 3, stride 2 gives 4 windows, the last one at [6, 9).
// CHECK-LABEL: func.func @max_pool_ceil
// CHECK: tensor.pad %{{.*}} low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: linalg.pooling_nchw_max
// CHECK-SAME: tensor<1x2x9x9xf32>, tensor<3x3xf32>) outs(%{{.*}} : tensor<1x2x4x4xf32>)
func.func @max_pool_ceil(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32> {
  %0 = mcc.max_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32>
  return %0 : tensor<1x2x4x4xf32>
}

// -----

// Dynamic spatial dims: output extents and ceil mode's end padding are
// computed at run time.
// CHECK-LABEL: func.func @max_pool_ceil_dynamic_spatial
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x?x?xf32>)
// CHECK: arith.ceildivsi
// CHECK: %[[PAD:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, %{{.*}}, %{{.*}}]
// CHECK: %[[EMPTY:.*]] = tensor.empty(%{{.*}}, %{{.*}}, %{{.*}}) : tensor<?x3x?x?xf32>
// CHECK: linalg.pooling_nchw_max {{.*}} ins(%[[PAD]], %{{.*}} : tensor<?x3x?x?xf32>, tensor<3x3xf32>)
func.func @max_pool_ceil_dynamic_spatial(%x: tensor<?x3x?x?xf32>) -> tensor<?x3x?x?xf32> {
  %0 = mcc.max_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true} : (tensor<?x3x?x?xf32>) -> tensor<?x3x?x?xf32>
  return %0 : tensor<?x3x?x?xf32>
}

// -----

// Average pooling whose windows all cover the whole kernel divides by the
// kernel size.
// CHECK-LABEL: func.func @avg_pool_uniform
// CHECK-NOT: tensor.pad
// CHECK: %[[S:.*]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK: linalg.generic {{.*}} outs(%[[S]] : tensor<?x3x4x4xf32>)
// CHECK: %[[K:.*]] = arith.constant 4.000000e+00 : f32
// CHECK: arith.divf %{{.*}}, %[[K]] : f32
func.func @avg_pool_uniform(%x: tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32> {
  %0 = mcc.avg_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32>
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// With padding and count_include_pad = false, each output divides by the
// number of taps inside the input, counted per spatial dim from the output
// index.
// CHECK-LABEL: func.func @avg_pool_exclude_pad
// CHECK: tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: %[[S:.*]] = linalg.pooling_nchw_sum
// CHECK: linalg.generic {{.*}} outs(%[[S]] : tensor<?x3x4x4xf32>)
// CHECK: %[[I:.*]] = linalg.index 2 : index
// CHECK: arith.ceildivsi
// CHECK: arith.floordivsi
// CHECK: %[[J:.*]] = linalg.index 3 : index
// CHECK: %[[CI:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[CF:.*]] = arith.sitofp %[[CI]] : i64 to f32
// CHECK: arith.divf %{{.*}}, %[[CF]] : f32
func.func @avg_pool_exclude_pad(%x: tensor<?x3x7x7xf32>) -> tensor<?x3x4x4xf32> {
  %0 = mcc.avg_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : (tensor<?x3x7x7xf32>) -> tensor<?x3x4x4xf32>
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// count_include_pad with ceil mode: the explicit pads count, ceil mode's
// extra end padding does not, so the divisor is per position again.
// CHECK-LABEL: func.func @avg_pool_include_pad_ceil
// CHECK: tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 2, 2]
// CHECK: linalg.pooling_nchw_sum
// CHECK: linalg.index 2
// CHECK: arith.sitofp
func.func @avg_pool_include_pad_ceil(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x5x5xf32> {
  %0 = mcc.avg_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>, ceil_mode = true, count_include_pad = true} : (tensor<1x2x8x8xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// 1-D pooling uses the NCW named ops; 3-D (no channels-first named op) a
// linalg.generic over n, c, o..., k....
// CHECK-LABEL: func.func @pool_1d
// CHECK: linalg.pooling_ncw_max
func.func @pool_1d(%x: tensor<?x3x11xf32>) -> tensor<?x3x5xf32> {
  %0 = mcc.max_pool %x {kernel_shape = array<i64: 3>, strides = array<i64: 2>, pads = array<i64: 0, 0>, dilations = array<i64: 1>} : (tensor<?x3x11xf32>) -> tensor<?x3x5xf32>
  return %0 : tensor<?x3x5xf32>
}

// -----

// CHECK-DAG: #[[IN3:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2 * 2 + d5, d3 * 2 + d6, d4 + d7)>
// CHECK-DAG: #[[WIN3:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d5, d6, d7)>
// CHECK-LABEL: func.func @avg_pool_3d
// CHECK: linalg.generic {indexing_maps = [#[[IN3]], #[[WIN3]], #{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
// CHECK: arith.addf
// CHECK: arith.constant 8.000000e+00 : f32
func.func @avg_pool_3d(%x: tensor<1x2x6x6x4xf32>) -> tensor<1x2x3x3x3xf32> {
  %0 = mcc.avg_pool %x {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 1>, pads = array<i64: 0, 0, 0, 0, 0, 0>, dilations = array<i64: 1, 1, 1>} : (tensor<1x2x6x6x4xf32>) -> tensor<1x2x3x3x3xf32>
  return %0 : tensor<1x2x3x3x3xf32>
}

// -----

// Global pools reduce the spatial dims into [N, C], then expand back to
// size-1 dims; the mean divides by the spatial size.
// CHECK-DAG: #[[ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[NC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @global_avg_pool_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x16x7x7xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x16x7x7xf32>
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID4]], #[[NC]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x16x7x7xf32>) outs(%{{.*}} : tensor<?x16xf32>)
// CHECK: %[[CNT:.*]] = arith.constant 4.900000e+01 : f32
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} outs(%[[SUM]] : tensor<?x16xf32>)
// CHECK: arith.divf %{{.*}}, %[[CNT]] : f32
// CHECK: %[[R:.*]] = tensor.expand_shape %[[MEAN]] {{\[}}[0], [1, 2, 3]] output_shape [%[[N]], 16, 1, 1] : tensor<?x16xf32> into tensor<?x16x1x1xf32>
// CHECK: return %[[R]]
func.func @global_avg_pool_dynamic_batch(%x: tensor<?x16x7x7xf32>) -> tensor<?x16x1x1xf32> {
  %0 = mcc.global_avg_pool %x : (tensor<?x16x7x7xf32>) -> tensor<?x16x1x1xf32>
  return %0 : tensor<?x16x1x1xf32>
}

// -----

// CHECK-LABEL: func.func @global_max_pool_dynamic_spatial
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: linalg.fill ins(%[[NEGINF]] : f32)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]
// CHECK: arith.maximumf
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
func.func @global_max_pool_dynamic_spatial(%x: tensor<2x16x?xf32>) -> tensor<2x16x1xf32> {
  %0 = mcc.global_max_pool %x : (tensor<2x16x?xf32>) -> tensor<2x16x1xf32>
  return %0 : tensor<2x16x1xf32>
}

// -----

// Beyond 3 spatial dims there are no named ops: the generic grouped
// convolution with one group.
// CHECK-LABEL: func.func @conv4d
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2], [3], [4], [5], [6]] output_shape [1, 1, 2, 4, 3, 4, 3] : tensor<1x2x4x3x4x3xf32> into tensor<1x1x2x4x3x4x3xf32>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction", "reduction"]
func.func @conv4d(%x: tensor<1x2x4x3x4x3xf32>, %w: tensor<2x2x2x2x2x2xf32>) -> tensor<1x2x3x2x3x2xf32> {
  %0 = mcc.conv %x, %w {strides = array<i64: 1, 1, 1, 1>, pads = array<i64: 0, 0, 0, 0, 0, 0, 0, 0>, dilations = array<i64: 1, 1, 1, 1>, group = 1 : i64} : (tensor<1x2x4x3x4x3xf32>, tensor<2x2x2x2x2x2xf32>) -> tensor<1x2x3x2x3x2xf32>
  return %0 : tensor<1x2x3x2x3x2xf32>
}

// -----

// 16-bit floats accumulate in f32: the named convolution writes an f32
// buffer, and the bias add rounds back to f16.
// CHECK-LABEL: func.func @conv2d_f16
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x6x6xf16>, %[[W:.*]]: tensor<4x3x3x3xf16>, %[[B:.*]]: tensor<4xf16>)
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x4x4x4xf32>)
// CHECK: %[[ACC:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X]], %[[W]] : tensor<?x3x6x6xf16>, tensor<4x3x3x3xf16>) outs(%[[INIT]] : tensor<?x4x4x4xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[B]], %[[ACC]] : tensor<4xf16>, tensor<?x4x4x4xf32>) outs(%{{.*}} : tensor<?x4x4x4xf16>)
// CHECK: %[[BE:.*]] = arith.extf %{{.*}} : f16 to f32
// CHECK: %[[S:.*]] = arith.addf %{{.*}}, %[[BE]] : f32
// CHECK: %[[T:.*]] = arith.truncf %[[S]] : f32 to f16
// CHECK: linalg.yield %[[T]] : f16
func.func @conv2d_f16(%x: tensor<?x3x6x6xf16>, %w: tensor<4x3x3x3xf16>, %b: tensor<4xf16>) -> tensor<?x4x4x4xf16> {
  %0 = mcc.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>, group = 1 : i64} : (tensor<?x3x6x6xf16>, tensor<4x3x3x3xf16>, tensor<4xf16>) -> tensor<?x4x4x4xf16>
  return %0 : tensor<?x4x4x4xf16>
}

// -----

// CHECK-LABEL: func.func @avg_pool_f16
// CHECK: linalg.pooling_nchw_sum {{.*}} ins(%{{.*}}, %{{.*}} : tensor<?x3x8x8xf16>, tensor<2x2xf16>) outs(%{{.*}} : tensor<?x3x4x4xf32>)
// CHECK: arith.divf %{{.*}}, %{{.*}} : f32
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @avg_pool_f16(%x: tensor<?x3x8x8xf16>) -> tensor<?x3x4x4xf16> {
  %0 = mcc.avg_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x3x8x8xf16>) -> tensor<?x3x4x4xf16>
  return %0 : tensor<?x3x4x4xf16>
}
