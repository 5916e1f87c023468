#pragma once
// The HTTP status of an error, in one table for pages, the API and the application's own refusals, so
// that the same kind of error always answers with the same status.

#include "domain/result.hpp"

namespace forkant::web {

// The status that answers `error`: by its kind (invalid 422, malformed 400, not_found 404, conflict 409,
// forbidden 403, unauthorized 401, too_many 429, gone 410, internal 500), except a wrong content type,
// which the services call malformed but HTTP names 415.
int http_status(const Error& error);

// The kind an error answered with `status` has: the same table read backwards. A status with no kind of
// its own (405, 413, 415) is malformed.
ErrorKind error_kind_of(int status);

}  // namespace forkant::web
