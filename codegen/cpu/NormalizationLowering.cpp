//===- NormalizationLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateNormalizationLowering(mlir::RewritePatternSet &patterns) {}
