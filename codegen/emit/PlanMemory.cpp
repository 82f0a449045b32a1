//===- PlanMemory.cpp - one arena for every intermediate buffer -----------===//
//
// After bufferization every intermediate tensor is a memref.alloc, i.e. a
// malloc and a free per buffer per run. This pass gives each statically
// shaped intermediate buffer of the model function an offset in one arena,
// the workspace, which becomes the function's last argument: the runtime
// allocates it once and reuses it for every run.
//
// Liveness is a linear walk over the function's single block: a buffer lives
// from its alloc to the last top-level op that uses it or any of its aliases
// (views, casts, reshapes, region results, found by BufferViewFlowAnalysis).
// A use nested in a loop or branch counts at the enclosing top-level op, so a
// buffer used in a loop body lives for the whole loop.
//
// Offsets come from greedy-by-size packing (Pisarchyk and Lee, "Efficient
// Memory Management for Deep Neural Net Inference", 2020): largest buffer
// first, each at the lowest 64-byte-aligned offset that no buffer with an
// overlapping lifetime occupies.
//
// Buffers with one dynamic size (a model exported with a dynamic batch: every
// activation is [N, ...]) are planned too. A group of them that share the
// same size value N needs unit × N bytes each, so a plan made for N = 1, in
// units of bytes per N, holds for every N: the group gets one arena of
// units × N bytes, allocated once per run (one malloc instead of one per
// buffer; the deallocation pipeline frees it after its last view), and each
// buffer a view at offset × N. A size N that would make the arena exceed
// 2^40 bytes, or a negative one, becomes the size -1, which
// mcc-guard-dynamic-allocs turns into an INVALID_ARGUMENT error.
//
// Not planned, so still malloc'ed: buffers with several dynamic sizes or a
// size no other buffer shares, buffers allocated inside a loop or branch
// (their lifetime is an iteration, which the linear walk cannot see), and
// buffers that escape through the return (the model outputs, which the
// caller frees).
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"
#include "frontend/Limits.h"

#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/MathExtras.h"

namespace mcc {
#define GEN_PASS_DEF_PLANMEMORY
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {
constexpr int64_t kAlignment = 64;

struct Buffer {
  memref::AllocOp alloc;
  int64_t bytes;
  unsigned start, end; // positions of top-level ops, inclusive
  int64_t offset = -1;
};

// The bytes a statically shaped buffer of `type` needs, as the LLVM lowering
// lays it out (i1 takes a byte), or nothing for element types we do not size.
std::optional<int64_t> byteSize(MemRefType type) {
  Type element = type.getElementType();
  int64_t elementBytes;
  if (element.isIndex())
    elementBytes = 8;
  else if (element.isIntOrFloat())
    elementBytes = llvm::divideCeil(element.getIntOrFloatBitWidth(), 8);
  else
    return std::nullopt;
  return type.getNumElements() * elementBytes;
}

// The bytes of `type` per unit of its one dynamic dim, if it has exactly one.
std::optional<int64_t> bytesPerUnit(MemRefType type) {
  if (type.getNumDynamicDims() != 1)
    return std::nullopt;
  SmallVector<int64_t> shape(type.getShape());
  for (int64_t &d : shape)
    if (ShapedType::isDynamic(d))
      d = 1;
  return byteSize(MemRefType::get(shape, type.getElementType()));
}

bool plannableLayout(memref::AllocOp alloc) {
  MemRefType type = alloc.getType();
  return type.getLayout().isIdentity() && !type.getMemorySpace() &&
         alloc.getAlignment().value_or(1) <= kAlignment;
}

bool plannable(memref::AllocOp alloc) {
  return plannableLayout(alloc) && alloc.getType().hasStaticShape() && byteSize(alloc.getType());
}

// Planned with a dynamic group: one dynamic size, a positive size per unit of it.
bool plannableDynamic(memref::AllocOp alloc) {
  std::optional<int64_t> unit = bytesPerUnit(alloc.getType());
  return plannableLayout(alloc) && unit && *unit > 0;
}

// Greedy by size: returns the arena size.
int64_t assignOffsets(std::vector<Buffer> &buffers) {
  std::vector<Buffer *> order;
  for (Buffer &b : buffers)
    order.push_back(&b);
  llvm::stable_sort(order, [](const Buffer *a, const Buffer *b) {
    return a->bytes != b->bytes ? a->bytes > b->bytes : a->start < b->start;
  });
  std::vector<Buffer *> placed;
  int64_t arena = 0;
  for (Buffer *b : order) {
    std::vector<Buffer *> conflicts;
    for (Buffer *p : placed)
      if (p->start <= b->end && b->start <= p->end)
        conflicts.push_back(p);
    llvm::sort(conflicts, [](const Buffer *x, const Buffer *y) { return x->offset < y->offset; });
    int64_t offset = 0;
    for (Buffer *p : conflicts) {
      if (offset + b->bytes <= p->offset)
        break;
      offset = std::max<int64_t>(offset, llvm::alignTo(p->offset + p->bytes, kAlignment));
    }
    b->offset = offset;
    arena = std::max(arena, static_cast<int64_t>(llvm::alignTo(offset + b->bytes, kAlignment)));
    placed.push_back(b);
  }
  return arena;
}

struct PlanMemoryPass : mcc::impl::PlanMemoryBase<PlanMemoryPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto func = module.lookupSymbol<func::FuncOp>(function);
    if (!func || func.isExternal())
      return; // not a model module: nothing to plan
    for (unsigned i = 0; i < func.getNumArguments(); ++i)
      if (func.getArgAttr(i, kWorkspaceAttr)) {
        func.emitError("the model function already has a workspace argument");
        return signalPassFailure();
      }

    std::vector<Buffer> buffers, dynamicBuffers;
    int64_t outputs = 0, unplanned = 0;
    // A function of several blocks has no linear order to plan in; a model
    // function is one block (control flow lives in scf regions).
    if (func.getBody().hasOneBlock())
      collectBuffers(func, outputs, buffers, dynamicBuffers);
    // The dynamic buffers by their size value; a value only one buffer has gains nothing.
    llvm::MapVector<Value, std::vector<Buffer>> groups;
    for (Buffer &b : dynamicBuffers)
      groups[b.alloc.getDynamicSizes().front()].push_back(b);
    func.walk([&](memref::AllocOp) { ++unplanned; });
    int64_t dynamicPlanned = 0, dynamicUnitBytes = 0;
    for (auto &[scale, group] : groups)
      if (group.size() > 1) {
        dynamicPlanned += group.size();
        dynamicUnitBytes += planDynamicGroup(scale, group);
      }
    unplanned -= buffers.size() + outputs + dynamicPlanned;
    int64_t arena = assignOffsets(buffers);

    MLIRContext *ctx = &getContext();
    auto arenaType = MemRefType::get({arena}, IntegerType::get(ctx, 8));
    unsigned index = func.getNumArguments();
    if (failed(func.insertArgument(index, arenaType,
                                   DictionaryAttr::get(ctx, {NamedAttribute(
                                                                StringAttr::get(ctx, kWorkspaceAttr),
                                                                UnitAttr::get(ctx))}),
                                   func.getLoc()))) {
      func.emitError("cannot add the workspace argument");
      return signalPassFailure();
    }
    Value workspace = func.getArgument(index);
    for (Buffer &b : buffers) {
      OpBuilder builder(b.alloc);
      Location loc = b.alloc.getLoc();
      Value offset = arith::ConstantIndexOp::create(builder, loc, b.offset);
      Value view = memref::ViewOp::create(builder, loc, b.alloc.getType(), workspace, offset,
                                          ValueRange{});
      b.alloc.replaceAllUsesWith(view);
      b.alloc.erase();
    }
    Builder b(ctx);
    module->setAttr("mcc.workspace_bytes", b.getI64IntegerAttr(arena));
    module->setAttr("mcc.planned_buffers",
                    b.getI64IntegerAttr(buffers.size() + dynamicPlanned));
    if (dynamicPlanned)
      module->setAttr("mcc.dynamic_arena_bytes_per_unit", b.getI64IntegerAttr(dynamicUnitBytes));
    module->setAttr("mcc.unplanned_buffers", b.getI64IntegerAttr(unplanned));
  }

private:
  static constexpr llvm::StringLiteral kWorkspaceAttr = "mcc.workspace";

  // Plans the buffers sized unit × `scale` of one group: offsets in units of `scale`, one
  // arena of (units × scale) bytes allocated where `scale` is defined, each alloc replaced by
  // a view at offset × scale. Returns the arena's bytes per unit of `scale`.
  static int64_t planDynamicGroup(Value scale, std::vector<Buffer> &group) {
    int64_t units = assignOffsets(group);
    Location loc = scale.getLoc();
    OpBuilder builder(scale.getContext());
    if (Operation *def = scale.getDefiningOp())
      builder.setInsertionPointAfter(def);
    else
      builder.setInsertionPointToStart(cast<BlockArgument>(scale).getOwner());
    // bytes = units * scale, or -1 (refused by mcc-guard-dynamic-allocs) when scale is
    // negative or the arena would pass the 2^40 limit: an unsigned compare catches both.
    Value limit = arith::ConstantIndexOp::create(builder, loc, mcc::frontend::kMaxElements / units);
    Value fits = arith::CmpIOp::create(builder, loc, arith::CmpIPredicate::ule, scale, limit);
    Value bytes = arith::MulIOp::create(builder, loc, scale,
                                        arith::ConstantIndexOp::create(builder, loc, units));
    Value size = arith::SelectOp::create(builder, loc, fits, bytes,
                                         arith::ConstantIndexOp::create(builder, loc, -1));
    auto arenaType = MemRefType::get({ShapedType::kDynamic}, builder.getI8Type());
    Value arena = memref::AllocOp::create(builder, loc, arenaType, ValueRange{size},
                                          builder.getI64IntegerAttr(kAlignment));
    for (Buffer &b : group) {
      builder.setInsertionPoint(b.alloc);
      Location at = b.alloc.getLoc();
      Value offset = arith::MulIOp::create(
          builder, at, scale, arith::ConstantIndexOp::create(builder, at, b.offset));
      Value view = memref::ViewOp::create(builder, at, b.alloc.getType(), arena, offset,
                                          ValueRange{scale});
      b.alloc.replaceAllUsesWith(view);
      b.alloc.erase();
    }
    return units;
  }

  // The buffers to plan, with their lifetimes: statically shaped ones into `buffers`, those
  // with one dynamic size (bytes per unit of it as their size) into `dynamicBuffers`;
  // `outputs` counts the returned ones.
  static void collectBuffers(func::FuncOp func, int64_t &outputs, std::vector<Buffer> &buffers,
                             std::vector<Buffer> &dynamicBuffers) {
    Block &body = func.front();
    llvm::DenseMap<Operation *, unsigned> position;
    for (auto [i, op] : llvm::enumerate(body))
      position[&op] = i;
    BufferViewFlowAnalysis aliases(func);
    for (auto alloc : body.getOps<memref::AllocOp>()) {
      unsigned start = position.lookup(alloc), end = start;
      bool escapes = false, freed = false;
      for (Value alias : aliases.resolve(alloc.getResult())) {
        for (Operation *user : alias.getUsers()) {
          // Already freed by hand (the pass runs before the deallocation
          // pipeline, so normally nothing is): a view must not be freed.
          freed |= isa<memref::DeallocOp>(user);
          Operation *top = body.findAncestorOpInBlock(*user);
          if (!top || top->hasTrait<OpTrait::IsTerminator>()) {
            escapes = true; // returned: a model output, which the caller frees
            break;
          }
          end = std::max(end, position.lookup(top));
        }
      }
      if (escapes)
        ++outputs;
      else if (!freed && plannable(alloc))
        buffers.push_back({alloc, *byteSize(alloc.getType()), start, end});
      else if (!freed && plannableDynamic(alloc))
        dynamicBuffers.push_back({alloc, *bytesPerUnit(alloc.getType()), start, end});
    }
  }
};
} // namespace
