#include "services/round_mail.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>

#include "formats/mail_message.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

Error needs_key() {
  return Error::conflict("mail_needs_key", "error.mail_needs_key");
}

Error not_configured() {
  return Error::conflict("mail_not_configured", "error.mail_not_configured");
}
Error not_open() {
  return Error::conflict("round_not_open", "error.round_not_open");
}

}  // namespace

Result<std::vector<std::string>> parse_mail_addresses(const std::string& text, int max) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  std::string current;
  auto flush = [&]() -> std::optional<Error> {
    const auto b = current.find_first_not_of(" \t\r");
    const auto e = current.find_last_not_of(" \t\r");
    std::string a = b == std::string::npos ? "" : current.substr(b, e - b + 1);
    current.clear();
    if (a.empty()) return std::nullopt;
    std::transform(a.begin(), a.end(), a.begin(),
                   [](unsigned char ch) { return static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch); });
    if (!plausible_mail_address(a)) {
      return Error::invalid("mail_address_invalid", "error.mail_address_invalid",
                            {{"address", a.substr(0, 100)}});
    }
    if (seen.insert(a).second) out.push_back(a);
    return std::nullopt;
  };
  for (char ch : text) {
    if (ch == '\n' || ch == ',' || ch == ';') {
      if (auto e = flush()) return *e;
    } else {
      current += ch;
    }
  }
  if (auto e = flush()) return *e;
  if (out.empty()) return Error::invalid("mail_addresses_empty", "error.mail_addresses_empty");
  if (static_cast<int>(out.size()) > max) {
    return Error::invalid("mail_addresses_too_many", "error.mail_addresses_too_many",
                          {{"max", std::to_string(max)}});
  }
  return out;
}

Result<LinkMailing> RoundMailService::send_links(const RoundRow& round, const std::string& group,
                                                 const std::string& addresses, std::int64_t actor,
                                                 const Compose& compose) {
  if (!outbox_.configured()) return not_configured();
  if (!box_.has_key()) return needs_key();
  if (round.state != RoundState::open) return not_open();
  if (std::find(round.groups.begin(), round.groups.end(), group) == round.groups.end()) {
    return Error::invalid("unknown_group", "error.unknown_group", {{"group", group}});
  }
  auto parsed = parse_mail_addresses(addresses, kMaxAddresses);
  if (!parsed) return parsed.error();
  // The tokens before the transaction (it may run more than once; each run uses the same).
  std::vector<std::string> tokens;
  std::vector<std::string> sealed;
  tokens.reserve(parsed->size());
  sealed.reserve(parsed->size());
  for (std::size_t i = 0; i < parsed->size(); ++i) {
    tokens.push_back(random_token());
    sealed.push_back(box_.seal(tokens.back()));
  }
  LinkMailing result;
  bool refused = false;
  const std::int64_t now = clock_.now();
  tx_.transaction([&] {
    result = {};
    refused = false;
    const auto current = assessment_.find_round(round.id);
    if (!current || current->state != RoundState::open) {
      refused = true;
      return;
    }
    for (std::size_t i = 0; i < parsed->size(); ++i) {
      const std::string& address = (*parsed)[i];
      if (store_.has_round_recipient(round.id, address)) {
        ++result.skipped;
        continue;
      }
      const std::string hash = token_hash(tokens[i]);
      assessment_.insert_invitation(round.id, group, hash, now);
      const auto invitation = assessment_.find_invitation(hash);
      if (!invitation) throw std::runtime_error("the new link was not found");
      store_.insert_round_recipient(round.id, invitation->id, address, sealed[i], now);
      OutgoingMail mail = compose(address, tokens[i], false);
      mail.round_id = round.id;
      outbox_.enqueue(mail);
      ++result.sent;
    }
    audit_.append_audit({round.org_id, actor, "round.links_mailed", "round:" + std::to_string(round.id),
                         group + ": " + std::to_string(result.sent)},
                        now);
  });
  if (refused) return not_open();
  if (result.sent > 0) outbox_.wake();
  return result;
}

Result<int> RoundMailService::remind(const RoundRow& round, std::int64_t actor, const Compose& compose) {
  if (!outbox_.configured()) return not_configured();
  if (!box_.has_key()) return needs_key();
  if (round.state != RoundState::open) return not_open();
  int reminded = 0;
  bool refused = false;
  const std::int64_t now = clock_.now();
  tx_.transaction([&] {
    reminded = 0;
    refused = false;
    const auto current = assessment_.find_round(round.id);
    if (!current || current->state != RoundState::open) {
      refused = true;
      return;
    }
    for (const auto& r : store_.unsubmitted_round_recipients(round.id)) {
      const auto token = box_.open(r.link_token);
      if (!token) throw std::runtime_error("a mailed link does not open under this server's key");
      OutgoingMail mail = compose(r.address, *token, true);
      mail.round_id = round.id;
      outbox_.enqueue(mail);
      store_.mark_round_recipient_reminded(r.id, now);
      ++reminded;
    }
    audit_.append_audit({round.org_id, actor, "round.reminders_mailed", "round:" + std::to_string(round.id),
                         std::to_string(reminded)},
                        now);
  });
  if (refused) return not_open();
  if (reminded > 0) outbox_.wake();
  return reminded;
}

void RoundMailService::round_closed(std::int64_t round_id) {
  store_.delete_round_recipients(round_id);
  outbox_.delete_unsent_round_mail(round_id);
}

}  // namespace forkant
