//===- McOps.td - mcc operations ---------------------------*- tablegen -*-===//
//
// The ops, grouped by family. Each family's shape inference lives in a C++ file
// of the same name under ShapeInference/.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_OPS_TD
#define MCC_OPS_TD

include "dialects/mcc/McDialect.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

// Every op infers its result types (the shape-inference functions are declared
// in ShapeInference.h) and accepts results more static than it infers. `infer`
// is the body of inferReturnTypes; when empty, the op's C++ file defines it.
class Mcc_InferredOp<string mnemonic, list<Trait> traits = [], code infer = [{}]>
    : Mcc_Op<mnemonic, !listconcat(traits, [Pure, InferTypeOpAdaptorWithIsCompatible])> {
  let extraClassDefinition = !strconcat([{
    bool $cppClass::isCompatibleReturnTypes(::mlir::TypeRange l, ::mlir::TypeRange r) {
      return ::mcc::areRefinableTypes(l, r);
    }
  }], !if(!empty(infer), "", !strconcat([{
    ::llvm::LogicalResult $cppClass::inferReturnTypes(::mlir::MLIRContext *context,
        std::optional<::mlir::Location> location, Adaptor adaptor,
        ::llvm::SmallVectorImpl<::mlir::Type> &inferred) {
  }], infer, "\n}\n")));
}

include "dialects/mcc/ElementwiseOps.td"
include "dialects/mcc/NNOps.td"
include "dialects/mcc/ShapeOps.td"
include "dialects/mcc/RecurrentOps.td"

#endif // MCC_OPS_TD
