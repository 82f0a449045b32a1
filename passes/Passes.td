//===- Passes.td - graph passes on the mcc dialect ---------*- tablegen -*-===//
#ifndef MCC_PASSES_TD
#define MCC_PASSES_TD

include "mlir/Pass/PassBase.td"

def FoldBatchNorm : Pass<"mcc-fold-batch-norm", "mlir::func::FuncOp"> {
  let summary = "Fold inference batch normalization into the preceding conv or gemm";
  let description = [{
    `batch_norm(conv(x, W, b))` with constant W, b and statistics becomes
    `conv(x, W', b')` with `W' = W * s` per output channel and
    `b' = (b - mean) * s + beta`, where `s = gamma / sqrt(var + eps)`. The same
    holds for a gemm whose output channels are the batch norm's channels. The
    conv must have no other user.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

#endif // MCC_PASSES_TD
