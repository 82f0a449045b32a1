//===- Limits.h - how much of an untrusted model mcc accepts ----*- C++ -*-===//
//
// An ONNX file is untrusted input: these bounds keep a hostile model from
// making the compiler use unbounded time or memory, or overflow a size
// computation. Each is far above what real models need; docs/security.md lists
// them, and every error that enforces one names it.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FRONTEND_LIMITS_H
#define MCC_FRONTEND_LIMITS_H

#include <cstdint>

namespace mcc::frontend {

/// Nodes in the main graph (the largest exported LLMs have ~10^5).
constexpr int64_t kMaxNodes = int64_t(1) << 20;
/// Rank of any tensor: a graph input, a constant or a node's result (ONNX's own
/// tests stay under 8; rank-1000 shapes make codegen crawl).
constexpr int64_t kMaxRank = 32;
/// Elements of one tensor whose shape is static (4 TiB of float32): beyond it
/// size computations in bytes overflow int64 soon.
constexpr int64_t kMaxElements = int64_t(1) << 40;
/// Nested protobuf messages (protobuf's own default; a subgraph level costs 3).
constexpr int kMaxNesting = 100;

} // namespace mcc::frontend

#endif // MCC_FRONTEND_LIMITS_H
