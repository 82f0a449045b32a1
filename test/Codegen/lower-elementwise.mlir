// RUN: mcc-opt %s --convert-mcc-to-linalg -split-input-file | FileCheck %s

// A unary op on a dynamic batch: the result is allocated with the batch size
// read from the input, and the body is the op's formula.
// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @relu_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>)
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %[[C0]] : tensor<?x8xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[N]]) : tensor<?x8xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[ID2]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x8xf32>) outs(%[[INIT]] : tensor<?x8xf32>)
// CHECK: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[MAX:.*]] = arith.maximumf %[[IN]], %[[ZERO]] : f32
// CHECK: linalg.yield %[[MAX]] : f32
// CHECK: return %[[R]]
func.func @relu_dynamic_batch(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %0 = mcc.relu %x : tensor<?x8xf32> -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

// Integer relu is a signed max.
// CHECK-LABEL: func.func @relu_i32
// CHECK: linalg.generic
// CHECK: arith.maxsi
func.func @relu_i32(%x: tensor<4xi32>) -> tensor<4xi32> {
  %0 = mcc.relu %x : tensor<4xi32> -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Numpy broadcasting: the rhs drops the leading dim; statically size-1 dims
// read index 0.
// CHECK-DAG: #[[LHS:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[RHS:.*]] = affine_map<(d0, d1, d2) -> (0, d2)>
// CHECK-LABEL: func.func @add_broadcast_dynamic_batch
// CHECK-SAME: (%[[A:.*]]: tensor<?x3x4xf32>, %[[B:.*]]: tensor<1x4xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[A]], %{{.*}} : tensor<?x3x4xf32>
// CHECK: %[[INIT:.*]] = tensor.empty(%[[N]]) : tensor<?x3x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[LHS]], #[[RHS]], #[[LHS]]]
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<?x3x4xf32>, tensor<1x4xf32>) outs(%[[INIT]] : tensor<?x3x4xf32>)
// CHECK: arith.addf
func.func @add_broadcast_dynamic_batch(%a: tensor<?x3x4xf32>, %b: tensor<1x4xf32>) -> tensor<?x3x4xf32> {
  %0 = mcc.add %a, %b : (tensor<?x3x4xf32>, tensor<1x4xf32>) -> tensor<?x3x4xf32>
  return %0 : tensor<?x3x4xf32>
}

// -----

// Both operands broadcast into each other.
// CHECK-DAG: #[[COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @sub_outer
// CHECK: tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[COL]], #[[ROW]], #{{.*}}]
// CHECK: arith.subf
func.func @sub_outer(%a: tensor<2x1xf32>, %b: tensor<1x3xf32>) -> tensor<2x3xf32> {
  %0 = mcc.sub %a, %b : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Integer division truncates (divsi) and never traps: a zero divisor becomes 1.
// CHECK-LABEL: func.func @div_i32
// CHECK: ^bb0(%[[L:.*]]: i32, %[[R:.*]]: i32, %{{.*}}: i32):
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK: %[[IS0:.*]] = arith.cmpi eq, %[[R]], %[[ZERO]] : i32
// CHECK: %[[SAFE:.*]] = arith.select %[[IS0]], %[[ONE]], %[[R]] : i32
// CHECK: %[[Q:.*]] = arith.divsi %[[L]], %[[SAFE]] : i32
// CHECK: linalg.yield %[[Q]]
func.func @div_i32(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %0 = mcc.div %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Integer mod takes the divisor's sign (Python %): remsi, then add the
// divisor when the remainder is nonzero and the signs differ.
// CHECK-LABEL: func.func @mod_i64
// CHECK: %[[REM:.*]] = arith.remsi
// CHECK: %[[NZ:.*]] = arith.cmpi ne, %[[REM]]
// CHECK: %[[RNEG:.*]] = arith.cmpi slt, %[[REM]]
// CHECK: %[[DNEG:.*]] = arith.cmpi slt
// CHECK: %[[DIFF:.*]] = arith.xori %[[RNEG]], %[[DNEG]] : i1
// CHECK: %[[SHIFT:.*]] = arith.andi %[[NZ]], %[[DIFF]] : i1
// CHECK: %[[ADD:.*]] = arith.addi %[[REM]]
// CHECK: arith.select %[[SHIFT]], %[[ADD]], %[[REM]] : i64
func.func @mod_i64(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi64> {
  %0 = mcc.mod %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// fmod is C's remainder: the dividend's sign.
// CHECK-LABEL: func.func @fmod_f32
// CHECK: %[[REM:.*]] = arith.remf
// CHECK-NEXT: linalg.yield %[[REM]]
func.func @fmod_f32(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = mcc.mod %a, %b {fmod = true} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Comparisons produce i1: ordered float predicates, signed integer ones, and
// unsigned ones on i1 (false < true).
// CHECK-LABEL: func.func @compares
// CHECK: arith.cmpf olt, %{{.*}}, %{{.*}} : f32
// CHECK: -> tensor<4xi1>
// CHECK: arith.cmpi sge, %{{.*}}, %{{.*}} : i64
// CHECK: arith.cmpi ugt, %{{.*}}, %{{.*}} : i1
// CHECK: arith.cmpf oeq
func.func @compares(%a: tensor<4xf32>, %b: tensor<4xf32>, %i: tensor<4xi64>, %j: tensor<4xi64>,
                    %p: tensor<4xi1>, %q: tensor<4xi1>)
    -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = mcc.less %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %1 = mcc.greater_equal %i, %j : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  %2 = mcc.greater %p, %q : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %3 = mcc.equal %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return %0, %1, %2, %3 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// where broadcasts all three operands.
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[T:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[F:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @where
// CHECK: linalg.generic {indexing_maps = [#[[C]], #[[T]], #[[F]], #[[C]]]
// CHECK: ^bb0(%[[CND:.*]]: i1, %[[X:.*]]: f32, %[[Y:.*]]: f32, %{{.*}}: f32):
// CHECK: arith.select %[[CND]], %[[X]], %[[Y]] : f32
func.func @where(%c: tensor<?x4xi1>, %a: tensor<4xf32>, %b: tensor<f32>) -> tensor<?x4xf32> {
  %0 = mcc.where %c, %a, %b : (tensor<?x4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// cast: float to int truncates toward zero; anything to i1 is x != 0; i1
// widens unsigned.
// CHECK-LABEL: func.func @casts
// CHECK: arith.fptosi %{{.*}} : f32 to i32
// CHECK: arith.cmpf une
// CHECK: arith.uitofp %{{.*}} : i1 to f32
// CHECK: arith.extsi %{{.*}} : i32 to i64
// CHECK: arith.truncf %{{.*}} : f32 to f16
// CHECK: arith.cmpi ne
func.func @casts(%f: tensor<4xf32>, %b: tensor<4xi1>, %i: tensor<4xi32>)
    -> (tensor<4xi32>, tensor<4xi1>, tensor<4xf32>, tensor<4xi64>, tensor<4xf16>, tensor<4xi1>) {
  %0 = mcc.cast %f : tensor<4xf32> -> tensor<4xi32>
  %1 = mcc.cast %f : tensor<4xf32> -> tensor<4xi1>
  %2 = mcc.cast %b : tensor<4xi1> -> tensor<4xf32>
  %3 = mcc.cast %i : tensor<4xi32> -> tensor<4xi64>
  %4 = mcc.cast %f : tensor<4xf32> -> tensor<4xf16>
  %5 = mcc.cast %i : tensor<4xi32> -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<4xi32>, tensor<4xi1>, tensor<4xf32>, tensor<4xi64>, tensor<4xf16>, tensor<4xi1>
}

// -----

// Transcendental functions of f16 are computed in f32.
// CHECK-LABEL: func.func @sigmoid_f16
// CHECK: ^bb0(%[[IN:.*]]: f16, %{{.*}}: f16):
// CHECK: %[[X:.*]] = arith.extf %[[IN]] : f16 to f32
// CHECK: %[[NEG:.*]] = arith.negf %[[X]] : f32
// CHECK: math.exp %[[NEG]] : f32
// CHECK: %[[R:.*]] = arith.truncf %{{.*}} : f32 to f16
// CHECK: linalg.yield %[[R]] : f16
func.func @sigmoid_f16(%x: tensor<4xf16>) -> tensor<4xf16> {
  %0 = mcc.sigmoid %x : tensor<4xf16> -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// gelu: the erf form by default, the tanh form on request.
// CHECK-LABEL: func.func @gelu
// CHECK: math.erf
// CHECK-NOT: math.tanh
// CHECK: linalg.generic
// CHECK: math.tanh
func.func @gelu(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = mcc.gelu %x : tensor<4xf32> -> tensor<4xf32>
  %1 = mcc.gelu %x {approximate = "tanh"} : tensor<4xf32> -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// round is half to even; clip with only an upper bound clamps once.
// CHECK-LABEL: func.func @round_clip
// CHECK: math.roundeven
// CHECK: linalg.generic
// CHECK: %[[HI:.*]] = arith.constant 6.000000e+00 : f32
// CHECK-NOT: arith.maximumf
// CHECK: arith.minimumf %{{.*}}, %[[HI]]
func.func @round_clip(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = mcc.round %x : tensor<4xf32> -> tensor<4xf32>
  %1 = mcc.clip %x {max = 6.0} : tensor<4xf32> -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// pow with a constant exponent of 2 is a multiply, not a libm call.
// CHECK-LABEL: func.func @pow_square
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32, %{{.*}}: f32):
// CHECK-NOT: math.powf
// CHECK: arith.mulf %[[X]], %[[X]] : f32
func.func @pow_square(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c = arith.constant dense<2.0> : tensor<f32>
  %0 = mcc.pow %x, %c : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// identity forwards its operand without a copy.
// CHECK-LABEL: func.func @identity
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK-NOT: linalg
// CHECK: return %[[X]]
func.func @identity(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = mcc.identity %x : tensor<?x4xf32> -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// not flips an i1.
// CHECK-LABEL: func.func @not
// CHECK: %[[TRUE:.*]] = arith.constant true
// CHECK: arith.xori %{{.*}}, %[[TRUE]] : i1
func.func @not(%x: tensor<4xi1>) -> tensor<4xi1> {
  %0 = mcc.not %x : tensor<4xi1> -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

// Dynamic dims that may be 1 at run time: the result size is combined as
// numpy does (`a == 1 ? b : a`), and each operand whose dim is not provably
// the result's gets an scf.if that broadcasts it when its dim is 1 and the
// result's is not; the main generic keeps identity maps.
// CHECK-LABEL: func.func @add_dynamic_may_broadcast
// CHECK-SAME: (%[[A:.*]]: tensor<?xf32>, %[[B:.*]]: tensor<?xf32>)
// CHECK-DAG: %[[DA:.*]] = tensor.dim %[[A]]
// CHECK-DAG: %[[DB:.*]] = tensor.dim %[[B]]
// CHECK: %[[AONE:.*]] = arith.cmpi eq, %[[DA]]
// CHECK: %[[N:.*]] = arith.select %[[AONE]], %[[DB]], %[[DA]] : index
// CHECK: %[[INIT:.*]] = tensor.empty(%[[N]]) : tensor<?xf32>
// CHECK: %[[A2:.*]] = scf.if %{{.*}} -> (tensor<?xf32>) {
// CHECK: linalg.generic
// CHECK: arith.select
// CHECK: tensor.extract %[[A]]
// CHECK: } else {
// CHECK: scf.yield %[[A]]
// CHECK: %[[B2:.*]] = scf.if %{{.*}} -> (tensor<?xf32>) {
// CHECK: tensor.extract %[[B]]
// CHECK: linalg.generic {{.*}} ins(%[[A2]], %[[B2]] : tensor<?xf32>, tensor<?xf32>) outs(%[[INIT]] : tensor<?xf32>)
// CHECK: arith.addf
func.func @add_dynamic_may_broadcast(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?xf32> {
  %0 = mcc.add %a, %b : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// Must not guard: relu(%a) has %a's sizes (through its tensor.empty init), so
// the add of the two reads both as is.
// CHECK-LABEL: func.func @add_residual_same_size
// CHECK-NOT: scf.if
// CHECK: linalg.generic
// CHECK: arith.addf
// CHECK-NOT: scf.if
func.func @add_residual_same_size(%a: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %r = mcc.relu %a : tensor<?x8xf32> -> tensor<?x8xf32>
  %0 = mcc.add %a, %r : (tensor<?x8xf32>, tensor<?x8xf32>) -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

// A dynamic dim against a static 4: the result is 4, and the operand is
// broadcast when it is 1 at run time.
// CHECK-LABEL: func.func @mul_dynamic_vs_static
// CHECK: tensor.empty() : tensor<4xf32>
// CHECK: scf.if
// CHECK: linalg.generic
func.func @mul_dynamic_vs_static(%a: tensor<?xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = mcc.mul %a, %b : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
