#include "domain/networks/network.hpp"

#include "domain/decisions/field_check.hpp"

namespace forkant {
namespace {

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n\f\v");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::string_view invitation_answer_name(InvitationAnswer a) {
  switch (a) {
    case InvitationAnswer::accepted:
      return "accepted";
    case InvitationAnswer::declined:
      return "declined";
    case InvitationAnswer::withdrawn:
      return "withdrawn";
  }
  return "withdrawn";
}

std::optional<InvitationAnswer> parse_invitation_answer(std::string_view s) {
  for (auto a : {InvitationAnswer::accepted, InvitationAnswer::declined, InvitationAnswer::withdrawn}) {
    if (invitation_answer_name(a) == s) return a;
  }
  return std::nullopt;
}

Status validate_network(const NetworkDraft& draft) {
  if (auto s = check_text("network_name", draft.name, kMaxNetworkNameChars, true); !s) return s;
  return check_text("network_purpose", draft.purpose, kMaxNetworkPurposeChars, false);
}

NetworkDraft normalised(NetworkDraft draft) {
  draft.name = trimmed(draft.name);
  draft.purpose = trimmed(draft.purpose);
  return draft;
}

}  // namespace forkant
