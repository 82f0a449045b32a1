//===- RecurrentLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateRecurrentLowering(mlir::RewritePatternSet &patterns) {}
