// A frozen version of the briefing: as a page (/versions/3) and as the PDF that is handed to the
// politicians (/versions/3.pdf, on the report lane), both from the version as it was frozen, never from
// the draft.
#include "render/format.hpp"
#include "reports/pdf_document.hpp"
#include "services/decisions.hpp"
#include "services/organisations.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/briefing_pages.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/reports/briefing_document.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

nlohmann::json sections_view(const Context& ctx, const BriefingVersion& version) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto section : kBriefingSections) {
    const auto paragraphs = briefing_paragraphs(version.text[section]);
    if (paragraphs.empty()) continue;
    const std::string name(to_string(section));
    // Consecutive bullets form one list, as in the PDF.
    nlohmann::json blocks = nlohmann::json::array();
    for (const auto& p : paragraphs) {
      nlohmann::json item = nlohmann::json::object();
      item["text"] = p.text;
      if (p.bullet && !blocks.empty() && blocks.back().contains("items")) {
        blocks.back()["items"].push_back(std::move(item));
      } else if (p.bullet) {
        nlohmann::json list = nlohmann::json::object();
        list["is_list"] = true;
        list["items"] = nlohmann::json::array();
        list["items"].push_back(std::move(item));
        blocks.push_back(std::move(list));
      } else {
        blocks.push_back({{"paragraph", p.text}});
      }
    }
    out.push_back({{"id", "section-" + name},
                   {"title", ctx.app.translator().get(version.lang, "briefing.section." + name)},
                   {"blocks", blocks}});
  }
  return out;
}

// {version} in the path: a frozen version of the organisation's briefing, else not found.
Result<BriefingVersion> version_in_path(Context& ctx, const OrgAccess& access) {
  const auto number = parse_number(ctx.param("version"), 1000000);
  auto version =
      number ? ctx.app.services().decisions->briefing_version(access.org_id, *number) : std::nullopt;
  if (!version) return Error::not_found();
  return std::move(*version);
}

std::string organisation_name(Context& ctx, std::int64_t org_id) {
  const auto org = ctx.app.services().orgs->find(org_id);
  return org ? org->name : "";
}

}  // namespace

Response briefing_version_pdf(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto version = version_in_path(ctx, *access);
  if (!version) return error_response(ctx, version.error());
  const auto org_name = organisation_name(ctx, access->org_id);
  return pdf_response(reports::render_pdf(briefing_document(*version, org_name, ctx.app.translator())),
                      "briefing-" + std::to_string(version->version) + ".pdf");
}

Response briefing_version(Context& ctx) {
  auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  auto found = version_in_path(ctx, *access);
  if (!found) return error_response(ctx, found.error());
  const auto* version = &*found;
  auto& svc = *ctx.app.services().decisions;
  const auto org_name = organisation_name(ctx, access->org_id);
  const std::string base = "/orgs/" + std::to_string(access->org_id) + "/briefing";
  const std::string n = std::to_string(version->version);
  nlohmann::json view{
      {"org", org_view(ctx, access->org_id, access->role)},
      {"base", base},
      {"version", n},
      {"pdf", base + "/versions/" + n + ".pdf"},
      {"lang", version->lang},
      {"other_lang", version->lang != ctx.lang},
      {"heading", ctx.app.translator().format(version->lang, "briefing.pdf.heading", {{"org", org_name}})},
      {"by", version->frozen_by_name.empty() ? ctx.t("audit.system") : version->frozen_by_name},
      {"at", briefing_when(ctx, version->frozen_at)},
      {"sections", sections_view(ctx, *version)},
      {"latest", svc.latest_briefing(access->org_id)->version == version->version}};
  return page(ctx, "briefing_version", view, ctx.t("briefing.version_title", {{"version", n}}));
}

}  // namespace forkant::web::pages
