//===- NNOps.cpp - shapes of contractions, pooling, normalization ---------===//
#include "dialects/mcc/McDialect.h"
#include "dialects/mcc/ShapeInference.h"

#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace mcc;

namespace {
constexpr int64_t kDyn = ShapedType::kDynamic;

// Product of two sizes where either may be dynamic.
int64_t mulDims(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) ? kDyn : a * b;
}
bool agree(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}
} // namespace

LogicalResult MatMulOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  auto lhs = rankedType(loc, adaptor.getLhs(), "lhs");
  auto rhs = rankedType(loc, adaptor.getRhs(), "rhs");
  if (failed(lhs) || failed(rhs))
    return failure();
  if (lhs->getRank() == 0 || rhs->getRank() == 0)
    return emitOptionalError(loc, "matmul operands must have rank >= 1");
  if (lhs->getElementType() != rhs->getElementType())
    return emitOptionalError(loc, "matmul element types differ: ", *lhs, " and ", *rhs);
  // numpy promotes a 1-D lhs to [1, K] and a 1-D rhs to [K, 1].
  SmallVector<int64_t> a(lhs->getShape()), b(rhs->getShape());
  if (a.size() == 1)
    a.insert(a.begin(), 1);
  if (b.size() == 1)
    b.push_back(1);
  int64_t m = a[a.size() - 2], k = a.back(), k2 = b[b.size() - 2], n = b.back();
  if (!agree(k, k2))
    return emitOptionalError(loc, "matmul contraction dims differ: ", *lhs, " and ", *rhs);
  SmallVector<int64_t> batch;
  if (!broadcastShapes(ArrayRef(a).drop_back(2), ArrayRef(b).drop_back(2), batch))
    return emitOptionalError(loc, "matmul batch dims do not broadcast: ", *lhs, " and ", *rhs);
  SmallVector<int64_t> shape(batch);
  if (lhs->getRank() > 1)
    shape.push_back(m);
  if (rhs->getRank() > 1)
    shape.push_back(n);
  inferred.push_back(RankedTensorType::get(shape, lhs->getElementType()));
  return success();
}

LogicalResult GemmOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  auto a = rankedType(loc, adaptor.getA(), "a");
  auto b = rankedType(loc, adaptor.getB(), "b");
  if (failed(a) || failed(b))
    return failure();
  if (a->getRank() != 2 || b->getRank() != 2)
    return emitOptionalError(loc, "gemm operands must be 2-D, got ", *a, " and ", *b);
  int64_t m = a->getDimSize(adaptor.getTransA() ? 1 : 0);
  int64_t k = a->getDimSize(adaptor.getTransA() ? 0 : 1);
  int64_t k2 = b->getDimSize(adaptor.getTransB() ? 1 : 0);
  int64_t n = b->getDimSize(adaptor.getTransB() ? 0 : 1);
  if (!agree(k, k2))
    return emitOptionalError(loc, "gemm contraction dims differ: ", *a, " and ", *b);
  if (Value c = adaptor.getC()) {
    auto ct = rankedType(loc, c, "c");
    if (failed(ct))
      return failure();
    SmallVector<int64_t> out;
    if (ct->getRank() > 2 || !broadcastShapes({m, n}, ct->getShape(), out) ||
        out.size() != 2 || !agree(out[0], m) || !agree(out[1], n))
      return emitOptionalError(loc, "gemm bias ", *ct, " does not broadcast to [", m, ", ", n,
                               "]");
  }
  inferred.push_back(RankedTensorType::get({m, n}, a->getElementType()));
  return success();
}

int64_t mcc::slidingWindowOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                     int64_t padBegin, int64_t padEnd, int64_t dilation,
                                     bool ceilMode) {
  if (ShapedType::isDynamic(in))
    return kDyn;
  int64_t span = (kernel - 1) * dilation + 1;
  int64_t room = in + padBegin + padEnd - span;
  if (room < 0)
    return 0;
  int64_t out = (ceilMode ? (room + stride - 1) / stride : room / stride) + 1;
  // PyTorch's rule, adopted by ONNX: the last window starts inside the input or
  // the begin padding, never entirely in the end padding.
  if (ceilMode && (out - 1) * stride >= in + padBegin)
    --out;
  return out;
}

namespace {
// Checks the attributes of a sliding window over `spatial` dims.
LogicalResult checkWindow(OptLoc loc, size_t spatial, ArrayRef<int64_t> kernel,
                          ArrayRef<int64_t> strides, ArrayRef<int64_t> pads,
                          ArrayRef<int64_t> dilations) {
  if (kernel.size() != spatial || strides.size() != spatial || dilations.size() != spatial ||
      pads.size() != 2 * spatial)
    return emitOptionalError(loc, "expected ", spatial, " kernel dims, strides and dilations and ",
                             2 * spatial, " pads");
  for (size_t i = 0; i < spatial; ++i) {
    if (kernel[i] <= 0 || strides[i] <= 0 || dilations[i] <= 0)
      return emitOptionalError(loc, "kernel dims, strides and dilations must be positive");
    if (pads[i] < 0 || pads[i + spatial] < 0)
      return emitOptionalError(loc, "pads must be non-negative");
  }
  return success();
}
} // namespace

LogicalResult mcc::inferPool(OptLoc loc, Value input, ArrayRef<int64_t> kernel,
                             ArrayRef<int64_t> strides, ArrayRef<int64_t> pads,
                             ArrayRef<int64_t> dilations, bool ceilMode,
                             SmallVectorImpl<Type> &inferred) {
  auto type = rankedType(loc, input, "input");
  if (failed(type))
    return failure();
  if (type->getRank() < 3)
    return emitOptionalError(loc, "pooling input must be [N, C, spatial...], got ", *type);
  size_t spatial = type->getRank() - 2;
  if (failed(checkWindow(loc, spatial, kernel, strides, pads, dilations)))
    return failure();
  SmallVector<int64_t> shape(type->getShape().take_front(2));
  for (size_t i = 0; i < spatial; ++i) {
    int64_t in = type->getDimSize(i + 2);
    if (!ShapedType::isDynamic(in) &&
        in + pads[i] + pads[i + spatial] < (kernel[i] - 1) * dilations[i] + 1)
      return emitOptionalError(loc, "pooling window ", kernel[i], " is larger than the padded input ",
                               in + pads[i] + pads[i + spatial]);
    shape.push_back(slidingWindowOutputSize(in, kernel[i], strides[i], pads[i],
                                            pads[i + spatial], dilations[i], ceilMode));
  }
  inferred.push_back(RankedTensorType::get(shape, type->getElementType()));
  return success();
}

LogicalResult mcc::inferGlobalPool(OptLoc loc, Value input, SmallVectorImpl<Type> &inferred) {
  auto type = rankedType(loc, input, "input");
  if (failed(type))
    return failure();
  if (type->getRank() < 3)
    return emitOptionalError(loc, "pooling input must be [N, C, spatial...], got ", *type);
  SmallVector<int64_t> shape(type->getShape());
  std::fill(shape.begin() + 2, shape.end(), 1);
  inferred.push_back(RankedTensorType::get(shape, type->getElementType()));
  return success();
}

LogicalResult ConvOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  auto w = rankedType(loc, adaptor.getWeight(), "weight");
  if (failed(in) || failed(w))
    return failure();
  if (in->getRank() < 3 || w->getRank() != in->getRank())
    return emitOptionalError(loc, "conv expects input [N, C, spatial...] and weight of the same "
                                  "rank, got ", *in, " and ", *w);
  size_t spatial = in->getRank() - 2;
  ArrayRef<int64_t> kernel = w->getShape().drop_front(2);
  if (!llvm::all_of(kernel, [](int64_t k) { return !ShapedType::isDynamic(k); }))
    return emitOptionalError(loc, "conv kernel dims must be static, got ", *w);
  if (failed(checkWindow(loc, spatial, kernel, adaptor.getStrides(), adaptor.getPads(),
                         adaptor.getDilations())))
    return failure();
  int64_t group = adaptor.getGroup();
  int64_t c = in->getDimSize(1), m = w->getDimSize(0), cPerGroup = w->getDimSize(1);
  if (group <= 0)
    return emitOptionalError(loc, "conv group must be positive, got ", group);
  if (!ShapedType::isDynamic(m) && m % group != 0)
    return emitOptionalError(loc, "conv group ", group, " does not divide the ", m,
                             " output channels");
  if (!agree(c, mulDims(cPerGroup, group)))
    return emitOptionalError(loc, "conv input has ", c, " channels but weight expects ",
                             cPerGroup, " x ", group, " groups");
  if (Value bias = adaptor.getBias()) {
    auto b = rankedType(loc, bias, "bias");
    if (failed(b))
      return failure();
    if (b->getRank() != 1 || !agree(b->getDimSize(0), m))
      return emitOptionalError(loc, "conv bias must be [", m, "], got ", *b);
  }
  SmallVector<int64_t> shape{in->getDimSize(0), m};
  ArrayRef<int64_t> pads = adaptor.getPads();
  for (size_t i = 0; i < spatial; ++i) {
    int64_t size = in->getDimSize(i + 2);
    int64_t span = (kernel[i] - 1) * adaptor.getDilations()[i] + 1;
    if (!ShapedType::isDynamic(size) && size + pads[i] + pads[i + spatial] < span)
      return emitOptionalError(loc, "conv kernel spans ", span, " but the padded input has ",
                               size + pads[i] + pads[i + spatial]);
    shape.push_back(slidingWindowOutputSize(size, kernel[i], adaptor.getStrides()[i], pads[i],
                                            pads[i + spatial], adaptor.getDilations()[i],
                                            /*ceilMode=*/false));
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult BatchNormOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in))
    return failure();
  if (in->getRank() < 2)
    return emitOptionalError(loc, "batch_norm input must have a channel dim, got ", *in);
  for (Value v : {adaptor.getScale(), adaptor.getBias(), adaptor.getMean(),
                  adaptor.getVariance()}) {
    auto t = rankedType(loc, v, "statistic");
    if (failed(t))
      return failure();
    if (t->getRank() != 1 || !agree(t->getDimSize(0), in->getDimSize(1)))
      return emitOptionalError(loc, "batch_norm statistics must be [", in->getDimSize(1),
                               "], got ", *t);
  }
  inferred.push_back(*in);
  return success();
}

LogicalResult LayerNormOp::inferShapes(MLIRContext *, OptLoc loc, Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, adaptor.getInput(), "input");
  if (failed(in) || failed(checkAxis(loc, adaptor.getInput(), adaptor.getAxis())))
    return failure();
  ArrayRef<int64_t> normalized = in->getShape().drop_front(adaptor.getAxis());
  for (Value v : {adaptor.getScale(), adaptor.getBias()}) {
    if (!v)
      continue;
    auto t = rankedType(loc, v, "scale and bias");
    if (failed(t))
      return failure();
    SmallVector<int64_t> out;
    if (t->getRank() > (int64_t)normalized.size() ||
        !broadcastShapes(normalized, t->getShape(), out) ||
        !llvm::all_of(llvm::zip(out, normalized),
                      [](auto p) { return agree(std::get<0>(p), std::get<1>(p)); }))
      return emitOptionalError(loc, "layer_norm scale/bias ", *t,
                               " does not broadcast to the normalized dims");
  }
  inferred.push_back(*in);
  return success();
}

LogicalResult mcc::inferReduce(OptLoc loc, Value input, ArrayRef<int64_t> axes, bool keepdims,
                               Type resultElement, SmallVectorImpl<Type> &inferred) {
  auto in = rankedType(loc, input, "input");
  if (failed(in))
    return failure();
  SmallVector<bool> reduced(in->getRank(), axes.empty());
  for (auto [i, axis] : llvm::enumerate(axes)) {
    if (axis < 0 || axis >= in->getRank())
      return emitOptionalError(loc, "reduction axis ", axis, " is out of range for rank ",
                               in->getRank());
    if (i > 0 && axis <= axes[i - 1])
      return emitOptionalError(loc, "reduction axes must be sorted and unique");
    reduced[axis] = true;
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < in->getRank(); ++d) {
    if (!reduced[d])
      shape.push_back(in->getDimSize(d));
    else if (keepdims)
      shape.push_back(1);
  }
  inferred.push_back(
      RankedTensorType::get(shape, resultElement ? resultElement : in->getElementType()));
  return success();
}
