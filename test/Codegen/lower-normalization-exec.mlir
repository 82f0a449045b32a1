// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the normalization lowerings, run end to end on the CPU: each @kN
// holds one mcc op (dynamic dims where the shapes say `?`), @main calls it on
// constant inputs and compares every element with the expected values, which
// were computed with ONNX Runtime 1.32 (BatchNormalization, LayerNormalization, Softmax, LogSoftmax). @main returns 0 when all match, else 1 + the index
// of the first case that does not (so a failure names its @kN).
// CHECK: {{^}}0{{$}}

// batch_norm (2, 3, 4, 5) float32
func.func @k0(%a0: tensor<2x3x4x5xf32>, %a1: tensor<3xf32>, %a2: tensor<3xf32>, %a3: tensor<3xf32>, %a4: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %r = mcc.batch_norm %a0, %a1, %a2, %a3, %a4 {epsilon = 1.0e-05 : f64} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %r : tensor<2x3x4x5xf32>
}

// batch_norm (2, 3) float32
func.func @k1(%a0: tensor<2x3xf32>, %a1: tensor<3xf32>, %a2: tensor<3xf32>, %a3: tensor<3xf32>, %a4: tensor<3xf32>) -> tensor<2x3xf32> {
  %r = mcc.batch_norm %a0, %a1, %a2, %a3, %a4 {epsilon = 1.0e-05 : f64} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// batch_norm (2, 3, 4, 5) float32
func.func @k2(%a0: tensor<?x3x4x5xf32>, %a1: tensor<3xf32>, %a2: tensor<3xf32>, %a3: tensor<3xf32>, %a4: tensor<3xf32>) -> tensor<?x3x4x5xf32> {
  %r = mcc.batch_norm %a0, %a1, %a2, %a3, %a4 {epsilon = 1.0e-05 : f64} : (tensor<?x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<?x3x4x5xf32>
  return %r : tensor<?x3x4x5xf32>
}

// batch_norm (2, 3, 4) float64
func.func @k3(%a0: tensor<2x3x4xf64>, %a1: tensor<3xf64>, %a2: tensor<3xf64>, %a3: tensor<3xf64>, %a4: tensor<3xf64>) -> tensor<2x3x4xf64> {
  %r = mcc.batch_norm %a0, %a1, %a2, %a3, %a4 {epsilon = 1.0e-05 : f64} : (tensor<2x3x4xf64>, tensor<3xf64>, tensor<3xf64>, tensor<3xf64>, tensor<3xf64>) -> tensor<2x3x4xf64>
  return %r : tensor<2x3x4xf64>
}

// batch_norm (2, 3, 4) float16
func.func @k4(%a0: tensor<2x3x4xf16>, %a1: tensor<3xf16>, %a2: tensor<3xf16>, %a3: tensor<3xf16>, %a4: tensor<3xf16>) -> tensor<2x3x4xf16> {
  %r = mcc.batch_norm %a0, %a1, %a2, %a3, %a4 {epsilon = 1.0e-05 : f64} : (tensor<2x3x4xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<2x3x4xf16>
  return %r : tensor<2x3x4xf16>
}

// layer_norm (2, 3, 8) axis 2 float32
func.func @k5(%a0: tensor<2x3x8xf32>, %a1: tensor<8xf32>, %a2: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 2 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %r : tensor<2x3x8xf32>
}

// layer_norm (2, 3, 8) axis 1 float32
func.func @k6(%a0: tensor<2x3x8xf32>, %a1: tensor<3x8xf32>, %a2: tensor<3x8xf32>) -> tensor<2x3x8xf32> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 1 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf32>, tensor<3x8xf32>, tensor<3x8xf32>) -> tensor<2x3x8xf32>
  return %r : tensor<2x3x8xf32>
}

// layer_norm (2, 3, 8) axis 0 float32
func.func @k7(%a0: tensor<2x3x8xf32>, %a1: tensor<2x3x8xf32>, %a2: tensor<2x3x8xf32>) -> tensor<2x3x8xf32> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 0 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf32>, tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  return %r : tensor<2x3x8xf32>
}

// layer_norm (2, 3, 8) axis 2 float32
func.func @k8(%a0: tensor<2x3x8xf32>, %a1: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %r = mcc.layer_norm %a0, %a1 {axis = 2 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %r : tensor<2x3x8xf32>
}

// layer_norm (2, 3, 8) axis 2 float32
func.func @k9(%a0: tensor<?x?x8xf32>, %a1: tensor<8xf32>, %a2: tensor<8xf32>) -> tensor<?x?x8xf32> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 2 : i64, epsilon = 1.0e-05 : f64} : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  return %r : tensor<?x?x8xf32>
}

// layer_norm (2, 3, 8) axis 1 float32
func.func @k10(%a0: tensor<2x3x8xf32>, %a1: tensor<8xf32>, %a2: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 1 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %r : tensor<2x3x8xf32>
}

// layer_norm (2, 3, 8) axis 1 float32
func.func @k11(%a0: tensor<2x3x8xf32>, %a1: tensor<1x8xf32>, %a2: tensor<1x8xf32>) -> tensor<2x3x8xf32> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 1 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<2x3x8xf32>
  return %r : tensor<2x3x8xf32>
}

// layer_norm (2, 3, 8) axis 2 float16
func.func @k12(%a0: tensor<2x3x8xf16>, %a1: tensor<8xf16>, %a2: tensor<8xf16>) -> tensor<2x3x8xf16> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 2 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<2x3x8xf16>
  return %r : tensor<2x3x8xf16>
}

// layer_norm (2, 3, 8) axis 2 float64
func.func @k13(%a0: tensor<2x3x8xf64>, %a1: tensor<8xf64>, %a2: tensor<8xf64>) -> tensor<2x3x8xf64> {
  %r = mcc.layer_norm %a0, %a1, %a2 {axis = 2 : i64, epsilon = 1.0e-05 : f64} : (tensor<2x3x8xf64>, tensor<8xf64>, tensor<8xf64>) -> tensor<2x3x8xf64>
  return %r : tensor<2x3x8xf64>
}

// softmax (2, 3, 5) axis 2 float32
func.func @k14(%a0: tensor<2x3x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.softmax %a0 {axis = 2 : i64} : tensor<2x3x5xf32> -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// softmax (2, 3, 5) axis 1 float32
func.func @k15(%a0: tensor<2x3x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.softmax %a0 {axis = 1 : i64} : tensor<2x3x5xf32> -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// softmax (2, 3, 5) axis 0 float32
func.func @k16(%a0: tensor<2x3x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.softmax %a0 {axis = 0 : i64} : tensor<2x3x5xf32> -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// softmax (2, 3, 5) axis 2 float32
func.func @k17(%a0: tensor<?x3x5xf32>) -> tensor<?x3x5xf32> {
  %r = mcc.softmax %a0 {axis = 2 : i64} : tensor<?x3x5xf32> -> tensor<?x3x5xf32>
  return %r : tensor<?x3x5xf32>
}

// softmax (4, 7) axis 1 float32
func.func @k18(%a0: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %r = mcc.softmax %a0 {axis = 1 : i64} : tensor<?x?xf32> -> tensor<?x?xf32>
  return %r : tensor<?x?xf32>
}

// log_softmax (2, 3, 5) axis 2 float32
func.func @k19(%a0: tensor<2x3x5xf32>) -> tensor<2x3x5xf32> {
  %r = mcc.log_softmax %a0 {axis = 2 : i64} : tensor<2x3x5xf32> -> tensor<2x3x5xf32>
  return %r : tensor<2x3x5xf32>
}

// log_softmax (2, 3, 5) axis 1 float32
func.func @k20(%a0: tensor<?x3x5xf32>) -> tensor<?x3x5xf32> {
  %r = mcc.log_softmax %a0 {axis = 1 : i64} : tensor<?x3x5xf32> -> tensor<?x3x5xf32>
  return %r : tensor<?x3x5xf32>
}

// softmax (2, 3, 5) axis 2 float16
func.func @k21(%a0: tensor<2x3x5xf16>) -> tensor<2x3x5xf16> {
  %r = mcc.softmax %a0 {axis = 2 : i64} : tensor<2x3x5xf16> -> tensor<2x3x5xf16>
  return %r : tensor<2x3x5xf16>
}

// log_softmax (2, 3, 5) axis 2 float64
func.func @k22(%a0: tensor<2x3x5xf64>) -> tensor<2x3x5xf64> {
  %r = mcc.log_softmax %a0 {axis = 2 : i64} : tensor<2x3x5xf64> -> tensor<2x3x5xf64>
  return %r : tensor<2x3x5xf64>
}

// softmax (3,) axis 0 float32
func.func @k23(%a0: tensor<3xf32>) -> tensor<3xf32> {
  %r = mcc.softmax %a0 {axis = 0 : i64} : tensor<3xf32> -> tensor<3xf32>
  return %r : tensor<3xf32>
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

func.func private @mismatches_f16(%got: tensor<?xf16>, %want: tensor<?xf16>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xf16>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xf16>
    %w = tensor.extract %want[%j] : tensor<?xf16>
    %g_f = arith.extf %g : f16 to f64
    %w_f = arith.extf %w : f16 to f64
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

func.func private @mismatches_f64(%got: tensor<?xf64>, %want: tensor<?xf64>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xf64>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xf64>
    %w = tensor.extract %want[%j] : tensor<?xf64>
    %d = arith.subf %g, %w : f64
    %ad = math.absf %d : f64
    %aw = math.absf %w : f64
    %rt = arith.mulf %rtol, %aw : f64
    %tol = arith.addf %atol, %rt : f64
    %close = arith.cmpf ole, %ad, %tol : f64
    %same = arith.cmpf oeq, %g, %w : f64
    %gnan = arith.cmpf uno, %g, %g : f64
    %wnan = arith.cmpf uno, %w, %w : f64
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
  %in0_0 = arith.constant dense<[[[[4.58183813, -4.61133003, 1.33619773, -0.635539234, -0.405298591], [0.0688056722, -3.53997231, 0.0361352451, -1.23042619, 7.14599895], [0.951573253, -0.205261588, -0.0625748336, -0.83609271, -1.61030114], [-0.281601965, 1.46389079, 0.0228927862, 2.41551733, 0.100395739]], [[0.548519135, 3.59164166, 1.59021103, -0.510457456, 0.134322047], [1.58105028, 4.37017584, -0.0392406546, 0.0128826415, 2.50462723], [-1.27291989, -0.0834404677, 2.26507783, 1.66070008, 0.683033407], [1.84020877, -5.15632439, 2.54261374, -1.41928947, -2.83723974]], [[1.05289149, 1.90108979, -0.38953492, -1.65281165, 0.55224967], [0.394505382, 3.31119633, 1.99481595, 0.887631297, 2.72326636], [0.0889538974, -1.35179913, 1.66811657, 1.66507685, 0.0703421757], [-1.0656172, 0.958307803, -4.48778868, 1.8802495, 1.48273647]]], [[[-2.77771425, 0.622707009, -1.42819929, 2.01444221, -3.56833458], [-1.32898903, 1.91916001, 2.81280208, -3.81601071, -0.496079683], [1.15604019, -0.718432248, 3.68128037, -1.88245332, 1.20906389], [-1.59681106, 3.31192589, 0.456697553, -0.244501129, -2.9363699]], [[3.86365104, 2.0055573, 2.00712776, 2.77576256, 1.19845319], [-0.778493226, -1.10048246, -1.10039997, 3.24014473, -2.4207623], [-0.69273901, -0.142487839, 0.949238062, 1.65069878, -1.99819398], [-2.96002698, 0.491171539, 2.9271276, 2.01411605, 0.931301594]], [[-0.134311289, 1.08646739, 0.0133298282, 2.13441324, -1.08889472], [0.768479884, 0.27843973, 1.5867188, 0.949277043, 5.60006905], [3.49730945, 3.49347425, -3.57900763, -0.180633247, -0.71722126], [1.56544316, -4.05805302, 2.84899735, 2.63396668, -2.10414171]]]]> : tensor<2x3x4x5xf32>
  %in0_1 = arith.constant dense<[-1.45709705, -1.10234404, 0.58659178]> : tensor<3xf32>
  %in0_2 = arith.constant dense<[1.78194213, 4.59577227, 0.10510914]> : tensor<3xf32>
  %in0_3 = arith.constant dense<[2.03500509, 0.8108356, 4.01985264]> : tensor<3xf32>
  %in0_4 = arith.constant dense<[2.08431578, 3.33710074, 1.75535035]> : tensor<3xf32>
  %r0 = call @k0(%in0_0, %in0_1, %in0_2, %in0_3, %in0_4) : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  %flat0 = tensor.collapse_shape %r0 [[0, 1, 2, 3]] : tensor<2x3x4x5xf32> into tensor<120xf32>
  %exp0 = arith.constant dense<[-0.788490534, 8.4898634, 2.48722458, 4.47723198, 4.24485779, 3.76636052, 7.40857792, 3.79933357, 5.077631, -3.3764112, 2.87541294, 4.04296732, 3.89895844, 4.67964363, 5.46102619, 4.12001514, 2.35834837, 3.81269884, 1.39790392, 3.73447776, 4.75406361, 2.91773129, 4.12546825, 5.39308882, 5.00400543, 4.13099623, 2.4479351, 5.10873938, 5.07728624, 3.57367563, 5.85318661, 5.13541126, 3.71822882, 4.08293247, 4.67289257, 3.97461033, 8.19657612, 3.55075336, 5.94151163, 6.7971549, -1.20849562, -0.832960725, -1.84712136, -2.40642977, -1.43015182, -1.49999213, -0.20864439, -0.791464031, -1.28166354, -0.468946934, -1.63527334, -2.27315831, -0.936108291, -0.937454104, -1.64351356, -2.1464529, -1.25037193, -3.66159916, -0.842187643, -1.01818419, 6.63925648, 3.20732665, 5.27723694, 1.80269551, 7.43720293, 5.17710733, 1.89886057, 0.996937752, 7.68717384, 4.33648014, 2.66905165, 4.56089306, 0.120412111, 5.73570013, 2.61553645, 5.44741106, 0.493189096, 3.37487435, 4.08257055, 6.79938221, 2.75359082, 3.87483311, 3.87388515, 3.41006279, 4.36186934, 5.5548315, 5.74913168, 5.74908209, 3.12983751, 6.5458374, 5.50308418, 5.17104244, 4.51225471, 4.0889678, 6.29084396, 6.8712492, 4.78866911, 3.31872368, 3.86966848, 4.52307844, -1.73412263, -1.19362998, -1.66875541, -0.729658186, -2.15675879, -1.3344171, -1.55137956, -0.97214669, -1.25437021, 0.804740667, -0.12624383, -0.127941847, -3.25924158, -1.7546314, -1.99220264, -0.98156631, -3.47133636, -0.413280249, -0.508483768, -2.60625362]> : tensor<120xf32>
  %got0 = tensor.cast %flat0 : tensor<120xf32> to tensor<?xf32>
  %want0 = tensor.cast %exp0 : tensor<120xf32> to tensor<?xf32>
  %atol0 = arith.constant 1.000000e-05 : f64
  %rtol0 = arith.constant 1.000000e-04 : f64
  %bad0 = call @mismatches_f32(%got0, %want0, %atol0, %rtol0) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id0 = arith.constant 1 : i32
  %status0 = call @record(%zero, %bad0, %id0) : (i32, i32, i32) -> i32
  %in1_0 = arith.constant dense<[[0.115518577, -1.12754488, 3.50989485], [1.81527984, -0.110288851, -0.404935777]]> : tensor<2x3xf32>
  %in1_1 = arith.constant dense<[1.46932971, -0.902991056, -1.3611778]> : tensor<3xf32>
  %in1_2 = arith.constant dense<[1.46254897, 5.42626429, 0.00773289194]> : tensor<3xf32>
  %in1_3 = arith.constant dense<[-0.611731589, -1.84231365, -2.17002201]> : tensor<3xf32>
  %in1_4 = arith.constant dense<[1.64996648, 2.30160594, 0.618349493]> : tensor<3xf32>
  %r1 = call @k1(%in1_0, %in1_1, %in1_2, %in1_3, %in1_4) : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %flat1 = tensor.collapse_shape %r1 [[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
  %exp1 = arith.constant dense<[2.29443574, 5.00083017, -9.82414246, 4.23875809, 4.39535379, -3.04761243]> : tensor<6xf32>
  %got1 = tensor.cast %flat1 : tensor<6xf32> to tensor<?xf32>
  %want1 = tensor.cast %exp1 : tensor<6xf32> to tensor<?xf32>
  %atol1 = arith.constant 1.000000e-05 : f64
  %rtol1 = arith.constant 1.000000e-04 : f64
  %bad1 = call @mismatches_f32(%got1, %want1, %atol1, %rtol1) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id1 = arith.constant 2 : i32
  %status1 = call @record(%status0, %bad1, %id1) : (i32, i32, i32) -> i32
  %in2_0 = arith.constant dense<[[[[1.16515195, 0.73183316, 0.777309716, -2.5523181, -0.41623655], [0.722958624, -1.06633353, -0.452859491, -1.13824034, -0.16699335], [2.20621657, -0.313160688, 0.192258641, 2.12743664, 1.78954041], [3.89041519, -3.68097019, 2.21371794, -0.464568168, 0.769383609]], [[2.17543888, 2.66650629, 2.5787015, 0.810213387, 3.7193253], [-0.0659484565, 0.218036175, 2.09870243, -0.602744818, 4.82181263], [2.53841305, 4.85115051, 0.44682163, -0.266177088, 0.834096014], [1.96915305, -0.674855351, 1.25940347, 0.466391444, 3.73136353]], [[-0.825403631, 2.59232354, -0.787727058, -1.42126834, -0.920598865], [-1.88037169, 0.792700708, 2.5625217, 0.828629732, 1.74865019], [3.76434851, 1.04005289, 0.890324712, -0.0501229353, -2.71648455], [2.01947784, -3.01292086, 1.80535293, 0.471359342, 2.75356293]]], [[[0.364459485, -1.14640033, 1.21582055, -0.620472252, 0.138086349], [0.583741546, 0.230900571, 0.122395448, -1.16488993, 0.121732429], [-3.77668118, 0.185335815, -1.89611197, 2.74052739, 3.03985357], [-3.40205145, 0.789833605, 0.247272149, -1.59343123, 1.56330633]], [[-0.423379093, -3.03519821, -0.0333533026, 0.203493759, 0.712862015], [-1.962466, 1.73136187, 1.97091413, -1.79165459, -0.817711115], [0.339325368, -0.63185066, 3.98750925, 0.916744232, -1.52116406], [-1.07621789, 0.385059476, 5.0915575, 0.14347136, 0.754952848]], [[1.52809072, 0.419748127, 5.06132174, -0.563049912, 1.9884063], [0.820875943, 1.74239278, -1.85328591, 4.03622532, 0.256944984], [0.568326533, -1.36995256, -0.959390521, 1.62847888, 2.47299981], [2.0065093, 2.91794062, 1.92897785, 0.556923687, 2.17305207]]]]> : tensor<2x3x4x5xf32>
  %dyn2_0 = tensor.cast %in2_0 : tensor<2x3x4x5xf32> to tensor<?x3x4x5xf32>
  %in2_1 = arith.constant dense<[1.68720651, 0.298849463, 1.95214546]> : tensor<3xf32>
  %in2_2 = arith.constant dense<[3.07139468, 0.969142675, -0.212410197]> : tensor<3xf32>
  %in2_3 = arith.constant dense<[1.93742275, 4.30144358, 0.0788759142]> : tensor<3xf32>
  %in2_4 = arith.constant dense<[0.415380746, 0.327204943, 3.04603481]> : tensor<3xf32>
  %r2 = call @k2(%dyn2_0, %in2_1, %in2_2, %in2_3, %in2_4) : (tensor<?x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<?x3x4x5xf32>
  %s2 = tensor.cast %r2 : tensor<?x3x4x5xf32> to tensor<2x3x4x5xf32>
  %flat2 = tensor.collapse_shape %s2 [[0, 1, 2, 3]] : tensor<2x3x4x5xf32> into tensor<120xf32>
  %exp2 = arith.constant dense<[1.04972863, -0.0846219063, 0.0344276428, -8.68193913, -3.09006166, -0.10785377, -4.79189873, -3.18593407, -4.98013783, -2.43758798, 3.77504849, -2.82022762, -1.49713087, 3.5688169, 2.68426538, 8.18397808, -11.6365471, 3.7946856, -3.21658516, 0.0136783123, -0.1415658, 0.114987135, 0.0691144466, -0.854813337, 0.665021181, -1.31255484, -1.16419005, -0.181656003, -1.59299839, 1.24100399, 0.0480661392, 1.25633121, -1.04466355, -1.41716218, -0.842336178, -0.249337673, -1.63067174, -0.620138764, -1.03443944, 0.671310425, -1.22386563, 2.59893298, -1.18172359, -1.89035261, -1.33034337, -2.40386939, 0.586017609, 2.56559896, 0.626204967, 1.655267, 3.90986705, 0.862686276, 0.695212126, -0.356698066, -3.3390789, 1.95819342, -3.67064905, 1.71869028, 0.226590663, 2.77928257, -1.04633999, -5.00149918, 1.18236995, -3.62471414, -1.63894415, -0.472299099, -1.39597321, -1.68002009, -5.04990149, -1.68175578, -11.8871012, -1.51525354, -6.96410942, 5.17377853, 5.95736027, -10.9063873, 0.0672128201, -1.35311532, -6.1717453, 2.09202504, -1.49929059, -2.86380768, -1.29552579, -1.17178762, -0.905673563, -2.30337024, -0.373569131, -0.248417616, -2.21413159, -1.70530522, -1.10082376, -1.60820436, 0.805130959, -0.7991575, -2.07281685, -1.84035933, -1.07693052, 1.3819294, -1.20314562, -0.883683681, 1.40856659, 0.168862462, 5.36055899, -0.930417538, 1.92343915, 0.617532253, 1.64826798, -2.3735733, 4.21396732, -0.0132362545, 0.335050493, -1.83295488, -1.37373269, 1.52085292, 2.46546698, 1.9436878, 2.9631424, 1.85696733, 0.322296172, 2.12996912]> : tensor<120xf32>
  %got2 = tensor.cast %flat2 : tensor<120xf32> to tensor<?xf32>
  %want2 = tensor.cast %exp2 : tensor<120xf32> to tensor<?xf32>
  %atol2 = arith.constant 1.000000e-05 : f64
  %rtol2 = arith.constant 1.000000e-04 : f64
  %bad2 = call @mismatches_f32(%got2, %want2, %atol2, %rtol2) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id2 = arith.constant 3 : i32
  %status2 = call @record(%status1, %bad2, %id2) : (i32, i32, i32) -> i32
  %in3_0 = arith.constant dense<[[[-3.1743965148925781, 1.2316907644271851, 2.8845279216766357, -1.1267663240432739], [3.4779548645019531, 1.5706180334091187, -0.59807181358337402, 0.9082796573638916], [-2.5689842700958252, -0.63114207983016968, 4.1538076400756836, -1.2876081466674805]], [[4.1891436576843262, 0.33685281872749329, 2.4893257617950439, 0.58779406547546387], [-3.9829630851745605, -0.64530259370803833, 0.8797072172164917, -1.8018994331359863], [-2.1948213577270508, 1.2323716878890991, -0.79882997274398804, -2.8916544914245605]]]> : tensor<2x3x4xf64>
  %in3_1 = arith.constant dense<[-0.86823034721288894, 2.2214751467194551, -0.44749214016486949]> : tensor<3xf64>
  %in3_2 = arith.constant dense<[2.3695451429037231, 3.5545455252996825, 0.56503080099103742]> : tensor<3xf64>
  %in3_3 = arith.constant dense<[-1.7593666869307616, -2.1031301912796114, 0.44749229162567394]> : tensor<3xf64>
  %in3_4 = arith.constant dense<[2.3621113300323486, 1.1380306482315063, 1.6945143938064575]> : tensor<3xf64>
  %r3 = call @k3(%in3_0, %in3_1, %in3_2, %in3_3, %in3_4) : (tensor<2x3x4xf64>, tensor<3xf64>, tensor<3xf64>, tensor<3xf64>, tensor<3xf64>) -> tensor<2x3x4xf64>
  %flat3 = tensor.collapse_shape %r3 [[0, 1, 2]] : tensor<2x3x4xf64> into tensor<24xf64>
  %exp3 = arith.constant dense<[3.1689181067556911, 0.67984898760258261, -0.2538651370376277, 2.0121790881233945, 15.176554671346313, 11.20473093563937, 6.6886676639328577, 9.8254825301342272, 1.601989488128956, 0.93582741049240858, -0.70907023019830306, 1.1614973856735584, -0.99086341578240988, 1.1853572438147415, -0.030609121070611423, 1.0435965231558932, -0.36000422040866908, 6.5903146459986246, 9.7659834977061237, 4.181826168978299, 1.4733654214582046, 0.29521683371577412, 0.9934726179809763, 1.7129121763187138]> : tensor<24xf64>
  %got3 = tensor.cast %flat3 : tensor<24xf64> to tensor<?xf64>
  %want3 = tensor.cast %exp3 : tensor<24xf64> to tensor<?xf64>
  %atol3 = arith.constant 1.000000e-05 : f64
  %rtol3 = arith.constant 1.000000e-04 : f64
  %bad3 = call @mismatches_f64(%got3, %want3, %atol3, %rtol3) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id3 = arith.constant 4 : i32
  %status3 = call @record(%status2, %bad3, %id3) : (i32, i32, i32) -> i32
  %in4_0 = arith.constant dense<[[[-0.38671875, 1.10058594, -0.442626953, -0.151245117], [-2.08398438, -2.64453125, -0.463867188, -1.71484375], [-1.41796875, 1.84179688, 0.285888672, 6.328125]], [[2.35351562, -0.766601562, 2.05664062, 1.21386719], [-0.871582031, 2.70507812, -1.05078125, -5.6171875], [2.08789062, -0.734375, 3.47265625, -0.799316406]]]> : tensor<2x3x4xf16>
  %in4_1 = arith.constant dense<[-1.86230469, 3.59765625, -1.65136719]> : tensor<3xf16>
  %in4_2 = arith.constant dense<[0.906738281, 3.40039062, 0.729003906]> : tensor<3xf16>
  %in4_3 = arith.constant dense<[0.338867188, 0.705078125, 2.17773438]> : tensor<3xf16>
  %in4_4 = arith.constant dense<[1.21386719, 1.82128906, 1.75390625]> : tensor<3xf16>
  %r4 = call @k4(%in4_0, %in4_1, %in4_2, %in4_3, %in4_4) : (tensor<2x3x4xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<2x3x4xf16>
  %flat4 = tensor.collapse_shape %r4 [[0, 1, 2]] : tensor<2x3x4xf16> into tensor<24xf16>
  %exp4 = arith.constant dense<[2.1328125, -0.380859375, 2.22851562, 1.73535156, -4.03515625, -5.52734375, 0.284179688, -3.05078125, 5.2109375, 1.14746094, 3.08789062, -4.4453125, -2.49804688, 2.77539062, -1.99707031, -0.572265625, -0.802734375, 8.734375, -1.28027344, -13.453125, 0.840820312, 4.359375, -0.885742188, 4.44140625]> : tensor<24xf16>
  %got4 = tensor.cast %flat4 : tensor<24xf16> to tensor<?xf16>
  %want4 = tensor.cast %exp4 : tensor<24xf16> to tensor<?xf16>
  %atol4 = arith.constant 1.000000e-02 : f64
  %rtol4 = arith.constant 1.000000e-02 : f64
  %bad4 = call @mismatches_f16(%got4, %want4, %atol4, %rtol4) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id4 = arith.constant 5 : i32
  %status4 = call @record(%status3, %bad4, %id4) : (i32, i32, i32) -> i32
  %in5_0 = arith.constant dense<[[[5.16542387, -0.173051059, -1.3296597, 1.97137403, -0.294314504, 1.07823229, 0.76515305, 2.83678794], [-0.813674986, 0.315440953, -4.60422516, -1.28022778, 3.57267761, -0.863011837, -0.902953625, -1.93581438], [1.65966856, 0.855980337, -1.87373376, 1.83490074, 1.02021182, 2.00806665, -0.782959044, 3.97601748]], [[1.31973517, 0.266220957, -0.537668586, 0.0103452569, 2.21758389, -0.0379333831, 2.65628767, 1.6613524], [3.1929903, 2.1282084, 0.374121457, -3.31867981, 1.09714115, 2.07815218, 0.825784564, 1.61286342], [-0.443240196, -0.260955155, -1.38477814, 3.2238009, 0.816788554, -0.484972179, -2.16370511, 0.193385452]]]> : tensor<2x3x8xf32>
  %in5_1 = arith.constant dense<[3.38526249, 1.42384326, -0.949043155, 3.35898995, 3.35702038, 2.46155238, 2.07763362, 2.81130362]> : tensor<8xf32>
  %in5_2 = arith.constant dense<[1.58651805, 2.05000162, -1.06005073, 3.49911571, 0.962360382, 4.54842377, -3.58449602, 1.91081774]> : tensor<8xf32>
  %r5 = call @k5(%in5_0, %in5_1, %in5_2) : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  %flat5 = tensor.collapse_shape %r5 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp5 = arith.constant dense<[8.4615612, 0.996527493, 0.211837292, 4.75239134, -1.73271739, 4.32579041, -4.11000729, 4.22248173, 1.58699226, 2.80419946, 0.62698257, 2.76460004, 7.86884022, 4.49181128, -3.67119837, 0.431680024, 2.74445915, 1.85320783, 0.619215846, 4.9998064, 0.827838004, 5.90288973, -5.90647554, 6.76384068, 2.7401216, 1.17297232, 0.217359513, 0.6495893, 4.84354162, 2.35229611, -0.354731143, 3.74099398, 5.6521678, 2.93018317, -0.735542178, -4.4388485, 1.14301825, 6.00264645, -3.78127503, 2.85568929, 0.732186496, 1.86291289, -0.227544174, 10.8257837, 2.92229724, 3.85903478, -6.48098755, 2.38907576]> : tensor<48xf32>
  %got5 = tensor.cast %flat5 : tensor<48xf32> to tensor<?xf32>
  %want5 = tensor.cast %exp5 : tensor<48xf32> to tensor<?xf32>
  %atol5 = arith.constant 1.000000e-04 : f64
  %rtol5 = arith.constant 1.000000e-04 : f64
  %bad5 = call @mismatches_f32(%got5, %want5, %atol5, %rtol5) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id5 = arith.constant 6 : i32
  %status5 = call @record(%status4, %bad5, %id5) : (i32, i32, i32) -> i32
  %in6_0 = arith.constant dense<[[[2.46292305, -0.185865223, 1.40488863, 1.99665284, 1.65476298, -0.579318523, 0.216124341, 2.53807902], [3.05464005, 0.697953701, 0.654064953, 0.900992692, 2.5753305, -1.60807693, -2.1581316, 0.748629928], [-1.71305752, -0.674218953, 0.672591448, 1.46500981, -1.64418364, 2.10321093, -3.04742932, 1.59083211]], [[-2.65546346, -2.04984689, 1.78444386, -0.312724441, -1.09111655, -0.389553517, 1.43006516, 0.39190641], [0.44123444, 2.60955286, -0.93278116, -0.443867356, -0.544859946, 2.83784437, 2.48281121, 3.07415318], [0.432498783, 0.1863949, 2.2055459, -0.288823366, 2.16133261, 1.94858551, -0.896636009, 0.333610654]]]> : tensor<2x3x8xf32>
  %in6_1 = arith.constant dense<[[0.261498004, 3.96668077, 5.67564678, 0.300145507, 0.528129339, -4.063169, 0.92306459, 0.485934049], [-1.64568758, 2.07118845, -2.63150764, 0.0702940971, 0.777713537, -1.99799991, 2.21348143, 2.61112356], [-2.27284169, -2.31567717, 1.70451891, 0.439006001, -1.92280626, -0.0904534683, 0.284966648, 0.213922128]]> : tensor<3x8xf32>
  %in6_2 = arith.constant dense<[[2.15497732, 1.2683965, 4.03892756, 3.24872088, 1.85694754, 2.65415883, 3.14763927, 1.91198969], [-1.95148456, 2.2188344, 0.644545197, 3.73762202, 0.686948359, 1.55198491, 1.15927982, 3.86245108], [0.854364634, -0.039079804, 1.11818361, -0.379016548, 0.8240785, 0.485055953, 1.04324508, 4.34656811]]> : tensor<3x8xf32>
  %r6 = call @k6(%in6_0, %in6_1, %in6_2) : (tensor<2x3x8xf32>, tensor<3x8xf32>, tensor<3x8xf32>) -> tensor<2x3x8xf32>
  %flat6 = tensor.collapse_shape %r6 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp6 = arith.constant dense<[2.45972776, -0.499655217, 7.00077677, 3.5133872, 2.21282148, 5.4376092, 2.96190476, 2.5005126, -4.46167755, 2.40909004, 0.473068744, 3.75276041, 1.64647186, 4.17093849, -2.48269248, 4.18278933, 3.97870922, 1.68093002, 1.24846268, -0.13386637, 3.38669801, 0.399432003, 0.420229495, 4.48239851, 1.61886048, -5.31775904, 8.62245083, 3.08596158, 1.30596006, 5.05841446, 3.68253756, 1.86887205, -1.85771096, 4.99145126, 3.12176371, 3.69357014, 0.149017543, -1.41624379, 3.94180846, 8.13868999, 0.996653914, 0.472706258, 2.95671225, -0.61032182, -1.19518018, 0.402451366, 0.781616151, 4.31955957]> : tensor<48xf32>
  %got6 = tensor.cast %flat6 : tensor<48xf32> to tensor<?xf32>
  %want6 = tensor.cast %exp6 : tensor<48xf32> to tensor<?xf32>
  %atol6 = arith.constant 1.000000e-04 : f64
  %rtol6 = arith.constant 1.000000e-04 : f64
  %bad6 = call @mismatches_f32(%got6, %want6, %atol6, %rtol6) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id6 = arith.constant 7 : i32
  %status6 = call @record(%status5, %bad6, %id6) : (i32, i32, i32) -> i32
  %in7_0 = arith.constant dense<[[[-0.311381131, 0.573946416, 0.101016507, 1.84522307, -1.86314929, -0.885458946, 0.421020806, 1.59229565], [0.407437593, -0.500572562, -1.23365486, 1.52350521, 3.38439727, 1.145751, 0.876270056, 1.38774598], [-1.38530588, -0.123349771, -0.035852842, 1.09048092, 0.43594861, -1.93280005, 2.750458, 3.88481688]], [[-0.0263942275, 1.29768181, 1.03432322, 2.06932712, -2.45956612, 3.72601938, -0.435704648, 3.0284524], [0.661342263, -0.279111266, 0.219094604, 2.29434586, -1.22655225, -0.25035584, -0.464360446, -2.93089676], [3.10085058, 1.65777767, 0.457369953, 2.82732534, -1.41285968, 0.353100359, 3.95080566, 2.45933294]]]> : tensor<2x3x8xf32>
  %in7_1 = arith.constant dense<[[[-3.95090079, -6.16416264, -1.57580769, 2.6225667, -0.444891572, 0.0645118728, 1.71654284, -1.27040458], [0.925755799, 2.08419657, 1.43402648, 1.29189098, -0.704092205, 1.52857435, -0.355260134, 3.1098938], [5.64018536, -0.979811788, -3.84900403, -0.350879788, 1.25369024, 2.60026264, 2.65803099, -1.06790268]], [[-1.08647072, 3.03460193, -1.68477535, 2.6804626, 0.0462241471, 2.03280711, 1.91232944, 2.05330491], [2.1408534, -1.47878194, 1.09504223, 0.52796483, 1.11681604, 2.96649671, -0.0422164835, -0.923940837], [-0.956230938, -0.121636756, 2.00522113, -1.12963128, 2.81851578, 1.08090293, 0.0477781594, -2.16330194]]]> : tensor<2x3x8xf32>
  %in7_2 = arith.constant dense<[[[0.989866376, 1.88293862, -3.03153157, 2.88391924, 3.79549408, 1.17700458, 1.48356175, 5.32739019], [2.96378136, -1.29551435, 0.466709614, 0.18613787, 0.198246405, -4.22853565, 2.01400971, -0.77347225], [0.827302933, 0.227721319, 2.24219084, -0.0916173831, -1.09085608, 1.56484497, 3.3097713, -0.139621362]], [[3.23989606, 1.02436626, -0.565458953, 3.55031562, -1.13725269, 2.52809644, -0.496371925, 1.40043724], [-1.96829665, -1.1751852, 2.63010454, 0.876233697, 0.576586008, -0.379616499, 1.39296138, -2.2945385], [-1.73987055, 0.184419274, -1.16856205, -0.901187539, 0.356993496, 0.224957332, 0.0549865998, 3.83055115]]]> : tensor<2x3x8xf32>
  %r7 = call @k7(%in7_0, %in7_1, %in7_2) : (tensor<2x3x8xf32>, tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  %flat7 = tensor.collapse_shape %r7 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp7 = arith.constant dense<[3.3358984, 2.28546, -2.48375583, 4.70290184, 4.47178507, 1.11658967, 1.2147696, 4.63806438, 2.81131148, -2.76848793, -1.17431593, 0.834071636, -0.93703109, -3.80659008, 1.97309375, 0.534230411, -6.13762808, 0.699550986, 3.89464545, -0.176897004, -1.27599859, -2.4959929, 6.58969831, -2.18051624, 3.70020509, 2.1372571, -0.918456018, 5.76804304, -1.22397637, 6.2203455, -1.77383018, 4.27489471, -1.99640453, -0.325575948, 2.32663655, 1.38397348, -0.696705163, -2.03304577, 1.42188466, -0.30112046, -3.11984158, 0.113664024, -1.43904746, -2.34695148, -3.16988444, 0.011874239, 0.148178682, 1.53705847]> : tensor<48xf32>
  %got7 = tensor.cast %flat7 : tensor<48xf32> to tensor<?xf32>
  %want7 = tensor.cast %exp7 : tensor<48xf32> to tensor<?xf32>
  %atol7 = arith.constant 1.000000e-04 : f64
  %rtol7 = arith.constant 1.000000e-04 : f64
  %bad7 = call @mismatches_f32(%got7, %want7, %atol7, %rtol7) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id7 = arith.constant 8 : i32
  %status7 = call @record(%status6, %bad7, %id7) : (i32, i32, i32) -> i32
  %in8_0 = arith.constant dense<[[[2.52215171, 2.95946908, 0.443675995, -0.509368598, -2.40779829, -0.196274802, -3.671911, -0.667482615], [2.02847791, 3.74306059, 2.43121386, -1.22320092, 1.485237, -1.07832801, 2.14594769, 0.277277648], [2.21640015, 5.64579105, 2.34504867, 5.16489983, 0.854884624, -0.159435436, 3.1674087, 3.94871306]], [[-0.610029161, 0.653263927, -2.36905909, 0.0999082476, 2.2766645, 0.327230334, -0.638440311, -2.31447983], [1.23650897, 2.09508133, 1.69300139, 1.01063144, -2.04813075, 4.02361727, 0.386927277, 0.210407093], [1.96585715, -3.82637239, 0.371065527, 0.22642079, 1.24456632, 3.19431973, 1.44440031, -3.16419673]]]> : tensor<2x3x8xf32>
  %in8_1 = arith.constant dense<[-0.1781535, 0.911063373, 0.794334471, -2.06252575, -2.82751703, 1.59802175, 1.18707013, 0.457397878]> : tensor<8xf32>
  %r8 = call @k8(%in8_0, %in8_1) : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  %flat8 = tensor.collapse_shape %r8 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp8 = arith.constant dense<[-0.230922893, 1.37127197, 0.240837321, 0.313773364, 2.9946804, -0.00407117791, -1.97416878, -0.104136154, -0.0870746225, 1.3969605, 0.583135903, 3.07779264, -0.446197659, -2.24359727, 0.66514796, -0.264428288, 0.0647204667, 1.33437812, -0.234100729, -2.49218082, 3.0791533, -2.60420847, 0.170485452, 0.256173491, 0.0355879776, 0.615864038, -1.12728786, -0.603051186, -5.09338284, 0.719061434, -0.260509014, -0.631814957, -0.0175976977, 0.571389258, 0.301621765, 0.0829815492, 5.43640947, 2.8988781, -0.503410041, -0.24366188, -0.138237536, -1.58851337, 0.0653238446, -0.039846018, -1.3068676, 2.09390068, 0.651844859, -0.665763497]> : tensor<48xf32>
  %got8 = tensor.cast %flat8 : tensor<48xf32> to tensor<?xf32>
  %want8 = tensor.cast %exp8 : tensor<48xf32> to tensor<?xf32>
  %atol8 = arith.constant 1.000000e-04 : f64
  %rtol8 = arith.constant 1.000000e-04 : f64
  %bad8 = call @mismatches_f32(%got8, %want8, %atol8, %rtol8) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id8 = arith.constant 9 : i32
  %status8 = call @record(%status7, %bad8, %id8) : (i32, i32, i32) -> i32
  %in9_0 = arith.constant dense<[[[-2.95084405, 4.04810095, -5.30046749, -0.228194565, 4.68230295, 0.185148269, 0.964140415, -1.85829294], [3.21728015, -2.08524585, 1.0088383, 0.769811273, -1.60144913, 2.27395892, -2.33191609, -0.866969049], [0.442595601, -0.324995399, 1.43561339, 2.34810972, -0.0875475258, -0.582931936, -0.533956468, -0.231187895]], [[2.11929774, 0.0648299903, 1.31527913, 0.317694455, -1.18893039, 2.2274394, -1.57608247, 0.51239562], [3.47404766, -1.68621409, 0.389622957, -2.6695621, -0.518832564, -2.4891994, -0.223174363, -0.576594949], [0.763943255, 3.66860175, 1.06596899, 1.81634891, 0.398596108, 0.0109527688, -1.16796362, -3.10171366]]]> : tensor<2x3x8xf32>
  %dyn9_0 = tensor.cast %in9_0 : tensor<2x3x8xf32> to tensor<?x?x8xf32>
  %in9_1 = arith.constant dense<[0.637240708, 3.75824714, 1.45259976, -0.567977905, 3.79881239, -0.365247011, -0.737679422, -1.92538869]> : tensor<8xf32>
  %in9_2 = arith.constant dense<[-1.42410183, 0.00727426074, 4.49804115, 0.0876475722, -1.56303263, -0.710837245, 0.0542764775, -2.92350388]> : tensor<8xf32>
  %r9 = call @k9(%dyn9_0, %in9_1, %in9_2) : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<?x?x8xf32>
  %s9 = tensor.cast %r9 : tensor<?x?x8xf32> to tensor<2x3x8xf32>
  %flat9 = tensor.collapse_shape %s9 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp9 = arith.constant dense<[-2.00881934, 4.89992332, 2.08285952, 0.118434049, 4.14640713, -0.738914013, -0.18465431, -1.82387447, -0.384936839, -4.11806536, 5.21617365, -0.123291753, -4.78723717, -1.12917006, 0.95763886, -2.01700187, -1.33738911, -2.40244293, 6.15632486, -1.0855583, -3.08538151, -0.381250858, 0.683350027, -1.87187099, -0.621472359, -1.16990745, 5.43356657, 0.155606076, -6.39900684, -1.2011174, 1.21199107, -2.98011112, -0.0255371872, -2.35467196, 5.23483515, 0.750172198, -1.52425957, -0.320831925, -0.0725762174, -2.88230968, -1.31124246, 6.49449968, 4.98927164, -0.331715107, -1.63038409, -0.628855467, 0.683634877, 0.704715371]> : tensor<48xf32>
  %got9 = tensor.cast %flat9 : tensor<48xf32> to tensor<?xf32>
  %want9 = tensor.cast %exp9 : tensor<48xf32> to tensor<?xf32>
  %atol9 = arith.constant 1.000000e-04 : f64
  %rtol9 = arith.constant 1.000000e-04 : f64
  %bad9 = call @mismatches_f32(%got9, %want9, %atol9, %rtol9) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id9 = arith.constant 10 : i32
  %status9 = call @record(%status8, %bad9, %id9) : (i32, i32, i32) -> i32
  %in10_0 = arith.constant dense<[[[0.753256857, 1.90133703, 1.14162445, 1.70146525, -2.07909417, -2.8971839, 3.07114911, 2.68866277], [-2.58052897, 0.912763298, 0.551055729, 1.58977258, 0.917172432, -0.504263818, 0.890513301, 0.814093769], [0.40274474, -3.20483732, -5.49040222, -1.08037758, -2.76954293, 1.00512409, 1.9321934, 1.02623081]], [[-0.239055797, 0.640961707, 2.83468199, -0.957616091, 2.34458947, 1.91523266, 1.0233686, 3.40386033], [-0.935637176, 2.38501215, -1.35790312, -1.0340631, -1.6194222, 1.39166319, -1.37952006, 0.604319811], [-1.77342379, 2.63251519, 4.17234707, 0.952153265, 3.78673077, 1.62132728, 4.83862019, 0.699428558]]]> : tensor<2x3x8xf32>
  %in10_1 = arith.constant dense<[-2.64084721, 3.48116803, 0.247265711, -1.57169008, -0.81253171, -2.75266337, 0.164596394, -1.64252746]> : tensor<8xf32>
  %in10_2 = arith.constant dense<[3.46836114, 1.82898402, -2.82081199, -2.51874471, -0.633951545, -3.35008216, 0.280388385, 0.4131037]> : tensor<8xf32>
  %r10 = call @k10(%in10_0, %in10_1, %in10_2) : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  %flat10 = tensor.collapse_shape %r10 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp10 = arith.constant dense<[2.55734825, 4.93319035, -2.68978095, -3.77064323, 0.181720972, 0.485644013, 0.518856823, -1.66741669, 6.7500391, 3.29431486, -2.75932264, -3.68704367, -0.977677286, -2.65120173, 0.347928017, -0.20110622, 2.99816513, -3.53191757, -3.47072864, -1.68849623, 0.448888481, -4.62983751, 0.429579973, -0.367042363, 5.2818017, 1.03181148, -2.59531832, -0.852110386, -1.16782844, -4.54404163, 0.275432795, -1.57102954, 6.23855114, 4.18948507, -3.1344924, -0.789620399, 0.507339776, -3.79447436, 0.0697314367, 0.820537567, 7.38924551, 4.63759899, -2.42329216, -2.41321135, -1.77726889, -4.12327242, 0.602040708, 0.739288867]> : tensor<48xf32>
  %got10 = tensor.cast %flat10 : tensor<48xf32> to tensor<?xf32>
  %want10 = tensor.cast %exp10 : tensor<48xf32> to tensor<?xf32>
  %atol10 = arith.constant 1.000000e-04 : f64
  %rtol10 = arith.constant 1.000000e-04 : f64
  %bad10 = call @mismatches_f32(%got10, %want10, %atol10, %rtol10) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id10 = arith.constant 11 : i32
  %status10 = call @record(%status9, %bad10, %id10) : (i32, i32, i32) -> i32
  %in11_0 = arith.constant dense<[[[-1.04561269, -0.592988789, 1.4977057, 3.34336925, 3.49134636, 0.568617642, 2.21169829, -0.976710796], [1.32390761, -1.41934395, 1.95914674, -1.97680235, -1.43016613, 0.483310699, 1.61397839, -2.37634897], [-0.573277175, 0.770302117, 0.95809263, -1.17759848, 0.693765104, -0.0344740748, 3.30765843, 1.61379659]], [[-2.14819074, -3.90311432, 0.699763596, 2.86416912, 0.847480118, 2.26413202, -0.469346821, -2.22784114], [1.9971875, 0.69788456, 1.86736584, -2.26313186, 0.863106906, -0.751001954, 2.11317778, -0.661374629], [-0.714789808, -0.67144078, 3.02743411, 0.55772841, -1.01999426, -1.5451684, -1.58824492, 3.42525506]]]> : tensor<2x3x8xf32>
  %in11_1 = arith.constant dense<[[-3.12954903, -1.20071507, 1.77578068, 2.85699153, 0.203445181, 2.07103205, 2.01923466, 2.4723742]]> : tensor<1x8xf32>
  %in11_2 = arith.constant dense<[[0.592830062, 3.80993629, 0.932250738, 3.59640026, -1.66557682, 2.42122602, -1.97007382, -2.45116663]]> : tensor<1x8xf32>
  %r11 = call @k11(%in11_0, %in11_1, %in11_2) : (tensor<2x3x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<2x3x8xf32>
  %flat11 = tensor.collapse_shape %r11 [[0, 1, 2]] : tensor<2x3x8xf32> into tensor<48xf32>
  %exp11 = arith.constant dense<[3.52167177, 4.60663128, 1.9879204, 8.46769333, -1.30057931, 2.4946177, 0.0978264809, -4.66247749, -0.940352857, 5.20366192, 2.48097539, -0.678163111, -1.90304983, 2.38831091, -0.628403664, -6.74466467, 2.63222051, 3.62167192, 1.41133785, 0.69574064, -1.64304721, 1.74306405, 1.42941892, -0.808680713, 4.35705519, 6.36380005, 1.45956087, 7.70113134, -1.58933902, 4.74233437, -2.61363173, -5.52864313, -2.47467661, 3.45457745, 2.55142641, -0.0129221231, -1.58766484, 1.45398211, 0.132467031, -3.48915958, 1.99475932, 4.32040501, 3.63624644, 4.23107815, -1.78941131, 0.587851763, -3.80339956, 1.83148646]> : tensor<48xf32>
  %got11 = tensor.cast %flat11 : tensor<48xf32> to tensor<?xf32>
  %want11 = tensor.cast %exp11 : tensor<48xf32> to tensor<?xf32>
  %atol11 = arith.constant 1.000000e-04 : f64
  %rtol11 = arith.constant 1.000000e-04 : f64
  %bad11 = call @mismatches_f32(%got11, %want11, %atol11, %rtol11) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id11 = arith.constant 12 : i32
  %status11 = call @record(%status10, %bad11, %id11) : (i32, i32, i32) -> i32
  %in12_0 = arith.constant dense<[[[1.55078125, -1.09960938, 1.45410156, -1.578125, 3.78125, 0.590820312, -1.68847656, 0.931152344], [2.34765625, -0.953613281, 1.62304688, 4.6875, 2.33007812, 0.578613281, -0.5390625, 1.7578125], [-2.4296875, -5.47265625, -0.7265625, -1.55664062, 4.1015625, 0.891601562, -1.35644531, -1.70996094]], [[1.61621094, -1.04199219, -0.544433594, 0.439208984, 0.80078125, 0.821289062, 0.858886719, 3.23632812], [4.0390625, -2.66992188, 5.79296875, 0.8984375, 3.12890625, -0.836425781, 1.29492188, 1.07519531], [0.872070312, 2.3515625, 1.91113281, -1.36328125, 0.413085938, 2.10742188, 2.0234375, -0.0219421387]]]> : tensor<2x3x8xf16>
  %in12_1 = arith.constant dense<[0.0888061523, 0.342529297, -1.55859375, -1.92480469, 3.7890625, -0.139648438, 0.841308594, -0.845214844]> : tensor<8xf16>
  %in12_2 = arith.constant dense<[3.24609375, 4.15625, 0.21081543, 1.6796875, -0.859375, 4.1796875, 2.50195312, -1.02929688]> : tensor<8xf16>
  %r12 = call @k12(%in12_0, %in12_1, %in12_2) : (tensor<2x3x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<2x3x8xf16>
  %flat12 = tensor.collapse_shape %r12 [[0, 1, 2]] : tensor<2x3x8xf16> into tensor<48xf16>
  %exp12 = arith.constant dense<[3.29882812, 3.84570312, -0.643066406, 3.95117188, 6.2421875, 4.171875, 1.45605469, -1.24023438, 3.29101562, 3.66210938, 0.0774536133, -1.98828125, 1.05664062, 4.25390625, 1.49316406, -1.16894531, 3.19726562, 3.5625, 0.0250549316, 2.07226562, 6.72265625, 4.07421875, 2.39648438, -0.806152344, 3.30664062, 3.64648438, 1.89257812, 2.20703125, -0.773925781, 4.17578125, 2.56054688, -2.734375, 3.33203125, 3.578125, -2.38671875, 2.20703125, 1.45214844, 4.3125, 2.40429688, -0.856445312, 3.234375, 4.5234375, -0.90625, 5.46484375, -2.79492188, 4.05859375, 3.18164062, -0.295898438]> : tensor<48xf16>
  %got12 = tensor.cast %flat12 : tensor<48xf16> to tensor<?xf16>
  %want12 = tensor.cast %exp12 : tensor<48xf16> to tensor<?xf16>
  %atol12 = arith.constant 1.000000e-02 : f64
  %rtol12 = arith.constant 1.000000e-02 : f64
  %bad12 = call @mismatches_f16(%got12, %want12, %atol12, %rtol12) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id12 = arith.constant 13 : i32
  %status12 = call @record(%status11, %bad12, %id12) : (i32, i32, i32) -> i32
  %in13_0 = arith.constant dense<[[[3.1463468074798584, 1.3705095052719116, 1.4774119853973389, 1.3644936084747314, -0.68854492902755737, -0.42806622385978699, 1.8924177885055542, 0.54700708389282227], [-1.2516218423843384, 4.7066984176635742, 0.22376979887485504, -0.47681677341461182, -0.75436341762542725, 2.0208768844604492, 2.5893313884735107, 1.130790114402771], [2.3768501281738281, -2.3602917194366455, -0.10627041012048721, -0.30474480986595154, 0.64535337686538696, 1.6106421947479248, -3.4468934535980225, 6.882542610168457]], [[-1.1053117513656616, 1.3171757459640503, 2.28133225440979, 2.3264844417572021, 1.103058934211731, -5.2020773887634277, -1.5588364601135254, 2.130089282989502], [-1.2345048189163208, -1.5068041086196899, -4.1099104881286621, 3.0331377983093262, 1.6130551099777222, -1.1979490518569946, 0.31812581419944763, 0.37794077396392822], [-1.6583352088928223, 0.021811293438076973, 1.0744947195053101, 1.6675214767456055, 3.0913290977478027, 0.61409640312194824, -0.37150251865386963, 1.3558896780014038]]]> : tensor<2x3x8xf64>
  %in13_1 = arith.constant dense<[-0.71091697080349503, -1.9568037315242495, 2.8316348267321425, -0.21932505501079091, 0.78377716933475505, 1.840208996776177, -1.6750042150701878, 1.8221411864064903]> : tensor<8xf64>
  %in13_2 = arith.constant dense<[1.4400156203955681, 0.34260960695754861, 1.32765714180789, -0.97515066204427181, -3.8732556518169217, -0.028842249237340467, -1.2852317937178483, 2.2740155498676309]> : tensor<8xf64>
  %r13 = call @k13(%in13_0, %in13_1, %in13_2) : (tensor<2x3x8xf64>, tensor<8xf64>, tensor<8xf64>) -> tensor<2x3x8xf64>
  %flat13 = tensor.collapse_shape %r13 [[0, 1, 2]] : tensor<2x3x8xf64> into tensor<48xf64>
  %exp13 = arith.constant dense<[0.18692112239540792, -0.13483558006330759, 2.2774236548927456, -1.0275359523673557, -5.0621366973245472, -2.4102676820383415, -2.4415134628491213, 1.4353806787834493, 2.300737140761699, -3.492571267742985, 0.12248491495368152, -0.80003760877740782, -4.6147956089586124, 0.94775059424910491, -2.6808323079864231, 2.3779665340475677, 1.0281449348708622, 2.3408991887008601, 0.59248554262542319, -0.90349999537979908, -3.8777032850897162, 0.5608902213258633, 1.0402337910352228, 6.1036151132205418, 1.8053632413777918, -0.57480619300188285, 3.7627743791783681, -1.1677807465670964, -3.5738748319629585, -4.032895086742081, -0.11625584393999122, 3.7292013299392979, 1.7525070264991862, 1.4641027389206955, -3.9107531047110227, -1.3378563340325489, -3.123040499583591, -0.80473009501186732, -1.8246013119544902, 2.9142254622699135, 2.7027114422332819, 1.3674547079440931, 2.0665955168274452, -1.1293390009213977, -2.4903990765022606, -0.1801670661691914, 0.0831103913350415, 3.1317264868562531]> : tensor<48xf64>
  %got13 = tensor.cast %flat13 : tensor<48xf64> to tensor<?xf64>
  %want13 = tensor.cast %exp13 : tensor<48xf64> to tensor<?xf64>
  %atol13 = arith.constant 1.000000e-04 : f64
  %rtol13 = arith.constant 1.000000e-04 : f64
  %bad13 = call @mismatches_f64(%got13, %want13, %atol13, %rtol13) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id13 = arith.constant 14 : i32
  %status13 = call @record(%status12, %bad13, %id13) : (i32, i32, i32) -> i32
  %in14_0 = arith.constant dense<[[[10.656806, -5.232234, 6.31190205, 32.4217072, 28.0613289], [12.7380447, 13.9705276, -0.208160847, 2.74273515, 17.1333866], [2.95630693, 11.3226948, -16.9784756, -28.046463, -28.6538239]], [[-3.42531586, 31.8858128, 28.9919167, -14.6285925, -25.8161392], [21.1779575, 14.5797157, -22.0653553, 26.4712563, 8.80492878], [31.7890377, 12.1594524, 23.118784, 11.7368898, -13.7529335]]]> : tensor<2x3x5xf32>
  %r14 = call @k14(%in14_0) : (tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %flat14 = tensor.collapse_shape %r14 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp14 = arith.constant dense<[3.48426843e-10, 4.38115252e-17, 4.5200471e-12, 0.987387598, 0.0126124499, 0.0116956169, 0.0401128605, 2.78970109e-08, 5.33476396e-07, 0.948191047, 0.000232499879, 0.999767482, 5.11513304e-13, 7.98163448e-18, 4.34828872e-18, 4.37695302e-16, 0.947543919, 0.0524561293, 5.9655462e-21, 8.25963437e-26, 0.00499999616, 6.81380425e-06, 8.29156829e-22, 0.99499315, 2.11558824e-08, 0.999828339, 2.98472869e-09, 0.0001715861, 1.95608929e-09, 1.6645601e-20]> : tensor<30xf32>
  %got14 = tensor.cast %flat14 : tensor<30xf32> to tensor<?xf32>
  %want14 = tensor.cast %exp14 : tensor<30xf32> to tensor<?xf32>
  %atol14 = arith.constant 1.000000e-06 : f64
  %rtol14 = arith.constant 1.000000e-04 : f64
  %bad14 = call @mismatches_f32(%got14, %want14, %atol14, %rtol14) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id14 = arith.constant 15 : i32
  %status14 = call @record(%status13, %bad14, %id14) : (i32, i32, i32) -> i32
  %in15_0 = arith.constant dense<[[[0.64219147, -8.26037693, 21.9050446, -14.6352911, -25.3886566], [18.9362125, 28.2186241, 34.1981812, 27.1359901, -24.8899002], [-8.67523479, -5.71010208, 4.79954338, -37.8394279, 5.04933643]], [[10.7760191, -13.7807198, 7.59263706, 29.0608578, 6.15081978], [26.3677979, 25.5087166, 13.4329662, 12.8986588, -2.20948672], [30.0489349, -4.19486189, -8.72098637, 19.3464642, -9.29509354]]]> : tensor<2x3x5xf32>
  %r15 = call @k15(%in15_0) : (tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %flat15 = tensor.collapse_shape %r15 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp15 = arith.constant dense<[1.13503003e-08, 1.43671809e-16, 4.58307159e-06, 7.22707649e-19, 6.03876283e-14, 1.0, 1.0, 0.99999547, 1.0, 9.94386322e-14, 1.0197676e-12, 1.84052382e-15, 1.70738667e-13, 6.0469235e-29, 1.0, 4.15980761e-09, 8.64598789e-18, 0.00289945398, 0.999939442, 0.999765813, 0.0245751571, 1.0, 0.997100532, 9.56797095e-08, 0.000233917759, 0.975424886, 1.25863431e-13, 2.38451009e-10, 6.04040615e-05, 1.95804802e-07]> : tensor<30xf32>
  %got15 = tensor.cast %flat15 : tensor<30xf32> to tensor<?xf32>
  %want15 = tensor.cast %exp15 : tensor<30xf32> to tensor<?xf32>
  %atol15 = arith.constant 1.000000e-06 : f64
  %rtol15 = arith.constant 1.000000e-04 : f64
  %bad15 = call @mismatches_f32(%got15, %want15, %atol15, %rtol15) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id15 = arith.constant 16 : i32
  %status15 = call @record(%status14, %bad15, %id15) : (i32, i32, i32) -> i32
  %in16_0 = arith.constant dense<[[[1.37472665, 2.63725066, 0.684711993, 0.735032439, 2.36144257], [2.03257298, -2.55488539, -2.09530759, 3.18986845, 1.3082484], [-3.63440847, -2.16834116, 0.580188692, -1.42923653, 1.47044516]], [[0.69036305, 1.5157572, -1.80128706, 1.77866864, 4.45665741], [-1.05172837, 3.16764617, 2.50423503, 1.82998025, 0.410841763], [-1.78114188, -1.21234059, 2.07225418, 2.50321388, 2.99131298]]]> : tensor<2x3x5xf32>
  %r16 = call @k16(%in16_0) : (tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %flat16 = tensor.collapse_shape %r16 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp16 = arith.constant dense<[0.664711893, 0.754265606, 0.923154473, 0.260448992, 0.109562784, 0.956240594, 0.00326075195, 0.00995630957, 0.795741498, 0.710416257, 0.135489836, 0.277679652, 0.183611929, 0.0192189906, 0.179333746, 0.335288107, 0.245734364, 0.076845549, 0.739551008, 0.890437245, 0.0437594727, 0.996739209, 0.990043759, 0.204258472, 0.289583713, 0.864510238, 0.722320318, 0.816388071, 0.980780959, 0.820666194]> : tensor<30xf32>
  %got16 = tensor.cast %flat16 : tensor<30xf32> to tensor<?xf32>
  %want16 = tensor.cast %exp16 : tensor<30xf32> to tensor<?xf32>
  %atol16 = arith.constant 1.000000e-06 : f64
  %rtol16 = arith.constant 1.000000e-04 : f64
  %bad16 = call @mismatches_f32(%got16, %want16, %atol16, %rtol16) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id16 = arith.constant 17 : i32
  %status16 = call @record(%status15, %bad16, %id16) : (i32, i32, i32) -> i32
  %in17_0 = arith.constant dense<[[[2.46703482, 2.35301065, -0.322522104, -1.86881733, 0.955520689], [1.54812992, 0.719405353, -2.4928174, -0.49248895, -2.40607834], [0.839970946, -1.55170405, 0.215047136, 1.19452679, 0.82420963]], [[3.28721881, -1.65944827, -3.81612325, 2.44178748, 3.35704827], [3.41757059, 1.12369978, 1.63358176, 0.801308453, -2.03332257], [-0.584716916, 1.55145538, -0.595546901, 4.37448215, -2.52196074]]]> : tensor<2x3x5xf32>
  %dyn17_0 = tensor.cast %in17_0 : tensor<2x3x5xf32> to tensor<?x3x5xf32>
  %r17 = call @k17(%dyn17_0) : (tensor<?x3x5xf32>) -> tensor<?x3x5xf32>
  %s17 = tensor.cast %r17 : tensor<?x3x5xf32> to tensor<2x3x5xf32>
  %flat17 = tensor.collapse_shape %s17 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp17 = arith.constant dense<[0.457173914, 0.407907218, 0.0280926209, 0.00598473288, 0.10084147, 0.623710215, 0.272315502, 0.0109653287, 0.0810500532, 0.0119589195, 0.247727841, 0.0226612352, 0.132609263, 0.353147775, 0.243853942, 0.398465604, 0.00283191749, 0.000327678979, 0.171090022, 0.427284747, 0.742826164, 0.0749327615, 0.124770157, 0.0542823896, 0.00318855769, 0.00653253542, 0.055310756, 0.00646216981, 0.930753112, 0.000941341917]> : tensor<30xf32>
  %got17 = tensor.cast %flat17 : tensor<30xf32> to tensor<?xf32>
  %want17 = tensor.cast %exp17 : tensor<30xf32> to tensor<?xf32>
  %atol17 = arith.constant 1.000000e-06 : f64
  %rtol17 = arith.constant 1.000000e-04 : f64
  %bad17 = call @mismatches_f32(%got17, %want17, %atol17, %rtol17) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id17 = arith.constant 18 : i32
  %status17 = call @record(%status16, %bad17, %id17) : (i32, i32, i32) -> i32
  %in18_0 = arith.constant dense<[[-0.307574064, 2.78106117, -0.654551506, -1.70394993, -2.15736485, -0.892371297, 3.58191919], [1.38009977, 1.59565449, -0.475463718, 2.25213957, 0.777687967, -1.27770424, -0.339858145], [0.970170438, 2.9069407, 0.449430317, 1.56611955, 4.60570288, -1.03071284, -1.91434789], [2.53392482, 1.44427049, 0.371598542, 1.09640157, -0.0904910862, 1.60084212, -0.102453567]]> : tensor<4x7xf32>
  %dyn18_0 = tensor.cast %in18_0 : tensor<4x7xf32> to tensor<?x?xf32>
  %r18 = call @k18(%dyn18_0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %s18 = tensor.cast %r18 : tensor<?x?xf32> to tensor<4x7xf32>
  %flat18 = tensor.collapse_shape %s18 [[0, 1]] : tensor<4x7xf32> into tensor<28xf32>
  %exp18 = arith.constant dense<[0.0136050694, 0.298591852, 0.00961635169, 0.00336714974, 0.00213967008, 0.00758100161, 0.665098846, 0.179039344, 0.222107232, 0.027995456, 0.42822355, 0.0980221853, 0.0125510162, 0.0320612378, 0.0206363089, 0.143139884, 0.0122596342, 0.0374497958, 0.782570839, 0.00279035536, 0.00115319167, 0.449166328, 0.151069343, 0.0516797975, 0.106683873, 0.0325565077, 0.176674768, 0.0321693756]> : tensor<28xf32>
  %got18 = tensor.cast %flat18 : tensor<28xf32> to tensor<?xf32>
  %want18 = tensor.cast %exp18 : tensor<28xf32> to tensor<?xf32>
  %atol18 = arith.constant 1.000000e-06 : f64
  %rtol18 = arith.constant 1.000000e-04 : f64
  %bad18 = call @mismatches_f32(%got18, %want18, %atol18, %rtol18) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id18 = arith.constant 19 : i32
  %status18 = call @record(%status17, %bad18, %id18) : (i32, i32, i32) -> i32
  %in19_0 = arith.constant dense<[[[21.6932755, -17.7150707, -10.6330891, 8.03071117, -3.69052052], [19.6219292, 4.87047815, -5.12731791, 9.9193058, -4.82930708], [-25.4165878, -16.9793549, -10.2823591, -3.64206886, 7.72213745]], [[23.9997711, 16.8268661, 41.4123611, 31.3218002, 2.0685885], [38.8717995, 29.4839859, -3.19482589, 12.1088104, 27.7776546], [10.732522, 26.2288761, 13.8195238, 19.9860172, -0.444053829]]]> : tensor<2x3x5xf32>
  %r19 = call @k19(%in19_0) : (tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  %flat19 = tensor.collapse_shape %r19 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp19 = arith.constant dense<[-1.19209221e-06, -39.4083481, -32.3263626, -13.6625652, -25.3837986, -6.15101017e-05, -14.7515125, -24.7493076, -9.7026844, -24.4512978, -33.1387367, -24.7015038, -18.004509, -11.3642178, -1.15632338e-05, -17.412632, -24.585537, -4.14839706e-05, -10.0906019, -39.3438148, -9.89388136e-05, -9.38791275, -42.0667229, -26.7630882, -11.094244, -15.4983006, -0.00194669899, -12.4112988, -6.24480581, -26.6748772]> : tensor<30xf32>
  %got19 = tensor.cast %flat19 : tensor<30xf32> to tensor<?xf32>
  %want19 = tensor.cast %exp19 : tensor<30xf32> to tensor<?xf32>
  %atol19 = arith.constant 1.000000e-06 : f64
  %rtol19 = arith.constant 1.000000e-04 : f64
  %bad19 = call @mismatches_f32(%got19, %want19, %atol19, %rtol19) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id19 = arith.constant 20 : i32
  %status19 = call @record(%status18, %bad19, %id19) : (i32, i32, i32) -> i32
  %in20_0 = arith.constant dense<[[[1.35050404, -0.134714127, 1.94521558, -2.78412104, 1.26347351], [3.09465647, 1.7548964, 0.543277323, 1.67229807, -1.09689569], [-1.06861281, -0.123367257, 0.298691988, 2.5263741, -1.19399905]], [[2.59555411, -2.55166888, -0.980085552, 0.520184577, 2.90911031], [-0.633780956, -3.6937077, 1.43327475, 0.53507024, -1.57124865], [-1.49470675, -0.798393905, 0.78924948, 1.91960394, -2.36421394]]]> : tensor<2x3x5xf32>
  %dyn20_0 = tensor.cast %in20_0 : tensor<2x3x5xf32> to tensor<?x3x5xf32>
  %r20 = call @k20(%dyn20_0) : (tensor<?x3x5xf32>) -> tensor<?x3x5xf32>
  %s20 = tensor.cast %r20 : tensor<?x3x5xf32> to tensor<2x3x5xf32>
  %flat20 = tensor.collapse_shape %s20 [[0, 1, 2]] : tensor<2x3x5xf32> into tensor<30xf32>
  %exp20 = arith.constant dense<[-1.91839957, -2.15503621, -0.36383602, -5.66860056, -0.165545404, -0.174247131, -0.265425682, -1.76577425, -1.21218097, -2.52591467, -4.33751631, -2.14368939, -2.01035953, -0.358104974, -2.62301803, -0.0547898822, -1.95905864, -2.89250231, -1.80300307, -0.016321959, -3.28412485, -3.10109758, -0.479141861, -1.78811741, -4.49668121, -4.145051, -0.205783725, -1.12316716, -0.403583795, -5.28964615]> : tensor<30xf32>
  %got20 = tensor.cast %flat20 : tensor<30xf32> to tensor<?xf32>
  %want20 = tensor.cast %exp20 : tensor<30xf32> to tensor<?xf32>
  %atol20 = arith.constant 1.000000e-06 : f64
  %rtol20 = arith.constant 1.000000e-04 : f64
  %bad20 = call @mismatches_f32(%got20, %want20, %atol20, %rtol20) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id20 = arith.constant 21 : i32
  %status20 = call @record(%status19, %bad20, %id20) : (i32, i32, i32) -> i32
  %in21_0 = arith.constant dense<[[[5.171875, 0.516601562, -0.153930664, 1.9375, 0.809082031], [5.26171875, 2.78320312, -0.146606445, -0.190917969, -0.406005859], [-0.09375, 1.93457031, -0.703125, 3.81445312, 0.424316406]], [[0.296630859, 2.48632812, -3.37109375, -1.28515625, 1.78417969], [0.609375, 0.562011719, 1.37988281, -0.616699219, 0.243408203], [-2.13671875, -3.16601562, 3.11328125, -1.28222656, -0.849121094]]]> : tensor<2x3x5xf16>
  %r21 = call @k21(%in21_0) : (tensor<2x3x5xf16>) -> tensor<2x3x5xf16>
  %flat21 = tensor.collapse_shape %r21 [[0, 1, 2]] : tensor<2x3x5xf16> into tensor<30xf16>
  %exp21 = arith.constant dense<[0.9375, 0.00891876221, 0.00456237793, 0.0369262695, 0.0119476318, 0.912109375, 0.0765380859, 0.00408554077, 0.0039100647, 0.00315284729, 0.016494751, 0.125366211, 0.00896453857, 0.821289062, 0.0276947021, 0.0685424805, 0.612304688, 0.00174999237, 0.0140914917, 0.303466797, 0.196044922, 0.186889648, 0.423583984, 0.0575256348, 0.135986328, 0.00505447388, 0.00180530548, 0.962890625, 0.0118789673, 0.0183105469]> : tensor<30xf16>
  %got21 = tensor.cast %flat21 : tensor<30xf16> to tensor<?xf16>
  %want21 = tensor.cast %exp21 : tensor<30xf16> to tensor<?xf16>
  %atol21 = arith.constant 1.000000e-03 : f64
  %rtol21 = arith.constant 1.000000e-02 : f64
  %bad21 = call @mismatches_f16(%got21, %want21, %atol21, %rtol21) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id21 = arith.constant 22 : i32
  %status21 = call @record(%status20, %bad21, %id21) : (i32, i32, i32) -> i32
  %in22_0 = arith.constant dense<[[[3.3753433227539062, 2.7010636329650879, -0.4714294970035553, -0.48095992207527161, 0.41655895113945007], [-1.3300318717956543, 1.6760722398757935, 0.86919975280761719, 0.83793038129806519, 2.0852229595184326], [2.0156145095825195, 4.262052059173584, 3.6113157272338867, -2.8423645496368408, 2.3732671737670898]], [[-1.6597750186920166, -2.2789871692657471, 1.9994280338287354, -0.827492356300354, -0.054921332746744156], [2.7169680595397949, -0.74989604949951172, -1.2136857509613037, 1.2304188013076782, 3.0231993198394775], [1.634385347366333, -2.5304694175720215, -0.72530871629714966, 0.27259537577629089, 4.4373912811279297]]]> : tensor<2x3x5xf64>
  %r22 = call @k22(%in22_0) : (tensor<2x3x5xf64>) -> tensor<2x3x5xf64>
  %flat22 = tensor.collapse_shape %r22 [[0, 1, 2]] : tensor<2x3x5xf64> into tensor<30xf64>
  %exp22 = arith.constant dense<[-0.4724380381201343, -1.1467177279089527, -4.3192108578775956, -4.3287412829493119, -3.4312224097345903, -4.2397680486199096, -1.2336639369484623, -2.0405364240166386, -2.0718057955261906, -0.82451321730582317, -2.8227777595771157, -0.57634020998605118, -1.2270765419257486, -7.6807568187964756, -2.4651250953925454, -3.8637660252057082, -4.4829781757794382, -0.20456297268495618, -3.0314833628140456, -2.2589123392604358, -0.96899463269029906, -4.4358587417296054, -4.8996484431913974, -2.4555438909224159, -0.66276337239061645, -2.8825823611370636, -7.0474371260754181, -5.2422764248005462, -4.2443723327271057, -0.079576427375467107]> : tensor<30xf64>
  %got22 = tensor.cast %flat22 : tensor<30xf64> to tensor<?xf64>
  %want22 = tensor.cast %exp22 : tensor<30xf64> to tensor<?xf64>
  %atol22 = arith.constant 1.000000e-06 : f64
  %rtol22 = arith.constant 1.000000e-04 : f64
  %bad22 = call @mismatches_f64(%got22, %want22, %atol22, %rtol22) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id22 = arith.constant 23 : i32
  %status22 = call @record(%status21, %bad22, %id22) : (i32, i32, i32) -> i32
  %in23_0 = arith.constant dense<[1000.0, 1001.0, -1000.0]> : tensor<3xf32>
  %r23 = call @k23(%in23_0) : (tensor<3xf32>) -> tensor<3xf32>
  %flat23 = tensor.cast %r23 : tensor<3xf32> to tensor<3xf32>
  %exp23 = arith.constant dense<[0.268941432, 0.731058598, 0.0]> : tensor<3xf32>
  %got23 = tensor.cast %flat23 : tensor<3xf32> to tensor<?xf32>
  %want23 = tensor.cast %exp23 : tensor<3xf32> to tensor<?xf32>
  %atol23 = arith.constant 1.000000e-06 : f64
  %rtol23 = arith.constant 1.000000e-04 : f64
  %bad23 = call @mismatches_f32(%got23, %want23, %atol23, %rtol23) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id23 = arith.constant 24 : i32
  %status23 = call @record(%status22, %bad23, %id23) : (i32, i32, i32) -> i32
  return %status23 : i32
}
