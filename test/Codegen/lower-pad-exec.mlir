// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN: | mcc-opt --mcc-lower-strided-copies \
// RUN: | mlir-opt --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the pad lowerings, run end to end on the CPU: each @kN
// holds one mcc op (dynamic dims where the shapes say `?`), @main calls it on
// constant inputs and compares every element with the expected values, which
// were computed with ONNX Runtime 1.32 (Pad) and numpy.pad. @main returns 0 when all match, else 1 + the index
// of the first case that does not (so a failure names its @kN).
// CHECK: {{^}}0{{$}}

// pad constant crop dyn
func.func @k0(%a0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %r = mcc.pad %a0 {mode = "constant", pads = array<i64: -1, 2, 1, -2>, value = 0.5 : f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

// pad edge 2d
func.func @k1(%a0: tensor<2x3xf32>) -> tensor<3x6xf32> {
  %r = mcc.pad %a0 {mode = "edge", pads = array<i64: 1, 2, 0, 1>, value = 0.0 : f32} : (tensor<2x3xf32>) -> tensor<3x6xf32>
  return %r : tensor<3x6xf32>
}

// pad edge dyn i64
func.func @k2(%a0: tensor<?x?xi64>) -> tensor<?x?xi64> {
  %r = mcc.pad %a0 {mode = "edge", pads = array<i64: 0, 3, 2, 1>, value = 0 : i64} : (tensor<?x?xi64>) -> tensor<?x?xi64>
  return %r : tensor<?x?xi64>
}

// pad reflect 2d
func.func @k3(%a0: tensor<3x4xf32>) -> tensor<6x8xf32> {
  %r = mcc.pad %a0 {mode = "reflect", pads = array<i64: 2, 1, 1, 3>, value = 0.0 : f32} : (tensor<3x4xf32>) -> tensor<6x8xf32>
  return %r : tensor<6x8xf32>
}

// pad reflect dyn
func.func @k4(%a0: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = mcc.pad %a0 {mode = "reflect", pads = array<i64: 2, 3, 1, 2>, value = 0.0 : f32} : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// pad reflect 4d
func.func @k5(%a0: tensor<?x2x4x5xf32>) -> tensor<?x2x7x8xf32> {
  %r = mcc.pad %a0 {mode = "reflect", pads = array<i64: 0, 0, 1, 2, 0, 0, 2, 1>, value = 0.0 : f32} : (tensor<?x2x4x5xf32>) -> tensor<?x2x7x8xf32>
  return %r : tensor<?x2x7x8xf32>
}

// pad wrap 1d wide
func.func @k6(%a0: tensor<4xf32>) -> tensor<15xf32> {
  %r = mcc.pad %a0 {mode = "wrap", pads = array<i64: 6, 5>, value = 0.0 : f32} : (tensor<4xf32>) -> tensor<15xf32>
  return %r : tensor<15xf32>
}

// pad wrap dyn
func.func @k7(%a0: tensor<?x4xf32>) -> tensor<?x7xf32> {
  %r = mcc.pad %a0 {mode = "wrap", pads = array<i64: 1, 0, 2, 3>, value = 0.0 : f32} : (tensor<?x4xf32>) -> tensor<?x7xf32>
  return %r : tensor<?x7xf32>
}

// pad constant runtime value
func.func @k8(%a0: tensor<?x3xf32>, %a1: tensor<f32>) -> tensor<?x5xf32> {
  %r = mcc.pad %a0 value %a1 {pads = array<i64: 1, 0, 0, 2>, value = 0.0 : f32} : (tensor<?x3xf32>, tensor<f32>) -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// The first failing case wins: status stays as it is once set.
func.func private @record(%status: i32, %bad: i32, %id: i32) -> i32 {
  %zero = arith.constant 0 : i32
  %failed = arith.cmpi ne, %bad, %zero : i32
  %first = arith.cmpi eq, %status, %zero : i32
  %take = arith.andi %failed, %first : i1
  %next = arith.select %take, %id, %status : i32
  return %next : i32
}

func.func private @mismatches_f32(%got: tensor<?xf32>, %want: tensor<?xf32>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xf32>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xf32>
    %w = tensor.extract %want[%j] : tensor<?xf32>
    %g_f = arith.extf %g : f32 to f64
    %w_f = arith.extf %w : f32 to f64
    %d = arith.subf %g_f, %w_f : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w_f : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g_f, %w_f : f64
    %gnan = arith.cmpf uno, %g_f, %g_f : f64
    %wnan = arith.cmpf uno, %w_f, %w_f : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func private @mismatches_i64(%got: tensor<?xi64>, %want: tensor<?xi64>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xi64>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xi64>
    %w = tensor.extract %want[%j] : tensor<?xi64>
    %g_f = arith.sitofp %g : i64 to f64
    %w_f = arith.sitofp %w : i64 to f64
    %d = arith.subf %g_f, %w_f : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w_f : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g_f, %w_f : f64
    %gnan = arith.cmpf uno, %g_f, %g_f : f64
    %wnan = arith.cmpf uno, %w_f, %w_f : f64
    %bothnan = arith.andi %gnan, %wnan : i1
    %ok0 = arith.ori %close, %same : i1
    %ok = arith.ori %ok0, %bothnan : i1
    %inc = arith.select %ok, %zero, %one : i32
    %next = arith.addi %acc, %inc : i32
    scf.yield %next : i32
  }
  return %bad : i32
}

func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %in0_0 = arith.constant dense<[[-0.801931441, -1.32435894, -0.248361617, 0.420445234], [1.13604653, 0.109706402, -0.552647293, -0.784780383], [0.748745799, 1.63478303, 0.272768766, -1.2333287]]> : tensor<3x4xf32>
  %dyn0_0 = tensor.cast %in0_0 : tensor<3x4xf32> to tensor<?x4xf32>
  %r0 = call @k0(%dyn0_0) : (tensor<?x4xf32>) -> tensor<?x4xf32>
  %s0 = tensor.cast %r0 : tensor<?x4xf32> to tensor<3x4xf32>
  %flat0 = tensor.collapse_shape %s0 [[0, 1]] : tensor<3x4xf32> into tensor<12xf32>
  %exp0 = arith.constant dense<[0.5, 0.5, 1.13604653, 0.109706402, 0.5, 0.5, 0.748745799, 1.63478303, 0.5, 0.5, 0.5, 0.5]> : tensor<12xf32>
  %got0 = tensor.cast %flat0 : tensor<12xf32> to tensor<?xf32>
  %want0 = tensor.cast %exp0 : tensor<12xf32> to tensor<?xf32>
  %atol0 = arith.constant 2.000000e-06 : f64
  %rtol0 = arith.constant 2.000000e-05 : f64
  %bad0 = call @mismatches_f32(%got0, %want0, %atol0, %rtol0) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id0 = arith.constant 1 : i32
  %status0 = call @record(%zero, %bad0, %id0) : (i32, i32, i32) -> i32
  %in1_0 = arith.constant dense<[[-0.958265185, 1.6000191, 0.202882439], [-1.73213482, -0.083696194, -1.16322601]]> : tensor<2x3xf32>
  %r1 = call @k1(%in1_0) : (tensor<2x3xf32>) -> tensor<3x6xf32>
  %flat1 = tensor.collapse_shape %r1 [[0, 1]] : tensor<3x6xf32> into tensor<18xf32>
  %exp1 = arith.constant dense<[-0.958265185, -0.958265185, -0.958265185, 1.6000191, 0.202882439, 0.202882439, -0.958265185, -0.958265185, -0.958265185, 1.6000191, 0.202882439, 0.202882439, -1.73213482, -1.73213482, -1.73213482, -0.083696194, -1.16322601, -1.16322601]> : tensor<18xf32>
  %got1 = tensor.cast %flat1 : tensor<18xf32> to tensor<?xf32>
  %want1 = tensor.cast %exp1 : tensor<18xf32> to tensor<?xf32>
  %atol1 = arith.constant 2.000000e-06 : f64
  %rtol1 = arith.constant 2.000000e-05 : f64
  %bad1 = call @mismatches_f32(%got1, %want1, %atol1, %rtol1) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id1 = arith.constant 2 : i32
  %status1 = call @record(%status0, %bad1, %id1) : (i32, i32, i32) -> i32
  %in2_0 = arith.constant dense<[[-5, -4, -6, 4], [0, -5, 3, 7], [-14, -2, -8, -1]]> : tensor<3x4xi64>
  %dyn2_0 = tensor.cast %in2_0 : tensor<3x4xi64> to tensor<?x?xi64>
  %r2 = call @k2(%dyn2_0) : (tensor<?x?xi64>) -> tensor<?x?xi64>
  %s2 = tensor.cast %r2 : tensor<?x?xi64> to tensor<5x8xi64>
  %flat2 = tensor.collapse_shape %s2 [[0, 1]] : tensor<5x8xi64> into tensor<40xi64>
  %exp2 = arith.constant dense<[-5, -5, -5, -5, -4, -6, 4, 4, 0, 0, 0, 0, -5, 3, 7, 7, -14, -14, -14, -14, -2, -8, -1, -1, -14, -14, -14, -14, -2, -8, -1, -1, -14, -14, -14, -14, -2, -8, -1, -1]> : tensor<40xi64>
  %got2 = tensor.cast %flat2 : tensor<40xi64> to tensor<?xi64>
  %want2 = tensor.cast %exp2 : tensor<40xi64> to tensor<?xi64>
  %atol2 = arith.constant 2.000000e-06 : f64
  %rtol2 = arith.constant 2.000000e-05 : f64
  %bad2 = call @mismatches_i64(%got2, %want2, %atol2, %rtol2) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id2 = arith.constant 3 : i32
  %status2 = call @record(%status1, %bad2, %id2) : (i32, i32, i32) -> i32
  %in3_0 = arith.constant dense<[[-1.2894187, 0.0206903946, -0.0378857404, -0.30433774], [-1.04792655, -0.396190345, -1.09132886, -1.35520875], [0.22478573, -1.10934997, 1.17029607, 0.716587663]]> : tensor<3x4xf32>
  %r3 = call @k3(%in3_0) : (tensor<3x4xf32>) -> tensor<6x8xf32>
  %flat3 = tensor.collapse_shape %r3 [[0, 1]] : tensor<6x8xf32> into tensor<48xf32>
  %exp3 = arith.constant dense<[-1.10934997, 0.22478573, -1.10934997, 1.17029607, 0.716587663, 1.17029607, -1.10934997, 0.22478573, -0.396190345, -1.04792655, -0.396190345, -1.09132886, -1.35520875, -1.09132886, -0.396190345, -1.04792655, 0.0206903946, -1.2894187, 0.0206903946, -0.0378857404, -0.30433774, -0.0378857404, 0.0206903946, -1.2894187, -0.396190345, -1.04792655, -0.396190345, -1.09132886, -1.35520875, -1.09132886, -0.396190345, -1.04792655, -1.10934997, 0.22478573, -1.10934997, 1.17029607, 0.716587663, 1.17029607, -1.10934997, 0.22478573, -0.396190345, -1.04792655, -0.396190345, -1.09132886, -1.35520875, -1.09132886, -0.396190345, -1.04792655]> : tensor<48xf32>
  %got3 = tensor.cast %flat3 : tensor<48xf32> to tensor<?xf32>
  %want3 = tensor.cast %exp3 : tensor<48xf32> to tensor<?xf32>
  %atol3 = arith.constant 2.000000e-06 : f64
  %rtol3 = arith.constant 2.000000e-05 : f64
  %bad3 = call @mismatches_f32(%got3, %want3, %atol3, %rtol3) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id3 = arith.constant 4 : i32
  %status3 = call @record(%status2, %bad3, %id3) : (i32, i32, i32) -> i32
  %in4_0 = arith.constant dense<[[-1.99781668, 0.27212888, -1.10171664, 0.0330572203], [0.0436319932, -1.98842978, -0.233422518, -0.255790025], [0.962000549, -1.18144679, 0.738041878, -1.0989728]]> : tensor<3x4xf32>
  %dyn4_0 = tensor.cast %in4_0 : tensor<3x4xf32> to tensor<?x?xf32>
  %r4 = call @k4(%dyn4_0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %s4 = tensor.cast %r4 : tensor<?x?xf32> to tensor<6x9xf32>
  %flat4 = tensor.collapse_shape %s4 [[0, 1]] : tensor<6x9xf32> into tensor<54xf32>
  %exp4 = arith.constant dense<[-1.0989728, 0.738041878, -1.18144679, 0.962000549, -1.18144679, 0.738041878, -1.0989728, 0.738041878, -1.18144679, -0.255790025, -0.233422518, -1.98842978, 0.0436319932, -1.98842978, -0.233422518, -0.255790025, -0.233422518, -1.98842978, 0.0330572203, -1.10171664, 0.27212888, -1.99781668, 0.27212888, -1.10171664, 0.0330572203, -1.10171664, 0.27212888, -0.255790025, -0.233422518, -1.98842978, 0.0436319932, -1.98842978, -0.233422518, -0.255790025, -0.233422518, -1.98842978, -1.0989728, 0.738041878, -1.18144679, 0.962000549, -1.18144679, 0.738041878, -1.0989728, 0.738041878, -1.18144679, -0.255790025, -0.233422518, -1.98842978, 0.0436319932, -1.98842978, -0.233422518, -0.255790025, -0.233422518, -1.98842978]> : tensor<54xf32>
  %got4 = tensor.cast %flat4 : tensor<54xf32> to tensor<?xf32>
  %want4 = tensor.cast %exp4 : tensor<54xf32> to tensor<?xf32>
  %atol4 = arith.constant 2.000000e-06 : f64
  %rtol4 = arith.constant 2.000000e-05 : f64
  %bad4 = call @mismatches_f32(%got4, %want4, %atol4, %rtol4) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id4 = arith.constant 5 : i32
  %status4 = call @record(%status3, %bad4, %id4) : (i32, i32, i32) -> i32
  %in5_0 = arith.constant dense<[[[[-0.331290901, -0.840473175, 1.4487313, 0.568213105, 2.43173242], [0.641916394, 0.844992757, 0.840682864, -0.60661155, -0.0700284466], [1.35038888, -0.396550775, 0.18879953, -0.0212234613, 0.609216511], [-0.364908755, -0.152361885, 0.242381424, 0.103023142, -0.86497277]], [[0.895783067, -1.29848123, -1.20111561, -1.2824918, 0.966972291], [-0.360608369, -0.971036375, -1.13602138, 0.421131134, -1.05484068], [-1.27207816, 0.613993049, -1.19670773, -0.322438151, -0.00676154019], [-0.445335358, -0.0540939607, 1.33877349, -0.516894162, -1.25930715]]]]> : tensor<1x2x4x5xf32>
  %dyn5_0 = tensor.cast %in5_0 : tensor<1x2x4x5xf32> to tensor<?x2x4x5xf32>
  %r5 = call @k5(%dyn5_0) : (tensor<?x2x4x5xf32>) -> tensor<?x2x7x8xf32>
  %s5 = tensor.cast %r5 : tensor<?x2x7x8xf32> to tensor<1x2x7x8xf32>
  %flat5 = tensor.collapse_shape %s5 [[0, 1, 2, 3]] : tensor<1x2x7x8xf32> into tensor<112xf32>
  %exp5 = arith.constant dense<[0.840682864, 0.844992757, 0.641916394, 0.844992757, 0.840682864, -0.60661155, -0.0700284466, -0.60661155, 1.4487313, -0.840473175, -0.331290901, -0.840473175, 1.4487313, 0.568213105, 2.43173242, 0.568213105, 0.840682864, 0.844992757, 0.641916394, 0.844992757, 0.840682864, -0.60661155, -0.0700284466, -0.60661155, 0.18879953, -0.396550775, 1.35038888, -0.396550775, 0.18879953, -0.0212234613, 0.609216511, -0.0212234613, 0.242381424, -0.152361885, -0.364908755, -0.152361885, 0.242381424, 0.103023142, -0.86497277, 0.103023142, 0.18879953, -0.396550775, 1.35038888, -0.396550775, 0.18879953, -0.0212234613, 0.609216511, -0.0212234613, 0.840682864, 0.844992757, 0.641916394, 0.844992757, 0.840682864, -0.60661155, -0.0700284466, -0.60661155, -1.13602138, -0.971036375, -0.360608369, -0.971036375, -1.13602138, 0.421131134, -1.05484068, 0.421131134, -1.20111561, -1.29848123, 0.895783067, -1.29848123, -1.20111561, -1.2824918, 0.966972291, -1.2824918, -1.13602138, -0.971036375, -0.360608369, -0.971036375, -1.13602138, 0.421131134, -1.05484068, 0.421131134, -1.19670773, 0.613993049, -1.27207816, 0.613993049, -1.19670773, -0.322438151, -0.00676154019, -0.322438151, 1.33877349, -0.0540939607, -0.445335358, -0.0540939607, 1.33877349, -0.516894162, -1.25930715, -0.516894162, -1.19670773, 0.613993049, -1.27207816, 0.613993049, -1.19670773, -0.322438151, -0.00676154019, -0.322438151, -1.13602138, -0.971036375, -0.360608369, -0.971036375, -1.13602138, 0.421131134, -1.05484068, 0.421131134]> : tensor<112xf32>
  %got5 = tensor.cast %flat5 : tensor<112xf32> to tensor<?xf32>
  %want5 = tensor.cast %exp5 : tensor<112xf32> to tensor<?xf32>
  %atol5 = arith.constant 2.000000e-06 : f64
  %rtol5 = arith.constant 2.000000e-05 : f64
  %bad5 = call @mismatches_f32(%got5, %want5, %atol5, %rtol5) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id5 = arith.constant 6 : i32
  %status5 = call @record(%status4, %bad5, %id5) : (i32, i32, i32) -> i32
  %in6_0 = arith.constant dense<[-1.83674574, -0.20476611, -0.352257013, 0.265090913]> : tensor<4xf32>
  %r6 = call @k6(%in6_0) : (tensor<4xf32>) -> tensor<15xf32>
  %flat6 = tensor.cast %r6 : tensor<15xf32> to tensor<15xf32>
  %exp6 = arith.constant dense<[-0.352257013, 0.265090913, -1.83674574, -0.20476611, -0.352257013, 0.265090913, -1.83674574, -0.20476611, -0.352257013, 0.265090913, -1.83674574, -0.20476611, -0.352257013, 0.265090913, -1.83674574]> : tensor<15xf32>
  %got6 = tensor.cast %flat6 : tensor<15xf32> to tensor<?xf32>
  %want6 = tensor.cast %exp6 : tensor<15xf32> to tensor<?xf32>
  %atol6 = arith.constant 2.000000e-06 : f64
  %rtol6 = arith.constant 2.000000e-05 : f64
  %bad6 = call @mismatches_f32(%got6, %want6, %atol6, %rtol6) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id6 = arith.constant 7 : i32
  %status6 = call @record(%status5, %bad6, %id6) : (i32, i32, i32) -> i32
  %in7_0 = arith.constant dense<[[-0.464244604, -0.47863847, -0.721315742, -0.519759774], [0.160226703, -0.380352736, 0.100441851, 1.90118718], [0.479118139, -1.57608986, 1.73352957, 0.347810358]]> : tensor<3x4xf32>
  %dyn7_0 = tensor.cast %in7_0 : tensor<3x4xf32> to tensor<?x4xf32>
  %r7 = call @k7(%dyn7_0) : (tensor<?x4xf32>) -> tensor<?x7xf32>
  %s7 = tensor.cast %r7 : tensor<?x7xf32> to tensor<6x7xf32>
  %flat7 = tensor.collapse_shape %s7 [[0, 1]] : tensor<6x7xf32> into tensor<42xf32>
  %exp7 = arith.constant dense<[0.479118139, -1.57608986, 1.73352957, 0.347810358, 0.479118139, -1.57608986, 1.73352957, -0.464244604, -0.47863847, -0.721315742, -0.519759774, -0.464244604, -0.47863847, -0.721315742, 0.160226703, -0.380352736, 0.100441851, 1.90118718, 0.160226703, -0.380352736, 0.100441851, 0.479118139, -1.57608986, 1.73352957, 0.347810358, 0.479118139, -1.57608986, 1.73352957, -0.464244604, -0.47863847, -0.721315742, -0.519759774, -0.464244604, -0.47863847, -0.721315742, 0.160226703, -0.380352736, 0.100441851, 1.90118718, 0.160226703, -0.380352736, 0.100441851]> : tensor<42xf32>
  %got7 = tensor.cast %flat7 : tensor<42xf32> to tensor<?xf32>
  %want7 = tensor.cast %exp7 : tensor<42xf32> to tensor<?xf32>
  %atol7 = arith.constant 2.000000e-06 : f64
  %rtol7 = arith.constant 2.000000e-05 : f64
  %bad7 = call @mismatches_f32(%got7, %want7, %atol7, %rtol7) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id7 = arith.constant 8 : i32
  %status7 = call @record(%status6, %bad7, %id7) : (i32, i32, i32) -> i32
  %in8_0 = arith.constant dense<[[-0.941413283, 0.907048941, 0.017655611], [-0.61521852, -0.633508921, -0.993431807]]> : tensor<2x3xf32>
  %dyn8_0 = tensor.cast %in8_0 : tensor<2x3xf32> to tensor<?x3xf32>
  %in8_1 = arith.constant dense<7.25> : tensor<f32>
  %r8 = call @k8(%dyn8_0, %in8_1) : (tensor<?x3xf32>, tensor<f32>) -> tensor<?x5xf32>
  %s8 = tensor.cast %r8 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat8 = tensor.collapse_shape %s8 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp8 = arith.constant dense<[7.25, 7.25, 7.25, 7.25, 7.25, -0.941413283, 0.907048941, 0.017655611, 7.25, 7.25, -0.61521852, -0.633508921, -0.993431807, 7.25, 7.25]> : tensor<15xf32>
  %got8 = tensor.cast %flat8 : tensor<15xf32> to tensor<?xf32>
  %want8 = tensor.cast %exp8 : tensor<15xf32> to tensor<?xf32>
  %atol8 = arith.constant 2.000000e-06 : f64
  %rtol8 = arith.constant 2.000000e-05 : f64
  %bad8 = call @mismatches_f32(%got8, %want8, %atol8, %rtol8) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id8 = arith.constant 9 : i32
  %status8 = call @record(%status7, %bad8, %id8) : (i32, i32, i32) -> i32
  return %status8 : i32
}
