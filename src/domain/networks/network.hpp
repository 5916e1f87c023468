#pragma once
// A network of organisations that learn from each other (issue 15): its name and purpose, the periods of
// membership of its organisations (with history: leaving and joining again makes a new period), the
// invitations organisations answer, and its coordinators (people of member organisations who invite and
// keep the network). The rules of who may do what are in network_permissions.hpp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMaxNetworkNameChars = 120;
inline constexpr std::size_t kMaxNetworkPurposeChars = 2000;

// What a person writes when creating a network.
struct NetworkDraft {
  std::string name;
  std::string purpose;  // optional
};

struct Network {
  std::int64_t id = 0;
  std::string name;
  std::string purpose;
  std::int64_t created_by_org = 0;
  std::int64_t created_by = 0;
  std::int64_t created_at = 0;  // Unix seconds
};

// A network as an organisation's list shows it: one of its current memberships.
struct NetworkSummary {
  std::int64_t id = 0;
  std::string name;
  std::string purpose;
  int members = 0;             // current member organisations
  std::int64_t joined_at = 0;  // when this organisation's current period began
};

// One period of an organisation's membership; left_at empty while it lasts.
struct MembershipPeriod {
  std::int64_t id = 0;
  std::int64_t network_id = 0;
  std::int64_t org_id = 0;
  std::string org_name;
  std::int64_t joined_at = 0;
  std::optional<std::int64_t> joined_by;
  std::optional<std::int64_t> left_at;
  std::optional<std::int64_t> left_by;
  bool current() const { return !left_at.has_value(); }
};

enum class InvitationAnswer { accepted, declined, withdrawn };
std::string_view invitation_answer_name(InvitationAnswer a);
std::optional<InvitationAnswer> parse_invitation_answer(std::string_view s);

struct NetworkInvitation {
  std::int64_t id = 0;
  std::int64_t network_id = 0;
  std::string network_name;
  std::int64_t org_id = 0;  // the invited organisation
  std::string org_name;
  std::int64_t invited_by_org = 0;
  std::string invited_by_org_name;
  std::int64_t invited_by = 0;
  std::int64_t created_at = 0;
  std::optional<InvitationAnswer> answer;  // empty while open
  std::optional<std::int64_t> answered_at;
  std::optional<std::int64_t> answered_by;
  bool open() const { return !answer.has_value(); }
};

// A coordinator's term; ended_at empty while it lasts. org_id is the member organisation the person
// coordinates from: the term ends when that organisation leaves.
struct NetworkCoordinator {
  std::int64_t id = 0;
  std::int64_t network_id = 0;
  std::int64_t user_id = 0;
  std::string user_name;
  std::int64_t org_id = 0;
  std::string org_name;
  std::int64_t appointed_at = 0;
  std::optional<std::int64_t> appointed_by;
  std::optional<std::int64_t> ended_at;
  std::optional<std::int64_t> ended_by;
  bool current() const { return !ended_at.has_value(); }
};

// Name required (not blank), at most kMaxNetworkNameChars; purpose at most kMaxNetworkPurposeChars; both
// well-formed UTF-8. Codes: network_name_required, network_name_too_long, network_purpose_too_long,
// invalid_utf8.
Status validate_network(const NetworkDraft& draft);

// The draft with the name's surrounding white space removed (what is stored and compared).
NetworkDraft normalised(NetworkDraft draft);

}  // namespace forkant
