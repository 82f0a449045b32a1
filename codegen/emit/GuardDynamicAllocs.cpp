//===- GuardDynamicAllocs.cpp - no wrapped allocation sizes at run time ---===//
//
// The sizes of a dynamic buffer come from the input values at run time (a shape tensor
// fed to ConstantOfShape, Expand, Tile or Reshape, a sequence length), that is from the
// caller. The LLVM lowering multiplies them into a byte count without any check, so
// sizes like [2^62, 4] wrap to a small block that the model then writes far past, and a
// negative size is just as bad. Before each allocation with dynamic sizes this pass checks
// that every size is non-negative and that the element count stays within 2^40 (the
// compile-time limit of frontend/Limits.h); if not, it calls mcc_kernel_invalid_size,
// which ends the run with MCC_INVALID_ARGUMENT (runtime/src/RunAbort.cpp).
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"
#include "frontend/Limits.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/Support/MathExtras.h"

namespace mcc {
#define GEN_PASS_DEF_GUARDDYNAMICALLOCS
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
constexpr llvm::StringLiteral kInvalidSize = "mcc_kernel_invalid_size";

struct GuardDynamicAllocsPass : mcc::impl::GuardDynamicAllocsBase<GuardDynamicAllocsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<std::pair<Operation *, ValueRange>> allocs;
    module.walk([&](Operation *op) {
      ValueRange sizes;
      if (auto alloc = dyn_cast<memref::AllocOp>(op))
        sizes = alloc.getDynamicSizes();
      else if (auto alloca = dyn_cast<memref::AllocaOp>(op))
        sizes = alloca.getDynamicSizes();
      if (!sizes.empty())
        allocs.push_back({op, sizes});
    });
    if (allocs.empty())
      return;
    func::FuncOp fail = declareInvalidSize(module);
    for (auto [op, sizes] : allocs)
      guard(op, cast<MemRefType>(op->getResult(0).getType()), sizes, fail);
  }

private:
  static func::FuncOp declareInvalidSize(ModuleOp module) {
    if (auto existing = module.lookupSymbol<func::FuncOp>(kInvalidSize))
      return existing;
    OpBuilder b = OpBuilder::atBlockBegin(module.getBody());
    auto fn = func::FuncOp::create(b, module.getLoc(), kInvalidSize, b.getFunctionType({}, {}));
    fn.setPrivate();
    return fn;
  }

  // ok = every size <= limit / (product of the sizes before it), compared unsigned, so
  // that a negative size (a huge unsigned one) fails too; the divisions never see 0.
  static void guard(Operation *op, MemRefType type, ValueRange sizes, func::FuncOp fail) {
    OpBuilder b(op);
    Location loc = op->getLoc();
    // Saturating: a static part past the limit leaves dynamic sizes of at most 1.
    uint64_t staticElements = 1;
    for (int64_t d : type.getShape())
      if (!ShapedType::isDynamic(d))
        staticElements = llvm::SaturatingMultiply(staticElements,
                                                  static_cast<uint64_t>(std::max<int64_t>(d, 1)));
    int64_t limit = std::max<int64_t>(
        static_cast<uint64_t>(mcc::frontend::kMaxElements) / staticElements, 1);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value limitValue = arith::ConstantIndexOp::create(b, loc, limit);
    Value product = one;
    Value ok = arith::ConstantIntOp::create(b, loc, 1, 1);
    for (Value size : sizes) {
      Value bound = arith::DivUIOp::create(b, loc, limitValue,
                                           arith::MaxUIOp::create(b, loc, product, one));
      Value fits = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, size, bound);
      ok = arith::AndIOp::create(b, loc, ok, fits);
      product = arith::MulIOp::create(b, loc, product, size);
    }
    Value bad = arith::XOrIOp::create(b, loc, ok, arith::ConstantIntOp::create(b, loc, 1, 1));
    auto check = scf::IfOp::create(b, loc, bad, /*withElseRegion=*/false);
    OpBuilder inside = check.getThenBodyBuilder();
    func::CallOp::create(inside, loc, fail, ValueRange{});
  }
};
} // namespace
