//===- OutlineParallelLoops.cpp - large linalg loops run on the thread pool ===//
//
// The runtime's kernels (GEMM, conv, pooling gradients) split their work over
// the thread pool; the loops codegen writes itself (elementwise chains,
// reductions over inner dims, pooling, copies) would otherwise run on the
// calling thread alone while the others wait. This pass gives each large one
// the same threads:
//
//   linalg op on buffers, outermost loop parallel, every operand either
//   indexed by that loop in its first dim or not at all
//     -> func.func private @__mcc_parallel_N(ctx, begin, end): the op on
//        subviews [begin, end) of the operands indexed by the loop
//     -> mcc_parallel_for(@__mcc_parallel_N, ctx, extent, work per item)
//
// `ctx` is a stack struct holding the op's operands (memref descriptors in
// their LLVM form, through unrealized casts that the LLVM lowering folds away)
// and any scalars its body uses from above. Each element is computed by the
// same code in the same order as before, on whichever thread owns its rows,
// so results do not depend on the thread count.
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"

#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/RegionUtils.h"

namespace mcc {
#define GEN_PASS_DEF_OUTLINEPARALLELLOOPS
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
constexpr StringLiteral kRuntimeEntry = "mcc_parallel_for";

// The number of inner iterations per outer one, counting dynamic inner loops as 1; or
// nullopt when `op` cannot be split along its outermost loop.
std::optional<int64_t> workPerOuterIteration(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumLoops() == 0 ||
      op.getIteratorTypesArray()[0] != utils::IteratorType::parallel)
    return std::nullopt;
  bool initSplit = false;
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    if (!map.isFunctionOfDim(0)) {
      if (op.isDpsInit(&operand))
        return std::nullopt; // every thread would write all of it
      continue;
    }
    auto first = map.getNumResults() ? dyn_cast<AffineDimExpr>(map.getResult(0)) : nullptr;
    if (!first || first.getPosition() != 0 || !isa<MemRefType>(operand.get().getType()))
      return std::nullopt;
    for (unsigned r = 1; r < map.getNumResults(); ++r)
      if (map.getResult(r).isFunctionOfDim(0))
        return std::nullopt;
    initSplit |= op.isDpsInit(&operand);
  }
  if (!initSplit)
    return std::nullopt;
  // A buffer read split in one operand and whole in another would need two mappings.
  for (OpOperand &a : op->getOpOperands())
    for (OpOperand &b : op->getOpOperands())
      if (a.get() == b.get() && op.getMatchingIndexingMap(&a).isFunctionOfDim(0) !=
                                    op.getMatchingIndexingMap(&b).isFunctionOfDim(0))
        return std::nullopt;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (ranges[0] == 1)
    return std::nullopt;
  int64_t inner = 1;
  for (int64_t r : ArrayRef(ranges).drop_front())
    if (!ShapedType::isDynamic(r))
      inner *= r;
  int64_t outer = ShapedType::isDynamic(ranges[0]) ? 1 : ranges[0];
  // Below this many iterations in all, waking a thread costs more than it saves.
  if (inner * std::max<int64_t>(outer, 2) < (1 << 15))
    return std::nullopt;
  return inner;
}

struct OutlineParallelLoopsPass
    : mcc::impl::OutlineParallelLoopsBase<OutlineParallelLoopsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    LLVMTypeConverter converter(ctx);
    unsigned counter = 0;
    for (auto func : llvm::to_vector(module.getOps<func::FuncOp>())) {
      if (func.isExternal() || func.getSymName().starts_with("__mcc_parallel_"))
        continue;
      // Only ops in the entry block: the context is stack memory, and an alloca in a
      // loop body would grow the stack on every iteration.
      SmallVector<linalg::LinalgOp> candidates;
      for (Operation &op : func.getBody().front())
        if (auto linalgOp = dyn_cast<linalg::LinalgOp>(&op))
          candidates.push_back(linalgOp);
      for (linalg::LinalgOp op : candidates)
        if (std::optional<int64_t> work = workPerOuterIteration(op))
          (void)outline(op, *work, converter, counter);
    }
  }

  LogicalResult outline(linalg::LinalgOp op, int64_t work, LLVMTypeConverter &converter,
                        unsigned &counter) {
    MLIRContext *ctx = &getContext();
    ModuleOp module = getOperation();
    Location loc = op.getLoc();
    // What the outlined function needs: the operands, then the body's values from above
    // (constants are cloned instead).
    SetVector<Value> captured(op->getOperands().begin(), op->getOperands().end());
    SetVector<Value> above;
    for (Region &region : op->getRegions())
      getUsedValuesDefinedAbove(region, above);
    SmallVector<Operation *> constants;
    for (Value v : above) {
      if (Operation *def = v.getDefiningOp(); def && def->hasTrait<OpTrait::ConstantLike>())
        constants.push_back(def);
      else if (v.getType().isIntOrIndexOrFloat())
        captured.insert(v);
      else
        return failure();
    }
    SmallVector<Type> slotTypes;
    for (Value v : captured) {
      Type t = converter.convertType(v.getType());
      if (!t)
        return failure();
      slotTypes.push_back(t);
    }
    auto contextType = LLVM::LLVMStructType::getLiteral(ctx, slotTypes);
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    Type i64 = IntegerType::get(ctx, 64);
    auto bodyType = FunctionType::get(ctx, {ptrType, i64, i64}, {});

    // The outlined body.
    OpBuilder mb = OpBuilder::atBlockEnd(module.getBody());
    std::string name = "__mcc_parallel_" + std::to_string(counter++);
    auto outlined = func::FuncOp::create(mb, loc, name, bodyType);
    outlined.setPrivate();
    Block *entry = outlined.addEntryBlock();
    OpBuilder b = OpBuilder::atBlockEnd(entry);
    Value context = entry->getArgument(0);
    auto slot = [&](OpBuilder &builder, Value base, unsigned i) {
      return LLVM::GEPOp::create(builder, loc, ptrType, contextType, base,
                                 ArrayRef<LLVM::GEPArg>{0, (int32_t)i});
    };
    IRMapping mapping;
    for (auto [i, v] : llvm::enumerate(captured)) {
      Value loaded = LLVM::LoadOp::create(b, loc, slotTypes[i], slot(b, context, i));
      if (loaded.getType() != v.getType())
        loaded = UnrealizedConversionCastOp::create(b, loc, v.getType(), loaded).getResult(0);
      mapping.map(v, loaded);
    }
    for (Operation *c : constants)
      b.clone(*c, mapping);
    Value begin = arith::IndexCastOp::create(b, loc, b.getIndexType(), entry->getArgument(1));
    Value end = arith::IndexCastOp::create(b, loc, b.getIndexType(), entry->getArgument(2));
    Value length = arith::SubIOp::create(b, loc, end, begin);
    for (OpOperand &operand : op->getOpOperands()) {
      if (!op.getMatchingIndexingMap(&operand).isFunctionOfDim(0))
        continue;
      Value whole = mapping.lookup(operand.get());
      auto type = cast<MemRefType>(whole.getType());
      SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0)),
          sizes = memref::getMixedSizes(b, loc, whole), strides(type.getRank(), b.getIndexAttr(1));
      offsets[0] = begin;
      sizes[0] = length;
      Value part = memref::SubViewOp::create(b, loc, whole, offsets, sizes, strides);
      mapping.map(operand.get(), part);
    }
    Operation *clone = b.clone(*op, mapping);
    // The body's view of the outer index starts at `begin` again.
    clone->walk([&](linalg::IndexOp index) {
      if (index.getDim() != 0)
        return;
      OpBuilder ib(index->getNextNode());
      Value shifted = arith::AddIOp::create(ib, index.getLoc(), index, begin);
      index.getResult().replaceAllUsesExcept(shifted, shifted.getDefiningOp());
    });
    func::ReturnOp::create(b, loc);

    // The call in its place.
    OpBuilder cb(op);
    Value one = LLVM::ConstantOp::create(cb, loc, i64, cb.getI64IntegerAttr(1));
    Value stack = LLVM::AllocaOp::create(cb, loc, ptrType, contextType, one);
    for (auto [i, v] : llvm::enumerate(captured)) {
      Value lowered = v;
      if (v.getType() != slotTypes[i])
        lowered = UnrealizedConversionCastOp::create(cb, loc, slotTypes[i], v).getResult(0);
      LLVM::StoreOp::create(cb, loc, lowered, slot(cb, stack, i));
    }
    Value extent = memref::DimOp::create(cb, loc, op.getDpsInits()[0], 0);
    Value fn = func::ConstantOp::create(cb, loc, bodyType, name);
    Value fnPtr = UnrealizedConversionCastOp::create(cb, loc, ptrType, fn).getResult(0);
    Value args[] = {fnPtr, stack, arith::IndexCastOp::create(cb, loc, i64, extent),
                    arith::ConstantOp::create(cb, loc, cb.getI64IntegerAttr(work))};
    func::CallOp::create(cb, loc, kRuntimeEntry, TypeRange{}, args);
    op->erase();
    if (!module.lookupSymbol(kRuntimeEntry)) {
      auto decl = func::FuncOp::create(mb, loc, kRuntimeEntry,
                                       FunctionType::get(ctx, {ptrType, ptrType, i64, i64}, {}));
      decl.setPrivate();
    }
    return success();
  }
};
} // namespace
