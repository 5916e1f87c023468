// The political briefing's draft page: one labelled text field per section with its plain-language hint
// and a character count written out (no script needed), the buttons to save and to freeze, and the frozen
// versions with who froze them and when.
#include "domain/copenhagen_time.hpp"
#include "domain/utf8.hpp"
#include "render/format.hpp"
#include "services/assessment.hpp"
#include "services/decisions.hpp"
#include "web/app.hpp"
#include "web/pages/briefing_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

std::string two(int n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

}  // namespace

std::array<std::string, 10> question_titles(Context& ctx) {
  std::array<std::string, 10> titles;
  for (int q = 1; q <= 10; ++q)
    titles.at(q - 1) = ctx.t("decision.question", {{"question", std::to_string(q)}});
  if (const auto framework = ctx.app.services().assessment->framework_by_key(kDecisionFramework)) {
    for (const auto& d : framework->dimensions) {
      if (d.number >= 1 && d.number <= 10) titles.at(d.number - 1) = d.title.get(ctx.lang);
    }
  }
  return titles;
}

// "6. december 2026 kl. 04:12" in Copenhagen time.
std::string briefing_when(const Context& ctx, std::int64_t unix_seconds) {
  const LocalTime t = copenhagen_time(unix_seconds);
  return ctx.t("briefing.when",
               {{"date", format_date_text(t.day, ctx.lang)}, {"time", two(t.hour) + ":" + two(t.minute)}});
}

Response briefing_page(Context& ctx, const OrgAccess& access, const BriefingText& text,
                       const std::string& lang, const std::string& error, int status) {
  auto& svc = *ctx.app.services().decisions;
  const std::string base = "/orgs/" + std::to_string(access.org_id) + "/briefing";
  nlohmann::json sections = nlohmann::json::array();
  for (const auto section : kBriefingSections) {
    const std::string name(to_string(section));
    // Broken UTF-8 (refused) is not echoed into the page.
    const std::string value = is_valid_utf8(text[section]) ? text[section] : std::string();
    const auto count = utf8_length(value);
    const auto paragraphs = briefing_paragraphs(value).size();
    sections.push_back(
        {{"name", name},
         {"title", ctx.t("briefing.section." + name)},
         {"hint", ctx.t("briefing.hint." + name)},
         {"text", value},
         {"over", count > kMaxBriefingSectionChars || paragraphs > kMaxBriefingSectionParagraphs},
         {"counter",
          ctx.t("briefing.counter", {{"count", std::to_string(count)},
                                     {"max", std::to_string(kMaxBriefingSectionChars)},
                                     {"paragraphs", std::to_string(paragraphs)},
                                     {"max_paragraphs", std::to_string(kMaxBriefingSectionParagraphs)}})}});
  }
  nlohmann::json versions = nlohmann::json::array();
  for (const auto& v : svc.briefing_versions(access.org_id)) {
    const std::string n = std::to_string(v.version);
    versions.push_back({{"version", n},
                        {"href", base + "/versions/" + n},
                        {"pdf", base + "/versions/" + n + ".pdf"},
                        {"by", v.frozen_by_name.empty() ? ctx.t("audit.system") : v.frozen_by_name},
                        {"at", briefing_when(ctx, v.frozen_at)}});
  }
  const auto saved = svc.saved_briefing(access.org_id);
  nlohmann::json view{{"org", org_view(ctx, access.org_id, access.role)},
                      {"base", base},
                      {"can_write", role_at_least(access.role, Role::coordinator)},
                      {"lang", lang},
                      {"sections", sections},
                      {"from_data", !saved},
                      {"saved_by", saved ? saved->updated_by_name : ""},
                      {"saved_at", saved ? briefing_when(ctx, saved->updated_at) : ""},
                      {"versions", versions},
                      {"has_versions", !versions.empty()},
                      {"just_saved", ctx.query().get("saved") == "1"},
                      {"error", or_null(error)}};
  return page(ctx, "briefing", view, ctx.t("briefing.title"), status);
}

Response briefing(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::string lang = ctx.lang;
  const auto row = ctx.app.services().decisions->briefing_draft(
      access->org_id, lang, question_titles(ctx),
      [&](std::string_view key, const std::map<std::string, std::string>& params) {
        return ctx.t(key, params);
      },
      [&](Date d) { return format_date_text(d, lang); });
  return briefing_page(ctx, *access, row.text, row.lang, "", 200);
}

}  // namespace forkant::web::pages
