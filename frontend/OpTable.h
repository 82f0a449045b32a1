//===- OpTable.h - ONNX (domain, op type, since version) -> importer -*- C++ -*-===//
//
// One table for every op the frontend knows, keyed like ONNX's own schema
// registry: an entry covers an op from its `sinceVersion` until the next entry
// of the same op. So a semantic change (Slice's attributes becoming inputs at
// opset 10) is one more row, and opset differences end here: the dialect has a
// single op per concept.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FRONTEND_OPTABLE_H
#define MCC_FRONTEND_OPTABLE_H

#include "frontend/NodeContext.h"

#include "llvm/ADT/StringMap.h"

#include <vector>

namespace mcc::frontend {

/// The opsets of the default domain that mcc reads. Versions past the newest
/// are refused: an op could have changed meaning in them.
constexpr int64_t kMinOpset = 7;
constexpr int64_t kMaxOpset = 28; // ONNX 1.23

class OpTable {
public:
  /// Registers `importer` for `opType` of `domain` ("" is ai.onnx) from opset
  /// `sinceVersion` on.
  void add(llvm::StringRef opType, int sinceVersion, OpImporter importer,
           llvm::StringRef domain = "");
  /// The importer for the node's op at `opset`, or null when unsupported.
  OpImporter lookup(llvm::StringRef domain, llvm::StringRef opType, int64_t opset) const;

  /// The table of every supported op.
  static const OpTable &get();

private:
  struct Entry {
    int sinceVersion;
    OpImporter importer;
  };
  /// Keyed by "domain::OpType"; entries sorted by version.
  llvm::StringMap<std::vector<Entry>> entries;
};

/// A Conv node's convolution of `x` by `w` (+ `bias`, may be null): reads its
/// window attributes (kernel_shape, strides, pads, auto_pad, dilations,
/// group). Conv and the integer convs of the quantized ops share it.
mlir::FailureOr<mlir::Value> buildConv(NodeContext &n, mlir::Value x, mlir::Value w,
                                       mlir::Value bias);

// Each op family registers its rows (ops/*.cpp).
void registerElementwiseOps(OpTable &table);
void registerContractionOps(OpTable &table);
void registerConvPoolOps(OpTable &table);
void registerNormalizationOps(OpTable &table);
void registerReductionOps(OpTable &table);
void registerShapeOps(OpTable &table);
void registerRecurrentOps(OpTable &table);
void registerConstantOps(OpTable &table);
void registerIndexingOps(OpTable &table);
void registerResizeOps(OpTable &table);
void registerTransformerOps(OpTable &table);
void registerLossOps(OpTable &table);
void registerMiscOps(OpTable &table);
void registerQuantizationOps(OpTable &table);

} // namespace mcc::frontend

#endif // MCC_FRONTEND_OPTABLE_H
