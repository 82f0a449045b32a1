// C++17 wrapper over the mcc runtime C API (runtime.h). Header-only: it compiles in the
// user's code, so the C ABI stays the only binary interface.
//
// Error handling, one design with two ways to consume it: every call that can fail returns
// a Result<T> (or, with no value, a Status). Check it yourself -- `if (!r) use r.status()`
// -- and no exception is ever thrown; or call `.value()` (`.throw_if_error()` on a Status),
// which throws mcc::Error when there is no value. So
//
//     mcc::Model model = mcc::Model::load("model.so").value();            // throws
//     auto outputs = model.run({x}).value();
//
//     mcc::Result<mcc::Model> loaded = mcc::Model::load("model.so");     // never throws
//     if (!loaded) { std::cerr << loaded.status().message() << "\n"; return 1; }
//
// Code built with -fno-exceptions can include this header too: it must use the checked
// style, since `.value()` on an error then prints the message and aborts.
//
// Handles (Model, Tensor) are move-only RAII owners of the C handles. A Model may be run
// from many threads at once; see runtime.h for the threading rules.
#ifndef MCC_RUNTIME_HPP
#define MCC_RUNTIME_HPP

#include "mcc/runtime.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace mcc {

using DType = mcc_dtype;
using Code = mcc_code;

// OK, or an error code with a message. A plain copyable value.
class Status {
public:
  Status() = default; // OK
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  // Takes a status returned by the C API (NULL means OK) and frees it.
  static Status adopt(mcc_status *status) {
    if (!status)
      return Status();
    Status result(mcc_status_code(status), mcc_status_message(status));
    mcc_status_free(status);
    return result;
  }

  bool ok() const { return code_ == MCC_OK; }
  explicit operator bool() const { return ok(); }
  Code code() const { return code_; }
  const std::string &message() const { return message_; }

  // Throws mcc::Error unless OK.
  inline void throw_if_error() const;

private:
  Code code_ = MCC_OK;
  std::string message_;
};

// What the throwing path throws: the Status, as an exception.
class Error : public std::runtime_error {
public:
  explicit Error(Status status)
      : std::runtime_error(status.message()), status_(std::move(status)) {}
  Code code() const { return status_.code(); }
  const Status &status() const { return status_; }

private:
  Status status_;
};

inline void Status::throw_if_error() const {
  if (ok())
    return;
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  throw Error(*this);
#else
  // Built with -fno-exceptions: there is nothing to throw to. Use the checked style there.
  std::fprintf(stderr, "mcc: %s\n", message_.c_str());
  std::abort();
#endif
}

// A T, or the Status saying why there is none.
template <typename T> class Result {
public:
  Result(T value) : value_(std::move(value)) {}
  Result(Status status) : status_(std::move(status)) {
    if (status_.ok()) // an error result must carry an error
      status_ = Status(MCC_INTERNAL, "Result built from an OK status without a value");
  }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  // OK when there is a value.
  const Status &status() const { return status_; }

  // The value; throws mcc::Error if there is none.
  T &value() & { return check(), *value_; }
  const T &value() const & { return check(), *value_; }
  T &&value() && { return check(), std::move(*value_); }
  T *operator->() { return &value(); }
  const T *operator->() const { return &value(); }

private:
  void check() const { status_.throw_if_error(); }

  std::optional<T> value_;
  Status status_;
};

// The mcc dtype of a C++ element type, e.g. dtype_of<float>() == MCC_DTYPE_F32. There is no
// C++ type for f16/bf16: use the untyped Tensor calls for those.
template <typename T> constexpr DType dtype_of() {
  static_assert(sizeof(bool) == 1, "mcc bool tensors are one byte per element");
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_same_v<U, float>)
    return MCC_DTYPE_F32;
  else if constexpr (std::is_same_v<U, double>)
    return MCC_DTYPE_F64;
  else if constexpr (std::is_same_v<U, int8_t>)
    return MCC_DTYPE_I8;
  else if constexpr (std::is_same_v<U, int16_t>)
    return MCC_DTYPE_I16;
  else if constexpr (std::is_same_v<U, int32_t>)
    return MCC_DTYPE_I32;
  else if constexpr (std::is_same_v<U, int64_t>)
    return MCC_DTYPE_I64;
  else if constexpr (std::is_same_v<U, uint8_t>)
    return MCC_DTYPE_U8;
  else if constexpr (std::is_same_v<U, uint16_t>)
    return MCC_DTYPE_U16;
  else if constexpr (std::is_same_v<U, uint32_t>)
    return MCC_DTYPE_U32;
  else if constexpr (std::is_same_v<U, uint64_t>)
    return MCC_DTYPE_U64;
  else if constexpr (std::is_same_v<U, bool>)
    return MCC_DTYPE_BOOL;
  else
    static_assert(sizeof(U) == 0, "no mcc dtype for this C++ type");
}

// "[?, 3, 224, 224]": -1 (a dynamic dim) prints as '?'.
inline std::string format_shape(const std::vector<int64_t> &dims) {
  std::string text = "[";
  for (size_t i = 0; i < dims.size(); ++i) {
    if (i)
      text += ", ";
    text += dims[i] == -1 ? std::string("?") : std::to_string(dims[i]);
  }
  return text + "]";
}

// IEEE binary16 and bfloat16 bit patterns to float (there is no portable C++17 type).
inline float half_to_float(uint16_t bits) {
  uint32_t sign = static_cast<uint32_t>(bits & 0x8000) << 16;
  uint32_t exponent = (bits >> 10) & 0x1f;
  uint32_t mantissa = bits & 0x3ff;
  uint32_t word;
  if (exponent == 0x1f) { // inf / nan
    word = sign | 0x7f800000u | (mantissa << 13);
  } else if (exponent != 0) { // normal
    word = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa == 0) { // zero
    word = sign;
  } else { // subnormal: renormalize
    exponent = 113;
    while (!(mantissa & 0x400)) {
      mantissa <<= 1;
      --exponent;
    }
    word = sign | (exponent << 23) | ((mantissa & 0x3ff) << 13);
  }
  float value;
  std::memcpy(&value, &word, sizeof(value));
  return value;
}

inline float bfloat16_to_float(uint16_t bits) {
  uint32_t word = static_cast<uint32_t>(bits) << 16;
  float value;
  std::memcpy(&value, &word, sizeof(value));
  return value;
}

// A model input or output as declared; dims[i] == -1 marks a dynamic dim.
struct TensorInfo {
  std::string name;
  DType dtype = MCC_DTYPE_UNDEFINED;
  std::vector<int64_t> dims;
};

// A dense row-major tensor that owns its mcc_tensor handle. Empty when default-constructed.
class Tensor {
public:
  Tensor() = default;
  // Takes ownership of a C handle.
  explicit Tensor(mcc_tensor *handle) noexcept : handle_(handle) {}

  // A new zero-filled tensor.
  static Result<Tensor> create(DType dtype, const std::vector<int64_t> &dims) {
    mcc_tensor *handle = nullptr;
    Status status = Status::adopt(mcc_tensor_create(dtype, dims.data(), dims.size(), &handle));
    if (!status)
      return status;
    return Tensor(handle);
  }

  // A tensor over caller memory, no copy; the memory must outlive the tensor.
  static Result<Tensor> wrap(DType dtype, const std::vector<int64_t> &dims, void *data,
                             size_t size_bytes) {
    mcc_tensor *handle = nullptr;
    Status status =
        Status::adopt(mcc_tensor_wrap(dtype, dims.data(), dims.size(), data, size_bytes, &handle));
    if (!status)
      return status;
    return Tensor(handle);
  }
  template <typename T>
  static Result<Tensor> wrap(const std::vector<int64_t> &dims, T *data, size_t count) {
    return wrap(dtype_of<T>(), dims, const_cast<std::remove_cv_t<T> *>(data), count * sizeof(T));
  }

  // A new tensor holding a copy of `values` (row-major, one per element of `dims`).
  template <typename T>
  static Result<Tensor> from_vector(const std::vector<int64_t> &dims,
                                    const std::vector<T> &values) {
    Result<Tensor> tensor = create(dtype_of<T>(), dims);
    if (!tensor)
      return tensor;
    if (tensor->num_elements() != values.size())
      return Status(MCC_INVALID_ARGUMENT, "tensor: " + std::to_string(values.size()) +
                                              " values do not fill shape " + format_shape(dims));
    std::copy(values.begin(), values.end(), tensor->template data<T>()); // vector<bool> too
    return tensor;
  }

  explicit operator bool() const { return handle_ != nullptr; }
  DType dtype() const { return mcc_tensor_dtype(get()); }
  size_t rank() const { return mcc_tensor_rank(get()); }
  std::vector<int64_t> dims() const {
    const int64_t *dims = mcc_tensor_dims(get());
    return dims ? std::vector<int64_t>(dims, dims + rank()) : std::vector<int64_t>();
  }
  size_t num_elements() const { return mcc_tensor_num_elements(get()); }
  size_t size_bytes() const { return mcc_tensor_size_bytes(get()); }
  void *data() const { return mcc_tensor_data(get()); }
  // Typed data; nullptr if T does not match the dtype.
  template <typename T> T *data() const {
    return handle_ && dtype() == dtype_of<T>() ? static_cast<T *>(data()) : nullptr;
  }
  // A copy of the elements; DTYPE_MISMATCH if T does not match the dtype.
  template <typename T> Result<std::vector<T>> to_vector() const {
    const T *typed = data<T>();
    if (!typed)
      return Status(MCC_DTYPE_MISMATCH, std::string("tensor: dtype is ") + mcc_dtype_name(dtype()) +
                                            ", not " + mcc_dtype_name(dtype_of<T>()));
    return std::vector<T>(typed, typed + num_elements());
  }

  // Element `index` (row-major, < num_elements()) of any dtype, as a double: for printing
  // and comparing, where the exact type does not matter.
  double value_at(size_t index) const {
    const char *base = static_cast<const char *>(data());
    auto load = [&](auto zero) {
      decltype(zero) element;
      std::memcpy(&element, base + index * sizeof(element), sizeof(element));
      return element;
    };
    switch (dtype()) {
    case MCC_DTYPE_F32: return load(0.0f);
    case MCC_DTYPE_F64: return load(0.0);
    case MCC_DTYPE_F16: return half_to_float(load(uint16_t{}));
    case MCC_DTYPE_BF16: return bfloat16_to_float(load(uint16_t{}));
    case MCC_DTYPE_I8: return load(int8_t{});
    case MCC_DTYPE_I16: return load(int16_t{});
    case MCC_DTYPE_I32: return load(int32_t{});
    case MCC_DTYPE_I64: return static_cast<double>(load(int64_t{}));
    case MCC_DTYPE_U8: return load(uint8_t{});
    case MCC_DTYPE_U16: return load(uint16_t{});
    case MCC_DTYPE_U32: return load(uint32_t{});
    case MCC_DTYPE_U64: return static_cast<double>(load(uint64_t{}));
    case MCC_DTYPE_BOOL: return load(uint8_t{}) != 0;
    case MCC_DTYPE_UNDEFINED: break;
    }
    return 0.0;
  }

  mcc_tensor *get() const { return handle_.get(); }
  mcc_tensor *release() { return handle_.release(); }

private:
  struct Deleter {
    void operator()(mcc_tensor *handle) const { mcc_tensor_free(handle); }
  };
  std::unique_ptr<mcc_tensor, Deleter> handle_;
};

// Borrowed input tensors, in model input order: `model.run({a, b})` or `model.run(vec)`.
class TensorRefs {
public:
  TensorRefs(std::initializer_list<std::reference_wrapper<const Tensor>> tensors) {
    for (const Tensor &t : tensors)
      handles_.push_back(t.get());
  }
  TensorRefs(const std::vector<Tensor> &tensors) {
    for (const Tensor &t : tensors)
      handles_.push_back(t.get());
  }
  const mcc_tensor *const *data() const { return handles_.data(); }
  size_t size() const { return handles_.size(); }

private:
  std::vector<const mcc_tensor *> handles_;
};

// Inputs by name, in any order: `model.run_named({{"a", a}, {"b", b}})`.
using NamedTensorRefs = std::vector<std::pair<std::string, std::reference_wrapper<const Tensor>>>;

// A loaded model library. Immutable once loaded: run it from as many threads as you like.
class Model {
public:
  Model() = default;

  static Result<Model> load(const std::string &path) {
    mcc_model *handle = nullptr;
    Status status = Status::adopt(mcc_model_load(path.c_str(), &handle));
    if (!status)
      return status;
    return Model(handle);
  }

  explicit operator bool() const { return handle_ != nullptr; }
  std::string name() const { return mcc_model_name(get()); }
  std::string path() const { return mcc_model_path(get()); }
  const std::vector<TensorInfo> &inputs() const { return inputs_; }
  const std::vector<TensorInfo> &outputs() const { return outputs_; }
  // Scratch bytes per run (the static memory plan's arena) and bytes of weights.
  size_t workspace_bytes() const { return mcc_model_workspace_bytes(get()); }
  size_t weights_bytes() const { return mcc_model_weights_bytes(get()); }

  Result<size_t> find_input(const std::string &name) const {
    size_t index = 0;
    Status status = Status::adopt(mcc_model_find_input(get(), name.c_str(), &index));
    if (!status)
      return status;
    return index;
  }
  Result<size_t> find_output(const std::string &name) const {
    size_t index = 0;
    Status status = Status::adopt(mcc_model_find_output(get(), name.c_str(), &index));
    if (!status)
      return status;
    return index;
  }

  // Runs on inputs in declaration order; returns one new tensor per output.
  Result<std::vector<Tensor>> run(const TensorRefs &inputs) const {
    std::vector<mcc_tensor *> handles(outputs_.size(), nullptr);
    Status status = Status::adopt(
        mcc_model_run(get(), inputs.data(), inputs.size(), handles.data(), handles.size()));
    return collect(std::move(status), handles);
  }

  Result<std::vector<Tensor>> run_named(const NamedTensorRefs &inputs) const {
    std::vector<const char *> names;
    std::vector<const mcc_tensor *> tensors;
    for (const auto &[name, tensor] : inputs) {
      names.push_back(name.c_str());
      tensors.push_back(tensor.get().get());
    }
    std::vector<mcc_tensor *> handles(outputs_.size(), nullptr);
    Status status = Status::adopt(mcc_model_run_named(
        get(), names.data(), tensors.data(), tensors.size(), handles.data(), handles.size()));
    return collect(std::move(status), handles);
  }

  // Runs and writes the results into existing tensors of the right dtypes and shapes.
  Status run_into(const TensorRefs &inputs, std::vector<Tensor> &outputs) const {
    std::vector<mcc_tensor *> handles;
    for (Tensor &t : outputs)
      handles.push_back(t.get());
    return run_into_handles(inputs, handles);
  }
  Status run_into(const TensorRefs &inputs,
                  std::initializer_list<std::reference_wrapper<Tensor>> outputs) const {
    std::vector<mcc_tensor *> handles;
    for (Tensor &t : outputs)
      handles.push_back(t.get());
    return run_into_handles(inputs, handles);
  }

  const mcc_model *get() const { return handle_.get(); }

private:
  explicit Model(mcc_model *handle) : handle_(handle) {
    for (size_t i = 0; i < mcc_model_num_inputs(handle); ++i)
      inputs_.push_back(info(mcc_model_input(handle, i)));
    for (size_t i = 0; i < mcc_model_num_outputs(handle); ++i)
      outputs_.push_back(info(mcc_model_output(handle, i)));
  }

  static TensorInfo info(const mcc_tensor_info *c) {
    return TensorInfo{c->name, c->dtype, std::vector<int64_t>(c->dims, c->dims + c->rank)};
  }

  static Result<std::vector<Tensor>> collect(Status status,
                                             const std::vector<mcc_tensor *> &handles) {
    if (!status)
      return status;
    std::vector<Tensor> tensors;
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    try {
      tensors.reserve(handles.size());
    } catch (...) {
      for (mcc_tensor *handle : handles)
        mcc_tensor_free(handle);
      throw;
    }
#else
    tensors.reserve(handles.size());
#endif
    for (mcc_tensor *handle : handles)
      tensors.emplace_back(handle); // cannot throw after the reserve
    return tensors;
  }

  Status run_into_handles(const TensorRefs &inputs,
                          const std::vector<mcc_tensor *> &outputs) const {
    return Status::adopt(
        mcc_model_run_into(get(), inputs.data(), inputs.size(), outputs.data(), outputs.size()));
  }

  struct Deleter {
    void operator()(mcc_model *handle) const { mcc_model_free(handle); }
  };
  std::unique_ptr<mcc_model, Deleter> handle_;
  std::vector<TensorInfo> inputs_;
  std::vector<TensorInfo> outputs_;
};

// Trains a model compiled with `mcc --train`: owns the weights and the optimizer's state,
// which every step() updates in place. Holds the Model it trains, so it stands alone. Not
// for use from two threads at once.
//
//     mcc::Trainer trainer = mcc::Trainer::load("model.train.so").value();
//     float loss = trainer.step({images, labels}).value();
//     trainer.save("run/checkpoint.mcc").throw_if_error();
class Trainer {
public:
  Trainer() = default;

  static Result<Trainer> load(const std::string &path) {
    Result<Model> model = Model::load(path);
    if (!model)
      return model.status();
    return create(std::move(model).value());
  }

  static Result<Trainer> create(Model model) {
    mcc_trainer *handle = nullptr;
    Status status = Status::adopt(mcc_trainer_create(model.get(), &handle));
    if (!status)
      return status;
    Trainer trainer;
    trainer.model_ = std::make_unique<Model>(std::move(model));
    trainer.handle_.reset(handle);
    return trainer;
  }

  explicit operator bool() const { return handle_ != nullptr; }
  const Model &model() const { return *model_; }
  // What step() takes: the model's inputs, then `labels`.
  std::vector<TensorInfo> inputs() const {
    return std::vector<TensorInfo>(model_->inputs().begin(),
                                   model_->inputs().begin() + mcc_trainer_num_inputs(get()));
  }

  // One step on a batch; returns the batch's loss. With `prediction`, also the model's
  // output for the batch, computed before the update.
  Result<float> step(const TensorRefs &inputs, Tensor *prediction = nullptr) {
    float loss = 0;
    mcc_tensor *out = nullptr;
    Status status = Status::adopt(
        mcc_trainer_step(get(), inputs.data(), inputs.size(), &loss, prediction ? &out : nullptr));
    if (!status)
      return status;
    if (prediction)
      *prediction = Tensor(out);
    return loss;
  }

  // The state: the trainable weights (the first num_params()), then batch norms' running
  // statistics, then the optimizer's slots.
  size_t num_params() const { return mcc_trainer_num_params(get()); }
  size_t num_state() const { return mcc_trainer_num_state(get()); }
  std::string state_name(size_t index) const {
    const char *name = mcc_trainer_state_name(get(), index);
    return name ? name : "";
  }
  // A copy of state tensor `index`.
  Result<Tensor> state(size_t index) const {
    const mcc_tensor *t = mcc_trainer_state(get(), index);
    if (!t)
      return Status(MCC_INVALID_ARGUMENT, "no state tensor " + std::to_string(index));
    const int64_t *dims = mcc_tensor_dims(t);
    Result<Tensor> copy = Tensor::create(mcc_tensor_dtype(t),
                                         std::vector<int64_t>(dims, dims + mcc_tensor_rank(t)));
    if (copy)
      std::memcpy(copy->data(), mcc_tensor_data(t), mcc_tensor_size_bytes(t));
    return copy;
  }
  Status set_state(size_t index, const Tensor &value) {
    return Status::adopt(mcc_trainer_set_state(get(), index, value.get()));
  }

  Status save(const std::string &path) const {
    return Status::adopt(mcc_trainer_save(get(), path.c_str()));
  }
  Status load_checkpoint(const std::string &path) {
    return Status::adopt(mcc_trainer_load(get(), path.c_str()));
  }

  mcc_trainer *get() const { return handle_.get(); }

private:
  struct Deleter {
    void operator()(mcc_trainer *handle) const { mcc_trainer_free(handle); }
  };
  // The trainer handle goes first on destruction: it refers to the model.
  std::unique_ptr<Model> model_;
  std::unique_ptr<mcc_trainer, Deleter> handle_;
};

// The thread count parallel kernels use (see mcc_set_num_threads): n > 0 sets it, 0 resets
// it to the default (MCC_NUM_THREADS, else the hardware thread count).
inline Status set_num_threads(int n) { return Status::adopt(mcc_set_num_threads(n)); }
inline int num_threads() { return mcc_get_num_threads(); }

// Frees the buffers kept for reuse by later runs (see mcc_trim_memory); returns the bytes.
inline size_t trim_memory() { return mcc_trim_memory(); }

} // namespace mcc

#endif // MCC_RUNTIME_HPP
