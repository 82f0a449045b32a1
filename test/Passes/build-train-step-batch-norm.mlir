// RUN: mcc-opt %s -mcc-parameterize-weights="trainable=conv.*" -mcc-build-train-step="loss=mse" | FileCheck %s
// RUN: mcc-opt %s -mcc-parameterize-weights -mcc-build-train-step="loss=mse batch-norm=frozen" | FileCheck %s --check-prefix=FROZEN

// Train mode: the running statistics are state after the weights (even though
// --trainable leaves the norm's scale and bias constants), the batch's mean and
// variance normalize, and the running ones move by the node's momentum (0.75),
// the variance with Bessel's n / (n - 1).
// CHECK: module attributes {mcc.train_step = {num_params = 1 : i64, num_state = 3 : i64}}
// CHECK-LABEL: func.func @main
// CHECK-SAME: %[[W:[^:]*]]: tensor<2x2x1x1xf32> {mcc.initial_value = dense<5.000000e-01> : tensor<2x2x1x1xf32>, mcc.name = "conv.weight"}
// CHECK-SAME: %[[RM:[^:]*]]: tensor<2xf32> {mcc.initial_value = dense<0.000000e+00> : tensor<2xf32>, mcc.name = "bn.running_mean"}
// CHECK-SAME: %[[RV:[^:]*]]: tensor<2xf32> {mcc.initial_value = dense<1.000000e+00> : tensor<2xf32>, mcc.name = "bn.running_var"}
// CHECK-SAME: tensor<2xf32> {mcc.name = "bn.running_mean"}, tensor<2xf32> {mcc.name = "bn.running_var"})
// CHECK-NOT: mcc.batch_norm
// CHECK: %[[C:.*]] = mcc.conv
// CHECK: %[[MEAN:.*]] = mcc.reduce_mean %[[C]] {axes = array<i64: 0, 2, 3>}
// CHECK: %[[D:.*]] = mcc.sub %[[C]], %[[MEAN]]
// CHECK: %[[D2:.*]] = mcc.mul %[[D]], %[[D]]
// CHECK: %[[VAR:.*]] = mcc.reduce_mean %[[D2]] {axes = array<i64: 0, 2, 3>}
// CHECK: %[[N:.*]] = mcc.mul {{.*}} : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: %[[N1:.*]] = mcc.sub %[[N]]
// CHECK: %[[BESSEL:.*]] = mcc.div %[[N]], %[[N1]]
// CHECK: %[[UNBIASED:.*]] = mcc.mul %[[VAR]], %[[BESSEL]]
// CHECK: %[[MC:.*]] = mcc.reshape %[[MEAN]]
// CHECK: %[[MB:.*]] = mcc.mul %[[MC]], %{{.*}} : (tensor<2xf32>, tensor<f32>)
// CHECK: %[[MR:.*]] = mcc.mul %[[RM]], %{{.*}} : (tensor<2xf32>, tensor<f32>)
// CHECK: %[[NEXTM:.*]] = mcc.add %[[MR]], %[[MB]]
// CHECK: %[[VC:.*]] = mcc.reshape %[[UNBIASED]]
// CHECK: %[[VB:.*]] = mcc.mul %[[VC]]
// CHECK: %[[VR:.*]] = mcc.mul %[[RV]]
// CHECK: %[[NEXTV:.*]] = mcc.add %[[VR]], %[[VB]]
// CHECK: return {{.*}}, %[[NEXTM]], %[[NEXTV]] :

// Frozen: the running statistics normalize and come back unchanged.
// FROZEN: module attributes {mcc.train_step = {num_params = 3 : i64, num_state = 5 : i64}}
// FROZEN-LABEL: func.func @main
// FROZEN-SAME: %[[RM:[^:]*]]: tensor<2xf32> {mcc.initial_value = dense<0.000000e+00> : tensor<2xf32>, mcc.name = "bn.running_mean"}
// FROZEN-SAME: %[[RV:[^:]*]]: tensor<2xf32> {mcc.initial_value = dense<1.000000e+00> : tensor<2xf32>, mcc.name = "bn.running_var"}
// FROZEN-NOT: mcc.reduce_mean
// FROZEN: return {{.*}}, %[[RM]], %[[RV]] :
#w = loc("conv.weight"("m.onnx":0:0))
#g = loc("bn.weight"("m.onnx":0:0))
#b = loc("bn.bias"("m.onnx":0:0))
#m = loc("bn.running_mean"("m.onnx":0:0))
#v = loc("bn.running_var"("m.onnx":0:0))
func.func @main(%x: tensor<?x2x3x3xf32> {mcc.name = "x"}) -> (tensor<?x2x3x3xf32> {mcc.name = "y"}) {
  %w = arith.constant dense<0.5> : tensor<2x2x1x1xf32> loc(#w)
  %g = arith.constant dense<1.5> : tensor<2xf32> loc(#g)
  %b = arith.constant dense<0.1> : tensor<2xf32> loc(#b)
  %m = arith.constant dense<0.0> : tensor<2xf32> loc(#m)
  %v = arith.constant dense<1.0> : tensor<2xf32> loc(#v)
  %c = mcc.conv %x, %w {dilations = array<i64: 1, 1>, group = 1 : i64, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<?x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<?x2x3x3xf32>
  %y = mcc.batch_norm %c, %g, %b, %m, %v {epsilon = 1.0e-05 : f64, momentum = 0.75 : f64} : (tensor<?x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<?x2x3x3xf32>
  return %y : tensor<?x2x3x3xf32>
}
