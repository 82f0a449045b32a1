//===- LoweringUtils.h - helpers shared by the mcc lowerings ----*- C++ -*-===//
#ifndef MCC_CODEGEN_CPU_LOWERINGUTILS_H
#define MCC_CODEGEN_CPU_LOWERINGUTILS_H

#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"

namespace mcc {

/// The sizes of a ranked tensor: constants where static, tensor.dim otherwise.
llvm::SmallVector<mlir::OpFoldResult> getSizes(mlir::OpBuilder &b, mlir::Location loc,
                                               mlir::Value tensor);

/// A tensor.empty of `type`, taking its dynamic dims from `sizes` (one entry
/// per dim; entries for static dims are ignored).
mlir::Value createEmpty(mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
                        llvm::ArrayRef<mlir::OpFoldResult> sizes);

/// A tensor of `type` filled with `value` (an attribute of the element type).
mlir::Value createFilled(mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
                         llvm::ArrayRef<mlir::OpFoldResult> sizes, mlir::TypedAttr value);

/// The sizes of the result of a numpy broadcast of `operands` to `result`:
/// static result dims as constants; a dynamic one is an operand's static size
/// other than 1 if there is one, else the operands' dynamic sizes combined as
/// numpy does (`acc == 1 ? size : acc`), sizes provably equal counted once, so
/// a dynamic dim that is 1 at run time broadcasts.
llvm::SmallVector<mlir::OpFoldResult> getBroadcastSizes(mlir::OpBuilder &b, mlir::Location loc,
                                                        mlir::ValueRange operands,
                                                        mlir::RankedTensorType result);

/// `operand` ready to be read through getBroadcastMap in a loop nest of
/// `resultSizes`: itself when each of its dynamic dims is provably the
/// result's (traced structurally through linalg inits, tensor.empty and
/// tensor.dim) or the result's is 1 — the common case,
/// no code; else an scf.if that, when such a dim is 1 at run time and the
/// result's is not, yields a copy broadcast to the result's sizes.
mlir::Value broadcastDynamicUnitDims(mlir::OpBuilder &b, mlir::Location loc, mlir::Value operand,
                                     mlir::RankedTensorType resultType,
                                     llvm::ArrayRef<mlir::OpFoldResult> resultSizes);

/// The indexing map that reads `operand` inside a loop nest over `result`
/// under numpy broadcasting: leading dims are dropped, statically size-1 dims
/// read index 0.
mlir::AffineMap getBroadcastMap(mlir::RankedTensorType operand, mlir::RankedTensorType result);

/// Identity / parallel helpers for building linalg.generic.
llvm::SmallVector<mlir::utils::IteratorType> parallelIterators(unsigned n);

/// A scalar constant of `type` (float or integer) holding `value`.
mlir::Value createScalar(mlir::OpBuilder &b, mlir::Location loc, mlir::Type type, double value);

/// Converts an index value to i64 and back.
mlir::Value indexToI64(mlir::OpBuilder &b, mlir::Location loc, mlir::Value index);
mlir::Value i64ToIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::Value i64);

/// An index read from an integer tensor element (gather, scatter): negative
/// counts from `size`, and the result is clamped into [0, size) so that a bad
/// index never reads or writes outside the tensor.
mlir::Value normalizeIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::Value element,
                           mlir::Value size);

/// The OpFoldResult as a Value (materializing constants as arith.constant index).
mlir::Value toValue(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult ofr);

//===-- Index arithmetic and casts (used by the conv/pool, shape and recurrent
//===-- lowerings). Each folds to a constant when its operands are constants and
//===-- emits arith on `index` otherwise; divisions and comparisons are signed.
mlir::OpFoldResult addIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                            mlir::OpFoldResult y);
mlir::OpFoldResult subIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                            mlir::OpFoldResult y);
mlir::OpFoldResult mulIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                            mlir::OpFoldResult y);
/// floor(x / y) and ceil(x / y) for y > 0.
mlir::OpFoldResult floorDivIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                                 mlir::OpFoldResult y);
mlir::OpFoldResult ceilDivIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                                mlir::OpFoldResult y);
mlir::OpFoldResult minIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                            mlir::OpFoldResult y);
mlir::OpFoldResult maxIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                            mlir::OpFoldResult y);
/// min(max(x, lo), hi).
mlir::OpFoldResult clampIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::OpFoldResult x,
                              mlir::OpFoldResult lo, mlir::OpFoldResult hi);

/// `value` as `type`: itself when the types match, a tensor.cast otherwise
/// (e.g. to the more static result type an mcc op may carry).
mlir::Value castToType(mlir::OpBuilder &b, mlir::Location loc, mlir::Value value,
                       mlir::Type type);


//===----------------------------------------------------------------------===//
// Elementwise, reduction and reshape builders (added with the elementwise,
// contraction, normalization and reduction lowerings).
//===----------------------------------------------------------------------===//

/// Builds the scalar body of a linalg.generic: gets the block arguments (inputs
/// then outputs) and returns the value to yield.
using ScalarBodyFn =
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, mlir::Location, mlir::ValueRange)>;

/// One linalg.generic that computes `body` over `operands` numpy-broadcast to
/// `resultType` (maps from getBroadcastMap, sizes from getBroadcastSizes). The
/// body gets one scalar per operand and returns the result element.
mlir::Value createElementwise(mlir::OpBuilder &b, mlir::Location loc,
                              mlir::RankedTensorType resultType, mlir::ValueRange operands,
                              ScalarBodyFn body);

/// The map (d0, ..., d{rank-1}) -> (the dims not in `droppedDims`): how a
/// reduction loop nest over `rank` dims reads and writes its accumulator.
mlir::AffineMap getDropDimsMap(int64_t rank, llvm::ArrayRef<int64_t> droppedDims,
                               mlir::MLIRContext *ctx);

/// `values` without the entries at `dims` (sorted).
llvm::SmallVector<mlir::OpFoldResult> dropDims(llvm::ArrayRef<mlir::OpFoldResult> values,
                                               llvm::ArrayRef<int64_t> dims);
/// `shape` without the entries at `dims` (sorted).
llvm::SmallVector<int64_t> dropDims(llvm::ArrayRef<int64_t> shape, llvm::ArrayRef<int64_t> dims);

/// A linalg.generic over a loop nest of `rank` dims, `reducedDims` of them
/// reduction dims, reading `inputs` through `inputMaps` and accumulating into
/// `inits` (each shaped like the loop nest without the reduced dims). The body
/// gets the input scalars then the accumulators and returns the updated
/// accumulators, one per init.
llvm::SmallVector<mlir::Value>
createReduction(mlir::OpBuilder &b, mlir::Location loc, int64_t rank,
                llvm::ArrayRef<int64_t> reducedDims, mlir::ValueRange inputs,
                llvm::ArrayRef<mlir::AffineMap> inputMaps, mlir::ValueRange inits,
                llvm::function_ref<llvm::SmallVector<mlir::Value>(
                    mlir::OpBuilder &, mlir::Location, mlir::ValueRange)>
                    body);

/// tensor.expand_shape of `source` to `resultType`, which is `source`'s shape
/// with size-1 dims inserted at `unitDims` (keepdims after a reduction).
/// `resultSizes` gives the result's sizes (entries at `unitDims` ignored).
mlir::Value expandUnitDims(mlir::OpBuilder &b, mlir::Location loc, mlir::Value source,
                           mlir::RankedTensorType resultType, llvm::ArrayRef<int64_t> unitDims,
                           llvm::ArrayRef<mlir::OpFoldResult> resultSizes);

/// The number of elements in `dims` of a tensor with `sizes`, as a scalar of
/// `type` (float or integer): the divisor of a mean.
mlir::Value createElementCount(mlir::OpBuilder &b, mlir::Location loc,
                               llvm::ArrayRef<mlir::OpFoldResult> sizes,
                               llvm::ArrayRef<int64_t> dims, mlir::Type type);

/// Converts a scalar to `to` with ONNX Cast semantics: float to integer
/// truncates toward zero, anything to i1 is `x != 0`, i1 widens unsigned,
/// other integers sign-extend or truncate.
mlir::Value castScalar(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x, mlir::Type to);

/// The type to accumulate in for `element`: f32 for 16-bit floats, else itself.
mlir::Type getAccumulatorType(mlir::Type element);

} // namespace mcc

#endif // MCC_CODEGEN_CPU_LOWERINGUTILS_H
