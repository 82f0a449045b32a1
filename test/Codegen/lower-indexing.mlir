// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// gather_elements: one generic over the indices; the index replaces the axis,
// negative ones wrap, and the data is read with tensor.extract.
// CHECK-LABEL: func.func @gather_elements_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>, %[[I:.*]]: tensor<?x2xi64>)
// CHECK: %[[D:.*]] = tensor.dim %[[I]], %{{.*}} : tensor<?x2xi64>
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x2xf32>
// CHECK: linalg.generic {{.*}} ins(%[[I]] : tensor<?x2xi64>) outs(%[[E]] : tensor<?x2xf32>)
// CHECK: %[[R:.*]] = linalg.index 0 : index
// CHECK: arith.select
// CHECK: %[[C:.*]] = arith.maxsi
// CHECK: tensor.extract %[[X]][%[[R]], %[[C]]] : tensor<?x4xf32>
func.func @gather_elements_dynamic(%x: tensor<?x4xf32>, %i: tensor<?x2xi64>) -> tensor<?x2xf32> {
  %0 = mcc.gather_elements %x, %i {axis = 1 : i64} : (tensor<?x4xf32>, tensor<?x2xi64>) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// -----

// scatter_nd: a loop nest over the updates carrying the data; each update is
// combined with the element it lands on.
// CHECK-LABEL: func.func @scatter_nd_add
// CHECK-SAME: (%[[X:.*]]: tensor<4x3xf32>, %[[I:.*]]: tensor<2x1xi64>, %[[U:.*]]: tensor<2x3xf32>)
// CHECK: scf.for %[[A:.*]] = {{.*}} iter_args(%{{.*}} = %[[X]]) -> (tensor<4x3xf32>)
// CHECK: scf.for %[[B:.*]] = {{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (tensor<4x3xf32>)
// CHECK: %[[UP:.*]] = tensor.extract %[[U]][%[[A]], %[[B]]]
// CHECK: tensor.extract %[[I]][%[[A]], %{{.*}}] : tensor<2x1xi64>
// CHECK: %[[ROW:.*]] = arith.maxsi
// CHECK: %[[OLD:.*]] = tensor.extract %[[ACC]][%[[ROW]], %[[B]]]
// CHECK: %[[NEW:.*]] = arith.addf %[[OLD]], %[[UP]] : f32
// CHECK: tensor.insert %[[NEW]] into %[[ACC]][%[[ROW]], %[[B]]]
func.func @scatter_nd_add(%x: tensor<4x3xf32>, %i: tensor<2x1xi64>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = mcc.scatter_nd %x, %i, %u {reduction = "add"} : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// cumsum: a reduction dim j along the axis; reverse takes j >= i.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @cumsum_reverse_dynamic
// CHECK: %[[Z:.*]] = linalg.fill
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%{{.*}} : tensor<?x5xf32>) outs(%[[Z]] : tensor<?x5xf32>)
// CHECK: %[[I:.*]] = linalg.index 1 : index
// CHECK: %[[J:.*]] = linalg.index 2 : index
// CHECK: %[[TAKE:.*]] = arith.cmpi sge, %[[J]], %[[I]] : index
// CHECK: %[[SUM:.*]] = arith.addf
// CHECK: arith.select %[[TAKE]], %[[SUM]]
func.func @cumsum_reverse_dynamic(%x: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %0 = mcc.cumsum %x {axis = 1 : i64, reverse = true} : (tensor<?x5xf32>) -> tensor<?x5xf32>
  return %0 : tensor<?x5xf32>
}

// -----

// top_k: ranks by counting the elements that come first (greater, or equal at
// a lower index), then the elements of rank < k placed at their rank.
// CHECK-LABEL: func.func @top_k
// CHECK: %[[RANKS:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction"]
// CHECK: arith.cmpf ogt
// CHECK: arith.cmpf oeq
// CHECK: scf.for {{.*}} -> (tensor<3x2xf32>, tensor<3x2xi64>)
// CHECK: scf.for
// CHECK: tensor.extract %[[RANKS]]
// CHECK: scf.if
// CHECK: tensor.insert {{.*}} : tensor<3x2xf32>
// CHECK: tensor.insert {{.*}} : tensor<3x2xi64>
func.func @top_k(%x: tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  %v, %i = mcc.top_k %x {k = 2 : i64, axis = 1 : i64} : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return %v, %i : tensor<3x2xf32>, tensor<3x2xi64>
}

// -----

// one_hot: the indices broadcast along the new dim, compared with its position.
// CHECK-DAG: #[[IDX:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @one_hot
// CHECK: linalg.generic {indexing_maps = [#[[IDX]], #{{.*}}]
// CHECK: %[[POS:.*]] = linalg.index 1 : index
// CHECK: %[[HIT:.*]] = arith.cmpi eq
// CHECK: arith.select %[[HIT]]
func.func @one_hot(%i: tensor<3xi64>, %v: tensor<2xf32>) -> tensor<3x5xf32> {
  %h = mcc.one_hot %i, %v {depth = 5 : i64, axis = 1 : i64} : (tensor<3xi64>, tensor<2xf32>) -> tensor<3x5xf32>
  return %h : tensor<3x5xf32>
}
