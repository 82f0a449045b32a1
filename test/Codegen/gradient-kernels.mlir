// RUN: mcc-opt %s -split-input-file -mcc-lower-to-kernel-calls | FileCheck %s --check-prefix=KERNEL
// RUN: mcc-opt %s -split-input-file -convert-mcc-to-linalg | FileCheck %s --check-prefix=LOOPS

// The gradient ops of training steps run as kernels; without them they decompose into
// forward ops, which lower like any other.
// KERNEL-LABEL: func.func @max_pool_grad
// KERNEL: call @mcc_kernel_max_pool2d_grad({{.*}}) : (memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, i64, i64, i64, i64, i64, i64, i64, i64) -> ()
// KERNEL-NOT: mcc.max_pool_grad
// LOOPS-LABEL: func.func @max_pool_grad
// LOOPS-NOT: mcc.
// LOOPS: linalg.conv_2d_nchw_fchw
// LOOPS-NOT: mcc.
func.func @max_pool_grad(%x: tensor<?x3x6x6xf32>, %dy: tensor<?x3x3x3xf32>) -> tensor<?x3x6x6xf32> {
  %dx = mcc.max_pool_grad %x, %dy {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x3x6x6xf32>, tensor<?x3x3x3xf32>) -> tensor<?x3x6x6xf32>
  return %dx : tensor<?x3x6x6xf32>
}

// -----

// KERNEL-LABEL: func.func @conv_weight_grad
// KERNEL: call @mcc_kernel_conv2d_weight_grad
// KERNEL-NOT: mcc.conv_weight_grad
// LOOPS-LABEL: func.func @conv_weight_grad
// LOOPS-NOT: mcc.
// LOOPS: linalg.conv_2d_nchw_fchw
// LOOPS-NOT: mcc.
func.func @conv_weight_grad(%x: tensor<?x2x5x5xf32>, %dy: tensor<?x4x3x3xf32>) -> tensor<4x2x3x3xf32> {
  %dw = mcc.conv_weight_grad %x, %dy {kernel_shape = array<i64: 3, 3>, strides = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, dilations = array<i64: 1, 1>} : (tensor<?x2x5x5xf32>, tensor<?x4x3x3xf32>) -> tensor<4x2x3x3xf32>
  return %dw : tensor<4x2x3x3xf32>
}
