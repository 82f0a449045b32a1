// RUN: mcc-opt %s -split-input-file -canonicalize | FileCheck %s
// Shape tensors computed through neg, constant_of_shape, reduce_prod, max/min,
// comparisons and where (as ONNX's expanded functions do) evaluate at compile time.

// LayerNormalization's expanded body: the reduced shape is the prefix of the
// input's shape and -axis ones.
// CHECK-LABEL: func.func @neg_constant_of_shape
// CHECK-NOT: mcc.neg
// CHECK: %[[S:.*]] = arith.constant dense<[-1, 1]> : tensor<2xi64>
// CHECK: mcc.reshape %arg0, %[[S]] : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x1xf32>
func.func @neg_constant_of_shape(%x: tensor<?x4xf32>) -> tensor<?x1xf32> {
  %axis = arith.constant dense<[-1]> : tensor<1xi64>
  %count = mcc.neg %axis : tensor<1xi64> -> tensor<1xi64>
  %ones = mcc.constant_of_shape %count {value = 1 : i64} : (tensor<1xi64>) -> tensor<1xi64>
  %prefix = arith.constant dense<[-1]> : tensor<1xi64>
  %shape = mcc.concat %prefix, %ones {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = mcc.reshape %x, %shape : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x1xf32>
  return %0 : tensor<?x1xf32>
}

// -----

// CHECK-LABEL: func.func @prod_max_where
// CHECK-NOT: mcc.where
// CHECK: %[[S:.*]] = arith.constant dense<[-1, 64]> : tensor<2xi64>
// CHECK: mcc.reshape %arg0, %[[S]] : (tensor<?x4x16xf32>, tensor<2xi64>) -> tensor<?x64xf32>
func.func @prod_max_where(%x: tensor<?x4x16xf32>) -> tensor<?x64xf32> {
  %shape = mcc.shape %x : tensor<?x4x16xf32> -> tensor<3xi64>
  %tail = mcc.slice %shape {axes = array<i64: 0>, ends = array<i64: 3>, starts = array<i64: 1>, steps = array<i64: 1>} : (tensor<3xi64>) -> tensor<2xi64>
  %prod = mcc.reduce_prod %tail {axes = array<i64: 0>, keepdims = false} : (tensor<2xi64>) -> tensor<i64>
  %eight = arith.constant dense<8> : tensor<i64>
  %max = mcc.max %prod, %eight : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %min = mcc.min %max, %prod : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %big = arith.constant dense<100> : tensor<i64>
  %cond = mcc.greater %min, %big : (tensor<i64>, tensor<i64>) -> tensor<i1>
  %where = mcc.where %cond, %big, %min : (tensor<i1>, tensor<i64>, tensor<i64>) -> tensor<i64>
  %cols = mcc.unsqueeze %where {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %rows = arith.constant dense<[-1]> : tensor<1xi64>
  %target = mcc.concat %rows, %cols {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = mcc.reshape %x, %target : (tensor<?x4x16xf32>, tensor<2xi64>) -> tensor<?x64xf32>
  return %0 : tensor<?x64xf32>
}

// -----

// A where on a constant condition keeps a dynamic dim it selects.
// CHECK-LABEL: func.func @where_keeps_dim
// CHECK: mcc.reshape %arg0, %{{.*}} : (tensor<?x8xf32>, tensor<3xi64>) -> tensor<?x2x4xf32>
func.func @where_keeps_dim(%x: tensor<?x8xf32>) -> tensor<?x2x4xf32> {
  %shape = mcc.shape %x : tensor<?x8xf32> -> tensor<2xi64>
  %cond = arith.constant dense<[true, false]> : tensor<2xi1>
  %other = arith.constant dense<[7, 2]> : tensor<2xi64>
  %picked = mcc.where %cond, %shape, %other : (tensor<2xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %four = arith.constant dense<[4]> : tensor<1xi64>
  %target = mcc.concat %picked, %four {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  %0 = mcc.reshape %x, %target : (tensor<?x8xf32>, tensor<3xi64>) -> tensor<?x2x4xf32>
  return %0 : tensor<?x2x4xf32>
}
