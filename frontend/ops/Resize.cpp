//===- Resize.cpp - Resize and Upsample -----------------------------------===//
//
// Every version becomes mcc.resize with one scale per dim (and the output
// sizes when the model gives sizes): `axes`, `keep_aspect_ratio_policy` and
// the sizes-to-scales rule end here. Upsample and Resize-10 are Resize with
// the asymmetric transform and nearest rounding down.
//
//===----------------------------------------------------------------------===//
#include "frontend/OpTable.h"

#include "dialects/mcc/McDialect.h"

#include <cmath>

using namespace mlir;
using namespace mcc::frontend;
using llvm::SmallVector;

namespace {

struct ResizeAttrs {
  std::string mode = "nearest";
  std::string ctm = "half_pixel";
  std::string nearestMode = "round_prefer_floor";
  double cubicA = -0.75;
  bool excludeOutside = false;
  bool antialias = false;
  double extrapolation = 0.0;
};

LogicalResult buildResize(NodeContext &n, ArrayRef<double> scales,
                          std::optional<ArrayRef<int64_t>> sizes,
                          std::optional<ArrayRef<double>> roi, const ResizeAttrs &a) {
  OpBuilder &b = n.builder();
  std::optional<DenseI64ArrayAttr> sizesAttr;
  if (sizes)
    sizesAttr = b.getDenseI64ArrayAttr(*sizes);
  std::optional<DenseF64ArrayAttr> roiAttr;
  if (roi)
    roiAttr = b.getDenseF64ArrayAttr(*roi);
  return n.setOutput(
      0, n.create<mcc::ResizeOp>(
             n.input(0), b.getDenseF64ArrayAttr(scales),
             sizesAttr ? *sizesAttr : DenseI64ArrayAttr(), roiAttr ? *roiAttr : DenseF64ArrayAttr(),
             b.getStringAttr(a.mode), b.getStringAttr(a.ctm), b.getStringAttr(a.nearestMode),
             b.getF64FloatAttr(a.cubicA), b.getBoolAttr(a.excludeOutside),
             b.getBoolAttr(a.antialias), b.getF64FloatAttr(a.extrapolation)));
}

LogicalResult checkMode(NodeContext &n, const std::string &mode) {
  if (mode == "nearest" || mode == "linear" || mode == "cubic")
    return success();
  n.emitError() << "unknown mode '" << mode << "'";
  return failure();
}

// Resize-10 and Upsample-7/9: one scale per dim, asymmetric transform.
LogicalResult importScalesOnly(NodeContext &n, ArrayRef<double> scales) {
  ResizeAttrs a;
  a.mode = n.getString("mode", "nearest");
  if (a.mode == "bilinear")
    a.mode = "linear";
  if (failed(checkMode(n, a.mode)))
    return failure();
  a.ctm = "asymmetric";
  a.nearestMode = "floor";
  return buildResize(n, scales, std::nullopt, std::nullopt, a);
}

LogicalResult importUpsampleV7(NodeContext &n) {
  if (failed(n.checkInputs(1, 1)))
    return failure();
  auto scales = n.getOptionalFloats("scales");
  if (!scales) {
    n.emitError() << "missing required attribute 'scales'";
    return failure();
  }
  return importScalesOnly(n, *scales);
}

LogicalResult importScalesInput(NodeContext &n) {
  if (failed(n.checkInputs(2, 2)))
    return failure();
  auto scales = n.constantFloats(1, "scales");
  if (failed(scales))
    return failure();
  return importScalesOnly(n, *scales);
}

LogicalResult importResize(NodeContext &n) {
  if (failed(n.checkInputs(1, 4)))
    return failure();
  RankedTensorType type = n.inputType(0);
  int64_t rank = type.getRank();
  ResizeAttrs a;
  a.mode = n.getString("mode", "nearest");
  a.ctm = n.getString("coordinate_transformation_mode", "half_pixel");
  a.nearestMode = n.getString("nearest_mode", "round_prefer_floor");
  a.cubicA = n.getFloat("cubic_coeff_a", -0.75f);
  a.excludeOutside = n.getInt("exclude_outside", 0) != 0;
  a.extrapolation = n.getFloat("extrapolation_value", 0.0f);
  std::string policy = n.getString("keep_aspect_ratio_policy", "stretch");
  a.antialias = n.getInt("antialias", 0) != 0;
  if (n.hadError() || failed(checkMode(n, a.mode)))
    return failure();
  SmallVector<int64_t> axes;
  if (auto attr = n.getOptionalInts("axes")) {
    auto normalized = n.normalizeAxes(*attr, rank, "axes", /*sorted=*/false);
    if (failed(normalized))
      return failure();
    axes = *normalized;
  } else {
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
  }
  size_t count = axes.size();
  auto nonEmpty = [&](unsigned i) {
    return n.hasInput(i) && n.inputType(i) && n.inputType(i).getNumElements() != 0;
  };

  SmallVector<double> scales(rank, 1.0);
  std::optional<SmallVector<int64_t>> sizes;
  if (nonEmpty(3)) {
    auto given = n.constantInts(3, "sizes");
    if (failed(given))
      return failure();
    if (given->size() != count) {
      n.emitError() << "sizes has " << given->size() << " entries, expected " << count;
      return failure();
    }
    sizes = SmallVector<int64_t>(type.getShape());
    bool dynamic = false;
    for (size_t i = 0; i < count; ++i) {
      int64_t in = type.getDimSize(axes[i]);
      // A dynamic dim gets scale 0: sizes / in at run time.
      dynamic |= ShapedType::isDynamic(in);
      scales[axes[i]] =
          ShapedType::isDynamic(in) ? 0.0 : static_cast<double>((*given)[i]) / in;
      (*sizes)[axes[i]] = (*given)[i];
    }
    if (dynamic && a.antialias && a.mode != "nearest") {
      n.emitError() << "antialias needs static dims in " << type
                    << " (the filter's width depends on the scale)";
      return failure();
    }
    if (policy != "stretch" && dynamic) {
      n.emitError() << "keep_aspect_ratio_policy=" << policy << " needs static dims in "
                    << type << " (the output size depends on them)";
      return failure();
    }
    if (policy != "stretch") {
      if (policy != "not_larger" && policy != "not_smaller") {
        n.emitError() << "unknown keep_aspect_ratio_policy '" << policy << "'";
        return failure();
      }
      double s = scales[axes[0]];
      for (int64_t axis : axes)
        s = policy == "not_larger" ? std::min(s, scales[axis]) : std::max(s, scales[axis]);
      for (int64_t axis : axes) {
        scales[axis] = s;
        (*sizes)[axis] = static_cast<int64_t>(s * type.getDimSize(axis) + 0.5);
      }
    }
    // Dims that are not resized keep their size, whatever it is at run time.
    for (int64_t i = 0; i < rank; ++i)
      if (ShapedType::isDynamic((*sizes)[i]))
        (*sizes)[i] = -1;
  } else if (nonEmpty(2)) {
    auto given = n.constantFloats(2, "scales");
    if (failed(given))
      return failure();
    if (given->size() != count) {
      n.emitError() << "scales has " << given->size() << " entries, expected " << count;
      return failure();
    }
    for (size_t i = 0; i < count; ++i)
      scales[axes[i]] = (*given)[i];
  } else {
    n.emitError() << "needs scales or sizes";
    return failure();
  }

  std::optional<SmallVector<double>> roi;
  if (a.ctm == "tf_crop_and_resize") {
    if (!nonEmpty(1)) {
      n.emitError() << "tf_crop_and_resize needs roi";
      return failure();
    }
    auto given = n.constantFloats(1, "roi");
    if (failed(given))
      return failure();
    if (given->size() != 2 * count) {
      n.emitError() << "roi has " << given->size() << " entries, expected " << 2 * count;
      return failure();
    }
    roi = SmallVector<double>(rank, 0.0);
    roi->append(rank, 1.0);
    for (size_t i = 0; i < count; ++i) {
      (*roi)[axes[i]] = (*given)[i];
      (*roi)[axes[i] + rank] = (*given)[i + count];
    }
  }
  return buildResize(n, scales,
                     sizes ? std::optional<ArrayRef<int64_t>>(*sizes) : std::nullopt,
                     roi ? std::optional<ArrayRef<double>>(*roi) : std::nullopt, a);
}

} // namespace

void mcc::frontend::registerResizeOps(OpTable &t) {
  t.add("Upsample", 7, importUpsampleV7);
  t.add("Upsample", 9, importScalesInput);
  t.add("Resize", 10, importScalesInput);
  t.add("Resize", 11, importResize);
}
