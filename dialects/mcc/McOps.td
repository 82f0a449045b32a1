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
// is the body of the inference; when empty, the op's C++ file defines
// `inferShapes`. Either runs only once the attributes are known to be valid,
// so malformed IR gets an error, not a crash.
class Mcc_InferredOp<string mnemonic, list<Trait> traits = [], code infer = [{}]>
    : Mcc_Op<mnemonic, !listconcat(traits, [Pure, InferTypeOpAdaptorWithIsCompatible])> {
  code inferShapesDecl = !if(!empty(infer), [{
    static ::llvm::LogicalResult inferShapes(::mlir::MLIRContext *context,
        std::optional<::mlir::Location> location, Adaptor adaptor,
        ::llvm::SmallVectorImpl<::mlir::Type> &inferred);
  }], "");
  let extraClassDeclaration = inferShapesDecl;
  let extraClassDefinition = !strconcat([{
    bool $cppClass::isCompatibleReturnTypes(::mlir::TypeRange l, ::mlir::TypeRange r) {
      return ::mcc::areRefinableTypes(l, r);
    }
    ::llvm::LogicalResult $cppClass::inferReturnTypes(::mlir::MLIRContext *context,
        std::optional<::mlir::Location> location, Adaptor adaptor,
        ::llvm::SmallVectorImpl<::mlir::Type> &inferred) {
      if (::mlir::failed(adaptor.verify(location ? *location : ::mlir::UnknownLoc::get(context))))
        return ::mlir::failure();
  }], !if(!empty(infer), "return inferShapes(context, location, adaptor, inferred);", infer),
  "\n}\n");
}

include "dialects/mcc/ElementwiseOps.td"
include "dialects/mcc/NNOps.td"
include "dialects/mcc/ShapeOps.td"
include "dialects/mcc/RecurrentOps.td"
include "dialects/mcc/IndexingOps.td"
include "dialects/mcc/SpatialOps.td"
include "dialects/mcc/AttentionOps.td"
include "dialects/mcc/FusedOps.td"
include "dialects/mcc/TrainingOps.td"
include "dialects/mcc/QuantOps.td"

#endif // MCC_OPS_TD
