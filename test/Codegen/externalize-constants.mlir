// RUN: mcc-opt %s -mcc-externalize-constants=min-bytes=64 | FileCheck %s
// Large constant globals lose their data to the mcc.weights attribute.

// CHECK: module attributes {mcc.weights = {__mcc_weight_0 = dense<1.000000e+00> : tensor<32xf32>}}
// CHECK: memref.global @__mcc_weight_0 : memref<32xf32>
// CHECK: memref.global "private" constant @small : memref<4xf32> = dense<2.000000e+00>
// CHECK: memref.global "private" @mutable : memref<32xf32> = dense<0.000000e+00>
// CHECK: memref.get_global @__mcc_weight_0 : memref<32xf32>
module {
  memref.global "private" constant @large : memref<32xf32> = dense<1.0>
  memref.global "private" constant @small : memref<4xf32> = dense<2.0>
  memref.global "private" @mutable : memref<32xf32> = dense<0.0>
  func.func @main() -> memref<32xf32> {
    %0 = memref.get_global @large : memref<32xf32>
    return %0 : memref<32xf32>
  }
}
