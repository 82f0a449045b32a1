//===- Transformer.cpp - Attention, RotaryEmbedding, RMSNorm, SwiGLU ------===//
//
// The transformer ops of opsets 23-28, decomposed into mcc ops: matmuls,
// transposes, reshapes, softmax and elementwise arithmetic. The masks that
// depend only on shapes (causal, sliding window) are constants when the
// sequence lengths are static, and compare iotas at run time otherwise; with
// dynamic head counts the kv heads are repeated by a runtime expand.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"
#include "frontend/ops/Iota.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mcc::frontend;
using llvm::ArrayRef;
using llvm::SmallVector;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

// x * c for a compile-time scalar c.
FailureOr<Value> scaleBy(NodeContext &n, Value x, double c) {
  Type element = cast<RankedTensorType>(x.getType()).getElementType();
  return n.create<mcc::MulOp>(x, n.scalarConstant(element, c));
}

// A [rows, cols] constant of `element` holding 0 where allowed(i, j), else -inf.
Value additiveMask(NodeContext &n, Type element, int64_t rows, int64_t cols,
                   llvm::function_ref<bool(int64_t, int64_t)> allowed) {
  SmallVector<Attribute> values;
  Attribute zero = n.scalarAttr(element, 0), negInf = n.scalarAttr(element, kNegInf);
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      values.push_back(allowed(i, j) ? zero : negInf);
  auto type = RankedTensorType::get({rows, cols}, element);
  return n.constant(DenseElementsAttr::get(type, values));
}

// [B, S, H * D] -> [B, H, S, D].
FailureOr<Value> splitHeads(NodeContext &n, Value x, int64_t heads) {
  auto split = n.create<mcc::ReshapeOp>(x, n.i64Constant({0, 0, heads, -1}), false);
  if (failed(split))
    return failure();
  return n.create<mcc::TransposeOp>(*split, ArrayRef<int64_t>{0, 2, 1, 3});
}

// Dim `dim` of `x` as a 1-D i64 of one element, read at run time.
FailureOr<Value> runtimeDim(NodeContext &n, Value x, int64_t dim) {
  auto shape = n.create<mcc::ShapeOp>(x);
  if (failed(shape))
    return failure();
  return n.create<mcc::SliceOp>(*shape, ArrayRef<int64_t>{dim}, ArrayRef<int64_t>{dim + 1},
                                ArrayRef<int64_t>{0}, ArrayRef<int64_t>{1});
}

// [B, Hkv, L, D] -> [B, Hq, L, D], each kv head repeated Hq / Hkv times in a
// row, with head counts or sizes known only at run time.
FailureOr<Value> repeatHeadsAtRunTime(NodeContext &n, Value q, Value x) {
  auto qHeads = runtimeDim(n, q, 1), kvHeads = runtimeDim(n, x, 1),
       headSize = runtimeDim(n, x, 3);
  if (failed(qHeads) || failed(kvHeads) || failed(headSize))
    return failure();
  auto reps = n.create<mcc::DivOp>(*qHeads, *kvHeads);
  auto unsqueezed = n.create<mcc::UnsqueezeOp>(x, ArrayRef<int64_t>{2});
  if (failed(reps) || failed(unsqueezed))
    return failure();
  auto expandShape = n.create<mcc::ConcatOp>(
      ValueRange{n.i64Constant({1, 1}), *reps, n.i64Constant({1, 1})}, static_cast<uint64_t>(0));
  if (failed(expandShape))
    return failure();
  auto expanded = n.create<mcc::ExpandOp>(*unsqueezed, *expandShape);
  if (failed(expanded))
    return failure();
  auto shape = n.create<mcc::ConcatOp>(
      ValueRange{n.i64Constant({0}), *qHeads, n.i64Constant({-1}), *headSize},
      static_cast<uint64_t>(0));
  if (failed(shape))
    return failure();
  return n.create<mcc::ReshapeOp>(*expanded, *shape, false);
}

// [B, Hkv, L, D] -> [B, Hkv * reps, L, D], each head repeated `reps` times in a row.
FailureOr<Value> repeatHeads(NodeContext &n, Value x, int64_t reps) {
  if (reps == 1)
    return x;
  auto type = cast<RankedTensorType>(x.getType());
  auto unsqueezed = n.create<mcc::UnsqueezeOp>(x, ArrayRef<int64_t>{2});
  if (failed(unsqueezed))
    return failure();
  auto expanded = n.create<mcc::ExpandOp>(*unsqueezed, n.i64Constant({1, 1, reps, 1, 1}));
  if (failed(expanded))
    return failure();
  return n.create<mcc::ReshapeOp>(
      *expanded, n.i64Constant({0, type.getDimSize(1) * reps, -1, type.getDimSize(3)}), false);
}

FailureOr<Value> addOptional(NodeContext &n, Value acc, FailureOr<Value> term) {
  if (failed(term))
    return failure();
  if (!acc)
    return *term;
  return n.create<mcc::AddOp>(acc, *term);
}

// Attention (opsets 23-25), following ONNX's reference: Q and K each scaled by
// sqrt(scale), K/V extended by the past cache, softcap before the mask, a row
// whose additive bias is all -inf gives zeros, GQA repeats each KV head.
LogicalResult importAttention(NodeContext &n) {
  if (failed(n.checkInputs(3, 7)))
    return failure();
  bool causal = n.getInt("is_causal", 0) != 0;
  auto qHeadsAttr = n.getOptionalInt("q_num_heads");
  auto kvHeadsAttr = n.getOptionalInt("kv_num_heads");
  int64_t mode = n.getInt("qk_matmul_output_mode", 0);
  auto scaleAttr = n.getOptionalFloat("scale");
  double softcap = n.getFloat("softcap", 0.0);
  auto softmaxPrecision = n.getOptionalInt("softmax_precision");
  int64_t leftWindow = n.getInt("left_window_size", -1);
  int64_t rightWindow = n.getInt("right_window_size", -1);
  if (n.hadError())
    return failure();

  Value q = n.input(0), k = n.input(1), v = n.input(2);
  RankedTensorType qType = n.inputType(0);
  Type element = qType.getElementType();
  int64_t rank = qType.getRank();
  if ((rank != 3 && rank != 4) || n.inputType(1).getRank() != rank ||
      n.inputType(2).getRank() != rank) {
    n.emitError() << "Q, K and V must all be 3-D or all 4-D";
    return failure();
  }
  if ((n.hasInput(4) != n.hasInput(5)) || (n.hasInput(6) && n.hasInput(4))) {
    n.emitError() << "past_key and past_value go together, and not with nonpad_kv_seqlen";
    return failure();
  }
  if (mode < 0 || mode > 3) {
    n.emitError() << "qk_matmul_output_mode " << mode << " is not 0, 1, 2 or 3";
    return failure();
  }
  if (rank == 3) {
    if (!qHeadsAttr || !kvHeadsAttr || *qHeadsAttr <= 0 || *kvHeadsAttr <= 0) {
      n.emitError() << "3-D inputs need q_num_heads and kv_num_heads > 0";
      return failure();
    }
    auto sq = splitHeads(n, q, *qHeadsAttr), sk = splitHeads(n, k, *kvHeadsAttr),
         sv = splitHeads(n, v, *kvHeadsAttr);
    if (failed(sq) || failed(sk) || failed(sv))
      return failure();
    q = *sq, k = *sk, v = *sv;
  }
  auto q4 = cast<RankedTensorType>(q.getType());
  int64_t headSize = q4.getDimSize(3), qLen = q4.getDimSize(2), qHeads = q4.getDimSize(1);
  double scale = scaleAttr || ShapedType::isDynamic(headSize)
                     ? scaleAttr.value_or(1.0)
                     : 1.0 / std::sqrt(static_cast<double>(headSize));
  // The reference rounds sqrt(scale) to the input type before using it.
  double rootScale = std::sqrt(scale);
  if (auto floatType = dyn_cast<FloatType>(element)) {
    llvm::APFloat rounded(rootScale);
    bool lost = false;
    rounded.convert(floatType.getFloatSemantics(), llvm::APFloat::rmNearestTiesToEven, &lost);
    rounded.convert(llvm::APFloat::IEEEdouble(), llvm::APFloat::rmNearestTiesToEven, &lost);
    rootScale = rounded.convertToDouble();
  }

  int64_t pastLen = 0;
  if (n.hasInput(4)) {
    auto pastType = n.inputType(4);
    pastLen = pastType.getRank() == 4 ? pastType.getDimSize(2) : ShapedType::kDynamic;
    auto presentK = n.create<mcc::ConcatOp>(ValueRange{n.input(4), k}, static_cast<uint64_t>(2));
    auto presentV = n.create<mcc::ConcatOp>(ValueRange{n.input(5), v}, static_cast<uint64_t>(2));
    if (failed(presentK) || failed(presentV))
      return failure();
    k = *presentK, v = *presentV;
  }
  if (failed(n.setOutput(1, k)) || failed(n.setOutput(2, v)))
    return failure();
  int64_t kvLen = cast<RankedTensorType>(k.getType()).getDimSize(2);
  int64_t kvHeads = cast<RankedTensorType>(k.getType()).getDimSize(1);
  bool window = leftWindow >= 0 || rightWindow >= 0;
  bool staticLengths = !ShapedType::isDynamic(qLen) && !ShapedType::isDynamic(kvLen) &&
                       !ShapedType::isDynamic(pastLen);
  Type i64 = n.builder().getI64Type();
  // Dim `dim` of `x` as a 0-D i64, read at run time.
  auto dimOf = [&](Value x, int64_t dim) -> FailureOr<Value> {
    auto shape = n.create<mcc::ShapeOp>(x);
    if (failed(shape))
      return failure();
    return n.create<mcc::GatherOp>(*shape, n.scalarConstant(i64, dim), static_cast<uint64_t>(0));
  };

  // The additive bias, broadcasting against [B, H, q, kv]; null when none.
  Value bias;
  Value zero = n.scalarConstant(element, 0), negInf = n.scalarConstant(element, kNegInf);
  if (n.hasInput(3)) {
    Value mask = n.input(3);
    auto maskType = n.inputType(3);
    bool isBool = maskType.getElementType().isInteger(1);
    if (!isBool && !isa<FloatType>(maskType.getElementType())) {
      n.emitError() << "attn_mask must be bool or a float type, got " << maskType;
      return failure();
    }
    int64_t maskRank = maskType.getRank();
    int64_t maskLen = maskRank ? maskType.getDimSize(maskRank - 1) : 1;
    TypedAttr padValue = n.scalarAttr(maskType.getElementType(), isBool ? 0 : kNegInf);
    if (maskRank == 0 || (!ShapedType::isDynamic(maskLen) && !ShapedType::isDynamic(kvLen) &&
                          maskLen > kvLen)) {
      n.emitError() << "attn_mask " << maskType << " does not fit " << kvLen << " keys";
      return failure();
    }
    if (!ShapedType::isDynamic(maskLen) && !ShapedType::isDynamic(kvLen)) {
      if (maskLen < kvLen) {
        // Keys past the mask are masked out.
        SmallVector<int64_t> pads(2 * maskRank, 0);
        pads.back() = kvLen - maskLen;
        auto padded = n.create<mcc::PadOp>(mask, pads, padValue);
        if (failed(padded))
          return failure();
        mask = *padded;
      }
    } else {
      // The same at run time: a fill of [..., kv - mask length] joined on.
      auto kvLenV = dimOf(k, 2);
      auto maskLenV = dimOf(mask, maskRank - 1);
      if (failed(kvLenV) || failed(maskLenV))
        return failure();
      auto missing = n.create<mcc::SubOp>(*kvLenV, *maskLenV);
      if (failed(missing))
        return failure();
      auto missing1 = n.create<mcc::UnsqueezeOp>(*missing, ArrayRef<int64_t>{0});
      auto maskShape = n.create<mcc::ShapeOp>(mask);
      if (failed(missing1) || failed(maskShape))
        return failure();
      FailureOr<Value> fillShape = *missing1;
      if (maskRank > 1) {
        auto lead = n.create<mcc::SliceOp>(*maskShape, ArrayRef<int64_t>{0},
                                           ArrayRef<int64_t>{maskRank - 1}, ArrayRef<int64_t>{0},
                                           ArrayRef<int64_t>{1});
        if (failed(lead))
          return failure();
        fillShape = n.create<mcc::ConcatOp>(ValueRange{*lead, *missing1}, static_cast<uint64_t>(0));
        if (failed(fillShape))
          return failure();
      }
      auto fill = n.create<mcc::ConstantOfShapeOp>(*fillShape, padValue);
      if (failed(fill))
        return failure();
      auto joined =
          n.create<mcc::ConcatOp>(ValueRange{mask, *fill}, static_cast<uint64_t>(maskRank - 1));
      if (failed(joined))
        return failure();
      mask = *joined;
    }
    if (isBool) {
      auto additive = n.create<mcc::WhereOp>(mask, zero, negInf);
      if (failed(additive))
        return failure();
      mask = *additive;
    }
    bias = mask;
  }

  Value nonpad = n.input(6);
  if (nonpad) {
    auto nonpad64 = n.castTo(nonpad, i64);
    if (failed(nonpad64))
      return failure();
    nonpad = *nonpad64;
  }
  // p - j for query i at absolute position p and key j: p = i + past length, or
  // i + nonpad[b] - q with an external cache ([B, 1, q, kv] then).
  auto positionDiff = [&]() -> FailureOr<Value> {
    FailureOr<Value> diff;
    if (staticLengths) {
      auto type = RankedTensorType::get({qLen, kvLen}, i64);
      SmallVector<Attribute> values;
      for (int64_t i = 0; i < qLen; ++i)
        for (int64_t j = 0; j < kvLen; ++j)
          values.push_back(n.scalarAttr(i64, nonpad ? i - qLen - j : i + pastLen - j));
      diff = n.constant(DenseElementsAttr::get(type, values));
    } else {
      auto rows = iotaAlong(n, q, 2, i64, 2, 0);
      auto cols = iotaAlong(n, k, 2, i64, 2, 1);
      if (failed(rows) || failed(cols))
        return failure();
      diff = n.create<mcc::SubOp>(*rows, *cols);
      if (failed(diff))
        return failure();
      FailureOr<Value> offset = Value();
      if (nonpad) {
        auto qLenV = dimOf(q, 2);
        if (failed(qLenV))
          return failure();
        offset = n.create<mcc::NegOp>(*qLenV);
      } else if (n.hasInput(4)) {
        offset = ShapedType::isDynamic(pastLen) ? dimOf(n.input(4), 2)
                                                : FailureOr<Value>(n.scalarConstant(i64, pastLen));
      }
      if (succeeded(offset) && *offset)
        diff = n.create<mcc::AddOp>(*diff, *offset);
      else if (failed(offset))
        return failure();
    }
    if (failed(diff) || !nonpad)
      return diff;
    auto limit = n.create<mcc::ReshapeOp>(nonpad, n.i64Constant({-1, 1, 1, 1}), false);
    if (failed(limit))
      return failure();
    return n.create<mcc::AddOp>(*diff, *limit);
  };
  // Adds 0 where `allowed`, -inf elsewhere, to the bias.
  auto addAllowed = [&](FailureOr<Value> allowed) -> LogicalResult {
    if (failed(allowed))
      return failure();
    auto sum = addOptional(n, bias, n.create<mcc::WhereOp>(*allowed, zero, negInf));
    if (failed(sum))
      return failure();
    bias = *sum;
    return success();
  };
  if (staticLengths && !nonpad) {
    // Shapes alone decide: constant masks.
    if (causal) {
      auto sum = addOptional(n, bias, additiveMask(n, element, qLen, kvLen, [&](int64_t i, int64_t j) {
                               return j <= i + pastLen;
                             }));
      if (failed(sum))
        return failure();
      bias = *sum;
    }
    if (window) {
      auto sum = addOptional(n, bias, additiveMask(n, element, qLen, kvLen, [&](int64_t i, int64_t j) {
                               int64_t diff = i + pastLen - j;
                               return (leftWindow < 0 || diff <= leftWindow) &&
                                      (rightWindow < 0 || -diff <= rightWindow);
                             }));
      if (failed(sum))
        return failure();
      bias = *sum;
    }
  } else if (causal || window) {
    auto diff = positionDiff();
    if (failed(diff))
      return failure();
    if (causal && failed(addAllowed(n.create<mcc::GreaterEqualOp>(*diff, n.scalarConstant(i64, 0)))))
      return failure();
    if (window) {
      FailureOr<Value> allowed = Value();
      if (leftWindow >= 0)
        allowed = n.create<mcc::LessEqualOp>(*diff, n.scalarConstant(i64, leftWindow));
      if (succeeded(allowed) && rightWindow >= 0) {
        auto right = n.create<mcc::GreaterEqualOp>(*diff, n.scalarConstant(i64, -rightWindow));
        allowed = failed(right) || !*allowed ? right : n.create<mcc::AndOp>(*allowed, *right);
      }
      if (failed(addAllowed(allowed)))
        return failure();
    }
  }
  if (nonpad) {
    // Keys at or past nonpad_kv_seqlen[b] are padding.
    auto iota = iotaAlong(n, k, 2, i64, 1, 0);
    auto limit = n.create<mcc::ReshapeOp>(nonpad, n.i64Constant({-1, 1, 1, 1}), false);
    if (failed(iota) || failed(limit))
      return failure();
    if (failed(addAllowed(n.create<mcc::LessOp>(*iota, *limit))))
      return failure();
  }

  // Each kv head serves q heads / kv heads query heads (grouped-query attention).
  bool staticHeads = !ShapedType::isDynamic(qHeads) && !ShapedType::isDynamic(kvHeads) &&
                     (qHeads == kvHeads || (!cast<RankedTensorType>(k.getType()).isDynamicDim(3) &&
                                            !cast<RankedTensorType>(v.getType()).isDynamicDim(3)));
  if (staticHeads && (kvHeads == 0 || qHeads % kvHeads != 0)) {
    n.emitError() << "q heads (" << qHeads << ") must be a multiple of kv heads (" << kvHeads
                  << ")";
    return failure();
  }
  // Static repetition needs the static head count and head size of the tensor itself: v's
  // may be dynamic where k's is not.
  auto repeat = [&](Value x) -> FailureOr<Value> {
    auto type = cast<RankedTensorType>(x.getType());
    if (!staticHeads || type.isDynamicDim(1) || type.isDynamicDim(3))
      return repeatHeadsAtRunTime(n, q, x);
    if (type.getDimSize(1) != kvHeads) {
      n.emitError() << "k has " << kvHeads << " heads but v has " << type.getDimSize(1);
      return failure();
    }
    return repeatHeads(n, x, qHeads / kvHeads);
  };
  auto kRep = repeat(k);
  auto vRep = succeeded(kRep) ? repeat(v) : FailureOr<Value>(failure());
  if (failed(kRep) || failed(vRep))
    return failure();

  FailureOr<Value> qs, ks;
  if (!scaleAttr && ShapedType::isDynamic(headSize)) {
    // sqrt(1 / sqrt(head size)) = head size ^ -1/4, read at run time.
    auto shape = n.create<mcc::ShapeOp>(q);
    if (failed(shape))
      return failure();
    auto size = n.create<mcc::GatherOp>(*shape, n.scalarConstant(n.builder().getI64Type(), 3),
                                        static_cast<uint64_t>(0));
    if (failed(size))
      return failure();
    auto sizeF = n.castTo(*size, element);
    if (failed(sizeF))
      return failure();
    auto root = n.create<mcc::PowOp>(*sizeF, n.scalarConstant(element, -0.25));
    if (failed(root))
      return failure();
    qs = n.create<mcc::MulOp>(q, *root);
    ks = n.create<mcc::MulOp>(*kRep, *root);
  } else {
    qs = scaleBy(n, q, rootScale);
    ks = scaleBy(n, *kRep, rootScale);
  }
  if (failed(qs) || failed(ks))
    return failure();
  auto kt = n.create<mcc::TransposeOp>(*ks, ArrayRef<int64_t>{0, 1, 3, 2});
  if (failed(kt))
    return failure();
  auto qk = n.create<mcc::MatMulOp>(*qs, *kt);
  if (failed(qk))
    return failure();
  if (softcap > 0) {
    auto divided = scaleBy(n, *qk, 1.0 / softcap);
    if (failed(divided))
      return failure();
    auto squashed = n.create<mcc::TanhOp>(*divided);
    if (failed(squashed))
      return failure();
    qk = scaleBy(n, *squashed, softcap);
    if (failed(qk))
      return failure();
  }
  FailureOr<Value> logits = *qk;
  if (bias) {
    logits = n.create<mcc::AddOp>(*qk, bias);
    if (failed(logits))
      return failure();
  }
  FailureOr<Value> scores = *logits;
  if (softmaxPrecision) {
    Type precise;
    switch (*softmaxPrecision) {
    case onnx::TensorProto::FLOAT: precise = n.builder().getF32Type(); break;
    case onnx::TensorProto::DOUBLE: precise = n.builder().getF64Type(); break;
    case onnx::TensorProto::FLOAT16: precise = n.builder().getF16Type(); break;
    default:
      // bfloat16 has no mcc type: the input precision does at least as well.
      precise = element;
    }
    scores = n.castTo(*logits, precise);
    if (failed(scores))
      return failure();
  }
  auto probs = n.create<mcc::SoftmaxOp>(*scores, static_cast<uint64_t>(3));
  if (failed(probs))
    return failure();
  probs = n.castTo(*probs, element);
  if (failed(probs))
    return failure();
  if (bias) {
    // A query whose every key is masked attends nothing: zeros, not NaNs.
    auto rowMax = n.create<mcc::ReduceMaxOp>(bias, ArrayRef<int64_t>{
                                                       cast<RankedTensorType>(bias.getType())
                                                           .getRank() - 1}, true);
    if (failed(rowMax))
      return failure();
    auto masked = n.create<mcc::EqualOp>(*rowMax, negInf);
    if (failed(masked))
      return failure();
    probs = n.create<mcc::WhereOp>(*masked, zero, *probs);
    if (failed(probs))
      return failure();
  }
  if (n.outputUsed(3)) {
    Value exposed = mode == 3 ? *probs : mode == 2 ? *logits : *qk;
    if (failed(n.setOutput(3, exposed)))
      return failure();
  }
  auto y = n.create<mcc::MatMulOp>(*probs, *vRep);
  if (failed(y))
    return failure();
  if (rank == 3) {
    y = n.create<mcc::TransposeOp>(*y, ArrayRef<int64_t>{0, 2, 1, 3});
    if (failed(y))
      return failure();
    y = n.create<mcc::ReshapeOp>(*y, n.i64Constant({0, 0, -1}), false);
  }
  return n.setOutput(0, y);
}

// Y = X / sqrt(mean(X^2 over [axis, rank)) + epsilon) * scale.
LogicalResult importRMSNorm(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  RankedTensorType type = n.inputType(0);
  auto axis = n.normalizeAxis(n.getInt("axis", -1), type.getRank());
  double epsilon = n.getFloat("epsilon", 1e-5f);
  n.ignoreAttrs({"stash_type"});
  if (failed(axis))
    return failure();
  Value x = n.input(0);
  SmallVector<int64_t> axes;
  for (int64_t d = *axis; d < type.getRank(); ++d)
    axes.push_back(d);
  auto square = n.create<mcc::MulOp>(x, x);
  if (failed(square))
    return failure();
  auto meanSquare = n.create<mcc::ReduceMeanOp>(*square, axes, true);
  if (failed(meanSquare))
    return failure();
  auto shifted =
      n.create<mcc::AddOp>(*meanSquare, n.scalarConstant(type.getElementType(), epsilon));
  if (failed(shifted))
    return failure();
  auto rms = n.create<mcc::SqrtOp>(*shifted);
  if (failed(rms))
    return failure();
  auto inv = n.create<mcc::ReciprocalOp>(*rms);
  if (failed(inv))
    return failure();
  auto normalized = n.create<mcc::MulOp>(x, *inv);
  if (failed(normalized))
    return failure();
  return n.setOutput(0, n.create<mcc::MulOp>(*normalized, n.input(1)));
}

// SwiGLU (opset 28): a * sigmoid(alpha * a) * b.
LogicalResult importSwiGLU(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  double alpha = n.getFloat("alpha", 1.0);
  if (n.hadError())
    return failure();
  Value a = n.input(0);
  FailureOr<Value> gate = a;
  if (alpha != 1.0)
    gate = scaleBy(n, a, alpha);
  if (failed(gate))
    return failure();
  auto sig = n.create<mcc::SigmoidOp>(*gate);
  if (failed(sig))
    return failure();
  auto swish = n.create<mcc::MulOp>(a, *sig);
  if (failed(swish))
    return failure();
  return n.setOutput(0, n.create<mcc::MulOp>(*swish, n.input(1)));
}

// RotaryEmbedding (opset 23) on [B, S, H * D] (with num_heads) or [B, H, S, D]:
// the first rotary_embedding_dim features of each head are rotated by the
// cached angles, as halves or as interleaved pairs.
LogicalResult importRotaryEmbedding(NodeContext &n) {
  if (failed(n.checkInputs(3, 4)))
    return failure();
  bool interleaved = n.getInt("interleaved", 0) != 0;
  int64_t numHeads = n.getInt("num_heads", 0);
  int64_t rotaryDim = n.getInt("rotary_embedding_dim", 0);
  if (n.hadError())
    return failure();
  Value x = n.input(0);
  RankedTensorType type = n.inputType(0);
  int64_t rank = type.getRank();
  if (rank != 3 && rank != 4) {
    n.emitError() << "input must be 3-D or 4-D, got " << type;
    return failure();
  }
  // To [B, S, H, D].
  FailureOr<Value> bshd = x;
  if (rank == 4) {
    bshd = n.create<mcc::TransposeOp>(x, ArrayRef<int64_t>{0, 2, 1, 3});
  } else {
    if (numHeads <= 0) {
      n.emitError() << "3-D input needs num_heads > 0";
      return failure();
    }
    bshd = n.create<mcc::ReshapeOp>(x, n.i64Constant({0, 0, numHeads, -1}), false);
  }
  if (failed(bshd))
    return failure();
  int64_t headSize = cast<RankedTensorType>(bshd->getType()).getDimSize(3);
  bool dynamicHead = ShapedType::isDynamic(headSize);
  // With a dynamic head size and no rotary_embedding_dim, the whole head rotates.
  bool wholeHead = rotaryDim == 0 || rotaryDim == headSize;
  if (rotaryDim == 0)
    rotaryDim = headSize;
  if ((!dynamicHead && rotaryDim > headSize) || (!wholeHead && rotaryDim % 2 != 0)) {
    n.emitError() << "rotary_embedding_dim " << rotaryDim << " does not fit head size "
                  << headSize;
    return failure();
  }
  int64_t half = rotaryDim / 2;
  Value cosCache = n.input(1), sinCache = n.input(2);
  if (n.hasInput(3)) {
    auto c = n.create<mcc::GatherOp>(cosCache, n.input(3), static_cast<uint64_t>(0));
    auto s = n.create<mcc::GatherOp>(sinCache, n.input(3), static_cast<uint64_t>(0));
    if (failed(c) || failed(s))
      return failure();
    cosCache = *c, sinCache = *s;
  }
  // [.., S, D/2] -> [.., S, 1, D/2] against [B, S, H, D/2].
  int64_t cacheRank = cast<RankedTensorType>(cosCache.getType()).getRank();
  auto cos = n.create<mcc::UnsqueezeOp>(cosCache, ArrayRef<int64_t>{cacheRank - 1});
  auto sin = n.create<mcc::UnsqueezeOp>(sinCache, ArrayRef<int64_t>{cacheRank - 1});
  if (failed(cos) || failed(sin))
    return failure();
  auto slice = [&](int64_t start, int64_t end, int64_t step) {
    return n.create<mcc::SliceOp>(*bshd, ArrayRef<int64_t>{start}, ArrayRef<int64_t>{end},
                                  ArrayRef<int64_t>{3}, ArrayRef<int64_t>{step});
  };
  FailureOr<Value> x1, x2;
  if (dynamicHead && wholeHead) {
    // The halves (or the even and odd features) of a head of unknown size:
    // [B, S, H, 2, D/2] (or [B, S, H, D/2, 2]) and one index of the new dim.
    int64_t pairDim = interleaved ? 4 : 3;
    auto pairs = n.create<mcc::ReshapeOp>(
        *bshd, n.i64Constant(interleaved ? ArrayRef<int64_t>{0, 0, 0, -1, 2}
                                         : ArrayRef<int64_t>{0, 0, 0, 2, -1}),
        false);
    if (failed(pairs))
      return failure();
    auto pick = [&](int64_t i) -> FailureOr<Value> {
      auto one = n.create<mcc::SliceOp>(*pairs, ArrayRef<int64_t>{i}, ArrayRef<int64_t>{i + 1},
                                        ArrayRef<int64_t>{pairDim}, ArrayRef<int64_t>{1});
      if (failed(one))
        return failure();
      return n.create<mcc::SqueezeOp>(*one, ArrayRef<int64_t>{pairDim});
    };
    x1 = pick(0), x2 = pick(1);
  } else {
    x1 = interleaved ? slice(0, rotaryDim, 2) : slice(0, half, 1);
    x2 = interleaved ? slice(1, rotaryDim, 2) : slice(half, rotaryDim, 1);
  }
  if (failed(x1) || failed(x2))
    return failure();
  auto cx1 = n.create<mcc::MulOp>(*cos, *x1), sx2 = n.create<mcc::MulOp>(*sin, *x2);
  auto sx1 = n.create<mcc::MulOp>(*sin, *x1), cx2 = n.create<mcc::MulOp>(*cos, *x2);
  if (failed(cx1) || failed(sx2) || failed(sx1) || failed(cx2))
    return failure();
  auto real = n.create<mcc::SubOp>(*cx1, *sx2);
  auto imag = n.create<mcc::AddOp>(*sx1, *cx2);
  if (failed(real) || failed(imag))
    return failure();
  FailureOr<Value> rotated;
  if (interleaved) {
    auto r = n.create<mcc::UnsqueezeOp>(*real, ArrayRef<int64_t>{4});
    auto i = n.create<mcc::UnsqueezeOp>(*imag, ArrayRef<int64_t>{4});
    if (failed(r) || failed(i))
      return failure();
    auto pairs = n.create<mcc::ConcatOp>(ValueRange{*r, *i}, static_cast<uint64_t>(4));
    if (failed(pairs))
      return failure();
    rotated = n.create<mcc::ReshapeOp>(*pairs, n.i64Constant({0, 0, 0, -1}), false);
  } else {
    rotated = n.create<mcc::ConcatOp>(ValueRange{*real, *imag}, static_cast<uint64_t>(3));
  }
  if (failed(rotated))
    return failure();
  FailureOr<Value> y = *rotated;
  if (!wholeHead) {
    auto rest = slice(rotaryDim, dynamicHead ? std::numeric_limits<int64_t>::max() : headSize, 1);
    if (failed(rest))
      return failure();
    y = n.create<mcc::ConcatOp>(ValueRange{*rotated, *rest}, static_cast<uint64_t>(3));
    if (failed(y))
      return failure();
  }
  if (rank == 4)
    return n.setOutput(0, n.create<mcc::TransposeOp>(*y, ArrayRef<int64_t>{0, 2, 1, 3}));
  return n.setOutput(0, n.create<mcc::ReshapeOp>(*y, n.i64Constant({0, 0, -1}), false));
}

} // namespace

void mcc::frontend::registerTransformerOps(OpTable &t) {
  t.add("Attention", 23, importAttention);
  t.add("RotaryEmbedding", 23, importRotaryEmbedding);
  t.add("RMSNormalization", 23, importRMSNorm);
  t.add("SwiGLU", 28, importSwiGLU);
}
