// RUN: mcc-opt %s -mcc-emit-entry-point | FileCheck %s
// RUN: not mcc-opt %s -mcc-emit-entry-point=function=absent 2>&1 | FileCheck %s --check-prefix=MISSING

// The ABI entry point loads one descriptor pointer per input and passes the
// output area first.
// CHECK: llvm.func @mcc_model_run(%[[INPUTS:.*]]: !llvm.ptr, %[[OUTPUTS:.*]]: !llvm.ptr) -> i32
// CHECK: %[[P0:.*]] = llvm.getelementptr %[[INPUTS]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: %[[A0:.*]] = llvm.load %[[P0]] : !llvm.ptr -> !llvm.ptr
// CHECK: %[[P1:.*]] = llvm.getelementptr %[[INPUTS]][1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: %[[A1:.*]] = llvm.load %[[P1]] : !llvm.ptr -> !llvm.ptr
// CHECK: llvm.call @_mlir_ciface_main(%[[OUTPUTS]], %[[A0]], %[[A1]])
// CHECK: llvm.return %{{.*}} : i32
// MISSING: no C interface '_mlir_ciface_absent' to wrap
module {
  llvm.func @_mlir_ciface_main(%out: !llvm.ptr, %a: !llvm.ptr, %b: !llvm.ptr) {
    llvm.return
  }
}
