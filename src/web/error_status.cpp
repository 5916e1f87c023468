#include "web/error_status.hpp"

#include <array>
#include <utility>

namespace forkant::web {
namespace {

// Read both ways: every kind once, every status once.
constexpr std::array<std::pair<ErrorKind, int>, 9> kStatusOfKind{{{ErrorKind::invalid, 422},
                                                                  {ErrorKind::malformed, 400},
                                                                  {ErrorKind::not_found, 404},
                                                                  {ErrorKind::conflict, 409},
                                                                  {ErrorKind::forbidden, 403},
                                                                  {ErrorKind::unauthorized, 401},
                                                                  {ErrorKind::too_many, 429},
                                                                  {ErrorKind::gone, 410},
                                                                  {ErrorKind::internal, 500}}};

}  // namespace

int http_status(const Error& error) {
  if (error.code == "unsupported_media_type") return 415;
  for (const auto& [kind, status] : kStatusOfKind) {
    if (kind == error.kind) return status;
  }
  return 500;
}

ErrorKind error_kind_of(int status) {
  for (const auto& [kind, s] : kStatusOfKind) {
    if (s == status) return kind;
  }
  return ErrorKind::malformed;
}

}  // namespace forkant::web
