//===- FusedOps.h - the activations a fused epilogue applies ----*- C++ -*-===//
#ifndef MCC_DIALECTS_MCC_FUSEDOPS_H
#define MCC_DIALECTS_MCC_FUSEDOPS_H

#include "llvm/ADT/StringRef.h"

namespace mcc {
/// How many entries `activation_params` holds for the epilogue activation
/// `name` (see FusedOps.td), or -1 when `name` is not one.
int getActivationParamCount(llvm::StringRef name);
} // namespace mcc

#endif // MCC_DIALECTS_MCC_FUSEDOPS_H
