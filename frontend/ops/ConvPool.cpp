//===- ConvPool.cpp - convolution and pooling -----------------------------===//
//
// Conv, MaxPool and AveragePool share the window attributes. auto_pad is
// resolved here into explicit pads, so the dialect only knows explicit ones.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;

namespace {

struct Window {
  SmallVector<int64_t> kernel, strides, dilations, pads;
};

// Reads strides, dilations, pads and auto_pad for a window of `kernel` over
// the spatial dims of `input` ([N, C, D1..Dk]).
FailureOr<Window> readWindow(NodeContext &n, RankedTensorType input,
                             SmallVector<int64_t> kernel) {
  int64_t spatial = input.getRank() - 2;
  Window w;
  w.kernel = std::move(kernel);
  w.strides = n.getInts("strides", SmallVector<int64_t>(spatial, 1));
  w.dilations = n.getInts("dilations", SmallVector<int64_t>(spatial, 1));
  SmallVector<int64_t> pads = n.getInts("pads", SmallVector<int64_t>(2 * spatial, 0));
  std::string autoPad = n.getString("auto_pad", "NOTSET");
  if (n.hadError())
    return failure();
  auto checkSize = [&](llvm::ArrayRef<int64_t> v, int64_t size, llvm::StringRef what) {
    if (static_cast<int64_t>(v.size()) == size)
      return true;
    n.emitError() << "'" << what << "' has " << v.size() << " entries; the input " << input
                  << " needs " << size;
    return false;
  };
  if (!checkSize(w.kernel, spatial, "kernel_shape") || !checkSize(w.strides, spatial, "strides") ||
      !checkSize(w.dilations, spatial, "dilations"))
    return failure();
  for (int64_t i = 0; i < spatial; ++i) {
    if (w.kernel[i] <= 0 || w.strides[i] <= 0 || w.dilations[i] <= 0) {
      n.emitError() << "kernel_shape, strides and dilations must be positive";
      return failure();
    }
  }

  if (autoPad == "NOTSET") {
    if (!checkSize(pads, 2 * spatial, "pads"))
      return failure();
    w.pads = std::move(pads);
    return w;
  }
  w.pads.assign(2 * spatial, 0);
  if (autoPad == "VALID")
    return w;
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER") {
    n.emitError() << "unknown auto_pad=" << autoPad;
    return failure();
  }
  // SAME: the output has ceil(in / stride) elements; the padding that takes
  // is split evenly, the odd one at the end (UPPER) or the beginning (LOWER).
  for (int64_t i = 0; i < spatial; ++i) {
    int64_t in = input.getDimSize(i + 2);
    if (ShapedType::isDynamic(in)) {
      n.emitError() << "auto_pad=" << autoPad << " needs static spatial dims, got " << input;
      return failure();
    }
    int64_t out = (in + w.strides[i] - 1) / w.strides[i];
    int64_t span = (w.kernel[i] - 1) * w.dilations[i] + 1;
    int64_t total = std::max<int64_t>(0, (out - 1) * w.strides[i] + span - in);
    int64_t small = total / 2, big = total - small;
    w.pads[i] = autoPad == "SAME_UPPER" ? small : big;
    w.pads[i + spatial] = autoPad == "SAME_UPPER" ? big : small;
  }
  return w;
}

// The input of a windowed op, which must be [N, C, spatial...].
FailureOr<RankedTensorType> windowInput(NodeContext &n) {
  RankedTensorType type = n.inputType(0);
  if (!type || type.getRank() < 3) {
    n.emitError() << "input must be [N, C, D1, ...], got " << n.input(0).getType();
    return failure();
  }
  return type;
}

LogicalResult importConv(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  // Inputs in order: each materializes its constant where first read.
  Value x = n.input(0), w = n.input(1), bias = n.input(2);
  return n.setOutput(0, buildConv(n, x, w, bias));
}

template <typename OpT> LogicalResult importPool(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto input = windowInput(n);
  if (failed(input))
    return failure();
  auto kernel = n.getOptionalInts("kernel_shape");
  if (!kernel) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'kernel_shape'";
    return failure();
  }
  auto window = readWindow(n, *input, *kernel);
  if (failed(window))
    return failure();
  bool ceilMode = n.getInt("ceil_mode", 0) != 0;
  bool countIncludePad = false;
  if constexpr (std::is_same_v<OpT, mcc::AvgPoolOp>)
    countIncludePad = n.getInt("count_include_pad", 0) != 0;
  else
    n.ignoreAttrs({"storage_order"}); // the layout of Indices, which is not supported
  return n.setOutput(0, n.create<OpT>(n.input(0), window->kernel, window->strides, window->pads,
                                      window->dilations, ceilMode, countIncludePad));
}

template <typename OpT> LogicalResult importGlobalPool(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)) || failed(windowInput(n)))
    return failure();
  return n.setOutput(0, n.create<OpT>(n.input(0)));
}

// ConvTranspose: output_shape and auto_pad resolve to explicit pads here; an
// output larger than the pads allow becomes output_padding at the end.
LogicalResult importConvTranspose(NodeContext &n) {
  if (failed(n.checkInputs(2, 3)))
    return failure();
  auto input = windowInput(n);
  if (failed(input))
    return failure();
  RankedTensorType weight = n.inputType(1);
  int64_t spatial = input->getRank() - 2;
  if (weight.getRank() != input->getRank()) {
    n.emitError() << "weight " << weight << " must have the rank of the input " << *input;
    return failure();
  }
  SmallVector<int64_t> kernel(weight.getShape().drop_front(2));
  if (auto attr = n.getOptionalInts("kernel_shape"))
    kernel = *attr;
  if (llvm::any_of(kernel, ShapedType::isDynamic) || (int64_t)kernel.size() != spatial) {
    n.emitError() << "the kernel size must be known and match the weight " << weight;
    return failure();
  }
  SmallVector<int64_t> strides = n.getInts("strides", SmallVector<int64_t>(spatial, 1));
  SmallVector<int64_t> dilations = n.getInts("dilations", SmallVector<int64_t>(spatial, 1));
  SmallVector<int64_t> outPad = n.getInts("output_padding", SmallVector<int64_t>(spatial, 0));
  SmallVector<int64_t> pads = n.getInts("pads", SmallVector<int64_t>(2 * spatial, 0));
  std::optional<SmallVector<int64_t>> outputShape = n.getOptionalInts("output_shape");
  std::string autoPad = n.getString("auto_pad", "NOTSET");
  int64_t group = n.getInt("group", 1);
  if (n.hadError())
    return failure();
  if ((int64_t)strides.size() != spatial || (int64_t)dilations.size() != spatial ||
      (int64_t)outPad.size() != spatial || (int64_t)pads.size() != 2 * spatial) {
    n.emitError() << "strides, dilations, output_padding and pads must match " << spatial
                  << " spatial dims";
    return failure();
  }
  if (autoPad != "NOTSET" && autoPad != "VALID" && autoPad != "SAME_UPPER" &&
      autoPad != "SAME_LOWER") {
    n.emitError() << "unknown auto_pad=" << autoPad;
    return failure();
  }
  if (outputShape && outputShape->size() > (size_t)spatial)
    outputShape->erase(outputShape->begin(), outputShape->end() - spatial);
  if (outputShape || autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
    for (int64_t i = 0; i < spatial; ++i) {
      int64_t in = input->getDimSize(i + 2);
      if (ShapedType::isDynamic(in)) {
        n.emitError() << "output_shape and auto_pad need static spatial dims, got " << *input;
        return failure();
      }
      int64_t out = outputShape ? (*outputShape)[i] : in * strides[i];
      int64_t full = strides[i] * (in - 1) + outPad[i] + (kernel[i] - 1) * dilations[i] + 1;
      int64_t total = full - out;
      int64_t half = total >= 0 ? total / 2 : -((-total + 1) / 2); // floor(total / 2)
      int64_t begin = autoPad == "SAME_UPPER" ? half : total - half;
      int64_t end = total - begin;
      if (end < 0) {
        outPad[i] -= end;
        end = 0;
      }
      if (begin < 0) {
        n.emitError() << "output_shape is larger than the transposed convolution can make";
        return failure();
      }
      pads[i] = begin;
      pads[i + spatial] = end;
    }
  } else if (autoPad == "VALID") {
    pads.assign(2 * spatial, 0);
  }
  if (group <= 0) {
    n.emitError() << "group must be positive, got " << group;
    return failure();
  }
  return n.setOutput(0, n.create<mcc::ConvTransposeOp>(n.input(0), n.input(1), n.input(2), strides,
                                                       pads, dilations, outPad,
                                                       static_cast<uint64_t>(group)));
}

LogicalResult importLpPool(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto input = windowInput(n);
  if (failed(input))
    return failure();
  auto kernel = n.getOptionalInts("kernel_shape");
  if (!kernel) {
    if (!n.hadError())
      n.emitError() << "missing required attribute 'kernel_shape'";
    return failure();
  }
  auto window = readWindow(n, *input, *kernel);
  if (failed(window))
    return failure();
  bool ceilMode = n.getInt("ceil_mode", 0) != 0;
  int64_t p = n.getInt("p", 2);
  return n.setOutput(0, n.create<mcc::LpPoolOp>(n.input(0), window->kernel, window->strides,
                                                window->pads, window->dilations, ceilMode,
                                                static_cast<uint64_t>(p)));
}

} // namespace

FailureOr<Value> mcc::frontend::buildConv(NodeContext &n, Value x, Value w, Value bias) {
  auto input = dyn_cast<RankedTensorType>(x.getType());
  if (!input || input.getRank() < 3) {
    n.emitError() << "input must be [N, C, D1, ...], got " << x.getType();
    return failure();
  }
  auto weight = cast<RankedTensorType>(w.getType());
  if (weight.getRank() != input.getRank()) {
    n.emitError() << "weight " << weight << " must have the rank of the input " << input;
    return failure();
  }
  // The kernel is the weight's spatial dims; kernel_shape, when given, must agree.
  SmallVector<int64_t> kernel(weight.getShape().drop_front(2));
  if (auto attr = n.getOptionalInts("kernel_shape")) {
    for (size_t i = 0; i < attr->size() && i < kernel.size(); ++i) {
      if (!ShapedType::isDynamic(kernel[i]) && kernel[i] != (*attr)[i]) {
        n.emitError() << "kernel_shape does not match the weight " << weight;
        return failure();
      }
    }
    kernel = *attr;
  }
  if (llvm::any_of(kernel, ShapedType::isDynamic)) {
    n.emitError() << "the kernel size must be known: weight " << weight
                  << " has dynamic spatial dims and no kernel_shape";
    return failure();
  }
  auto window = readWindow(n, input, kernel);
  if (failed(window))
    return failure();
  int64_t group = n.getInt("group", 1);
  if (group <= 0) {
    n.emitError() << "group must be positive, got " << group;
    return failure();
  }
  return n.create<mcc::ConvOp>(x, w, bias, window->strides, window->pads, window->dilations,
                               static_cast<uint64_t>(group));
}

void mcc::frontend::registerConvPoolOps(OpTable &t) {
  t.add("ConvTranspose", 1, importConvTranspose);
  t.add("LpPool", 2, importLpPool);
  t.add("Conv", 1, importConv);
  // MaxPool gained dilations and ceil_mode at 10, AveragePool ceil_mode at 10
  // and dilations at 19; reading absent attributes gives the old behaviour.
  t.add("MaxPool", 1, importPool<mcc::MaxPoolOp>);
  t.add("AveragePool", 7, importPool<mcc::AvgPoolOp>);
  t.add("GlobalAveragePool", 1, importGlobalPool<mcc::GlobalAvgPoolOp>);
  t.add("GlobalMaxPool", 1, importGlobalPool<mcc::GlobalMaxPoolOp>);
}
