#pragma once
// Sharing a reviewed text with a network (issue 15, item 2): a decision, a deselection with its reasons,
// the lesson of an evaluated step or an initiative, written for the network by an owner or coordinator
// (the web layer checks the role) and shared by the organisation's name or anonymously
// (domain/networks/share.hpp). The organisation must be a current member of the network and the source
// its own; the same source is shared at most once at a time with a network (unshare first to share a new
// text). Unsharing withdraws it from then on; the row stays, marked, for the audit trail. Every write is
// one transaction with its audit entry ("network.shared", "network.share_withdrawn").

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/networks/share.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"
#include "services/transactor.hpp"

namespace forkant {

class DecisionStore;
class InitiativeStore;
class OrgStore;

class ShareStore {
 public:
  virtual ~ShareStore() = default;
  // The network's name when `org_id` is a current member of it; nullopt for a network it is not in and
  // for one that does not exist alike.
  virtual std::optional<std::string> member_network_name(std::int64_t network_id, std::int64_t org_id) = 0;
  virtual std::optional<std::string> network_name(std::int64_t network_id) = 0;
  // Appends the share with a row per question; returns its id. public_id must be set (a random UUID).
  virtual std::int64_t insert_share(const Share& share) = 0;
  // The organisation's share with that id, current or withdrawn; nullopt for another organisation's.
  virtual std::optional<Share> find_share(std::int64_t org_id, std::int64_t share_id) = 0;
  // Sets withdrawn_at/by on the organisation's share if it is current; returns how many rows (0 or 1).
  virtual int withdraw_share(std::int64_t org_id, std::int64_t share_id, std::int64_t actor,
                             std::int64_t now) = 0;
  // The current shares of one source of the organisation (in any network), oldest first.
  virtual std::vector<Share> current_shares(std::int64_t org_id, ShareSource source,
                                            std::int64_t source_id) = 0;
  // The organisation's shares in a network, current and withdrawn, newest shared first.
  virtual std::vector<Share> own_shares(std::int64_t org_id, std::int64_t network_id) = 0;
};

// What the sharer sends: the network and the reviewed text.
struct ShareRequest {
  std::int64_t network_id = 0;
  ShareText text;
};

class NetworkSharingService {
 public:
  NetworkSharingService(ShareStore& store, DecisionStore& decisions, InitiativeStore& initiatives,
                        OrgStore& orgs, AuditStore& audit, Transactor& tx, const Clock& clock)
      : store_(store),
        decisions_(decisions),
        initiatives_(initiatives),
        orgs_(orgs),
        audit_(audit),
        tx_(tx),
        clock_(clock) {}

  // Shares the organisation's decision (decided: a decision; deselected: a deselection), the lesson of its
  // evaluated step, or its initiative. Errors: not_found (404) for a source of another organisation, one
  // that does not exist, and a network the organisation is not a current member of, alike; see
  // validate_share_text, share_source_of and check_lesson_shareable; "already_shared" (409) while the
  // source has a current share in the network.
  Result<Share> share_decision(std::int64_t org_id, std::int64_t actor, std::int64_t decision_id,
                               const ShareRequest& request);
  Result<Share> share_lesson(std::int64_t org_id, std::int64_t actor, std::int64_t step_id,
                             const ShareRequest& request);
  Result<Share> share_initiative(std::int64_t org_id, std::int64_t actor, std::int64_t initiative_id,
                                 const ShareRequest& request);

  // Withdraws the organisation's share from then on; not_found for another organisation's share,
  // "not_shared" (409) when it is withdrawn already.
  Status unshare(std::int64_t org_id, std::int64_t actor, std::int64_t share_id);

  std::optional<Share> find_share(std::int64_t org_id, std::int64_t share_id) {
    return store_.find_share(org_id, share_id);
  }
  // The current shares of a decision (as a decision or a deselection), a step's lesson or an initiative.
  std::vector<Share> shares_of_decision(std::int64_t org_id, std::int64_t decision_id);
  std::vector<Share> shares_of_lesson(std::int64_t org_id, std::int64_t step_id) {
    return store_.current_shares(org_id, ShareSource::lesson, step_id);
  }
  std::vector<Share> shares_of_initiative(std::int64_t org_id, std::int64_t initiative_id) {
    return store_.current_shares(org_id, ShareSource::initiative, initiative_id);
  }
  // The organisation's shares in a network, current and withdrawn, newest first.
  std::vector<Share> own_shares(std::int64_t org_id, std::int64_t network_id) {
    return store_.own_shares(org_id, network_id);
  }

 private:
  // What the three share_* have in common once the source is read: validation, membership, the
  // duplicate check, the row and its audit entry. `find` runs inside the transaction and returns the
  // source's kind, questions and verdict, or an error.
  struct Source {
    ShareSource kind = ShareSource::decision;
    std::set<int> questions;
    std::optional<Verdict> verdict;
    std::string object;  // the audit entry's object: "decision:12", "step:5", "initiative:3"
  };
  Result<Share> share(std::int64_t org_id, std::int64_t actor, std::int64_t source_id,
                      const ShareRequest& request, const std::function<Result<Source>()>& find);

  ShareStore& store_;
  DecisionStore& decisions_;
  InitiativeStore& initiatives_;
  OrgStore& orgs_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
};

}  // namespace forkant
