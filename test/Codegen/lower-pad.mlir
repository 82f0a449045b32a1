// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// constant: negative pads crop with extract_slice first, positive ones pad.
// CHECK-LABEL: func.func @constant_crop_dynamic
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK: %[[V:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[S:.*]] = tensor.extract_slice %[[X]][1, 0] [%{{.*}}, 2] [1, 1] : tensor<?x4xf32> to tensor<?x2xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[S]] low[0, 2] high[1, 0]
// CHECK: tensor.yield %[[V]] : f32
// CHECK: } : tensor<?x2xf32> to tensor<?x4xf32>
// CHECK: return %[[P]]
func.func @constant_crop_dynamic(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = mcc.pad %x {pads = array<i64: -1, 2, 1, -2>, value = 0.5 : f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A pad value computed at run time is read from its one element.
// CHECK-LABEL: func.func @constant_runtime_value
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>, %[[V:.*]]: tensor<1xf32>)
// CHECK: %[[E:.*]] = tensor.extract %[[V]][%{{.*}}] : tensor<1xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[2] high[1]
// CHECK: tensor.yield %[[E]] : f32
// CHECK: return %[[P]]
func.func @constant_runtime_value(%x: tensor<4xf32>, %v: tensor<1xf32>) -> tensor<7xf32> {
  %0 = mcc.pad %x value %v {pads = array<i64: 2, 1>, value = 0.0 : f32} : (tensor<4xf32>, tensor<1xf32>) -> tensor<7xf32>
  return %0 : tensor<7xf32>
}

// -----

// Pads of zero: no tensor.pad, no generic.
// CHECK-LABEL: func.func @constant_nothing
// CHECK-NOT: tensor.pad
// CHECK-NOT: linalg.generic
// CHECK: return %arg0
func.func @constant_nothing(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = mcc.pad %x {pads = array<i64: 0, 0, 0, 0>, value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// edge: a generic over the output; the padded dim clamps its source index
// into [0, 2], the other dim reads its own index.
// CHECK-LABEL: func.func @edge_static
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: tensor.pad
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x6xf32>
// CHECK: linalg.generic {{.*}} outs(%[[INIT]] : tensor<2x6xf32>)
// CHECK: %[[I0:.*]] = linalg.index 0 : index
// CHECK: %[[I1:.*]] = linalg.index 1 : index
// CHECK: %[[P:.*]] = arith.subi %[[I1]], %{{.*}} : index
// CHECK: %[[LO:.*]] = arith.maxsi %[[P]], %{{.*}} : index
// CHECK: %[[C2:.*]] = arith.constant 2 : index
// CHECK: %[[SRC:.*]] = arith.minsi %[[LO]], %[[C2]] : index
// CHECK: %[[E:.*]] = tensor.extract %[[X]][%[[I0]], %[[SRC]]] : tensor<2x3xf32>
// CHECK: linalg.yield %[[E]]
func.func @edge_static(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  %0 = mcc.pad %x {mode = "edge", pads = array<i64: 0, 2, 0, 1>, value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

// reflect on a dynamic dim, cropped at the end: the last index is computed
// once outside the loop nest, the source index is min(|p|, 2 * last - |p|),
// kept >= 0 for pads too wide to check at compile time.
// CHECK-LABEL: func.func @reflect_dynamic_crop
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>)
// CHECK: %[[C1:.*]] = arith.constant 1 : index
// CHECK: %[[D1:.*]] = tensor.dim %[[X]], %[[C1]] : tensor<?x?xf32>
// CHECK: %[[OUT1:.*]] = arith.addi %[[D1]], %{{.*}} : index
// CHECK: %[[N:.*]] = arith.maxsi %[[D1]], %{{.*}} : index
// CHECK: %[[LAST:.*]] = arith.subi %[[N]], %{{.*}} : index
// CHECK: %[[INIT:.*]] = tensor.empty(%{{.*}}, %[[OUT1]]) : tensor<?x?xf32>
// CHECK: linalg.generic
// CHECK: %[[I1:.*]] = linalg.index 1 : index
// CHECK: %[[P:.*]] = arith.subi %[[I1]], %{{.*}} : index
// CHECK: %[[NEG:.*]] = arith.subi %{{.*}}, %[[P]] : index
// CHECK: %[[Q:.*]] = arith.maxsi %[[P]], %[[NEG]] : index
// CHECK: %[[TWICE:.*]] = arith.muli %[[LAST]], %{{.*}} : index
// CHECK: %[[FAR:.*]] = arith.subi %[[TWICE]], %[[Q]] : index
// CHECK: %[[M:.*]] = arith.minsi %[[Q]], %[[FAR]] : index
// CHECK: %[[SRC:.*]] = arith.maxsi %[[M]], %{{.*}} : index
// CHECK: tensor.extract %[[X]][%{{.*}}, %[[SRC]]] : tensor<?x?xf32>
func.func @reflect_dynamic_crop(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = mcc.pad %x {mode = "reflect", pads = array<i64: 0, 2, 0, -1>, value = 0.0 : f32} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// wrap: the source index is (i - low) mod size, made non-negative.
// CHECK-LABEL: func.func @wrap_static
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK: %[[P:.*]] = arith.subi %[[I]], %{{.*}} : index
// CHECK: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[R:.*]] = arith.remsi %[[P]], %[[C4]] : index
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[R]], %{{.*}} : index
// CHECK: %[[UP:.*]] = arith.addi %[[R]], %[[C4]] : index
// CHECK: %[[SRC:.*]] = arith.select %[[NEG]], %[[UP]], %[[R]] : index
// CHECK: tensor.extract %{{.*}}[%[[SRC]]] : tensor<4xf32>
func.func @wrap_static(%x: tensor<4xf32>) -> tensor<11xf32> {
  %0 = mcc.pad %x {mode = "wrap", pads = array<i64: 6, 1>, value = 0.0 : f32} : (tensor<4xf32>) -> tensor<11xf32>
  return %0 : tensor<11xf32>
}
