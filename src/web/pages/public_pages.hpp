#pragma once
// The opt-in public page of decisions and deliberate non-choices (services/public_page.hpp): publishing
// from a decision's page (coordinator and up), the page's settings (owner), and the page and its Atom
// feed at /p/{organisation}, for anyone, without signing in. The public page shows snapshots only:
// never a person's name, an id of the register, the internal rationale or anything unpublished.

#include <nlohmann/json.hpp>
#include <string>

#include "domain/decisions/decision.hpp"
#include "services/public_page.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response decision_publish(Context& ctx);
Response decision_unpublish(Context& ctx);
Response public_page_settings(Context& ctx);
Response public_page_save(Context& ctx);
Response public_decisions(Context& ctx);
Response public_feed(Context& ctx);

// What a refused publish form is shown again with.
struct PublishInput {
  std::string summary;
  std::string error;
};

// The publication section of a decision's page (templates/decisions_detail.mustache, "publication"):
// the page's state, the snapshot on it, and the forms for those who may publish. Null when the public
// page is not wired (tests of other areas).
nlohmann::json publication_view(Context& ctx, const OrgAccess& access, const Decision& decision,
                                const PublishInput* input);

// The settings page with what was typed and why it was refused.
Response public_page_settings_page(Context& ctx, const OrgAccess& access, bool enabled,
                                   const std::string& address, const std::string& error, int status);

// The Copenhagen day of a Unix time in running text: "4. december 2026" / "4 December 2026".
std::string day_text(std::int64_t unix_seconds, std::string_view lang);

// The page {organisation} names, for anyone: nullopt for an address no organisation has and for a page
// that is off alike (both answer the same 404). Sets the language: ?lang=da|en, chosen on the page,
// wins over the visitor's (cookie, Accept-Language, a signed-in person's own).
std::optional<PublicPage> public_page_in_path(Context& ctx);
// What every public answer gets: cached briefly by anyone (Cache-Control: public, max-age=60, so an
// unpublished decision is gone everywhere within a minute), varying with the language's sources, and
// no cookie: a visitor who only reads is given none.
void public_answer(Context& ctx, Response& res);
// "Valgt" / "Fravalgt" (chosen, not pursued) as the public page says it.
std::string public_kind_label(const Context& ctx, DecisionKind kind);

// The absolute URL of an organisation's public page, e.g. "https://forkant.example/p/demo-kommune".
std::string public_page_url(Context& ctx, const std::string& address);

}  // namespace forkant::web::pages
