//===- TileAndFuseEpilogues.cpp - contraction + epilogue as one kernel ----===//
//
// The fused ops lower to a contraction and one generic that finishes its
// result in place. Tiling that generic over its outer parallel dims and
// fusing the contraction (and the fill of its accumulator) into the tile loop
// makes them one loop nest: each tile of outputs is accumulated and finished
// while it is hot. Destination-passing style keeps it in place: the loop
// iterates on the accumulator's own tensor, so bufferization gives the whole
// kernel one buffer.
//
//===----------------------------------------------------------------------===//
#include "mlir/Dialect/Affine/IR/AffineOps.h"

#include "codegen/Passes.h"
#include "codegen/cpu/Lowering.h"

#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Interfaces/TilingInterface.h"

namespace mcc {
#define GEN_PASS_DEF_TILEANDFUSEEPILOGUES
#include "codegen/Passes.h.inc"
} // namespace mcc

using namespace mlir;

namespace {

/// The contraction whose result `generic` finishes in place: the producer of
/// its only init, with reduction loops and no other user. Null otherwise.
linalg::LinalgOp getFinishedContraction(linalg::GenericOp generic) {
  if (generic.getNumDpsInits() != 1 || generic.getNumReductionLoops() != 0 ||
      !generic.hasPureTensorSemantics())
    return nullptr;
  OpOperand *init = generic.getDpsInitOperand(0);
  if (!generic.payloadUsesValueFromOperand(init) ||
      !generic.getMatchingIndexingMap(init).isIdentity())
    return nullptr;
  auto producer = init->get().getDefiningOp<linalg::LinalgOp>();
  if (!producer || producer.getNumReductionLoops() == 0 || !producer->hasOneUse() ||
      producer->getNumResults() != 1)
    return nullptr;
  return producer;
}

struct TileAndFuseEpiloguesPass
    : mcc::impl::TileAndFuseEpiloguesBase<TileAndFuseEpiloguesPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<std::pair<linalg::GenericOp, linalg::LinalgOp>> work;
    getOperation().walk([&](linalg::GenericOp generic) {
      if (linalg::LinalgOp contraction = getFinishedContraction(generic))
        work.push_back({generic, contraction});
    });
    IRRewriter rewriter(&getContext());
    for (auto [generic, contraction] : work)
      tileAndFuse(rewriter, generic, contraction);
  }

  void tileAndFuse(IRRewriter &rewriter, linalg::GenericOp generic,
                   linalg::LinalgOp contraction) {
    // Tile only the outer parallel dims, so that each tile still runs the
    // whole reduction: a conv [N, M, spatial...] by one image and
    // `channelTile` output channels, a matmul [batch..., M, N] by one batch
    // entry and `rowTile` rows. 0 leaves a dim untiled.
    unsigned rank = generic.getNumLoops();
    if (rank < 2)
      return;
    SmallVector<OpFoldResult> sizes(rank, rewriter.getIndexAttr(0));
    if (linalg::isaConvolutionOpInterface(contraction)) {
      sizes[0] = rewriter.getIndexAttr(1);
      sizes[1] = rewriter.getIndexAttr(channelTile);
    } else {
      for (unsigned d = 0; d + 2 < rank; ++d)
        sizes[d] = rewriter.getIndexAttr(1);
      sizes[rank - 2] = rewriter.getIndexAttr(rowTile);
    }
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes(sizes).setLoopType(scf::SCFTilingOptions::LoopType::ForOp);
    scf::SCFTileAndFuseOptions options;
    options.setTilingOptions(tiling);
    // Fuse the contraction and what fills its accumulator, nothing else: a
    // padded input or a residual computed per tile would be recomputed for
    // every tile.
    Operation *target = contraction;
    options.setFusionControlFn(
        [target](tensor::ExtractSliceOp, OpResult producer,
                 bool) -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
          Operation *op = producer.getOwner();
          if (op == target || isa<linalg::FillOp>(op))
            return scf::SCFTileAndFuseOptions::ControlFnResult{};
          return std::nullopt;
        });
    rewriter.setInsertionPoint(generic);
    FailureOr<scf::SCFTileAndFuseResult> result = scf::tileConsumerAndFuseProducersUsingSCF(
        rewriter, cast<TilingInterface>(generic.getOperation()), options);
    if (failed(result) || result->loops.empty())
      return;
    for (OpResult r : generic->getResults())
      rewriter.replaceAllUsesWith(r, result->replacements.lookup(r));
    // Only a loop that also computes the contraction is one kernel; should
    // the fusion have failed, the epilogue is merely tiled, still correct.
    if (result->fusedProducers.contains(contraction.getOperation()))
      result->loops.front()->setAttr(mcc::kKernelLoopAttr, rewriter.getUnitAttr());
    rewriter.eraseOp(generic);
  }
};
} // namespace
