// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the fused attention kernel, run on the CPU: each case computes
// mcc.attention (@fusedN) and the unfused chain it replaces (@refN: matmul,
// scale, where, add, softmax, matmul, lowered by their own lowerings) on the
// same constant inputs, with dynamic dims where the types say `?`. @main
// returns 0 when every case agrees within 1e-5, else 1 + the first case that
// does not.
// CHECK: {{^}}0{{$}}

// BERT-like: [B, H, S, D], a padding mask [B, 1, 1, Skv], dynamic batch and key length
func.func @fused0(%q: tensor<?x3x5x4xf32>, %k: tensor<?x3x?x4xf32>, %v: tensor<?x3x?x6xf32>, %m: tensor<?x1x1x?xf32>) -> tensor<?x3x5x6xf32> {
  %r = mcc.attention %q, %k, %v mask(%m) {scale = 0.5 : f64, fill = 0.0 : f64} : (tensor<?x3x5x4xf32>, tensor<?x3x?x4xf32>, tensor<?x3x?x6xf32>, tensor<?x1x1x?xf32>) -> tensor<?x3x5x6xf32>
  return %r : tensor<?x3x5x6xf32>
}

func.func @ref0(%q: tensor<?x3x5x4xf32>, %k: tensor<?x3x?x4xf32>, %v: tensor<?x3x?x6xf32>, %m: tensor<?x1x1x?xf32>) -> tensor<?x3x5x6xf32> {
  %s0 = arith.constant dense<0.5> : tensor<f32>
  %fill = arith.constant dense<0.0> : tensor<f32>
  %kt = mcc.transpose %k {perm = array<i64: 0, 1, 3, 2>} : (tensor<?x3x?x4xf32>) -> tensor<?x3x4x?xf32>
  %s1 = mcc.matmul %q, %kt : (tensor<?x3x5x4xf32>, tensor<?x3x4x?xf32>) -> tensor<?x3x5x7xf32>
  %s2 = mcc.mul %s1, %s0 : (tensor<?x3x5x7xf32>, tensor<f32>) -> tensor<?x3x5x7xf32>
  %s4 = mcc.add %s2, %m : (tensor<?x3x5x7xf32>, tensor<?x1x1x?xf32>) -> tensor<?x3x5x7xf32>
  %p = mcc.softmax %s4 {axis = 3 : i64} : tensor<?x3x5x7xf32> -> tensor<?x3x5x7xf32>
  %r = mcc.matmul %p, %v : (tensor<?x3x5x7xf32>, tensor<?x3x?x6xf32>) -> tensor<?x3x5x6xf32>
  return %r : tensor<?x3x5x6xf32>
}

// GPT-2-like: a keep mask (a causal Where there) with a fill value
func.func @fused1(%q: tensor<?x2x6x4xf32>, %k: tensor<?x2x6x4xf32>, %v: tensor<?x2x6x3xf32>, %c: tensor<1x1x6x6xi1>) -> tensor<?x2x6x3xf32> {
  %r = mcc.attention %q, %k, %v keep(%c) {scale = 0.125 : f64, fill = -10000.0 : f64} : (tensor<?x2x6x4xf32>, tensor<?x2x6x4xf32>, tensor<?x2x6x3xf32>, tensor<1x1x6x6xi1>) -> tensor<?x2x6x3xf32>
  return %r : tensor<?x2x6x3xf32>
}

func.func @ref1(%q: tensor<?x2x6x4xf32>, %k: tensor<?x2x6x4xf32>, %v: tensor<?x2x6x3xf32>, %c: tensor<1x1x6x6xi1>) -> tensor<?x2x6x3xf32> {
  %s0 = arith.constant dense<0.125> : tensor<f32>
  %fill = arith.constant dense<-10000.0> : tensor<f32>
  %kt = mcc.transpose %k {perm = array<i64: 0, 1, 3, 2>} : (tensor<?x2x6x4xf32>) -> tensor<?x2x4x6xf32>
  %s1 = mcc.matmul %q, %kt : (tensor<?x2x6x4xf32>, tensor<?x2x4x6xf32>) -> tensor<?x2x6x6xf32>
  %s2 = mcc.mul %s1, %s0 : (tensor<?x2x6x6xf32>, tensor<f32>) -> tensor<?x2x6x6xf32>
  %s3 = mcc.where %c, %s2, %fill : (tensor<1x1x6x6xi1>, tensor<?x2x6x6xf32>, tensor<f32>) -> tensor<?x2x6x6xf32>
  %p = mcc.softmax %s3 {axis = 3 : i64} : tensor<?x2x6x6xf32> -> tensor<?x2x6x6xf32>
  %r = mcc.matmul %p, %v : (tensor<?x2x6x6xf32>, tensor<?x2x6x3xf32>) -> tensor<?x2x6x3xf32>
  return %r : tensor<?x2x6x3xf32>
}

// rank 3, key and value broadcast over the batch, a [Sq, Skv] mask
func.func @fused2(%q: tensor<3x5x4xf32>, %k: tensor<1x6x4xf32>, %v: tensor<1x6x2xf32>, %m: tensor<5x6xf32>) -> tensor<3x5x2xf32> {
  %r = mcc.attention %q, %k, %v mask(%m) {scale = 1.0 : f64, fill = 0.0 : f64} : (tensor<3x5x4xf32>, tensor<1x6x4xf32>, tensor<1x6x2xf32>, tensor<5x6xf32>) -> tensor<3x5x2xf32>
  return %r : tensor<3x5x2xf32>
}

func.func @ref2(%q: tensor<3x5x4xf32>, %k: tensor<1x6x4xf32>, %v: tensor<1x6x2xf32>, %m: tensor<5x6xf32>) -> tensor<3x5x2xf32> {
  %s0 = arith.constant dense<1.0> : tensor<f32>
  %fill = arith.constant dense<0.0> : tensor<f32>
  %kt = mcc.transpose %k {perm = array<i64: 0, 2, 1>} : (tensor<1x6x4xf32>) -> tensor<1x4x6xf32>
  %s1 = mcc.matmul %q, %kt : (tensor<3x5x4xf32>, tensor<1x4x6xf32>) -> tensor<3x5x6xf32>
  %s2 = mcc.mul %s1, %s0 : (tensor<3x5x6xf32>, tensor<f32>) -> tensor<3x5x6xf32>
  %s4 = mcc.add %s2, %m : (tensor<3x5x6xf32>, tensor<5x6xf32>) -> tensor<3x5x6xf32>
  %p = mcc.softmax %s4 {axis = 2 : i64} : tensor<3x5x6xf32> -> tensor<3x5x6xf32>
  %r = mcc.matmul %p, %v : (tensor<3x5x6xf32>, tensor<1x6x2xf32>) -> tensor<3x5x2xf32>
  return %r : tensor<3x5x2xf32>
}

// keep with fill -inf and an additive mask on top
func.func @fused3(%q: tensor<?x4x3xf32>, %k: tensor<?x4x3xf32>, %v: tensor<?x4x3xf32>, %m: tensor<?x4x4xf32>, %c: tensor<1x4x4xi1>) -> tensor<?x4x3xf32> {
  %r = mcc.attention %q, %k, %v mask(%m) keep(%c) {scale = 2.0 : f64, fill = 0xFFF0000000000000 : f64} : (tensor<?x4x3xf32>, tensor<?x4x3xf32>, tensor<?x4x3xf32>, tensor<?x4x4xf32>, tensor<1x4x4xi1>) -> tensor<?x4x3xf32>
  return %r : tensor<?x4x3xf32>
}

func.func @ref3(%q: tensor<?x4x3xf32>, %k: tensor<?x4x3xf32>, %v: tensor<?x4x3xf32>, %m: tensor<?x4x4xf32>, %c: tensor<1x4x4xi1>) -> tensor<?x4x3xf32> {
  %s0 = arith.constant dense<2.0> : tensor<f32>
  %fill = arith.constant dense<0xFF800000> : tensor<f32>
  %kt = mcc.transpose %k {perm = array<i64: 0, 2, 1>} : (tensor<?x4x3xf32>) -> tensor<?x3x4xf32>
  %s1 = mcc.matmul %q, %kt : (tensor<?x4x3xf32>, tensor<?x3x4xf32>) -> tensor<?x4x4xf32>
  %s2 = mcc.mul %s1, %s0 : (tensor<?x4x4xf32>, tensor<f32>) -> tensor<?x4x4xf32>
  %s3 = mcc.where %c, %s2, %fill : (tensor<1x4x4xi1>, tensor<?x4x4xf32>, tensor<f32>) -> tensor<?x4x4xf32>
  %s4 = mcc.add %s3, %m : (tensor<?x4x4xf32>, tensor<?x4x4xf32>) -> tensor<?x4x4xf32>
  %p = mcc.softmax %s4 {axis = 2 : i64} : tensor<?x4x4xf32> -> tensor<?x4x4xf32>
  %r = mcc.matmul %p, %v : (tensor<?x4x4xf32>, tensor<?x4x3xf32>) -> tensor<?x4x3xf32>
  return %r : tensor<?x4x3xf32>
}

func.func @main() -> i32 {
  %tol = arith.constant 1.0e-5 : f32
  %ok = arith.constant 0 : i32
  %c3_q = arith.constant dense<[[[ 0.5559, -0.0787, -0.8874],  [ 0.6312, -0.5789, -1.1692],  [-0.8022,  1.4483,  0.2202],  [ 1.1592, -0.4793,  0.9381]], [[-0.6015, -0.1574,  2.4864],  [ 0.7671, -0.5012, -0.0848],  [ 0.3262,  1.2105, -0.4891],  [-1.7413, -0.2796,  0.0154]]]> : tensor<2x4x3xf32>
  %d3_q = tensor.cast %c3_q : tensor<2x4x3xf32> to tensor<?x4x3xf32>
  %c3_k = arith.constant dense<[[[ 0.1095,  1.3167,  0.3167],  [ 0.8129, -1.1011,  0.8679],  [ 2.0962,  0.7729,  0.2536],  [ 0.154 ,  1.7871, -0.9272]], [[-0.1111,  0.4602,  0.744 ],  [-0.4373,  0.3073, -0.2779],  [ 0.1205, -0.1321, -1.1416],  [-0.0211,  0.8772, -0.967 ]]]> : tensor<2x4x3xf32>
  %d3_k = tensor.cast %c3_k : tensor<2x4x3xf32> to tensor<?x4x3xf32>
  %c3_v = arith.constant dense<[[[-0.2411,  0.6648, -1.0699],  [ 0.1826, -1.0601,  1.1346],  [ 2.3128,  2.0223, -0.2192],  [ 0.7402,  0.121 ,  0.1021]], [[ 1.5478, -1.3192,  1.0553],  [-0.049 ,  1.4085,  0.1872],  [-0.6727,  0.2771,  0.736 ],  [ 0.0358,  0.488 , -0.5217]]]> : tensor<2x4x3xf32>
  %d3_v = tensor.cast %c3_v : tensor<2x4x3xf32> to tensor<?x4x3xf32>
  %c3_m = arith.constant dense<[[[-4.2678,  1.8   ,  1.3983,  0.2964],  [ 0.1368,  2.0726, -0.9142, -1.4131],  [-0.3771,  2.3782, -2.7742,  2.3837],  [-1.2785, -2.2015,  2.5201, -0.1938]], [[-2.6005, -0.7175,  1.8621,  2.3841],  [-0.8542,  0.8126,  1.4282, -1.2893],  [ 0.7101, -0.0638, -1.072 , -0.9843],  [ 0.1341,  0.0597, -1.131 , -0.8519]]]> : tensor<2x4x4xf32>
  %d3_m = tensor.cast %c3_m : tensor<2x4x4xf32> to tensor<?x4x4xf32>
  %c3_c = arith.constant dense<[[[true, true, true, true],
  [true, true, false, true],
  [true, true, true, true],
  [true, false, true, true]]]> : tensor<1x4x4xi1>
  %f3 = func.call @fused3(%d3_q, %d3_k, %d3_v, %d3_m, %c3_c) : (tensor<?x4x3xf32>, tensor<?x4x3xf32>, tensor<?x4x3xf32>, tensor<?x4x4xf32>, tensor<1x4x4xi1>) -> tensor<?x4x3xf32>
  %r3 = func.call @ref3(%d3_q, %d3_k, %d3_v, %d3_m, %c3_c) : (tensor<?x4x3xf32>, tensor<?x4x3xf32>, tensor<?x4x3xf32>, tensor<?x4x4xf32>, tensor<1x4x4xi1>) -> tensor<?x4x3xf32>
  %fs3 = tensor.cast %f3 : tensor<?x4x3xf32> to tensor<2x4x3xf32>
  %rs3 = tensor.cast %r3 : tensor<?x4x3xf32> to tensor<2x4x3xf32>
  %e3 = mcc.sub %fs3, %rs3 : (tensor<2x4x3xf32>, tensor<2x4x3xf32>) -> tensor<2x4x3xf32>
  %a3 = mcc.abs %e3 : tensor<2x4x3xf32> -> tensor<2x4x3xf32>
  %x3 = mcc.reduce_max %a3 {axes = array<i64>, keepdims = false} : (tensor<2x4x3xf32>) -> tensor<f32>
  %y3 = tensor.extract %x3[] : tensor<f32>
  %b3 = arith.cmpf ult, %y3, %tol : f32
  %n3 = arith.constant 4 : i32
  %o3 = arith.select %b3, %ok, %n3 : i32
  %c2_q = arith.constant dense<[[[-0.3416, -2.3095,  1.2169,  0.2533],  [ 1.1114,  1.9798,  0.0226, -1.8024],  [-0.8939, -1.2069, -0.5019,  0.0796],  [-2.0022,  0.3425, -1.5104,  0.2974],  [-0.1095, -0.3136, -0.073 , -0.5398]], [[-0.6125, -1.6828, -0.0296,  1.8455],  [ 1.9805,  1.3218,  0.7058, -0.6765],  [ 1.4428, -0.0561, -0.0689, -0.2912],  [ 0.092 , -0.4352, -0.0838, -1.0846],  [-0.3737,  2.2806, -0.0696, -0.2387]], [[ 0.5324,  0.7081, -1.1138, -0.2072],  [ 0.9183,  0.2698,  0.122 ,  1.554 ],  [-0.6778,  0.0827, -0.5201,  1.4903],  [-1.9519, -0.6701, -0.5292,  0.6635],  [ 0.6063,  1.3952, -1.574 ,  0.7505]]]> : tensor<3x5x4xf32>
  %c2_k = arith.constant dense<[[[-0.2933, -0.6656,  0.5396, -0.9201],  [-2.0769, -0.3702, -1.4978, -0.6489],  [ 0.3716,  0.312 ,  1.5869, -0.1997],  [-1.5333, -0.7561, -0.9194, -1.2178],  [ 0.4354, -0.6452, -1.9774,  0.6969],  [-0.1114,  0.3568,  0.1057,  0.6317]]]> : tensor<1x6x4xf32>
  %c2_v = arith.constant dense<[[[ 0.038 ,  1.2362],  [ 0.425 ,  0.3921],  [ 0.4099, -1.4566],  [-0.1646, -0.2593],  [ 0.2075, -1.3587],  [ 1.6341,  0.1044]]]> : tensor<1x6x2xf32>
  %c2_m = arith.constant dense<[[-2.4226, -3.4178, -0.5626, -0.1794, -1.4366,  0.1842], [-1.2824,  1.1033, -1.4491, -0.077 ,  1.9577,  5.1433], [-2.0153, -0.929 , -1.6797,  1.5687, -2.2962, -0.9687], [-0.0592, -1.9574, -1.9147, -0.9512, -4.2009, -2.891 ], [-0.8261,  0.2965, -0.3715, -3.5479, -0.9276,  1.5969]]> : tensor<5x6xf32>
  %f2 = func.call @fused2(%c2_q, %c2_k, %c2_v, %c2_m) : (tensor<3x5x4xf32>, tensor<1x6x4xf32>, tensor<1x6x2xf32>, tensor<5x6xf32>) -> tensor<3x5x2xf32>
  %r2 = func.call @ref2(%c2_q, %c2_k, %c2_v, %c2_m) : (tensor<3x5x4xf32>, tensor<1x6x4xf32>, tensor<1x6x2xf32>, tensor<5x6xf32>) -> tensor<3x5x2xf32>
  %fs2 = tensor.cast %f2 : tensor<3x5x2xf32> to tensor<3x5x2xf32>
  %rs2 = tensor.cast %r2 : tensor<3x5x2xf32> to tensor<3x5x2xf32>
  %e2 = mcc.sub %fs2, %rs2 : (tensor<3x5x2xf32>, tensor<3x5x2xf32>) -> tensor<3x5x2xf32>
  %a2 = mcc.abs %e2 : tensor<3x5x2xf32> -> tensor<3x5x2xf32>
  %x2 = mcc.reduce_max %a2 {axes = array<i64>, keepdims = false} : (tensor<3x5x2xf32>) -> tensor<f32>
  %y2 = tensor.extract %x2[] : tensor<f32>
  %b2 = arith.cmpf ult, %y2, %tol : f32
  %n2 = arith.constant 3 : i32
  %o2 = arith.select %b2, %o3, %n2 : i32
  %c1_q = arith.constant dense<[[[[ 0.5523, -1.6646,  0.4605,  0.243 ],   [ 0.2834,  0.3833, -0.6536, -0.2595],   [ 0.6371,  0.4306,  0.2067, -1.5143],   [ 0.5379,  1.1695,  1.0097,  0.2339],   [-1.5577,  0.9425, -0.1473, -2.5325],   [ 0.3772, -1.4922, -1.2964, -0.635 ]],  [[ 1.2726, -0.3708,  0.271 ,  1.748 ],   [ 1.594 , -0.1034, -0.2415, -1.2609],   [-0.6945,  0.4254,  0.3957,  0.1102],   [ 0.9948, -0.7724, -0.0561,  0.7312],   [ 0.5841,  1.0709,  0.397 , -0.3094],   [ 0.3622, -1.0026, -1.6395,  0.5807]]]]> : tensor<1x2x6x4xf32>
  %d1_q = tensor.cast %c1_q : tensor<1x2x6x4xf32> to tensor<?x2x6x4xf32>
  %c1_k = arith.constant dense<[[[[-0.0551,  0.3084, -1.6977, -0.3651],   [-0.5999, -0.8642, -2.255 , -0.3349],   [ 0.8973,  0.381 , -0.6009, -0.0149],   [ 0.7568, -2.7604, -0.1245,  0.5432],   [ 0.6821,  1.7007,  1.135 ,  0.3126],   [ 0.302 ,  0.7869, -0.5393, -0.0402]],  [[ 0.9062,  1.9574, -0.1593, -0.0484],   [ 0.1985,  1.3432, -0.0303,  1.4694],   [-0.9667, -0.186 , -0.1982,  0.7865],   [ 1.0453, -1.5094, -0.9151,  0.3369],   [-0.6587, -1.5224,  1.0385,  0.494 ],   [ 0.4932, -0.4754,  1.0289, -0.24  ]]]]> : tensor<1x2x6x4xf32>
  %d1_k = tensor.cast %c1_k : tensor<1x2x6x4xf32> to tensor<?x2x6x4xf32>
  %c1_v = arith.constant dense<[[[[ 1.0964, -0.9117, -0.8541],   [ 0.2047, -0.7023,  0.6755],   [ 0.2601, -0.923 ,  0.0729],   [-0.3513,  0.9158, -0.6326],   [-0.4392,  1.2112,  2.2386],   [ 1.999 ,  0.0632,  0.2189]],  [[ 1.5335, -0.1244, -0.9763],   [ 0.1169,  0.4515, -0.8291],   [-1.6462, -1.4367,  0.6654],   [-0.7584, -0.1413,  0.2126],   [ 0.6191, -0.3349,  0.4987],   [-0.8901, -0.3617, -1.0244]]]]> : tensor<1x2x6x3xf32>
  %d1_v = tensor.cast %c1_v : tensor<1x2x6x3xf32> to tensor<?x2x6x3xf32>
  %c1_c = arith.constant dense<[[[[true, true, true, true, true, false],
   [true, true, false, true, true, false],
   [true, true, true, false, true, true],
   [true, true, false, true, true, false],
   [true, false, true, true, false, true],
   [true, true, true, false, false, true]]]]> : tensor<1x1x6x6xi1>
  %f1 = func.call @fused1(%d1_q, %d1_k, %d1_v, %c1_c) : (tensor<?x2x6x4xf32>, tensor<?x2x6x4xf32>, tensor<?x2x6x3xf32>, tensor<1x1x6x6xi1>) -> tensor<?x2x6x3xf32>
  %r1 = func.call @ref1(%d1_q, %d1_k, %d1_v, %c1_c) : (tensor<?x2x6x4xf32>, tensor<?x2x6x4xf32>, tensor<?x2x6x3xf32>, tensor<1x1x6x6xi1>) -> tensor<?x2x6x3xf32>
  %fs1 = tensor.cast %f1 : tensor<?x2x6x3xf32> to tensor<1x2x6x3xf32>
  %rs1 = tensor.cast %r1 : tensor<?x2x6x3xf32> to tensor<1x2x6x3xf32>
  %e1 = mcc.sub %fs1, %rs1 : (tensor<1x2x6x3xf32>, tensor<1x2x6x3xf32>) -> tensor<1x2x6x3xf32>
  %a1 = mcc.abs %e1 : tensor<1x2x6x3xf32> -> tensor<1x2x6x3xf32>
  %x1 = mcc.reduce_max %a1 {axes = array<i64>, keepdims = false} : (tensor<1x2x6x3xf32>) -> tensor<f32>
  %y1 = tensor.extract %x1[] : tensor<f32>
  %b1 = arith.cmpf ult, %y1, %tol : f32
  %n1 = arith.constant 2 : i32
  %o1 = arith.select %b1, %o2, %n1 : i32
  %c0_q = arith.constant dense<[[[[ 1.2302e-03,  2.9875e-01, -2.7414e-01, -8.9059e-01],   [-4.5467e-01, -9.9165e-01,  6.0144e-02,  1.3402e+00],   [-4.9221e-01, -6.2047e-01,  4.8984e-01,  3.5689e-01],   [ 1.0541e-01, -9.3047e-01, -2.9252e-02,  6.9530e-01],   [-1.3442e+00, -4.5762e-01, -1.9012e+00, -1.2895e+00]],  [[-1.8417e+00, -2.3509e-01, -1.2674e+00,  2.7126e-01],   [ 1.5675e-01, -1.8693e-01, -2.5168e+00, -5.3869e-01],   [-4.8501e-02,  1.1331e-01, -1.5301e+00, -4.7775e-01],   [-9.7852e-01, -8.0884e-01,  1.0609e+00, -8.0753e-01],   [-3.2522e-02,  8.8439e-01, -5.8360e-01, -1.1170e-01]],  [[ 1.1046e-01,  6.3782e-02, -1.2251e+00,  7.6140e-02],   [ 1.3588e+00, -1.5471e+00,  8.5938e-01,  1.1935e-01],   [-6.4147e-01,  2.0004e+00,  7.6226e-01, -1.1993e+00],   [ 7.4516e-02,  5.7669e-01, -1.8878e-01,  6.8291e-01],   [-6.6517e-02,  6.6725e-01,  1.4385e+00, -6.7566e-01]]], [[[ 2.0314e-01, -4.6331e-01,  1.2727e-01, -1.1872e+00],   [-5.7930e-01, -1.9620e-01,  8.9876e-01,  1.1452e+00],   [-1.3235e+00, -7.9464e-01,  6.4690e-01, -1.9924e+00],   [-4.6317e-01, -9.7287e-02,  1.2570e+00,  6.8940e-01],   [-3.2721e-01, -3.6858e-01, -2.5020e-01,  1.5235e+00]],  [[-4.2802e-01, -3.0368e-01,  3.5259e-01, -1.2077e-01],   [-1.9728e-01, -1.1141e+00, -1.1521e-02, -4.4358e-01],   [ 1.1661e+00,  6.5309e-01, -2.4144e-02,  6.6838e-01],   [-3.3987e-01,  1.0521e+00, -5.3996e-03,  5.8338e-01],   [-1.2909e+00,  3.4668e-01, -1.6882e+00, -2.0353e+00]],  [[-3.0448e-01, -8.9993e-01,  1.6405e-01,  2.2448e+00],   [-8.3172e-01, -6.2394e-01,  2.0540e-01,  4.9301e-01],   [-1.7641e-01, -2.0593e-01,  7.0246e-01,  5.1991e-01],   [-1.0337e+00, -7.9181e-02,  3.5287e-02, -1.0545e+00],   [ 2.5984e-01, -8.5796e-01,  9.7207e-01,  1.9275e-01]]]]> : tensor<2x3x5x4xf32>
  %d0_q = tensor.cast %c0_q : tensor<2x3x5x4xf32> to tensor<?x3x5x4xf32>
  %c0_k = arith.constant dense<[[[[ 0.0893, -0.591 , -0.1186, -1.9977],   [-1.1314,  0.3628, -2.1286,  0.8466],   [-1.7461,  0.7567, -0.8455,  0.779 ],   [ 0.131 , -1.5368,  1.2491,  1.4417],   [-0.0658, -0.2739, -0.1599, -0.9752],   [ 1.0986, -0.5429, -0.0512, -0.7933],   [-0.6261, -1.2777,  1.2571, -0.1541]],  [[ 0.9659,  0.0133, -0.6944, -0.3267],   [-0.5602,  0.008 , -0.3753, -0.2999],   [-1.3786, -0.8068,  1.6541, -0.6712],   [-1.0541,  0.3373,  1.4073, -1.454 ],   [-0.2085, -0.6321, -1.761 ,  0.7349],   [-0.0234,  0.0714, -0.7523,  0.4548],   [-0.5393, -0.1429, -1.1083, -1.2161]],  [[ 1.3355, -0.5071,  0.2917, -0.0338],   [-0.4411, -0.508 ,  0.6301, -0.3019],   [-0.1514,  0.0222,  1.1765,  0.6805],   [ 0.3826, -0.5636, -1.382 ,  0.9495],   [ 0.9664, -0.1407,  0.5419,  0.7814],   [ 0.8312,  0.9214, -0.4556,  1.515 ],   [-1.2466,  0.8617,  0.4939,  0.8736]]], [[[ 1.879 ,  1.4844, -1.1452, -1.6887],   [ 0.8169, -1.015 , -0.0124,  0.8397],   [-1.6438, -2.11  ,  0.2593,  0.0444],   [-0.2458,  0.0385, -0.8605, -1.5135],   [-0.1667, -0.9717, -1.6435,  0.5057],   [-0.0614,  0.4065, -0.9893, -0.6581],   [-0.999 , -0.8866,  0.1954, -0.783 ]],  [[ 0.3561,  0.3398,  2.0252, -1.3928],   [ 0.8879, -0.0895, -0.014 , -1.4499],   [-0.4602,  0.7432, -0.0825,  0.0811],   [-0.2907,  1.1546, -0.0215, -2.2004],   [-0.6921, -1.9688, -3.2514, -0.5301],   [ 1.3336,  0.0471, -1.1725, -0.9407],   [ 1.1306,  0.1576,  0.048 , -0.0535]],  [[ 0.0384,  0.8054,  0.5526,  0.2157],   [-1.0429,  0.5111, -0.6842,  1.0938],   [-1.2711, -0.1376, -0.0074, -1.3246],   [ 1.722 ,  1.4604, -0.4636,  0.7717],   [ 0.3787, -2.6136,  0.2504, -0.0613],   [ 0.0832, -1.0769, -0.2693, -0.1783],   [ 1.1881,  0.3344, -0.0056,  1.529 ]]]]> : tensor<2x3x7x4xf32>
  %d0_k = tensor.cast %c0_k : tensor<2x3x7x4xf32> to tensor<?x3x?x4xf32>
  %c0_v = arith.constant dense<[[[[-5.5525e-01, -3.8943e-01, -1.8168e+00,  1.5691e+00,  9.6433e-01,     9.1685e-01],   [ 6.6890e-01,  1.1015e-01,  2.1549e-01, -2.5201e-01, -2.0360e-01,     5.4304e-02],   [ 1.5118e+00,  5.5569e-01, -5.8460e-02, -5.7939e-01, -6.3500e-01,     1.6027e+00],   [ 5.0669e-01,  6.7551e-02, -3.4618e-01, -1.1091e+00, -6.6862e-02,     8.7366e-01],   [-3.9254e-01, -2.2724e-01, -2.2103e-01,  1.0959e-01, -1.5930e+00,    -2.3540e-01],   [-8.5440e-01,  8.8459e-01, -7.7060e-01,  5.7705e-01,  1.5244e+00,    -3.1360e-01],   [-6.0158e-01,  1.9143e-01, -2.0290e-03, -9.9362e-01,  4.6092e-01,     2.0155e+00]],  [[-2.5811e-01, -2.0288e-01, -1.0449e+00,  3.1909e-01, -1.2470e+00,    -1.1069e+00],   [ 1.2797e+00, -9.0545e-01,  1.0814e+00,  1.5244e+00,  2.5933e-01,     5.5339e-01],   [ 1.9523e+00, -1.9673e-01, -5.9301e-01, -1.3532e+00,  4.1707e-02,     1.4791e+00],   [ 9.5960e-01, -9.4209e-01, -8.5538e-01, -5.0417e-01,  2.9227e-01,    -2.0531e-01],   [ 2.1445e-01,  2.9674e-01, -2.9877e-01, -4.0174e-02,  2.0659e-01,    -8.3970e-02],   [ 5.0352e-01,  1.8709e+00,  5.9197e-01,  5.5811e-02, -1.6861e+00,     3.8796e-01],   [-1.9467e+00, -1.4090e+00,  8.5464e-01,  7.0624e-01, -1.4994e-01,    -1.7100e+00]],  [[-3.7135e-01, -6.7874e-01,  6.3684e-01,  2.2577e+00,  2.1693e-01,    -7.7931e-01],   [-1.1706e+00, -5.6094e-02, -1.7679e-01, -1.1515e+00,  1.1636e-01,    -1.1509e+00],   [ 1.1121e+00,  1.0627e+00,  1.0848e+00, -4.7405e-01,  5.1452e-01,    -1.3207e-01],   [-3.8881e-01, -3.3915e-01, -1.2997e+00, -1.4439e+00,  7.9431e-01,    -1.9124e-01],   [ 2.1642e-01,  1.0017e+00, -1.7331e+00, -7.8413e-01,  1.7533e-01,     3.9209e-01],   [-3.7707e-01,  1.0292e+00,  2.1039e-01, -1.2134e+00, -9.3076e-01,     8.0547e-01],   [ 4.6383e-01, -1.8991e+00,  1.3477e+00,  5.9803e-01,  1.3433e+00,    -3.8370e-01]]], [[[-2.9571e-01, -1.1265e+00,  2.5369e+00, -1.7545e-01,  1.5875e+00,    -6.4729e-01],   [ 1.6384e-01, -1.6714e+00, -3.8287e-01,  9.8375e-01, -1.2517e+00,     1.0722e+00],   [ 3.3724e-01, -1.0440e+00, -5.0160e-01, -4.5907e-01, -4.9519e-02,    -5.3614e-01],   [-8.2729e-01, -3.0459e-01, -1.0269e+00, -1.2895e+00, -4.8176e-02,     8.8287e-01],   [-1.5294e+00,  3.5082e-03, -6.4996e-01, -9.7715e-01,  8.5344e-01,    -5.1817e-01],   [ 1.4983e+00, -7.7984e-01,  3.8650e-01, -2.2728e-01, -7.5402e-01,     5.8768e-01],   [-1.5498e-01,  6.0321e-01, -4.7292e-02, -1.0858e+00, -1.0207e-01,     5.1955e-02]],  [[ 9.5846e-01, -9.0627e-01, -3.9330e-02, -1.7219e+00,  6.5149e-01,    -1.0815e+00],   [-1.8064e+00, -5.9217e-02,  1.1057e+00, -1.5244e+00, -1.0880e+00,    -7.4327e-01],   [-1.1295e+00,  3.7943e-01, -8.0737e-01, -7.2151e-01,  5.8331e-01,    -7.5551e-01],   [ 4.3278e-01, -9.7139e-01, -1.2121e+00, -1.8354e+00,  1.8612e+00,    -3.2026e-01],   [ 2.4393e-01, -3.1050e-02,  1.5996e-01,  4.9686e-02,  1.9082e+00,    -1.0389e+00],   [-1.5575e+00, -1.0120e+00, -1.3347e+00,  7.4696e-01,  8.2038e-01,    -9.6132e-01],   [-1.3904e+00, -3.5480e-01,  1.3911e+00, -2.8196e+00,  5.2663e-01,    -1.0758e+00]],  [[ 1.0404e+00, -1.0779e+00, -2.8542e-01, -1.5063e+00, -9.7726e-01,     1.3858e+00],   [ 8.2058e-01, -4.0167e-01, -8.7017e-01, -1.8938e+00, -3.9366e-01,    -3.0903e-02],   [-8.4054e-02, -9.3792e-02, -1.1218e+00, -6.6274e-02, -3.8673e-02,     1.2906e+00],   [ 1.8667e+00, -1.3699e-01, -7.6631e-01, -6.4982e-02, -6.0762e-01,    -7.4243e-01],   [-5.8650e-02, -1.0433e+00,  6.0611e-01, -1.0392e-01,  2.5001e-01,    -1.8294e-01],   [-7.2725e-01, -9.4796e-01, -2.3728e-01, -5.4876e-01,  2.3390e-01,    -4.4317e-03],   [-1.3623e+00,  6.7121e-02, -1.3429e+00, -6.1648e-01, -2.9435e-01,    -2.0753e+00]]]]> : tensor<2x3x7x6xf32>
  %d0_v = tensor.cast %c0_v : tensor<2x3x7x6xf32> to tensor<?x3x?x6xf32>
  %c0_m = arith.constant dense<[[[[ 0.183 ,  0.302 , -0.316 , -0.8486, -0.7472, -1.9531, -0.5394]]], [[[-1.1052,  0.1834, -2.4083,  0.4712,  0.2864, -0.2831, -0.8784]]]]> : tensor<2x1x1x7xf32>
  %d0_m = tensor.cast %c0_m : tensor<2x1x1x7xf32> to tensor<?x1x1x?xf32>
  %f0 = func.call @fused0(%d0_q, %d0_k, %d0_v, %d0_m) : (tensor<?x3x5x4xf32>, tensor<?x3x?x4xf32>, tensor<?x3x?x6xf32>, tensor<?x1x1x?xf32>) -> tensor<?x3x5x6xf32>
  %r0 = func.call @ref0(%d0_q, %d0_k, %d0_v, %d0_m) : (tensor<?x3x5x4xf32>, tensor<?x3x?x4xf32>, tensor<?x3x?x6xf32>, tensor<?x1x1x?xf32>) -> tensor<?x3x5x6xf32>
  %fs0 = tensor.cast %f0 : tensor<?x3x5x6xf32> to tensor<2x3x5x6xf32>
  %rs0 = tensor.cast %r0 : tensor<?x3x5x6xf32> to tensor<2x3x5x6xf32>
  %e0 = mcc.sub %fs0, %rs0 : (tensor<2x3x5x6xf32>, tensor<2x3x5x6xf32>) -> tensor<2x3x5x6xf32>
  %a0 = mcc.abs %e0 : tensor<2x3x5x6xf32> -> tensor<2x3x5x6xf32>
  %x0 = mcc.reduce_max %a0 {axes = array<i64>, keepdims = false} : (tensor<2x3x5x6xf32>) -> tensor<f32>
  %y0 = tensor.extract %x0[] : tensor<f32>
  %b0 = arith.cmpf ult, %y0, %tol : f32
  %n0 = arith.constant 1 : i32
  %o0 = arith.select %b0, %o1, %n0 : i32
  return %o0 : i32
}
