//===- CompileHarness.h - ONNX bytes through mcc, for fuzz targets -*- C++ -*-===//
//
// The three compiler fuzz targets differ only in how far down the pipeline an input goes.
// Every failure must come back as a diagnostic; anything else (a crash, a sanitizer report,
// an abort, a hang, unbounded memory) is what libFuzzer looks for.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_TEST_FUZZ_COMPILEHARNESS_H
#define MCC_TEST_FUZZ_COMPILEHARNESS_H

#include <cstddef>
#include <cstdint>

namespace mcc::fuzz {

enum class Stage {
  /// Protobuf parse, graph checks, every node's importer, op verifiers and the shape
  /// inference that runs as each op is built.
  Import,
  /// Import, then the module verifier and the -O2 graph pipeline (canonicalization and
  /// constant folding, shape evaluation and type refinement, recomposition, fusion).
  GraphPasses,
  /// Graph passes, then the CPU lowering (linalg, bufferization, memory planning, LLVM
  /// dialect) and the translation to LLVM IR. LLVM's own optimizer and backend are left out:
  /// they are LLVM's code, and they would make each input ten times slower.
  LLVMIR,
};

/// Writes `data` as model.onnx into a private folder of this process (the importer reads
/// files, and resolves external data inside the model's folder) and runs it to `stage` in a
/// fresh MLIRContext, with diagnostics discarded.
void compileBytes(const uint8_t *data, size_t size, Stage stage);

} // namespace mcc::fuzz

#endif // MCC_TEST_FUZZ_COMPILEHARNESS_H
