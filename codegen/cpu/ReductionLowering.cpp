//===- ReductionLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateReductionLowering(mlir::RewritePatternSet &patterns) {}
