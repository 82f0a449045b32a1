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
// Not planned, so still malloc'ed: buffers with a dynamic shape, buffers
// allocated inside a loop or branch (their lifetime is an iteration, which
// the linear walk cannot see), and buffers that escape through the return
// (the model outputs, which the caller frees).
//
//===----------------------------------------------------------------------===//
#include "codegen/Passes.h"

#include "mlir/Dialect/Bufferization/Transforms/BufferViewFlowAnalysis.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
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

bool plannable(memref::AllocOp alloc) {
  MemRefType type = alloc.getType();
  return type.hasStaticShape() && type.getLayout().isIdentity() && !type.getMemorySpace() &&
         alloc.getAlignment().value_or(1) <= kAlignment && byteSize(type);
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

    std::vector<Buffer> buffers;
    int64_t outputs = 0, unplanned = 0;
    // A function of several blocks has no linear order to plan in; a model
    // function is one block (control flow lives in scf regions).
    if (func.getBody().hasOneBlock())
      buffers = collectBuffers(func, outputs);
    func.walk([&](memref::AllocOp) { ++unplanned; });
    unplanned -= buffers.size() + outputs;
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
    module->setAttr("mcc.planned_buffers", b.getI64IntegerAttr(buffers.size()));
    module->setAttr("mcc.unplanned_buffers", b.getI64IntegerAttr(unplanned));
  }

private:
  static constexpr llvm::StringLiteral kWorkspaceAttr = "mcc.workspace";

  // The buffers to plan, with their lifetimes; `outputs` counts the returned ones.
  static std::vector<Buffer> collectBuffers(func::FuncOp func, int64_t &outputs) {
    Block &body = func.front();
    llvm::DenseMap<Operation *, unsigned> position;
    for (auto [i, op] : llvm::enumerate(body))
      position[&op] = i;
    BufferViewFlowAnalysis aliases(func);
    std::vector<Buffer> buffers;
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
    }
    return buffers;
  }
};
} // namespace
