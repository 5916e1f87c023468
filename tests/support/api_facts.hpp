#pragma once
// What the server itself says, through its JSON API, about the state a test set up or a refused request
// must have left alone. Tests ask here rather than reading the database behind the server's back, so
// that they hold for every storage backend; each takes a client (an API token or a
// signed-in browser) of someone allowed to ask.
// The few facts no API shows (a deleted draft, a session count, the schema) are in database_facts.hpp.

#include <cstdint>
#include <optional>
#include <string>

#include "support/server_process.hpp"

namespace forkant::test {

// The members of `org` (GET /api/v1/orgs/{id}/members; any member may ask).
int member_count(Browser& client, std::int64_t org);
struct Member {
  std::int64_t user_id = 0;
  std::string name;
  std::string role;
};
// The member with this address, or nullopt when there is none.
std::optional<Member> find_member(Browser& client, std::int64_t org, const std::string& email);
// Entries of `org`'s audit log with this action, and with this object when one is given
// (GET /api/v1/orgs/{id}/audit; owners only).
int audit_count(Browser& client, std::int64_t org, const std::string& action, const std::string& object = "");
// Submitted responses of a round over all its groups (GET /api/v1/rounds/{id}).
int submitted_count(Browser& client, std::int64_t round);
// Private links handed out in a round over all its groups (GET /api/v1/rounds/{id}).
int invited_count(Browser& client, std::int64_t round);
// Submitted responses over every round of `org` (GET /api/v1/orgs/{id}/rounds).
int submitted_in_org(Browser& client, std::int64_t org);
// Decisions in `org`'s register (GET /api/v1/orgs/{id}/decisions).
int decision_count(Browser& client, std::int64_t org);
// The caller's own API tokens that are not revoked (GET /api/v1/me/tokens), expired ones included.
int token_count(Browser& client);
// The id of the caller's organisation with this name (GET /api/v1/me), or 0.
std::int64_t org_named(Browser& client, const std::string& name);

// The same for a client made for the question (server.api(token), server.signed_in(...)).
inline int member_count(Browser&& client, std::int64_t org) {
  return member_count(client, org);
}
inline std::optional<Member> find_member(Browser&& client, std::int64_t org, const std::string& email) {
  return find_member(client, org, email);
}
inline int audit_count(Browser&& client, std::int64_t org, const std::string& action,
                       const std::string& object = "") {
  return audit_count(client, org, action, object);
}
inline int submitted_count(Browser&& client, std::int64_t round) {
  return submitted_count(client, round);
}
inline int invited_count(Browser&& client, std::int64_t round) {
  return invited_count(client, round);
}
inline int submitted_in_org(Browser&& client, std::int64_t org) {
  return submitted_in_org(client, org);
}
inline int decision_count(Browser&& client, std::int64_t org) {
  return decision_count(client, org);
}
inline int token_count(Browser&& client) {
  return token_count(client);
}
inline std::int64_t org_named(Browser&& client, const std::string& name) {
  return org_named(client, name);
}

}  // namespace forkant::test
