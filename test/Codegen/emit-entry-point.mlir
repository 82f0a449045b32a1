// RUN: mcc-opt %s -split-input-file -mcc-emit-entry-point | FileCheck %s
// RUN: not mcc-opt %s -split-input-file -mcc-emit-entry-point=function=absent 2>&1 | FileCheck %s --check-prefix=MISSING

// The ABI entry point loads one descriptor pointer per input and passes the
// output area first. Without a memory plan, the workspace is unused.
// CHECK-LABEL: llvm.func @mcc_model_run(
// CHECK-SAME: %[[INPUTS:.*]]: !llvm.ptr, %[[OUTPUTS:.*]]: !llvm.ptr, %{{.*}}: !llvm.ptr) -> i32
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

// -----

// With a memory plan (mcc.workspace_bytes), the C interface's last parameter
// is the workspace descriptor, built on the stack around the third argument:
// {workspace, workspace, 0, [bytes], [1]}. The planner's mcc.workspace marker
// is dropped: LLVM IR has no such parameter attribute.
// CHECK: llvm.func @_mlir_ciface_main(%{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr) {
// CHECK-LABEL: llvm.func @mcc_model_run(
// CHECK-SAME: %[[INPUTS:.*]]: !llvm.ptr, %[[OUTPUTS:.*]]: !llvm.ptr, %[[WS:.*]]: !llvm.ptr) -> i32
// CHECK: %[[A0:.*]] = llvm.load
// CHECK-DAG: %[[BYTES:.*]] = llvm.mlir.constant(4096 : i64) : i64
// CHECK-DAG: %[[D0:.*]] = llvm.insertvalue %[[WS]], %{{.*}}[0]
// CHECK-DAG: %[[D1:.*]] = llvm.insertvalue %[[WS]], %[[D0]][1]
// CHECK-DAG: llvm.insertvalue %[[BYTES]], %{{.*}}[3, 0]
// CHECK: %[[SLOT:.*]] = llvm.alloca
// CHECK: llvm.store %{{.*}}, %[[SLOT]]
// CHECK: llvm.call @_mlir_ciface_main(%[[OUTPUTS]], %[[A0]], %[[SLOT]])
// CHECK: llvm.return %{{.*}} : i32
module attributes {mcc.workspace_bytes = 4096 : i64} {
  llvm.func @_mlir_ciface_main(%out: !llvm.ptr, %a: !llvm.ptr, %ws: !llvm.ptr {mcc.workspace}) {
    llvm.return
  }
}
