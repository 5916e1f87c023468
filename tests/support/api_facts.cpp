#include "support/api_facts.hpp"

#include <gtest/gtest.h>

namespace forkant::test {
namespace {

// GET `path` as `client`; records a test failure (and answers an empty object) when it is refused.
nlohmann::json get_json(Browser& client, const std::string& path) {
  const auto res = client.get(path);
  EXPECT_EQ(res.status, 200) << "GET " << path << ": " << res.body;
  if (res.status != 200) return nlohmann::json::object();
  return res.json();
}

std::string org_path(std::int64_t org, const std::string& rest) {
  return "/api/v1/orgs/" + std::to_string(org) + rest;
}

int size_of(const nlohmann::json& doc, const std::string& key) {
  return doc.contains(key) ? static_cast<int>(doc[key].size()) : -1;
}

// The sum of one count over a round's groups.
int group_sum(const nlohmann::json& round, const std::string& count) {
  int n = 0;
  for (const auto& g : round.value("responses", nlohmann::json::array())) n += g.value(count, 0);
  return n;
}

}  // namespace

int member_count(Browser& client, std::int64_t org) {
  return size_of(get_json(client, org_path(org, "/members")), "members");
}

std::optional<Member> find_member(Browser& client, std::int64_t org, const std::string& email) {
  const auto doc = get_json(client, org_path(org, "/members"));
  for (const auto& m : doc.value("members", nlohmann::json::array())) {
    if (m.value("email", "") == email)
      return Member{m.value("user_id", std::int64_t{0}), m.value("name", ""), m.value("role", "")};
  }
  return std::nullopt;
}

int audit_count(Browser& client, std::int64_t org, const std::string& action, const std::string& object) {
  const auto doc = get_json(client, org_path(org, "/audit"));
  int n = 0;
  for (const auto& e : doc.value("entries", nlohmann::json::array())) {
    if (e.value("action", "") == action && (object.empty() || e.value("object", "") == object)) ++n;
  }
  return n;
}

int submitted_count(Browser& client, std::int64_t round) {
  return group_sum(get_json(client, "/api/v1/rounds/" + std::to_string(round)), "submitted");
}

int invited_count(Browser& client, std::int64_t round) {
  return group_sum(get_json(client, "/api/v1/rounds/" + std::to_string(round)), "invited");
}

int submitted_in_org(Browser& client, std::int64_t org) {
  const auto doc = get_json(client, org_path(org, "/rounds"));
  int n = 0;
  for (const auto& r : doc.value("rounds", nlohmann::json::array())) n += group_sum(r, "submitted");
  return n;
}

int decision_count(Browser& client, std::int64_t org) {
  return size_of(get_json(client, org_path(org, "/decisions")), "decisions");
}

int token_count(Browser& client) {
  return size_of(get_json(client, "/api/v1/me/tokens"), "tokens");
}

std::int64_t org_named(Browser& client, const std::string& name) {
  const auto doc = get_json(client, "/api/v1/me");
  for (const auto& m : doc.value("memberships", nlohmann::json::array())) {
    if (m.value("org_name", "") == name) return m.value("org_id", std::int64_t{0});
  }
  return 0;
}

}  // namespace forkant::test
