//===- FusedLowering.cpp - fused_conv and fused_matmul --------------------===//
//
// A fused op lowers to its contraction, built by the conv / matmul lowering
// (the op is recreated without its epilogue and the conversion legalizes it),
// then ONE linalg.generic that adds the bias and the residual and applies the
// activation in place on the contraction's result: no intermediate tensor, so
// bufferization reuses the contraction's buffer. mcc-tile-and-fuse-epilogues
// then moves the contraction into that generic's tile loop.
//
// 16-bit floats compute the epilogue in f32, as the elementwise lowering
// computes their transcendental functions.
//
//===----------------------------------------------------------------------===//
#include "codegen/cpu/Lowering.h"
#include "codegen/cpu/LoweringUtils.h"
#include "dialects/mcc/McDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"

#include <cmath>

using namespace mlir;
using namespace mcc;

namespace {

Value cst(ImplicitLocOpBuilder &b, Value like, double v) {
  return createScalar(b, b.getLoc(), like.getType(), v);
}
Value fmax(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::MaximumFOp::create(b, x, y); }
Value fmin(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::MinimumFOp::create(b, x, y); }
Value fadd(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::AddFOp::create(b, x, y); }
Value fmul(ImplicitLocOpBuilder &b, Value x, Value y) { return arith::MulFOp::create(b, x, y); }

Value clamp01(ImplicitLocOpBuilder &b, Value x) {
  return fmin(b, fmax(b, x, cst(b, x, 0.0)), cst(b, x, 1.0));
}

/// 1 / (1 + exp(-x)) and x / (1 + exp(-x)): one division each.
Value overOnePlusExpNeg(ImplicitLocOpBuilder &b, Value num, Value x) {
  Value denom = fadd(b, cst(b, x, 1.0), math::ExpOp::create(b, arith::NegFOp::create(b, x)));
  return arith::DivFOp::create(b, num, denom);
}

/// The epilogue activation `name` (FusedOps.td) of a float scalar; the same
/// formulas as the elementwise lowering of the standalone ops.
Value applyActivation(ImplicitLocOpBuilder &b, Value x, StringRef name, ArrayRef<double> p) {
  if (name == "relu")
    return fmax(b, x, cst(b, x, 0.0));
  if (name == "clip") {
    if (!std::isinf(p[0]))
      x = fmax(b, x, cst(b, x, p[0]));
    if (!std::isinf(p[1]))
      x = fmin(b, x, cst(b, x, p[1]));
    return x;
  }
  if (name == "sigmoid")
    return overOnePlusExpNeg(b, cst(b, x, 1.0), x);
  if (name == "silu")
    return overOnePlusExpNeg(b, x, x);
  if (name == "tanh")
    return math::TanhOp::create(b, x);
  if (name == "hard_sigmoid")
    return clamp01(b, fadd(b, fmul(b, x, cst(b, x, p[0])), cst(b, x, p[1])));
  if (name == "hard_swish")
    return fmul(b, x, clamp01(b, fadd(b, fmul(b, x, cst(b, x, 1.0 / 6.0)), cst(b, x, 0.5))));
  if (name == "leaky_relu") {
    Value positive = arith::CmpFOp::create(b, arith::CmpFPredicate::OGE, x, cst(b, x, 0.0));
    return arith::SelectOp::create(b, positive, x, fmul(b, x, cst(b, x, p[0])));
  }
  if (name == "gelu" || name == "gelu_tanh") {
    // 0.5 x (1 + erf(x / sqrt 2)), or its tanh approximation.
    Value inner;
    if (name == "gelu") {
      inner = math::ErfOp::create(b, fmul(b, x, cst(b, x, M_SQRT1_2)));
    } else {
      Value x3 = fmul(b, fmul(b, x, x), x);
      inner = math::TanhOp::create(b, fmul(b, cst(b, x, std::sqrt(2.0 / M_PI)),
                                           fadd(b, x, fmul(b, cst(b, x, 0.044715), x3))));
    }
    return fmul(b, fmul(b, cst(b, x, 0.5), x), fadd(b, cst(b, x, 1.0), inner));
  }
  return x; // none
}

/// The one epilogue generic: acc = activation(acc + bias + residual), written
/// over `acc` itself. `biasMap` reads the bias inside the loop nest of `acc`.
Value buildEpilogue(OpBuilder &builder, Location loc, Value acc, Value bias, AffineMap biasMap,
                    Value residual, StringRef activation, ArrayRef<double> params) {
  if (!bias && !residual && activation == "none")
    return acc;
  auto type = cast<RankedTensorType>(acc.getType());
  unsigned rank = type.getRank();
  SmallVector<Value> ins;
  SmallVector<AffineMap> maps;
  if (bias) {
    ins.push_back(bias);
    maps.push_back(biasMap);
  }
  if (residual) {
    // A dynamic dim of the residual that is 1 at run time still broadcasts.
    residual = broadcastDynamicUnitDims(builder, loc, residual, type, getSizes(builder, loc, acc));
    ins.push_back(residual);
    maps.push_back(getBroadcastMap(cast<RankedTensorType>(residual.getType()), type));
  }
  maps.push_back(builder.getMultiDimIdentityMap(rank));
  Type element = type.getElementType();
  Type compute = element.getIntOrFloatBitWidth() < 32 ? builder.getF32Type() : element;
  auto generic = linalg::GenericOp::create(
      builder, loc, type, ins, ValueRange{acc}, maps, parallelIterators(rank),
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        ImplicitLocOpBuilder b(nl, nb);
        auto extend = [&](Value v) { return castScalar(b, nl, v, compute); };
        Value x = extend(args.back());
        for (Value addend : args.drop_back())
          x = fadd(b, x, extend(addend));
        x = applyActivation(b, x, activation, params);
        linalg::YieldOp::create(b, castScalar(b, nl, x, element));
      });
  return generic.getResult(0);
}

struct FusedConvLowering : OpConversionPattern<FusedConvOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(FusedConvOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    // The conv alone; its bias joins the epilogue instead of a pass of its own.
    Value acc = ConvOp::create(rewriter, loc, type, adaptor.getInput(), adaptor.getWeight(),
                               Value(), op.getStridesAttr(), op.getPadsAttr(),
                               op.getDilationsAttr(), op.getGroupAttr());
    // The bias [M] is read along the output-channel dim.
    AffineMap biasMap = AffineMap::get(type.getRank(), 0, rewriter.getAffineDimExpr(1));
    rewriter.replaceOp(op, buildEpilogue(rewriter, loc, acc, adaptor.getBias(), biasMap,
                                         adaptor.getResidual(), op.getActivation(),
                                         op.getActivationParams()));
    return success();
  }
};

/// All dims of `v` but the last as one: [b..., m, n] -> [b*...*m, n].
Value collapseToMatrix(OpBuilder &b, Location loc, Value v) {
  int64_t rank = cast<RankedTensorType>(v.getType()).getRank();
  ReassociationIndices lead;
  for (int64_t d = 0; d + 1 < rank; ++d)
    lead.push_back(d);
  return tensor::CollapseShapeOp::create(b, loc, v,
                                         ArrayRef<ReassociationIndices>{lead, {rank - 1}});
}

struct FusedMatMulLowering : OpConversionPattern<FusedMatMulOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(FusedMatMulOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = cast<RankedTensorType>(op.getType());
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs(), bias = adaptor.getBias(),
          residual = adaptor.getResidual();
    if (!op.getTransB() && isMatrixTimesWeights(lhs, rhs, bias, type)) {
      // [B, S, K] x [K, N]: the epilogue runs on the [B*S, N] matrix the
      // contraction computes, so that the tile loop can fuse them; the result
      // is expanded once at the end.
      SmallVector<OpFoldResult> sizes = getSizes(rewriter, loc, lhs);
      sizes.back() = getSizes(rewriter, loc, rhs).back();
      Value lhs2 = collapseToMatrix(rewriter, loc, lhs);
      int64_t rows = cast<RankedTensorType>(lhs2.getType()).getDimSize(0);
      auto type2 = RankedTensorType::get({rows, type.getDimSize(type.getRank() - 1)},
                                         type.getElementType());
      Value acc = MatMulOp::create(rewriter, loc, type2, lhs2, rhs);
      AffineMap biasMap;
      if (bias) {
        // [1..., N] or [1...] read as [N] or [1].
        if (cast<RankedTensorType>(bias.getType()).getRank() > 1)
          bias = tensor::CollapseShapeOp::create(
              rewriter, loc, bias,
              ArrayRef<ReassociationIndices>{llvm::to_vector(llvm::seq<int64_t>(
                  0, cast<RankedTensorType>(bias.getType()).getRank()))});
        biasMap = getBroadcastMap(cast<RankedTensorType>(bias.getType()), type2);
      }
      if (residual)
        residual = collapseToMatrix(rewriter, loc, residual);
      Value result = buildEpilogue(rewriter, loc, acc, bias, biasMap, residual,
                                   op.getActivation(), op.getActivationParams());
      SmallVector<ReassociationIndices> groups{
          llvm::to_vector(llvm::seq<int64_t>(0, type.getRank() - 1)), {type.getRank() - 1}};
      result = tensor::ExpandShapeOp::create(rewriter, loc, type, result, groups, sizes);
      rewriter.replaceOp(op, result);
      return success();
    }
    // A transposed rhs is read in place by the gemm lowering.
    Value acc = op.getTransB()
                    ? (Value)GemmOp::create(rewriter, loc, type, lhs, rhs, Value(),
                                            rewriter.getF64FloatAttr(1.0),
                                            rewriter.getF64FloatAttr(1.0),
                                            rewriter.getBoolAttr(false), op.getTransBAttr())
                    : (Value)MatMulOp::create(rewriter, loc, type, lhs, rhs);
    AffineMap biasMap =
        bias ? getBroadcastMap(cast<RankedTensorType>(bias.getType()), type) : AffineMap();
    rewriter.replaceOp(op, buildEpilogue(rewriter, loc, acc, bias, biasMap, residual,
                                         op.getActivation(), op.getActivationParams()));
    return success();
  }

  /// lhs [b..., m, k] of rank > 2 times a matrix rhs, with a bias (if any)
  /// that is one value per column or one in all and a residual (if any) of
  /// the result's rank.
  static bool isMatrixTimesWeights(Value lhs, Value rhs, Value bias, RankedTensorType type) {
    auto lt = cast<RankedTensorType>(lhs.getType()), rt = cast<RankedTensorType>(rhs.getType());
    if (lt.getRank() < 3 || rt.getRank() != 2 || type.getRank() != lt.getRank())
      return false;
    if (!bias)
      return true;
    auto bt = cast<RankedTensorType>(bias.getType());
    if (!bt.hasStaticShape() || bt.getRank() == 0)
      return bt.getRank() == 0;
    int64_t n = type.getDimSize(type.getRank() - 1);
    return llvm::all_of(bt.getShape().drop_back(), [](int64_t d) { return d == 1; }) &&
           (bt.getShape().back() == 1 || bt.getShape().back() == n);
  }
};

} // namespace

void mcc::populateFusedLowering(RewritePatternSet &patterns) {
  patterns.add<FusedConvLowering, FusedMatMulLowering>(patterns.getContext());
}
