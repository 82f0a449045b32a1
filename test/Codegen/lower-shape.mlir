// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// shape: the dims as i64, read with tensor.dim where dynamic.
// CHECK-LABEL: func.func @shape_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x?xf32>)
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3x?xf32>
// CHECK-DAG: %[[D2:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3x?xf32>
// CHECK-DAG: %[[E0:.*]] = arith.index_cast %[[D0]] : index to i64
// CHECK-DAG: %[[E2:.*]] = arith.index_cast %[[D2]] : index to i64
// CHECK: %[[S:.*]] = tensor.from_elements %[[E0]], %{{.*}}, %[[E2]] : tensor<3xi64>
// CHECK: return %[[S]]
func.func @shape_dynamic(%x: tensor<?x3x?xf32>) -> tensor<3xi64> {
  %0 = mcc.shape %x : tensor<?x3x?xf32> -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// A reshape to the type it already has moves nothing.
// CHECK-LABEL: func.func @reshape_identity
// CHECK-SAME: (%[[X:.*]]: tensor<?x3xf32>)
// CHECK-NOT: tensor.collapse_shape
// CHECK-NOT: tensor.expand_shape
// CHECK-NOT: tensor.reshape
// CHECK: return %[[X]]
func.func @reshape_identity(%x: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %s = arith.constant dense<[0, 3]> : tensor<2xi64>
  %0 = mcc.reshape %x, %s : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

// A reshape whose dims group into runs of equal size is a collapse and/or an
// expand, also with a dynamic batch (0 copies the batch dim).
// CHECK-LABEL: func.func @reshape_flatten_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x2x2xf32>)
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1, 2, 3]] : tensor<?x4x2x2xf32> into tensor<?x16xf32>
// CHECK-NOT: tensor.reshape
// CHECK: return %[[R]]
func.func @reshape_flatten_dynamic_batch(%x: tensor<?x4x2x2xf32>) -> tensor<?x16xf32> {
  %s = arith.constant dense<[0, 16]> : tensor<2xi64>
  %0 = mcc.reshape %x, %s : (tensor<?x4x2x2xf32>, tensor<2xi64>) -> tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_regroup_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x6xf32>)
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1, 2]] : tensor<?x4x6xf32> into tensor<?x24xf32>
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4x6xf32>
// CHECK: %[[R:.*]] = tensor.expand_shape %[[C]] {{\[}}[0], [1, 2]] output_shape [%[[N]], 8, 3] : tensor<?x24xf32> into tensor<?x8x3xf32>
// CHECK: return %[[R]]
func.func @reshape_regroup_dynamic_batch(%x: tensor<?x4x6xf32>) -> tensor<?x8x3xf32> {
  %s = arith.constant dense<[0, -1, 3]> : tensor<3xi64>
  %0 = mcc.reshape %x, %s : (tensor<?x4x6xf32>, tensor<3xi64>) -> tensor<?x8x3xf32>
  return %0 : tensor<?x8x3xf32>
}

// -----

// The transformer head split: the shape is computed from the input's own dims,
// which the lowering recognizes, so batch and sequence stay symbolic.
// CHECK-LABEL: func.func @reshape_heads_from_shape
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x768xf32>)
// CHECK: %[[R:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1], [2, 3]] output_shape [%{{.*}}, %{{.*}}, 12, 64] : tensor<?x?x768xf32> into tensor<?x?x12x64xf32>
// CHECK-NOT: tensor.reshape
// CHECK: return %[[R]]
func.func @reshape_heads_from_shape(%x: tensor<?x?x768xf32>) -> tensor<?x?x12x64xf32> {
  %shape = mcc.shape %x : tensor<?x?x768xf32> -> tensor<3xi64>
  %idx = arith.constant dense<[0, 1]> : tensor<2xi64>
  %bs = mcc.gather %shape, %idx {axis = 0 : i64} : (tensor<3xi64>, tensor<2xi64>) -> tensor<2xi64>
  %heads = arith.constant dense<[12, 64]> : tensor<2xi64>
  %s = mcc.concat %bs, %heads {axis = 0 : i64} : (tensor<2xi64>, tensor<2xi64>) -> tensor<4xi64>
  %0 = mcc.reshape %x, %s : (tensor<?x?x768xf32>, tensor<4xi64>) -> tensor<?x?x12x64xf32>
  return %0 : tensor<?x?x12x64xf32>
}

// -----

// A shape known only at run time: ONNX's rules evaluated on the extracted
// entries (0 copies the input dim, -1 takes what is left, never dividing by
// zero), then tensor.reshape.
// CHECK-LABEL: func.func @reshape_runtime_shape
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x8xf32>, %[[S:.*]]: tensor<3xi64>)
// CHECK: %[[E0:.*]] = tensor.extract %[[S]][%{{.*}}] : tensor<3xi64>
// CHECK: %[[I0:.*]] = arith.index_cast %[[E0]] : i64 to index
// CHECK: %[[Z0:.*]] = arith.cmpi eq, %[[I0]], %{{.*}} : index
// CHECK: arith.select %[[Z0]], %{{.*}}, %[[I0]] : index
// CHECK: %[[K:.*]] = arith.maxsi
// CHECK: %[[REST:.*]] = arith.divsi %{{.*}}, %[[K]] : index
// CHECK: %[[SHAPE:.*]] = tensor.from_elements %{{.*}}, %{{.*}}, %{{.*}} : tensor<3xindex>
// CHECK: %[[R:.*]] = tensor.reshape %[[X]](%[[SHAPE]]) : (tensor<?x?x8xf32>, tensor<3xindex>) -> tensor<?x?x?xf32>
// CHECK: return %[[R]]
func.func @reshape_runtime_shape(%x: tensor<?x?x8xf32>, %s: tensor<3xi64>) -> tensor<?x?x?xf32> {
  %0 = mcc.reshape %x, %s : (tensor<?x?x8xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// A static reshape with no run of equal size (6x2 -> 2x6) collapses fully and
// expands again.
// CHECK-LABEL: func.func @reshape_static_regroup
// CHECK: %[[C:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<6x2xf32> into tensor<12xf32>
// CHECK: tensor.expand_shape %[[C]] {{\[}}[0, 1]] output_shape [2, 6] : tensor<12xf32> into tensor<2x6xf32>
func.func @reshape_static_regroup(%x: tensor<6x2xf32>) -> tensor<2x6xf32> {
  %s = arith.constant dense<[2, 6]> : tensor<2xi64>
  %0 = mcc.reshape %x, %s : (tensor<6x2xf32>, tensor<2xi64>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

// flatten: one collapse; axis 0 collapses everything and expands to [1, N].
// CHECK-LABEL: func.func @flatten_dynamic_batch
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2, 3]] : tensor<?x3x4x5xf32> into tensor<?x60xf32>
func.func @flatten_dynamic_batch(%x: tensor<?x3x4x5xf32>) -> tensor<?x60xf32> {
  %0 = mcc.flatten %x {axis = 1 : i64} : (tensor<?x3x4x5xf32>) -> tensor<?x60xf32>
  return %0 : tensor<?x60xf32>
}

// CHECK-LABEL: func.func @flatten_axis0
// CHECK: %[[C:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<?x3xf32> into tensor<?xf32>
// CHECK: tensor.expand_shape %[[C]] {{\[}}[0, 1]] output_shape [1, %{{.*}}] : tensor<?xf32> into tensor<1x?xf32>
func.func @flatten_axis0(%x: tensor<?x3xf32>) -> tensor<1x?xf32> {
  %0 = mcc.flatten %x {axis = 0 : i64} : (tensor<?x3xf32>) -> tensor<1x?xf32>
  return %0 : tensor<1x?xf32>
}

// -----

// squeeze: a dynamic dim being squeezed is 1, which a cast states before the
// collapse.
// CHECK-LABEL: func.func @squeeze_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x?x4xf32>)
// CHECK: %[[C:.*]] = tensor.cast %[[X]] : tensor<?x3x?x4xf32> to tensor<?x3x1x4xf32>
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[C]] {{\[}}[0], [1], [2, 3]] : tensor<?x3x1x4xf32> into tensor<?x3x4xf32>
// CHECK: return %[[R]]
func.func @squeeze_dynamic(%x: tensor<?x3x?x4xf32>) -> tensor<?x3x4xf32> {
  %0 = mcc.squeeze %x {axes = array<i64: 2>} : (tensor<?x3x?x4xf32>) -> tensor<?x3x4xf32>
  return %0 : tensor<?x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @squeeze_to_scalar
// CHECK: tensor.collapse_shape %{{.*}} [] : tensor<1x1xf32> into tensor<f32>
func.func @squeeze_to_scalar(%x: tensor<1x1xf32>) -> tensor<f32> {
  %0 = mcc.squeeze %x {axes = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// unsqueeze: one expand, the dynamic batch read from the input.
// CHECK-LABEL: func.func @unsqueeze_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x4xf32>
// CHECK: tensor.expand_shape %[[X]] {{\[}}[0], [1, 2, 3]] output_shape [%[[N]], 1, 4, 1] : tensor<?x4xf32> into tensor<?x1x4x1xf32>
func.func @unsqueeze_dynamic_batch(%x: tensor<?x4xf32>) -> tensor<?x1x4x1xf32> {
  %0 = mcc.unsqueeze %x {axes = array<i64: 1, 3>} : (tensor<?x4xf32>) -> tensor<?x1x4x1xf32>
  return %0 : tensor<?x1x4x1xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x5xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3x5xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<5x?x3xf32>
// CHECK: linalg.transpose ins(%[[X]] : tensor<?x3x5xf32>) outs(%[[E]] : tensor<5x?x3xf32>) permutation = [2, 0, 1]
func.func @transpose_dynamic(%x: tensor<?x3x5xf32>) -> tensor<5x?x3xf32> {
  %0 = mcc.transpose %x {perm = array<i64: 2, 0, 1>} : (tensor<?x3x5xf32>) -> tensor<5x?x3xf32>
  return %0 : tensor<5x?x3xf32>
}

// -----

// concat: each input inserted at the running offset along the axis.
// CHECK-LABEL: func.func @concat_dynamic
// CHECK-SAME: (%[[A:.*]]: tensor<?x3xf32>, %[[B:.*]]: tensor<?x?xf32>)
// CHECK: %[[NA:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x3xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[NA]], %{{.*}}) : tensor<?x?xf32>
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[A]] into %[[E]][0, 0] [%[[NA]], 3] [1, 1]
// CHECK: %[[I2:.*]] = tensor.insert_slice %[[B]] into %[[I1]][0, 3] [%{{.*}}, %{{.*}}] [1, 1]
// CHECK: return %[[I2]]
func.func @concat_dynamic(%a: tensor<?x3xf32>, %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = mcc.concat %a, %b {axis = 1 : i64} : (tensor<?x3xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// slice with positive steps: extract_slice with clamped offsets and sizes,
// computed at run time for a dynamic dim (INT64_MAX end clamps to the dim).
// CHECK-LABEL: func.func @slice_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x6xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x6xf32>
// CHECK: %[[START:.*]] = arith.minsi %[[D]], %{{.*}} : index
// CHECK: %[[LEN:.*]] = arith.subi %[[D]], %[[START]] : index
// CHECK: %[[Q:.*]] = arith.ceildivsi %[[LEN]], %{{.*}} : index
// CHECK: %[[SIZE:.*]] = arith.maxsi %[[Q]], %{{.*}} : index
// CHECK: %[[R:.*]] = tensor.extract_slice %[[X]][%[[START]], 3] [%[[SIZE]], 2] [2, 1] : tensor<?x6xf32> to tensor<?x2xf32>
// CHECK: return %[[R]]
func.func @slice_dynamic(%x: tensor<?x6xf32>) -> tensor<?x2xf32> {
  %0 = mcc.slice %x {starts = array<i64: 1, -3>, ends = array<i64: 9223372036854775807, -1>, axes = array<i64: 0, 1>, steps = array<i64: 2, 1>} : (tensor<?x6xf32>) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// -----

// A negative step takes the same elements in increasing order, then reverses
// that dim.
// CHECK-LABEL: func.func @slice_negative_step
// CHECK: %[[S:.*]] = tensor.extract_slice %{{.*}}[0, 1] [5, 3] [1, 2] : tensor<5x7xf32> to tensor<5x3xf32>
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[RJ:.*]] = arith.subi %{{.*}}, %[[J]] : index
// CHECK: tensor.extract %[[S]][%[[I]], %[[RJ]]] : tensor<5x3xf32>
func.func @slice_negative_step(%x: tensor<5x7xf32>) -> tensor<5x3xf32> {
  %0 = mcc.slice %x {starts = array<i64: 5>, ends = array<i64: 0>, axes = array<i64: 1>, steps = array<i64: -2>} : (tensor<5x7xf32>) -> tensor<5x3xf32>
  return %0 : tensor<5x3xf32>
}

// -----

// gather, the embedding lookup: a generic over the result reading `indices`,
// wrapping negative indices and clamping, then extracting from `data`.
// CHECK-DAG: #[[IDX:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @gather_embedding
// CHECK-SAME: (%[[D:.*]]: tensor<100x16xf32>, %[[I:.*]]: tensor<?x?xi64>)
// CHECK: %[[E:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?x16xf32>
// CHECK: linalg.generic {indexing_maps = [#[[IDX]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[I]] : tensor<?x?xi64>) outs(%[[E]] : tensor<?x?x16xf32>)
// CHECK: ^bb0(%[[IN:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[K:.*]] = arith.index_cast %[[IN]] : i64 to index
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[K]]
// CHECK: %[[WRAP:.*]] = arith.select %[[NEG]]
// CHECK: %[[HI:.*]] = arith.minsi %[[WRAP]]
// CHECK: %[[ROW:.*]] = arith.maxsi %[[HI]]
// CHECK: %[[COL:.*]] = linalg.index 2 : index
// CHECK: %[[V:.*]] = tensor.extract %[[D]][%[[ROW]], %[[COL]]] : tensor<100x16xf32>
// CHECK: linalg.yield %[[V]] : f32
func.func @gather_embedding(%d: tensor<100x16xf32>, %i: tensor<?x?xi64>) -> tensor<?x?x16xf32> {
  %0 = mcc.gather %d, %i {axis = 0 : i64} : (tensor<100x16xf32>, tensor<?x?xi64>) -> tensor<?x?x16xf32>
  return %0 : tensor<?x?x16xf32>
}

// -----

// expand with a known target: broadcasting follows from the static shapes.
// CHECK-DAG: #[[BC:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-LABEL: func.func @expand_dynamic_batch
// CHECK: linalg.generic {indexing_maps = [#[[BC]], #{{.*}}]
// CHECK-SAME: ins(%{{.*}} : tensor<?x1x8xf32>) outs(%{{.*}} : tensor<?x4x8xf32>)
func.func @expand_dynamic_batch(%x: tensor<?x1x8xf32>) -> tensor<?x4x8xf32> {
  %s = arith.constant dense<[1, 4, 1]> : tensor<3xi64>
  %0 = mcc.expand %x, %s : (tensor<?x1x8xf32>, tensor<3xi64>) -> tensor<?x4x8xf32>
  return %0 : tensor<?x4x8xf32>
}

// -----

// A run-time target against a dynamic input dim: whether it broadcasts is
// decided at run time.
// CHECK-LABEL: func.func @expand_runtime
// CHECK-SAME: (%[[X:.*]]: tensor<?x1xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK: tensor.extract %[[S]]
// CHECK: tensor.empty
// CHECK: %[[UNIT:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : index
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[ROW:.*]] = arith.select %[[UNIT]], %{{.*}}, %[[I]] : index
// CHECK: tensor.extract %[[X]][%[[ROW]], %{{.*}}] : tensor<?x1xf32>
func.func @expand_runtime(%x: tensor<?x1xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = mcc.expand %x, %s : (tensor<?x1xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @tile_runtime
// CHECK-SAME: (%[[X:.*]]: tensor<?x3xf32>, %[[R:.*]]: tensor<2xi64>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}} : tensor<?x3xf32>
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[II:.*]] = arith.remui %[[I]], %[[N]] : index
// CHECK: tensor.extract %[[X]][%[[II]], %{{.*}}] : tensor<?x3xf32>
func.func @tile_runtime(%x: tensor<?x3xf32>, %r: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = mcc.tile %x, %r : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// CHECK-LABEL: func.func @constant_of_shape
// CHECK-SAME: (%[[S:.*]]: tensor<2xi64>)
// CHECK: %[[E0:.*]] = tensor.extract %[[S]][%{{.*}}] : tensor<2xi64>
// CHECK: %[[N:.*]] = arith.index_cast %[[E0]] : i64 to index
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x4xf32>
// CHECK: %[[V:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: linalg.fill ins(%[[V]] : f32) outs(%[[E]] : tensor<?x4xf32>)
func.func @constant_of_shape(%s: tensor<2xi64>) -> tensor<?x4xf32> {
  %0 = mcc.constant_of_shape %s {value = 1.0 : f32} : (tensor<2xi64>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// range: max(ceil((limit - start) / delta), 0) elements, start + i * delta.
// CHECK-LABEL: func.func @range_i64
// CHECK-SAME: (%[[A:.*]]: tensor<i64>, %[[B:.*]]: tensor<i64>, %[[C:.*]]: tensor<i64>)
// CHECK: %[[START:.*]] = tensor.extract %[[A]][] : tensor<i64>
// CHECK: %[[LIMIT:.*]] = tensor.extract %[[B]][] : tensor<i64>
// CHECK: %[[DELTA:.*]] = tensor.extract %[[C]][] : tensor<i64>
// CHECK: %[[SPAN:.*]] = arith.subi %[[LIMIT]], %[[START]] : i64
// CHECK: %[[Q:.*]] = arith.ceildivsi %[[SPAN]], %[[DELTA]] : i64
// CHECK: %[[N:.*]] = arith.maxsi %[[Q]], %{{.*}} : i64
// CHECK: %[[NI:.*]] = arith.index_cast %[[N]] : i64 to index
// CHECK: tensor.empty(%[[NI]]) : tensor<?xi64>
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[II:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK: %[[M:.*]] = arith.muli %[[II]], %[[DELTA]] : i64
// CHECK: %[[V:.*]] = arith.addi %[[START]], %[[M]] : i64
// CHECK: linalg.yield %[[V]] : i64
func.func @range_i64(%a: tensor<i64>, %b: tensor<i64>, %c: tensor<i64>) -> tensor<?xi64> {
  %0 = mcc.range %a, %b, %c : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// CHECK-LABEL: func.func @range_f32
// CHECK: arith.divf
// CHECK: math.ceil
// CHECK: arith.fptosi
// CHECK: linalg.generic
// CHECK: arith.sitofp
// CHECK: arith.mulf
// CHECK: arith.addf
func.func @range_f32(%a: tensor<f32>, %b: tensor<f32>, %c: tensor<f32>) -> tensor<?xf32> {
  %0 = mcc.range %a, %b, %c : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// A slice that starts at the end is empty: a tensor.empty, as extract_slice
// rejects offset 8 into a dim of 8 even for size 0.
// CHECK-LABEL: func.func @slice_empty_at_end
// CHECK-NOT: tensor.extract_slice
// CHECK: %[[E:.*]] = tensor.empty() : tensor<0x3xf32>
// CHECK: return %[[E]]
func.func @slice_empty_at_end(%x: tensor<8x3xf32>) -> tensor<0x3xf32> {
  %0 = mcc.slice %x {starts = array<i64: 1000>, ends = array<i64: 1001>, axes = array<i64: 0>, steps = array<i64: 1>} : (tensor<8x3xf32>) -> tensor<0x3xf32>
  return %0 : tensor<0x3xf32>
}

// -----

// An input that is empty along the axis is skipped.
// CHECK-LABEL: func.func @concat_with_empty
// CHECK: tensor.empty() : tensor<2x8xf32>
// CHECK: tensor.insert_slice %arg0 into %{{.*}}[0, 0] [2, 8] [1, 1]
// CHECK-NOT: tensor.insert_slice %arg1
func.func @concat_with_empty(%a: tensor<2x8xf32>, %b: tensor<2x0xf32>) -> tensor<2x8xf32> {
  %0 = mcc.concat %a, %b {axis = 1 : i64} : (tensor<2x8xf32>, tensor<2x0xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}
