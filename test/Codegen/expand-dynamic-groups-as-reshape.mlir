// RUN: mcc-opt %s -split-input-file -mcc-expand-dynamic-groups-as-reshape | FileCheck %s

// [B*S, K] -> [B, S, K] with B and S dynamic: a reshape with a runtime shape.
// CHECK-LABEL: func.func @two_dynamic_in_group
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>, %[[B:.*]]: index, %[[S:.*]]: index)
// CHECK: %[[C8:.*]] = arith.constant 8 : index
// CHECK: %[[SHAPE:.*]] = tensor.from_elements %[[B]], %[[S]], %[[C8]] : tensor<3xindex>
// CHECK: tensor.reshape %[[X]](%[[SHAPE]]) : (tensor<?x8xf32>, tensor<3xindex>) -> tensor<?x?x8xf32>
// CHECK-NOT: tensor.expand_shape
func.func @two_dynamic_in_group(%x: tensor<?x8xf32>, %b: index, %s: index) -> tensor<?x?x8xf32> {
  %0 = tensor.expand_shape %x [[0, 1], [2]] output_shape [%b, %s, 8] : tensor<?x8xf32> into tensor<?x?x8xf32>
  return %0 : tensor<?x?x8xf32>
}

// -----

// One dynamic dim per group is fine as it is.
// CHECK-LABEL: func.func @one_dynamic_per_group
// CHECK: tensor.expand_shape
// CHECK-NOT: tensor.reshape
func.func @one_dynamic_per_group(%x: tensor<?x8xf32>, %b: index) -> tensor<?x2x8xf32> {
  %0 = tensor.expand_shape %x [[0, 1], [2]] output_shape [%b, 2, 8] : tensor<?x8xf32> into tensor<?x2x8xf32>
  return %0 : tensor<?x2x8xf32>
}
