//===- TrainingOps.cpp - ops that only gradients need ---------------------===//
#include "dialects/mcc/ConstantData.h"
#include "dialects/mcc/GraphBuilder.h"
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

#include <limits>

using namespace mlir;
using namespace mcc;

LogicalResult MaxPoolGradOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  SmallVector<Type, 1> pooled;
  if (failed(inferPool(loc, adaptor.getInput(), adaptor.getKernelShape(), adaptor.getStrides(),
                       adaptor.getPads(), adaptor.getDilations(), adaptor.getCeilMode(),
                       pooled)))
    return failure();
  auto grad = dyn_cast<RankedTensorType>(adaptor.getOutputGrad().getType());
  if (!grad || !areRefinableTypes(TypeRange(pooled), TypeRange(Type(grad))))
    return emitOptionalError(loc, "output_grad must have the max pool's result type ",
                             pooled[0], ", got ", adaptor.getOutputGrad().getType());
  inferred.push_back(adaptor.getInput().getType());
  return success();
}

// For each window offset k, hit_k marks the outputs whose maximum sits at offset k and at
// no earlier one; stacking where(hit_k, dY, 0) as K channels, a transposed convolution
// with a one-hot kernel per offset puts each gradient back where it came from, adding up
// where windows overlap.
FailureOr<Value> MaxPoolGradOp::decompose(OpBuilder &builder) {
  GraphBuilder g(builder, getLoc());
  auto xt = cast<RankedTensorType>(getInput().getType());
  Value y = g.create<MaxPoolOp>(getInput(), getKernelShapeAttr(), getStridesAttr(),
                                getPadsAttr(), getDilationsAttr(), getCeilModeAttr(),
                                builder.getBoolAttr(false));
  auto yt = y ? cast<RankedTensorType>(y.getType()) : RankedTensorType();
  if (!y || xt.getRank() != 4 || xt.isDynamicDim(2) || xt.isDynamicDim(3) ||
      yt.isDynamicDim(2) || yt.isDynamicDim(3))
    return emitOpError("decomposes only for 2-D pools of static spatial size");
  ArrayRef<int64_t> k = getKernelShape(), s = getStrides(), d = getDilations(), p = getPads();
  int64_t oh = yt.getDimSize(2), ow = yt.getDimSize(3);
  // Pads that make every window lie inside the padded input (ceil_mode may need more).
  SmallVector<int64_t> begin{p[0], p[1]}, end{p[2], p[3]};
  for (int i = 0; i < 2; ++i) {
    int64_t padded = xt.getDimSize(2 + i) + begin[i] + end[i];
    int64_t reach = ((i ? ow : oh) - 1) * s[i] + d[i] * (k[i] - 1) + 1;
    end[i] += std::max<int64_t>(0, reach - padded);
  }
  Type et = xt.getElementType();
  Value x = getInput();
  if (begin[0] || begin[1] || end[0] || end[1])
    x = g.create<PadOp>(
        x, builder.getDenseI64ArrayAttr({0, 0, begin[0], begin[1], 0, 0, end[0], end[1]}),
        builder.getFloatAttr(et, -std::numeric_limits<double>::infinity()),
        builder.getStringAttr("constant"));
  Value dy = getOutputGrad(), zero = g.scalar(et, 0.0);
  Value taken;
  SmallVector<Value> routed;
  int64_t windows = k[0] * k[1];
  for (int64_t i = 0; i < k[0]; ++i)
    for (int64_t j = 0; j < k[1]; ++j) {
      int64_t r = i * d[0], c = j * d[1];
      Value at = g.create<SliceOp>(
          x, builder.getDenseI64ArrayAttr({r, c}),
          builder.getDenseI64ArrayAttr({r + (oh - 1) * s[0] + 1, c + (ow - 1) * s[1] + 1}),
          builder.getDenseI64ArrayAttr({2, 3}), builder.getDenseI64ArrayAttr({s[0], s[1]}));
      Value hit = g.create<EqualOp>(at, y);
      if (taken) {
        hit = g.create<AndOp>(hit, g.create<NotOp>(taken));
        taken = g.create<OrOp>(taken, hit);
      } else {
        taken = hit;
      }
      Value part = g.create<WhereOp>(hit, dy, zero);
      routed.push_back(
          g.create<ReshapeOp>(part, g.i64s({-1, 1, oh, ow}), builder.getBoolAttr(false)));
    }
  Value stacked =
      windows == 1 ? routed[0] : g.create<ConcatOp>(routed, builder.getI64IntegerAttr(1));
  std::vector<double> oneHot(windows * windows, 0.0);
  for (int64_t w = 0; w < windows; ++w)
    oneHot[w * windows + w] = 1.0;
  auto kernelType = RankedTensorType::get({windows, 1, k[0], k[1]}, et);
  Value kernel = arith::ConstantOp::create(
      builder, getLoc(),
      cast<TypedAttr>(makeFloatElementsAttr(kernelType, oneHot, "max_pool_routes")));
  SmallVector<int64_t> outputPadding;
  for (int i = 0; i < 2; ++i) {
    int64_t covered = ((i ? ow : oh) - 1) * s[i] - begin[i] - end[i] + d[i] * (k[i] - 1) + 1;
    outputPadding.push_back(xt.getDimSize(2 + i) - covered);
  }
  Value planes = g.create<ConvTransposeOp>(
      stacked, kernel, Value(), builder.getDenseI64ArrayAttr({s[0], s[1]}),
      builder.getDenseI64ArrayAttr({begin[0], begin[1], end[0], end[1]}),
      builder.getDenseI64ArrayAttr({d[0], d[1]}), builder.getDenseI64ArrayAttr(outputPadding),
      builder.getI64IntegerAttr(1));
  Value result = g.reshapeLike(planes, getInput());
  if (g.failed() || !result)
    return failure();
  return result;
}

LogicalResult ConvWeightGradOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto in = dyn_cast<RankedTensorType>(adaptor.getInput().getType());
  auto grad = dyn_cast<RankedTensorType>(adaptor.getOutputGrad().getType());
  ArrayRef<int64_t> kernel = adaptor.getKernelShape();
  int64_t group = adaptor.getGroup();
  if (!in || !grad || in.getRank() != 4 || grad.getRank() != 4)
    return emitOptionalError(loc, "conv_weight_grad takes 4-D input and output_grad");
  if (kernel.size() != 2 || adaptor.getStrides().size() != 2 || adaptor.getPads().size() != 4 ||
      adaptor.getDilations().size() != 2 || kernel[0] < 1 || kernel[1] < 1)
    return emitOptionalError(loc, "conv_weight_grad needs 2-D kernel, strides, dilations and "
                                  "4 pads");
  int64_t c = in.getDimSize(1), m = grad.getDimSize(1);
  if (ShapedType::isDynamic(c) || ShapedType::isDynamic(m) || group < 1 || c % group ||
      m % group)
    return emitOptionalError(loc, "conv_weight_grad needs static channel counts that the "
                                  "group divides");
  inferred.push_back(RankedTensorType::get({m, c / group, kernel[0], kernel[1]},
                                           in.getElementType()));
  return success();
}

// dW[o, c, i, j] = sum_n,h,w dY[n, o, h, w] X[n, c, h*s + i*d - p, w*s + j*d - p]: a
// convolution of X^T [C, N, H, W] with dY^T [O, N, OH, OW] as the weight, strides and
// dilations swapped, then [C, O, ..] -> [O, C, ..].
FailureOr<Value> ConvWeightGradOp::decompose(OpBuilder &builder) {
  if (getGroup() != 1)
    return emitOpError("decomposes only with group 1");
  GraphBuilder g(builder, getLoc());
  auto swap = builder.getDenseI64ArrayAttr({1, 0, 2, 3});
  Value xT = g.create<TransposeOp>(getInput(), swap);
  Value dyT = g.create<TransposeOp>(getOutputGrad(), swap);
  Value dw = g.create<ConvOp>(xT, dyT, Value(), getDilationsAttr(), getPadsAttr(),
                              getStridesAttr(), builder.getI64IntegerAttr(1));
  if (!dw)
    return failure();
  ArrayRef<int64_t> k = getKernelShape();
  auto dwt = cast<RankedTensorType>(dw.getType());
  if (dwt.getDimSize(2) != k[0] || dwt.getDimSize(3) != k[1])
    // Rows and columns no output reached: the correlation covers more taps.
    dw = g.create<SliceOp>(dw, builder.getDenseI64ArrayAttr({0, 0}),
                           builder.getDenseI64ArrayAttr({k[0], k[1]}),
                           builder.getDenseI64ArrayAttr({2, 3}),
                           builder.getDenseI64ArrayAttr({1, 1}));
  Value result = g.create<TransposeOp>(dw, swap);
  if (g.failed() || !result)
    return failure();
  return result;
}
