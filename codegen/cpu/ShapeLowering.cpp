//===- ShapeLowering.cpp ---------------------------------------------------===//
#include "codegen/cpu/Lowering.h"

void mcc::populateShapeLowering(mlir::RewritePatternSet &patterns) {}
