// RUN: mcc-opt %s -split-input-file -mcc-outline-parallel-loops | FileCheck %s

// A large elementwise loop with a broadcast operand, a scalar from above and the
// outer index: the rows [begin, end) of the split operands, the broadcast one
// whole, the scalar through the context, and linalg.index 0 shifted by begin.
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[A:.*]]: memref<64x1024xf32>, %[[BIAS:.*]]: memref<1024xf32>, %[[OUT:.*]]: memref<64x1024xf32>, %[[S:.*]]: f32)
// CHECK: %[[CTX:.*]] = llvm.alloca {{.*}} x !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, f32)>
// CHECK: builtin.unrealized_conversion_cast %[[A]] : memref<64x1024xf32> to !llvm.struct
// CHECK: llvm.store %[[S]]
// CHECK: %[[ROWS:.*]] = memref.dim %[[OUT]], %c0
// CHECK: %[[FN:.*]] = constant @__mcc_parallel_0 : (!llvm.ptr, i64, i64) -> ()
// CHECK: %[[FNPTR:.*]] = builtin.unrealized_conversion_cast %[[FN]]
// CHECK: %[[N:.*]] = arith.index_cast %[[ROWS]] : index to i64
// CHECK: %[[WORK:.*]] = arith.constant 1024 : i64
// CHECK: call @mcc_parallel_for(%[[FNPTR]], %[[CTX]], %[[N]], %[[WORK]])
// CHECK-NOT: linalg.generic
// CHECK: return
// CHECK: func.func private @__mcc_parallel_0(%[[C:.*]]: !llvm.ptr, %[[B:.*]]: i64, %[[E:.*]]: i64)
// CHECK: %[[WA:.*]] = builtin.unrealized_conversion_cast {{.*}} to memref<64x1024xf32>
// CHECK: %[[WB:.*]] = builtin.unrealized_conversion_cast {{.*}} to memref<1024xf32>
// CHECK: %[[WO:.*]] = builtin.unrealized_conversion_cast {{.*}} to memref<64x1024xf32>
// CHECK: %[[SC:.*]] = llvm.load {{.*}} : !llvm.ptr -> f32
// CHECK: %[[BEGIN:.*]] = arith.index_cast %[[B]] : i64 to index
// CHECK: %[[END:.*]] = arith.index_cast %[[E]] : i64 to index
// CHECK: %[[LEN:.*]] = arith.subi %[[END]], %[[BEGIN]]
// CHECK: %[[PA:.*]] = memref.subview %[[WA]][%[[BEGIN]], 0] [%[[LEN]], 1024] [1, 1]
// CHECK: %[[PO:.*]] = memref.subview %[[WO]][%[[BEGIN]], 0] [%[[LEN]], 1024] [1, 1]
// CHECK: linalg.generic {{.*}} ins(%[[PA]], %[[WB]] : {{.*}}) outs(%[[PO]] :
// CHECK: %[[I:.*]] = linalg.index 0
// CHECK: %[[SHIFTED:.*]] = arith.addi %[[I]], %[[BEGIN]]
// CHECK: arith.index_cast %[[SHIFTED]]
// CHECK: arith.mulf %{{.*}}, %[[SC]]
// CHECK: func.func private @mcc_parallel_for(!llvm.ptr, !llvm.ptr, i64, i64)
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @main(%a: memref<64x1024xf32>, %bias: memref<1024xf32>, %out: memref<64x1024xf32>, %s: f32) {
  %c1 = arith.constant 1.0 : f32
  linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %bias : memref<64x1024xf32>, memref<1024xf32>) outs(%out : memref<64x1024xf32>) {
  ^bb0(%x: f32, %b: f32, %o: f32):
    %i = linalg.index 0 : index
    %ii = arith.index_cast %i : index to i64
    %fi = arith.sitofp %ii : i64 to f32
    %y = arith.addf %x, %b : f32
    %z = arith.mulf %y, %s : f32
    %w = arith.addf %z, %c1 : f32
    %v = arith.addf %w, %fi : f32
    linalg.yield %v : f32
  }
  return
}

// -----

// Loops that stay where they are: too small; a reduction as the outer loop
// (threads would race on the output); an output not indexed by the outer loop;
// a loop inside another loop (its context would be allocated per iteration).
// CHECK-LABEL: func.func @stays
// CHECK-NOT: mcc_parallel_for
// CHECK-COUNT-4: linalg.generic
// CHECK-NOT: mcc_parallel_for
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @stays(%small: memref<?x1024xf32>, %big: memref<64x1024xf32>, %sum: memref<1024xf32>,
                 %out: memref<64x1024xf32>) {
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%small : memref<?x1024xf32>) {
  ^bb0(%o: f32):
    %y = arith.addf %o, %o : f32
    linalg.yield %y : f32
  }
  linalg.generic {indexing_maps = [#id, #row], iterator_types = ["reduction", "parallel"]}
      ins(%big : memref<64x1024xf32>) outs(%sum : memref<1024xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %y = arith.addf %x, %acc : f32
    linalg.yield %y : f32
  }
  linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "parallel"]}
      ins(%big : memref<64x1024xf32>) outs(%sum : memref<1024xf32>) {
  ^bb0(%x: f32, %acc: f32):
    linalg.yield %x : f32
  }
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c2 step %c1 {
    linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
        outs(%out : memref<64x1024xf32>) {
    ^bb0(%o: f32):
      %y = arith.addf %o, %o : f32
      linalg.yield %y : f32
    }
  }
  return
}
