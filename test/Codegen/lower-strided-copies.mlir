// RUN: mcc-opt %s -split-input-file -mcc-lower-strided-copies | FileCheck %s

// CHECK-LABEL: func.func @strided
// CHECK: linalg.copy ins(%arg0 : memref<4x4xf32, strided<[8, 1]>>) outs(%arg1 : memref<4x4xf32>)
// CHECK-NOT: memref.copy
func.func @strided(%a: memref<4x4xf32, strided<[8, 1]>>, %b: memref<4x4xf32>) {
  memref.copy %a, %b : memref<4x4xf32, strided<[8, 1]>> to memref<4x4xf32>
  return
}

// -----

// Dense to dense stays a memcpy.
// CHECK-LABEL: func.func @dense
// CHECK: memref.copy
// CHECK-NOT: linalg.copy
func.func @dense(%a: memref<4x4xf32>, %b: memref<4x4xf32>) {
  memref.copy %a, %b : memref<4x4xf32> to memref<4x4xf32>
  return
}
