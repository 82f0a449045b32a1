// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// reduce_sum over a middle axis with keepdims on a dynamic batch: a
// reduction generic into a zero-filled [N, 4], then expand_shape back to
// [N, 1, 4].
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @reduce_sum_keepdims_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x4xf32>
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[E]] : tensor<?x4xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x3x4xf32>) outs(%[[INIT]] : tensor<?x4xf32>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[S:.*]] = arith.addf %[[ACC]], %[[V]] : f32
// CHECK: linalg.yield %[[S]]
// CHECK: %[[R:.*]] = tensor.expand_shape %[[SUM]] {{\[}}[0, 1], [2]] output_shape [%[[N]], 1, 4] : tensor<?x4xf32> into tensor<?x1x4xf32>
// CHECK: return %[[R]]
func.func @reduce_sum_keepdims_dynamic_batch(%x: tensor<?x3x4xf32>) -> tensor<?x1x4xf32> {
  %0 = mcc.reduce_sum %x {axes = array<i64: 1>} : (tensor<?x3x4xf32>) -> tensor<?x1x4xf32>
  return %0 : tensor<?x1x4xf32>
}

// -----

// reduce_mean without keepdims divides the sum by the reduced element count.
// CHECK-LABEL: func.func @reduce_mean
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction", "reduction"]
// CHECK: %[[CNT:.*]] = arith.constant 1.200000e+01 : f32
// CHECK: linalg.generic {{.*}} ins(%[[SUM]] : tensor<?xf32>)
// CHECK: arith.divf %{{.*}}, %[[CNT]] : f32
// CHECK-NOT: expand_shape
func.func @reduce_mean(%x: tensor<?x3x4xf32>) -> tensor<?xf32> {
  %0 = mcc.reduce_mean %x {axes = array<i64: 1, 2>, keepdims = false} : (tensor<?x3x4xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// An empty axes list reduces every dim; max starts from the smallest value.
// CHECK-LABEL: func.func @reduce_max_all
// CHECK: %[[LOW:.*]] = arith.constant -2147483648 : i32
// CHECK: linalg.fill ins(%[[LOW]] : i32) outs(%{{.*}} : tensor<i32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction"]
// CHECK: arith.maxsi
// CHECK: tensor.expand_shape %{{.*}} [] output_shape [1, 1] : tensor<i32> into tensor<1x1xi32>
func.func @reduce_max_all(%x: tensor<?x3xi32>) -> tensor<1x1xi32> {
  %0 = mcc.reduce_max %x {axes = array<i64>} : (tensor<?x3xi32>) -> tensor<1x1xi32>
  return %0 : tensor<1x1xi32>
}

// -----

// min starts from +inf, prod from 1.
// CHECK-LABEL: func.func @reduce_min_prod
// CHECK: arith.constant 0x7F800000 : f32
// CHECK: arith.minimumf
// CHECK: arith.constant 1.000000e+00 : f32
// CHECK: arith.mulf
func.func @reduce_min_prod(%x: tensor<2x3xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %0 = mcc.reduce_min %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  %1 = mcc.reduce_prod %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}

// -----

// f16 sums accumulate in f32.
// CHECK-LABEL: func.func @reduce_sum_f16
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<2xf32>)
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @reduce_sum_f16(%x: tensor<2x3xf16>) -> tensor<2xf16> {
  %0 = mcc.reduce_sum %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

// argmax carries (value, index) through one generic with two outputs; ties go
// to the smaller index, compared explicitly so the combiner does not depend
// on the iteration order.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @argmax_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x10xf32>)
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[VI:.*]] = linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.*}} : tensor<?xf32>)
// CHECK: %[[II:.*]] = linalg.fill ins(%{{.*}} : i64) outs(%{{.*}} : tensor<?xi64>)
// CHECK: %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[IN]], #[[ROW]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x10xf32>) outs(%[[VI]], %[[II]] : tensor<?xf32>, tensor<?xi64>)
// CHECK: ^bb0(%[[V:.*]]: f32, %[[BEST:.*]]: f32, %[[BI:.*]]: i64):
// CHECK: %[[IDX:.*]] = linalg.index 1 : index
// CHECK: %[[I:.*]] = arith.index_cast %[[IDX]] : index to i64
// CHECK: %[[GT:.*]] = arith.cmpf ogt, %[[V]], %[[BEST]] : f32
// CHECK: %[[EQ:.*]] = arith.cmpf oeq, %[[V]], %[[BEST]] : f32
// CHECK: %[[FIRST:.*]] = arith.cmpi slt, %[[I]], %[[BI]] : i64
// CHECK: %[[TIE:.*]] = arith.andi %[[EQ]], %[[FIRST]] : i1
// CHECK: %[[TAKE:.*]] = arith.ori %[[GT]], %[[TIE]] : i1
// CHECK: %[[NV:.*]] = arith.select %[[TAKE]], %[[V]], %[[BEST]] : f32
// CHECK: %[[NI:.*]] = arith.select %[[TAKE]], %[[I]], %[[BI]] : i64
// CHECK: linalg.yield %[[NV]], %[[NI]] : f32, i64
// CHECK: return %[[R]]#1 : tensor<?xi64>
func.func @argmax_dynamic_batch(%x: tensor<?x10xf32>) -> tensor<?xi64> {
  %0 = mcc.argmax %x {axis = 1 : i64, keepdims = false} : (tensor<?x10xf32>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// argmin with select_last_index: ties go to the larger index; keepdims
// re-inserts the reduced dim.
// CHECK-LABEL: func.func @argmin_last_keepdims
// CHECK: arith.constant 2147483647 : i32
// CHECK: iterator_types = ["reduction", "parallel"]
// CHECK: linalg.index 0 : index
// CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i32
// CHECK: arith.cmpi sgt, %{{.*}}, %{{.*}} : i64
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0, 1]] output_shape [1, 3] : tensor<3xi64> into tensor<1x3xi64>
func.func @argmin_last_keepdims(%x: tensor<4x3xi32>) -> tensor<1x3xi64> {
  %0 = mcc.argmin %x {axis = 0 : i64, select_last_index = true} : (tensor<4x3xi32>) -> tensor<1x3xi64>
  return %0 : tensor<1x3xi64>
}

// -----

// reduce_max / reduce_min of bools: or from false, and from true.
// CHECK-LABEL: func.func @reduce_bool
// CHECK: %[[F:.*]] = arith.constant false
// CHECK: linalg.fill ins(%[[F]] : i1)
// CHECK: arith.ori
// CHECK: %[[T:.*]] = arith.constant true
// CHECK: linalg.fill ins(%[[T]] : i1)
// CHECK: arith.andi
func.func @reduce_bool(%x: tensor<2x3xi1>) -> (tensor<2xi1>, tensor<2xi1>) {
  %0 = mcc.reduce_max %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xi1>) -> tensor<2xi1>
  %1 = mcc.reduce_min %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xi1>) -> tensor<2xi1>
  return %0, %1 : tensor<2xi1>, tensor<2xi1>
}
