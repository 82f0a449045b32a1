// RUN: mcc-opt %s -split-input-file -mcc-parameterize-weights -mcc-build-train-step="lr=0.5" | FileCheck %s
// RUN: mcc-opt %s -split-input-file -mcc-parameterize-weights -mcc-build-train-step="optimizer=adam" | FileCheck %s --check-prefix=ADAM
// RUN: mcc-opt %s -split-input-file -mcc-parameterize-weights="trainable=fc2.*" -mcc-build-train-step | FileCheck %s --check-prefix=FC2

// Initializers (at file:0:0) become state; the node at file:2 stays a constant.
// CHECK: module attributes {mcc.train_step = {num_params = 2 : i64, num_state = 2 : i64}}
// CHECK-LABEL: func.func @main
// CHECK-SAME: %[[X:[^:]*]]: tensor<?x3xf32> {mcc.name = "x"}
// CHECK-SAME: %[[Y:[^:]*]]: tensor<?xi64> {mcc.name = "labels"}
// CHECK-SAME: %[[W1:[^:]*]]: tensor<4x3xf32> {mcc.initial_value = {{.*}}, mcc.name = "fc1.weight"}
// CHECK-SAME: %[[W2:[^:]*]]: tensor<2x4xf32> {mcc.initial_value = {{.*}}, mcc.name = "fc2.weight"}
// CHECK-SAME: -> (tensor<f32> {mcc.name = "loss"}, tensor<?x2xf32> {mcc.name = "logits"}, tensor<4x3xf32> {mcc.name = "fc1.weight"}, tensor<2x4xf32> {mcc.name = "fc2.weight"})
// CHECK: %[[SHIFT:.*]] = arith.constant dense<1.000000e-01> : tensor<4xf32>
// CHECK: %[[H:.*]] = mcc.gemm %[[X]], %[[W1]] {trans_b = true}
// CHECK: %[[HB:.*]] = mcc.add %[[H]], %[[SHIFT]]
// CHECK: %[[R:.*]] = mcc.relu %[[HB]]
// CHECK: %[[Z:.*]] = mcc.gemm %[[R]], %[[W2]] {trans_b = true}
// Cross-entropy on the logits: softmax - one-hot, over the batch size.
// CHECK: mcc.one_hot %[[Y]]
// CHECK: %[[LOGP:.*]] = mcc.log_softmax %[[Z]] {axis = 1 : i64}
// CHECK: %[[P:.*]] = mcc.exp %[[LOGP]]
// CHECK: %[[DZ0:.*]] = mcc.sub %[[P]]
// CHECK: %[[DZ:.*]] = mcc.div %[[DZ0]]
// dR = dZ W2 and dW2 = dZ^T R; the relu passes dR where its output is positive.
// CHECK: %[[DR:.*]] = mcc.gemm %[[DZ]], %[[W2]] :
// CHECK: %[[DW2:.*]] = mcc.gemm %[[DZ]], %[[R]] {trans_a = true}
// CHECK: %[[POS:.*]] = mcc.greater %[[R]]
// CHECK: %[[DH:.*]] = mcc.where %[[POS]], %[[DR]]
// The add's gradient reaches the gemm unchanged; the input x gets no gradient.
// CHECK: %[[DW1:.*]] = mcc.gemm %[[DH]], %[[X]] {trans_a = true}
// CHECK-NOT: mcc.gemm
// SGD: w - lr * dw.
// CHECK: %[[LR:.*]] = arith.constant dense<5.000000e-01> : tensor<f32>
// CHECK: %[[S1:.*]] = mcc.mul %[[DW1]], %[[LR]]
// CHECK: %[[N1:.*]] = mcc.sub %[[W1]], %[[S1]]
// CHECK: %[[S2:.*]] = mcc.mul %[[DW2]]
// CHECK: %[[N2:.*]] = mcc.sub %[[W2]], %[[S2]]
// CHECK: return %{{.*}}, %[[Z]], %[[N1]], %[[N2]]

// Adam: two moments per weight and the shared step count.
// ADAM: mcc.train_step = {num_params = 2 : i64, num_state = 7 : i64}
// ADAM: mcc.name = "fc1.weight.adam_m"
// ADAM-SAME: mcc.name = "fc2.weight.adam_m"
// ADAM-SAME: mcc.name = "fc1.weight.adam_v"
// ADAM-SAME: mcc.name = "fc2.weight.adam_v"
// ADAM-SAME: tensor<f32> {mcc.name = "adam_step"}
// ADAM: mcc.pow
// ADAM: mcc.sqrt

// --trainable: fc1.weight stays a constant, so nothing flows back past fc2.
// FC2: mcc.train_step = {num_params = 1 : i64, num_state = 1 : i64}
// FC2-LABEL: func.func @main
// FC2-NOT: fc1.weight
// FC2: mcc.relu
// FC2-NOT: mcc.where
#w1 = loc("fc1.weight"("m.onnx":0:0))
#w2 = loc("fc2.weight"("m.onnx":0:0))
#shift = loc("shift"("m.onnx":2:0))
func.func @main(%x: tensor<?x3xf32> {mcc.name = "x"}) -> (tensor<?x2xf32> {mcc.name = "logits"}) {
  %w1 = arith.constant dense<0.25> : tensor<4x3xf32> loc(#w1)
  %w2 = arith.constant dense<-0.5> : tensor<2x4xf32> loc(#w2)
  %shift = arith.constant dense<0.1> : tensor<4xf32> loc(#shift)
  %h = mcc.gemm %x, %w1 {trans_b = true} : (tensor<?x3xf32>, tensor<4x3xf32>) -> tensor<?x4xf32>
  %hb = mcc.add %h, %shift : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xf32>
  %r = mcc.relu %hb : tensor<?x4xf32> -> tensor<?x4xf32>
  %y = mcc.gemm %r, %w2 {trans_b = true} : (tensor<?x4xf32>, tensor<2x4xf32>) -> tensor<?x2xf32>
  return %y : tensor<?x2xf32>
}
