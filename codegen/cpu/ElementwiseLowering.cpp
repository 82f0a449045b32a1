//===- ElementwiseLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateElementwiseLowering(mlir::RewritePatternSet &patterns) {}
