// libFuzzer target: ONNX model bytes through the whole compile pipeline down to LLVM IR.
#include "CompileHarness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mcc::fuzz::compileBytes(data, size, mcc::fuzz::Stage::LLVMIR);
  return 0;
}
