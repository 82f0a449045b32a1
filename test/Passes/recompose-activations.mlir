// RUN: mcc-opt %s -split-input-file -mcc-recompose-activations | FileCheck %s

// GELU as torch exports it: (x * (erf(x / sqrt 2) + 1)) * 0.5.
// CHECK-LABEL: func.func @gelu_erf_torch
// CHECK-SAME: (%[[X:.*]]: tensor<?x16xf32>)
// CHECK: %[[G:.*]] = mcc.gelu %[[X]] : tensor<?x16xf32> -> tensor<?x16xf32>
// CHECK-NOT: mcc.erf
// CHECK: return %[[G]]
func.func @gelu_erf_torch(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %sqrt2 = arith.constant dense<1.41421354> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %0 = mcc.div %x, %sqrt2 : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
  %1 = mcc.erf %0 : tensor<?x16xf32> -> tensor<?x16xf32>
  %2 = mcc.add %1, %one : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
  %3 = mcc.mul %x, %2 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %4 = mcc.mul %3, %half : (tensor<?x16xf32>, tensor<f32>) -> tensor<?x16xf32>
  return %4 : tensor<?x16xf32>
}

// -----

// Other orderings: (0.5 * x) * (1 + erf(x * 1/sqrt 2)), and
// x * ((1 + erf(...)) * 0.5).
// CHECK-LABEL: func.func @gelu_erf_orderings
// CHECK-SAME: (%[[X:.*]]: tensor<4x16xf32>)
// CHECK: %[[A:.*]] = mcc.gelu %[[X]] :
// CHECK: %[[B:.*]] = mcc.gelu %[[X]] :
// CHECK-NOT: mcc.erf
// CHECK: return %[[A]], %[[B]]
func.func @gelu_erf_orderings(%x: tensor<4x16xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %rsqrt2 = arith.constant dense<0.707106769> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %0 = mcc.mul %half, %x : (tensor<f32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %1 = mcc.mul %x, %rsqrt2 : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %2 = mcc.erf %1 : tensor<4x16xf32> -> tensor<4x16xf32>
  %3 = mcc.add %one, %2 : (tensor<f32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %4 = mcc.mul %0, %3 : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %5 = mcc.mul %x, %rsqrt2 : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %6 = mcc.erf %5 : tensor<4x16xf32> -> tensor<4x16xf32>
  %7 = mcc.add %6, %one : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %8 = mcc.mul %7, %half : (tensor<4x16xf32>, tensor<f32>) -> tensor<4x16xf32>
  %9 = mcc.mul %x, %8 : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  return %4, %9 : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// The tanh form as torch exports GELU(approximate='tanh'): x^3 as x * (x * x).
// CHECK-LABEL: func.func @gelu_tanh
// CHECK-SAME: (%[[X:.*]]: tensor<?x16xf32>)
// CHECK: %[[G:.*]] = mcc.gelu %[[X]] {approximate = "tanh"}
// CHECK-NOT: mcc.tanh
// CHECK: return %[[G]]
func.func @gelu_tanh(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %c = arith.constant dense<4.471500e-02> : tensor<f32>
  %k = arith.constant dense<0.797884583> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %0 = mcc.mul %x, %x : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %1 = mcc.mul %x, %0 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %2 = mcc.mul %c, %1 : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %3 = mcc.add %x, %2 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %4 = mcc.mul %k, %3 : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %5 = mcc.tanh %4 : tensor<?x16xf32> -> tensor<?x16xf32>
  %6 = mcc.add %one, %5 : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %7 = mcc.mul %x, %6 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  %8 = mcc.mul %half, %7 : (tensor<f32>, tensor<?x16xf32>) -> tensor<?x16xf32>
  return %8 : tensor<?x16xf32>
}

// -----

// The tanh form with pow(x, 3), as GPT-2's code writes it.
// CHECK-LABEL: func.func @gelu_tanh_pow
// CHECK: mcc.gelu %{{.*}} {approximate = "tanh"}
// CHECK-NOT: mcc.pow
func.func @gelu_tanh_pow(%x: tensor<8xf32>) -> tensor<8xf32> {
  %three = arith.constant dense<3.0> : tensor<f32>
  %c = arith.constant dense<4.471500e-02> : tensor<f32>
  %k = arith.constant dense<0.797884583> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %0 = mcc.pow %x, %three : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %2 = mcc.mul %0, %c : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %3 = mcc.add %2, %x : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %4 = mcc.mul %3, %k : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %5 = mcc.tanh %4 : tensor<8xf32> -> tensor<8xf32>
  %6 = mcc.add %5, %one : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
  %7 = mcc.mul %half, %x : (tensor<f32>, tensor<8xf32>) -> tensor<8xf32>
  %8 = mcc.mul %7, %6 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return %8 : tensor<8xf32>
}

// -----

// Wrong constants: 0.6 instead of 0.5, 1.5 instead of sqrt 2, 0.05 instead
// of 0.044715. None is a GELU.
// CHECK-LABEL: func.func @gelu_wrong_constants
// CHECK-NOT: mcc.gelu
// CHECK: mcc.erf
func.func @gelu_wrong_constants(%x: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) {
  %sqrt2 = arith.constant dense<1.41421354> : tensor<f32>
  %wrong = arith.constant dense<1.5> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %six = arith.constant dense<0.6> : tensor<f32>
  %0 = mcc.div %x, %sqrt2 : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %1 = mcc.erf %0 : tensor<16xf32> -> tensor<16xf32>
  %2 = mcc.add %1, %one : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %3 = mcc.mul %x, %2 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %4 = mcc.mul %3, %six : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %10 = mcc.div %x, %wrong : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %11 = mcc.erf %10 : tensor<16xf32> -> tensor<16xf32>
  %12 = mcc.add %11, %one : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %13 = mcc.mul %x, %12 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %14 = mcc.mul %13, %half : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %c = arith.constant dense<0.05> : tensor<f32>
  %k = arith.constant dense<0.797884583> : tensor<f32>
  %20 = mcc.mul %x, %x : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %21 = mcc.mul %x, %20 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %22 = mcc.mul %c, %21 : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  %23 = mcc.add %x, %22 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %24 = mcc.mul %k, %23 : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  %25 = mcc.tanh %24 : tensor<16xf32> -> tensor<16xf32>
  %26 = mcc.add %one, %25 : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  %27 = mcc.mul %x, %26 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %28 = mcc.mul %half, %27 : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  return %4, %14, %28 : tensor<16xf32>, tensor<16xf32>, tensor<16xf32>
}

// -----

// erf of another tensor than the one multiplied; the erf's input read
// elsewhere too.
// CHECK-LABEL: func.func @gelu_wrong_structure
// CHECK-NOT: mcc.gelu
func.func @gelu_wrong_structure(%x: tensor<16xf32>, %y: tensor<16xf32>) -> (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) {
  %sqrt2 = arith.constant dense<1.41421354> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %0 = mcc.div %y, %sqrt2 : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %1 = mcc.erf %0 : tensor<16xf32> -> tensor<16xf32>
  %2 = mcc.add %1, %one : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %3 = mcc.mul %x, %2 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %4 = mcc.mul %3, %half : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %10 = mcc.div %x, %sqrt2 : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %11 = mcc.erf %10 : tensor<16xf32> -> tensor<16xf32>
  %12 = mcc.add %11, %one : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  %13 = mcc.mul %x, %12 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %14 = mcc.mul %13, %half : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  return %4, %14, %10 : tensor<16xf32>, tensor<16xf32>, tensor<16xf32>
}

// -----

// x * sigmoid(x) in either order is silu; x * hard_sigmoid(x) with 1/6 and
// 1/2 is hard_swish.
// CHECK-LABEL: func.func @swish
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>)
// CHECK: %[[A:.*]] = mcc.silu %[[X]]
// CHECK: %[[B:.*]] = mcc.silu %[[X]]
// CHECK: %[[C:.*]] = mcc.hard_swish %[[X]]
// CHECK-NOT: mcc.sigmoid
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @swish(%x: tensor<?x8xf32>) -> (tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>) {
  %0 = mcc.sigmoid %x : tensor<?x8xf32> -> tensor<?x8xf32>
  %1 = mcc.mul %x, %0 : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %2 = mcc.sigmoid %x : tensor<?x8xf32> -> tensor<?x8xf32>
  %3 = mcc.mul %2, %x : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  %4 = mcc.hard_sigmoid %x {alpha = 0.16666666666666666 : f64, beta = 5.000000e-01 : f64} : tensor<?x8xf32> -> tensor<?x8xf32>
  %5 = mcc.mul %x, %4 : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  return %1, %3, %5 : tensor<?x8xf32>, tensor<?x8xf32>, tensor<?x8xf32>
}

// -----

// Not swish: the sigmoid of another tensor, a sigmoid also read elsewhere,
// a hard sigmoid with other parameters.
// CHECK-LABEL: func.func @not_swish
// CHECK-NOT: mcc.silu
// CHECK-NOT: mcc.hard_swish
func.func @not_swish(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %0 = mcc.sigmoid %y : tensor<8xf32> -> tensor<8xf32>
  %1 = mcc.mul %x, %0 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %2 = mcc.sigmoid %x : tensor<8xf32> -> tensor<8xf32>
  %3 = mcc.mul %x, %2 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %4 = mcc.hard_sigmoid %x {alpha = 0.2 : f64, beta = 5.000000e-01 : f64} : tensor<8xf32> -> tensor<8xf32>
  %5 = mcc.mul %x, %4 : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return %1, %3, %2, %5 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}
