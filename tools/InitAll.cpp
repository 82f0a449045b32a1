//===- InitAll.cpp - register every dialect and pass mcc uses -------------===//
#include "tools/InitAll.h"

#include "codegen/Passes.h"
#include "codegen/Pipeline.h"
#include "dialects/mcc/McDialect.h"
#include "passes/Passes.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"

void mcc::registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<mcc::MccDialect>();
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
}

void mcc::registerAllPasses() {
  mlir::registerAllPasses();
  mcc::registerGraphPasses();
  mcc::registerCodegenPasses();
  mcc::registerPipelines();
}
