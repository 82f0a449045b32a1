// RUN: mcc-opt %s -split-input-file -mcc-plan-memory -verify-diagnostics | FileCheck %s

// Two buffers alive at once get different offsets; the returned buffer (the
// model output, which the caller frees) stays an allocation.
// CHECK: module attributes {mcc.planned_buffers = 2 : i64, mcc.unplanned_buffers = 0 : i64, mcc.workspace_bytes = 128 : i64}
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[IN:[^ :]+]]: memref<16xf32>, %[[WS:[^ :]+]]: memref<128xi8> {mcc.workspace})
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[A:.*]] = memref.view %[[WS]][%[[C0]]][] : memref<128xi8> to memref<16xf32>
// CHECK: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[B:.*]] = memref.view %[[WS]][%[[C64]]][] : memref<128xi8> to memref<16xf32>
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<16xf32>
// CHECK: linalg.add ins(%[[A]], %[[B]] : memref<16xf32>, memref<16xf32>) outs(%[[OUT]] : memref<16xf32>)
// CHECK: return %[[OUT]]
func.func @main(%in: memref<16xf32>) -> memref<16xf32> {
  %a = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%a : memref<16xf32>)
  %b = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%b : memref<16xf32>)
  %out = memref.alloc() : memref<16xf32>
  linalg.add ins(%a, %b : memref<16xf32>, memref<16xf32>) outs(%out : memref<16xf32>)
  return %out : memref<16xf32>
}

// -----

// Disjoint lifetimes share bytes: %b is allocated after %a's last use. The
// larger buffer sets the arena size; sizes are rounded up to 64 bytes. %out1
// is freed by hand, and a view must not be freed, so it stays an allocation.
// CHECK: module attributes {mcc.planned_buffers = 2 : i64, mcc.unplanned_buffers = 1 : i64, mcc.workspace_bytes = 192 : i64}
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[WS:[^ :]+]]: memref<192xi8> {mcc.workspace})
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: memref.view %[[WS]][%[[C0]]][] : memref<192xi8> to memref<16xf32>
// CHECK: %[[C0B:.*]] = arith.constant 0 : index
// CHECK: memref.view %[[WS]][%[[C0B]]][] : memref<192xi8> to memref<33xf32>
func.func @main(%in: memref<16xf32>, %in2: memref<33xf32>) -> memref<33xf32> {
  %a = memref.alloc() : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%a : memref<16xf32>)
  %out1 = memref.alloc() : memref<16xf32>
  linalg.copy ins(%a : memref<16xf32>) outs(%out1 : memref<16xf32>)
  %b = memref.alloc() : memref<33xf32>
  linalg.copy ins(%in2 : memref<33xf32>) outs(%b : memref<33xf32>)
  %out = memref.alloc() : memref<33xf32>
  linalg.copy ins(%b : memref<33xf32>) outs(%out : memref<33xf32>)
  memref.dealloc %out1 : memref<16xf32>
  return %out : memref<33xf32>
}

// -----

// A use through an alias (here collapse_shape, then a cast) extends the
// buffer's lifetime: %a is still alive when %b and %c are, so all three get
// their own bytes. A buffer returned through a cast is not planned.
// CHECK: module attributes {mcc.planned_buffers = 3 : i64, mcc.unplanned_buffers = 0 : i64, mcc.workspace_bytes = 192 : i64}
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[WS:[^ :]+]]: memref<192xi8> {mcc.workspace})
// CHECK: %[[O0:.*]] = arith.constant 0 : index
// CHECK-NEXT: memref.view %[[WS]][%[[O0]]][] : memref<192xi8> to memref<4x4xf32>
// CHECK: %[[O64:.*]] = arith.constant 64 : index
// CHECK-NEXT: memref.view %[[WS]][%[[O64]]][] : memref<192xi8> to memref<16xf32>
// CHECK: %[[O128:.*]] = arith.constant 128 : index
// CHECK-NEXT: memref.view %[[WS]][%[[O128]]][] : memref<192xi8> to memref<16xf32>
// CHECK: %[[R:.*]] = memref.alloc() : memref<16xf32>
// CHECK: %[[CAST:.*]] = memref.cast %[[R]]
// CHECK: return %[[CAST]]
func.func @main(%in2d: memref<4x4xf32>, %in: memref<16xf32>) -> memref<?xf32> {
  %a = memref.alloc() : memref<4x4xf32>
  linalg.copy ins(%in2d : memref<4x4xf32>) outs(%a : memref<4x4xf32>)
  %flat = memref.collapse_shape %a [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %dyn = memref.cast %flat : memref<16xf32> to memref<?xf32>
  %b = memref.alloc() : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%b : memref<16xf32>)
  %c = memref.alloc() : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%c : memref<16xf32>)
  %r = memref.alloc() : memref<16xf32>
  linalg.add ins(%b, %c : memref<16xf32>, memref<16xf32>) outs(%r : memref<16xf32>)
  %zero = arith.constant 0 : index
  %x = memref.load %dyn[%zero] : memref<?xf32>
  memref.store %x, %r[%zero] : memref<16xf32>
  %result = memref.cast %r : memref<16xf32> to memref<?xf32>
  return %result : memref<?xf32>
}

// -----

// A buffer used inside a loop lives for the whole loop: %t (used in the
// body's first op) and %u (used in its last) must not share, although %t's
// last use comes first in the text. %after, allocated after the loop, reuses
// %t's bytes. An allocation inside the loop body is left alone.
// CHECK: module attributes {mcc.planned_buffers = 3 : i64, mcc.unplanned_buffers = 1 : i64, mcc.workspace_bytes = 128 : i64}
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[WS:[^ :]+]]: memref<128xi8> {mcc.workspace})
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[T:.*]] = memref.view %[[WS]][%[[C0]]][] : memref<128xi8> to memref<16xf32>
// CHECK: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[U:.*]] = memref.view %[[WS]][%[[C64]]][] : memref<128xi8> to memref<16xf32>
// CHECK: scf.for
// CHECK:   memref.alloc() : memref<16xf32>
// CHECK: %[[C0B:.*]] = arith.constant 0 : index
// CHECK: memref.view %[[WS]][%[[C0B]]][] : memref<128xi8> to memref<16xf32>
func.func @main(%in: memref<16xf32>) -> memref<16xf32> {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %t = memref.alloc() : memref<16xf32>
  %u = memref.alloc() : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%u : memref<16xf32>)
  scf.for %i = %c1 to %c4 step %c1 {
    linalg.copy ins(%in : memref<16xf32>) outs(%t : memref<16xf32>)
    %tmp = memref.alloc() : memref<16xf32>
    linalg.add ins(%t, %u : memref<16xf32>, memref<16xf32>) outs(%tmp : memref<16xf32>)
    linalg.copy ins(%tmp : memref<16xf32>) outs(%u : memref<16xf32>)
    memref.dealloc %tmp : memref<16xf32>
  }
  %after = memref.alloc() : memref<16xf32>
  linalg.copy ins(%u : memref<16xf32>) outs(%after : memref<16xf32>)
  %out = memref.alloc() : memref<16xf32>
  linalg.copy ins(%after : memref<16xf32>) outs(%out : memref<16xf32>)
  return %out : memref<16xf32>
}

// -----

// A dynamic buffer whose size no other buffer shares stays a malloc and is
// counted; the arena is then empty.
// CHECK: module attributes {mcc.planned_buffers = 0 : i64, mcc.unplanned_buffers = 1 : i64, mcc.workspace_bytes = 0 : i64}
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %{{.*}}: memref<0xi8> {mcc.workspace})
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
// CHECK-NOT: memref.view
func.func @main(%in: memref<?xf32>) -> memref<?xf32> {
  %c0 = arith.constant 0 : index
  %n = memref.dim %in, %c0 : memref<?xf32>
  %a = memref.alloc(%n) : memref<?xf32>
  linalg.copy ins(%in : memref<?xf32>) outs(%a : memref<?xf32>)
  %out = memref.alloc(%n) : memref<?xf32>
  linalg.copy ins(%a : memref<?xf32>) outs(%out : memref<?xf32>)
  return %out : memref<?xf32>
}

// -----

// Buffers whose one dynamic size is the same value %n (a dynamic batch) share
// one arena of (bytes per unit of %n) x %n bytes, allocated once, right after
// %n: %b [n, 4, 8] (128 bytes per unit) and %a [n, 16] (64) are alive
// together, %c [n, 16], allocated after %a's last use, reuses %a's bytes.
// Offsets are in units of %n. A negative %n, or one that would pass 2^40
// bytes (2^40 / 192 units), gives the size -1, which mcc-guard-dynamic-allocs
// refuses. %d, with a size of its own, and %e, with two dynamic sizes, stay
// allocations; so does the output.
// CHECK: module attributes {mcc.dynamic_arena_bytes_per_unit = 192 : i64, mcc.planned_buffers = 3 : i64, mcc.unplanned_buffers = 2 : i64, mcc.workspace_bytes = 0 : i64}
// CHECK-LABEL: func.func @main(
// CHECK: %[[N:.*]] = memref.dim %{{.*}}, %c0
// CHECK-NEXT: %[[LIMIT:.*]] = arith.constant 5726623061 : index
// CHECK-NEXT: %[[FITS:.*]] = arith.cmpi ule, %[[N]], %[[LIMIT]] : index
// CHECK-NEXT: %[[UNITS:.*]] = arith.constant 192 : index
// CHECK-NEXT: %[[BYTES:.*]] = arith.muli %[[N]], %[[UNITS]] : index
// CHECK-NEXT: %[[BAD:.*]] = arith.constant -1 : index
// CHECK-NEXT: %[[SIZE:.*]] = arith.select %[[FITS]], %[[BYTES]], %[[BAD]] : index
// CHECK-NEXT: %[[ARENA:.*]] = memref.alloc(%[[SIZE]]) {alignment = 64 : i64} : memref<?xi8>
// CHECK: %[[M:.*]] = memref.dim %{{.*}}, %c1
// CHECK: %[[C128:.*]] = arith.constant 128 : index
// CHECK-NEXT: %[[OA:.*]] = arith.muli %[[N]], %[[C128]] : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[OA]]][%[[N]]] : memref<?xi8> to memref<?x16xf32>
// CHECK: %[[C0B:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[OB:.*]] = arith.muli %[[N]], %[[C0B]] : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[OB]]][%[[N]]] : memref<?xi8> to memref<?x4x8xf32>
// CHECK: %[[C128C:.*]] = arith.constant 128 : index
// CHECK-NEXT: %[[OC:.*]] = arith.muli %[[N]], %[[C128C]] : index
// CHECK-NEXT: memref.view %[[ARENA]][%[[OC]]][%[[N]]] : memref<?xi8> to memref<?x16xf32>
// CHECK: memref.alloc(%[[M]]) : memref<?x16xf32>
// CHECK: memref.alloc(%[[N]], %[[M]]) : memref<?x?xf32>
// CHECK: memref.alloc(%[[N]]) : memref<?x16xf32>
func.func @main(%in: memref<?x16xf32>, %in2: memref<?x4x8xf32>) -> memref<?x16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %in, %c0 : memref<?x16xf32>
  %m = memref.dim %in2, %c1 : memref<?x4x8xf32>
  %a = memref.alloc(%n) : memref<?x16xf32>
  linalg.copy ins(%in : memref<?x16xf32>) outs(%a : memref<?x16xf32>)
  %b = memref.alloc(%n) : memref<?x4x8xf32>
  linalg.copy ins(%in2 : memref<?x4x8xf32>) outs(%b : memref<?x4x8xf32>)
  %flat = memref.collapse_shape %b [[0], [1, 2]] : memref<?x4x8xf32> into memref<?x32xf32>
  %x = memref.load %a[%c0, %c0] : memref<?x16xf32>
  memref.store %x, %flat[%c0, %c0] : memref<?x32xf32>
  %c = memref.alloc(%n) : memref<?x16xf32>
  linalg.copy ins(%in : memref<?x16xf32>) outs(%c : memref<?x16xf32>)
  %y = memref.load %flat[%c0, %c0] : memref<?x32xf32>
  memref.store %y, %c[%c0, %c0] : memref<?x16xf32>
  %d = memref.alloc(%m) : memref<?x16xf32>
  linalg.copy ins(%c : memref<?x16xf32>) outs(%d : memref<?x16xf32>)
  %e = memref.alloc(%n, %m) : memref<?x?xf32>
  %z = memref.load %d[%c0, %c0] : memref<?x16xf32>
  memref.store %z, %e[%c0, %c0] : memref<?x?xf32>
  %out = memref.alloc(%n) : memref<?x16xf32>
  linalg.copy ins(%c : memref<?x16xf32>) outs(%out : memref<?x16xf32>)
  return %out : memref<?x16xf32>
}

// -----

// Only the model function is planned: a module without one is left alone.
// CHECK-NOT: mcc.workspace_bytes
// CHECK-LABEL: func.func @helper(
// CHECK-SAME: %{{.*}}: memref<16xf32>) -> memref<16xf32>
// CHECK: memref.alloc() : memref<16xf32>
func.func @helper(%in: memref<16xf32>) -> memref<16xf32> {
  %a = memref.alloc() : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%a : memref<16xf32>)
  return %a : memref<16xf32>
}

// -----

// Planning twice would hand the model two workspaces.
// expected-error @+1 {{the model function already has a workspace argument}}
func.func @main(%in: memref<16xf32>, %ws: memref<64xi8> {mcc.workspace}) -> memref<16xf32> {
  %a = memref.alloc() : memref<16xf32>
  linalg.copy ins(%in : memref<16xf32>) outs(%a : memref<16xf32>)
  return %a : memref<16xf32>
}
