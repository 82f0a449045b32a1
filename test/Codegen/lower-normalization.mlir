// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// batch_norm folds the statistics into a per-channel scale and shift once
// (a 1-D generic with two results), then one multiply-add per element with
// the channel read at dim 1.
// CHECK-DAG: #[[V:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batch_norm_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4x4xf32>, %[[S:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>, %[[M:.*]]: tensor<3xf32>, %[[VAR:.*]]: tensor<3xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[ST:.*]]:2 = linalg.generic {indexing_maps = [#[[V]], #[[V]], #[[V]], #[[V]], #[[V]], #[[V]]], iterator_types = ["parallel"]}
// CHECK-SAME: ins(%[[S]], %[[B]], %[[M]], %[[VAR]] :
// CHECK: ^bb0(%[[SC:.*]]: f32, %[[BI:.*]]: f32, %[[MEAN:.*]]: f32, %[[VA:.*]]: f32, %{{.*}}: f32, %{{.*}}: f32):
// CHECK: %[[EPS:.*]] = arith.constant 9.99999974E-6 : f32
// CHECK: %[[VE:.*]] = arith.addf %[[VA]], %[[EPS]] : f32
// CHECK: %[[SD:.*]] = math.sqrt %[[VE]] : f32
// CHECK: %[[MUL:.*]] = arith.divf %[[SC]], %[[SD]] : f32
// CHECK: %[[MS:.*]] = arith.mulf %[[MEAN]], %[[MUL]] : f32
// CHECK: %[[ADD:.*]] = arith.subf %[[BI]], %[[MS]] : f32
// CHECK: linalg.yield %[[MUL]], %[[ADD]] : f32, f32
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x3x4x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[CH]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[ST]]#0, %[[ST]]#1 : tensor<?x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>) outs(%[[E]] : tensor<?x3x4x4xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[K:.*]]: f32, %[[T:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[P:.*]] = arith.mulf %[[IN]], %[[K]] : f32
// CHECK: arith.addf %[[P]], %[[T]] : f32
func.func @batch_norm_dynamic_batch(%x: tensor<?x3x4x4xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>,
                                    %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<?x3x4x4xf32> {
  %0 = mcc.batch_norm %x, %s, %b, %m, %v {epsilon = 1.0e-05 : f64}
      : (tensor<?x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<?x3x4x4xf32>
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// layer_norm over the last dim: sum, mean, sum of squared deviations, rstd per
// row, then one elementwise pass; scale and bias broadcast over the rows.
// CHECK-DAG: #[[X3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[R2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[LAST:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @layer_norm_last_axis
// CHECK-SAME: (%[[X:.*]]: tensor<?x16x64xf32>, %[[S:.*]]: tensor<64xf32>, %[[B:.*]]: tensor<64xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[CNT:.*]] = arith.constant 6.400000e+01 : f32
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[INV:.*]] = arith.divf %[[ONE]], %[[CNT]] : f32
// CHECK: %[[Z1:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x16xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[X3]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]] : tensor<?x16x64xf32>) outs(%[[Z1]] : tensor<?x16xf32>)
// CHECK: arith.addf
// CHECK: %[[MEANV:.*]] = linalg.generic {indexing_maps = [#[[R2]], #[[R2]]], iterator_types = ["parallel", "parallel"]} ins(%[[SUM]] : tensor<?x16xf32>)
// CHECK: arith.mulf %{{.*}}, %[[INV]] : f32
// CHECK: %[[Z2:.*]] = linalg.fill
// CHECK: %[[SQ:.*]] = linalg.generic {indexing_maps = [#[[X3]], #[[ROW]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[X]], %[[MEANV]] : tensor<?x16x64xf32>, tensor<?x16xf32>) outs(%[[Z2]] : tensor<?x16xf32>)
// CHECK: %[[D:.*]] = arith.subf
// CHECK: arith.mulf %[[D]], %[[D]] : f32
// CHECK: %[[RSTD:.*]] = linalg.generic {{.*}} ins(%[[SQ]] : tensor<?x16xf32>)
// CHECK: math.sqrt
// CHECK: arith.divf
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x16x64xf32>
// CHECK: linalg.generic {indexing_maps = [#[[X3]], #[[ROW]], #[[ROW]], #[[LAST]], #[[LAST]], #[[X3]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]], %[[MEANV]], %[[RSTD]], %[[S]], %[[B]] : {{.*}}) outs(%[[E]] : tensor<?x16x64xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %[[MU:.*]]: f32, %[[RS:.*]]: f32, %[[SC:.*]]: f32, %[[BI:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[C:.*]] = arith.subf %[[IN]], %[[MU]] : f32
// CHECK: %[[NORM:.*]] = arith.mulf %[[C]], %[[RS]] : f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[NORM]], %[[SC]] : f32
// CHECK: arith.addf %[[SCALED]], %[[BI]] : f32
func.func @layer_norm_last_axis(%x: tensor<?x16x64xf32>, %s: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<?x16x64xf32> {
  %0 = mcc.layer_norm %x, %s, %b {axis = 2 : i64, epsilon = 1.0e-05 : f64}
      : (tensor<?x16x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<?x16x64xf32>
  return %0 : tensor<?x16x64xf32>
}

// -----

// Normalizing over several dynamic dims: the count is their product.
// CHECK-LABEL: func.func @layer_norm_dynamic_inner
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x?xf32>
// CHECK-DAG: %[[D1:.*]] = tensor.dim %[[X]], %c1
// CHECK-DAG: %[[D2:.*]] = tensor.dim %[[X]], %c2
// CHECK: %[[P:.*]] = arith.muli %[[D1]], %[[D2]] : index
// CHECK: %[[I:.*]] = arith.index_cast %[[P]] : index to i64
// CHECK: arith.sitofp %[[I]] : i64 to f32
// CHECK: iterator_types = ["parallel", "reduction", "reduction"]
// Without a bias the last pass reads x, mean, rstd and scale only.
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel"]} ins(%[[X]], %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x?x?xf32>, tensor<2xf32>, tensor<2xf32>, tensor<?xf32>) outs
func.func @layer_norm_dynamic_inner(%x: tensor<2x?x?xf32>, %s: tensor<?xf32>) -> tensor<2x?x?xf32> {
  %0 = mcc.layer_norm %x, %s {axis = 1 : i64, epsilon = 1.0e-05 : f64}
      : (tensor<2x?x?xf32>, tensor<?xf32>) -> tensor<2x?x?xf32>
  return %0 : tensor<2x?x?xf32>
}

// -----

// f16 layer_norm keeps its statistics in f32.
// CHECK-LABEL: func.func @layer_norm_f16
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<4xf32>)
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: arith.truncf %{{.*}} : f32 to f16
func.func @layer_norm_f16(%x: tensor<4x8xf16>, %s: tensor<8xf16>) -> tensor<4x8xf16> {
  %0 = mcc.layer_norm %x, %s {axis = 1 : i64, epsilon = 1.0e-05 : f64}
      : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// softmax: max from -inf, exp(x - max), sum, then divide in place into the
// buffer of the exponentials.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @softmax_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x10xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[MI:.*]] = linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.*}} : tensor<?xf32>)
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%[[X]] : tensor<?x10xf32>) outs(%[[MI]] : tensor<?xf32>)
// CHECK: arith.maximumf
// CHECK: %[[EXP:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[X]], %[[MAX]] : tensor<?x10xf32>, tensor<?xf32>)
// CHECK: %[[SH:.*]] = arith.subf
// CHECK: math.exp %[[SH]]
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]} ins(%[[EXP]] : tensor<?x10xf32>)
// CHECK: arith.addf
// CHECK: linalg.generic {indexing_maps = [#[[ROW]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[SUM]] : tensor<?xf32>) outs(%[[EXP]] : tensor<?x10xf32>)
// CHECK: ^bb0(%[[S:.*]]: f32, %[[E:.*]]: f32):
// CHECK: arith.divf %[[E]], %[[S]] : f32
func.func @softmax_dynamic_batch(%x: tensor<?x10xf32>) -> tensor<?x10xf32> {
  %0 = mcc.softmax %x {axis = 1 : i64} : tensor<?x10xf32> -> tensor<?x10xf32>
  return %0 : tensor<?x10xf32>
}

// -----

// softmax along a middle axis reduces that dim only.
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @softmax_middle_axis
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[ROW]]], iterator_types = ["parallel", "reduction", "parallel"]}
func.func @softmax_middle_axis(%x: tensor<2x5x3xf32>) -> tensor<2x5x3xf32> {
  %0 = mcc.softmax %x {axis = 1 : i64} : tensor<2x5x3xf32> -> tensor<2x5x3xf32>
  return %0 : tensor<2x5x3xf32>
}

// -----

// log_softmax: the shifted exponentials are summed without being stored,
// log runs once per row, and the output is x - (max + log(sum)).
// CHECK-LABEL: func.func @log_softmax
// CHECK-SAME: (%[[X:.*]]: tensor<?x10xf32>)
// CHECK: %[[MAX:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK: arith.maximumf
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X]], %[[MAX]] : tensor<?x10xf32>, tensor<?xf32>)
// CHECK: math.exp
// CHECK: arith.addf
// CHECK: %[[LSE:.*]] = linalg.generic {{.*}} iterator_types = ["parallel"]} ins(%[[MAX]], %[[SUM]] : tensor<?xf32>, tensor<?xf32>)
// CHECK: ^bb0(%[[M:.*]]: f32, %[[S:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[L:.*]] = math.log %[[S]] : f32
// CHECK: arith.addf %[[M]], %[[L]] : f32
// CHECK: linalg.generic {{.*}} ins(%[[X]], %[[LSE]] : tensor<?x10xf32>, tensor<?xf32>)
// CHECK-NOT: math.exp
// CHECK: arith.subf
func.func @log_softmax(%x: tensor<?x10xf32>) -> tensor<?x10xf32> {
  %0 = mcc.log_softmax %x {axis = 1 : i64} : tensor<?x10xf32> -> tensor<?x10xf32>
  return %0 : tensor<?x10xf32>
}
