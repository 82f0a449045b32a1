//===- ConvPoolLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateConvPoolLowering(mlir::RewritePatternSet &patterns) {}
