#pragma once
// Expected failures (invalid input, not found, conflict, ...) travel as values, never as exceptions.
// An Error names a stable machine code (for the API), a translation key (for people, in their language)
// and named parameters that the translated message may interpolate as {name}.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace forkant {

// invalid: well-formed but refused by a rule (422); malformed: not understood at all (400).
enum class ErrorKind {
  invalid,
  malformed,
  not_found,
  conflict,
  forbidden,
  unauthorized,
  too_many,
  gone,
  internal
};

struct Error {
  ErrorKind kind = ErrorKind::invalid;
  std::string code;  // machine-readable, e.g. "allocation_sum"
  std::string key;   // translation key, e.g. "error.allocation_sum"
  std::map<std::string, std::string> params{};

  static Error invalid(std::string code, std::string key, std::map<std::string, std::string> params = {}) {
    return {ErrorKind::invalid, std::move(code), std::move(key), std::move(params)};
  }
  static Error not_found(std::string code = "not_found", std::string key = "error.not_found") {
    return {ErrorKind::not_found, std::move(code), std::move(key), {}};
  }
  static Error conflict(std::string code, std::string key, std::map<std::string, std::string> params = {}) {
    return {ErrorKind::conflict, std::move(code), std::move(key), std::move(params)};
  }
  static Error forbidden(std::string code = "forbidden", std::string key = "error.forbidden") {
    return {ErrorKind::forbidden, std::move(code), std::move(key), {}};
  }
};

// Result<T>: either a value or an Error. Deliberately small; std::expected is C++23.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() {
  return Unit{};
}

}  // namespace forkant
