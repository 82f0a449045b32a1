//===- ContractionLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateContractionLowering(mlir::RewritePatternSet &patterns) {}
