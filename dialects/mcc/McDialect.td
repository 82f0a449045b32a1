//===- McDialect.td - the mcc dialect ----------------------*- tablegen -*-===//
//
// One op per network concept, on ranked tensors, independent of ONNX versions:
// the frontend normalizes every opset into these ops, so opset differences end at
// the importer.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_DIALECT_TD
#define MCC_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/CommonTypeConstraints.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

def Mcc_Dialect : Dialect {
  let name = "mcc";
  let cppNamespace = "::mcc";
  let summary = "Neural-network operations on ranked tensors";
  let description = [{
    The mcc dialect holds a neural network as a graph of tensor operations, one op
    per network concept (convolution, matmul, pooling, normalization, activations,
    softmax, reductions, shape manipulation, gather, recurrent cells). Ops carry
    the semantics of the concept, not of a particular ONNX opset: every ONNX
    version of an operator maps to the same op. Shapes may be dynamic (`?`);
    each op infers its result type from its operands through
    `InferTypeOpInterface` and accepts a more static result type than it infers.
  }];
  let hasConstantMaterializer = 1;
  // Result types refine as folding makes operands more static (RefineTypes.cpp).
  let hasCanonicalizer = 1;
  let useDefaultAttributePrinterParser = 0;
  let useDefaultTypePrinterParser = 0;
}

class Mcc_Op<string mnemonic, list<Trait> traits = []>
    : Op<Mcc_Dialect, mnemonic, traits>;

// Tensors the dialect computes on.
def Mcc_Tensor : RankedTensorOf<[AnyType]>;
def Mcc_FloatTensor : RankedTensorOf<[AnyFloat]>;
def Mcc_IntTensor : RankedTensorOf<[AnySignlessInteger]>;
def Mcc_BoolTensor : RankedTensorOf<[I1]>;
// A 1-D tensor of int64 holding a shape, as ONNX passes shapes between nodes.
def Mcc_ShapeTensor : 1DTensorOf<[I64]>;

#endif // MCC_DIALECT_TD
