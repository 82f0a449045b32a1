// RUN: mcc-opt %s -split-input-file --convert-mcc-to-linalg --canonicalize | FileCheck %s

// One pass over the keys per query row (online softmax): loops over batch,
// heads and rows carry the result; the key loop carries the running maximum,
// the running sum and the output row as accumulator. No matmul and no
// [Sq, Skv] tensor anywhere.
// CHECK-LABEL: func.func @bert_like
// CHECK-NOT: linalg.matmul
// CHECK-NOT: tensor<{{.*}}8x?xf32>
// CHECK: %[[OUT:.*]] = scf.for {{.*}} -> (tensor<?x4x8x16xf32>)
// CHECK: scf.for {{.*}} -> (tensor<?x4x8x16xf32>)
// CHECK: scf.for %[[I:.*]] = {{.*}} iter_args(%[[ACC:.*]] = {{.*}}) -> (tensor<?x4x8x16xf32>)
// CHECK: %[[ROW:.*]] = tensor.extract_slice %[[ACC]]{{.*}} to tensor<16xf32>
// CHECK: %[[ZERO:.*]] = linalg.fill {{.*}} outs(%[[ROW]] : tensor<16xf32>)
// CHECK: %[[KEYS:.*]]:3 = scf.for {{.*}} iter_args({{.*}} = %cst{{.*}}, {{.*}} = %cst{{.*}}, {{.*}} = %[[ZERO]]) -> (f32, f32, tensor<16xf32>)
// CHECK: scf.for {{.*}} -> (f32)
// CHECK: tensor.extract %arg0
// CHECK: tensor.extract %arg1
// CHECK: arith.mulf
// CHECK: tensor.extract %arg3
// CHECK: arith.maximumf
// CHECK: math.exp
// CHECK: math.exp
// CHECK: tensor.extract_slice %arg2{{.*}} to tensor<16xf32>
// CHECK: linalg.generic
// CHECK: linalg.generic {{.*}} outs(%[[KEYS]]#2 : tensor<16xf32>)
// CHECK: arith.divf %{{.*}}, %[[KEYS]]#1
// CHECK: tensor.insert_slice
func.func @bert_like(%q: tensor<?x4x8x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %m: tensor<?x1x1x?xf32>) -> tensor<?x4x8x16xf32> {
  %o = mcc.attention %q, %k, %v mask(%m) {scale = 0.25 : f64} : (tensor<?x4x8x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>, tensor<?x1x1x?xf32>) -> tensor<?x4x8x16xf32>
  return %o : tensor<?x4x8x16xf32>
}

// -----

// f16 accumulates in f32 in a row of its own; keep selects the fill value.
// CHECK-LABEL: func.func @half_keep
// CHECK: tensor.empty() : tensor<4xf32>
// CHECK: scf.for {{.*}} -> (f32, f32, tensor<4xf32>)
// CHECK: arith.extf
// CHECK: tensor.extract %arg3
// CHECK: arith.select %{{.*}}, %{{.*}}, %cst
// CHECK: arith.truncf
// CHECK: tensor.insert_slice %{{.*}} : tensor<4xf16> into tensor<2x6x4xf16>
func.func @half_keep(%q: tensor<2x6x4xf16>, %k: tensor<2x6x4xf16>, %v: tensor<2x6x4xf16>, %c: tensor<6x6xi1>) -> tensor<2x6x4xf16> {
  %o = mcc.attention %q, %k, %v keep(%c) {fill = -1.0e4 : f64} : (tensor<2x6x4xf16>, tensor<2x6x4xf16>, tensor<2x6x4xf16>, tensor<6x6xi1>) -> tensor<2x6x4xf16>
  return %o : tensor<2x6x4xf16>
}
