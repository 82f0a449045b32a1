//===- mcc-opt.cpp - mlir-opt with the mcc dialect and passes -------------===//
#include "tools/InitAll.h"

#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mcc::registerAllDialects(registry);
  mcc::registerAllPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "mcc optimizer driver\n", registry));
}
