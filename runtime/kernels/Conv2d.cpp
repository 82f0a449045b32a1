// mcc_kernel_conv2d: NCHW grouped convolution with a fused epilogue. Depthwise runs its own
// kernel; every other case is one GEMM per (image, group) with the pre-packed weight as A and
// the image as B: a 1x1 stride-1 unpadded convolution reads the image as the [C, H*W] matrix it
// already is, a stride-1 or stride-2 KxK one over wide rows reads it from a padded copy
// (DirectConv.h) where the CPU has AVX-512, anything else packs im2col panels block by block.
#include "DenseCopy.h"
#include "Depthwise.h"
#include "DirectConv.h"
#include "GemmDriver.h"
#include "Im2col.h"
#include "PackedLayout.h"
#include "ThreadPool.h"
#include "../src/RunAbort.h"

#include "mcc/kernels.h"

#include <algorithm>
#include <limits>
#include <vector>

#define MCC_KERNEL_EXPORT __attribute__((visibility("default")))

using namespace mcc::kernels;

namespace {

const float *base(const mcc_memref4_f32 *m) { return m->aligned + m->offset; }

// The same elements in the same places.
bool sameView(const mcc_memref4_f32 *x, const mcc_memref4_f32 *y) {
  return base(x) == base(y) && std::equal(x->sizes, x->sizes + 4, y->sizes) &&
         std::equal(x->strides, x->strides + 4, y->strides);
}

// The spatial dims of an [N, C, H, W] buffer can be read as one dimension of H*W.
bool spatialIsFlat(const mcc_memref4_f32 *m) {
  return m->sizes[2] == 1 || m->strides[2] == m->sizes[3] * m->strides[3];
}

// A contiguous copy of a descriptor's shape, for outputs the GEMM cannot address directly.
struct Contiguous {
  std::vector<float> data;
  mcc_memref4_f32 view{};
  explicit Contiguous(const mcc_memref4_f32 *like) {
    view = *like;
    data.resize(like->sizes[0] * like->sizes[1] * like->sizes[2] * like->sizes[3]);
    view.allocated = view.aligned = data.data();
    view.offset = 0;
    view.strides[3] = 1;
    view.strides[2] = like->sizes[3];
    view.strides[1] = like->sizes[2] * like->sizes[3];
    view.strides[0] = like->sizes[1] * view.strides[1];
  }
  // Copies between this buffer and `other` (same shape) in either direction.
  void copy(const mcc_memref4_f32 *from, mcc_memref4_f32 *to) {
    for (int64_t n = 0; n < from->sizes[0]; ++n)
      for (int64_t c = 0; c < from->sizes[1]; ++c)
        for (int64_t y = 0; y < from->sizes[2]; ++y)
          for (int64_t x = 0; x < from->sizes[3]; ++x)
            to->aligned[to->offset + n * to->strides[0] + c * to->strides[1] +
                        y * to->strides[2] + x * to->strides[3]] =
                from->aligned[from->offset + n * from->strides[0] + c * from->strides[1] +
                              y * from->strides[2] + x * from->strides[3]];
  }
};

// The convolution itself; the exported entry point below only adds the guard.
void runConv2d(
    mcc_memref4_f32 *in, mcc_memref1_f32 *weight, mcc_memref1_f32 *bias,
    mcc_memref4_f32 *residual, mcc_memref4_f32 *out, int64_t group, int64_t kernelH,
    int64_t kernelW, int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft,
    int64_t dilationH, int64_t dilationW, int64_t flags, int64_t activation, float p0,
    float p1) {
  const bool hasBias = flags & MCC_KERNEL_HAS_BIAS;
  const bool hasResidual = flags & MCC_KERNEL_HAS_RESIDUAL;
  const int64_t N = in->sizes[0], C = in->sizes[1], H = in->sizes[2], W = in->sizes[3];
  const int64_t M = out->sizes[1], OH = out->sizes[2], OW = out->sizes[3];
  if (N <= 0 || M <= 0 || OH <= 0 || OW <= 0)
    return;
  // A dynamic residual is only known at run time to have the output's shape; reading one
  // that does not would go out of bounds, so the output is poisoned with NaN instead.
  if (hasResidual)
    for (int d = 0; d < 4; ++d)
      if (residual->sizes[d] != out->sizes[d]) {
        for (int64_t n = 0; n < N; ++n)
          for (int64_t m = 0; m < M; ++m)
            for (int64_t y = 0; y < OH; ++y)
              for (int64_t x = 0; x < OW; ++x)
                out->aligned[out->offset + n * out->strides[0] + m * out->strides[1] +
                             y * out->strides[2] + x * out->strides[3]] =
                    std::numeric_limits<float>::quiet_NaN();
        return;
      }

  // The GEMM addresses the output (and residual) as [M, OH*OW]: go through a contiguous
  // copy in the rare case a descriptor does not allow that.
  if (!spatialIsFlat(out) || (hasResidual && !spatialIsFlat(residual))) {
    Contiguous result(out);
    if (hasResidual) {
      Contiguous res(residual);
      res.copy(residual, &res.view);
      runConv2d(in, weight, bias, &res.view, &result.view, group,
                                     kernelH, kernelW, strideH, strideW, padTop, padLeft,
                                     dilationH, dilationW, flags, activation, p0, p1);
    } else {
      runConv2d(in, weight, bias, residual, &result.view, group, kernelH,
                                     kernelW, strideH, strideW, padTop, padLeft, dilationH,
                                     dilationW, flags, activation, p0, p1);
    }
    result.copy(&result.view, out);
    return;
  }

  const int64_t Cg = C / group, Mg = M / group, K = Cg * kernelH * kernelW;
  const float *w = weight->aligned + weight->offset;
  const float *biasData = hasBias ? bias->aligned + bias->offset : nullptr;
  const int64_t biasStride = hasBias ? bias->strides[0] : 0;
  const Activation act{activation, p0, p1};

  ConvGeometry geometry = convGeometry(*in, kernelH, kernelW, strideH, strideW, padTop, padLeft,
                                       dilationH, dilationW, OW);

  if (isDepthwise(M, Cg, group)) {
    const int64_t taps = kernelH * kernelW;
    // A depthwise FLOP costs about ten of a GEMM's (it is bound by loads, not FMAs): weigh
    // it so, or a 14x14 MobileNet layer of ~100 us would stay on one thread.
    int threads = threadsFor(N * M, 1, OH * OW, taps * 8);
    // One contiguous run of planes per thread: a plane then stays on the core that handled
    // it last time (and, in a model, often on the core that produced it), where handing
    // planes out one by one scattered them over both caches and ran slower on 2 threads
    // than on 1.
    const int64_t planes = N * M, perThread = (planes + threads - 1) / threads;
    parallelFor(threads, threads, [&](int64_t part) {
      for (int64_t item = part * perThread; item < std::min(planes, (part + 1) * perThread);
           ++item) {
        int64_t n = item / M, m = item % M;
        ConvGeometry g = geometry;
        g.in = base(in) + n * in->strides[0] + m * in->strides[1];
        const float *res = nullptr;
        if (hasResidual)
          res = base(residual) + n * residual->strides[0] + m * residual->strides[1];
        depthwisePlane(g, OH, w + m * taps, hasBias ? biasData[m * biasStride] : 0.0f, res,
                       hasResidual ? residual->strides[2] : 0,
                       hasResidual ? residual->strides[3] : 0,
                       out->aligned + out->offset + n * out->strides[0] + m * out->strides[1],
                       out->strides[2], out->strides[3], act);
      }
    });
    return;
  }

  const int64_t P = OH * OW;
  const bool residualIsOut = hasResidual && sameView(residual, out);
  // A 1x1, stride-1, unpadded convolution over a flat image is a plain GEMM on it.
  const bool pointwise = kernelH == 1 && kernelW == 1 && strideH == 1 && strideW == 1 &&
                         padTop == 0 && padLeft == 0 && OH == H && OW == W &&
                         spatialIsFlat(in);

  if (!pointwise) {
    DirectConvProblem direct;
    direct.in = in;
    direct.out = out;
    direct.weight = w;
    direct.bias = biasData;
    direct.biasStride = biasStride;
    direct.residual = hasResidual && !residualIsOut ? residual : nullptr;
    direct.accumulateIntoOut = residualIsOut;
    direct.group = group;
    direct.KH = kernelH;
    direct.KW = kernelW;
    direct.strideH = strideH;
    direct.strideW = strideW;
    direct.padTop = padTop;
    direct.padLeft = padLeft;
    direct.dH = dilationH;
    direct.dW = dilationW;
    direct.activation = act;
    if (runDirectConv(direct))
      return;
  }

  const int threads = threadsFor(N * group, Mg, P, K);
  const int64_t problems = N * group;
  const RegionGrid grid = splitForThreads(Mg, P, K, (threads + problems - 1) / problems);
  const int64_t regions = grid.mChunks * grid.nChunks;
  // Per (image, group) B sources, alive for the whole call.
  std::vector<ConvGeometry> geometries(problems, geometry);
  std::vector<Strided> images(problems);
  for (int64_t n = 0; n < N; ++n)
    for (int64_t g = 0; g < group; ++g) {
      const float *image = base(in) + n * in->strides[0] + g * Cg * in->strides[1];
      geometries[n * group + g].in = image;
      images[n * group + g] = {image, in->strides[1], in->strides[3]};
    }

  parallelFor(problems * regions, threads, [&](int64_t item) {
    int64_t problem = item / regions, region = item % regions;
    int64_t n = problem / group, g = problem % group;
    GemmProblem p;
    p.M = Mg;
    p.N = P;
    p.K = K;
    p.a.panels = w + g * aPanelsFloats(Mg, K);
    if (pointwise) {
      p.b.pack = packStridedB;
      p.b.context = &images[problem];
      p.b.rowMajor = &images[problem];
    } else {
      p.b.pack = packIm2col;
      p.b.context = &geometries[problem];
    }
    p.c = out->aligned + out->offset + n * out->strides[0] + g * Mg * out->strides[1];
    p.crs = out->strides[1];
    p.ccs = out->strides[3];
    if (hasBias) {
      p.epilogue.bias = biasData + g * Mg * biasStride;
      p.epilogue.biasStride = biasStride;
      p.epilogue.biasPerRow = true;
    }
    if (residualIsOut) {
      p.accumulateIntoC = true; // the output buffer holds the residual already
    } else if (hasResidual) {
      p.epilogue.residual =
          base(residual) + n * residual->strides[0] + g * Mg * residual->strides[1];
      p.epilogue.rrs = residual->strides[1];
      p.epilogue.rcs = residual->strides[3];
    }
    p.epilogue.activation = act;
    int64_t m0 = (region / grid.nChunks) * grid.mStep;
    int64_t n0 = (region % grid.nChunks) * grid.nStep;
    gemmRegion(p, m0, std::min(Mg, m0 + grid.mStep), n0, std::min(P, n0 + grid.nStep));
  });
}

} // namespace

extern "C" MCC_KERNEL_EXPORT void _mlir_ciface_mcc_kernel_conv2d(
    mcc_memref4_f32 *in, mcc_memref1_f32 *weight, mcc_memref1_f32 *bias,
    mcc_memref4_f32 *residual, mcc_memref4_f32 *out, int64_t group, int64_t kernelH,
    int64_t kernelW, int64_t strideH, int64_t strideW, int64_t padTop, int64_t padLeft,
    int64_t dilationH, int64_t dilationW, int64_t flags, int64_t activation, float p0,
    float p1) {
  mcc::rt::guardKernel([&] {
    runConv2d(in, weight, bias, residual, out, group, kernelH, kernelW, strideH, strideW,
              padTop, padLeft, dilationH, dilationW, flags, activation, p0, p1);
  });
}

// The packed size of a weight whose input channels are known only at run time.
extern "C" MCC_KERNEL_EXPORT int64_t _mlir_ciface_mcc_kernel_conv2d_packed_floats(
    int64_t M, int64_t Cg, int64_t kernelH, int64_t kernelW, int64_t group) {
  return mcc_kernel_conv2d_packed_weight_floats(M, Cg, kernelH, kernelW, group);
}

// A weight computed at run time (a training step's, or a flipped transposed-conv weight):
// the same packing the compiler applies to constant weights, into `packed`.
extern "C" MCC_KERNEL_EXPORT void _mlir_ciface_mcc_kernel_conv2d_pack(mcc_memref4_f32 *weight,
                                                                      mcc_memref1_f32 *packed,
                                                                      int64_t group) {
  mcc::rt::guardKernel([&] {
    const int64_t *n = weight->sizes;
    std::vector<float> copy;
    const float *w = denseData(*weight, copy);
    mcc_kernel_conv2d_pack_weight(w, n[0], n[1], n[2], n[3], group,
                                  packed->aligned + packed->offset);
  });
}
