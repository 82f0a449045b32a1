//===- OpTable.cpp - ONNX (domain, op type, since version) -> importer ----===//
#include "frontend/OpTable.h"

using namespace mcc::frontend;

namespace {
std::string key(llvm::StringRef domain, llvm::StringRef opType) {
  if (domain == "ai.onnx")
    domain = "";
  return (domain + "::" + opType).str();
}
} // namespace

void OpTable::add(llvm::StringRef opType, int sinceVersion, OpImporter importer,
                  llvm::StringRef domain) {
  std::vector<Entry> &versions = entries[key(domain, opType)];
  versions.push_back({sinceVersion, importer});
  llvm::sort(versions, [](const Entry &a, const Entry &b) {
    return a.sinceVersion < b.sinceVersion;
  });
}

OpImporter OpTable::lookup(llvm::StringRef domain, llvm::StringRef opType,
                           int64_t opset) const {
  auto it = entries.find(key(domain, opType));
  if (it == entries.end())
    return nullptr;
  OpImporter found = nullptr;
  for (const Entry &e : it->second)
    if (e.sinceVersion <= opset)
      found = e.importer;
  return found;
}

const OpTable &OpTable::get() {
  static const OpTable table = [] {
    OpTable t;
    registerElementwiseOps(t);
    registerContractionOps(t);
    registerConvPoolOps(t);
    registerNormalizationOps(t);
    registerReductionOps(t);
    registerShapeOps(t);
    registerRecurrentOps(t);
    registerConstantOps(t);
    registerIndexingOps(t);
    registerResizeOps(t);
    registerTransformerOps(t);
    registerLossOps(t);
    registerMiscOps(t);
    registerQuantizationOps(t);
    return t;
  }();
  return table;
}
