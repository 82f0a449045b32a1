// RUN: mcc-opt %s -split-input-file -verify-diagnostics | FileCheck %s
// quantize_linear / dequantize_linear: the shapes they accept and infer.

// CHECK-LABEL: func.func @roundtrip
// CHECK: mcc.quantize_linear %arg0, %arg1, %arg2 {axis = 0 : i64} : (tensor<3x?xf32>, tensor<3xf32>, tensor<3xi8>) -> tensor<3x?xi8>
// CHECK: mcc.dequantize_linear %arg3, %arg4, %arg5 : (tensor<5xi32>, tensor<1xf32>, tensor<i32>) -> tensor<5xf32>
func.func @roundtrip(%x: tensor<3x?xf32>, %s: tensor<3xf32>, %z: tensor<3xi8>,
                     %b: tensor<5xi32>, %bs: tensor<1xf32>, %bz: tensor<i32>) -> (tensor<3x?xi8>, tensor<5xf32>) {
  %q = mcc.quantize_linear %x, %s, %z {axis = 0 : i64} : (tensor<3x?xf32>, tensor<3xf32>, tensor<3xi8>) -> tensor<3x?xi8>
  %d = mcc.dequantize_linear %b, %bs, %bz : (tensor<5xi32>, tensor<1xf32>, tensor<i32>) -> tensor<5xf32>
  return %q, %d : tensor<3x?xi8>, tensor<5xf32>
}

// -----

func.func @axis_size(%x: tensor<2x4xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) -> tensor<2x4xi8> {
  // expected-error @+2 {{per-axis scale has 4 entries but axis 0 of the input has 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %q = mcc.quantize_linear %x, %s, %z {axis = 0 : i64} : (tensor<2x4xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<2x4xi8>
  return %q : tensor<2x4xi8>
}

// -----

func.func @axis_range(%x: tensor<2x4xf32>, %s: tensor<4xf32>, %z: tensor<4xi8>) -> tensor<2x4xi8> {
  // expected-error @+2 {{axis 2 is out of range for rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %q = mcc.quantize_linear %x, %s, %z {axis = 2 : i64} : (tensor<2x4xf32>, tensor<4xf32>, tensor<4xi8>) -> tensor<2x4xi8>
  return %q : tensor<2x4xi8>
}

// -----

func.func @zero_point_type(%x: tensor<4xi8>, %s: tensor<f32>, %z: tensor<i16>) -> tensor<4xf32> {
  // expected-error @+2 {{zero point type 'i16' differs from the quantized type 'i8'}}
  // expected-error @+1 {{failed to infer returned types}}
  %d = mcc.dequantize_linear %x, %s, %z : (tensor<4xi8>, tensor<f32>, tensor<i16>) -> tensor<4xf32>
  return %d : tensor<4xf32>
}

// -----

func.func @quantize_to_i32(%x: tensor<4xf32>, %s: tensor<f32>, %z: tensor<i32>) -> tensor<4xi32> {
  // expected-error @+2 {{quantized type must be i8 or i16, got 'i32'}}
  // expected-error @+1 {{failed to infer returned types}}
  %q = mcc.quantize_linear %x, %s, %z : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xi32>
  return %q : tensor<4xi32>
}

// -----

func.func @blocked(%x: tensor<2x4xi8>, %s: tensor<2x2xf32>, %z: tensor<2x2xi8>) -> tensor<2x4xf32> {
  // expected-error @+2 {{scale must be a scalar or 1-D, got 'tensor<2x2xf32>' (blocked quantization is not supported)}}
  // expected-error @+1 {{failed to infer returned types}}
  %d = mcc.dequantize_linear %x, %s, %z : (tensor<2x4xi8>, tensor<2x2xf32>, tensor<2x2xi8>) -> tensor<2x4xf32>
  return %d : tensor<2x4xf32>
}
