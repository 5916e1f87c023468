#include "domain/decisions/publication.hpp"

#include "domain/decisions/field_check.hpp"

namespace forkant {

Status validate_public_address(std::string_view address) {
  const auto refused = [] {
    return Error::invalid(
        "public_address_invalid", "error.public_address_invalid",
        {{"min", std::to_string(kMinPublicAddressChars)}, {"max", std::to_string(kMaxPublicAddressChars)}});
  };
  if (address.size() < kMinPublicAddressChars || address.size() > kMaxPublicAddressChars) return refused();
  if (address.front() == '-' || address.back() == '-') return refused();
  char previous = 0;
  for (const char c : address) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!letter && c != '-') return refused();
    if (c == '-' && previous == '-') return refused();  // "a--b" reads as a typing error
    previous = c;
  }
  return ok_status();
}

Status validate_public_summary(std::string_view summary) {
  return check_text("summary", summary, kMaxPublicSummaryChars, true);
}

Status check_publishable(const Decision& decision) {
  if (decision.is_superseded()) {
    return Error::conflict("publish_superseded", "error.publish_superseded");
  }
  if (decision.content.kind == DecisionKind::postponed) {
    return Error::invalid("publish_postponed", "error.publish_postponed");
  }
  return ok_status();
}

std::string trim_text(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n\f\v");
  return std::string(text.substr(first, last - first + 1));
}

PublishedSnapshot snapshot_of(const Decision& decision, std::string_view summary) {
  PublishedSnapshot s;
  s.org_id = decision.org_id;
  s.decision_id = decision.id;
  s.decision_version = decision.version;
  s.kind = decision.content.kind;
  s.title = decision.content.title;
  s.summary = trim_text(summary);
  s.questions = decision.content.questions;
  s.decided_on = decision.content.decided_on;
  s.review_on = decision.content.review_on;
  return s;
}

}  // namespace forkant
