// RUN: mcc-opt %s -mcc-guard-dynamic-allocs | FileCheck %s

// A buffer of ?x3x? floats: the first size may be at most 2^40 / 3, the second at most
// that divided by the first (unsigned compares, so a negative size fails as well); a
// failing check calls the runtime, which ends the run.
// CHECK-LABEL: func.func private @mcc_kernel_invalid_size()
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[M:[^ :]+]]: index, %[[N:[^ :]+]]: index
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[LIMIT:.*]] = arith.constant 366503875925 : index
// CHECK: %[[B0:.*]] = arith.divui %[[LIMIT]], %{{.*}} : index
// CHECK: %[[F0:.*]] = arith.cmpi ule, %[[M]], %[[B0]] : index
// CHECK: %[[P1:.*]] = arith.muli %{{.*}}, %[[M]] : index
// CHECK: %[[D1:.*]] = arith.maxui %[[P1]], %[[ONE]] : index
// CHECK: %[[B1:.*]] = arith.divui %[[LIMIT]], %[[D1]] : index
// CHECK: %[[F1:.*]] = arith.cmpi ule, %[[N]], %[[B1]] : index
// CHECK: %[[OK:.*]] = arith.andi %{{.*}}, %[[F1]] : i1
// CHECK: %[[BAD:.*]] = arith.xori %[[OK]], %{{.*}} : i1
// CHECK: scf.if %[[BAD]] {
// CHECK-NEXT: func.call @mcc_kernel_invalid_size() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: %[[BUF:.*]] = memref.alloc(%[[M]], %[[N]]) : memref<?x3x?xf32>
func.func @main(%m: index, %n: index) -> memref<?x3x?xf32> {
  %buf = memref.alloc(%m, %n) : memref<?x3x?xf32>
  return %buf : memref<?x3x?xf32>
}

// A static allocation is left alone, and no declaration is added for it.
// CHECK-LABEL: func.func @static_only(
// CHECK-NOT: arith.cmpi
// CHECK: memref.alloc() : memref<4xf32>
func.func @static_only() -> memref<4xf32> {
  %buf = memref.alloc() : memref<4xf32>
  return %buf : memref<4xf32>
}
