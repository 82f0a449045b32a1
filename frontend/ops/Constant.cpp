//===- Constant.cpp - constants, casts and ops that vanish ----------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

#include "mlir/IR/BuiltinAttributes.h"

#include <limits>

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;
using llvm::StringRef;

namespace {

// Decodes a tensor-valued attribute; errors name the attribute.
FailureOr<ElementsAttr> decodeAttrTensor(NodeContext &n, const onnx::TensorProto &tensor,
                                         StringRef attrName, bool allowResource) {
  TensorDecodeOptions options = n.decodeOptions();
  if (!allowResource)
    options.resourceThresholdBytes = std::numeric_limits<int64_t>::max();
  std::string blobName = n.numOutputs() ? n.node().output(0) : attrName.str();
  return decodeTensor(n.context(), tensor, blobName, options, [&]() {
    InFlightDiagnostic diag = n.emitError();
    diag << "attribute '" << attrName << "': ";
    return diag;
  });
}

LogicalResult importConstant(NodeContext &n) {
  if (failed(n.checkInputs(0, 0)))
    return failure();
  for (StringRef unsupported : {"sparse_value", "value_string", "value_strings"}) {
    if (n.hasAttr(unsupported)) {
      n.ignoreAttrs({unsupported});
      n.emitError() << "attribute '" << unsupported << "' is not supported";
      return failure();
    }
  }
  int given = 0;
  for (StringRef name : {"value", "value_float", "value_floats", "value_int", "value_ints"})
    given += n.hasAttr(name);
  if (given != 1) {
    n.emitError() << "needs exactly one of value, value_float(s), value_int(s); got " << given;
    n.ignoreAttrs({"value", "value_float", "value_floats", "value_int", "value_ints"});
    return failure();
  }
  OpBuilder &b = n.builder();
  if (const onnx::TensorProto *tensor = n.getOptionalTensor("value")) {
    auto attr = decodeAttrTensor(n, *tensor, "value", /*allowResource=*/true);
    if (failed(attr))
      return failure();
    return n.setOutput(0, n.constant(cast<TypedAttr>(*attr)));
  }
  if (auto v = n.getOptionalFloat("value_float"))
    return n.setOutput(0, n.scalarConstant(b.getF32Type(), *v));
  if (auto v = n.getOptionalInt("value_int"))
    return n.setOutput(0, n.constant(DenseIntElementsAttr::get(
                              RankedTensorType::get({}, b.getI64Type()), ArrayRef<int64_t>{*v})));
  if (auto v = n.getOptionalFloats("value_floats")) {
    SmallVector<float> values(v->begin(), v->end());
    auto type = RankedTensorType::get({static_cast<int64_t>(values.size())}, b.getF32Type());
    return n.setOutput(0, n.constant(DenseFPElementsAttr::get(type, ArrayRef<float>(values))));
  }
  if (auto v = n.getOptionalInts("value_ints"))
    return n.setOutput(0, n.i64Constant(*v));
  return failure(); // a wrongly typed attribute, reported by the getter
}

// The fill value is a one-element tensor attribute (float 0 by default).
LogicalResult importConstantOfShape(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  TypedAttr value = n.builder().getF32FloatAttr(0);
  if (const onnx::TensorProto *tensor = n.getOptionalTensor("value")) {
    auto attr = decodeAttrTensor(n, *tensor, "value", /*allowResource=*/false);
    if (failed(attr))
      return failure();
    auto dense = cast<DenseElementsAttr>(*attr);
    if (dense.getNumElements() != 1) {
      n.emitError() << "attribute 'value' must hold one element, got " << dense.getType();
      return failure();
    }
    value = cast<TypedAttr>(*dense.getValues<Attribute>().begin());
  } else if (n.hadError()) {
    return failure();
  }
  return n.setOutput(0, n.create<mcc::ConstantOfShapeOp>(n.input(0), value));
}

LogicalResult importRange(NodeContext &n) {
  if (failed(n.checkInputs(3, 3)))
    return failure();
  // Opset 27: the accumulation precision for 16-bit floats; codegen's choice.
  n.ignoreAttrs({"stash_type"});
  return n.setOutput(0, n.create<mcc::RangeOp>(n.input(0), n.input(1), n.input(2)));
}

LogicalResult importIdentity(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  return n.setOutput(0, n.input(0));
}

// Dropout is the identity at inference. Its mask output is not supported
// (the context reports it when used).
LogicalResult importDropoutV7(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  n.ignoreAttrs({"ratio"});
  return n.setOutput(0, n.input(0));
}

// From opset 12 ratio and training_mode are inputs; training must be off.
LogicalResult importDropoutV12(NodeContext &n) {
  if (failed(n.checkInputs(1, 3)))
    return failure();
  n.ignoreAttrs({"seed"});
  if (n.hasInput(2)) {
    auto training = n.constantScalar(2, "training_mode");
    if (failed(training))
      return failure();
    if (*training != 0) {
      n.emitError() << "training_mode=true is not supported: mcc compiles inference";
      return failure();
    }
  }
  return n.setOutput(0, n.input(0));
}

LogicalResult importCast(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  // Both only matter for 8-bit and smaller float targets, which mcc refuses.
  n.ignoreAttrs({"saturate", "round_mode"});
  auto to = n.getOptionalInt("to");
  if (!to) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'to'";
    return failure();
  }
  Type element = convertDtype(n.context(), *to);
  if (!element) {
    n.emitError() << "cast to unsupported dtype " << dtypeName(*to);
    return failure();
  }
  return n.setOutput(0, n.castTo(n.input(0), element));
}

LogicalResult importCastLike(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  n.ignoreAttrs({"saturate", "round_mode"});
  return n.setOutput(0, n.castTo(n.input(0), n.inputType(1).getElementType()));
}

} // namespace

void mcc::frontend::registerConstantOps(OpTable &t) {
  t.add("Constant", 1, importConstant);
  t.add("ConstantOfShape", 9, importConstantOfShape);
  t.add("Range", 11, importRange);
  t.add("Identity", 1, importIdentity);
  t.add("Dropout", 7, importDropoutV7);
  t.add("Dropout", 12, importDropoutV12);
  t.add("Cast", 6, importCast);
  t.add("CastLike", 15, importCastLike);
}
