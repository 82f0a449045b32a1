// A model written directly in the mcc dialect goes through the whole pipeline
// into a .so, which mcc-run loads and runs at a batch size of 3.
// RUN: %mcc %s -o %t.so --stats | FileCheck %s --check-prefix=STATS
// RUN: %python %S/Inputs/check_addw.py input %t.npy
// RUN: %mcc-run %t.so --info | FileCheck %s --check-prefix=INFO
// RUN: rm -rf %t.out && %mcc-run %t.so --input x=%t.npy --output-dir %t.out
// RUN: %python %S/Inputs/check_addw.py check %t.out | FileCheck %s --check-prefix=EXEC
// RUN: %mcc %s --emit=llvm -o - | FileCheck %s --check-prefix=LLVM
// RUN: %python %S/Inputs/check_addw.py bad-input %t.bad.npy
// RUN: not %mcc-run %t.so --input x=%t.bad.npy 2>&1 | FileCheck %s --check-prefix=BADSHAPE

// STATS: op-count arith.constant 1
// STATS: op-count mcc.add 1
// STATS: op-count mcc.relu 1
// STATS: kernels
// STATS: planned-peak-activation-bytes {{[0-9]+}}
// STATS: planned-buffers {{[0-9]+}}
// STATS: unplanned-dynamic-buffers {{[0-9]+}}

// INFO: model 'addw'
// INFO: x: f32 [?, 8]
// INFO: y: f32 [?, 8]
// INFO: w: f32 [1, 8]

// EXEC: outputs ok

// Only the model table is exported.
// LLVM: @mcc_model = {{.*}}constant %mcc_abi_model { i32 3, i32 1, i32 2
// LLVM: define internal {{.*}}i32 @mcc_model_run(ptr

// BADSHAPE: input 'x': expected shape [?, 8], got [3, 7]
module attributes {mcc.model_name = "addw"} {
  func.func @main(%x: tensor<?x8xf32> {mcc.name = "x"})
      -> (tensor<?x8xf32> {mcc.name = "y"}, tensor<1x8xf32> {mcc.name = "w"}) {
    %w = arith.constant dense<[[0.0, 0.142857149, 0.285714298, 0.428571433, 0.571428597, 0.714285731, 0.857142865, 1.0]]> : tensor<1x8xf32>
    %s = mcc.add %x, %w : (tensor<?x8xf32>, tensor<1x8xf32>) -> tensor<?x8xf32>
    %y = mcc.relu %s : tensor<?x8xf32> -> tensor<?x8xf32>
    return %y, %w : tensor<?x8xf32>, tensor<1x8xf32>
  }
}
