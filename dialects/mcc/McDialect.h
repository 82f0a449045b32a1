//===- McDialect.h - the mcc dialect and its ops ----------------*- C++ -*-===//
#ifndef MCC_DIALECTS_MCC_MCDIALECT_H
#define MCC_DIALECTS_MCC_MCDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/mcc/McDialect.h.inc"

namespace mcc {
/// True when each type in `inferred` and `actual` is a ranked tensor of the same
/// element type and rank whose dims agree wherever both are static: an op may
/// carry a result type more static than the one it infers.
bool areRefinableTypes(mlir::TypeRange inferred, mlir::TypeRange actual);
} // namespace mcc

#define GET_OP_CLASSES
#include "dialects/mcc/McOps.h.inc"

#endif // MCC_DIALECTS_MCC_MCDIALECT_H
