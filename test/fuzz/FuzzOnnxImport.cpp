// libFuzzer target: ONNX model bytes through the importer alone (protobuf parse, graph checks, each node's importer, verifiers and shape inference as ops are built).
#include "CompileHarness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mcc::fuzz::compileBytes(data, size, mcc::fuzz::Stage::Import);
  return 0;
}
