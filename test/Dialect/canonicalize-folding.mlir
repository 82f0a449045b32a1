// RUN: mcc-opt %s -split-input-file -canonicalize | FileCheck %s

// Torch's position-id clamp on constants: gather, less, add, where, max and
// min all fold; the range of constants folds too.
// CHECK-LABEL: func.func @index_arithmetic
// CHECK-DAG: %[[R:.*]] = arith.constant dense<[0, 1, 2, 3]> : tensor<4xi64>
// CHECK-DAG: %[[Z:.*]] = arith.constant dense<0> : tensor<i64>
// CHECK-NOT: mcc.
// CHECK: return %[[Z]], %[[R]]
func.func @index_arithmetic() -> (tensor<i64>, tensor<4xi64>) {
  %v = arith.constant dense<[0]> : tensor<1xi64>
  %zero = arith.constant dense<0> : tensor<i64>
  %one = arith.constant dense<1> : tensor<i64>
  %four = arith.constant dense<4> : tensor<i64>
  %n = arith.constant dense<256> : tensor<i64>
  %0 = mcc.gather %v, %zero {axis = 0 : i64} : (tensor<1xi64>, tensor<i64>) -> tensor<i64>
  %1 = mcc.less %0, %zero : (tensor<i64>, tensor<i64>) -> tensor<i1>
  %2 = mcc.add %0, %n : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %3 = mcc.where %1, %2, %0 : (tensor<i1>, tensor<i64>, tensor<i64>) -> tensor<i64>
  %4 = mcc.max %3, %zero : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %5 = mcc.min %4, %n : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %6 = mcc.range %zero, %four, %one : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<4xi64>
  return %5, %6 : tensor<i64>, tensor<4xi64>
}

// -----

// A static dim of a tensor with a dynamic batch is a constant; so is
// arithmetic on it, with broadcasting.
// CHECK-LABEL: func.func @static_dim_of_dynamic_tensor
// CHECK-SAME: (%[[X:.*]]: tensor<?x32x64xf32>)
// CHECK: %[[C:.*]] = arith.constant dense<[64, 96]> : tensor<2xi64>
// CHECK-NOT: mcc.
// CHECK: return %[[C]]
func.func @static_dim_of_dynamic_tensor(%x: tensor<?x32x64xf32>) -> tensor<2xi64> {
  %s = mcc.shape %x : tensor<?x32x64xf32> -> tensor<3xi64>
  %i = arith.constant dense<1> : tensor<i64>
  %d = mcc.gather %s, %i {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %u = mcc.unsqueeze %d {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %k = arith.constant dense<[2, 3]> : tensor<2xi64>
  %m = mcc.mul %u, %k : (tensor<1xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %m : tensor<2xi64>
}

// -----

// The dynamic dim itself is not a constant.
// CHECK-LABEL: func.func @dynamic_dim_stays
// CHECK: mcc.shape
// CHECK: mcc.gather
func.func @dynamic_dim_stays(%x: tensor<?x32xf32>) -> tensor<i64> {
  %s = mcc.shape %x : tensor<?x32xf32> -> tensor<2xi64>
  %i = arith.constant dense<0> : tensor<i64>
  %d = mcc.gather %s, %i {axis = 0 : i64} : (tensor<2xi64>, tensor<i64>) -> tensor<i64>
  return %d : tensor<i64>
}

// -----

// Constant data moves through concat, slice, squeeze, unsqueeze, reshape,
// transpose and gather along an inner axis.
// CHECK-LABEL: func.func @constant_data_movement
// CHECK-DAG: arith.constant dense<[1, 2, 3, 4, 5]> : tensor<5xi64>
// CHECK-DAG: arith.constant dense<[4, 2]> : tensor<2xi64>
// CHECK-DAG: arith.constant dense<{{\[\[}}1, 4], [2, 5], [3, 6]]> : tensor<3x2xi32>
// CHECK-DAG: arith.constant dense<{{\[\[}}3, 1], [6, 4]]> : tensor<2x2xi32>
// CHECK-DAG: arith.constant dense<{{\[\[}}1, 2, 3]]> : tensor<1x3xi32>
// CHECK-NOT: mcc.
func.func @constant_data_movement() -> (tensor<5xi64>, tensor<2xi64>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<1x3xi32>) {
  %a = arith.constant dense<[1, 2]> : tensor<2xi64>
  %b = arith.constant dense<[3, 4, 5]> : tensor<3xi64>
  %c = mcc.concat %a, %b {axis = 0 : i64} : (tensor<2xi64>, tensor<3xi64>) -> tensor<5xi64>
  %s = mcc.slice %c {starts = array<i64: -2>, ends = array<i64: 0>, axes = array<i64: 0>, steps = array<i64: -2>} : (tensor<5xi64>) -> tensor<2xi64>
  %m = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %t = mcc.transpose %m {perm = array<i64: 1, 0>} : (tensor<2x3xi32>) -> tensor<3x2xi32>
  %idx = arith.constant dense<[2, 0]> : tensor<2xi64>
  %g = mcc.gather %m, %idx {axis = 1 : i64} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<2x2xi32>
  %row = mcc.slice %m {starts = array<i64: 0>, ends = array<i64: 1>, axes = array<i64: 0>, steps = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<1x3xi32>
  %sq = mcc.squeeze %row {axes = array<i64: 0>} : (tensor<1x3xi32>) -> tensor<3xi32>
  %un = mcc.unsqueeze %sq {axes = array<i64: 0>} : (tensor<3xi32>) -> tensor<1x3xi32>
  return %c, %s, %t, %g, %un : tensor<5xi64>, tensor<2xi64>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<1x3xi32>
}

// -----

// Casts of constants convert (float to integer truncates toward zero);
// float arithmetic on small constants folds too.
// CHECK-LABEL: func.func @cast_and_float_constants
// CHECK-DAG: arith.constant dense<[1, -2, 0]> : tensor<3xi64>
// CHECK-DAG: arith.constant dense<[false, true, true]> : tensor<3xi1>
// CHECK-DAG: arith.constant dense<[4.500000e+00, -4.000000e+00, 1.000000e+00]> : tensor<3xf32>
// CHECK-NOT: mcc.
func.func @cast_and_float_constants() -> (tensor<3xi64>, tensor<3xi1>, tensor<3xf32>) {
  %f = arith.constant dense<[1.75, -2.5, 0.0]> : tensor<3xf32>
  %i = arith.constant dense<[0, 7, -1]> : tensor<3xi64>
  %two = arith.constant dense<2.0> : tensor<f32>
  %0 = mcc.cast %f : tensor<3xf32> -> tensor<3xi64>
  %1 = mcc.cast %i : tensor<3xi64> -> tensor<3xi1>
  %2 = mcc.mul %f, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %3 = mcc.add %2, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %4 = mcc.div %3, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %5 = mcc.sub %4, %f : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %6 = mcc.add %5, %f : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %7 = mcc.add %6, %f : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0, %1, %7 : tensor<3xi64>, tensor<3xi1>, tensor<3xf32>
}

// -----

// Not folded: integer division by zero (undefined), and constants above the
// size limit (a weight must not be duplicated by a fold).
// CHECK-LABEL: func.func @not_folded
// CHECK: mcc.div
// CHECK: mcc.add
func.func @not_folded() -> (tensor<2xi64>, tensor<2048xf32>) {
  %a = arith.constant dense<[4, 5]> : tensor<2xi64>
  %z = arith.constant dense<[1, 0]> : tensor<2xi64>
  %0 = mcc.div %a, %z : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %w = arith.constant dense<1.0> : tensor<2048xf32>
  %1 = mcc.add %w, %w : (tensor<2048xf32>, tensor<2048xf32>) -> tensor<2048xf32>
  return %0, %1 : tensor<2xi64>, tensor<2048xf32>
}

// -----

// Neutral operands vanish: x + 0, x * 1, x / 1, identity transpose, casts,
// reshapes, flattens and unsqueezes that change nothing.
// CHECK-LABEL: func.func @no_ops
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>
// CHECK-NOT: mcc.
// CHECK: return %[[X]], %[[X]]
func.func @no_ops(%x: tensor<?x8xf32>, %s: tensor<2xi64>) -> (tensor<?x8xf32>, tensor<?x8xf32>) {
  %zero = arith.constant dense<0.0> : tensor<8xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %0 = mcc.add %x, %zero : (tensor<?x8xf32>, tensor<8xf32>) -> tensor<?x8xf32>
  %1 = mcc.mul %one, %0 : (tensor<f32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %2 = mcc.div %1, %one : (tensor<?x8xf32>, tensor<f32>) -> tensor<?x8xf32>
  %3 = mcc.transpose %2 {perm = array<i64: 0, 1>} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %4 = mcc.cast %3 : tensor<?x8xf32> -> tensor<?x8xf32>
  %5 = mcc.reshape %4, %s : (tensor<?x8xf32>, tensor<2xi64>) -> tensor<?x8xf32>
  %6 = mcc.flatten %5 {axis = 1 : i64} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %7 = mcc.unsqueeze %6 {axes = array<i64>} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  %c = arith.constant dense<[0, 8]> : tensor<2xi64>
  %8 = mcc.reshape %x, %c : (tensor<?x8xf32>, tensor<2xi64>) -> tensor<?x8xf32>
  return %7, %8 : tensor<?x8xf32>, tensor<?x8xf32>
}

// -----

// A neutral operand that broadcasts x to a larger shape is not a no-op; nor
// is a reshape between two types with two dynamic dims.
// CHECK-LABEL: func.func @not_no_ops
// CHECK: mcc.mul
// CHECK: mcc.reshape
func.func @not_no_ops(%x: tensor<8xf32>, %y: tensor<?x?xf32>, %s: tensor<2xi64>) -> (tensor<4x8xf32>, tensor<?x?xf32>) {
  %one = arith.constant dense<1.0> : tensor<4x1xf32>
  %0 = mcc.mul %x, %one : (tensor<8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %1 = mcc.reshape %y, %s : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1 : tensor<4x8xf32>, tensor<?x?xf32>
}

// -----

// reshape of reshape is one reshape; transpose of transpose one transpose.
// CHECK-LABEL: func.func @chains
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x6xf32>)
// CHECK: %[[S:.*]] = arith.constant dense<[-1, 6]> : tensor<2xi64>
// CHECK: %[[R:.*]] = mcc.reshape %[[X]], %[[S]]
// CHECK: %[[T:.*]] = mcc.transpose %[[X]] {perm = array<i64: 2, 0, 1>}
// CHECK: return %[[R]], %[[T]]
func.func @chains(%x: tensor<?x4x6xf32>) -> (tensor<?x6xf32>, tensor<6x?x4xf32>) {
  %s1 = arith.constant dense<[-1, 24]> : tensor<2xi64>
  %s2 = arith.constant dense<[-1, 6]> : tensor<2xi64>
  %0 = mcc.reshape %x, %s1 : (tensor<?x4x6xf32>, tensor<2xi64>) -> tensor<?x24xf32>
  %1 = mcc.reshape %0, %s2 : (tensor<?x24xf32>, tensor<2xi64>) -> tensor<?x6xf32>
  %2 = mcc.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<?x4x6xf32>) -> tensor<4x6x?xf32>
  %3 = mcc.transpose %2 {perm = array<i64: 1, 2, 0>} : (tensor<4x6x?xf32>) -> tensor<6x?x4xf32>
  return %1, %3 : tensor<?x6xf32>, tensor<6x?x4xf32>
}

// -----

// The outer reshape copies (0) a dim of the inner one's result, which is not
// the input's: not merged.
// CHECK-LABEL: func.func @reshape_chain_with_copy
// CHECK: mcc.reshape
// CHECK: mcc.reshape
func.func @reshape_chain_with_copy(%x: tensor<?x12xf32>) -> tensor<?x2x3xf32> {
  %s1 = arith.constant dense<[-1, 6]> : tensor<2xi64>
  %s2 = arith.constant dense<[0, 2, 3]> : tensor<3xi64>
  %0 = mcc.reshape %x, %s1 : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<?x6xf32>
  %1 = mcc.reshape %0, %s2 : (tensor<?x6xf32>, tensor<3xi64>) -> tensor<?x2x3xf32>
  return %1 : tensor<?x2x3xf32>
}

// -----

// Dynamic batch and sequence, as torch exports multi-head attention: the
// shape [dim 0, dim 1, 4, 16] becomes [0, 0, 4, 16]; merging heads back,
// [dim 0, dim 1, 64] becomes [0, 0, 64]. No Shape/Gather/Concat is left.
// CHECK-LABEL: func.func @attention_heads
// CHECK-DAG: %[[SPLIT:.*]] = arith.constant dense<[0, 0, 4, 16]> : tensor<4xi64>
// CHECK-DAG: %[[MERGE:.*]] = arith.constant dense<[0, 0, 64]> : tensor<3xi64>
// CHECK-NOT: mcc.shape
// CHECK-NOT: mcc.concat
// CHECK: mcc.reshape %{{.*}}, %[[SPLIT]]
// CHECK: mcc.reshape %{{.*}}, %[[MERGE]]
func.func @attention_heads(%x: tensor<?x?x64xf32>) -> tensor<?x?x64xf32> {
  %zero = arith.constant dense<0> : tensor<i64>
  %one = arith.constant dense<1> : tensor<i64>
  %heads = arith.constant dense<[4]> : tensor<1xi64>
  %size = arith.constant dense<[16]> : tensor<1xi64>
  %hidden = arith.constant dense<[64]> : tensor<1xi64>
  %s = mcc.shape %x : tensor<?x?x64xf32> -> tensor<3xi64>
  %b = mcc.gather %s, %zero {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %l = mcc.gather %s, %one {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %b1 = mcc.unsqueeze %b {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %l1 = mcc.unsqueeze %l {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %split = mcc.concat %b1, %l1, %heads, %size {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %r = mcc.reshape %x, %split : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
  %e = mcc.exp %r : tensor<?x?x4x16xf32> -> tensor<?x?x4x16xf32>
  %s2 = mcc.shape %e : tensor<?x?x4x16xf32> -> tensor<4xi64>
  %b2 = mcc.gather %s2, %zero {axis = 0 : i64} : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
  %l2 = mcc.gather %s2, %one {axis = 0 : i64} : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
  %b3 = mcc.unsqueeze %b2 {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %l3 = mcc.unsqueeze %l2 {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %merge = mcc.concat %b3, %l3, %hidden {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %m = mcc.reshape %e, %merge : (tensor<?x?x4x16xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
  return %m : tensor<?x?x64xf32>
}

// -----

// Flattening two dynamic dims: one entry is unknown and becomes -1.
// CHECK-LABEL: func.func @flatten_dynamic
// CHECK: %[[S:.*]] = arith.constant dense<[-1, 64]> : tensor<2xi64>
// CHECK-NOT: mcc.mul
// CHECK: mcc.reshape %{{.*}}, %[[S]]
func.func @flatten_dynamic(%x: tensor<?x?x64xf32>) -> tensor<?x64xf32> {
  %zero = arith.constant dense<0> : tensor<1xi64>
  %one = arith.constant dense<1> : tensor<1xi64>
  %hidden = arith.constant dense<[64]> : tensor<1xi64>
  %s = mcc.shape %x : tensor<?x?x64xf32> -> tensor<3xi64>
  %b = mcc.gather %s, %zero {axis = 0 : i64} : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %l = mcc.gather %s, %one {axis = 0 : i64} : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %n = mcc.mul %b, %l : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %target = mcc.concat %n, %hidden {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %r = mcc.reshape %x, %target : (tensor<?x?x64xf32>, tensor<2xi64>) -> tensor<?x64xf32>
  return %r : tensor<?x64xf32>
}

// -----

// A range whose bounds fold gets a static type, then folds itself; the
// gather reading it becomes static too (its reader is a return, so the
// gather's own type stays as declared).
// CHECK-LABEL: func.func @refine_range
// CHECK: %[[R:.*]] = arith.constant dense<[0, 1, 2]> : tensor<3xi64>
// CHECK: mcc.gather %{{.*}}, %[[R]] {axis = 1 : i64} : (tensor<1x8xf32>, tensor<3xi64>) -> tensor<1x?xf32>
func.func @refine_range(%data: tensor<1x8xf32>) -> tensor<1x?xf32> {
  %zero = arith.constant dense<0> : tensor<i64>
  %one = arith.constant dense<1> : tensor<i64>
  %v = arith.constant dense<[3]> : tensor<1xi64>
  %z = mcc.cast %v : tensor<1xi64> -> tensor<1xi32>
  %w = mcc.cast %z : tensor<1xi32> -> tensor<1xi64>
  %limit = mcc.squeeze %w {axes = array<i64: 0>} : (tensor<1xi64>) -> tensor<i64>
  %r = mcc.range %zero, %limit, %one : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  %g = mcc.gather %data, %r {axis = 1 : i64} : (tensor<1x8xf32>, tensor<?xi64>) -> tensor<1x?xf32>
  return %g : tensor<1x?xf32>
}
