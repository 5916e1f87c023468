#pragma once
// A round's private links sent by e-mail (docs/email.md): one new link per address, each address at most
// once per round, and reminders to the addresses whose link has not been submitted — the coordinator
// learns how many were reminded, never who. The addresses are kept in round_recipients, apart from the
// responses (which name no link), and deleted, with any unsent mail of the round, when the round closes.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/assessment.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/outbox.hpp"
#include "services/secret_box.hpp"
#include "services/transactor.hpp"

namespace forkant {

struct RoundRecipient {
  std::int64_t id = 0;
  std::string address;
  std::string link_token;  // sealed (SecretBox) in the store: a copy of the database opens no link
};

class RoundRecipientStore {
 public:
  virtual ~RoundRecipientStore() = default;
  virtual void insert_round_recipient(std::int64_t round_id, std::int64_t invitation_id,
                                      const std::string& address, const std::string& link_token,
                                      std::int64_t now) = 0;
  virtual bool has_round_recipient(std::int64_t round_id, const std::string& address) = 0;
  // The recipients whose link has not been submitted.
  virtual std::vector<RoundRecipient> unsubmitted_round_recipients(std::int64_t round_id) = 0;
  virtual void mark_round_recipient_reminded(std::int64_t recipient_id, std::int64_t now) = 0;
  virtual int round_recipient_count(std::int64_t round_id) = 0;
  virtual int delete_round_recipients(std::int64_t round_id) = 0;
};

struct LinkMailing {
  int sent = 0;
  int skipped = 0;  // addresses the round had already mailed (each address gets one link)
};

class RoundMailService {
 public:
  static constexpr int kMaxAddresses = 500;

  // `box` seals the links kept for reminders; without a key (PostgreSQL without --key-file) nothing is
  // mailed (mail_needs_key).
  RoundMailService(RoundRecipientStore& store, AssessmentStore& assessment, AuditStore& audit,
                   OutboxService& outbox, Transactor& tx, const Clock& clock, const SecretBox& box)
      : store_(store),
        assessment_(assessment),
        audit_(audit),
        outbox_(outbox),
        tx_(tx),
        clock_(clock),
        box_(box) {}

  // Words one mail from the address and the link's token; `reminder` for a reminder.
  using Compose =
      std::function<OutgoingMail(const std::string& address, const std::string& token, bool reminder)>;

  // One new link of `group` per address, mailed. Errors: mail_not_configured (409), round_not_open (409),
  // unknown_group, mail_addresses_empty, mail_address_invalid (param address), mail_addresses_too_many.
  // Nothing is written on an error.
  Result<LinkMailing> send_links(const RoundRow& round, const std::string& group,
                                 const std::string& addresses, std::int64_t actor, const Compose& compose);
  // A reminder to every address whose link has not been submitted; how many. Errors: mail_not_configured,
  // round_not_open.
  Result<int> remind(const RoundRow& round, std::int64_t actor, const Compose& compose);
  int recipient_count(std::int64_t round_id) { return store_.round_recipient_count(round_id); }
  bool mail_configured() const { return outbox_.configured(); }
  // Inside the transaction that closes the round (AssessmentService's close hook): the addresses and
  // the round's unsent mail go.
  void round_closed(std::int64_t round_id);

 private:
  RoundRecipientStore& store_;
  AssessmentStore& assessment_;
  AuditStore& audit_;
  OutboxService& outbox_;
  Transactor& tx_;
  const Clock& clock_;
  const SecretBox& box_;
};

// The addresses of a text field, one per line (commas and semicolons also separate), trimmed and in
// lower case, without repeats; an error names the first that is not an address.
Result<std::vector<std::string>> parse_mail_addresses(const std::string& text, int max);

}  // namespace forkant
