// RUN: mcc-opt %s | mcc-opt | FileCheck %s
// Every op family prints and parses back to itself.

// CHECK-LABEL: func.func @cnn
func.func @cnn(%x: tensor<?x3x32x32xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<8xf32>,
               %s: tensor<8xf32>) -> tensor<?x10xf32> {
  // CHECK: mcc.conv %{{.*}}, %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<?x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<?x8x32x32xf32>
  %c = mcc.conv %x, %w, %b {strides = array<i64: 1, 1>, pads = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : (tensor<?x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<?x8x32x32xf32>
  // CHECK: mcc.batch_norm
  %n = mcc.batch_norm %c, %s, %b, %b, %s {epsilon = 1.0e-05 : f64} : (tensor<?x8x32x32xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<?x8x32x32xf32>
  // CHECK: mcc.relu %{{.*}} : tensor<?x8x32x32xf32>
  %r = mcc.relu %n : tensor<?x8x32x32xf32> -> tensor<?x8x32x32xf32>
  // CHECK: mcc.max_pool
  %p = mcc.max_pool %r {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x8x32x32xf32>) -> tensor<?x8x16x16xf32>
  // CHECK: mcc.global_avg_pool
  %g = mcc.global_avg_pool %p : (tensor<?x8x16x16xf32>) -> tensor<?x8x1x1xf32>
  // CHECK: mcc.flatten %{{.*}} {axis = 1 : i64}
  %f = mcc.flatten %g {axis = 1 : i64} : (tensor<?x8x1x1xf32>) -> tensor<?x8xf32>
  %wt = arith.constant dense<0.5> : tensor<10x8xf32>
  // CHECK: mcc.gemm %{{.*}}, %{{.*}} {trans_b = true}
  %y = mcc.gemm %f, %wt {trans_b = true} : (tensor<?x8xf32>, tensor<10x8xf32>) -> tensor<?x10xf32>
  return %y : tensor<?x10xf32>
}

// CHECK-LABEL: func.func @transformer_bits
func.func @transformer_bits(%x: tensor<?x16x64xf32>, %scale: tensor<64xf32>, %w: tensor<64x64xf32>,
                            %mask: tensor<?x16xi64>) -> tensor<?x16x64xf32> {
  // CHECK: mcc.layer_norm %{{.*}}, %{{.*}} {axis = 2 : i64, epsilon = 9.9999999999999995E-7 : f64}
  %ln = mcc.layer_norm %x, %scale {axis = 2 : i64, epsilon = 1.0e-6 : f64} : (tensor<?x16x64xf32>, tensor<64xf32>) -> tensor<?x16x64xf32>
  // CHECK: mcc.matmul
  %q = mcc.matmul %ln, %w : (tensor<?x16x64xf32>, tensor<64x64xf32>) -> tensor<?x16x64xf32>
  // CHECK: mcc.transpose %{{.*}} {perm = array<i64: 0, 2, 1>}
  %k = mcc.transpose %q {perm = array<i64: 0, 2, 1>} : (tensor<?x16x64xf32>) -> tensor<?x64x16xf32>
  %s = mcc.matmul %q, %k : (tensor<?x16x64xf32>, tensor<?x64x16xf32>) -> tensor<?x16x16xf32>
  // CHECK: mcc.softmax %{{.*}} {axis = 2 : i64} : tensor<?x16x16xf32>
  %p = mcc.softmax %s {axis = 2 : i64} : tensor<?x16x16xf32> -> tensor<?x16x16xf32>
  %o = mcc.matmul %p, %q : (tensor<?x16x16xf32>, tensor<?x16x64xf32>) -> tensor<?x16x64xf32>
  // CHECK: mcc.gelu %{{.*}} {approximate = "tanh"}
  %a = mcc.gelu %o {approximate = "tanh"} : tensor<?x16x64xf32> -> tensor<?x16x64xf32>
  // CHECK: mcc.cast %{{.*}} : tensor<?x16xi64> -> tensor<?x16xf32>
  %mf = mcc.cast %mask : tensor<?x16xi64> -> tensor<?x16xf32>
  // CHECK: mcc.unsqueeze %{{.*}} {axes = array<i64: 2>}
  %mu = mcc.unsqueeze %mf {axes = array<i64: 2>} : (tensor<?x16xf32>) -> tensor<?x16x1xf32>
  // CHECK: mcc.add
  %y = mcc.add %a, %mu : (tensor<?x16x64xf32>, tensor<?x16x1xf32>) -> tensor<?x16x64xf32>
  return %y : tensor<?x16x64xf32>
}

// CHECK-LABEL: func.func @lstm
func.func @lstm(%x: tensor<20x?x32xf32>, %w: tensor<1x400x32xf32>, %r: tensor<1x400x100xf32>,
                %b: tensor<1x800xf32>) -> tensor<1x?x100xf32> {
  // CHECK: mcc.lstm %{{.*}}, %{{.*}}, %{{.*}} bias %{{.*}} {activations = ["sigmoid", "tanh", "tanh"], direction = "forward", hidden_size = 100 : i64}
  %y, %h, %c = mcc.lstm %x, %w, %r bias %b {hidden_size = 100 : i64, direction = "forward", activations = ["sigmoid", "tanh", "tanh"]} : (tensor<20x?x32xf32>, tensor<1x400x32xf32>, tensor<1x400x100xf32>, tensor<1x800xf32>) -> (tensor<20x1x?x100xf32>, tensor<1x?x100xf32>, tensor<1x?x100xf32>)
  return %h : tensor<1x?x100xf32>
}
