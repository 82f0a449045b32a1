// RUN: mcc-opt %s --convert-mcc-to-linalg \
// RUN: | mlir-opt --convert-elementwise-to-linalg "--one-shot-bufferize=bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map" \
// RUN:   --convert-linalg-to-loops --convert-scf-to-cf --expand-strided-metadata --lower-affine \
// RUN:   --convert-math-to-llvm --convert-math-to-libm --finalize-memref-to-llvm \
// RUN:   --convert-arith-to-llvm --convert-func-to-llvm --convert-cf-to-llvm --reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=i32 | FileCheck %s

// Numerics of the reduction lowerings, run end to end on the CPU: each @kN
// holds one mcc op (dynamic dims where the shapes say `?`), @main calls it on
// constant inputs and compares every element with the expected values, which
// were computed with numpy and ONNX Runtime 1.32 (ArgMax, ArgMin). @main returns 0 when all match, else 1 + the index
// of the first case that does not (so a failure names its @kN).
// CHECK: {{^}}0{{$}}

// reduce_sum (2, 3, 4) [1] kd=True float32
func.func @k0(%a0: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %r : tensor<2x1x4xf32>
}

// reduce_sum (2, 3, 4) [0, 2] kd=False float32
func.func @k1(%a0: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// reduce_sum (2, 3, 4) [] kd=True float32
func.func @k2(%a0: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %r : tensor<1x1x1xf32>
}

// reduce_sum (2, 3, 4) [] kd=False float32
func.func @k3(%a0: tensor<2x3x4xf32>) -> tensor<f32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// reduce_sum (2, 3, 4) [2] kd=True float32
func.func @k4(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xf32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  return %r : tensor<?x3x1xf32>
}

// reduce_sum (2, 3, 4) [0] kd=True float32
func.func @k5(%a0: tensor<?x3x4xf32>) -> tensor<1x3x4xf32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 0>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  return %r : tensor<1x3x4xf32>
}

// reduce_sum (2, 3, 4) [1, 2] kd=False float32
func.func @k6(%a0: tensor<?x?x4xf32>) -> tensor<?xf32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 1, 2>, keepdims = false} : (tensor<?x?x4xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// reduce_mean (2, 3, 4) [1] kd=True float32
func.func @k7(%a0: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %r : tensor<2x1x4xf32>
}

// reduce_mean (2, 3, 4) [0, 2] kd=False float32
func.func @k8(%a0: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// reduce_mean (2, 3, 4) [] kd=True float32
func.func @k9(%a0: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %r : tensor<1x1x1xf32>
}

// reduce_mean (2, 3, 4) [] kd=False float32
func.func @k10(%a0: tensor<2x3x4xf32>) -> tensor<f32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// reduce_mean (2, 3, 4) [2] kd=True float32
func.func @k11(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xf32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  return %r : tensor<?x3x1xf32>
}

// reduce_mean (2, 3, 4) [0] kd=True float32
func.func @k12(%a0: tensor<?x3x4xf32>) -> tensor<1x3x4xf32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 0>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  return %r : tensor<1x3x4xf32>
}

// reduce_mean (2, 3, 4) [1, 2] kd=False float32
func.func @k13(%a0: tensor<?x?x4xf32>) -> tensor<?xf32> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 1, 2>, keepdims = false} : (tensor<?x?x4xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// reduce_max (2, 3, 4) [1] kd=True float32
func.func @k14(%a0: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %r = mcc.reduce_max %a0 {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %r : tensor<2x1x4xf32>
}

// reduce_max (2, 3, 4) [0, 2] kd=False float32
func.func @k15(%a0: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %r = mcc.reduce_max %a0 {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// reduce_max (2, 3, 4) [] kd=True float32
func.func @k16(%a0: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %r = mcc.reduce_max %a0 {axes = array<i64>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %r : tensor<1x1x1xf32>
}

// reduce_max (2, 3, 4) [] kd=False float32
func.func @k17(%a0: tensor<2x3x4xf32>) -> tensor<f32> {
  %r = mcc.reduce_max %a0 {axes = array<i64>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// reduce_max (2, 3, 4) [2] kd=True float32
func.func @k18(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xf32> {
  %r = mcc.reduce_max %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  return %r : tensor<?x3x1xf32>
}

// reduce_max (2, 3, 4) [0] kd=True float32
func.func @k19(%a0: tensor<?x3x4xf32>) -> tensor<1x3x4xf32> {
  %r = mcc.reduce_max %a0 {axes = array<i64: 0>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  return %r : tensor<1x3x4xf32>
}

// reduce_max (2, 3, 4) [1, 2] kd=False float32
func.func @k20(%a0: tensor<?x?x4xf32>) -> tensor<?xf32> {
  %r = mcc.reduce_max %a0 {axes = array<i64: 1, 2>, keepdims = false} : (tensor<?x?x4xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// reduce_min (2, 3, 4) [1] kd=True float32
func.func @k21(%a0: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %r = mcc.reduce_min %a0 {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %r : tensor<2x1x4xf32>
}

// reduce_min (2, 3, 4) [0, 2] kd=False float32
func.func @k22(%a0: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %r = mcc.reduce_min %a0 {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// reduce_min (2, 3, 4) [] kd=True float32
func.func @k23(%a0: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %r = mcc.reduce_min %a0 {axes = array<i64>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %r : tensor<1x1x1xf32>
}

// reduce_min (2, 3, 4) [] kd=False float32
func.func @k24(%a0: tensor<2x3x4xf32>) -> tensor<f32> {
  %r = mcc.reduce_min %a0 {axes = array<i64>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// reduce_min (2, 3, 4) [2] kd=True float32
func.func @k25(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xf32> {
  %r = mcc.reduce_min %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  return %r : tensor<?x3x1xf32>
}

// reduce_min (2, 3, 4) [0] kd=True float32
func.func @k26(%a0: tensor<?x3x4xf32>) -> tensor<1x3x4xf32> {
  %r = mcc.reduce_min %a0 {axes = array<i64: 0>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  return %r : tensor<1x3x4xf32>
}

// reduce_min (2, 3, 4) [1, 2] kd=False float32
func.func @k27(%a0: tensor<?x?x4xf32>) -> tensor<?xf32> {
  %r = mcc.reduce_min %a0 {axes = array<i64: 1, 2>, keepdims = false} : (tensor<?x?x4xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// reduce_prod (2, 3, 4) [1] kd=True float32
func.func @k28(%a0: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %r : tensor<2x1x4xf32>
}

// reduce_prod (2, 3, 4) [0, 2] kd=False float32
func.func @k29(%a0: tensor<2x3x4xf32>) -> tensor<3xf32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// reduce_prod (2, 3, 4) [] kd=True float32
func.func @k30(%a0: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %r : tensor<1x1x1xf32>
}

// reduce_prod (2, 3, 4) [] kd=False float32
func.func @k31(%a0: tensor<2x3x4xf32>) -> tensor<f32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  return %r : tensor<f32>
}

// reduce_prod (2, 3, 4) [2] kd=True float32
func.func @k32(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xf32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  return %r : tensor<?x3x1xf32>
}

// reduce_prod (2, 3, 4) [0] kd=True float32
func.func @k33(%a0: tensor<?x3x4xf32>) -> tensor<1x3x4xf32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64: 0>, keepdims = true} : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  return %r : tensor<1x3x4xf32>
}

// reduce_prod (2, 3, 4) [1, 2] kd=False float32
func.func @k34(%a0: tensor<?x?x4xf32>) -> tensor<?xf32> {
  %r = mcc.reduce_prod %a0 {axes = array<i64: 1, 2>, keepdims = false} : (tensor<?x?x4xf32>) -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// reduce_sum (2, 3, 4) [1] kd=True int32
func.func @k35(%a0: tensor<2x3x4xi32>) -> tensor<2x1x4xi32> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xi32>) -> tensor<2x1x4xi32>
  return %r : tensor<2x1x4xi32>
}

// reduce_max (2, 3, 4) [0, 1] kd=False int32
func.func @k36(%a0: tensor<2x3x4xi32>) -> tensor<4xi32> {
  %r = mcc.reduce_max %a0 {axes = array<i64: 0, 1>, keepdims = false} : (tensor<2x3x4xi32>) -> tensor<4xi32>
  return %r : tensor<4xi32>
}

// reduce_min (2, 3, 4) [] kd=True int64
func.func @k37(%a0: tensor<2x3x4xi64>) -> tensor<1x1x1xi64> {
  %r = mcc.reduce_min %a0 {axes = array<i64>, keepdims = true} : (tensor<2x3x4xi64>) -> tensor<1x1x1xi64>
  return %r : tensor<1x1x1xi64>
}

// reduce_mean (2, 3, 4) [2] kd=True float64
func.func @k38(%a0: tensor<2x3x4xf64>) -> tensor<2x3x1xf64> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<2x3x4xf64>) -> tensor<2x3x1xf64>
  return %r : tensor<2x3x1xf64>
}

// reduce_sum (2, 3, 4) [2] kd=True float16
func.func @k39(%a0: tensor<2x3x4xf16>) -> tensor<2x3x1xf16> {
  %r = mcc.reduce_sum %a0 {axes = array<i64: 2>, keepdims = true} : (tensor<2x3x4xf16>) -> tensor<2x3x1xf16>
  return %r : tensor<2x3x1xf16>
}

// reduce_mean (2, 3, 4) [0, 1, 2] kd=False float16
func.func @k40(%a0: tensor<2x3x4xf16>) -> tensor<f16> {
  %r = mcc.reduce_mean %a0 {axes = array<i64: 0, 1, 2>, keepdims = false} : (tensor<2x3x4xf16>) -> tensor<f16>
  return %r : tensor<f16>
}

// argmax (2, 3, 4) 0 kd=True last=False float32
func.func @k41(%a0: tensor<2x3x4xf32>) -> tensor<1x3x4xi64> {
  %r = mcc.argmax %a0 {axis = 0 : i64, keepdims = true, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  return %r : tensor<1x3x4xi64>
}

// argmax (2, 3, 4) 1 kd=False last=False float32
func.func @k42(%a0: tensor<2x3x4xf32>) -> tensor<2x4xi64> {
  %r = mcc.argmax %a0 {axis = 1 : i64, keepdims = false, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  return %r : tensor<2x4xi64>
}

// argmax (2, 3, 4) 2 kd=True last=False float32
func.func @k43(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xi64> {
  %r = mcc.argmax %a0 {axis = 2 : i64, keepdims = true, select_last_index = false} : (tensor<?x3x4xf32>) -> tensor<?x3x1xi64>
  return %r : tensor<?x3x1xi64>
}

// argmax (3, 4) 1 kd=True last=False float32
func.func @k44(%a0: tensor<3x4xf32>) -> tensor<3x1xi64> {
  %r = mcc.argmax %a0 {axis = 1 : i64, keepdims = true, select_last_index = false} : (tensor<3x4xf32>) -> tensor<3x1xi64>
  return %r : tensor<3x1xi64>
}

// argmax (3, 4) 1 kd=True last=True float32
func.func @k45(%a0: tensor<3x4xf32>) -> tensor<3x1xi64> {
  %r = mcc.argmax %a0 {axis = 1 : i64, keepdims = true, select_last_index = true} : (tensor<3x4xf32>) -> tensor<3x1xi64>
  return %r : tensor<3x1xi64>
}

// argmax (3, 4) 0 kd=False last=True float32
func.func @k46(%a0: tensor<3x4xf32>) -> tensor<4xi64> {
  %r = mcc.argmax %a0 {axis = 0 : i64, keepdims = false, select_last_index = true} : (tensor<3x4xf32>) -> tensor<4xi64>
  return %r : tensor<4xi64>
}

// argmax (2, 3, 4) 2 kd=True last=False int32
func.func @k47(%a0: tensor<2x3x4xi32>) -> tensor<2x3x1xi64> {
  %r = mcc.argmax %a0 {axis = 2 : i64, keepdims = true, select_last_index = false} : (tensor<2x3x4xi32>) -> tensor<2x3x1xi64>
  return %r : tensor<2x3x1xi64>
}

// argmax (3, 4) 1 kd=True last=True int64
func.func @k48(%a0: tensor<3x4xi64>) -> tensor<3x1xi64> {
  %r = mcc.argmax %a0 {axis = 1 : i64, keepdims = true, select_last_index = true} : (tensor<3x4xi64>) -> tensor<3x1xi64>
  return %r : tensor<3x1xi64>
}

// argmax (2, 3) 1 kd=True last=False float32
func.func @k49(%a0: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %r = mcc.argmax %a0 {axis = 1 : i64, keepdims = true, select_last_index = false} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %r : tensor<2x1xi64>
}

// argmax (2, 3) 1 kd=True last=True float32
func.func @k50(%a0: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %r = mcc.argmax %a0 {axis = 1 : i64, keepdims = true, select_last_index = true} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %r : tensor<2x1xi64>
}

// argmin (2, 3, 4) 0 kd=True last=False float32
func.func @k51(%a0: tensor<2x3x4xf32>) -> tensor<1x3x4xi64> {
  %r = mcc.argmin %a0 {axis = 0 : i64, keepdims = true, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  return %r : tensor<1x3x4xi64>
}

// argmin (2, 3, 4) 1 kd=False last=False float32
func.func @k52(%a0: tensor<2x3x4xf32>) -> tensor<2x4xi64> {
  %r = mcc.argmin %a0 {axis = 1 : i64, keepdims = false, select_last_index = false} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  return %r : tensor<2x4xi64>
}

// argmin (2, 3, 4) 2 kd=True last=False float32
func.func @k53(%a0: tensor<?x3x4xf32>) -> tensor<?x3x1xi64> {
  %r = mcc.argmin %a0 {axis = 2 : i64, keepdims = true, select_last_index = false} : (tensor<?x3x4xf32>) -> tensor<?x3x1xi64>
  return %r : tensor<?x3x1xi64>
}

// argmin (3, 4) 1 kd=True last=False float32
func.func @k54(%a0: tensor<3x4xf32>) -> tensor<3x1xi64> {
  %r = mcc.argmin %a0 {axis = 1 : i64, keepdims = true, select_last_index = false} : (tensor<3x4xf32>) -> tensor<3x1xi64>
  return %r : tensor<3x1xi64>
}

// argmin (3, 4) 1 kd=True last=True float32
func.func @k55(%a0: tensor<3x4xf32>) -> tensor<3x1xi64> {
  %r = mcc.argmin %a0 {axis = 1 : i64, keepdims = true, select_last_index = true} : (tensor<3x4xf32>) -> tensor<3x1xi64>
  return %r : tensor<3x1xi64>
}

// argmin (3, 4) 0 kd=False last=True float32
func.func @k56(%a0: tensor<3x4xf32>) -> tensor<4xi64> {
  %r = mcc.argmin %a0 {axis = 0 : i64, keepdims = false, select_last_index = true} : (tensor<3x4xf32>) -> tensor<4xi64>
  return %r : tensor<4xi64>
}

// argmin (2, 3, 4) 2 kd=True last=False int32
func.func @k57(%a0: tensor<2x3x4xi32>) -> tensor<2x3x1xi64> {
  %r = mcc.argmin %a0 {axis = 2 : i64, keepdims = true, select_last_index = false} : (tensor<2x3x4xi32>) -> tensor<2x3x1xi64>
  return %r : tensor<2x3x1xi64>
}

// argmin (3, 4) 1 kd=True last=True int64
func.func @k58(%a0: tensor<3x4xi64>) -> tensor<3x1xi64> {
  %r = mcc.argmin %a0 {axis = 1 : i64, keepdims = true, select_last_index = true} : (tensor<3x4xi64>) -> tensor<3x1xi64>
  return %r : tensor<3x1xi64>
}

// argmin (2, 3) 1 kd=True last=False float32
func.func @k59(%a0: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %r = mcc.argmin %a0 {axis = 1 : i64, keepdims = true, select_last_index = false} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %r : tensor<2x1xi64>
}

// argmin (2, 3) 1 kd=True last=True float32
func.func @k60(%a0: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %r = mcc.argmin %a0 {axis = 1 : i64, keepdims = true, select_last_index = true} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %r : tensor<2x1xi64>
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

func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %in0_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r0 = call @k0(%in0_0) : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %flat0 = tensor.collapse_shape %r0 [[0, 1, 2]] : tensor<2x1x4xf32> into tensor<8xf32>
  %exp0 = arith.constant dense<[-7.80275249, 0.123702645, 2.55128217, 4.76681042, -4.510571, 1.88066781, -2.88566351, 2.52404809]> : tensor<8xf32>
  %got0 = tensor.cast %flat0 : tensor<8xf32> to tensor<?xf32>
  %want0 = tensor.cast %exp0 : tensor<8xf32> to tensor<?xf32>
  %atol0 = arith.constant 1.000000e-05 : f64
  %rtol0 = arith.constant 1.000000e-04 : f64
  %bad0 = call @mismatches_f32(%got0, %want0, %atol0, %rtol0) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id0 = arith.constant 1 : i32
  %status0 = call @record(%zero, %bad0, %id0) : (i32, i32, i32) -> i32
  %in1_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r1 = call @k1(%in1_0) : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %flat1 = tensor.cast %r1 : tensor<3xf32> to tensor<3xf32>
  %exp1 = arith.constant dense<[6.16633463, -8.29165459, -1.22715664]> : tensor<3xf32>
  %got1 = tensor.cast %flat1 : tensor<3xf32> to tensor<?xf32>
  %want1 = tensor.cast %exp1 : tensor<3xf32> to tensor<?xf32>
  %atol1 = arith.constant 1.000000e-05 : f64
  %rtol1 = arith.constant 1.000000e-04 : f64
  %bad1 = call @mismatches_f32(%got1, %want1, %atol1, %rtol1) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id1 = arith.constant 2 : i32
  %status1 = call @record(%status0, %bad1, %id1) : (i32, i32, i32) -> i32
  %in2_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r2 = call @k2(%in2_0) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %flat2 = tensor.collapse_shape %r2 [[0, 1, 2]] : tensor<1x1x1xf32> into tensor<1xf32>
  %exp2 = arith.constant dense<[-3.35247636]> : tensor<1xf32>
  %got2 = tensor.cast %flat2 : tensor<1xf32> to tensor<?xf32>
  %want2 = tensor.cast %exp2 : tensor<1xf32> to tensor<?xf32>
  %atol2 = arith.constant 1.000000e-05 : f64
  %rtol2 = arith.constant 1.000000e-04 : f64
  %bad2 = call @mismatches_f32(%got2, %want2, %atol2, %rtol2) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id2 = arith.constant 3 : i32
  %status2 = call @record(%status1, %bad2, %id2) : (i32, i32, i32) -> i32
  %in3_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r3 = call @k3(%in3_0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %flat3 = tensor.expand_shape %r3 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp3 = arith.constant dense<[-3.35247636]> : tensor<1xf32>
  %got3 = tensor.cast %flat3 : tensor<1xf32> to tensor<?xf32>
  %want3 = tensor.cast %exp3 : tensor<1xf32> to tensor<?xf32>
  %atol3 = arith.constant 1.000000e-05 : f64
  %rtol3 = arith.constant 1.000000e-04 : f64
  %bad3 = call @mismatches_f32(%got3, %want3, %atol3, %rtol3) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id3 = arith.constant 4 : i32
  %status3 = call @record(%status2, %bad3, %id3) : (i32, i32, i32) -> i32
  %in4_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn4_0 = tensor.cast %in4_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r4 = call @k4(%dyn4_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  %s4 = tensor.cast %r4 : tensor<?x3x1xf32> to tensor<2x3x1xf32>
  %flat4 = tensor.collapse_shape %s4 [[0, 1, 2]] : tensor<2x3x1xf32> into tensor<6xf32>
  %exp4 = arith.constant dense<[2.99272633, -4.24286556, 0.889181852, 3.1736083, -4.04878855, -2.11633849]> : tensor<6xf32>
  %got4 = tensor.cast %flat4 : tensor<6xf32> to tensor<?xf32>
  %want4 = tensor.cast %exp4 : tensor<6xf32> to tensor<?xf32>
  %atol4 = arith.constant 1.000000e-05 : f64
  %rtol4 = arith.constant 1.000000e-04 : f64
  %bad4 = call @mismatches_f32(%got4, %want4, %atol4, %rtol4) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id4 = arith.constant 5 : i32
  %status4 = call @record(%status3, %bad4, %id4) : (i32, i32, i32) -> i32
  %in5_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn5_0 = tensor.cast %in5_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r5 = call @k5(%dyn5_0) : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  %flat5 = tensor.collapse_shape %r5 [[0, 1, 2]] : tensor<1x3x4xf32> into tensor<12xf32>
  %exp5 = arith.constant dense<[-0.670292258, 0.671658754, 0.341214418, 5.82375383, -7.11408567, 2.19319725, -1.90673566, -1.46403003, -4.52894545, -0.860485554, 1.23114002, 2.9311347]> : tensor<12xf32>
  %got5 = tensor.cast %flat5 : tensor<12xf32> to tensor<?xf32>
  %want5 = tensor.cast %exp5 : tensor<12xf32> to tensor<?xf32>
  %atol5 = arith.constant 1.000000e-05 : f64
  %rtol5 = arith.constant 1.000000e-04 : f64
  %bad5 = call @mismatches_f32(%got5, %want5, %atol5, %rtol5) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id5 = arith.constant 6 : i32
  %status5 = call @record(%status4, %bad5, %id5) : (i32, i32, i32) -> i32
  %in6_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn6_0 = tensor.cast %in6_0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %r6 = call @k6(%dyn6_0) : (tensor<?x?x4xf32>) -> tensor<?xf32>
  %s6 = tensor.cast %r6 : tensor<?xf32> to tensor<2xf32>
  %flat6 = tensor.cast %s6 : tensor<2xf32> to tensor<2xf32>
  %exp6 = arith.constant dense<[-0.360956907, -2.99151897]> : tensor<2xf32>
  %got6 = tensor.cast %flat6 : tensor<2xf32> to tensor<?xf32>
  %want6 = tensor.cast %exp6 : tensor<2xf32> to tensor<?xf32>
  %atol6 = arith.constant 1.000000e-05 : f64
  %rtol6 = arith.constant 1.000000e-04 : f64
  %bad6 = call @mismatches_f32(%got6, %want6, %atol6, %rtol6) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id6 = arith.constant 7 : i32
  %status6 = call @record(%status5, %bad6, %id6) : (i32, i32, i32) -> i32
  %in7_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r7 = call @k7(%in7_0) : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %flat7 = tensor.collapse_shape %r7 [[0, 1, 2]] : tensor<2x1x4xf32> into tensor<8xf32>
  %exp7 = arith.constant dense<[-2.60091758, 0.0412342139, 0.850427389, 1.58893681, -1.50352371, 0.626889288, -0.961887836, 0.841349363]> : tensor<8xf32>
  %got7 = tensor.cast %flat7 : tensor<8xf32> to tensor<?xf32>
  %want7 = tensor.cast %exp7 : tensor<8xf32> to tensor<?xf32>
  %atol7 = arith.constant 1.000000e-05 : f64
  %rtol7 = arith.constant 1.000000e-04 : f64
  %bad7 = call @mismatches_f32(%got7, %want7, %atol7, %rtol7) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id7 = arith.constant 8 : i32
  %status7 = call @record(%status6, %bad7, %id7) : (i32, i32, i32) -> i32
  %in8_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r8 = call @k8(%in8_0) : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %flat8 = tensor.cast %r8 : tensor<3xf32> to tensor<3xf32>
  %exp8 = arith.constant dense<[0.770791829, -1.03645682, -0.15339458]> : tensor<3xf32>
  %got8 = tensor.cast %flat8 : tensor<3xf32> to tensor<?xf32>
  %want8 = tensor.cast %exp8 : tensor<3xf32> to tensor<?xf32>
  %atol8 = arith.constant 1.000000e-05 : f64
  %rtol8 = arith.constant 1.000000e-04 : f64
  %bad8 = call @mismatches_f32(%got8, %want8, %atol8, %rtol8) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id8 = arith.constant 9 : i32
  %status8 = call @record(%status7, %bad8, %id8) : (i32, i32, i32) -> i32
  %in9_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r9 = call @k9(%in9_0) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %flat9 = tensor.collapse_shape %r9 [[0, 1, 2]] : tensor<1x1x1xf32> into tensor<1xf32>
  %exp9 = arith.constant dense<[-0.13968651]> : tensor<1xf32>
  %got9 = tensor.cast %flat9 : tensor<1xf32> to tensor<?xf32>
  %want9 = tensor.cast %exp9 : tensor<1xf32> to tensor<?xf32>
  %atol9 = arith.constant 1.000000e-05 : f64
  %rtol9 = arith.constant 1.000000e-04 : f64
  %bad9 = call @mismatches_f32(%got9, %want9, %atol9, %rtol9) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id9 = arith.constant 10 : i32
  %status9 = call @record(%status8, %bad9, %id9) : (i32, i32, i32) -> i32
  %in10_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r10 = call @k10(%in10_0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %flat10 = tensor.expand_shape %r10 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp10 = arith.constant dense<[-0.13968651]> : tensor<1xf32>
  %got10 = tensor.cast %flat10 : tensor<1xf32> to tensor<?xf32>
  %want10 = tensor.cast %exp10 : tensor<1xf32> to tensor<?xf32>
  %atol10 = arith.constant 1.000000e-05 : f64
  %rtol10 = arith.constant 1.000000e-04 : f64
  %bad10 = call @mismatches_f32(%got10, %want10, %atol10, %rtol10) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id10 = arith.constant 11 : i32
  %status10 = call @record(%status9, %bad10, %id10) : (i32, i32, i32) -> i32
  %in11_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn11_0 = tensor.cast %in11_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r11 = call @k11(%dyn11_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  %s11 = tensor.cast %r11 : tensor<?x3x1xf32> to tensor<2x3x1xf32>
  %flat11 = tensor.collapse_shape %s11 [[0, 1, 2]] : tensor<2x3x1xf32> into tensor<6xf32>
  %exp11 = arith.constant dense<[0.748181581, -1.06071639, 0.222295463, 0.793402076, -1.01219714, -0.529084623]> : tensor<6xf32>
  %got11 = tensor.cast %flat11 : tensor<6xf32> to tensor<?xf32>
  %want11 = tensor.cast %exp11 : tensor<6xf32> to tensor<?xf32>
  %atol11 = arith.constant 1.000000e-05 : f64
  %rtol11 = arith.constant 1.000000e-04 : f64
  %bad11 = call @mismatches_f32(%got11, %want11, %atol11, %rtol11) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id11 = arith.constant 12 : i32
  %status11 = call @record(%status10, %bad11, %id11) : (i32, i32, i32) -> i32
  %in12_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn12_0 = tensor.cast %in12_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r12 = call @k12(%dyn12_0) : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  %flat12 = tensor.collapse_shape %r12 [[0, 1, 2]] : tensor<1x3x4xf32> into tensor<12xf32>
  %exp12 = arith.constant dense<[-0.335146129, 0.335829377, 0.170607209, 2.91187692, -3.55704284, 1.09659863, -0.953367829, -0.732015014, -2.26447272, -0.430242777, 0.615570009, 1.46556735]> : tensor<12xf32>
  %got12 = tensor.cast %flat12 : tensor<12xf32> to tensor<?xf32>
  %want12 = tensor.cast %exp12 : tensor<12xf32> to tensor<?xf32>
  %atol12 = arith.constant 1.000000e-05 : f64
  %rtol12 = arith.constant 1.000000e-04 : f64
  %bad12 = call @mismatches_f32(%got12, %want12, %atol12, %rtol12) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id12 = arith.constant 13 : i32
  %status12 = call @record(%status11, %bad12, %id12) : (i32, i32, i32) -> i32
  %in13_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn13_0 = tensor.cast %in13_0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %r13 = call @k13(%dyn13_0) : (tensor<?x?x4xf32>) -> tensor<?xf32>
  %s13 = tensor.cast %r13 : tensor<?xf32> to tensor<2xf32>
  %flat13 = tensor.cast %s13 : tensor<2xf32> to tensor<2xf32>
  %exp13 = arith.constant dense<[-0.0300797429, -0.249293253]> : tensor<2xf32>
  %got13 = tensor.cast %flat13 : tensor<2xf32> to tensor<?xf32>
  %want13 = tensor.cast %exp13 : tensor<2xf32> to tensor<?xf32>
  %atol13 = arith.constant 1.000000e-05 : f64
  %rtol13 = arith.constant 1.000000e-04 : f64
  %bad13 = call @mismatches_f32(%got13, %want13, %atol13, %rtol13) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id13 = arith.constant 14 : i32
  %status13 = call @record(%status12, %bad13, %id13) : (i32, i32, i32) -> i32
  %in14_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r14 = call @k14(%in14_0) : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %flat14 = tensor.collapse_shape %r14 [[0, 1, 2]] : tensor<2x1x4xf32> into tensor<8xf32>
  %exp14 = arith.constant dense<[-1.30358231, 0.483543754, 3.32744789, 3.15125203, 0.633290052, 2.20360374, 0.760378182, 4.50545835]> : tensor<8xf32>
  %got14 = tensor.cast %flat14 : tensor<8xf32> to tensor<?xf32>
  %want14 = tensor.cast %exp14 : tensor<8xf32> to tensor<?xf32>
  %atol14 = arith.constant 1.000000e-05 : f64
  %rtol14 = arith.constant 1.000000e-04 : f64
  %bad14 = call @mismatches_f32(%got14, %want14, %atol14, %rtol14) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id14 = arith.constant 15 : i32
  %status14 = call @record(%status13, %bad14, %id14) : (i32, i32, i32) -> i32
  %in15_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r15 = call @k15(%in15_0) : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %flat15 = tensor.cast %r15 : tensor<3xf32> to tensor<3xf32>
  %exp15 = arith.constant dense<[4.50545835, 2.20360374, 3.15125203]> : tensor<3xf32>
  %got15 = tensor.cast %flat15 : tensor<3xf32> to tensor<?xf32>
  %want15 = tensor.cast %exp15 : tensor<3xf32> to tensor<?xf32>
  %atol15 = arith.constant 1.000000e-05 : f64
  %rtol15 = arith.constant 1.000000e-04 : f64
  %bad15 = call @mismatches_f32(%got15, %want15, %atol15, %rtol15) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id15 = arith.constant 16 : i32
  %status15 = call @record(%status14, %bad15, %id15) : (i32, i32, i32) -> i32
  %in16_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r16 = call @k16(%in16_0) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %flat16 = tensor.collapse_shape %r16 [[0, 1, 2]] : tensor<1x1x1xf32> into tensor<1xf32>
  %exp16 = arith.constant dense<[4.50545835]> : tensor<1xf32>
  %got16 = tensor.cast %flat16 : tensor<1xf32> to tensor<?xf32>
  %want16 = tensor.cast %exp16 : tensor<1xf32> to tensor<?xf32>
  %atol16 = arith.constant 1.000000e-05 : f64
  %rtol16 = arith.constant 1.000000e-04 : f64
  %bad16 = call @mismatches_f32(%got16, %want16, %atol16, %rtol16) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id16 = arith.constant 17 : i32
  %status16 = call @record(%status15, %bad16, %id16) : (i32, i32, i32) -> i32
  %in17_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r17 = call @k17(%in17_0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %flat17 = tensor.expand_shape %r17 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp17 = arith.constant dense<[4.50545835]> : tensor<1xf32>
  %got17 = tensor.cast %flat17 : tensor<1xf32> to tensor<?xf32>
  %want17 = tensor.cast %exp17 : tensor<1xf32> to tensor<?xf32>
  %atol17 = arith.constant 1.000000e-05 : f64
  %rtol17 = arith.constant 1.000000e-04 : f64
  %bad17 = call @mismatches_f32(%got17, %want17, %atol17, %rtol17) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id17 = arith.constant 18 : i32
  %status17 = call @record(%status16, %bad17, %id17) : (i32, i32, i32) -> i32
  %in18_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn18_0 = tensor.cast %in18_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r18 = call @k18(%dyn18_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  %s18 = tensor.cast %r18 : tensor<?x3x1xf32> to tensor<2x3x1xf32>
  %flat18 = tensor.collapse_shape %s18 [[0, 1, 2]] : tensor<2x3x1xf32> into tensor<6xf32>
  %exp18 = arith.constant dense<[3.32744789, 0.297263056, 3.15125203, 4.50545835, 2.20360374, 0.760378182]> : tensor<6xf32>
  %got18 = tensor.cast %flat18 : tensor<6xf32> to tensor<?xf32>
  %want18 = tensor.cast %exp18 : tensor<6xf32> to tensor<?xf32>
  %atol18 = arith.constant 1.000000e-05 : f64
  %rtol18 = arith.constant 1.000000e-04 : f64
  %bad18 = call @mismatches_f32(%got18, %want18, %atol18, %rtol18) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id18 = arith.constant 19 : i32
  %status18 = call @record(%status17, %bad18, %id18) : (i32, i32, i32) -> i32
  %in19_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn19_0 = tensor.cast %in19_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r19 = call @k19(%dyn19_0) : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  %flat19 = tensor.collapse_shape %r19 [[0, 1, 2]] : tensor<1x3x4xf32> into tensor<12xf32>
  %exp19 = arith.constant dense<[0.633290052, 1.02109337, 3.32744789, 4.50545835, -3.28279448, 2.20360374, -0.659808159, 0.297263056, -1.31256998, 0.483543754, 0.760378182, 3.15125203]> : tensor<12xf32>
  %got19 = tensor.cast %flat19 : tensor<12xf32> to tensor<?xf32>
  %want19 = tensor.cast %exp19 : tensor<12xf32> to tensor<?xf32>
  %atol19 = arith.constant 1.000000e-05 : f64
  %rtol19 = arith.constant 1.000000e-04 : f64
  %bad19 = call @mismatches_f32(%got19, %want19, %atol19, %rtol19) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id19 = arith.constant 20 : i32
  %status19 = call @record(%status18, %bad19, %id19) : (i32, i32, i32) -> i32
  %in20_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn20_0 = tensor.cast %in20_0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %r20 = call @k20(%dyn20_0) : (tensor<?x?x4xf32>) -> tensor<?xf32>
  %s20 = tensor.cast %r20 : tensor<?xf32> to tensor<2xf32>
  %flat20 = tensor.cast %s20 : tensor<2xf32> to tensor<2xf32>
  %exp20 = arith.constant dense<[3.32744789, 4.50545835]> : tensor<2xf32>
  %got20 = tensor.cast %flat20 : tensor<2xf32> to tensor<?xf32>
  %want20 = tensor.cast %exp20 : tensor<2xf32> to tensor<?xf32>
  %atol20 = arith.constant 1.000000e-05 : f64
  %rtol20 = arith.constant 1.000000e-04 : f64
  %bad20 = call @mismatches_f32(%got20, %want20, %atol20, %rtol20) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id20 = arith.constant 21 : i32
  %status20 = call @record(%status19, %bad20, %id20) : (i32, i32, i32) -> i32
  %in21_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r21 = call @k21(%in21_0) : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %flat21 = tensor.collapse_shape %r21 [[0, 1, 2]] : tensor<2x1x4xf32> into tensor<8xf32>
  %exp21 = arith.constant dense<[-3.28279448, -0.349434584, -1.2469275, 0.297263056, -3.8312912, -1.34402931, -2.98623347, -1.76129305]> : tensor<8xf32>
  %got21 = tensor.cast %flat21 : tensor<8xf32> to tensor<?xf32>
  %want21 = tensor.cast %exp21 : tensor<8xf32> to tensor<?xf32>
  %atol21 = arith.constant 1.000000e-05 : f64
  %rtol21 = arith.constant 1.000000e-04 : f64
  %bad21 = call @mismatches_f32(%got21, %want21, %atol21, %rtol21) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id21 = arith.constant 22 : i32
  %status21 = call @record(%status20, %bad21, %id21) : (i32, i32, i32) -> i32
  %in22_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r22 = call @k22(%in22_0) : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %flat22 = tensor.cast %r22 : tensor<3xf32> to tensor<3xf32>
  %exp22 = arith.constant dense<[-2.98623347, -3.8312912, -3.21637559]> : tensor<3xf32>
  %got22 = tensor.cast %flat22 : tensor<3xf32> to tensor<?xf32>
  %want22 = tensor.cast %exp22 : tensor<3xf32> to tensor<?xf32>
  %atol22 = arith.constant 1.000000e-05 : f64
  %rtol22 = arith.constant 1.000000e-04 : f64
  %bad22 = call @mismatches_f32(%got22, %want22, %atol22, %rtol22) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id22 = arith.constant 23 : i32
  %status22 = call @record(%status21, %bad22, %id22) : (i32, i32, i32) -> i32
  %in23_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r23 = call @k23(%in23_0) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %flat23 = tensor.collapse_shape %r23 [[0, 1, 2]] : tensor<1x1x1xf32> into tensor<1xf32>
  %exp23 = arith.constant dense<[-3.8312912]> : tensor<1xf32>
  %got23 = tensor.cast %flat23 : tensor<1xf32> to tensor<?xf32>
  %want23 = tensor.cast %exp23 : tensor<1xf32> to tensor<?xf32>
  %atol23 = arith.constant 1.000000e-05 : f64
  %rtol23 = arith.constant 1.000000e-04 : f64
  %bad23 = call @mismatches_f32(%got23, %want23, %atol23, %rtol23) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id23 = arith.constant 24 : i32
  %status23 = call @record(%status22, %bad23, %id23) : (i32, i32, i32) -> i32
  %in24_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r24 = call @k24(%in24_0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %flat24 = tensor.expand_shape %r24 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp24 = arith.constant dense<[-3.8312912]> : tensor<1xf32>
  %got24 = tensor.cast %flat24 : tensor<1xf32> to tensor<?xf32>
  %want24 = tensor.cast %exp24 : tensor<1xf32> to tensor<?xf32>
  %atol24 = arith.constant 1.000000e-05 : f64
  %rtol24 = arith.constant 1.000000e-04 : f64
  %bad24 = call @mismatches_f32(%got24, %want24, %atol24, %rtol24) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id24 = arith.constant 25 : i32
  %status24 = call @record(%status23, %bad24, %id24) : (i32, i32, i32) -> i32
  %in25_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn25_0 = tensor.cast %in25_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r25 = call @k25(%dyn25_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  %s25 = tensor.cast %r25 : tensor<?x3x1xf32> to tensor<2x3x1xf32>
  %flat25 = tensor.collapse_shape %s25 [[0, 1, 2]] : tensor<2x3x1xf32> into tensor<6xf32>
  %exp25 = arith.constant dense<[-1.30358231, -3.28279448, -3.21637559, -2.98623347, -3.8312912, -1.34402931]> : tensor<6xf32>
  %got25 = tensor.cast %flat25 : tensor<6xf32> to tensor<?xf32>
  %want25 = tensor.cast %exp25 : tensor<6xf32> to tensor<?xf32>
  %atol25 = arith.constant 1.000000e-05 : f64
  %rtol25 = arith.constant 1.000000e-04 : f64
  %bad25 = call @mismatches_f32(%got25, %want25, %atol25, %rtol25) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id25 = arith.constant 26 : i32
  %status25 = call @record(%status24, %bad25, %id25) : (i32, i32, i32) -> i32
  %in26_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn26_0 = tensor.cast %in26_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r26 = call @k26(%dyn26_0) : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  %flat26 = tensor.collapse_shape %r26 [[0, 1, 2]] : tensor<1x3x4xf32> into tensor<12xf32>
  %exp26 = arith.constant dense<[-1.30358231, -0.349434584, -2.98623347, 1.31829548, -3.8312912, -0.0104065286, -1.2469275, -1.76129305, -3.21637559, -1.34402931, 0.470761836, -0.22011739]> : tensor<12xf32>
  %got26 = tensor.cast %flat26 : tensor<12xf32> to tensor<?xf32>
  %want26 = tensor.cast %exp26 : tensor<12xf32> to tensor<?xf32>
  %atol26 = arith.constant 1.000000e-05 : f64
  %rtol26 = arith.constant 1.000000e-04 : f64
  %bad26 = call @mismatches_f32(%got26, %want26, %atol26, %rtol26) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id26 = arith.constant 27 : i32
  %status26 = call @record(%status25, %bad26, %id26) : (i32, i32, i32) -> i32
  %in27_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn27_0 = tensor.cast %in27_0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %r27 = call @k27(%dyn27_0) : (tensor<?x?x4xf32>) -> tensor<?xf32>
  %s27 = tensor.cast %r27 : tensor<?xf32> to tensor<2xf32>
  %flat27 = tensor.cast %s27 : tensor<2xf32> to tensor<2xf32>
  %exp27 = arith.constant dense<[-3.28279448, -3.8312912]> : tensor<2xf32>
  %got27 = tensor.cast %flat27 : tensor<2xf32> to tensor<?xf32>
  %want27 = tensor.cast %exp27 : tensor<2xf32> to tensor<?xf32>
  %atol27 = arith.constant 1.000000e-05 : f64
  %rtol27 = arith.constant 1.000000e-04 : f64
  %bad27 = call @mismatches_f32(%got27, %want27, %atol27, %rtol27) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id27 = arith.constant 28 : i32
  %status27 = call @record(%status26, %bad27, %id27) : (i32, i32, i32) -> i32
  %in28_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r28 = call @k28(%in28_0) : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %flat28 = tensor.collapse_shape %r28 [[0, 1, 2]] : tensor<2x1x4xf32> into tensor<8xf32>
  %exp28 = arith.constant dense<[-13.7641344, 0.00175835891, -1.95323157, 1.2349143, 3.18471289, -3.02418041, 1.49820447, 1.74672663]> : tensor<8xf32>
  %got28 = tensor.cast %flat28 : tensor<8xf32> to tensor<?xf32>
  %want28 = tensor.cast %exp28 : tensor<8xf32> to tensor<?xf32>
  %atol28 = arith.constant 1.000000e-05 : f64
  %rtol28 = arith.constant 1.000000e-04 : f64
  %bad28 = call @mismatches_f32(%got28, %want28, %atol28, %rtol28) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id28 = arith.constant 29 : i32
  %status28 = call @record(%status27, %bad28, %id28) : (i32, i32, i32) -> i32
  %in29_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r29 = call @k29(%in29_0) : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %flat29 = tensor.cast %r29 : tensor<3xf32> to tensor<3xf32>
  %exp29 = arith.constant dense<[-17.3843822, 0.124239504, 0.681243062]> : tensor<3xf32>
  %got29 = tensor.cast %flat29 : tensor<3xf32> to tensor<?xf32>
  %want29 = tensor.cast %exp29 : tensor<3xf32> to tensor<?xf32>
  %atol29 = arith.constant 1.000000e-05 : f64
  %rtol29 = arith.constant 1.000000e-04 : f64
  %bad29 = call @mismatches_f32(%got29, %want29, %atol29, %rtol29) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id29 = arith.constant 30 : i32
  %status29 = call @record(%status28, %bad29, %id29) : (i32, i32, i32) -> i32
  %in30_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r30 = call @k30(%in30_0) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %flat30 = tensor.collapse_shape %r30 [[0, 1, 2]] : tensor<1x1x1xf32> into tensor<1xf32>
  %exp30 = arith.constant dense<[-1.47136724]> : tensor<1xf32>
  %got30 = tensor.cast %flat30 : tensor<1xf32> to tensor<?xf32>
  %want30 = tensor.cast %exp30 : tensor<1xf32> to tensor<?xf32>
  %atol30 = arith.constant 1.000000e-05 : f64
  %rtol30 = arith.constant 1.000000e-04 : f64
  %bad30 = call @mismatches_f32(%got30, %want30, %atol30, %rtol30) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id30 = arith.constant 31 : i32
  %status30 = call @record(%status29, %bad30, %id30) : (i32, i32, i32) -> i32
  %in31_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r31 = call @k31(%in31_0) : (tensor<2x3x4xf32>) -> tensor<f32>
  %flat31 = tensor.expand_shape %r31 [] output_shape [1] : tensor<f32> into tensor<1xf32>
  %exp31 = arith.constant dense<[-1.47136724]> : tensor<1xf32>
  %got31 = tensor.cast %flat31 : tensor<1xf32> to tensor<?xf32>
  %want31 = tensor.cast %exp31 : tensor<1xf32> to tensor<?xf32>
  %atol31 = arith.constant 1.000000e-05 : f64
  %rtol31 = arith.constant 1.000000e-04 : f64
  %bad31 = call @mismatches_f32(%got31, %want31, %atol31, %rtol31) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id31 = arith.constant 32 : i32
  %status31 = call @record(%status30, %bad31, %id31) : (i32, i32, i32) -> i32
  %in32_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn32_0 = tensor.cast %in32_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r32 = call @k32(%dyn32_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xf32>
  %s32 = tensor.cast %r32 : tensor<?x3x1xf32> to tensor<2x3x1xf32>
  %flat32 = tensor.collapse_shape %s32 [[0, 1, 2]] : tensor<2x3x1xf32> into tensor<6xf32>
  %exp32 = arith.constant dense<[1.99815142, -0.0126628578, -2.30720878, -8.70023251, -9.8113327, -0.295267195]> : tensor<6xf32>
  %got32 = tensor.cast %flat32 : tensor<6xf32> to tensor<?xf32>
  %want32 = tensor.cast %exp32 : tensor<6xf32> to tensor<?xf32>
  %atol32 = arith.constant 1.000000e-05 : f64
  %rtol32 = arith.constant 1.000000e-04 : f64
  %bad32 = call @mismatches_f32(%got32, %want32, %atol32, %rtol32) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id32 = arith.constant 33 : i32
  %status32 = call @record(%status31, %bad32, %id32) : (i32, i32, i32) -> i32
  %in33_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn33_0 = tensor.cast %in33_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r33 = call @k33(%dyn33_0) : (tensor<?x3x4xf32>) -> tensor<1x3x4xf32>
  %flat33 = tensor.collapse_shape %r33 [[0, 1, 2]] : tensor<1x3x4xf32> into tensor<12xf32>
  %exp33 = arith.constant dense<[-0.825545728, -0.356805325, -9.93653584, 5.9395256, 12.577342, -0.0229318645, 0.822732925, -0.523567379, 4.22171783, -0.649896979, 0.357957035, -0.693645358]> : tensor<12xf32>
  %got33 = tensor.cast %flat33 : tensor<12xf32> to tensor<?xf32>
  %want33 = tensor.cast %exp33 : tensor<12xf32> to tensor<?xf32>
  %atol33 = arith.constant 1.000000e-05 : f64
  %rtol33 = arith.constant 1.000000e-04 : f64
  %bad33 = call @mismatches_f32(%got33, %want33, %atol33, %rtol33) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id33 = arith.constant 34 : i32
  %status33 = call @record(%status32, %bad33, %id33) : (i32, i32, i32) -> i32
  %in34_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn34_0 = tensor.cast %in34_0 : tensor<2x3x4xf32> to tensor<?x?x4xf32>
  %r34 = call @k34(%dyn34_0) : (tensor<?x?x4xf32>) -> tensor<?xf32>
  %s34 = tensor.cast %r34 : tensor<?xf32> to tensor<2xf32>
  %flat34 = tensor.cast %s34 : tensor<2xf32> to tensor<2xf32>
  %exp34 = arith.constant dense<[0.0583777018, -25.2042656]> : tensor<2xf32>
  %got34 = tensor.cast %flat34 : tensor<2xf32> to tensor<?xf32>
  %want34 = tensor.cast %exp34 : tensor<2xf32> to tensor<?xf32>
  %atol34 = arith.constant 1.000000e-05 : f64
  %rtol34 = arith.constant 1.000000e-04 : f64
  %bad34 = call @mismatches_f32(%got34, %want34, %atol34, %rtol34) : (tensor<?xf32>, tensor<?xf32>, f64, f64) -> i32
  %id34 = arith.constant 35 : i32
  %status34 = call @record(%status33, %bad34, %id34) : (i32, i32, i32) -> i32
  %in35_0 = arith.constant dense<[[[-6, -1, 16, 6], [-16, 0, -6, 1], [-16, 2, 2, 15]], [[3, 5, -14, 22], [-19, 11, -3, -8], [-6, -6, 3, -1]]]> : tensor<2x3x4xi32>
  %r35 = call @k35(%in35_0) : (tensor<2x3x4xi32>) -> tensor<2x1x4xi32>
  %flat35 = tensor.collapse_shape %r35 [[0, 1, 2]] : tensor<2x1x4xi32> into tensor<8xi32>
  %exp35 = arith.constant dense<[-38, 1, 12, 22, -22, 10, -14, 13]> : tensor<8xi32>
  %got35 = tensor.cast %flat35 : tensor<8xi32> to tensor<?xi32>
  %want35 = tensor.cast %exp35 : tensor<8xi32> to tensor<?xi32>
  %atol35 = arith.constant 1.000000e-05 : f64
  %rtol35 = arith.constant 1.000000e-04 : f64
  %bad35 = call @mismatches_i32(%got35, %want35, %atol35, %rtol35) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id35 = arith.constant 36 : i32
  %status35 = call @record(%status34, %bad35, %id35) : (i32, i32, i32) -> i32
  %in36_0 = arith.constant dense<[[[-6, -1, 16, 6], [-16, 0, -6, 1], [-16, 2, 2, 15]], [[3, 5, -14, 22], [-19, 11, -3, -8], [-6, -6, 3, -1]]]> : tensor<2x3x4xi32>
  %r36 = call @k36(%in36_0) : (tensor<2x3x4xi32>) -> tensor<4xi32>
  %flat36 = tensor.cast %r36 : tensor<4xi32> to tensor<4xi32>
  %exp36 = arith.constant dense<[3, 11, 16, 22]> : tensor<4xi32>
  %got36 = tensor.cast %flat36 : tensor<4xi32> to tensor<?xi32>
  %want36 = tensor.cast %exp36 : tensor<4xi32> to tensor<?xi32>
  %atol36 = arith.constant 1.000000e-05 : f64
  %rtol36 = arith.constant 1.000000e-04 : f64
  %bad36 = call @mismatches_i32(%got36, %want36, %atol36, %rtol36) : (tensor<?xi32>, tensor<?xi32>, f64, f64) -> i32
  %id36 = arith.constant 37 : i32
  %status36 = call @record(%status35, %bad36, %id36) : (i32, i32, i32) -> i32
  %in37_0 = arith.constant dense<[[[-6, -1, 16, 6], [-16, 0, -6, 1], [-16, 2, 2, 15]], [[3, 5, -14, 22], [-19, 11, -3, -8], [-6, -6, 3, -1]]]> : tensor<2x3x4xi64>
  %r37 = call @k37(%in37_0) : (tensor<2x3x4xi64>) -> tensor<1x1x1xi64>
  %flat37 = tensor.collapse_shape %r37 [[0, 1, 2]] : tensor<1x1x1xi64> into tensor<1xi64>
  %exp37 = arith.constant dense<[-19]> : tensor<1xi64>
  %got37 = tensor.cast %flat37 : tensor<1xi64> to tensor<?xi64>
  %want37 = tensor.cast %exp37 : tensor<1xi64> to tensor<?xi64>
  %atol37 = arith.constant 1.000000e-05 : f64
  %rtol37 = arith.constant 1.000000e-04 : f64
  %bad37 = call @mismatches_i64(%got37, %want37, %atol37, %rtol37) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id37 = arith.constant 38 : i32
  %status37 = call @record(%status36, %bad37, %id37) : (i32, i32, i32) -> i32
  %in38_0 = arith.constant dense<[[[-1.3035823106765747, -0.34943458437919617, 3.3274478912353516, 1.3182954788208008], [-3.2827944755554199, -0.010406528599560261, -1.2469274997711182, 0.29726305603981018], [-3.2163755893707275, 0.4835437536239624, 0.47076183557510376, 3.1512520313262939]], [[0.63329005241394043, 1.0210933685302734, -2.9862334728240967, 4.5054583549499512], [-3.8312911987304688, 2.2036037445068359, -0.65980815887451172, -1.7612930536270142], [-1.3125699758529663, -1.3440293073654175, 0.76037818193435669, -0.22011739015579224]]]> : tensor<2x3x4xf64>
  %r38 = call @k38(%in38_0) : (tensor<2x3x4xf64>) -> tensor<2x3x1xf64>
  %flat38 = tensor.collapse_shape %r38 [[0, 1, 2]] : tensor<2x3x1xf64> into tensor<6xf64>
  %exp38 = arith.constant dense<[0.74818161875009537, -1.060716361971572, 0.22229550778865814, 0.79340207576751709, -1.0121971666812897, -0.52908462285995483]> : tensor<6xf64>
  %got38 = tensor.cast %flat38 : tensor<6xf64> to tensor<?xf64>
  %want38 = tensor.cast %exp38 : tensor<6xf64> to tensor<?xf64>
  %atol38 = arith.constant 1.000000e-05 : f64
  %rtol38 = arith.constant 1.000000e-04 : f64
  %bad38 = call @mismatches_f64(%got38, %want38, %atol38, %rtol38) : (tensor<?xf64>, tensor<?xf64>, f64, f64) -> i32
  %id38 = arith.constant 39 : i32
  %status38 = call @record(%status37, %bad38, %id38) : (i32, i32, i32) -> i32
  %in39_0 = arith.constant dense<[[[-1.30371094, -0.349365234, 3.328125, 1.31835938], [-3.28320312, -0.0104064941, -1.24707031, 0.297363281], [-3.21679688, 0.483642578, 0.470703125, 3.15039062]], [[0.633300781, 1.02148438, -2.98632812, 4.50390625], [-3.83203125, 2.203125, -0.659667969, -1.76171875], [-1.3125, -1.34375, 0.760253906, -0.220092773]]]> : tensor<2x3x4xf16>
  %r39 = call @k39(%in39_0) : (tensor<2x3x4xf16>) -> tensor<2x3x1xf16>
  %flat39 = tensor.collapse_shape %r39 [[0, 1, 2]] : tensor<2x3x1xf16> into tensor<6xf16>
  %exp39 = arith.constant dense<[2.99414062, -4.2421875, 0.887695312, 3.171875, -4.05078125, -2.11523438]> : tensor<6xf16>
  %got39 = tensor.cast %flat39 : tensor<6xf16> to tensor<?xf16>
  %want39 = tensor.cast %exp39 : tensor<6xf16> to tensor<?xf16>
  %atol39 = arith.constant 1.000000e-02 : f64
  %rtol39 = arith.constant 1.000000e-02 : f64
  %bad39 = call @mismatches_f16(%got39, %want39, %atol39, %rtol39) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id39 = arith.constant 40 : i32
  %status39 = call @record(%status38, %bad39, %id39) : (i32, i32, i32) -> i32
  %in40_0 = arith.constant dense<[[[-1.30371094, -0.349365234, 3.328125, 1.31835938], [-3.28320312, -0.0104064941, -1.24707031, 0.297363281], [-3.21679688, 0.483642578, 0.470703125, 3.15039062]], [[0.633300781, 1.02148438, -2.98632812, 4.50390625], [-3.83203125, 2.203125, -0.659667969, -1.76171875], [-1.3125, -1.34375, 0.760253906, -0.220092773]]]> : tensor<2x3x4xf16>
  %r40 = call @k40(%in40_0) : (tensor<2x3x4xf16>) -> tensor<f16>
  %flat40 = tensor.expand_shape %r40 [] output_shape [1] : tensor<f16> into tensor<1xf16>
  %exp40 = arith.constant dense<[-0.139892578]> : tensor<1xf16>
  %got40 = tensor.cast %flat40 : tensor<1xf16> to tensor<?xf16>
  %want40 = tensor.cast %exp40 : tensor<1xf16> to tensor<?xf16>
  %atol40 = arith.constant 1.000000e-02 : f64
  %rtol40 = arith.constant 1.000000e-02 : f64
  %bad40 = call @mismatches_f16(%got40, %want40, %atol40, %rtol40) : (tensor<?xf16>, tensor<?xf16>, f64, f64) -> i32
  %id40 = arith.constant 41 : i32
  %status40 = call @record(%status39, %bad40, %id40) : (i32, i32, i32) -> i32
  %in41_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r41 = call @k41(%in41_0) : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  %flat41 = tensor.collapse_shape %r41 [[0, 1, 2]] : tensor<1x3x4xi64> into tensor<12xi64>
  %exp41 = arith.constant dense<[1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0]> : tensor<12xi64>
  %got41 = tensor.cast %flat41 : tensor<12xi64> to tensor<?xi64>
  %want41 = tensor.cast %exp41 : tensor<12xi64> to tensor<?xi64>
  %atol41 = arith.constant 2.000000e-06 : f64
  %rtol41 = arith.constant 2.000000e-05 : f64
  %bad41 = call @mismatches_i64(%got41, %want41, %atol41, %rtol41) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id41 = arith.constant 42 : i32
  %status41 = call @record(%status40, %bad41, %id41) : (i32, i32, i32) -> i32
  %in42_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r42 = call @k42(%in42_0) : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %flat42 = tensor.collapse_shape %r42 [[0, 1]] : tensor<2x4xi64> into tensor<8xi64>
  %exp42 = arith.constant dense<[0, 2, 0, 2, 0, 1, 2, 0]> : tensor<8xi64>
  %got42 = tensor.cast %flat42 : tensor<8xi64> to tensor<?xi64>
  %want42 = tensor.cast %exp42 : tensor<8xi64> to tensor<?xi64>
  %atol42 = arith.constant 2.000000e-06 : f64
  %rtol42 = arith.constant 2.000000e-05 : f64
  %bad42 = call @mismatches_i64(%got42, %want42, %atol42, %rtol42) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id42 = arith.constant 43 : i32
  %status42 = call @record(%status41, %bad42, %id42) : (i32, i32, i32) -> i32
  %in43_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn43_0 = tensor.cast %in43_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r43 = call @k43(%dyn43_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xi64>
  %s43 = tensor.cast %r43 : tensor<?x3x1xi64> to tensor<2x3x1xi64>
  %flat43 = tensor.collapse_shape %s43 [[0, 1, 2]] : tensor<2x3x1xi64> into tensor<6xi64>
  %exp43 = arith.constant dense<[2, 3, 3, 3, 1, 2]> : tensor<6xi64>
  %got43 = tensor.cast %flat43 : tensor<6xi64> to tensor<?xi64>
  %want43 = tensor.cast %exp43 : tensor<6xi64> to tensor<?xi64>
  %atol43 = arith.constant 2.000000e-06 : f64
  %rtol43 = arith.constant 2.000000e-05 : f64
  %bad43 = call @mismatches_i64(%got43, %want43, %atol43, %rtol43) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id43 = arith.constant 44 : i32
  %status43 = call @record(%status42, %bad43, %id43) : (i32, i32, i32) -> i32
  %in44_0 = arith.constant dense<[[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0], [-1.0, -5.0, -5.0, -1.0]]> : tensor<3x4xf32>
  %r44 = call @k44(%in44_0) : (tensor<3x4xf32>) -> tensor<3x1xi64>
  %flat44 = tensor.collapse_shape %r44 [[0, 1]] : tensor<3x1xi64> into tensor<3xi64>
  %exp44 = arith.constant dense<[1, 0, 0]> : tensor<3xi64>
  %got44 = tensor.cast %flat44 : tensor<3xi64> to tensor<?xi64>
  %want44 = tensor.cast %exp44 : tensor<3xi64> to tensor<?xi64>
  %atol44 = arith.constant 2.000000e-06 : f64
  %rtol44 = arith.constant 2.000000e-05 : f64
  %bad44 = call @mismatches_i64(%got44, %want44, %atol44, %rtol44) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id44 = arith.constant 45 : i32
  %status44 = call @record(%status43, %bad44, %id44) : (i32, i32, i32) -> i32
  %in45_0 = arith.constant dense<[[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0], [-1.0, -5.0, -5.0, -1.0]]> : tensor<3x4xf32>
  %r45 = call @k45(%in45_0) : (tensor<3x4xf32>) -> tensor<3x1xi64>
  %flat45 = tensor.collapse_shape %r45 [[0, 1]] : tensor<3x1xi64> into tensor<3xi64>
  %exp45 = arith.constant dense<[2, 3, 3]> : tensor<3xi64>
  %got45 = tensor.cast %flat45 : tensor<3xi64> to tensor<?xi64>
  %want45 = tensor.cast %exp45 : tensor<3xi64> to tensor<?xi64>
  %atol45 = arith.constant 2.000000e-06 : f64
  %rtol45 = arith.constant 2.000000e-05 : f64
  %bad45 = call @mismatches_i64(%got45, %want45, %atol45, %rtol45) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id45 = arith.constant 46 : i32
  %status45 = call @record(%status44, %bad45, %id45) : (i32, i32, i32) -> i32
  %in46_0 = arith.constant dense<[[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0], [-1.0, -5.0, -5.0, -1.0]]> : tensor<3x4xf32>
  %r46 = call @k46(%in46_0) : (tensor<3x4xf32>) -> tensor<4xi64>
  %flat46 = tensor.cast %r46 : tensor<4xi64> to tensor<4xi64>
  %exp46 = arith.constant dense<[1, 0, 0, 1]> : tensor<4xi64>
  %got46 = tensor.cast %flat46 : tensor<4xi64> to tensor<?xi64>
  %want46 = tensor.cast %exp46 : tensor<4xi64> to tensor<?xi64>
  %atol46 = arith.constant 2.000000e-06 : f64
  %rtol46 = arith.constant 2.000000e-05 : f64
  %bad46 = call @mismatches_i64(%got46, %want46, %atol46, %rtol46) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id46 = arith.constant 47 : i32
  %status46 = call @record(%status45, %bad46, %id46) : (i32, i32, i32) -> i32
  %in47_0 = arith.constant dense<[[[-6, -1, 16, 6], [-16, 0, -6, 1], [-16, 2, 2, 15]], [[3, 5, -14, 22], [-19, 11, -3, -8], [-6, -6, 3, -1]]]> : tensor<2x3x4xi32>
  %r47 = call @k47(%in47_0) : (tensor<2x3x4xi32>) -> tensor<2x3x1xi64>
  %flat47 = tensor.collapse_shape %r47 [[0, 1, 2]] : tensor<2x3x1xi64> into tensor<6xi64>
  %exp47 = arith.constant dense<[2, 3, 3, 3, 1, 2]> : tensor<6xi64>
  %got47 = tensor.cast %flat47 : tensor<6xi64> to tensor<?xi64>
  %want47 = tensor.cast %exp47 : tensor<6xi64> to tensor<?xi64>
  %atol47 = arith.constant 2.000000e-06 : f64
  %rtol47 = arith.constant 2.000000e-05 : f64
  %bad47 = call @mismatches_i64(%got47, %want47, %atol47, %rtol47) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id47 = arith.constant 48 : i32
  %status47 = call @record(%status46, %bad47, %id47) : (i32, i32, i32) -> i32
  %in48_0 = arith.constant dense<[[2, 6, 6, 0], [4, 4, 4, 4], [-2, -10, -10, -2]]> : tensor<3x4xi64>
  %r48 = call @k48(%in48_0) : (tensor<3x4xi64>) -> tensor<3x1xi64>
  %flat48 = tensor.collapse_shape %r48 [[0, 1]] : tensor<3x1xi64> into tensor<3xi64>
  %exp48 = arith.constant dense<[2, 3, 3]> : tensor<3xi64>
  %got48 = tensor.cast %flat48 : tensor<3xi64> to tensor<?xi64>
  %want48 = tensor.cast %exp48 : tensor<3xi64> to tensor<?xi64>
  %atol48 = arith.constant 2.000000e-06 : f64
  %rtol48 = arith.constant 2.000000e-05 : f64
  %bad48 = call @mismatches_i64(%got48, %want48, %atol48, %rtol48) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id48 = arith.constant 49 : i32
  %status48 = call @record(%status47, %bad48, %id48) : (i32, i32, i32) -> i32
  %in49_0 = arith.constant dense<[[0xFF800000, 0xFF800000, 0xFF800000], [0xFF800000, 0xFF800000, 0xFF800000]]> : tensor<2x3xf32>
  %r49 = call @k49(%in49_0) : (tensor<2x3xf32>) -> tensor<2x1xi64>
  %flat49 = tensor.collapse_shape %r49 [[0, 1]] : tensor<2x1xi64> into tensor<2xi64>
  %exp49 = arith.constant dense<[0, 0]> : tensor<2xi64>
  %got49 = tensor.cast %flat49 : tensor<2xi64> to tensor<?xi64>
  %want49 = tensor.cast %exp49 : tensor<2xi64> to tensor<?xi64>
  %atol49 = arith.constant 2.000000e-06 : f64
  %rtol49 = arith.constant 2.000000e-05 : f64
  %bad49 = call @mismatches_i64(%got49, %want49, %atol49, %rtol49) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id49 = arith.constant 50 : i32
  %status49 = call @record(%status48, %bad49, %id49) : (i32, i32, i32) -> i32
  %in50_0 = arith.constant dense<[[0xFF800000, 0xFF800000, 0xFF800000], [0xFF800000, 0xFF800000, 0xFF800000]]> : tensor<2x3xf32>
  %r50 = call @k50(%in50_0) : (tensor<2x3xf32>) -> tensor<2x1xi64>
  %flat50 = tensor.collapse_shape %r50 [[0, 1]] : tensor<2x1xi64> into tensor<2xi64>
  %exp50 = arith.constant dense<[2, 2]> : tensor<2xi64>
  %got50 = tensor.cast %flat50 : tensor<2xi64> to tensor<?xi64>
  %want50 = tensor.cast %exp50 : tensor<2xi64> to tensor<?xi64>
  %atol50 = arith.constant 2.000000e-06 : f64
  %rtol50 = arith.constant 2.000000e-05 : f64
  %bad50 = call @mismatches_i64(%got50, %want50, %atol50, %rtol50) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id50 = arith.constant 51 : i32
  %status50 = call @record(%status49, %bad50, %id50) : (i32, i32, i32) -> i32
  %in51_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r51 = call @k51(%in51_0) : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  %flat51 = tensor.collapse_shape %r51 [[0, 1, 2]] : tensor<1x3x4xi64> into tensor<12xi64>
  %exp51 = arith.constant dense<[0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1]> : tensor<12xi64>
  %got51 = tensor.cast %flat51 : tensor<12xi64> to tensor<?xi64>
  %want51 = tensor.cast %exp51 : tensor<12xi64> to tensor<?xi64>
  %atol51 = arith.constant 2.000000e-06 : f64
  %rtol51 = arith.constant 2.000000e-05 : f64
  %bad51 = call @mismatches_i64(%got51, %want51, %atol51, %rtol51) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id51 = arith.constant 52 : i32
  %status51 = call @record(%status50, %bad51, %id51) : (i32, i32, i32) -> i32
  %in52_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %r52 = call @k52(%in52_0) : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %flat52 = tensor.collapse_shape %r52 [[0, 1]] : tensor<2x4xi64> into tensor<8xi64>
  %exp52 = arith.constant dense<[1, 0, 1, 1, 1, 2, 0, 1]> : tensor<8xi64>
  %got52 = tensor.cast %flat52 : tensor<8xi64> to tensor<?xi64>
  %want52 = tensor.cast %exp52 : tensor<8xi64> to tensor<?xi64>
  %atol52 = arith.constant 2.000000e-06 : f64
  %rtol52 = arith.constant 2.000000e-05 : f64
  %bad52 = call @mismatches_i64(%got52, %want52, %atol52, %rtol52) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id52 = arith.constant 53 : i32
  %status52 = call @record(%status51, %bad52, %id52) : (i32, i32, i32) -> i32
  %in53_0 = arith.constant dense<[[[-1.30358231, -0.349434584, 3.32744789, 1.31829548], [-3.28279448, -0.0104065286, -1.2469275, 0.297263056], [-3.21637559, 0.483543754, 0.470761836, 3.15125203]], [[0.633290052, 1.02109337, -2.98623347, 4.50545835], [-3.8312912, 2.20360374, -0.659808159, -1.76129305], [-1.31256998, -1.34402931, 0.760378182, -0.22011739]]]> : tensor<2x3x4xf32>
  %dyn53_0 = tensor.cast %in53_0 : tensor<2x3x4xf32> to tensor<?x3x4xf32>
  %r53 = call @k53(%dyn53_0) : (tensor<?x3x4xf32>) -> tensor<?x3x1xi64>
  %s53 = tensor.cast %r53 : tensor<?x3x1xi64> to tensor<2x3x1xi64>
  %flat53 = tensor.collapse_shape %s53 [[0, 1, 2]] : tensor<2x3x1xi64> into tensor<6xi64>
  %exp53 = arith.constant dense<[0, 0, 0, 2, 0, 1]> : tensor<6xi64>
  %got53 = tensor.cast %flat53 : tensor<6xi64> to tensor<?xi64>
  %want53 = tensor.cast %exp53 : tensor<6xi64> to tensor<?xi64>
  %atol53 = arith.constant 2.000000e-06 : f64
  %rtol53 = arith.constant 2.000000e-05 : f64
  %bad53 = call @mismatches_i64(%got53, %want53, %atol53, %rtol53) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id53 = arith.constant 54 : i32
  %status53 = call @record(%status52, %bad53, %id53) : (i32, i32, i32) -> i32
  %in54_0 = arith.constant dense<[[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0], [-1.0, -5.0, -5.0, -1.0]]> : tensor<3x4xf32>
  %r54 = call @k54(%in54_0) : (tensor<3x4xf32>) -> tensor<3x1xi64>
  %flat54 = tensor.collapse_shape %r54 [[0, 1]] : tensor<3x1xi64> into tensor<3xi64>
  %exp54 = arith.constant dense<[3, 0, 1]> : tensor<3xi64>
  %got54 = tensor.cast %flat54 : tensor<3xi64> to tensor<?xi64>
  %want54 = tensor.cast %exp54 : tensor<3xi64> to tensor<?xi64>
  %atol54 = arith.constant 2.000000e-06 : f64
  %rtol54 = arith.constant 2.000000e-05 : f64
  %bad54 = call @mismatches_i64(%got54, %want54, %atol54, %rtol54) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id54 = arith.constant 55 : i32
  %status54 = call @record(%status53, %bad54, %id54) : (i32, i32, i32) -> i32
  %in55_0 = arith.constant dense<[[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0], [-1.0, -5.0, -5.0, -1.0]]> : tensor<3x4xf32>
  %r55 = call @k55(%in55_0) : (tensor<3x4xf32>) -> tensor<3x1xi64>
  %flat55 = tensor.collapse_shape %r55 [[0, 1]] : tensor<3x1xi64> into tensor<3xi64>
  %exp55 = arith.constant dense<[3, 3, 2]> : tensor<3xi64>
  %got55 = tensor.cast %flat55 : tensor<3xi64> to tensor<?xi64>
  %want55 = tensor.cast %exp55 : tensor<3xi64> to tensor<?xi64>
  %atol55 = arith.constant 2.000000e-06 : f64
  %rtol55 = arith.constant 2.000000e-05 : f64
  %bad55 = call @mismatches_i64(%got55, %want55, %atol55, %rtol55) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id55 = arith.constant 56 : i32
  %status55 = call @record(%status54, %bad55, %id55) : (i32, i32, i32) -> i32
  %in56_0 = arith.constant dense<[[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0], [-1.0, -5.0, -5.0, -1.0]]> : tensor<3x4xf32>
  %r56 = call @k56(%in56_0) : (tensor<3x4xf32>) -> tensor<4xi64>
  %flat56 = tensor.cast %r56 : tensor<4xi64> to tensor<4xi64>
  %exp56 = arith.constant dense<[2, 2, 2, 2]> : tensor<4xi64>
  %got56 = tensor.cast %flat56 : tensor<4xi64> to tensor<?xi64>
  %want56 = tensor.cast %exp56 : tensor<4xi64> to tensor<?xi64>
  %atol56 = arith.constant 2.000000e-06 : f64
  %rtol56 = arith.constant 2.000000e-05 : f64
  %bad56 = call @mismatches_i64(%got56, %want56, %atol56, %rtol56) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id56 = arith.constant 57 : i32
  %status56 = call @record(%status55, %bad56, %id56) : (i32, i32, i32) -> i32
  %in57_0 = arith.constant dense<[[[-6, -1, 16, 6], [-16, 0, -6, 1], [-16, 2, 2, 15]], [[3, 5, -14, 22], [-19, 11, -3, -8], [-6, -6, 3, -1]]]> : tensor<2x3x4xi32>
  %r57 = call @k57(%in57_0) : (tensor<2x3x4xi32>) -> tensor<2x3x1xi64>
  %flat57 = tensor.collapse_shape %r57 [[0, 1, 2]] : tensor<2x3x1xi64> into tensor<6xi64>
  %exp57 = arith.constant dense<[0, 0, 0, 2, 0, 0]> : tensor<6xi64>
  %got57 = tensor.cast %flat57 : tensor<6xi64> to tensor<?xi64>
  %want57 = tensor.cast %exp57 : tensor<6xi64> to tensor<?xi64>
  %atol57 = arith.constant 2.000000e-06 : f64
  %rtol57 = arith.constant 2.000000e-05 : f64
  %bad57 = call @mismatches_i64(%got57, %want57, %atol57, %rtol57) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id57 = arith.constant 58 : i32
  %status57 = call @record(%status56, %bad57, %id57) : (i32, i32, i32) -> i32
  %in58_0 = arith.constant dense<[[2, 6, 6, 0], [4, 4, 4, 4], [-2, -10, -10, -2]]> : tensor<3x4xi64>
  %r58 = call @k58(%in58_0) : (tensor<3x4xi64>) -> tensor<3x1xi64>
  %flat58 = tensor.collapse_shape %r58 [[0, 1]] : tensor<3x1xi64> into tensor<3xi64>
  %exp58 = arith.constant dense<[3, 3, 2]> : tensor<3xi64>
  %got58 = tensor.cast %flat58 : tensor<3xi64> to tensor<?xi64>
  %want58 = tensor.cast %exp58 : tensor<3xi64> to tensor<?xi64>
  %atol58 = arith.constant 2.000000e-06 : f64
  %rtol58 = arith.constant 2.000000e-05 : f64
  %bad58 = call @mismatches_i64(%got58, %want58, %atol58, %rtol58) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id58 = arith.constant 59 : i32
  %status58 = call @record(%status57, %bad58, %id58) : (i32, i32, i32) -> i32
  %in59_0 = arith.constant dense<[[0x7F800000, 0x7F800000, 0x7F800000], [0x7F800000, 0x7F800000, 0x7F800000]]> : tensor<2x3xf32>
  %r59 = call @k59(%in59_0) : (tensor<2x3xf32>) -> tensor<2x1xi64>
  %flat59 = tensor.collapse_shape %r59 [[0, 1]] : tensor<2x1xi64> into tensor<2xi64>
  %exp59 = arith.constant dense<[0, 0]> : tensor<2xi64>
  %got59 = tensor.cast %flat59 : tensor<2xi64> to tensor<?xi64>
  %want59 = tensor.cast %exp59 : tensor<2xi64> to tensor<?xi64>
  %atol59 = arith.constant 2.000000e-06 : f64
  %rtol59 = arith.constant 2.000000e-05 : f64
  %bad59 = call @mismatches_i64(%got59, %want59, %atol59, %rtol59) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id59 = arith.constant 60 : i32
  %status59 = call @record(%status58, %bad59, %id59) : (i32, i32, i32) -> i32
  %in60_0 = arith.constant dense<[[0x7F800000, 0x7F800000, 0x7F800000], [0x7F800000, 0x7F800000, 0x7F800000]]> : tensor<2x3xf32>
  %r60 = call @k60(%in60_0) : (tensor<2x3xf32>) -> tensor<2x1xi64>
  %flat60 = tensor.collapse_shape %r60 [[0, 1]] : tensor<2x1xi64> into tensor<2xi64>
  %exp60 = arith.constant dense<[2, 2]> : tensor<2xi64>
  %got60 = tensor.cast %flat60 : tensor<2xi64> to tensor<?xi64>
  %want60 = tensor.cast %exp60 : tensor<2xi64> to tensor<?xi64>
  %atol60 = arith.constant 2.000000e-06 : f64
  %rtol60 = arith.constant 2.000000e-05 : f64
  %bad60 = call @mismatches_i64(%got60, %want60, %atol60, %rtol60) : (tensor<?xi64>, tensor<?xi64>, f64, f64) -> i32
  %id60 = arith.constant 61 : i32
  %status60 = call @record(%status59, %bad60, %id60) : (i32, i32, i32) -> i32
  return %status60 : i32
}
