//===- Onnx.h - the ONNX protobuf classes, for frontend sources only -*- C++ -*-===//
//
// Debian's libonnx-dev generates its classes with ONNX_ML=1 and
// ONNX_NAMESPACE=onnx (set by the onnx_proto CMake target). Nothing outside
// frontend/ includes this: protobuf types never reach the public header.
//
//===----------------------------------------------------------------------===//
#ifndef MCC_FRONTEND_ONNX_H
#define MCC_FRONTEND_ONNX_H

#ifndef ONNX_ML
#error "frontend sources need ONNX_ML=1 (link the onnx_proto target)"
#endif
#include "onnx/onnx_pb.h"

#endif // MCC_FRONTEND_ONNX_H
