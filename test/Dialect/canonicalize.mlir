// RUN: mcc-opt %s -split-input-file -canonicalize | FileCheck %s
// Folders and canonicalizations of the dialect.

// CHECK-LABEL: func.func @shape_of_static
// CHECK: %[[C:.*]] = arith.constant dense<[2, 3]> : tensor<2xi64>
// CHECK: return %[[C]]
func.func @shape_of_static(%x: tensor<2x3xf32>) -> tensor<2xi64> {
  %0 = mcc.shape %x : tensor<2x3xf32> -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// A dynamic dim keeps the shape op.
// CHECK-LABEL: func.func @shape_of_dynamic
// CHECK: mcc.shape
func.func @shape_of_dynamic(%x: tensor<?x3xf32>) -> tensor<2xi64> {
  %0 = mcc.shape %x : tensor<?x3xf32> -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @identity_transpose
// CHECK-NOT: mcc.transpose
// CHECK: return %arg0
func.func @identity_transpose(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = mcc.transpose %x {perm = array<i64: 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @real_transpose
// CHECK: mcc.transpose
func.func @real_transpose(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = mcc.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// The Shape -> Gather -> Unsqueeze -> Concat chain that torch exports for
// x.view(batch, 4, 16): the result type already says everything but the
// batch, so the chain is replaced by a constant with -1 and dies.
// CHECK-LABEL: func.func @reshape_shape_chain
// CHECK-NOT: mcc.shape
// CHECK-NOT: mcc.concat
// CHECK: %[[S:.*]] = arith.constant dense<[-1, 4, 16]> : tensor<3xi64>
// CHECK: mcc.reshape %arg0, %[[S]] : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x4x16xf32>
func.func @reshape_shape_chain(%x: tensor<?x64xf32>) -> tensor<?x4x16xf32> {
  %shape = mcc.shape %x : tensor<?x64xf32> -> tensor<2xi64>
  %zero = arith.constant dense<0> : tensor<i64>
  %batch = mcc.gather %shape, %zero {axis = 0 : i64} : (tensor<2xi64>, tensor<i64>) -> tensor<i64>
  %b1 = mcc.unsqueeze %batch {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %rest = arith.constant dense<[4, 16]> : tensor<2xi64>
  %target = mcc.concat %b1, %rest {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %0 = mcc.reshape %x, %target : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x4x16xf32>
  return %0 : tensor<?x4x16xf32>
}

// -----

// Two dynamic dims, each the input's own at the same index: they become 0
// (copy) entries and the shape computation dies.
// CHECK-LABEL: func.func @reshape_two_dynamic
// CHECK: %[[S:.*]] = arith.constant dense<[0, 0, 1]> : tensor<3xi64>
// CHECK-NOT: mcc.shape
// CHECK: mcc.reshape %{{.*}}, %[[S]]
func.func @reshape_two_dynamic(%x: tensor<?x?xf32>) -> tensor<?x?x1xf32> {
  %shape = mcc.shape %x : tensor<?x?xf32> -> tensor<2xi64>
  %one = arith.constant dense<1> : tensor<1xi64>
  %target = mcc.concat %shape, %one {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  %0 = mcc.reshape %x, %target : (tensor<?x?xf32>, tensor<3xi64>) -> tensor<?x?x1xf32>
  return %0 : tensor<?x?x1xf32>
}

// -----

// Two dynamic dims of another tensor: the runtime shape is still needed.
// CHECK-LABEL: func.func @reshape_two_dynamic_of_other
// CHECK: mcc.shape
// CHECK: mcc.reshape
func.func @reshape_two_dynamic_of_other(%x: tensor<?x?xf32>, %y: tensor<?x?xf32>) -> tensor<?x?x1xf32> {
  %shape = mcc.shape %y : tensor<?x?xf32> -> tensor<2xi64>
  %one = arith.constant dense<1> : tensor<1xi64>
  %target = mcc.concat %shape, %one {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  %0 = mcc.reshape %x, %target : (tensor<?x?xf32>, tensor<3xi64>) -> tensor<?x?x1xf32>
  return %0 : tensor<?x?x1xf32>
}

// -----

// One entry unknown (a dim of another tensor) and a literal -1 already there:
// a constant shape would need two -1 entries, so the runtime shape stays.
// CHECK-LABEL: func.func @reshape_unknown_and_minus_one
// CHECK: mcc.shape %{{.*}}
// CHECK: mcc.reshape
func.func @reshape_unknown_and_minus_one(%x: tensor<?x?x?xf32>, %y: tensor<?xf32>) -> tensor<?x?x3x?xf32> {
  %shape = mcc.shape %y : tensor<?xf32> -> tensor<1xi64>
  %rest = arith.constant dense<[-1, 3]> : tensor<2xi64>
  %zero = arith.constant dense<0> : tensor<1xi64>
  %target = mcc.concat %zero, %shape, %rest {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<4xi64>
  %0 = mcc.reshape %x, %target : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x?x3x?xf32>
  return %0 : tensor<?x?x3x?xf32>
}
