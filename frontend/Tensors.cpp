//===- Tensors.cpp - ONNX dtypes and TensorProto payloads -----------------===//
#include "frontend/Tensors.h"

#include "frontend/Limits.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SwapByteOrder.h"

#include <cstring>
#include <limits>

using namespace mlir;
using namespace mcc::frontend;
using llvm::StringRef;

std::string mcc::frontend::dtypeName(int64_t dtype) {
  // TensorProto.DataType as of ONNX 1.23 (the schema we compile against stops at 16).
  static const char *const names[] = {
      "UNDEFINED",     "FLOAT",          "UINT8",      "INT8",        "UINT16",
      "INT16",         "INT32",          "INT64",      "STRING",      "BOOL",
      "FLOAT16",       "DOUBLE",         "UINT32",     "UINT64",      "COMPLEX64",
      "COMPLEX128",    "BFLOAT16",       "FLOAT8E4M3FN", "FLOAT8E4M3FNUZ", "FLOAT8E5M2",
      "FLOAT8E5M2FNUZ", "UINT4",         "INT4",       "FLOAT4E2M1",  "FLOAT8E8M0",
      "UINT2",         "INT2"};
  if (dtype >= 0 && dtype < static_cast<int64_t>(std::size(names)))
    return names[dtype];
  return "dtype " + std::to_string(dtype);
}

Type mcc::frontend::convertDtype(MLIRContext *context, int64_t dtype) {
  switch (dtype) {
  case onnx::TensorProto::FLOAT:
    return Float32Type::get(context);
  case onnx::TensorProto::DOUBLE:
    return Float64Type::get(context);
  case onnx::TensorProto::FLOAT16:
    return Float16Type::get(context);
  case onnx::TensorProto::INT8:
    return IntegerType::get(context, 8);
  case onnx::TensorProto::INT16:
    return IntegerType::get(context, 16);
  case onnx::TensorProto::INT32:
    return IntegerType::get(context, 32);
  case onnx::TensorProto::INT64:
    return IntegerType::get(context, 64);
  case onnx::TensorProto::BOOL:
    return IntegerType::get(context, 1);
  default:
    // Unsigned types have no signless equivalent that keeps their meaning
    // (compare, divide, widen), so they are refused rather than mis-mapped.
    return nullptr;
  }
}

namespace {
std::string shapeString(ArrayRef<int64_t> dims) {
  std::string s = "[";
  for (size_t i = 0; i < dims.size(); ++i)
    s += (i ? ", " : "") + std::to_string(dims[i]);
  return s + "]";
}

// Bytes one element takes in raw_data (bool is one byte there).
int64_t elementBytes(Type type) {
  return std::max<int64_t>(1, type.getIntOrFloatBitWidth() / 8);
}

StringRef externalDataValue(const onnx::TensorProto &tensor, StringRef key) {
  for (const auto &entry : tensor.external_data())
    if (entry.key() == key)
      return entry.value();
  return {};
}

// Reads `length` bytes of the external data of `tensor`. The file must lie
// inside the model's folder, also after resolving symlinks.
FailureOr<std::unique_ptr<llvm::MemoryBuffer>>
readExternalData(const onnx::TensorProto &tensor, const TensorDecodeOptions &options,
                 int64_t expectedBytes, ErrorFn error) {
  StringRef location = externalDataValue(tensor, "location");
  if (location.empty()) {
    error() << "external data without a 'location' entry";
    return failure();
  }
  namespace path = llvm::sys::path;
  if (path::is_absolute(location) || path::is_absolute(location, path::Style::windows)) {
    error() << "external data path '" << location
            << "' is absolute; it must be relative to the model's folder";
    return failure();
  }
  for (StringRef part : llvm::make_range(path::begin(location), path::end(location))) {
    if (part == "..") {
      error() << "external data path '" << location << "' escapes the model's folder";
      return failure();
    }
  }
  SmallString<256> file(options.modelDir);
  path::append(file, location);
  SmallString<256> realDir, realFile;
  if (std::error_code ec = llvm::sys::fs::real_path(file, realFile)) {
    error() << "cannot open external data file '" << file << "': " << ec.message();
    return failure();
  }
  if (std::error_code ec = llvm::sys::fs::real_path(options.modelDir, realDir)) {
    error() << "cannot resolve the model's folder '" << options.modelDir << "': " << ec.message();
    return failure();
  }
  SmallString<256> prefix(realDir);
  if (!prefix.ends_with("/"))
    prefix += "/";
  if (!StringRef(realFile).starts_with(prefix)) {
    error() << "external data file '" << file << "' resolves to '" << realFile
            << "', outside the model's folder '" << realDir << "'";
    return failure();
  }

  // Only a plain file with one name: a FIFO or a device would block or never
  // end, and a second hard link may live outside the folder (a link count
  // cannot tell where, so any is refused).
  llvm::sys::fs::file_status status;
  if (std::error_code ec = llvm::sys::fs::status(realFile, status)) {
    error() << "cannot read external data file '" << file << "': " << ec.message();
    return failure();
  }
  if (status.type() != llvm::sys::fs::file_type::regular_file) {
    error() << "external data file '" << file << "' is not a regular file";
    return failure();
  }
  if (status.getLinkCount() > 1) {
    error() << "external data file '" << file << "' has " << status.getLinkCount()
            << " hard links; mcc reads external data only from files with one, since another "
               "link may lie outside the model's folder";
    return failure();
  }
  uint64_t fileSize = status.getSize();
  uint64_t offset = 0, length = 0;
  StringRef offsetText = externalDataValue(tensor, "offset");
  StringRef lengthText = externalDataValue(tensor, "length");
  if (!offsetText.empty() && offsetText.getAsInteger(10, offset)) {
    error() << "external data offset '" << offsetText << "' is not a number";
    return failure();
  }
  if (offset > fileSize) {
    error() << "external data offset " << offset << " is past the end of '" << file << "' ("
            << fileSize << " bytes)";
    return failure();
  }
  if (lengthText.empty()) {
    length = fileSize - offset;
  } else if (lengthText.getAsInteger(10, length)) {
    error() << "external data length '" << lengthText << "' is not a number";
    return failure();
  }
  if (length > fileSize - offset) {
    error() << "external data [" << offset << ", " << offset << " + " << length
            << ") runs past the end of '" << file << "' (" << fileSize << " bytes)";
    return failure();
  }
  if (length != static_cast<uint64_t>(expectedBytes)) {
    error() << "external data in '" << file << "' holds " << length
            << " bytes but the tensor's shape needs " << expectedBytes;
    return failure();
  }
  auto buffer = llvm::MemoryBuffer::getFileSlice(realFile, length, offset, /*IsVolatile=*/false);
  if (!buffer) {
    error() << "cannot read external data file '" << file << "': " << buffer.getError().message();
    return failure();
  }
  return std::move(*buffer);
}

// Copies a typed field (float_data, int32_data, ...) into raw little-endian
// bytes of `type`.
template <typename Field>
LogicalResult typedFieldToBytes(const Field &field, StringRef fieldName, Type type, int64_t count,
                                std::vector<char> &bytes, ErrorFn error) {
  if (static_cast<int64_t>(field.size()) != count) {
    error() << fieldName << " holds " << field.size() << " values but the shape needs " << count;
    return failure();
  }
  int64_t width = elementBytes(type);
  bytes.resize(count * width);
  for (int64_t i = 0; i < count; ++i) {
    char *dst = bytes.data() + i * width;
    auto value = field.Get(i);
    if (type.isF32()) {
      float f = static_cast<float>(value);
      std::memcpy(dst, &f, 4);
    } else if (type.isF64()) {
      double d = static_cast<double>(value);
      std::memcpy(dst, &d, 8);
    } else if (type.isF16()) {
      uint16_t bits = static_cast<uint16_t>(value); // int32_data holds the f16 bit pattern
      std::memcpy(dst, &bits, 2);
    } else if (type.isInteger(1)) {
      *dst = value != 0;
    } else if (type.isInteger(8)) {
      int8_t x = static_cast<int8_t>(value);
      std::memcpy(dst, &x, 1);
    } else if (type.isInteger(16)) {
      int16_t x = static_cast<int16_t>(value);
      std::memcpy(dst, &x, 2);
    } else if (type.isInteger(32)) {
      int32_t x = static_cast<int32_t>(value);
      std::memcpy(dst, &x, 4);
    } else {
      int64_t x = static_cast<int64_t>(value);
      std::memcpy(dst, &x, 8);
    }
  }
  return success();
}

std::string sanitizeBlobName(StringRef name) {
  std::string out;
  for (char c : name)
    out += (llvm::isAlnum(c) || c == '_' || c == '.') ? c : '_';
  if (out.empty() || llvm::isDigit(out[0]) || out[0] == '.')
    out = "_" + out;
  return out;
}
} // namespace

FailureOr<ElementsAttr> mcc::frontend::decodeTensor(MLIRContext *context,
                                                    const onnx::TensorProto &tensor,
                                                    StringRef blobName,
                                                    const TensorDecodeOptions &options,
                                                    ErrorFn error) {
  Type element = convertDtype(context, tensor.data_type());
  if (!element) {
    error() << "unsupported dtype " << dtypeName(tensor.data_type());
    return failure();
  }
  if (tensor.has_segment()) {
    error() << "segmented tensors are not supported";
    return failure();
  }
  if (tensor.dims_size() > kMaxRank) {
    error() << "rank " << tensor.dims_size() << "; mcc accepts at most " << kMaxRank
            << " (limit kMaxRank)";
    return failure();
  }
  SmallVector<int64_t> dims(tensor.dims().begin(), tensor.dims().end());
  int64_t count = 1;
  for (int64_t d : dims) {
    if (d < 0) {
      error() << "invalid shape " << shapeString(dims) << ": negative dim " << d;
      return failure();
    }
    // Also keeps the byte count below from overflowing.
    if (d > 0 && count > kMaxElements / d) {
      error() << "invalid shape " << shapeString(dims) << ": more than " << kMaxElements
              << " elements (limit kMaxElements)";
      return failure();
    }
    count *= d;
  }
  auto type = RankedTensorType::get(dims, element);
  int64_t width = elementBytes(element);
  int64_t expectedBytes = count * width;
  std::string dtype = dtypeName(tensor.data_type());

  if (llvm::sys::IsBigEndianHost) {
    error() << "mcc reads ONNX tensors on little-endian hosts only";
    return failure();
  }

  // The payload as raw little-endian bytes, wherever it is stored.
  std::unique_ptr<llvm::MemoryBuffer> external;
  std::vector<char> converted;
  ArrayRef<char> bytes;
  if (tensor.data_location() == onnx::TensorProto::EXTERNAL) {
    auto buffer = readExternalData(tensor, options, expectedBytes, error);
    if (failed(buffer))
      return failure();
    external = std::move(*buffer);
    bytes = ArrayRef<char>(external->getBufferStart(), external->getBufferSize());
  } else if (tensor.has_raw_data()) {
    const std::string &raw = tensor.raw_data();
    if (static_cast<int64_t>(raw.size()) != expectedBytes) {
      error() << "raw_data holds " << raw.size() << " bytes but shape " << shapeString(dims)
              << " of " << dtype << " needs " << expectedBytes;
      return failure();
    }
    bytes = ArrayRef<char>(raw.data(), raw.size());
  } else {
    LogicalResult ok = success();
    if (element.isF32())
      ok = typedFieldToBytes(tensor.float_data(), "float_data", element, count, converted, error);
    else if (element.isF64())
      ok = typedFieldToBytes(tensor.double_data(), "double_data", element, count, converted, error);
    else if (element.isInteger(64))
      ok = typedFieldToBytes(tensor.int64_data(), "int64_data", element, count, converted, error);
    else
      ok = typedFieldToBytes(tensor.int32_data(), "int32_data", element, count, converted, error);
    if (failed(ok))
      return failure();
    bytes = converted;
  }

  if (element.isInteger(1)) {
    // Dense i1 attributes are bit-packed: go through bools.
    SmallVector<bool> values;
    values.reserve(count);
    for (char c : bytes)
      values.push_back(c != 0);
    return cast<ElementsAttr>(DenseElementsAttr::get(type, ArrayRef<bool>(values)));
  }
  if (expectedBytes > 0 && expectedBytes >= options.resourceThresholdBytes) {
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, static_cast<size_t>(width));
    return cast<ElementsAttr>(
        DenseResourceElementsAttr::get(type, sanitizeBlobName(blobName), std::move(blob)));
  }
  bool splat = false;
  if (!DenseElementsAttr::isValidRawBuffer(type, bytes, splat)) {
    error() << "cannot build a constant of type " << type << " from " << bytes.size()
            << " bytes";
    return failure();
  }
  return cast<ElementsAttr>(DenseElementsAttr::getFromRawBuffer(type, bytes));
}
