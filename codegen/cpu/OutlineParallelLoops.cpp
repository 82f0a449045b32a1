//===- OutlineParallelLoops.cpp - large linalg loops run on the thread pool ===//
//
// The runtime's kernels (GEMM, conv, pooling gradients) split their work over
// the thread pool; the loops codegen writes itself (elementwise chains,
// reductions over inner dims, pooling, copies) would otherwise run on the
// calling thread alone while the others wait. This pass gives each large one
// the same threads:
//
//   linalg op on buffers with a parallel loop that every operand indexes as
//   one of its dims or not at all, and that every output indexes (the
//   outermost such loop: the batch for elementwise ops, the channels for a
//   bias gradient summed over batch and pixels)
//     -> func.func private @__mcc_parallel_N(ctx, begin, end): the op on
//        subviews [begin, end) along that dim of the operands indexed by it
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
#include "mlir/Dialect/Arith/Utils/Utils.h"
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

// How an op splits: along loop `loop`, which operand `i` indexes in its dim `dims[i]`
// (-1: not at all, so every part reads it whole).
struct Split {
  unsigned loop;
  SmallVector<int64_t> dims;
};

// `op` split along parallel loop `loop`, if every operand indexes that loop plainly (as one
// whole dim, in no other) or not at all, and the outputs all index it.
std::optional<Split> splitAlong(linalg::LinalgOp op, unsigned loop) {
  Split split{loop, {}};
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    int64_t dim = -1;
    for (unsigned r = 0; r < map.getNumResults(); ++r) {
      if (!map.getResult(r).isFunctionOfDim(loop))
        continue;
      auto expr = dyn_cast<AffineDimExpr>(map.getResult(r));
      if (!expr || dim >= 0)
        return std::nullopt; // a window (d0 + d4) or a diagonal
      dim = r;
    }
    if (dim < 0 && op.isDpsInit(&operand))
      return std::nullopt; // every thread would write all of it
    if (dim >= 0 && !isa<MemRefType>(operand.get().getType()))
      return std::nullopt;
    split.dims.push_back(dim);
  }
  // A buffer split in one operand and whole (or split along another dim) in another would
  // need two views of one value.
  for (auto [i, a] : llvm::enumerate(op->getOpOperands()))
    for (auto [j, b] : llvm::enumerate(op->getOpOperands()))
      if (a.get() == b.get() && split.dims[i] != split.dims[j])
        return std::nullopt;
  return split;
}

// The outermost parallel loop `op` splits along; nullopt when none does or the op is too
// small to be worth waking threads for.
std::optional<Split> chooseSplit(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumLoops() == 0)
    return std::nullopt;
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  for (unsigned loop = 0; loop < op.getNumLoops(); ++loop) {
    if (iterators[loop] != utils::IteratorType::parallel || ranges[loop] == 1)
      continue;
    std::optional<Split> split = splitAlong(op, loop);
    if (!split)
      continue;
    // The runtime decides from the real sizes how many threads the op is worth (maybe
    // one); only ops too small for that whatever their dynamic sizes stay inline.
    int64_t known = 1;
    bool dynamic = false;
    for (int64_t r : ranges) {
      if (ShapedType::isDynamic(r))
        dynamic = true;
      else
        known *= r;
    }
    if (known < (dynamic ? 512 : (1 << 15)))
      return std::nullopt;
    return split;
  }
  return std::nullopt;
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
        if (std::optional<Split> split = chooseSplit(op))
          (void)outline(op, *split, converter, counter);
    }
  }

  LogicalResult outline(linalg::LinalgOp op, const Split &split, LLVMTypeConverter &converter,
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
      int64_t dim = split.dims[operand.getOperandNumber()];
      if (dim < 0)
        continue;
      Value whole = mapping.lookup(operand.get());
      auto type = cast<MemRefType>(whole.getType());
      SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0)),
          sizes = memref::getMixedSizes(b, loc, whole), strides(type.getRank(), b.getIndexAttr(1));
      offsets[dim] = begin;
      sizes[dim] = length;
      Value part = memref::SubViewOp::create(b, loc, whole, offsets, sizes, strides);
      mapping.map(operand.get(), part);
    }
    Operation *clone = b.clone(*op, mapping);
    // The body's view of the split loop's index starts at `begin` again.
    clone->walk([&](linalg::IndexOp index) {
      if (index.getDim() != split.loop)
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
    OpOperand *init = op.getDpsInitOperand(0);
    Value extent = memref::DimOp::create(cb, loc, init->get(), split.dims[init->getOperandNumber()]);
    Value fn = func::ConstantOp::create(cb, loc, bodyType, name);
    Value fnPtr = UnrealizedConversionCastOp::create(cb, loc, ptrType, fn).getResult(0);
    // Iterations per row: the product of the other loops' sizes, at run time.
    Value work = arith::ConstantIndexOp::create(cb, loc, 1);
    for (auto [i, range] : llvm::enumerate(op.createLoopRanges(cb, loc)))
      if (i != split.loop)
        work = cb.createOrFold<arith::MulIOp>(
            loc, work, getValueOrCreateConstantIndexOp(cb, loc, range.size));
    Value args[] = {fnPtr, stack, arith::IndexCastOp::create(cb, loc, i64, extent),
                    arith::IndexCastOp::create(cb, loc, i64, work)};
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
