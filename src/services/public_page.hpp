#pragma once
// The opt-in public page of decisions and deliberate non-choices (/p/{address}, issue 11): the owner
// turns it on under an address, a coordinator publishes a decision with a plain summary written for
// citizens, and what is published is a snapshot (domain/decisions/publication.hpp). A later edit of the
// decision reaches the page only when it is published again; unpublishing takes it off the page and the
// feed and keeps the rows, marked, for the audit trail. Every write is one transaction with its audit
// entry. Roles are checked by the web layer (coordinator publishes, owner sets the page up); the reads
// for the public page need no one signed in and return snapshots only, nothing of the live decision.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/decisions/decision.hpp"
#include "domain/decisions/publication.hpp"
#include "domain/result.hpp"
#include "services/audit.hpp"
#include "services/clock.hpp"

namespace forkant {

class DecisionStore;

struct PublicPageSettings {
  std::int64_t org_id = 0;
  std::string address;  // /p/{address}; unique over all organisations
  bool enabled = false;
  std::string feed_id;  // a random UUID, kept when the address changes: the Atom feed's id
};

class PublicPageStore {
 public:
  virtual ~PublicPageStore() = default;
  virtual std::optional<PublicPageSettings> public_page(std::int64_t org_id) = 0;
  // Whichever organisation has `address`, on or off.
  virtual std::optional<PublicPageSettings> public_page_at(std::string_view address) = 0;
  // Inserts or replaces the organisation's settings.
  virtual void save_public_page(const PublicPageSettings& settings, std::int64_t actor, std::int64_t now) = 0;
  // Appends a snapshot; returns its id. Snapshots are never changed except to be marked unpublished.
  virtual std::int64_t insert_snapshot(const PublishedSnapshot& snapshot) = 0;
  // The latest snapshot of the decision, live or unpublished; nullopt: it was never published.
  virtual std::optional<PublishedSnapshot> latest_snapshot(std::int64_t org_id, std::int64_t decision_id) = 0;
  // What the page shows: the latest snapshot of each decision, if it is not unpublished, newest
  // published first.
  virtual std::vector<PublishedSnapshot> live_snapshots(std::int64_t org_id) = 0;
  // Marks the decision's live snapshots unpublished; returns how many.
  virtual int mark_unpublished(std::int64_t org_id, std::int64_t decision_id, std::int64_t actor,
                               std::int64_t now) = 0;
};

// What /p/{address} and its feed show.
struct PublicPage {
  PublicPageSettings settings;
  std::vector<PublishedSnapshot> snapshots;  // by decision date, newest first
  std::int64_t updated = 0;                  // the latest publication (the feed's <updated>)
};

class PublicPageService {
 public:
  PublicPageService(PublicPageStore& store, DecisionStore& decisions, AuditStore& audit, Transactor& tx,
                    const Clock& clock)
      : store_(store), decisions_(decisions), audit_(audit), tx_(tx), clock_(clock) {}

  std::optional<PublicPageSettings> settings(std::int64_t org_id) { return store_.public_page(org_id); }
  // Turns the page on at `address` or off. On: the address is required, well formed and not another
  // organisation's ("public_address_taken"). Off: the address is kept; a new one given is checked and
  // kept too. Nothing to change (off and never set up) changes nothing.
  Status set_public_page(std::int64_t org_id, std::int64_t actor, bool enabled, std::string_view address);

  // What the organisation has on its page now (whether the page is on or off), newest published first.
  std::vector<PublishedSnapshot> live(std::int64_t org_id) { return store_.live_snapshots(org_id); }
  // The decision's snapshot on the page now, if it is published.
  std::optional<PublishedSnapshot> published(const Decision& decision);
  // Publishes the decision as it is stored now with `summary`; when it is published already, the new
  // snapshot replaces the old one on the page ("opdateret"). Errors: see validate_public_summary and
  // check_publishable.
  Result<PublishedSnapshot> publish(const Decision& decision, std::int64_t actor, std::string_view summary);
  // Takes the decision off the page and the feed; "not_published" (409) when it is not on it.
  Status unpublish(const Decision& decision, std::int64_t actor);

  // The public page at `address`: nullopt when no organisation has that address or its page is off, so
  // that both answer alike.
  std::optional<PublicPage> public_page(std::string_view address);

 private:
  void audit(std::int64_t org_id, std::int64_t actor, const std::string& action, const std::string& object,
             const std::string& detail);

  PublicPageStore& store_;
  DecisionStore& decisions_;
  AuditStore& audit_;
  Transactor& tx_;
  const Clock& clock_;
};

}  // namespace forkant
