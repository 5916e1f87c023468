#include "services/public_page.hpp"

#include <algorithm>

#include "services/decisions.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

std::string decision_object(std::int64_t id) {
  return "decision:" + std::to_string(id);
}

}  // namespace

void PublicPageService::audit(std::int64_t org_id, std::int64_t actor, const std::string& action,
                              const std::string& object, const std::string& detail) {
  audit_.append_audit({org_id, actor, action, object, detail}, clock_.now());
}

Status PublicPageService::set_public_page(std::int64_t org_id, std::int64_t actor, bool enabled,
                                          std::string_view address_in) {
  const std::string address = trim_text(address_in);
  const auto current = store_.public_page(org_id);
  PublicPageSettings next = current.value_or(PublicPageSettings{org_id, "", false, ""});
  if (!address.empty()) {
    if (auto s = validate_public_address(address); !s) return s.error();
    next.address = address;
  } else if (enabled) {
    // The page cannot be turned on without an address: the one typed, else the one it had.
    if (next.address.empty())
      return Error::invalid("public_address_required", "error.public_address_required");
  } else if (!current) {
    return ok_status();  // off, never set up: nothing to store
  }
  next.enabled = enabled;
  if (next.feed_id.empty()) next.feed_id = random_uuid();
  std::optional<Error> error;
  tx_.transaction([&] {
    error.reset();
    if (const auto holder = store_.public_page_at(next.address); holder && holder->org_id != org_id) {
      error =
          Error::conflict("public_address_taken", "error.public_address_taken", {{"address", next.address}});
      return;
    }
    store_.save_public_page(next, actor, clock_.now());
    audit(org_id, actor, enabled ? "organisation.public_page_enabled" : "organisation.public_page_disabled",
          "organisation:" + std::to_string(org_id), next.address);
  });
  if (error) return *error;
  return ok_status();
}

std::optional<PublishedSnapshot> PublicPageService::published(const Decision& decision) {
  auto latest = store_.latest_snapshot(decision.org_id, decision.id);
  if (!latest || !latest->is_live()) return std::nullopt;
  return latest;
}

Result<PublishedSnapshot> PublicPageService::publish(const Decision& decision, std::int64_t actor,
                                                     std::string_view summary) {
  if (auto s = validate_public_summary(summary); !s) return s.error();
  std::optional<Error> error;
  PublishedSnapshot snapshot;
  tx_.transaction([&] {
    error.reset();
    snapshot = {};
    // What is published is the decision as stored when the write starts, not as the page showed it.
    const auto fresh = decisions_.find_decision(decision.id);
    if (!fresh || fresh->org_id != decision.org_id) {
      error = Error::not_found();
      return;
    }
    if (auto s = check_publishable(*fresh); !s) {
      error = s.error();
      return;
    }
    const auto now = clock_.now();
    snapshot = snapshot_of(*fresh, summary);
    snapshot.public_id = random_uuid();
    snapshot.published_at = now;
    snapshot.published_by = actor;
    snapshot.first_published_at = now;
    const auto latest = store_.latest_snapshot(fresh->org_id, fresh->id);
    const bool again = latest && latest->is_live();
    if (again) {
      snapshot.replaces_id = latest->id;
      snapshot.first_published_at = latest->first_published_at;
    }
    snapshot.id = store_.insert_snapshot(snapshot);
    audit(fresh->org_id, actor, again ? "decision.republished" : "decision.published",
          decision_object(fresh->id), "version " + std::to_string(fresh->version));
  });
  if (error) return *error;
  return snapshot;
}

Status PublicPageService::unpublish(const Decision& decision, std::int64_t actor) {
  bool marked = false;
  tx_.transaction([&] {
    marked = store_.mark_unpublished(decision.org_id, decision.id, actor, clock_.now()) > 0;
    if (marked) audit(decision.org_id, actor, "decision.unpublished", decision_object(decision.id), "");
  });
  if (!marked) return Error::conflict("not_published", "error.not_published");
  return ok_status();
}

std::optional<PublicPage> PublicPageService::public_page(std::string_view address) {
  if (!validate_public_address(address)) return std::nullopt;
  auto settings = store_.public_page_at(address);
  if (!settings || !settings->enabled) return std::nullopt;
  PublicPage out{*settings, store_.live_snapshots(settings->org_id), 0};
  for (const auto& s : out.snapshots) out.updated = std::max(out.updated, s.published_at);
  std::stable_sort(out.snapshots.begin(), out.snapshots.end(),
                   [](const auto& a, const auto& b) { return b.decided_on < a.decided_on; });
  return out;
}

}  // namespace forkant
