// What the publishing pages share: the publication section of a decision's page and the public URL.
#include "web/pages/public_pages.hpp"

#include "domain/copenhagen_time.hpp"
#include "domain/decisions/publication.hpp"
#include "render/format.hpp"
#include "services/public_page.hpp"
#include "web/app.hpp"
#include "web/pages/assessment_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {

std::string day_text(std::int64_t unix_seconds, std::string_view lang) {
  return format_date_text(copenhagen_time(unix_seconds).day, lang);
}

std::string public_page_url(Context& ctx, const std::string& address) {
  return site_base_url(ctx) + "/p/" + address;
}

std::optional<PublicPage> public_page_in_path(Context& ctx) {
  const std::string chosen = ctx.query().get("lang");
  if (chosen == "da" || chosen == "en") ctx.lang = chosen;
  return ctx.app.services().public_page->public_page(ctx.param("organisation"));
}

void public_answer(Context& ctx, Response& res) {
  // The pre-session cookie (CSRF for anonymous forms) is for pages with forms; this one has none.
  ctx.set_cookies.clear();
  res.set_header("Cache-Control", "public, max-age=60");
  res.set_header("Vary", "Accept-Language, Cookie");
}

std::string public_kind_label(const Context& ctx, DecisionKind kind) {
  return ctx.t(kind == DecisionKind::deselected ? "public.kind.deselected" : "public.kind.decided");
}

nlohmann::json publication_view(Context& ctx, const OrgAccess& access, const Decision& decision,
                                const PublishInput* input) {
  auto* svc = ctx.app.services().public_page;
  if (svc == nullptr) return nullptr;
  const auto settings = svc->settings(access.org_id);
  const auto snapshot = svc->published(decision);
  const bool enabled = settings && settings->enabled;
  const Status publishable = check_publishable(decision);
  nlohmann::json view{{"page_enabled", enabled},
                      {"is_owner", role_at_least(access.role, Role::owner)},
                      {"settings_path", "/orgs/" + std::to_string(access.org_id) + "/public-page"},
                      {"can_publish", role_at_least(access.role, Role::coordinator) && publishable.ok()},
                      {"republish", snapshot.has_value()},
                      {"can_unpublish", role_at_least(access.role, Role::coordinator) && snapshot},
                      {"max", std::to_string(kMaxPublicSummaryChars)}};
  if (enabled) {
    view["public_path"] = "/p/" + settings->address;
    view["public_url"] = public_page_url(ctx, settings->address);
  }
  if (!publishable && !snapshot) view["not_publishable"] = error_message(ctx, publishable.error());
  if (snapshot) {
    const auto first = day_text(snapshot->first_published_at, ctx.lang);
    std::string status = ctx.t("publication.published_on", {{"date", first}});
    if (snapshot->is_update()) {
      status += " " + ctx.t("publication.updated_on", {{"date", day_text(snapshot->published_at, ctx.lang)}});
    }
    view["published"] = {{"title", snapshot->title},
                         {"summary", snapshot->summary},
                         {"status", status},
                         // The decision has been edited since: the page still shows the snapshot.
                         {"stale", snapshot->decision_version != decision.version}};
  }
  view["summary_text"] = input ? input->summary : snapshot ? snapshot->summary : "";
  if (input && !input->error.empty()) view["error"] = input->error;
  return view;
}

}  // namespace forkant::web::pages
