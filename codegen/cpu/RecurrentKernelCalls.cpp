//===- RecurrentKernelCalls.cpp - lstm and gru as microkernel calls -------===//
//
// Not written yet: recurrent ops still lower to loops (RecurrentLowering.cpp).
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/KernelCallBuilder.h"

void mcc::populateRecurrentKernelCalls(mlir::RewritePatternSet &) {}
