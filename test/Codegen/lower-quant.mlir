// RUN: mcc-opt %s -split-input-file --convert-mcc-to-linalg | FileCheck %s

// Per axis 1 of a rank-3 tensor: the parameters become [C, 1] and broadcast;
// saturate(round_half_even(x / s) + z), NaN to the minimum (maxnumf).
// CHECK-LABEL: func.func @quantize_per_axis
// CHECK-DAG: tensor.expand_shape %arg1 {{\[\[}}0, 1]] output_shape [3, 1] : tensor<3xf32> into tensor<3x1xf32>
// CHECK-DAG: tensor.expand_shape %arg2 {{\[\[}}0, 1]] output_shape [3, 1] : tensor<3xi8> into tensor<3x1xi8>
// CHECK: linalg.generic
// CHECK: ^bb0(%[[X:.*]]: f32, %[[S:.*]]: f32, %[[Z:.*]]: i8, %{{.*}}: i8):
// CHECK:   %[[D:.*]] = arith.divf %[[X]], %[[S]] : f32
// CHECK:   %[[R:.*]] = math.roundeven %[[D]] : f32
// CHECK:   %[[ZF:.*]] = arith.sitofp %[[Z]] : i8 to f32
// CHECK:   %[[A:.*]] = arith.addf %[[R]], %[[ZF]] : f32
// CHECK:   %[[LO:.*]] = arith.maxnumf %[[A]], %{{.*}} : f32
// CHECK:   %[[HI:.*]] = arith.minnumf %[[LO]], %{{.*}} : f32
// CHECK:   %[[Q:.*]] = arith.fptosi %[[HI]] : f32 to i8
// CHECK:   linalg.yield %[[Q]] : i8
func.func @quantize_per_axis(%x: tensor<2x3x4xf32>, %s: tensor<3xf32>, %z: tensor<3xi8>) -> tensor<2x3x4xi8> {
  %q = mcc.quantize_linear %x, %s, %z : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xi8>) -> tensor<2x3x4xi8>
  return %q : tensor<2x3x4xi8>
}

// -----

// (x - z) * s with the difference in f32; an f16 scale rounds the product back.
// CHECK-LABEL: func.func @dequantize_f16
// CHECK-NOT: tensor.expand_shape
// CHECK: ^bb0(%[[X:.*]]: i16, %[[S:.*]]: f16, %[[Z:.*]]: i16, %{{.*}}: f16):
// CHECK-DAG: %[[XF:.*]] = arith.sitofp %[[X]] : i16 to f32
// CHECK-DAG: %[[ZF:.*]] = arith.sitofp %[[Z]] : i16 to f32
// CHECK:   %[[D:.*]] = arith.subf %[[XF]], %[[ZF]] : f32
// CHECK:   %[[SF:.*]] = arith.extf %[[S]] : f16 to f32
// CHECK:   %[[P:.*]] = arith.mulf %[[D]], %[[SF]] : f32
// CHECK:   %[[Y:.*]] = arith.truncf %[[P]] : f32 to f16
// CHECK:   linalg.yield %[[Y]] : f16
func.func @dequantize_f16(%x: tensor<5xi16>, %s: tensor<f16>, %z: tensor<i16>) -> tensor<5xf16> {
  %d = mcc.dequantize_linear %x, %s, %z : (tensor<5xi16>, tensor<f16>, tensor<i16>) -> tensor<5xf16>
  return %d : tensor<5xf16>
}
