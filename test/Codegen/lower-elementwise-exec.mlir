// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the elementwise lowerings, run end to end on the CPU: each @kN
// holds one mcc op (dynamic dims where the shapes say `?`), @main calls it on
// constant inputs and compares every element with the expected values, which
// were computed with numpy and ONNX Runtime 1.32 (HardSwish, Gelu, LeakyRelu, Elu, Selu, HardSigmoid, Mod, Div, Pow, Cast). @main returns 0 when all match, else 1 + the index
// of the first case that does not (so a failure names its @kN).
// CHECK: {{^}}0{{$}}

// relu
func.func @k0(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.relu %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// sigmoid
func.func @k1(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.sigmoid %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// tanh
func.func @k2(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.tanh %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// exp
func.func @k3(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.exp %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// log
func.func @k4(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.log %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// sqrt
func.func @k5(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.sqrt %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// reciprocal
func.func @k6(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.reciprocal %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// neg
func.func @k7(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.neg %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// abs
func.func @k8(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.abs %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// erf
func.func @k9(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.erf %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// floor
func.func @k10(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.floor %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// ceil
func.func @k11(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.ceil %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// round
func.func @k12(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.round %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// sign
func.func @k13(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.sign %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// sin
func.func @k14(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.sin %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// cos
func.func @k15(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.cos %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// softplus
func.func @k16(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.softplus %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// softsign
func.func @k17(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.softsign %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// hard_swish
func.func @k18(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.hard_swish %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// gelu
func.func @k19(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.gelu %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// gelu
func.func @k20(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.gelu %a0 {approximate = "tanh"} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// leaky_relu
func.func @k21(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.leaky_relu %a0 {alpha = 0.1} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// elu
func.func @k22(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.elu %a0 {alpha = 0.7} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// selu
func.func @k23(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.selu %a0 {alpha = 1.67326, gamma = 1.0507} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// hard_sigmoid
func.func @k24(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.hard_sigmoid %a0 {alpha = 0.2, beta = 0.5} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// clip
func.func @k25(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.clip %a0 {min = -1.0, max = 2.0} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// clip
func.func @k26(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.clip %a0 {max = 2.0} : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// identity
func.func @k27(%a0: tensor<?x5xf32>) -> tensor<?x5xf32> {
  %r = mcc.identity %a0 : tensor<?x5xf32> -> tensor<?x5xf32>
  return %r : tensor<?x5xf32>
}

// not
func.func @k28(%a0: tensor<?x5xi1>) -> tensor<?x5xi1> {
  %r = mcc.not %a0 : tensor<?x5xi1> -> tensor<?x5xi1>
  return %r : tensor<?x5xi1>
}

// relu
func.func @k29(%a0: tensor<?x5xi32>) -> tensor<?x5xi32> {
  %r = mcc.relu %a0 : tensor<?x5xi32> -> tensor<?x5xi32>
  return %r : tensor<?x5xi32>
}

// neg
func.func @k30(%a0: tensor<?x5xi64>) -> tensor<?x5xi64> {
  %r = mcc.neg %a0 : tensor<?x5xi64> -> tensor<?x5xi64>
  return %r : tensor<?x5xi64>
}

// abs
func.func @k31(%a0: tensor<?x5xi8>) -> tensor<?x5xi8> {
  %r = mcc.abs %a0 : tensor<?x5xi8> -> tensor<?x5xi8>
  return %r : tensor<?x5xi8>
}

// sign
func.func @k32(%a0: tensor<?x5xi32>) -> tensor<?x5xi32> {
  %r = mcc.sign %a0 : tensor<?x5xi32> -> tensor<?x5xi32>
  return %r : tensor<?x5xi32>
}

// clip
func.func @k33(%a0: tensor<?x5xi32>) -> tensor<?x5xi32> {
  %r = mcc.clip %a0 {min = -5.0, max = 7.0} : tensor<?x5xi32> -> tensor<?x5xi32>
  return %r : tensor<?x5xi32>
}

// sigmoid
func.func @k34(%a0: tensor<?x5xf16>) -> tensor<?x5xf16> {
  %r = mcc.sigmoid %a0 : tensor<?x5xf16> -> tensor<?x5xf16>
  return %r : tensor<?x5xf16>
}

// erf
func.func @k35(%a0: tensor<?x5xf16>) -> tensor<?x5xf16> {
  %r = mcc.erf %a0 : tensor<?x5xf16> -> tensor<?x5xf16>
  return %r : tensor<?x5xf16>
}

// tanh
func.func @k36(%a0: tensor<?x5xf64>) -> tensor<?x5xf64> {
  %r = mcc.tanh %a0 : tensor<?x5xf64> -> tensor<?x5xf64>
  return %r : tensor<?x5xf64>
}

// relu
func.func @k37(%a0: tensor<?x5xf16>) -> tensor<?x5xf16> {
  %r = mcc.relu %a0 : tensor<?x5xf16> -> tensor<?x5xf16>
  return %r : tensor<?x5xf16>
}

// exp
func.func @k38(%a0: tensor<f32>) -> tensor<f32> {
  %r = mcc.exp %a0 : tensor<f32> -> tensor<f32>
  return %r : tensor<f32>
}

// relu
func.func @k39(%a0: tensor<3xf32>) -> tensor<3xf32> {
  %r = mcc.relu %a0 : tensor<3xf32> -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// sign
func.func @k40(%a0: tensor<5xf32>) -> tensor<5xf32> {
  %r = mcc.sign %a0 : tensor<5xf32> -> tensor<5xf32>
  return %r : tensor<5xf32>
}

// add float32
func.func @k41(%a0: tensor<?x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<?x3x4xf32> {
  %r = mcc.add %a0, %a1 : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

// sub float32
func.func @k42(%a0: tensor<?x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<?x3x4xf32> {
  %r = mcc.sub %a0, %a1 : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

// mul float32
func.func @k43(%a0: tensor<?x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<?x3x4xf32> {
  %r = mcc.mul %a0, %a1 : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

// div float32
func.func @k44(%a0: tensor<?x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<?x3x4xf32> {
  %r = mcc.div %a0, %a1 : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

// max float32
func.func @k45(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %r = mcc.max %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// min float32
func.func @k46(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %r = mcc.min %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// pow float32
func.func @k47(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %r = mcc.pow %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// mod{{fmod = true}} float32
func.func @k48(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %r = mcc.mod %a0, %a1 {fmod = true}: (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// mod float32
func.func @k49(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %r = mcc.mod %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// div int32
func.func @k50(%a0: tensor<2x5xi32>, %a1: tensor<1x5xi32>) -> tensor<2x5xi32> {
  %r = mcc.div %a0, %a1 : (tensor<2x5xi32>, tensor<1x5xi32>) -> tensor<2x5xi32>
  return %r : tensor<2x5xi32>
}

// mod int32
func.func @k51(%a0: tensor<2x5xi32>, %a1: tensor<1x5xi32>) -> tensor<2x5xi32> {
  %r = mcc.mod %a0, %a1 : (tensor<2x5xi32>, tensor<1x5xi32>) -> tensor<2x5xi32>
  return %r : tensor<2x5xi32>
}

// mod{{fmod = true}} int32
func.func @k52(%a0: tensor<2x5xi32>, %a1: tensor<1x5xi32>) -> tensor<2x5xi32> {
  %r = mcc.mod %a0, %a1 {fmod = true}: (tensor<2x5xi32>, tensor<1x5xi32>) -> tensor<2x5xi32>
  return %r : tensor<2x5xi32>
}

// div int32
func.func @k53(%a0: tensor<2x6xi32>, %a1: tensor<1x6xi32>) -> tensor<2x6xi32> {
  %r = mcc.div %a0, %a1 : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi32>
  return %r : tensor<2x6xi32>
}

// add int64
func.func @k54(%a0: tensor<2x6xi64>, %a1: tensor<1x6xi64>) -> tensor<2x6xi64> {
  %r = mcc.add %a0, %a1 : (tensor<2x6xi64>, tensor<1x6xi64>) -> tensor<2x6xi64>
  return %r : tensor<2x6xi64>
}

// mul int8
func.func @k55(%a0: tensor<2x6xi8>, %a1: tensor<1x6xi8>) -> tensor<2x6xi8> {
  %r = mcc.mul %a0, %a1 : (tensor<2x6xi8>, tensor<1x6xi8>) -> tensor<2x6xi8>
  return %r : tensor<2x6xi8>
}

// max int32
func.func @k56(%a0: tensor<2x6xi32>, %a1: tensor<1x6xi32>) -> tensor<2x6xi32> {
  %r = mcc.max %a0, %a1 : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi32>
  return %r : tensor<2x6xi32>
}

// min int32
func.func @k57(%a0: tensor<2x6xi32>, %a1: tensor<1x6xi32>) -> tensor<2x6xi32> {
  %r = mcc.min %a0, %a1 : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi32>
  return %r : tensor<2x6xi32>
}

// pow int64
func.func @k58(%a0: tensor<2x5xi64>, %a1: tensor<1x5xi64>) -> tensor<2x5xi64> {
  %r = mcc.pow %a0, %a1 : (tensor<2x5xi64>, tensor<1x5xi64>) -> tensor<2x5xi64>
  return %r : tensor<2x5xi64>
}

// and bool
func.func @k59(%a0: tensor<2x3x4xi1>, %a1: tensor<3x1xi1>) -> tensor<2x3x4xi1> {
  %r = mcc.and %a0, %a1 : (tensor<2x3x4xi1>, tensor<3x1xi1>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// or bool
func.func @k60(%a0: tensor<2x3x4xi1>, %a1: tensor<3x1xi1>) -> tensor<2x3x4xi1> {
  %r = mcc.or %a0, %a1 : (tensor<2x3x4xi1>, tensor<3x1xi1>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// xor bool
func.func @k61(%a0: tensor<2x3x4xi1>, %a1: tensor<3x1xi1>) -> tensor<2x3x4xi1> {
  %r = mcc.xor %a0, %a1 : (tensor<2x3x4xi1>, tensor<3x1xi1>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// equal float32
func.func @k62(%a0: tensor<2x3x4xf32>, %a1: tensor<2x3x4xf32>) -> tensor<2x3x4xi1> {
  %r = mcc.equal %a0, %a1 : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// less float32
func.func @k63(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xi1> {
  %r = mcc.less %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// less_equal float32
func.func @k64(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xi1> {
  %r = mcc.less_equal %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// greater float32
func.func @k65(%a0: tensor<?x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<?x3x4xi1> {
  %r = mcc.greater %a0, %a1 : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xi1>
  return %r : tensor<?x3x4xi1>
}

// greater_equal float32
func.func @k66(%a0: tensor<2x3x4xf32>, %a1: tensor<3x1xf32>) -> tensor<2x3x4xi1> {
  %r = mcc.greater_equal %a0, %a1 : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xi1>
  return %r : tensor<2x3x4xi1>
}

// less int32
func.func @k67(%a0: tensor<2x6xi32>, %a1: tensor<1x6xi32>) -> tensor<2x6xi1> {
  %r = mcc.less %a0, %a1 : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi1>
  return %r : tensor<2x6xi1>
}

// greater_equal int32
func.func @k68(%a0: tensor<2x6xi32>, %a1: tensor<1x6xi32>) -> tensor<2x6xi1> {
  %r = mcc.greater_equal %a0, %a1 : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi1>
  return %r : tensor<2x6xi1>
}

// equal int32
func.func @k69(%a0: tensor<2x6xi32>, %a1: tensor<1x6xi32>) -> tensor<2x6xi1> {
  %r = mcc.equal %a0, %a1 : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi1>
  return %r : tensor<2x6xi1>
}

// less bool
func.func @k70(%a0: tensor<4xi1>, %a1: tensor<4xi1>) -> tensor<4xi1> {
  %r = mcc.less %a0, %a1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %r : tensor<4xi1>
}

// greater bool
func.func @k71(%a0: tensor<4xi1>, %a1: tensor<4xi1>) -> tensor<4xi1> {
  %r = mcc.greater %a0, %a1 : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %r : tensor<4xi1>
}

// add float16
func.func @k72(%a0: tensor<2x3x4xf16>, %a1: tensor<3x1xf16>) -> tensor<2x3x4xf16> {
  %r = mcc.add %a0, %a1 : (tensor<2x3x4xf16>, tensor<3x1xf16>) -> tensor<2x3x4xf16>
  return %r : tensor<2x3x4xf16>
}

// div float64
func.func @k73(%a0: tensor<2x3x4xf64>, %a1: tensor<3x1xf64>) -> tensor<2x3x4xf64> {
  %r = mcc.div %a0, %a1 : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  return %r : tensor<2x3x4xf64>
}

// pow float16
func.func @k74(%a0: tensor<2x3x4xf16>, %a1: tensor<3x1xf16>) -> tensor<2x3x4xf16> {
  %r = mcc.pow %a0, %a1 : (tensor<2x3x4xf16>, tensor<3x1xf16>) -> tensor<2x3x4xf16>
  return %r : tensor<2x3x4xf16>
}

// pow-const2
func.func @k75(%a0: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %c = arith.constant dense<2.0> : tensor<f32>
    %r = mcc.pow %a0, %c : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// pow-const0.5
func.func @k76(%a0: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %c = arith.constant dense<0.5> : tensor<1xf32>
    %r = mcc.pow %a0, %c : (tensor<2x3x4xf32>, tensor<1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// pow-const3
func.func @k77(%a0: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %c = arith.constant dense<3.0> : tensor<1xf32>
    %r = mcc.pow %a0, %c : (tensor<2x3x4xf32>, tensor<1xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// where
func.func @k78(%a0: tensor<?x3x4xi1>, %a1: tensor<3x1xf32>, %a2: tensor<4xf32>) -> tensor<?x3x4xf32> {
  %r = mcc.where %a0, %a1, %a2 : (tensor<?x3x4xi1>, tensor<3x1xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  return %r : tensor<?x3x4xf32>
}

// where-i64
func.func @k79(%a0: tensor<2x6xi1>, %a1: tensor<2x6xi64>, %a2: tensor<1x1xi64>) -> tensor<2x6xi64> {
  %r = mcc.where %a0, %a1, %a2 : (tensor<2x6xi1>, tensor<2x6xi64>, tensor<1x1xi64>) -> tensor<2x6xi64>
  return %r : tensor<2x6xi64>
}

// cast float32->int32
func.func @k80(%a0: tensor<8xf32>) -> tensor<8xi32> {
  %r = mcc.cast %a0 : tensor<8xf32> -> tensor<8xi32>
  return %r : tensor<8xi32>
}

// cast float32->int64
func.func @k81(%a0: tensor<8xf32>) -> tensor<8xi64> {
  %r = mcc.cast %a0 : tensor<8xf32> -> tensor<8xi64>
  return %r : tensor<8xi64>
}

// cast float32->int8
func.func @k82(%a0: tensor<8xf32>) -> tensor<8xi8> {
  %r = mcc.cast %a0 : tensor<8xf32> -> tensor<8xi8>
  return %r : tensor<8xi8>
}

// cast float32->bool
func.func @k83(%a0: tensor<8xf32>) -> tensor<8xi1> {
  %r = mcc.cast %a0 : tensor<8xf32> -> tensor<8xi1>
  return %r : tensor<8xi1>
}

// cast float32->float64
func.func @k84(%a0: tensor<8xf32>) -> tensor<8xf64> {
  %r = mcc.cast %a0 : tensor<8xf32> -> tensor<8xf64>
  return %r : tensor<8xf64>
}

// cast float32->float16
func.func @k85(%a0: tensor<8xf32>) -> tensor<8xf16> {
  %r = mcc.cast %a0 : tensor<8xf32> -> tensor<8xf16>
  return %r : tensor<8xf16>
}

// cast float16->float32
func.func @k86(%a0: tensor<8xf16>) -> tensor<8xf32> {
  %r = mcc.cast %a0 : tensor<8xf16> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// cast float64->float32
func.func @k87(%a0: tensor<8xf64>) -> tensor<8xf32> {
  %r = mcc.cast %a0 : tensor<8xf64> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// cast int32->float32
func.func @k88(%a0: tensor<8xi32>) -> tensor<8xf32> {
  %r = mcc.cast %a0 : tensor<8xi32> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// cast int32->int64
func.func @k89(%a0: tensor<8xi32>) -> tensor<8xi64> {
  %r = mcc.cast %a0 : tensor<8xi32> -> tensor<8xi64>
  return %r : tensor<8xi64>
}

// cast int64->int8
func.func @k90(%a0: tensor<8xi64>) -> tensor<8xi8> {
  %r = mcc.cast %a0 : tensor<8xi64> -> tensor<8xi8>
  return %r : tensor<8xi8>
}

// cast int32->bool
func.func @k91(%a0: tensor<8xi32>) -> tensor<8xi1> {
  %r = mcc.cast %a0 : tensor<8xi32> -> tensor<8xi1>
  return %r : tensor<8xi1>
}

// cast bool->float32
func.func @k92(%a0: tensor<8xi1>) -> tensor<8xf32> {
  %r = mcc.cast %a0 : tensor<8xi1> -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// cast bool->int64
func.func @k93(%a0: tensor<8xi1>) -> tensor<8xi64> {
  %r = mcc.cast %a0 : tensor<8xi1> -> tensor<8xi64>
  return %r : tensor<8xi64>
}

// cast float32->bool
func.func @k94(%a0: tensor<3xf32>) -> tensor<3xi1> {
  %r = mcc.cast %a0 : tensor<3xf32> -> tensor<3xi1>
  return %r : tensor<3xi1>
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

func.func private @mismatches_i1(%got: tensor<?xi1>, %want: tensor<?xi1>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xi1>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xi1>
    %w = tensor.extract %want[%j] : tensor<?xi1>
    %g_f = arith.uitofp %g : i1 to f64
    %w_f = arith.uitofp %w : i1 to f64
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

func.func private @mismatches_i32(%got: tensor<?xi32>, %want: tensor<?xi32>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xi32>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xi32>
    %w = tensor.extract %want[%j] : tensor<?xi32>
    %g_f = arith.sitofp %g : i32 to f64
    %w_f = arith.sitofp %w : i32 to f64
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

func.func private @mismatches_i8(%got: tensor<?xi8>, %want: tensor<?xi8>, %atol: f64, %rtol: f64) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %n = tensor.dim %got, %c0 : tensor<?xi8>
  %bad = scf.for %j = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i32) {
    %g = tensor.extract %got[%j] : tensor<?xi8>
    %w = tensor.extract %want[%j] : tensor<?xi8>
    %g_f = arith.sitofp %g : i8 to f64
    %w_f = arith.sitofp %w : i8 to f64
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
  %in0_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn0_0 = tensor.cast %in0_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r0 = call @k0(%dyn0_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s0 = tensor.cast %r0 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat0 = tensor.collapse_shape %s0 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp0 = arith.constant dense<[0.5, 1.5, 2.5, 0.0, 0.0, 1.08478522, 3.91200018, 2.84124279, 0.0, 0.0, 0.0, 0.123977937, 0.0, 0.0, 0.0]> : tensor<15xf32>
  %got0 = tensor.cast %flat0 : tensor<15xf32> to tensor<?xf32>
  %want0 = tensor.cast %exp0 : tensor<15xf32> to tensor<?xf32>
  %atol0 = arith.constant 2.000000e-06 : f64
  %rtol0 = arith.constant 2.000000e-05 : f64
  %bad0 = call @mismatches_f32(%got0, %want0, %atol0, %rtol0) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id0 = arith.constant 1 : i32
  %status0 = call @record(%zero, %bad0, %id0) : (i32, i32, i32) -> i32
  %in1_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn1_0 = tensor.cast %in1_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r1 = call @k1(%dyn1_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s1 = tensor.cast %r1 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat1 = tensor.collapse_shape %s1 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp1 = arith.constant dense<[0.622459352, 0.817574501, 0.924141824, 0.0758581832, 0.167004406, 0.747398496, 0.980391741, 0.944864273, 0.10801246, 0.0219613612, 0.133562163, 0.530954897, 0.000934006704, 0.341554403, 0.0232543759]> : tensor<15xf32>
  %got1 = tensor.cast %flat1 : tensor<15xf32> to tensor<?xf32>
  %want1 = tensor.cast %exp1 : tensor<15xf32> to tensor<?xf32>
  %atol1 = arith.constant 2.000000e-06 : f64
  %rtol1 = arith.constant 2.000000e-05 : f64
  %bad1 = call @mismatches_f32(%got1, %want1, %atol1, %rtol1) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id1 = arith.constant 2 : i32
  %status1 = call @record(%status0, %bad1, %id1) : (i32, i32, i32) -> i32
  %in2_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn2_0 = tensor.cast %in2_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r2 = call @k2(%dyn2_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s2 = tensor.cast %r2 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat2 = tensor.collapse_shape %s2 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp2 = arith.constant dense<[0.462117195, 0.905148208, 0.986614287, -0.986614287, -0.922716677, 0.794966936, 0.999200284, 0.993212938, -0.971097291, -0.998992085, -0.953578055, 0.123346612, -0.999998271, -0.575945914, -0.998867035]> : tensor<15xf32>
  %got2 = tensor.cast %flat2 : tensor<15xf32> to tensor<?xf32>
  %want2 = tensor.cast %exp2 : tensor<15xf32> to tensor<?xf32>
  %atol2 = arith.constant 2.000000e-06 : f64
  %rtol2 = arith.constant 2.000000e-05 : f64
  %bad2 = call @mismatches_f32(%got2, %want2, %atol2, %rtol2) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id2 = arith.constant 3 : i32
  %status2 = call @record(%status1, %bad2, %id2) : (i32, i32, i32) -> i32
  %in3_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn3_0 = tensor.cast %in3_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r3 = call @k3(%dyn3_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s3 = tensor.cast %r3 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat3 = tensor.collapse_shape %s3 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp3 = arith.constant dense<[1.64872122, 4.48168898, 12.1824932, 0.0820850059, 0.200486541, 2.95880413, 49.9988556, 17.1370506, 0.121091895, 0.022454489, 0.154150888, 1.13199091, 0.000934879994, 0.518728316, 0.0238080174]> : tensor<15xf32>
  %got3 = tensor.cast %flat3 : tensor<15xf32> to tensor<?xf32>
  %want3 = tensor.cast %exp3 : tensor<15xf32> to tensor<?xf32>
  %atol3 = arith.constant 2.000000e-06 : f64
  %rtol3 = arith.constant 2.000000e-05 : f64
  %bad3 = call @mismatches_f32(%got3, %want3, %atol3, %rtol3) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id3 = arith.constant 4 : i32
  %status3 = call @record(%status2, %bad3, %id3) : (i32, i32, i32) -> i32
  %in4_0 = arith.constant dense<[[0.600000024, 1.60000002, 2.5999999, 2.5999999, 1.70700824], [1.18478525, 4.01200008, 2.94124269, 2.21120548, 3.89626455], [1.96982336, 0.223977938, 7.07509232, 0.756375015, 3.83773279]]> : tensor<3x5xf32>
  %dyn4_0 = tensor.cast %in4_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r4 = call @k4(%dyn4_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s4 = tensor.cast %r4 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat4 = tensor.collapse_shape %s4 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp4 = arith.constant dense<[-0.510825574, 0.470003664, 0.955511391, 0.955511391, 0.534742236, 0.169561535, 1.38928986, 1.07883215, 0.793537855, 1.36001825, 0.677943885, -1.49620771, 1.95658052, -0.279217988, 1.34488177]> : tensor<15xf32>
  %got4 = tensor.cast %flat4 : tensor<15xf32> to tensor<?xf32>
  %want4 = tensor.cast %exp4 : tensor<15xf32> to tensor<?xf32>
  %atol4 = arith.constant 2.000000e-06 : f64
  %rtol4 = arith.constant 2.000000e-05 : f64
  %bad4 = call @mismatches_f32(%got4, %want4, %atol4, %rtol4) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id4 = arith.constant 5 : i32
  %status4 = call @record(%status3, %bad4, %id4) : (i32, i32, i32) -> i32
  %in5_0 = arith.constant dense<[[0.600000024, 1.60000002, 2.5999999, 2.5999999, 1.70700824], [1.18478525, 4.01200008, 2.94124269, 2.21120548, 3.89626455], [1.96982336, 0.223977938, 7.07509232, 0.756375015, 3.83773279]]> : tensor<3x5xf32>
  %dyn5_0 = tensor.cast %in5_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r5 = call @k5(%dyn5_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s5 = tensor.cast %r5 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat5 = tensor.collapse_shape %s5 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp5 = arith.constant dense<[0.774596691, 1.26491106, 1.61245155, 1.61245155, 1.30652523, 1.08847845, 2.00299788, 1.71500516, 1.48701227, 1.97389579, 1.40350401, 0.473263085, 2.65990448, 0.869698226, 1.95901322]> : tensor<15xf32>
  %got5 = tensor.cast %flat5 : tensor<15xf32> to tensor<?xf32>
  %want5 = tensor.cast %exp5 : tensor<15xf32> to tensor<?xf32>
  %atol5 = arith.constant 2.000000e-06 : f64
  %rtol5 = arith.constant 2.000000e-05 : f64
  %bad5 = call @mismatches_f32(%got5, %want5, %atol5, %rtol5) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id5 = arith.constant 6 : i32
  %status5 = call @record(%status4, %bad5, %id5) : (i32, i32, i32) -> i32
  %in6_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn6_0 = tensor.cast %in6_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r6 = call @k6(%dyn6_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s6 = tensor.cast %r6 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat6 = tensor.collapse_shape %s6 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp6 = arith.constant dense<[2.0, 0.666666687, 0.400000006, -0.400000006, -0.622274339, 0.921841443, 0.255623698, 0.351958662, -0.473663002, -0.263416827, -0.534809887, 8.06595135, -0.143367276, -1.5235194, -0.267541856]> : tensor<15xf32>
  %got6 = tensor.cast %flat6 : tensor<15xf32> to tensor<?xf32>
  %want6 = tensor.cast %exp6 : tensor<15xf32> to tensor<?xf32>
  %atol6 = arith.constant 2.000000e-06 : f64
  %rtol6 = arith.constant 2.000000e-05 : f64
  %bad6 = call @mismatches_f32(%got6, %want6, %atol6, %rtol6) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id6 = arith.constant 7 : i32
  %status6 = call @record(%status5, %bad6, %id6) : (i32, i32, i32) -> i32
  %in7_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn7_0 = tensor.cast %in7_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r7 = call @k7(%dyn7_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s7 = tensor.cast %r7 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat7 = tensor.collapse_shape %s7 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp7 = arith.constant dense<[-0.5, -1.5, -2.5, 2.5, 1.60700822, -1.08478522, -3.91200018, -2.84124279, 2.11120558, 3.79626465, 1.86982334, -0.123977937, 6.97509241, 0.656374991, 3.73773289]> : tensor<15xf32>
  %got7 = tensor.cast %flat7 : tensor<15xf32> to tensor<?xf32>
  %want7 = tensor.cast %exp7 : tensor<15xf32> to tensor<?xf32>
  %atol7 = arith.constant 2.000000e-06 : f64
  %rtol7 = arith.constant 2.000000e-05 : f64
  %bad7 = call @mismatches_f32(%got7, %want7, %atol7, %rtol7) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id7 = arith.constant 8 : i32
  %status7 = call @record(%status6, %bad7, %id7) : (i32, i32, i32) -> i32
  %in8_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn8_0 = tensor.cast %in8_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r8 = call @k8(%dyn8_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s8 = tensor.cast %r8 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat8 = tensor.collapse_shape %s8 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp8 = arith.constant dense<[0.5, 1.5, 2.5, 2.5, 1.60700822, 1.08478522, 3.91200018, 2.84124279, 2.11120558, 3.79626465, 1.86982334, 0.123977937, 6.97509241, 0.656374991, 3.73773289]> : tensor<15xf32>
  %got8 = tensor.cast %flat8 : tensor<15xf32> to tensor<?xf32>
  %want8 = tensor.cast %exp8 : tensor<15xf32> to tensor<?xf32>
  %atol8 = arith.constant 2.000000e-06 : f64
  %rtol8 = arith.constant 2.000000e-05 : f64
  %bad8 = call @mismatches_f32(%got8, %want8, %atol8, %rtol8) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id8 = arith.constant 9 : i32
  %status8 = call @record(%status7, %bad8, %id8) : (i32, i32, i32) -> i32
  %in9_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn9_0 = tensor.cast %in9_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r9 = call @k9(%dyn9_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s9 = tensor.cast %r9 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat9 = tensor.collapse_shape %s9 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp9 = arith.constant dense<[0.520499885, 0.966105163, 0.999593019, -0.999593019, -0.97695291, 0.874999344, 0.99999994, 0.999941349, -0.997170687, -0.99999994, -0.991814733, 0.13918066, -1.0, -0.646724403, -0.999999881]> : tensor<15xf32>
  %got9 = tensor.cast %flat9 : tensor<15xf32> to tensor<?xf32>
  %want9 = tensor.cast %exp9 : tensor<15xf32> to tensor<?xf32>
  %atol9 = arith.constant 2.000000e-06 : f64
  %rtol9 = arith.constant 2.000000e-05 : f64
  %bad9 = call @mismatches_f32(%got9, %want9, %atol9, %rtol9) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id9 = arith.constant 10 : i32
  %status9 = call @record(%status8, %bad9, %id9) : (i32, i32, i32) -> i32
  %in10_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn10_0 = tensor.cast %in10_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r10 = call @k10(%dyn10_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s10 = tensor.cast %r10 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat10 = tensor.collapse_shape %s10 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp10 = arith.constant dense<[0.0, 1.0, 2.0, -3.0, -2.0, 1.0, 3.0, 2.0, -3.0, -4.0, -2.0, 0.0, -7.0, -1.0, -4.0]> : tensor<15xf32>
  %got10 = tensor.cast %flat10 : tensor<15xf32> to tensor<?xf32>
  %want10 = tensor.cast %exp10 : tensor<15xf32> to tensor<?xf32>
  %atol10 = arith.constant 2.000000e-06 : f64
  %rtol10 = arith.constant 2.000000e-05 : f64
  %bad10 = call @mismatches_f32(%got10, %want10, %atol10, %rtol10) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id10 = arith.constant 11 : i32
  %status10 = call @record(%status9, %bad10, %id10) : (i32, i32, i32) -> i32
  %in11_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn11_0 = tensor.cast %in11_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r11 = call @k11(%dyn11_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s11 = tensor.cast %r11 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat11 = tensor.collapse_shape %s11 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp11 = arith.constant dense<[1.0, 2.0, 3.0, -2.0, -1.0, 2.0, 4.0, 3.0, -2.0, -3.0, -1.0, 1.0, -6.0, -0.0, -3.0]> : tensor<15xf32>
  %got11 = tensor.cast %flat11 : tensor<15xf32> to tensor<?xf32>
  %want11 = tensor.cast %exp11 : tensor<15xf32> to tensor<?xf32>
  %atol11 = arith.constant 2.000000e-06 : f64
  %rtol11 = arith.constant 2.000000e-05 : f64
  %bad11 = call @mismatches_f32(%got11, %want11, %atol11, %rtol11) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id11 = arith.constant 12 : i32
  %status11 = call @record(%status10, %bad11, %id11) : (i32, i32, i32) -> i32
  %in12_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn12_0 = tensor.cast %in12_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r12 = call @k12(%dyn12_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s12 = tensor.cast %r12 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat12 = tensor.collapse_shape %s12 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp12 = arith.constant dense<[0.0, 2.0, 2.0, -2.0, -2.0, 1.0, 4.0, 3.0, -2.0, -4.0, -2.0, 0.0, -7.0, -1.0, -4.0]> : tensor<15xf32>
  %got12 = tensor.cast %flat12 : tensor<15xf32> to tensor<?xf32>
  %want12 = tensor.cast %exp12 : tensor<15xf32> to tensor<?xf32>
  %atol12 = arith.constant 2.000000e-06 : f64
  %rtol12 = arith.constant 2.000000e-05 : f64
  %bad12 = call @mismatches_f32(%got12, %want12, %atol12, %rtol12) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id12 = arith.constant 13 : i32
  %status12 = call @record(%status11, %bad12, %id12) : (i32, i32, i32) -> i32
  %in13_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn13_0 = tensor.cast %in13_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r13 = call @k13(%dyn13_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s13 = tensor.cast %r13 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat13 = tensor.collapse_shape %s13 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp13 = arith.constant dense<[1.0, 1.0, 1.0, -1.0, -1.0, 1.0, 1.0, 1.0, -1.0, -1.0, -1.0, 1.0, -1.0, -1.0, -1.0]> : tensor<15xf32>
  %got13 = tensor.cast %flat13 : tensor<15xf32> to tensor<?xf32>
  %want13 = tensor.cast %exp13 : tensor<15xf32> to tensor<?xf32>
  %atol13 = arith.constant 2.000000e-06 : f64
  %rtol13 = arith.constant 2.000000e-05 : f64
  %bad13 = call @mismatches_f32(%got13, %want13, %atol13, %rtol13) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id13 = arith.constant 14 : i32
  %status13 = call @record(%status12, %bad13, %id13) : (i32, i32, i32) -> i32
  %in14_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn14_0 = tensor.cast %in14_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r14 = call @k14(%dyn14_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s14 = tensor.cast %r14 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat14 = tensor.collapse_shape %s14 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp14 = arith.constant dense<[0.47942555, 0.997494996, 0.598472178, -0.598472178, -0.999344409, 0.884203136, -0.696427703, 0.295854419, -0.857498169, 0.608899057, -0.955623567, 0.123660579, -0.638006866, -0.610249102, 0.561452627]> : tensor<15xf32>
  %got14 = tensor.cast %flat14 : tensor<15xf32> to tensor<?xf32>
  %want14 = tensor.cast %exp14 : tensor<15xf32> to tensor<?xf32>
  %atol14 = arith.constant 2.000000e-06 : f64
  %rtol14 = arith.constant 2.000000e-05 : f64
  %bad14 = call @mismatches_f32(%got14, %want14, %atol14, %rtol14) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id14 = arith.constant 15 : i32
  %status14 = call @record(%status13, %bad14, %id14) : (i32, i32, i32) -> i32
  %in15_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn15_0 = tensor.cast %in15_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r15 = call @k15(%dyn15_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s15 = tensor.cast %r15 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat15 = tensor.collapse_shape %s15 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp15 = arith.constant dense<[0.87758255, 0.070737198, -0.801143587, -0.801143587, -0.0362039804, 0.467102617, -0.717626929, -0.955233037, -0.514486969, -0.7932477, -0.294590533, 0.992324591, 0.770030677, 0.792209566, -0.827508867]> : tensor<15xf32>
  %got15 = tensor.cast %flat15 : tensor<15xf32> to tensor<?xf32>
  %want15 = tensor.cast %exp15 : tensor<15xf32> to tensor<?xf32>
  %atol15 = arith.constant 2.000000e-06 : f64
  %rtol15 = arith.constant 2.000000e-05 : f64
  %bad15 = call @mismatches_f32(%got15, %want15, %atol15, %rtol15) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id15 = arith.constant 16 : i32
  %status15 = call @record(%status14, %bad15, %id15) : (i32, i32, i32) -> i32
  %in16_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn16_0 = tensor.cast %in16_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r16 = call @k16(%dyn16_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s16 = tensor.cast %r16 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat16 = tensor.collapse_shape %s16 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp16 = arith.constant dense<[0.974076986, 1.70141327, 2.57888961, 0.0788897425, 0.18272692, 1.37594199, 3.93180323, 2.89795685, 0.114303112, 0.0222060978, 0.143364906, 0.757056236, 0.000934443262, 0.417873353, 0.0235290267]> : tensor<15xf32>
  %got16 = tensor.cast %flat16 : tensor<15xf32> to tensor<?xf32>
  %want16 = tensor.cast %exp16 : tensor<15xf32> to tensor<?xf32>
  %atol16 = arith.constant 1.000000e-05 : f64
  %rtol16 = arith.constant 2.000000e-05 : f64
  %bad16 = call @mismatches_f32(%got16, %want16, %atol16, %rtol16) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id16 = arith.constant 17 : i32
  %status16 = call @record(%status15, %bad16, %id16) : (i32, i32, i32) -> i32
  %in17_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn17_0 = tensor.cast %in17_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r17 = call @k17(%dyn17_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s17 = tensor.cast %r17 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat17 = tensor.collapse_shape %s17 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp17 = arith.constant dense<[0.333333343, 0.600000024, 0.714285731, -0.714285731, -0.61641854, 0.520334303, 0.796416938, 0.739667594, -0.678581178, -0.791504443, -0.651546478, 0.110302821, -0.87460959, -0.396272004, -0.788928568]> : tensor<15xf32>
  %got17 = tensor.cast %flat17 : tensor<15xf32> to tensor<?xf32>
  %want17 = tensor.cast %exp17 : tensor<15xf32> to tensor<?xf32>
  %atol17 = arith.constant 2.000000e-06 : f64
  %rtol17 = arith.constant 2.000000e-05 : f64
  %bad17 = call @mismatches_f32(%got17, %want17, %atol17, %rtol17) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id17 = arith.constant 18 : i32
  %status17 = call @record(%status16, %bad17, %id17) : (i32, i32, i32) -> i32
  %in18_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn18_0 = tensor.cast %in18_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r18 = call @k18(%dyn18_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s18 = tensor.cast %r18 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat18 = tensor.collapse_shape %s18 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp18 = arith.constant dense<[0.291666657, 1.125, 2.29166675, -0.208333284, -0.373091519, 0.738519132, 3.91200018, 2.76606488, -0.312737912, -0.0, -0.352205127, 0.0645507202, -0.0, -0.256382793, -0.0]> : tensor<15xf32>
  %got18 = tensor.cast %flat18 : tensor<15xf32> to tensor<?xf32>
  %want18 = tensor.cast %exp18 : tensor<15xf32> to tensor<?xf32>
  %atol18 = arith.constant 2.000000e-06 : f64
  %rtol18 = arith.constant 2.000000e-05 : f64
  %bad18 = call @mismatches_f32(%got18, %want18, %atol18, %rtol18) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id18 = arith.constant 19 : i32
  %status18 = call @record(%status17, %bad18, %id18) : (i32, i32, i32) -> i32
  %in19_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn19_0 = tensor.cast %in19_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r19 = call @k19(%dyn19_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s19 = tensor.cast %r19 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat19 = tensor.collapse_shape %s19 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp19 = arith.constant dense<[0.345731229, 1.39978921, 2.48447609, -0.0155241042, -0.0868206695, 0.933990955, 3.91182113, 2.83485889, -0.0366870873, -0.000278770807, -0.0575048812, 0.0681052506, -0.0, -0.167895094, -0.000346989575]> : tensor<15xf32>
  %got19 = tensor.cast %flat19 : tensor<15xf32> to tensor<?xf32>
  %want19 = tensor.cast %exp19 : tensor<15xf32> to tensor<?xf32>
  %atol19 = arith.constant 2.000000e-06 : f64
  %rtol19 = arith.constant 2.000000e-05 : f64
  %bad19 = call @mismatches_f32(%got19, %want19, %atol19, %rtol19) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id19 = arith.constant 20 : i32
  %status19 = call @record(%status18, %bad19, %id19) : (i32, i32, i32) -> i32
  %in20_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn20_0 = tensor.cast %in20_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r20 = call @k20(%dyn20_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s20 = tensor.cast %r20 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat20 = tensor.collapse_shape %s20 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp20 = arith.constant dense<[0.345714003, 1.39957154, 2.48491573, -0.0150842965, -0.0870018452, 0.933809519, 3.91189432, 2.8353169, -0.0364932977, -0.000179096663, -0.0575168058, 0.0681051686, -0.0, -0.167939812, -0.000231252125]> : tensor<15xf32>
  %got20 = tensor.cast %flat20 : tensor<15xf32> to tensor<?xf32>
  %want20 = tensor.cast %exp20 : tensor<15xf32> to tensor<?xf32>
  %atol20 = arith.constant 2.000000e-06 : f64
  %rtol20 = arith.constant 2.000000e-05 : f64
  %bad20 = call @mismatches_f32(%got20, %want20, %atol20, %rtol20) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id20 = arith.constant 21 : i32
  %status20 = call @record(%status19, %bad20, %id20) : (i32, i32, i32) -> i32
  %in21_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn21_0 = tensor.cast %in21_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r21 = call @k21(%dyn21_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s21 = tensor.cast %r21 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat21 = tensor.collapse_shape %s21 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp21 = arith.constant dense<[0.5, 1.5, 2.5, -0.25, -0.160700828, 1.08478522, 3.91200018, 2.84124279, -0.211120561, -0.379626483, -0.186982334, 0.123977937, -0.697509229, -0.0656374991, -0.373773307]> : tensor<15xf32>
  %got21 = tensor.cast %flat21 : tensor<15xf32> to tensor<?xf32>
  %want21 = tensor.cast %exp21 : tensor<15xf32> to tensor<?xf32>
  %atol21 = arith.constant 2.000000e-06 : f64
  %rtol21 = arith.constant 2.000000e-05 : f64
  %bad21 = call @mismatches_f32(%got21, %want21, %atol21, %rtol21) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id21 = arith.constant 22 : i32
  %status21 = call @record(%status20, %bad21, %id21) : (i32, i32, i32) -> i32
  %in22_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn22_0 = tensor.cast %in22_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r22 = call @k22(%dyn22_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s22 = tensor.cast %r22 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat22 = tensor.collapse_shape %s22 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp22 = arith.constant dense<[0.5, 1.5, 2.5, -0.642540455, -0.559659421, 1.08478522, 3.91200018, 2.84124279, -0.615235686, -0.684281826, -0.592094362, 0.123977937, -0.699345589, -0.336890161, -0.68333441]> : tensor<15xf32>
  %got22 = tensor.cast %flat22 : tensor<15xf32> to tensor<?xf32>
  %want22 = tensor.cast %exp22 : tensor<15xf32> to tensor<?xf32>
  %atol22 = arith.constant 2.000000e-06 : f64
  %rtol22 = arith.constant 2.000000e-05 : f64
  %bad22 = call @mismatches_f32(%got22, %want22, %atol22, %rtol22) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id22 = arith.constant 23 : i32
  %status22 = call @record(%status21, %bad22, %id22) : (i32, i32, i32) -> i32
  %in23_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn23_0 = tensor.cast %in23_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r23 = call @k23(%dyn23_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s23 = tensor.cast %r23 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat23 = tensor.collapse_shape %s23 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp23 = arith.constant dense<[0.525349975, 1.57604992, 2.62674999, -1.61378098, -1.40561998, 1.13978374, 4.11033821, 2.98529363, -1.54520321, -1.71861708, -1.48708236, 0.130263612, -1.75645053, -0.846120954, -1.71623743]> : tensor<15xf32>
  %got23 = tensor.cast %flat23 : tensor<15xf32> to tensor<?xf32>
  %want23 = tensor.cast %exp23 : tensor<15xf32> to tensor<?xf32>
  %atol23 = arith.constant 2.000000e-06 : f64
  %rtol23 = arith.constant 2.000000e-05 : f64
  %bad23 = call @mismatches_f32(%got23, %want23, %atol23, %rtol23) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id23 = arith.constant 24 : i32
  %status23 = call @record(%status22, %bad23, %id23) : (i32, i32, i32) -> i32
  %in24_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn24_0 = tensor.cast %in24_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r24 = call @k24(%dyn24_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s24 = tensor.cast %r24 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat24 = tensor.collapse_shape %s24 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp24 = arith.constant dense<[0.600000024, 0.800000012, 1.0, 0.0, 0.178598344, 0.716957033, 1.0, 1.0, 0.0777588785, 0.0, 0.126035333, 0.524795592, 0.0, 0.368725002, 0.0]> : tensor<15xf32>
  %got24 = tensor.cast %flat24 : tensor<15xf32> to tensor<?xf32>
  %want24 = tensor.cast %exp24 : tensor<15xf32> to tensor<?xf32>
  %atol24 = arith.constant 2.000000e-06 : f64
  %rtol24 = arith.constant 2.000000e-05 : f64
  %bad24 = call @mismatches_f32(%got24, %want24, %atol24, %rtol24) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id24 = arith.constant 25 : i32
  %status24 = call @record(%status23, %bad24, %id24) : (i32, i32, i32) -> i32
  %in25_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn25_0 = tensor.cast %in25_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r25 = call @k25(%dyn25_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s25 = tensor.cast %r25 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat25 = tensor.collapse_shape %s25 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp25 = arith.constant dense<[0.5, 1.5, 2.0, -1.0, -1.0, 1.08478522, 2.0, 2.0, -1.0, -1.0, -1.0, 0.123977937, -1.0, -0.656374991, -1.0]> : tensor<15xf32>
  %got25 = tensor.cast %flat25 : tensor<15xf32> to tensor<?xf32>
  %want25 = tensor.cast %exp25 : tensor<15xf32> to tensor<?xf32>
  %atol25 = arith.constant 2.000000e-06 : f64
  %rtol25 = arith.constant 2.000000e-05 : f64
  %bad25 = call @mismatches_f32(%got25, %want25, %atol25, %rtol25) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id25 = arith.constant 26 : i32
  %status25 = call @record(%status24, %bad25, %id25) : (i32, i32, i32) -> i32
  %in26_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn26_0 = tensor.cast %in26_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r26 = call @k26(%dyn26_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s26 = tensor.cast %r26 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat26 = tensor.collapse_shape %s26 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp26 = arith.constant dense<[0.5, 1.5, 2.0, -2.5, -1.60700822, 1.08478522, 2.0, 2.0, -2.11120558, -3.79626465, -1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]> : tensor<15xf32>
  %got26 = tensor.cast %flat26 : tensor<15xf32> to tensor<?xf32>
  %want26 = tensor.cast %exp26 : tensor<15xf32> to tensor<?xf32>
  %atol26 = arith.constant 2.000000e-06 : f64
  %rtol26 = arith.constant 2.000000e-05 : f64
  %bad26 = call @mismatches_f32(%got26, %want26, %atol26, %rtol26) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id26 = arith.constant 27 : i32
  %status26 = call @record(%status25, %bad26, %id26) : (i32, i32, i32) -> i32
  %in27_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60700822], [1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465], [-1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]]> : tensor<3x5xf32>
  %dyn27_0 = tensor.cast %in27_0 : tensor<3x5xf32> to tensor<?x5xf32>
  %r27 = call @k27(%dyn27_0) : (tensor<?x5xf32>) -> tensor<?x5xf32>
  %s27 = tensor.cast %r27 : tensor<?x5xf32> to tensor<3x5xf32>
  %flat27 = tensor.collapse_shape %s27 [[0, 1]] : tensor<3x5xf32> into tensor<15xf32>
  %exp27 = arith.constant dense<[0.5, 1.5, 2.5, -2.5, -1.60700822, 1.08478522, 3.91200018, 2.84124279, -2.11120558, -3.79626465, -1.86982334, 0.123977937, -6.97509241, -0.656374991, -3.73773289]> : tensor<15xf32>
  %got27 = tensor.cast %flat27 : tensor<15xf32> to tensor<?xf32>
  %want27 = tensor.cast %exp27 : tensor<15xf32> to tensor<?xf32>
  %atol27 = arith.constant 2.000000e-06 : f64
  %rtol27 = arith.constant 2.000000e-05 : f64
  %bad27 = call @mismatches_f32(%got27, %want27, %atol27, %rtol27) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id27 = arith.constant 28 : i32
  %status27 = call @record(%status26, %bad27, %id27) : (i32, i32, i32) -> i32
  %in28_0 = arith.constant dense<[[true, true, true, false, false], [true, true, true, false, false], [false, true, false, false, false]]> : tensor<3x5xi1>
  %dyn28_0 = tensor.cast %in28_0 : tensor<3x5xi1> to tensor<?x5xi1>
  %r28 = call @k28(%dyn28_0) : (tensor<?x5xi1>) -> tensor<?x5xi1>
  %s28 = tensor.cast %r28 : tensor<?x5xi1> to tensor<3x5xi1>
  %flat28 = tensor.collapse_shape %s28 [[0, 1]] : tensor<3x5xi1> into tensor<15xi1>
  %exp28 = arith.constant dense<[false, false, false, true, true, false, false, false, true, true, true, false, true, true, true]> : tensor<15xi1>
  %got28 = tensor.cast %flat28 : tensor<15xi1> to tensor<?xi1>
  %want28 = tensor.cast %exp28 : tensor<15xi1> to tensor<?xi1>
  %atol28 = arith.constant 2.000000e-06 : f64
  %rtol28 = arith.constant 2.000000e-05 : f64
  %bad28 = call @mismatches_i1(%got28, %want28, %atol28, %rtol28) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id28 = arith.constant 29 : i32
  %status28 = call @record(%status27, %bad28, %id28) : (i32, i32, i32) -> i32
  %in29_0 = arith.constant dense<[[5, 15, 25, -25, -16], [10, 39, 28, -21, -37], [-18, 1, -69, -6, -37]]> : tensor<3x5xi32>
  %dyn29_0 = tensor.cast %in29_0 : tensor<3x5xi32> to tensor<?x5xi32>
  %r29 = call @k29(%dyn29_0) : (tensor<?x5xi32>) -> tensor<?x5xi32>
  %s29 = tensor.cast %r29 : tensor<?x5xi32> to tensor<3x5xi32>
  %flat29 = tensor.collapse_shape %s29 [[0, 1]] : tensor<3x5xi32> into tensor<15xi32>
  %exp29 = arith.constant dense<[5, 15, 25, 0, 0, 10, 39, 28, 0, 0, 0, 1, 0, 0, 0]> : tensor<15xi32>
  %got29 = tensor.cast %flat29 : tensor<15xi32> to tensor<?xi32>
  %want29 = tensor.cast %exp29 : tensor<15xi32> to tensor<?xi32>
  %atol29 = arith.constant 2.000000e-06 : f64
  %rtol29 = arith.constant 2.000000e-05 : f64
  %bad29 = call @mismatches_i32(%got29, %want29, %atol29, %rtol29) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id29 = arith.constant 30 : i32
  %status29 = call @record(%status28, %bad29, %id29) : (i32, i32, i32) -> i32
  %in30_0 = arith.constant dense<[[5, 15, 25, -25, -16], [10, 39, 28, -21, -37], [-18, 1, -69, -6, -37]]> : tensor<3x5xi64>
  %dyn30_0 = tensor.cast %in30_0 : tensor<3x5xi64> to tensor<?x5xi64>
  %r30 = call @k30(%dyn30_0) : (tensor<?x5xi64>) -> tensor<?x5xi64>
  %s30 = tensor.cast %r30 : tensor<?x5xi64> to tensor<3x5xi64>
  %flat30 = tensor.collapse_shape %s30 [[0, 1]] : tensor<3x5xi64> into tensor<15xi64>
  %exp30 = arith.constant dense<[-5, -15, -25, 25, 16, -10, -39, -28, 21, 37, 18, -1, 69, 6, 37]> : tensor<15xi64>
  %got30 = tensor.cast %flat30 : tensor<15xi64> to tensor<?xi64>
  %want30 = tensor.cast %exp30 : tensor<15xi64> to tensor<?xi64>
  %atol30 = arith.constant 2.000000e-06 : f64
  %rtol30 = arith.constant 2.000000e-05 : f64
  %bad30 = call @mismatches_i64(%got30, %want30, %atol30, %rtol30) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id30 = arith.constant 31 : i32
  %status30 = call @record(%status29, %bad30, %id30) : (i32, i32, i32) -> i32
  %in31_0 = arith.constant dense<[[5, 15, 25, -25, -16], [10, 39, 28, -21, -37], [-18, 1, -69, -6, -37]]> : tensor<3x5xi8>
  %dyn31_0 = tensor.cast %in31_0 : tensor<3x5xi8> to tensor<?x5xi8>
  %r31 = call @k31(%dyn31_0) : (tensor<?x5xi8>) -> tensor<?x5xi8>
  %s31 = tensor.cast %r31 : tensor<?x5xi8> to tensor<3x5xi8>
  %flat31 = tensor.collapse_shape %s31 [[0, 1]] : tensor<3x5xi8> into tensor<15xi8>
  %exp31 = arith.constant dense<[5, 15, 25, 25, 16, 10, 39, 28, 21, 37, 18, 1, 69, 6, 37]> : tensor<15xi8>
  %got31 = tensor.cast %flat31 : tensor<15xi8> to tensor<?xi8>
  %want31 = tensor.cast %exp31 : tensor<15xi8> to tensor<?xi8>
  %atol31 = arith.constant 2.000000e-06 : f64
  %rtol31 = arith.constant 2.000000e-05 : f64
  %bad31 = call @mismatches_i8(%got31, %want31, %atol31, %rtol31) : (tensor<?xi8>, tensor<?xi8>, f64, f64) -> i32
  %id31 = arith.constant 32 : i32
  %status31 = call @record(%status30, %bad31, %id31) : (i32, i32, i32) -> i32
  %in32_0 = arith.constant dense<[[5, 15, 25, -25, -16], [10, 39, 28, -21, -37], [-18, 1, -69, -6, -37]]> : tensor<3x5xi32>
  %dyn32_0 = tensor.cast %in32_0 : tensor<3x5xi32> to tensor<?x5xi32>
  %r32 = call @k32(%dyn32_0) : (tensor<?x5xi32>) -> tensor<?x5xi32>
  %s32 = tensor.cast %r32 : tensor<?x5xi32> to tensor<3x5xi32>
  %flat32 = tensor.collapse_shape %s32 [[0, 1]] : tensor<3x5xi32> into tensor<15xi32>
  %exp32 = arith.constant dense<[1, 1, 1, -1, -1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1]> : tensor<15xi32>
  %got32 = tensor.cast %flat32 : tensor<15xi32> to tensor<?xi32>
  %want32 = tensor.cast %exp32 : tensor<15xi32> to tensor<?xi32>
  %atol32 = arith.constant 2.000000e-06 : f64
  %rtol32 = arith.constant 2.000000e-05 : f64
  %bad32 = call @mismatches_i32(%got32, %want32, %atol32, %rtol32) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id32 = arith.constant 33 : i32
  %status32 = call @record(%status31, %bad32, %id32) : (i32, i32, i32) -> i32
  %in33_0 = arith.constant dense<[[5, 15, 25, -25, -16], [10, 39, 28, -21, -37], [-18, 1, -69, -6, -37]]> : tensor<3x5xi32>
  %dyn33_0 = tensor.cast %in33_0 : tensor<3x5xi32> to tensor<?x5xi32>
  %r33 = call @k33(%dyn33_0) : (tensor<?x5xi32>) -> tensor<?x5xi32>
  %s33 = tensor.cast %r33 : tensor<?x5xi32> to tensor<3x5xi32>
  %flat33 = tensor.collapse_shape %s33 [[0, 1]] : tensor<3x5xi32> into tensor<15xi32>
  %exp33 = arith.constant dense<[5, 7, 7, -5, -5, 7, 7, 7, -5, -5, -5, 1, -5, -5, -5]> : tensor<15xi32>
  %got33 = tensor.cast %flat33 : tensor<15xi32> to tensor<?xi32>
  %want33 = tensor.cast %exp33 : tensor<15xi32> to tensor<?xi32>
  %atol33 = arith.constant 2.000000e-06 : f64
  %rtol33 = arith.constant 2.000000e-05 : f64
  %bad33 = call @mismatches_i32(%got33, %want33, %atol33, %rtol33) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id33 = arith.constant 34 : i32
  %status33 = call @record(%status32, %bad33, %id33) : (i32, i32, i32) -> i32
  %in34_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60742188], [1.08496094, 3.91210938, 2.84179688, -2.11132812, -3.796875], [-1.87011719, 0.123962402, -6.9765625, -0.65625, -3.73828125]]> : tensor<3x5xf16>
  %dyn34_0 = tensor.cast %in34_0 : tensor<3x5xf16> to tensor<?x5xf16>
  %r34 = call @k34(%dyn34_0) : (tensor<?x5xf16>) -> tensor<?x5xf16>
  %s34 = tensor.cast %r34 : tensor<?x5xf16> to tensor<3x5xf16>
  %flat34 = tensor.collapse_shape %s34 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp34 = arith.constant dense<[0.622558594, 0.817382812, 0.924316406, 0.0758666992, 0.166992188, 0.747558594, 0.98046875, 0.944824219, 0.107971191, 0.0219421387, 0.133544922, 0.530761719, 0.000932693481, 0.341552734, 0.0232391357]> : tensor<15xf16>
  %got34 = tensor.cast %flat34 : tensor<15xf16> to tensor<?xf16>
  %want34 = tensor.cast %exp34 : tensor<15xf16> to tensor<?xf16>
  %atol34 = arith.constant 1.000000e-03 : f64
  %rtol34 = arith.constant 1.000000e-03 : f64
  %bad34 = call @mismatches_f16(%got34, %want34, %atol34, %rtol34) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id34 = arith.constant 35 : i32
  %status34 = call @record(%status33, %bad34, %id34) : (i32, i32, i32) -> i32
  %in35_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60742188], [1.08496094, 3.91210938, 2.84179688, -2.11132812, -3.796875], [-1.87011719, 0.123962402, -6.9765625, -0.65625, -3.73828125]]> : tensor<3x5xf16>
  %dyn35_0 = tensor.cast %in35_0 : tensor<3x5xf16> to tensor<?x5xf16>
  %r35 = call @k35(%dyn35_0) : (tensor<?x5xf16>) -> tensor<?x5xf16>
  %s35 = tensor.cast %r35 : tensor<?x5xf16> to tensor<3x5xf16>
  %flat35 = tensor.collapse_shape %s35 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp35 = arith.constant dense<[0.520507812, 0.966308594, 0.999511719, -0.999511719, -0.977050781, 0.875, 1.0, 1.0, -0.997070312, -1.0, -0.991699219, 0.139160156, -1.0, -0.646484375, -1.0]> : tensor<15xf16>
  %got35 = tensor.cast %flat35 : tensor<15xf16> to tensor<?xf16>
  %want35 = tensor.cast %exp35 : tensor<15xf16> to tensor<?xf16>
  %atol35 = arith.constant 1.000000e-03 : f64
  %rtol35 = arith.constant 1.000000e-03 : f64
  %bad35 = call @mismatches_f16(%got35, %want35, %atol35, %rtol35) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id35 = arith.constant 36 : i32
  %status35 = call @record(%status34, %bad35, %id35) : (i32, i32, i32) -> i32
  %in36_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.6070082187652588], [1.0847852230072021, 3.9120001792907715, 2.841242790222168, -2.1112055778503418, -3.7962646484375], [-1.8698233366012573, 0.12397793680429459, -6.9750924110412598, -0.65637499094009399, -3.7377328872680664]]> : tensor<3x5xf64>
  %dyn36_0 = tensor.cast %in36_0 : tensor<3x5xf64> to tensor<?x5xf64>
  %r36 = call @k36(%dyn36_0) : (tensor<?x5xf64>) -> tensor<?x5xf64>
  %s36 = tensor.cast %r36 : tensor<?x5xf64> to tensor<3x5xf64>
  %flat36 = tensor.collapse_shape %s36 [[0, 1]] : tensor<3x5xf64> into tensor<15xf64>
  %exp36 = arith.constant dense<[0.46211715726000974, 0.90514825364486651, 0.98661429815143031, -0.98661429815143031, -0.92271669372513743, 0.79496690274046156, 0.99920028337859901, 0.99321294189458975, -0.97109731425168511, -0.99899209987179627, -0.95357810501620721, 0.12334661586507138, -0.99999825200041048, -0.57594592703045855, -0.99886699881958585]> : tensor<15xf64>
  %got36 = tensor.cast %flat36 : tensor<15xf64> to tensor<?xf64>
  %want36 = tensor.cast %exp36 : tensor<15xf64> to tensor<?xf64>
  %atol36 = arith.constant 2.000000e-06 : f64
  %rtol36 = arith.constant 2.000000e-05 : f64
  %bad36 = call @mismatches_f64(%got36, %want36, %atol36, %rtol36) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id36 = arith.constant 37 : i32
  %status36 = call @record(%status35, %bad36, %id36) : (i32, i32, i32) -> i32
  %in37_0 = arith.constant dense<[[0.5, 1.5, 2.5, -2.5, -1.60742188], [1.08496094, 3.91210938, 2.84179688, -2.11132812, -3.796875], [-1.87011719, 0.123962402, -6.9765625, -0.65625, -3.73828125]]> : tensor<3x5xf16>
  %dyn37_0 = tensor.cast %in37_0 : tensor<3x5xf16> to tensor<?x5xf16>
  %r37 = call @k37(%dyn37_0) : (tensor<?x5xf16>) -> tensor<?x5xf16>
  %s37 = tensor.cast %r37 : tensor<?x5xf16> to tensor<3x5xf16>
  %flat37 = tensor.collapse_shape %s37 [[0, 1]] : tensor<3x5xf16> into tensor<15xf16>
  %exp37 = arith.constant dense<[0.5, 1.5, 2.5, 0.0, 0.0, 1.08496094, 3.91210938, 2.84179688, 0.0, 0.0, 0.0, 0.123962402, 0.0, 0.0, 0.0]> : tensor<15xf16>
  %got37 = tensor.cast %flat37 : tensor<15xf16> to tensor<?xf16>
  %want37 = tensor.cast %exp37 : tensor<15xf16> to tensor<?xf16>
  %atol37 = arith.constant 2.000000e-06 : f64
  %rtol37 = arith.constant 2.000000e-05 : f64
  %bad37 = call @mismatches_f16(%got37, %want37, %atol37, %rtol37) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id37 = arith.constant 38 : i32
  %status37 = call @record(%status36, %bad37, %id37) : (i32, i32, i32) -> i32
  %in38_0 = arith.constant dense<0.5> : tensor<f32>
  %r38 = call @k38(%in38_0) : (tensor<f32>) -> tensor<f32>
  %flat38 = tensor.expand_shape %r38 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp38 = arith.constant dense<[1.64872122]> : tensor<1xf32>
  %got38 = tensor.cast %flat38 : tensor<1xf32> to tensor<?xf32>
  %want38 = tensor.cast %exp38 : tensor<1xf32> to tensor<?xf32>
  %atol38 = arith.constant 2.000000e-06 : f64
  %rtol38 = arith.constant 2.000000e-05 : f64
  %bad38 = call @mismatches_f32(%got38, %want38, %atol38, %rtol38) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id38 = arith.constant 39 : i32
  %status38 = call @record(%status37, %bad38, %id38) : (i32, i32, i32) -> i32
  %in39_0 = arith.constant dense<[0x7FC00000, -1.0, 2.0]> : tensor<3xf32>
  %r39 = call @k39(%in39_0) : (tensor<3xf32>) -> tensor<3xf32>
  %flat39 = tensor.cast %r39 : tensor<3xf32> to tensor<3xf32>
  %exp39 = arith.constant dense<[0x7FC00000, 0.0, 2.0]> : tensor<3xf32>
  %got39 = tensor.cast %flat39 : tensor<3xf32> to tensor<?xf32>
  %want39 = tensor.cast %exp39 : tensor<3xf32> to tensor<?xf32>
  %atol39 = arith.constant 2.000000e-06 : f64
  %rtol39 = arith.constant 2.000000e-05 : f64
  %bad39 = call @mismatches_f32(%got39, %want39, %atol39, %rtol39) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id39 = arith.constant 40 : i32
  %status39 = call @record(%status38, %bad39, %id39) : (i32, i32, i32) -> i32
  %in40_0 = arith.constant dense<[0x7FC00000, -0.0, 0.0, -3.0, 2.0]> : tensor<5xf32>
  %r40 = call @k40(%in40_0) : (tensor<5xf32>) -> tensor<5xf32>
  %flat40 = tensor.cast %r40 : tensor<5xf32> to tensor<5xf32>
  %exp40 = arith.constant dense<[0x7FC00000, 0.0, 0.0, -1.0, 1.0]> : tensor<5xf32>
  %got40 = tensor.cast %flat40 : tensor<5xf32> to tensor<?xf32>
  %want40 = tensor.cast %exp40 : tensor<5xf32> to tensor<?xf32>
  %atol40 = arith.constant 2.000000e-06 : f64
  %rtol40 = arith.constant 2.000000e-05 : f64
  %bad40 = call @mismatches_f32(%got40, %want40, %atol40, %rtol40) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id40 = arith.constant 41 : i32
  %status40 = call @record(%status39, %bad40, %id40) : (i32, i32, i32) -> i32
  %in41_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %dyn41_0 = tensor.cast %in41_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %in41_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r41 = call @k41(%dyn41_0, %in41_1) : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  %s41 = tensor.cast %r41 : tensor<?x3x4xf32> to tensor<2x3x4xf32>
  %flat41 = tensor.collapse_shape %s41 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp41 = arith.constant dense<[3.38233662, 5.28647232, 3.32174826, -3.21262884, -3.93462968, -5.77055502, -9.703866, -5.23158073, 0.759201229, 0.477441609, -0.585399449, 1.48776364, -0.945816278, 1.34836018, 0.0715227127, 4.39538479, -7.39716482, -8.72587967, -10.6836872, -8.5848217, -0.666519642, -1.80150008, 4.47716665, 3.3278091]> : tensor<24xf32>
  %got41 = tensor.cast %flat41 : tensor<24xf32> to tensor<?xf32>
  %want41 = tensor.cast %exp41 : tensor<24xf32> to tensor<?xf32>
  %atol41 = arith.constant 2.000000e-06 : f64
  %rtol41 = arith.constant 2.000000e-05 : f64
  %bad41 = call @mismatches_f32(%got41, %want41, %atol41, %rtol41) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id41 = arith.constant 42 : i32
  %status41 = call @record(%status40, %bad41, %id41) : (i32, i32, i32) -> i32
  %in42_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %dyn42_0 = tensor.cast %in42_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %in42_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r42 = call @k42(%dyn42_0, %in42_1) : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  %s42 = tensor.cast %r42 : tensor<?x3x4xf32> to tensor<2x3x4xf32>
  %flat42 = tensor.collapse_shape %s42 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp42 = arith.constant dense<[-0.617663264, 1.28647256, -0.678251743, -7.21262884, 11.1774769, 9.34155178, 5.40824032, 9.88052559, 2.15737796, 1.87561846, 0.81277734, 2.88594031, -4.94581604, -2.65163994, -3.92847729, 0.395384789, 7.7149415, 6.38622618, 4.42841911, 6.52728415, 0.731657147, -0.403323233, 5.8753438, 4.725986]> : tensor<24xf32>
  %got42 = tensor.cast %flat42 : tensor<24xf32> to tensor<?xf32>
  %want42 = tensor.cast %exp42 : tensor<24xf32> to tensor<?xf32>
  %atol42 = arith.constant 2.000000e-06 : f64
  %rtol42 = arith.constant 2.000000e-05 : f64
  %bad42 = call @mismatches_f32(%got42, %want42, %atol42, %rtol42) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id42 = arith.constant 43 : i32
  %status42 = call @record(%status41, %bad42, %id42) : (i32, i32, i32) -> i32
  %in43_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %dyn43_0 = tensor.cast %in43_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %in43_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r43 = call @k43(%dyn43_0, %in43_1) : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  %s43 = tensor.cast %r43 : tensor<?x3x4xf32> to tensor<2x3x4xf32>
  %flat43 = tensor.collapse_shape %s43 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp43 = arith.constant dense<[2.76467347, 6.57294512, 2.64349651, -10.4252577, -27.3636684, -13.4913197, 16.2289886, -17.5638371, -1.01947331, -0.8224985, -0.0794786364, -1.52880287, -5.89163256, -1.30327964, -3.85695457, 4.79076958, -1.20056939, 8.83927536, 23.6325665, 7.77343321, -0.0227684155, 0.770683169, -3.61865997, -2.81515718]> : tensor<24xf32>
  %got43 = tensor.cast %flat43 : tensor<24xf32> to tensor<?xf32>
  %want43 = tensor.cast %exp43 : tensor<24xf32> to tensor<?xf32>
  %atol43 = arith.constant 2.000000e-06 : f64
  %rtol43 = arith.constant 2.000000e-05 : f64
  %bad43 = call @mismatches_f32(%got43, %want43, %atol43, %rtol43) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id43 = arith.constant 44 : i32
  %status43 = call @record(%status42, %bad43, %id43) : (i32, i32, i32) -> i32
  %in44_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %dyn44_0 = tensor.cast %in44_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %in44_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r44 = call @k44(%dyn44_0, %in44_1) : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xf32>
  %s44 = tensor.cast %r44 : tensor<?x3x4xf32> to tensor<2x3x4xf32>
  %flat44 = tensor.collapse_shape %s44 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp44 = arith.constant dense<[0.691168368, 1.64323628, 0.660874128, -2.60631442, -0.479274482, -0.236300379, 0.284250617, -0.307630509, -2.08598757, -1.68294883, -0.162624598, -3.12814808, -1.47290814, -0.32581991, -0.964238644, 1.19769239, -0.0210279655, 0.154819846, 0.413924277, 0.136151642, -0.0465874188, 1.57692742, -7.40429306, -5.76021194]> : tensor<24xf32>
  %got44 = tensor.cast %flat44 : tensor<24xf32> to tensor<?xf32>
  %want44 = tensor.cast %exp44 : tensor<24xf32> to tensor<?xf32>
  %atol44 = arith.constant 2.000000e-06 : f64
  %rtol44 = arith.constant 2.000000e-05 : f64
  %bad44 = call @mismatches_f32(%got44, %want44, %atol44, %rtol44) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id44 = arith.constant 45 : i32
  %status44 = call @record(%status43, %bad44, %id44) : (i32, i32, i32) -> i32
  %in45_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in45_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r45 = call @k45(%in45_0, %in45_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %flat45 = tensor.collapse_shape %r45 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp45 = arith.constant dense<[2.0, 3.28647256, 2.0, 2.0, 3.62142348, 1.78549826, -2.14781284, 2.32447243, 1.45828962, 1.17653, 0.113688968, 2.18685198, 2.0, 2.0, 2.0, 2.39538479, 0.158888429, -1.16982698, -3.12763381, -1.02876902, 0.032568723, -0.699088395, 5.17625523, 4.02689743]> : tensor<24xf32>
  %got45 = tensor.cast %flat45 : tensor<24xf32> to tensor<?xf32>
  %want45 = tensor.cast %exp45 : tensor<24xf32> to tensor<?xf32>
  %atol45 = arith.constant 2.000000e-06 : f64
  %rtol45 = arith.constant 2.000000e-05 : f64
  %bad45 = call @mismatches_f32(%got45, %want45, %atol45, %rtol45) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id45 = arith.constant 46 : i32
  %status45 = call @record(%status44, %bad45, %id45) : (i32, i32, i32) -> i32
  %in46_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in46_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r46 = call @k46(%in46_0, %in46_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %flat46 = tensor.collapse_shape %r46 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp46 = arith.constant dense<[1.38233674, 2.0, 1.32174826, -5.21262884, -7.55605316, -7.55605316, -7.55605316, -7.55605316, -0.699088395, -0.699088395, -0.699088395, -0.699088395, -2.94581628, -0.651639819, -1.92847729, 2.0, -7.55605316, -7.55605316, -7.55605316, -7.55605316, -0.699088395, -1.10241163, -0.699088395, -0.699088395]> : tensor<24xf32>
  %got46 = tensor.cast %flat46 : tensor<24xf32> to tensor<?xf32>
  %want46 = tensor.cast %exp46 : tensor<24xf32> to tensor<?xf32>
  %atol46 = arith.constant 2.000000e-06 : f64
  %rtol46 = arith.constant 2.000000e-05 : f64
  %bad46 = call @mismatches_f32(%got46, %want46, %atol46, %rtol46) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id46 = arith.constant 47 : i32
  %status46 = call @record(%status45, %bad46, %id46) : (i32, i32, i32) -> i32
  %in47_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, 5.21262884], [3.62142348, 1.78549826, 2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[2.94581628, 0.651639819, 1.92847729, 2.39538479], [0.158888429, 1.16982698, 3.12763381, 1.02876902], [0.032568723, 1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in47_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r47 = call @k47(%in47_0, %in47_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %flat47 = tensor.collapse_shape %r47 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp47 = arith.constant dense<[1.91085482, 10.8009024, 1.74701846, 27.1714993, 5.98519364e-05, 0.0125225382, 0.00310039683, 0.00170621346, 0.768172443, 0.892569959, 4.57231712, 0.578676939, 8.67783356, 0.424634457, 3.71902466, 5.73786831, 1087900.75, 0.305681586, 0.000181185052, 0.807096541, 10.9568005, 0.934109867, 0.316839933, 0.377634883]> : tensor<24xf32>
  %got47 = tensor.cast %flat47 : tensor<24xf32> to tensor<?xf32>
  %want47 = tensor.cast %exp47 : tensor<24xf32> to tensor<?xf32>
  %atol47 = arith.constant 2.000000e-06 : f64
  %rtol47 = arith.constant 1.000000e-04 : f64
  %bad47 = call @mismatches_f32(%got47, %want47, %atol47, %rtol47) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id47 = arith.constant 48 : i32
  %status47 = call @record(%status46, %bad47, %id47) : (i32, i32, i32) -> i32
  %in48_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in48_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r48 = call @k48(%in48_0, %in48_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %flat48 = tensor.collapse_shape %r48 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp48 = arith.constant dense<[1.38233674, 1.28647256, 1.32174826, -1.21262884, 3.62142348, 1.78549826, -2.14781284, 2.32447243, 0.060112834, 0.477441609, 0.113688968, 0.0895867944, -0.945816278, -0.651639819, -1.92847729, 0.395384789, 0.158888429, -1.16982698, -3.12763381, -1.02876902, 0.032568723, -0.403323233, 0.282636464, 0.531455457]> : tensor<24xf32>
  %got48 = tensor.cast %flat48 : tensor<24xf32> to tensor<?xf32>
  %want48 = tensor.cast %exp48 : tensor<24xf32> to tensor<?xf32>
  %atol48 = arith.constant 2.000000e-06 : f64
  %rtol48 = arith.constant 2.000000e-05 : f64
  %bad48 = call @mismatches_f32(%got48, %want48, %atol48, %rtol48) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id48 = arith.constant 49 : i32
  %status48 = call @record(%status47, %bad48, %id48) : (i32, i32, i32) -> i32
  %in49_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in49_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r49 = call @k49(%in49_0, %in49_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %flat49 = tensor.collapse_shape %r49 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp49 = arith.constant dense<[1.38233674, 1.28647256, 1.32174826, 0.787371159, -3.93462968, -5.77055502, -2.14781284, -5.23158073, -0.638975561, -0.221646786, -0.585399449, -0.6095016, 1.05418372, 1.34836018, 0.0715227127, 0.395384789, -7.39716482, -1.16982698, -3.12763381, -1.02876902, -0.666519642, -0.403323233, -0.416451931, -0.167632937]> : tensor<24xf32>
  %got49 = tensor.cast %flat49 : tensor<24xf32> to tensor<?xf32>
  %want49 = tensor.cast %exp49 : tensor<24xf32> to tensor<?xf32>
  %atol49 = arith.constant 1.000000e-05 : f64
  %rtol49 = arith.constant 1.000000e-04 : f64
  %bad49 = call @mismatches_f32(%got49, %want49, %atol49, %rtol49) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id49 = arith.constant 50 : i32
  %status49 = call @record(%status48, %bad49, %id49) : (i32, i32, i32) -> i32
  %in50_0 = arith.constant dense<[[7, -7, 7, -7, 0], [9, -9, 100, -100, 3]]> : tensor<2x5xi32>
  %in50_1 = arith.constant dense<[[3, 3, -3, -3, 2]]> : tensor<1x5xi32>
  %r50 = call @k50(%in50_0, %in50_1) : (tensor<2x5xi32>, tensor<1x5xi32>) -> tensor<2x5xi32>
  %flat50 = tensor.collapse_shape %r50 [[0, 1]] : tensor<2x5xi32> into tensor<10xi32>
  %exp50 = arith.constant dense<[2, -2, -2, 2, 0, 3, -3, -33, 33, 1]> : tensor<10xi32>
  %got50 = tensor.cast %flat50 : tensor<10xi32> to tensor<?xi32>
  %want50 = tensor.cast %exp50 : tensor<10xi32> to tensor<?xi32>
  %atol50 = arith.constant 2.000000e-06 : f64
  %rtol50 = arith.constant 2.000000e-05 : f64
  %bad50 = call @mismatches_i32(%got50, %want50, %atol50, %rtol50) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id50 = arith.constant 51 : i32
  %status50 = call @record(%status49, %bad50, %id50) : (i32, i32, i32) -> i32
  %in51_0 = arith.constant dense<[[7, -7, 7, -7, 0], [9, -9, 100, -100, 3]]> : tensor<2x5xi32>
  %in51_1 = arith.constant dense<[[3, 3, -3, -3, 2]]> : tensor<1x5xi32>
  %r51 = call @k51(%in51_0, %in51_1) : (tensor<2x5xi32>, tensor<1x5xi32>) -> tensor<2x5xi32>
  %flat51 = tensor.collapse_shape %r51 [[0, 1]] : tensor<2x5xi32> into tensor<10xi32>
  %exp51 = arith.constant dense<[1, 2, -2, -1, 0, 0, 0, -2, -1, 1]> : tensor<10xi32>
  %got51 = tensor.cast %flat51 : tensor<10xi32> to tensor<?xi32>
  %want51 = tensor.cast %exp51 : tensor<10xi32> to tensor<?xi32>
  %atol51 = arith.constant 2.000000e-06 : f64
  %rtol51 = arith.constant 2.000000e-05 : f64
  %bad51 = call @mismatches_i32(%got51, %want51, %atol51, %rtol51) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id51 = arith.constant 52 : i32
  %status51 = call @record(%status50, %bad51, %id51) : (i32, i32, i32) -> i32
  %in52_0 = arith.constant dense<[[7, -7, 7, -7, 0], [9, -9, 100, -100, 3]]> : tensor<2x5xi32>
  %in52_1 = arith.constant dense<[[3, 3, -3, -3, 2]]> : tensor<1x5xi32>
  %r52 = call @k52(%in52_0, %in52_1) : (tensor<2x5xi32>, tensor<1x5xi32>) -> tensor<2x5xi32>
  %flat52 = tensor.collapse_shape %r52 [[0, 1]] : tensor<2x5xi32> into tensor<10xi32>
  %exp52 = arith.constant dense<[1, -1, 1, -1, 0, 0, 0, 1, -1, 1]> : tensor<10xi32>
  %got52 = tensor.cast %flat52 : tensor<10xi32> to tensor<?xi32>
  %want52 = tensor.cast %exp52 : tensor<10xi32> to tensor<?xi32>
  %atol52 = arith.constant 2.000000e-06 : f64
  %rtol52 = arith.constant 2.000000e-05 : f64
  %bad52 = call @mismatches_i32(%got52, %want52, %atol52, %rtol52) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id52 = arith.constant 53 : i32
  %status52 = call @record(%status51, %bad52, %id52) : (i32, i32, i32) -> i32
  %in53_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi32>
  %in53_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi32>
  %r53 = call @k53(%in53_0, %in53_1) : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi32>
  %flat53 = tensor.collapse_shape %r53 [[0, 1]] : tensor<2x6xi32> into tensor<12xi32>
  %exp53 = arith.constant dense<[2, -2, -2, 2, 0, 5, 3, -3, -33, 33, 1, -3]> : tensor<12xi32>
  %got53 = tensor.cast %flat53 : tensor<12xi32> to tensor<?xi32>
  %want53 = tensor.cast %exp53 : tensor<12xi32> to tensor<?xi32>
  %atol53 = arith.constant 2.000000e-06 : f64
  %rtol53 = arith.constant 2.000000e-05 : f64
  %bad53 = call @mismatches_i32(%got53, %want53, %atol53, %rtol53) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id53 = arith.constant 54 : i32
  %status53 = call @record(%status52, %bad53, %id53) : (i32, i32, i32) -> i32
  %in54_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi64>
  %in54_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi64>
  %r54 = call @k54(%in54_0, %in54_1) : (tensor<2x6xi64>, tensor<1x6xi64>) -> tensor<2x6xi64>
  %flat54 = tensor.collapse_shape %r54 [[0, 1]] : tensor<2x6xi64> into tensor<12xi64>
  %exp54 = arith.constant dense<[10, -4, 4, -10, 2, 5, 12, -6, 97, -103, 5, -3]> : tensor<12xi64>
  %got54 = tensor.cast %flat54 : tensor<12xi64> to tensor<?xi64>
  %want54 = tensor.cast %exp54 : tensor<12xi64> to tensor<?xi64>
  %atol54 = arith.constant 2.000000e-06 : f64
  %rtol54 = arith.constant 2.000000e-05 : f64
  %bad54 = call @mismatches_i64(%got54, %want54, %atol54, %rtol54) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id54 = arith.constant 55 : i32
  %status54 = call @record(%status53, %bad54, %id54) : (i32, i32, i32) -> i32
  %in55_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi8>
  %in55_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi8>
  %r55 = call @k55(%in55_0, %in55_1) : (tensor<2x6xi8>, tensor<1x6xi8>) -> tensor<2x6xi8>
  %flat55 = tensor.collapse_shape %r55 [[0, 1]] : tensor<2x6xi8> into tensor<12xi8>
  %exp55 = arith.constant dense<[21, -21, -21, 21, 0, 0, 27, -27, -44, 44, 6, 0]> : tensor<12xi8>
  %got55 = tensor.cast %flat55 : tensor<12xi8> to tensor<?xi8>
  %want55 = tensor.cast %exp55 : tensor<12xi8> to tensor<?xi8>
  %atol55 = arith.constant 2.000000e-06 : f64
  %rtol55 = arith.constant 2.000000e-05 : f64
  %bad55 = call @mismatches_i8(%got55, %want55, %atol55, %rtol55) : (tensor<?xi8>, tensor<?xi8>, f64, f64) -> i32
  %id55 = arith.constant 56 : i32
  %status55 = call @record(%status54, %bad55, %id55) : (i32, i32, i32) -> i32
  %in56_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi32>
  %in56_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi32>
  %r56 = call @k56(%in56_0, %in56_1) : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi32>
  %flat56 = tensor.collapse_shape %r56 [[0, 1]] : tensor<2x6xi32> into tensor<12xi32>
  %exp56 = arith.constant dense<[7, 3, 7, -3, 2, 5, 9, 3, 100, -3, 3, 0]> : tensor<12xi32>
  %got56 = tensor.cast %flat56 : tensor<12xi32> to tensor<?xi32>
  %want56 = tensor.cast %exp56 : tensor<12xi32> to tensor<?xi32>
  %atol56 = arith.constant 2.000000e-06 : f64
  %rtol56 = arith.constant 2.000000e-05 : f64
  %bad56 = call @mismatches_i32(%got56, %want56, %atol56, %rtol56) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id56 = arith.constant 57 : i32
  %status56 = call @record(%status55, %bad56, %id56) : (i32, i32, i32) -> i32
  %in57_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi32>
  %in57_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi32>
  %r57 = call @k57(%in57_0, %in57_1) : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi32>
  %flat57 = tensor.collapse_shape %r57 [[0, 1]] : tensor<2x6xi32> into tensor<12xi32>
  %exp57 = arith.constant dense<[3, -7, -3, -7, 0, 0, 3, -9, -3, -100, 2, -3]> : tensor<12xi32>
  %got57 = tensor.cast %flat57 : tensor<12xi32> to tensor<?xi32>
  %want57 = tensor.cast %exp57 : tensor<12xi32> to tensor<?xi32>
  %atol57 = arith.constant 2.000000e-06 : f64
  %rtol57 = arith.constant 2.000000e-05 : f64
  %bad57 = call @mismatches_i32(%got57, %want57, %atol57, %rtol57) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id57 = arith.constant 58 : i32
  %status57 = call @record(%status56, %bad57, %id57) : (i32, i32, i32) -> i32
  %in58_0 = arith.constant dense<[[2, 3, 2, 3, 0], [4, 1, 0, 0, 3]]> : tensor<2x5xi64>
  %in58_1 = arith.constant dense<[[3, 3, 3, 3, 2]]> : tensor<1x5xi64>
  %r58 = call @k58(%in58_0, %in58_1) : (tensor<2x5xi64>, tensor<1x5xi64>) -> tensor<2x5xi64>
  %flat58 = tensor.collapse_shape %r58 [[0, 1]] : tensor<2x5xi64> into tensor<10xi64>
  %exp58 = arith.constant dense<[8, 27, 8, 27, 0, 64, 1, 0, 0, 9]> : tensor<10xi64>
  %got58 = tensor.cast %flat58 : tensor<10xi64> to tensor<?xi64>
  %want58 = tensor.cast %exp58 : tensor<10xi64> to tensor<?xi64>
  %atol58 = arith.constant 2.000000e-06 : f64
  %rtol58 = arith.constant 2.000000e-05 : f64
  %bad58 = call @mismatches_i64(%got58, %want58, %atol58, %rtol58) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id58 = arith.constant 59 : i32
  %status58 = call @record(%status57, %bad58, %id58) : (i32, i32, i32) -> i32
  %in59_0 = arith.constant dense<[[[true, true, true, false], [true, true, false, true], [true, true, true, true]], [[false, false, false, true], [true, false, false, false], [true, false, true, true]]]> : tensor<2x3x4xi1>
  %in59_1 = arith.constant dense<[[true], [false], [false]]> : tensor<3x1xi1>
  %r59 = call @k59(%in59_0, %in59_1) : (tensor<2x3x4xi1>, tensor<3x1xi1>) -> tensor<2x3x4xi1>
  %flat59 = tensor.collapse_shape %r59 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp59 = arith.constant dense<[true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false]> : tensor<24xi1>
  %got59 = tensor.cast %flat59 : tensor<24xi1> to tensor<?xi1>
  %want59 = tensor.cast %exp59 : tensor<24xi1> to tensor<?xi1>
  %atol59 = arith.constant 2.000000e-06 : f64
  %rtol59 = arith.constant 2.000000e-05 : f64
  %bad59 = call @mismatches_i1(%got59, %want59, %atol59, %rtol59) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id59 = arith.constant 60 : i32
  %status59 = call @record(%status58, %bad59, %id59) : (i32, i32, i32) -> i32
  %in60_0 = arith.constant dense<[[[true, true, true, false], [true, true, false, true], [true, true, true, true]], [[false, false, false, true], [true, false, false, false], [true, false, true, true]]]> : tensor<2x3x4xi1>
  %in60_1 = arith.constant dense<[[true], [false], [false]]> : tensor<3x1xi1>
  %r60 = call @k60(%in60_0, %in60_1) : (tensor<2x3x4xi1>, tensor<3x1xi1>) -> tensor<2x3x4xi1>
  %flat60 = tensor.collapse_shape %r60 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp60 = arith.constant dense<[true, true, true, true, true, true, false, true, true, true, true, true, true, true, true, true, true, false, false, false, true, false, true, true]> : tensor<24xi1>
  %got60 = tensor.cast %flat60 : tensor<24xi1> to tensor<?xi1>
  %want60 = tensor.cast %exp60 : tensor<24xi1> to tensor<?xi1>
  %atol60 = arith.constant 2.000000e-06 : f64
  %rtol60 = arith.constant 2.000000e-05 : f64
  %bad60 = call @mismatches_i1(%got60, %want60, %atol60, %rtol60) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id60 = arith.constant 61 : i32
  %status60 = call @record(%status59, %bad60, %id60) : (i32, i32, i32) -> i32
  %in61_0 = arith.constant dense<[[[true, true, true, false], [true, true, false, true], [true, true, true, true]], [[false, false, false, true], [true, false, false, false], [true, false, true, true]]]> : tensor<2x3x4xi1>
  %in61_1 = arith.constant dense<[[true], [false], [false]]> : tensor<3x1xi1>
  %r61 = call @k61(%in61_0, %in61_1) : (tensor<2x3x4xi1>, tensor<3x1xi1>) -> tensor<2x3x4xi1>
  %flat61 = tensor.collapse_shape %r61 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp61 = arith.constant dense<[false, false, false, true, true, true, false, true, true, true, true, true, true, true, true, false, true, false, false, false, true, false, true, true]> : tensor<24xi1>
  %got61 = tensor.cast %flat61 : tensor<24xi1> to tensor<?xi1>
  %want61 = tensor.cast %exp61 : tensor<24xi1> to tensor<?xi1>
  %atol61 = arith.constant 2.000000e-06 : f64
  %rtol61 = arith.constant 2.000000e-05 : f64
  %bad61 = call @mismatches_i1(%got61, %want61, %atol61, %rtol61) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id61 = arith.constant 62 : i32
  %status61 = call @record(%status60, %bad61, %id61) : (i32, i32, i32) -> i32
  %in62_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in62_1 = arith.constant dense<[[[1.0, 3.0, 1.0, -5.0], [4.0, 2.0, -2.0, 2.0], [1.0, 1.0, 0.0, 2.0]], [[-3.0, -1.0, -2.0, 2.0], [0.0, -1.0, -3.0, -1.0], [0.0, -1.0, 5.0, 4.0]]]> : tensor<2x3x4xf32>
  %r62 = call @k62(%in62_0, %in62_1) : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xi1>
  %flat62 = tensor.collapse_shape %r62 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp62 = arith.constant dense<[false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]> : tensor<24xi1>
  %got62 = tensor.cast %flat62 : tensor<24xi1> to tensor<?xi1>
  %want62 = tensor.cast %exp62 : tensor<24xi1> to tensor<?xi1>
  %atol62 = arith.constant 2.000000e-06 : f64
  %rtol62 = arith.constant 2.000000e-05 : f64
  %bad62 = call @mismatches_i1(%got62, %want62, %atol62, %rtol62) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id62 = arith.constant 63 : i32
  %status62 = call @record(%status61, %bad62, %id62) : (i32, i32, i32) -> i32
  %in63_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in63_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r63 = call @k63(%in63_0, %in63_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xi1>
  %flat63 = tensor.collapse_shape %r63 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp63 = arith.constant dense<[true, false, true, true, false, false, false, false, false, false, false, false, true, true, true, false, false, false, false, false, false, true, false, false]> : tensor<24xi1>
  %got63 = tensor.cast %flat63 : tensor<24xi1> to tensor<?xi1>
  %want63 = tensor.cast %exp63 : tensor<24xi1> to tensor<?xi1>
  %atol63 = arith.constant 2.000000e-06 : f64
  %rtol63 = arith.constant 2.000000e-05 : f64
  %bad63 = call @mismatches_i1(%got63, %want63, %atol63, %rtol63) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id63 = arith.constant 64 : i32
  %status63 = call @record(%status62, %bad63, %id63) : (i32, i32, i32) -> i32
  %in64_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in64_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r64 = call @k64(%in64_0, %in64_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xi1>
  %flat64 = tensor.collapse_shape %r64 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp64 = arith.constant dense<[true, false, true, true, false, false, false, false, false, false, false, false, true, true, true, false, false, false, false, false, false, true, false, false]> : tensor<24xi1>
  %got64 = tensor.cast %flat64 : tensor<24xi1> to tensor<?xi1>
  %want64 = tensor.cast %exp64 : tensor<24xi1> to tensor<?xi1>
  %atol64 = arith.constant 2.000000e-06 : f64
  %rtol64 = arith.constant 2.000000e-05 : f64
  %bad64 = call @mismatches_i1(%got64, %want64, %atol64, %rtol64) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id64 = arith.constant 65 : i32
  %status64 = call @record(%status63, %bad64, %id64) : (i32, i32, i32) -> i32
  %in65_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %dyn65_0 = tensor.cast %in65_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %in65_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r65 = call @k65(%dyn65_0, %in65_1) : (tensor<?x3x4xf32>, tensor<3x1xf32>) -> tensor<?x3x4xi1>
  %s65 = tensor.cast %r65 : tensor<?x3x4xi1> to tensor<2x3x4xi1>
  %flat65 = tensor.collapse_shape %s65 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp65 = arith.constant dense<[false, true, false, false, true, true, true, true, true, true, true, true, false, false, false, true, true, true, true, true, true, false, true, true]> : tensor<24xi1>
  %got65 = tensor.cast %flat65 : tensor<24xi1> to tensor<?xi1>
  %want65 = tensor.cast %exp65 : tensor<24xi1> to tensor<?xi1>
  %atol65 = arith.constant 2.000000e-06 : f64
  %rtol65 = arith.constant 2.000000e-05 : f64
  %bad65 = call @mismatches_i1(%got65, %want65, %atol65, %rtol65) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id65 = arith.constant 66 : i32
  %status65 = call @record(%status64, %bad65, %id65) : (i32, i32, i32) -> i32
  %in66_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %in66_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %r66 = call @k66(%in66_0, %in66_1) : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xi1>
  %flat66 = tensor.collapse_shape %r66 [[0, 1, 2]] : tensor<2x3x4xi1> into tensor<24xi1>
  %exp66 = arith.constant dense<[false, true, false, false, true, true, true, true, true, true, true, true, false, false, false, true, true, true, true, true, true, false, true, true]> : tensor<24xi1>
  %got66 = tensor.cast %flat66 : tensor<24xi1> to tensor<?xi1>
  %want66 = tensor.cast %exp66 : tensor<24xi1> to tensor<?xi1>
  %atol66 = arith.constant 2.000000e-06 : f64
  %rtol66 = arith.constant 2.000000e-05 : f64
  %bad66 = call @mismatches_i1(%got66, %want66, %atol66, %rtol66) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id66 = arith.constant 67 : i32
  %status66 = call @record(%status65, %bad66, %id66) : (i32, i32, i32) -> i32
  %in67_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi32>
  %in67_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi32>
  %r67 = call @k67(%in67_0, %in67_1) : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi1>
  %flat67 = tensor.collapse_shape %r67 [[0, 1]] : tensor<2x6xi1> into tensor<12xi1>
  %exp67 = arith.constant dense<[false, true, false, true, true, false, false, true, false, true, false, true]> : tensor<12xi1>
  %got67 = tensor.cast %flat67 : tensor<12xi1> to tensor<?xi1>
  %want67 = tensor.cast %exp67 : tensor<12xi1> to tensor<?xi1>
  %atol67 = arith.constant 2.000000e-06 : f64
  %rtol67 = arith.constant 2.000000e-05 : f64
  %bad67 = call @mismatches_i1(%got67, %want67, %atol67, %rtol67) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id67 = arith.constant 68 : i32
  %status67 = call @record(%status66, %bad67, %id67) : (i32, i32, i32) -> i32
  %in68_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi32>
  %in68_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi32>
  %r68 = call @k68(%in68_0, %in68_1) : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi1>
  %flat68 = tensor.collapse_shape %r68 [[0, 1]] : tensor<2x6xi1> into tensor<12xi1>
  %exp68 = arith.constant dense<[true, false, true, false, false, true, true, false, true, false, true, false]> : tensor<12xi1>
  %got68 = tensor.cast %flat68 : tensor<12xi1> to tensor<?xi1>
  %want68 = tensor.cast %exp68 : tensor<12xi1> to tensor<?xi1>
  %atol68 = arith.constant 2.000000e-06 : f64
  %rtol68 = arith.constant 2.000000e-05 : f64
  %bad68 = call @mismatches_i1(%got68, %want68, %atol68, %rtol68) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id68 = arith.constant 69 : i32
  %status68 = call @record(%status67, %bad68, %id68) : (i32, i32, i32) -> i32
  %in69_0 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi32>
  %in69_1 = arith.constant dense<[[3, 3, -3, -3, 2, 0]]> : tensor<1x6xi32>
  %r69 = call @k69(%in69_0, %in69_1) : (tensor<2x6xi32>, tensor<1x6xi32>) -> tensor<2x6xi1>
  %flat69 = tensor.collapse_shape %r69 [[0, 1]] : tensor<2x6xi1> into tensor<12xi1>
  %exp69 = arith.constant dense<[false, false, false, false, false, false, false, false, false, false, false, false]> : tensor<12xi1>
  %got69 = tensor.cast %flat69 : tensor<12xi1> to tensor<?xi1>
  %want69 = tensor.cast %exp69 : tensor<12xi1> to tensor<?xi1>
  %atol69 = arith.constant 2.000000e-06 : f64
  %rtol69 = arith.constant 2.000000e-05 : f64
  %bad69 = call @mismatches_i1(%got69, %want69, %atol69, %rtol69) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id69 = arith.constant 70 : i32
  %status69 = call @record(%status68, %bad69, %id69) : (i32, i32, i32) -> i32
  %in70_0 = arith.constant dense<[false, false, true, true]> : tensor<4xi1>
  %in70_1 = arith.constant dense<[false, true, false, true]> : tensor<4xi1>
  %r70 = call @k70(%in70_0, %in70_1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %flat70 = tensor.cast %r70 : tensor<4xi1> to tensor<4xi1>
  %exp70 = arith.constant dense<[false, true, false, false]> : tensor<4xi1>
  %got70 = tensor.cast %flat70 : tensor<4xi1> to tensor<?xi1>
  %want70 = tensor.cast %exp70 : tensor<4xi1> to tensor<?xi1>
  %atol70 = arith.constant 2.000000e-06 : f64
  %rtol70 = arith.constant 2.000000e-05 : f64
  %bad70 = call @mismatches_i1(%got70, %want70, %atol70, %rtol70) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id70 = arith.constant 71 : i32
  %status70 = call @record(%status69, %bad70, %id70) : (i32, i32, i32) -> i32
  %in71_0 = arith.constant dense<[false, false, true, true]> : tensor<4xi1>
  %in71_1 = arith.constant dense<[false, true, false, true]> : tensor<4xi1>
  %r71 = call @k71(%in71_0, %in71_1) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %flat71 = tensor.cast %r71 : tensor<4xi1> to tensor<4xi1>
  %exp71 = arith.constant dense<[false, false, true, false]> : tensor<4xi1>
  %got71 = tensor.cast %flat71 : tensor<4xi1> to tensor<?xi1>
  %want71 = tensor.cast %exp71 : tensor<4xi1> to tensor<?xi1>
  %atol71 = arith.constant 2.000000e-06 : f64
  %rtol71 = arith.constant 2.000000e-05 : f64
  %bad71 = call @mismatches_i1(%got71, %want71, %atol71, %rtol71) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id71 = arith.constant 72 : i32
  %status71 = call @record(%status70, %bad71, %id71) : (i32, i32, i32) -> i32
  %in72_0 = arith.constant dense<[[[1.3828125, 3.28710938, 1.32128906, -5.2109375], [3.62109375, 1.78515625, -2.1484375, 2.32421875], [1.45800781, 1.17675781, 0.113708496, 2.1875]], [[-2.9453125, -0.651855469, -1.92871094, 2.39453125], [0.158935547, -1.16992188, -3.12695312, -1.02832031], [0.0325622559, -1.10253906, 5.17578125, 4.02734375]]]> : tensor<2x3x4xf16>
  %in72_1 = arith.constant dense<[[2.0], [-7.5546875], [-0.69921875]]> : tensor<3x1xf16>
  %r72 = call @k72(%in72_0, %in72_1) : (tensor<2x3x4xf16>, tensor<3x1xf16>) -> tensor<2x3x4xf16>
  %flat72 = tensor.collapse_shape %r72 [[0, 1, 2]] : tensor<2x3x4xf16> into tensor<24xf16>
  %exp72 = arith.constant dense<[3.3828125, 5.2890625, 3.3203125, -3.2109375, -3.93359375, -5.76953125, -9.703125, -5.23046875, 0.758789062, 0.477539062, -0.585449219, 1.48828125, -0.9453125, 1.34765625, 0.0712890625, 4.39453125, -7.39453125, -8.7265625, -10.6796875, -8.5859375, -0.666503906, -1.80175781, 4.4765625, 3.328125]> : tensor<24xf16>
  %got72 = tensor.cast %flat72 : tensor<24xf16> to tensor<?xf16>
  %want72 = tensor.cast %exp72 : tensor<24xf16> to tensor<?xf16>
  %atol72 = arith.constant 2.000000e-06 : f64
  %rtol72 = arith.constant 2.000000e-05 : f64
  %bad72 = call @mismatches_f16(%got72, %want72, %atol72, %rtol72) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id72 = arith.constant 73 : i32
  %status72 = call @record(%status71, %bad72, %id72) : (i32, i32, i32) -> i32
  %in73_0 = arith.constant dense<[[[1.3823367357254028, 3.2864725589752197, 1.3217482566833496, -5.2126288414001465], [3.6214234828948975, 1.7854982614517212, -2.1478128433227539, 2.3244724273681641], [1.458289623260498, 1.1765300035476685, 0.11368896812200546, 2.186851978302002]], [[-2.9458162784576416, -0.65163981914520264, -1.9284772872924805, 2.3953847885131836], [0.15888842940330505, -1.1698269844055176, -3.127633810043335, -1.0287690162658691], [0.03256872296333313, -1.1024116277694702, 5.1762552261352539, 4.0268974304199219]]]> : tensor<2x3x4xf64>
  %in73_1 = arith.constant dense<[[2.0], [-7.5560531616210938], [-0.69908839464187622]]> : tensor<3x1xf64>
  %r73 = call @k73(%in73_0, %in73_1) : (tensor<2x3x4xf64>, tensor<3x1xf64>) -> tensor<2x3x4xf64>
  %flat73 = tensor.collapse_shape %r73 [[0, 1, 2]] : tensor<2x3x4xf64> into tensor<24xf64>
  %exp73 = arith.constant dense<[0.69116836786270142, 1.6432362794876099, 0.6608741283416748, -2.6063144207000732, -0.47927448436823183, -0.23630038371363921, 0.28425062627033676, -0.30763050201587866, -2.0859874580059934, -1.6829488410408708, -0.16262459653652983, -3.1281480211415413, -1.4729081392288208, -0.32581990957260132, -0.96423864364624023, 1.1976923942565918, -0.021027966056450659, 0.15481984567648807, 0.41392427278427524, 0.13615163819799736, -0.046587417575451519, 1.5769273760211759, -7.4042928845742138, -5.7602121009071974]> : tensor<24xf64>
  %got73 = tensor.cast %flat73 : tensor<24xf64> to tensor<?xf64>
  %want73 = tensor.cast %exp73 : tensor<24xf64> to tensor<?xf64>
  %atol73 = arith.constant 2.000000e-06 : f64
  %rtol73 = arith.constant 2.000000e-05 : f64
  %bad73 = call @mismatches_f64(%got73, %want73, %atol73, %rtol73) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id73 = arith.constant 74 : i32
  %status73 = call @record(%status72, %bad73, %id73) : (i32, i32, i32) -> i32
  %in74_0 = arith.constant dense<[[[1.3828125, 3.28710938, 1.32128906, 5.2109375], [3.62109375, 1.78515625, 2.1484375, 2.32421875], [1.45800781, 1.17675781, 0.113708496, 2.1875]], [[2.9453125, 0.651855469, 1.92871094, 2.39453125], [0.158935547, 1.16992188, 3.12695312, 1.02832031], [0.0325622559, 1.10253906, 5.17578125, 4.02734375]]]> : tensor<2x3x4xf16>
  %in74_1 = arith.constant dense<[[0.5], [-1.88867188], [-0.174804688]]> : tensor<3x1xf16>
  %r74 = call @k74(%in74_0, %in74_1) : (tensor<2x3x4xf16>, tensor<3x1xf16>) -> tensor<2x3x4xf16>
  %flat74 = tensor.collapse_shape %r74 [[0, 1, 2]] : tensor<2x3x4xf16> into tensor<24xf16>
  %exp74 = arith.constant dense<[1.17578125, 1.81347656, 1.14941406, 2.28320312, 0.0880126953, 0.334716797, 0.235839844, 0.203369141, 0.936035156, 0.972167969, 1.46191406, 0.872070312, 1.71582031, 0.807617188, 1.38867188, 1.54785156, 32.25, 0.743652344, 0.116088867, 0.948730469, 1.81933594, 0.982910156, 0.75, 0.783691406]> : tensor<24xf16>
  %got74 = tensor.cast %flat74 : tensor<24xf16> to tensor<?xf16>
  %want74 = tensor.cast %exp74 : tensor<24xf16> to tensor<?xf16>
  %atol74 = arith.constant 1.000000e-03 : f64
  %rtol74 = arith.constant 2.000000e-03 : f64
  %bad74 = call @mismatches_f16(%got74, %want74, %atol74, %rtol74) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id74 = arith.constant 75 : i32
  %status74 = call @record(%status73, %bad74, %id74) : (i32, i32, i32) -> i32
  %in75_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %r75 = call @k75(%in75_0) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %flat75 = tensor.collapse_shape %r75 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp75 = arith.constant dense<[1.91085482, 10.8009014, 1.74701846, 27.1714993, 13.1147079, 3.18800402, 4.61310005, 5.40317202, 2.12660861, 1.38422287, 0.0129251815, 4.78232145, 8.67783356, 0.424634457, 3.71902466, 5.73786831, 0.0252455324, 1.36849523, 9.78209305, 1.0583657, 0.0010607217, 1.21531141, 26.7936172, 16.2159023]> : tensor<24xf32>
  %got75 = tensor.cast %flat75 : tensor<24xf32> to tensor<?xf32>
  %want75 = tensor.cast %exp75 : tensor<24xf32> to tensor<?xf32>
  %atol75 = arith.constant 2.000000e-06 : f64
  %rtol75 = arith.constant 2.000000e-05 : f64
  %bad75 = call @mismatches_f32(%got75, %want75, %atol75, %rtol75) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id75 = arith.constant 76 : i32
  %status75 = call @record(%status74, %bad75, %id75) : (i32, i32, i32) -> i32
  %in76_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, 5.21262884], [3.62142348, 1.78549826, 2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[2.94581628, 0.651639819, 1.92847729, 2.39538479], [0.158888429, 1.16982698, 3.12763381, 1.02876902], [0.032568723, 1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %r76 = call @k76(%in76_0) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %flat76 = tensor.collapse_shape %r76 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp76 = arith.constant dense<[1.1757282, 1.81286311, 1.1496731, 2.28311825, 1.90300381, 1.33622539, 1.46554184, 1.52462208, 1.20759666, 1.08467972, 0.337177962, 1.47880089, 1.71633804, 0.807242095, 1.38869631, 1.54770303, 0.398608118, 1.08158541, 1.76851177, 1.01428246, 0.180468068, 1.04995787, 2.27513862, 2.00671315]> : tensor<24xf32>
  %got76 = tensor.cast %flat76 : tensor<24xf32> to tensor<?xf32>
  %want76 = tensor.cast %exp76 : tensor<24xf32> to tensor<?xf32>
  %atol76 = arith.constant 2.000000e-06 : f64
  %rtol76 = arith.constant 2.000000e-05 : f64
  %bad76 = call @mismatches_f32(%got76, %want76, %atol76, %rtol76) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id76 = arith.constant 77 : i32
  %status76 = call @record(%status75, %bad76, %id76) : (i32, i32, i32) -> i32
  %in77_0 = arith.constant dense<[[[1.38233674, 3.28647256, 1.32174826, -5.21262884], [3.62142348, 1.78549826, -2.14781284, 2.32447243], [1.45828962, 1.17653, 0.113688968, 2.18685198]], [[-2.94581628, -0.651639819, -1.92847729, 2.39538479], [0.158888429, -1.16982698, -3.12763381, -1.02876902], [0.032568723, -1.10241163, 5.17625523, 4.02689743]]]> : tensor<2x3x4xf32>
  %r77 = call @k77(%in77_0) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %flat77 = tensor.collapse_shape %r77 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp77 = arith.constant dense<[2.64144492, 35.4968681, 2.30911851, -141.634949, 47.4939117, 5.69217539, -9.90807533, 12.5595245, 3.10121131, 1.62857974, 0.00146945054, 10.45823, -25.563303, -0.276708722, -7.17205477, 13.7444029, 0.00401122309, -1.60090256, -30.5948048, -1.08881378, 3.45463523e-05, -1.33977342, 138.690598, 65.2997742]> : tensor<24xf32>
  %got77 = tensor.cast %flat77 : tensor<24xf32> to tensor<?xf32>
  %want77 = tensor.cast %exp77 : tensor<24xf32> to tensor<?xf32>
  %atol77 = arith.constant 2.000000e-06 : f64
  %rtol77 = arith.constant 1.000000e-05 : f64
  %bad77 = call @mismatches_f32(%got77, %want77, %atol77, %rtol77) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id77 = arith.constant 78 : i32
  %status77 = call @record(%status76, %bad77, %id77) : (i32, i32, i32) -> i32
  %in78_0 = arith.constant dense<[[[true, true, true, false], [true, true, false, true], [true, true, true, true]], [[false, false, false, true], [true, false, false, false], [true, false, true, true]]]> : tensor<2x3x4xi1>
  %dyn78_0 = tensor.cast %in78_0 : tensor<2x3x4xi1> to tensor<?x3x4xi1>
  %in78_1 = arith.constant dense<[[2.0], [-7.55605316], [-0.699088395]]> : tensor<3x1xf32>
  %in78_2 = arith.constant dense<[7.0, 7.0, 7.0, 7.0]> : tensor<4xf32>
  %r78 = call @k78(%dyn78_0, %in78_1, %in78_2) : (tensor<?x3x4xi1>, tensor<3x1xf32>, tensor<4xf32>) -> tensor<?x3x4xf32>
  %s78 = tensor.cast %r78 : tensor<?x3x4xf32> to tensor<2x3x4xf32>
  %flat78 = tensor.collapse_shape %s78 [[0, 1, 2]] : tensor<2x3x4xf32> into tensor<24xf32>
  %exp78 = arith.constant dense<[2.0, 2.0, 2.0, 7.0, -7.55605316, -7.55605316, 7.0, -7.55605316, -0.699088395, -0.699088395, -0.699088395, -0.699088395, 7.0, 7.0, 7.0, 2.0, -7.55605316, 7.0, 7.0, 7.0, -0.699088395, 7.0, -0.699088395, -0.699088395]> : tensor<24xf32>
  %got78 = tensor.cast %flat78 : tensor<24xf32> to tensor<?xf32>
  %want78 = tensor.cast %exp78 : tensor<24xf32> to tensor<?xf32>
  %atol78 = arith.constant 2.000000e-06 : f64
  %rtol78 = arith.constant 2.000000e-05 : f64
  %bad78 = call @mismatches_f32(%got78, %want78, %atol78, %rtol78) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id78 = arith.constant 79 : i32
  %status78 = call @record(%status77, %bad78, %id78) : (i32, i32, i32) -> i32
  %in79_0 = arith.constant dense<[[true, false, true, false, false, true], [true, false, true, false, true, false]]> : tensor<2x6xi1>
  %in79_1 = arith.constant dense<[[7, -7, 7, -7, 0, 5], [9, -9, 100, -100, 3, -3]]> : tensor<2x6xi64>
  %in79_2 = arith.constant dense<[[-1]]> : tensor<1x1xi64>
  %r79 = call @k79(%in79_0, %in79_1, %in79_2) : (tensor<2x6xi1>, tensor<2x6xi64>, tensor<1x1xi64>) -> tensor<2x6xi64>
  %flat79 = tensor.collapse_shape %r79 [[0, 1]] : tensor<2x6xi64> into tensor<12xi64>
  %exp79 = arith.constant dense<[7, -1, 7, -1, -1, 5, 9, -1, 100, -1, 3, -1]> : tensor<12xi64>
  %got79 = tensor.cast %flat79 : tensor<12xi64> to tensor<?xi64>
  %want79 = tensor.cast %exp79 : tensor<12xi64> to tensor<?xi64>
  %atol79 = arith.constant 2.000000e-06 : f64
  %rtol79 = arith.constant 2.000000e-05 : f64
  %bad79 = call @mismatches_i64(%got79, %want79, %atol79, %rtol79) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id79 = arith.constant 80 : i32
  %status79 = call @record(%status78, %bad79, %id79) : (i32, i32, i32) -> i32
  %in80_0 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %r80 = call @k80(%in80_0) : (tensor<8xf32>) -> tensor<8xi32>
  %flat80 = tensor.cast %r80 : tensor<8xi32> to tensor<8xi32>
  %exp80 = arith.constant dense<[-2, 0, 0, 0, 1, 2, 100, -100]> : tensor<8xi32>
  %got80 = tensor.cast %flat80 : tensor<8xi32> to tensor<?xi32>
  %want80 = tensor.cast %exp80 : tensor<8xi32> to tensor<?xi32>
  %atol80 = arith.constant 2.000000e-06 : f64
  %rtol80 = arith.constant 2.000000e-05 : f64
  %bad80 = call @mismatches_i32(%got80, %want80, %atol80, %rtol80) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id80 = arith.constant 81 : i32
  %status80 = call @record(%status79, %bad80, %id80) : (i32, i32, i32) -> i32
  %in81_0 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %r81 = call @k81(%in81_0) : (tensor<8xf32>) -> tensor<8xi64>
  %flat81 = tensor.cast %r81 : tensor<8xi64> to tensor<8xi64>
  %exp81 = arith.constant dense<[-2, 0, 0, 0, 1, 2, 100, -100]> : tensor<8xi64>
  %got81 = tensor.cast %flat81 : tensor<8xi64> to tensor<?xi64>
  %want81 = tensor.cast %exp81 : tensor<8xi64> to tensor<?xi64>
  %atol81 = arith.constant 2.000000e-06 : f64
  %rtol81 = arith.constant 2.000000e-05 : f64
  %bad81 = call @mismatches_i64(%got81, %want81, %atol81, %rtol81) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id81 = arith.constant 82 : i32
  %status81 = call @record(%status80, %bad81, %id81) : (i32, i32, i32) -> i32
  %in82_0 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %r82 = call @k82(%in82_0) : (tensor<8xf32>) -> tensor<8xi8>
  %flat82 = tensor.cast %r82 : tensor<8xi8> to tensor<8xi8>
  %exp82 = arith.constant dense<[-2, 0, 0, 0, 1, 2, 100, -100]> : tensor<8xi8>
  %got82 = tensor.cast %flat82 : tensor<8xi8> to tensor<?xi8>
  %want82 = tensor.cast %exp82 : tensor<8xi8> to tensor<?xi8>
  %atol82 = arith.constant 2.000000e-06 : f64
  %rtol82 = arith.constant 2.000000e-05 : f64
  %bad82 = call @mismatches_i8(%got82, %want82, %atol82, %rtol82) : (tensor<?xi8>, tensor<?xi8>, f64, f64) -> i32
  %id82 = arith.constant 83 : i32
  %status82 = call @record(%status81, %bad82, %id82) : (i32, i32, i32) -> i32
  %in83_0 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %r83 = call @k83(%in83_0) : (tensor<8xf32>) -> tensor<8xi1>
  %flat83 = tensor.cast %r83 : tensor<8xi1> to tensor<8xi1>
  %exp83 = arith.constant dense<[true, true, false, true, true, true, true, true]> : tensor<8xi1>
  %got83 = tensor.cast %flat83 : tensor<8xi1> to tensor<?xi1>
  %want83 = tensor.cast %exp83 : tensor<8xi1> to tensor<?xi1>
  %atol83 = arith.constant 2.000000e-06 : f64
  %rtol83 = arith.constant 2.000000e-05 : f64
  %bad83 = call @mismatches_i1(%got83, %want83, %atol83, %rtol83) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id83 = arith.constant 84 : i32
  %status83 = call @record(%status82, %bad83, %id83) : (i32, i32, i32) -> i32
  %in84_0 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %r84 = call @k84(%in84_0) : (tensor<8xf32>) -> tensor<8xf64>
  %flat84 = tensor.cast %r84 : tensor<8xf64> to tensor<8xf64>
  %exp84 = arith.constant dense<[-2.7000000476837158, -0.5, 0.0, 0.5, 1.5, 2.7000000476837158, 100.90000152587891, -100.90000152587891]> : tensor<8xf64>
  %got84 = tensor.cast %flat84 : tensor<8xf64> to tensor<?xf64>
  %want84 = tensor.cast %exp84 : tensor<8xf64> to tensor<?xf64>
  %atol84 = arith.constant 2.000000e-06 : f64
  %rtol84 = arith.constant 2.000000e-05 : f64
  %bad84 = call @mismatches_f64(%got84, %want84, %atol84, %rtol84) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id84 = arith.constant 85 : i32
  %status84 = call @record(%status83, %bad84, %id84) : (i32, i32, i32) -> i32
  %in85_0 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %r85 = call @k85(%in85_0) : (tensor<8xf32>) -> tensor<8xf16>
  %flat85 = tensor.cast %r85 : tensor<8xf16> to tensor<8xf16>
  %exp85 = arith.constant dense<[-2.69921875, -0.5, 0.0, 0.5, 1.5, 2.69921875, 100.875, -100.875]> : tensor<8xf16>
  %got85 = tensor.cast %flat85 : tensor<8xf16> to tensor<?xf16>
  %want85 = tensor.cast %exp85 : tensor<8xf16> to tensor<?xf16>
  %atol85 = arith.constant 2.000000e-06 : f64
  %rtol85 = arith.constant 1.000000e-03 : f64
  %bad85 = call @mismatches_f16(%got85, %want85, %atol85, %rtol85) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id85 = arith.constant 86 : i32
  %status85 = call @record(%status84, %bad85, %id85) : (i32, i32, i32) -> i32
  %in86_0 = arith.constant dense<[-2.69921875, -0.5, 0.0, 0.5, 1.5, 2.69921875, 100.875, -100.875]> : tensor<8xf16>
  %r86 = call @k86(%in86_0) : (tensor<8xf16>) -> tensor<8xf32>
  %flat86 = tensor.cast %r86 : tensor<8xf32> to tensor<8xf32>
  %exp86 = arith.constant dense<[-2.69921875, -0.5, 0.0, 0.5, 1.5, 2.69921875, 100.875, -100.875]> : tensor<8xf32>
  %got86 = tensor.cast %flat86 : tensor<8xf32> to tensor<?xf32>
  %want86 = tensor.cast %exp86 : tensor<8xf32> to tensor<?xf32>
  %atol86 = arith.constant 2.000000e-06 : f64
  %rtol86 = arith.constant 1.000000e-03 : f64
  %bad86 = call @mismatches_f32(%got86, %want86, %atol86, %rtol86) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id86 = arith.constant 87 : i32
  %status86 = call @record(%status85, %bad86, %id86) : (i32, i32, i32) -> i32
  %in87_0 = arith.constant dense<[-2.7000000476837158, -0.5, 0.0, 0.5, 1.5, 2.7000000476837158, 100.90000152587891, -100.90000152587891]> : tensor<8xf64>
  %r87 = call @k87(%in87_0) : (tensor<8xf64>) -> tensor<8xf32>
  %flat87 = tensor.cast %r87 : tensor<8xf32> to tensor<8xf32>
  %exp87 = arith.constant dense<[-2.70000005, -0.5, 0.0, 0.5, 1.5, 2.70000005, 100.900002, -100.900002]> : tensor<8xf32>
  %got87 = tensor.cast %flat87 : tensor<8xf32> to tensor<?xf32>
  %want87 = tensor.cast %exp87 : tensor<8xf32> to tensor<?xf32>
  %atol87 = arith.constant 2.000000e-06 : f64
  %rtol87 = arith.constant 2.000000e-05 : f64
  %bad87 = call @mismatches_f32(%got87, %want87, %atol87, %rtol87) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id87 = arith.constant 88 : i32
  %status87 = call @record(%status86, %bad87, %id87) : (i32, i32, i32) -> i32
  %in88_0 = arith.constant dense<[-27, -5, 0, 5, 15, 27, 1009, -1009]> : tensor<8xi32>
  %r88 = call @k88(%in88_0) : (tensor<8xi32>) -> tensor<8xf32>
  %flat88 = tensor.cast %r88 : tensor<8xf32> to tensor<8xf32>
  %exp88 = arith.constant dense<[-27.0, -5.0, 0.0, 5.0, 15.0, 27.0, 1009.0, -1009.0]> : tensor<8xf32>
  %got88 = tensor.cast %flat88 : tensor<8xf32> to tensor<?xf32>
  %want88 = tensor.cast %exp88 : tensor<8xf32> to tensor<?xf32>
  %atol88 = arith.constant 2.000000e-06 : f64
  %rtol88 = arith.constant 2.000000e-05 : f64
  %bad88 = call @mismatches_f32(%got88, %want88, %atol88, %rtol88) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id88 = arith.constant 89 : i32
  %status88 = call @record(%status87, %bad88, %id88) : (i32, i32, i32) -> i32
  %in89_0 = arith.constant dense<[-27, -5, 0, 5, 15, 27, 1009, -1009]> : tensor<8xi32>
  %r89 = call @k89(%in89_0) : (tensor<8xi32>) -> tensor<8xi64>
  %flat89 = tensor.cast %r89 : tensor<8xi64> to tensor<8xi64>
  %exp89 = arith.constant dense<[-27, -5, 0, 5, 15, 27, 1009, -1009]> : tensor<8xi64>
  %got89 = tensor.cast %flat89 : tensor<8xi64> to tensor<?xi64>
  %want89 = tensor.cast %exp89 : tensor<8xi64> to tensor<?xi64>
  %atol89 = arith.constant 2.000000e-06 : f64
  %rtol89 = arith.constant 2.000000e-05 : f64
  %bad89 = call @mismatches_i64(%got89, %want89, %atol89, %rtol89) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id89 = arith.constant 90 : i32
  %status89 = call @record(%status88, %bad89, %id89) : (i32, i32, i32) -> i32
  %in90_0 = arith.constant dense<[-27, -5, 0, 5, 15, 27, 1009, -1009]> : tensor<8xi64>
  %r90 = call @k90(%in90_0) : (tensor<8xi64>) -> tensor<8xi8>
  %flat90 = tensor.cast %r90 : tensor<8xi8> to tensor<8xi8>
  %exp90 = arith.constant dense<[-27, -5, 0, 5, 15, 27, -15, 15]> : tensor<8xi8>
  %got90 = tensor.cast %flat90 : tensor<8xi8> to tensor<?xi8>
  %want90 = tensor.cast %exp90 : tensor<8xi8> to tensor<?xi8>
  %atol90 = arith.constant 2.000000e-06 : f64
  %rtol90 = arith.constant 2.000000e-05 : f64
  %bad90 = call @mismatches_i8(%got90, %want90, %atol90, %rtol90) : (tensor<?xi8>, tensor<?xi8>, f64, f64) -> i32
  %id90 = arith.constant 91 : i32
  %status90 = call @record(%status89, %bad90, %id90) : (i32, i32, i32) -> i32
  %in91_0 = arith.constant dense<[-27, -5, 0, 5, 15, 27, 1009, -1009]> : tensor<8xi32>
  %r91 = call @k91(%in91_0) : (tensor<8xi32>) -> tensor<8xi1>
  %flat91 = tensor.cast %r91 : tensor<8xi1> to tensor<8xi1>
  %exp91 = arith.constant dense<[true, true, false, true, true, true, true, true]> : tensor<8xi1>
  %got91 = tensor.cast %flat91 : tensor<8xi1> to tensor<?xi1>
  %want91 = tensor.cast %exp91 : tensor<8xi1> to tensor<?xi1>
  %atol91 = arith.constant 2.000000e-06 : f64
  %rtol91 = arith.constant 2.000000e-05 : f64
  %bad91 = call @mismatches_i1(%got91, %want91, %atol91, %rtol91) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id91 = arith.constant 92 : i32
  %status91 = call @record(%status90, %bad91, %id91) : (i32, i32, i32) -> i32
  %in92_0 = arith.constant dense<[false, false, false, true, true, true, true, false]> : tensor<8xi1>
  %r92 = call @k92(%in92_0) : (tensor<8xi1>) -> tensor<8xf32>
  %flat92 = tensor.cast %r92 : tensor<8xf32> to tensor<8xf32>
  %exp92 = arith.constant dense<[0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0]> : tensor<8xf32>
  %got92 = tensor.cast %flat92 : tensor<8xf32> to tensor<?xf32>
  %want92 = tensor.cast %exp92 : tensor<8xf32> to tensor<?xf32>
  %atol92 = arith.constant 2.000000e-06 : f64
  %rtol92 = arith.constant 2.000000e-05 : f64
  %bad92 = call @mismatches_f32(%got92, %want92, %atol92, %rtol92) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id92 = arith.constant 93 : i32
  %status92 = call @record(%status91, %bad92, %id92) : (i32, i32, i32) -> i32
  %in93_0 = arith.constant dense<[false, false, false, true, true, true, true, false]> : tensor<8xi1>
  %r93 = call @k93(%in93_0) : (tensor<8xi1>) -> tensor<8xi64>
  %flat93 = tensor.cast %r93 : tensor<8xi64> to tensor<8xi64>
  %exp93 = arith.constant dense<[0, 0, 0, 1, 1, 1, 1, 0]> : tensor<8xi64>
  %got93 = tensor.cast %flat93 : tensor<8xi64> to tensor<?xi64>
  %want93 = tensor.cast %exp93 : tensor<8xi64> to tensor<?xi64>
  %atol93 = arith.constant 2.000000e-06 : f64
  %rtol93 = arith.constant 2.000000e-05 : f64
  %bad93 = call @mismatches_i64(%got93, %want93, %atol93, %rtol93) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id93 = arith.constant 94 : i32
  %status93 = call @record(%status92, %bad93, %id93) : (i32, i32, i32) -> i32
  %in94_0 = arith.constant dense<[0x7FC00000, 0.0, -0.0]> : tensor<3xf32>
  %r94 = call @k94(%in94_0) : (tensor<3xf32>) -> tensor<3xi1>
  %flat94 = tensor.cast %r94 : tensor<3xi1> to tensor<3xi1>
  %exp94 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %got94 = tensor.cast %flat94 : tensor<3xi1> to tensor<?xi1>
  %want94 = tensor.cast %exp94 : tensor<3xi1> to tensor<?xi1>
  %atol94 = arith.constant 2.000000e-06 : f64
  %rtol94 = arith.constant 2.000000e-05 : f64
  %bad94 = call @mismatches_i1(%got94, %want94, %atol94, %rtol94) : (tensor<?xi1>, tensor<?xi1>, f64, f64) -> i32
  %id94 = arith.constant 95 : i32
  %status94 = call @record(%status93, %bad94, %id94) : (i32, i32, i32) -> i32
  return %status94 : i32
}
