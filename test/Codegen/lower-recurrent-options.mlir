// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// LSTM, reverse, with run-time sequence_lens, peepholes, input_forget and
// activations that take alpha/beta. The lengths and the peepholes are
// broadcast over rows before the loop; the gate generic adds p * c to the i,
// (f,) o inputs, takes f = 1 - i, and applies HardSigmoid(0.25, 0.375) and
// Affine(1.5, -0.5); a second generic keeps the previous states and writes
// zeros to y where t >= the entry's length; entries of length 0 end with
// zero states.
// CHECK-LABEL: func.func @lstm_peepholes_coupled_lens
// CHECK-SAME: (%{{.*}}: tensor<5x2x3xf32>, %{{.*}}: tensor<1x16x3xf32>, %{{.*}}: tensor<1x16x4xf32>, %[[LENS:.*]]: tensor<2xi32>, %[[P:.*]]: tensor<1x12xf32>)
// CHECK: %[[LROWS:.*]] = linalg.broadcast ins(%[[LENS]] : tensor<2xi32>) outs(%{{.*}} : tensor<2x4xi32>) dimensions = [1]
// CHECK: %[[PD:.*]] = tensor.extract_slice %[[P]][0, 0] [1, 12] [1, 1] : tensor<1x12xf32> to tensor<12xf32>
// CHECK: %[[PROWS:.*]] = linalg.broadcast ins(%[[PD]] : tensor<12xf32>) outs(%{{.*}} : tensor<2x12xf32>) dimensions = [0]
// CHECK: %[[LOOP:.*]]:3 = scf.for %{{.*}} = %{{.*}} to %[[SEQ:.*]] step %{{.*}} iter_args(%[[H:.*]] = %{{.*}}, %[[C:.*]] = %{{.*}}, %[[YACC:.*]] = %{{.*}})
// CHECK: %[[T0:.*]] = arith.subi %[[SEQ]]
// CHECK: %[[T:.*]] = arith.subi %[[T0]]
// CHECK: tensor.extract_slice %[[PROWS]][0, 0] [2, 4] [1, 1]
// CHECK: tensor.extract_slice %[[PROWS]][0, 4] [2, 4] [1, 1]
// CHECK: tensor.extract_slice %[[PROWS]][0, 8] [2, 4] [1, 1]
// CHECK: %[[G:.*]]:2 = linalg.generic
// CHECK-SAME: %[[C]] : {{.*}}) outs(
// i: the peephole times the previous c, then HardSigmoid.
// CHECK: %[[PC:.*]] = arith.mulf %{{.*}}, %[[CPREV:.*]] : f32
// CHECK: %[[I0:.*]] = arith.addf %{{.*}}, %[[PC]] : f32
// CHECK: %[[HSA:.*]] = arith.constant 2.500000e-01 : f32
// CHECK: %[[I1:.*]] = arith.mulf %[[I0]], %[[HSA]] : f32
// CHECK: %[[HSB:.*]] = arith.constant 3.750000e-01 : f32
// CHECK: arith.addf %[[I1]], %[[HSB]] : f32
// CHECK: arith.maximumf
// CHECK: %[[I:.*]] = arith.minimumf
// f = 1 - i.
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[F:.*]] = arith.subf %[[ONE]], %[[I]] : f32
// g: Affine(1.5, -0.5).
// CHECK: %[[AA:.*]] = arith.constant 1.500000e+00 : f32
// CHECK: %[[G0:.*]] = arith.mulf %{{.*}}, %[[AA]] : f32
// CHECK: %[[AB:.*]] = arith.constant -5.000000e-01 : f32
// CHECK: %[[GATE:.*]] = arith.addf %[[G0]], %[[AB]] : f32
// CHECK: %[[FC:.*]] = arith.mulf %[[F]], %[[CPREV]] : f32
// CHECK: %[[IG:.*]] = arith.mulf %[[I]], %[[GATE]] : f32
// CHECK: %[[CNEW:.*]] = arith.addf %[[FC]], %[[IG]] : f32
// o: the peephole times the new c.
// CHECK: arith.mulf %{{.*}}, %[[CNEW]] : f32
// CHECK: math.tanh %[[CNEW]]
// CHECK: %[[M:.*]]:3 = linalg.generic {{.*}} ins(%[[LROWS]], %[[G]]#0, %[[G]]#1, %[[H]], %[[C]] :
// CHECK: %[[TI:.*]] = arith.index_cast %[[T]] : index to i32
// CHECK: %[[ACTIVE:.*]] = arith.cmpi slt, %[[TI]], %{{.*}} : i32
// CHECK: arith.select %[[ACTIVE]]
// CHECK: arith.select %[[ACTIVE]]
// CHECK: arith.select %[[ACTIVE]]
// CHECK: tensor.insert_slice %[[M]]#2 into %[[YACC]][%[[T]], 0, 0, 0]
// CHECK: linalg.copy ins(%[[M]]#0 : tensor<2x4xf32>) outs(%[[H]] : tensor<2x4xf32>)
// CHECK: linalg.copy ins(%[[M]]#1 : tensor<2x4xf32>) outs(%[[C]] : tensor<2x4xf32>)
// Entries of length 0 end with zero states, as in ONNX Runtime.
// CHECK: %[[YH:.*]] = linalg.generic {{.*}} ins(%[[LROWS]], %[[LOOP]]#0 :
// CHECK: %[[EMPTY:.*]] = arith.cmpi sle
// CHECK: arith.select %[[EMPTY]], %{{.*}}, %{{.*}} : f32
// CHECK: tensor.insert_slice %[[YH]]
// CHECK: %[[YC:.*]] = linalg.generic {{.*}} ins(%[[LROWS]], %[[LOOP]]#1 :
// CHECK: tensor.insert_slice %[[YC]]
func.func @lstm_peepholes_coupled_lens(%x: tensor<5x2x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>, %lens: tensor<2xi32>, %p: tensor<1x12xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>) {
  %0:3 = mcc.lstm %x, %w, %r sequence_lens %lens peepholes %p {hidden_size = 4 : i64, direction = "reverse", activations = ["HardSigmoid", "Affine", "Tanh"], activation_alpha = array<f64: 0.25, 1.5, 0.0>, activation_beta = array<f64: 0.375, -0.5, 0.0>, input_forget = true} : (tensor<5x2x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, tensor<2xi32>, tensor<1x12xf32>) -> (tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>)
  return %0#0, %0#1, %0#2 : tensor<5x1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
}

// -----

// Without activation_alpha/beta the op's defaults apply: ScaledTanh 1, 1
// (tanh), ThresholdedRelu 1, LeakyRelu 0.01, Elu 1.
// CHECK-LABEL: func.func @rnn_default_parameters
// CHECK: linalg.generic
// CHECK: %[[B:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[XB:.*]] = arith.mulf %{{.*}}, %[[B]] : f32
// CHECK: %[[TH:.*]] = math.tanh %[[XB]] : f32
// CHECK: %[[A:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: arith.mulf %[[A]], %[[TH]] : f32
// CHECK: linalg.generic
// CHECK: %[[ALPHA:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[ABOVE:.*]] = arith.cmpf ogt, %{{.*}}, %[[ALPHA]] : f32
func.func @rnn_default_parameters(%x: tensor<4x2x3xf32>, %w: tensor<2x5x3xf32>, %r: tensor<2x5x5xf32>) -> tensor<4x2x2x5xf32> {
  %0:2 = mcc.rnn %x, %w, %r {hidden_size = 5 : i64, direction = "bidirectional", activations = ["ScaledTanh", "ThresholdedRelu"]} : (tensor<4x2x3xf32>, tensor<2x5x3xf32>, tensor<2x5x5xf32>) -> (tensor<4x2x2x5xf32>, tensor<2x2x5xf32>)
  return %0#0 : tensor<4x2x2x5xf32>
}
