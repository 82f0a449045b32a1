//===- ConstantData.cpp - read and build the data of constants ------------===//
#include "dialects/mcc/ConstantData.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include <cstring>

using namespace mlir;

std::optional<std::vector<char>> mcc::getRawBytes(Attribute attr) {
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    ArrayRef<char> data = blob->getData();
    return std::vector<char>(data.begin(), data.end());
  }
  auto dense = dyn_cast<DenseElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  std::vector<char> out;
  if (dense.getElementType().isInteger(1)) { // stored bit-packed
    for (bool b : dense.getValues<bool>())
      out.push_back(b ? 1 : 0);
    return out;
  }
  ArrayRef<char> raw = dense.getRawData();
  if (!dense.isSplat())
    return std::vector<char>(raw.begin(), raw.end());
  int64_t n = dense.getNumElements();
  out.reserve(raw.size() * n);
  for (int64_t i = 0; i < n; ++i)
    out.insert(out.end(), raw.begin(), raw.end());
  return out;
}

namespace {
template <typename T>
void appendAll(ArrayRef<char> bytes, std::vector<double> &out) {
  for (size_t i = 0; i + sizeof(T) <= bytes.size(); i += sizeof(T)) {
    T v;
    std::memcpy(&v, bytes.data() + i, sizeof(T));
    out.push_back(static_cast<double>(v));
  }
}
} // namespace

std::optional<std::vector<double>> mcc::getValuesAsDouble(Attribute attr) {
  auto elements = dyn_cast<ElementsAttr>(attr);
  std::optional<std::vector<char>> bytes = getRawBytes(attr);
  if (!elements || !bytes)
    return std::nullopt;
  Type t = elements.getElementType();
  std::vector<double> out;
  if (t.isF32())
    appendAll<float>(*bytes, out);
  else if (t.isF64())
    appendAll<double>(*bytes, out);
  else if (t.isInteger(64))
    appendAll<int64_t>(*bytes, out);
  else if (t.isInteger(32))
    appendAll<int32_t>(*bytes, out);
  else if (t.isInteger(16))
    appendAll<int16_t>(*bytes, out);
  else if (t.isInteger(8) || t.isInteger(1))
    appendAll<int8_t>(*bytes, out);
  else
    return std::nullopt;
  if ((int64_t)out.size() != elements.getNumElements())
    return std::nullopt;
  return out;
}

ElementsAttr mcc::makeElementsAttr(RankedTensorType type, ArrayRef<char> bytes,
                                   StringRef blobName, int64_t resourceBytes) {
  Type element = type.getElementType();
  if (element.isInteger(1)) {
    SmallVector<bool> values;
    for (char c : bytes)
      values.push_back(c != 0);
    return DenseElementsAttr::get(type, ArrayRef<bool>(values));
  }
  if ((int64_t)bytes.size() >= resourceBytes) {
    size_t align = std::max<size_t>(1, element.getIntOrFloatBitWidth() / 8);
    AsmResourceBlob blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, align);
    return DenseResourceElementsAttr::get(type, blobName, std::move(blob));
  }
  return DenseElementsAttr::getFromRawBuffer(type, bytes);
}

ElementsAttr mcc::makeFloatElementsAttr(RankedTensorType type, ArrayRef<double> values,
                                        StringRef blobName, int64_t resourceBytes) {
  std::vector<char> bytes;
  if (type.getElementType().isF64()) {
    bytes.resize(values.size() * sizeof(double));
    std::memcpy(bytes.data(), values.data(), bytes.size());
  } else {
    std::vector<float> floats(values.begin(), values.end());
    bytes.resize(floats.size() * sizeof(float));
    std::memcpy(bytes.data(), floats.data(), bytes.size());
  }
  return makeElementsAttr(type, bytes, blobName, resourceBytes);
}

std::optional<std::vector<double>> mcc::getConstantValuesAsDouble(Value v) {
  Attribute attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  return getValuesAsDouble(attr);
}
