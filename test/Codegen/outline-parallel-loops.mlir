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
// CHECK: %[[WORK:.*]] = arith.index_cast %c1024{{.*}} : index to i64
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

// Loops that stay where they are: too small (with static sizes; a dynamic size
// leaves the choice to the runtime); a full reduction (no loop indexes its
// output, so threads would race on it); a loop inside another loop (its context
// would be allocated per iteration).
// CHECK-LABEL: func.func @stays
// CHECK-NOT: mcc_parallel_for
// CHECK-COUNT-3: linalg.generic
// CHECK-NOT: mcc_parallel_for
#id = affine_map<(d0, d1) -> (d0, d1)>
#none = affine_map<(d0, d1) -> ()>
func.func @stays(%small: memref<4x1024xf32>, %big: memref<64x1024xf32>, %total: memref<f32>,
                 %out: memref<64x1024xf32>) {
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%small : memref<4x1024xf32>) {
  ^bb0(%o: f32):
    %y = arith.addf %o, %o : f32
    linalg.yield %y : f32
  }
  linalg.generic {indexing_maps = [#id, #none], iterator_types = ["reduction", "reduction"]}
      ins(%big : memref<64x1024xf32>) outs(%total : memref<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %y = arith.addf %x, %acc : f32
    linalg.yield %y : f32
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

// -----

// A sum over the rows (a bias gradient) cannot split along its reduction loop,
// but along the columns, which it writes one each: subviews along dim 1 of the
// input and dim 0 of the output, and 64 rows of work per column.
// CHECK-LABEL: func.func @columns
// CHECK: %[[COLS:.*]] = memref.dim %{{.*}}, %c0 : memref<1024xf32>
// CHECK: %[[N:.*]] = arith.index_cast %[[COLS]]
// CHECK: %[[WORK:.*]] = arith.index_cast %c64{{.*}} : index to i64
// CHECK: call @mcc_parallel_for({{.*}}, %[[N]], %[[WORK]])
// CHECK: func.func private @__mcc_parallel_0
// CHECK: %[[BEGIN:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[LEN:.*]] = arith.subi
// CHECK: memref.subview %{{.*}}[0, %[[BEGIN]]] [64, %[[LEN]]] [1, 1] : memref<64x1024xf32> to memref<64x?xf32, strided<[1024, 1], offset: ?>>
// CHECK: memref.subview %{{.*}}[%[[BEGIN]]] [%[[LEN]]] [1] : memref<1024xf32> to memref<?xf32, strided<[1], offset: ?>>
// CHECK: iterator_types = ["reduction", "parallel"]
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @columns(%big: memref<64x1024xf32>, %sum: memref<1024xf32>) {
  linalg.generic {indexing_maps = [#id, #row], iterator_types = ["reduction", "parallel"]}
      ins(%big : memref<64x1024xf32>) outs(%sum : memref<1024xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %y = arith.addf %x, %acc : f32
    linalg.yield %y : f32
  }
  return
}

// -----

// A dynamic inner size: the work per row is computed at run time.
// CHECK-LABEL: func.func @dynamic
// CHECK: %[[D:.*]] = memref.dim %{{.*}}, %c1{{.*}} : memref<64x?x64xf32>
// CHECK: %[[PERROW:.*]] = arith.muli %[[D]], %c64{{.*}} : index
// CHECK: %[[WORK:.*]] = arith.index_cast %[[PERROW]] : index to i64
// CHECK: call @mcc_parallel_for({{.*}}, %[[WORK]])
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @dynamic(%a: memref<64x?x64xf32>, %out: memref<64x?x64xf32>) {
  linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%a : memref<64x?x64xf32>) outs(%out : memref<64x?x64xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.addf %x, %x : f32
    linalg.yield %y : f32
  }
  return
}
