#pragma once
// A person's data as one JSON document (GET /me/data, GET /api/v1/me/data; docs/privacy.md): the same
// shape for the download and the API. Metadata only where the thing is a secret (sessions, tokens, the
// second factor): never a token, hash or TOTP secret.

#include <nlohmann/json.hpp>

#include "services/privacy.hpp"

namespace forkant::web {

nlohmann::json personal_data_json(const PersonalData& data);

}  // namespace forkant::web
