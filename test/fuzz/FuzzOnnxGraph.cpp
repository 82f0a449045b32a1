// libFuzzer target: ONNX model bytes through the importer, the module verifier and the -O2 graph pipeline (folding, shape refinement, recomposition, fusion).
#include "CompileHarness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mcc::fuzz::compileBytes(data, size, mcc::fuzz::Stage::GraphPasses);
  return 0;
}
