//===- Contraction.cpp - MatMul and Gemm ----------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;

namespace {

LogicalResult importMatMul(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  return n.setOutput(0, n.create<mcc::MatMulOp>(n.input(0), n.input(1)));
}

// C became optional at opset 11; before 7 it had `broadcast`, below mcc's range.
LogicalResult importGemm(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  OpBuilder &b = n.builder();
  FloatAttr alpha = b.getF64FloatAttr(n.getFloat("alpha", 1.0));
  FloatAttr beta = b.getF64FloatAttr(n.getFloat("beta", 1.0));
  BoolAttr transA = b.getBoolAttr(n.getInt("transA", 0) != 0);
  BoolAttr transB = b.getBoolAttr(n.getInt("transB", 0) != 0);
  if (n.hadError())
    return failure();
  return n.setOutput(0, n.create<mcc::GemmOp>(n.input(0), n.input(1), n.input(2), alpha, beta,
                                              transA, transB));
}

} // namespace

void mcc::frontend::registerContractionOps(OpTable &t) {
  t.add("MatMul", 1, importMatMul);
  t.add("Gemm", 7, importGemm);
}
