#include "mcc/runtime.h"

extern "C" {

size_t mcc_dtype_size(mcc_dtype dtype) {
  switch (dtype) {
  case MCC_DTYPE_BOOL:
  case MCC_DTYPE_U8:
  case MCC_DTYPE_I8: return 1;
  case MCC_DTYPE_U16:
  case MCC_DTYPE_I16:
  case MCC_DTYPE_F16:
  case MCC_DTYPE_BF16: return 2;
  case MCC_DTYPE_U32:
  case MCC_DTYPE_I32:
  case MCC_DTYPE_F32: return 4;
  case MCC_DTYPE_U64:
  case MCC_DTYPE_I64:
  case MCC_DTYPE_F64: return 8;
  case MCC_DTYPE_UNDEFINED: break;
  }
  return 0;
}

const char *mcc_dtype_name(mcc_dtype dtype) {
  switch (dtype) {
  case MCC_DTYPE_F32: return "f32";
  case MCC_DTYPE_U8: return "u8";
  case MCC_DTYPE_I8: return "i8";
  case MCC_DTYPE_U16: return "u16";
  case MCC_DTYPE_I16: return "i16";
  case MCC_DTYPE_I32: return "i32";
  case MCC_DTYPE_I64: return "i64";
  case MCC_DTYPE_BOOL: return "bool";
  case MCC_DTYPE_F16: return "f16";
  case MCC_DTYPE_F64: return "f64";
  case MCC_DTYPE_U32: return "u32";
  case MCC_DTYPE_U64: return "u64";
  case MCC_DTYPE_BF16: return "bf16";
  case MCC_DTYPE_UNDEFINED: break;
  }
  return "invalid";
}

} // extern "C"
