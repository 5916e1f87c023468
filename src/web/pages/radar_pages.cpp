// What the radar's pages share: paths, labels, an edition as chart, list and table, the edition page and
// the entry form.
#include "web/pages/radar_pages.hpp"

#include <algorithm>

#include "render/charts/tech_radar_chart.hpp"
#include "render/format.hpp"
#include "services/initiatives.hpp"
#include "web/app.hpp"
#include "web/error_status.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

constexpr int kEmptyPrerequisiteRows = 3;

charts::BlipMark mark_of(Movement m) {
  switch (m) {
    case Movement::new_entry:
      return charts::BlipMark::new_entry;
    case Movement::moved_in:
      return charts::BlipMark::moved_in;
    case Movement::moved_out:
      return charts::BlipMark::moved_out;
    case Movement::no_change:
      return charts::BlipMark::none;
  }
  return charts::BlipMark::none;
}

std::string quality_label(const Context& ctx, Quality q) {
  return ctx.t("initiative.quality." + std::string(to_string(q)));
}

std::string kind_label(const Context& ctx, PrerequisiteKind k) {
  return ctx.t("radar.prerequisite." + std::string(to_string(k)));
}

std::string prerequisite_text(const Context& ctx, const Prerequisite& p) {
  std::string s = kind_label(ctx, p.kind) + ": " + p.name;
  if (p.kind == PrerequisiteKind::data)
    s += " (" + ctx.t("radar.prerequisite.at_least") + " " + quality_label(ctx, p.min_quality) + ")";
  return s;
}

nlohmann::json findings_json(Context& ctx, const RadarEntry& entry) {
  nlohmann::json out = nlohmann::json::array();
  for (const PrerequisiteFinding& f : ctx.app.services().radar->check(entry)) {
    const Prerequisite& p = entry.content.prerequisites[f.prerequisite];
    out.push_back({{"met", f.met()},
                   {"text", ctx.t("radar.finding." + std::string(to_string(f.outcome)),
                                  {{"initiative", f.initiative_title}, {"name", p.name}})},
                   {"initiative_href", "/orgs/" + std::to_string(entry.org_id) + "/initiatives/" +
                                           std::to_string(f.initiative_id)}});
  }
  return out;
}

}  // namespace

std::string radar_path(std::int64_t org_id) {
  return "/orgs/" + std::to_string(org_id) + "/radar";
}

std::string radar_edition_path(std::int64_t org_id, std::int64_t edition_id) {
  return radar_path(org_id) + "/editions/" + std::to_string(edition_id);
}

std::string radar_entry_path(std::int64_t org_id, std::int64_t entry_id) {
  return radar_path(org_id) + "/entries/" + std::to_string(entry_id);
}

std::string ring_label(const Context& ctx, Ring ring) {
  return ctx.t("radar.ring." + std::string(to_string(ring)));
}

std::string movement_label(const Context& ctx, Movement movement) {
  return ctx.t("radar.movement." + std::string(to_string(movement)));
}

nlohmann::json radar_view_json(Context& ctx, const RadarView& view, const std::string& chart_id) {
  const RadarEdition& edition = view.edition;
  charts::TechRadarChart chart;
  chart.id = chart_id;
  chart.title = ctx.t("radar.chart.title", {{"title", edition.title}});
  chart.description = ctx.t("radar.chart.description", {{"count", std::to_string(view.blips.size())}});
  for (std::size_t q = 0; q < 4; ++q) chart.quadrants[q] = edition.quadrants[q];
  chart.rings = {ring_label(ctx, Ring::adopt), ring_label(ctx, Ring::trial), ring_label(ctx, Ring::assess),
                 ring_label(ctx, Ring::hold)};
  chart.marks = {movement_label(ctx, Movement::no_change), movement_label(ctx, Movement::new_entry),
                 movement_label(ctx, Movement::moved_in), movement_label(ctx, Movement::moved_out)};
  nlohmann::json quadrants = nlohmann::json::array();
  for (std::size_t q = 0; q < 4; ++q) {
    quadrants.push_back({{"name", edition.quadrants[q]}, {"entries", nlohmann::json::array()}});
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const RadarBlip& b : view.blips) {
    const RadarEntryDraft& e = b.entry.content;
    const std::string ring = ring_label(ctx, e.ring);
    const std::string movement = movement_label(ctx, b.movement);
    chart.blips.push_back({b.number, e.quadrant, static_cast<int>(e.ring), mark_of(b.movement),
                           std::to_string(b.number) + ". " + e.name + ": " + ring + ", " + movement});
    nlohmann::json row{{"number", b.number},
                       {"name", e.name},
                       {"href", radar_entry_path(b.entry.org_id, b.entry.id) + "/edit"},
                       {"quadrant", edition.quadrants[static_cast<std::size_t>(e.quadrant)]},
                       {"ring", ring},
                       {"ring_code", std::string(to_string(e.ring))},
                       {"movement", movement},
                       {"description", e.description}};
    if (e.hold) {
      row["hold"] = {{"since", format_date_text(e.hold->since, ctx.lang)},
                     {"revisit", format_date_text(e.hold->revisit_on, ctx.lang)},
                     {"reason", e.hold->reason},
                     {"due", hold_due(e, ctx.app.services().radar->today())}};
    }
    nlohmann::json prerequisites = nlohmann::json::array();
    for (const Prerequisite& p : e.prerequisites) prerequisites.push_back(prerequisite_text(ctx, p));
    row["has_prerequisites"] = !prerequisites.empty();
    row["prerequisites"] = prerequisites;
    row["findings"] = findings_json(ctx, b.entry);
    row["has_findings"] = !row["findings"].empty();
    nlohmann::json initiatives = nlohmann::json::array();
    for (std::int64_t id : e.initiative_ids) {
      if (auto i = ctx.app.services().initiatives->find_initiative(id); i && i->org_id == b.entry.org_id) {
        initiatives.push_back(
            {{"title", i->content.title},
             {"href", "/orgs/" + std::to_string(i->org_id) + "/initiatives/" + std::to_string(id)}});
      }
    }
    row["has_initiatives"] = !initiatives.empty();
    row["initiatives"] = initiatives;
    quadrants[static_cast<std::size_t>(e.quadrant)]["entries"].push_back(row);
    rows.push_back(row);
  }
  for (auto& q : quadrants) q["empty"] = q["entries"].empty();
  return {{"title", edition.title},
          {"published", format_date_text(edition.published_on, ctx.lang)},
          {"current", edition.current},
          {"href", radar_edition_path(edition.org_id, edition.id)},
          {"previous_title", view.previous ? nlohmann::json(view.previous->title) : nlohmann::json(nullptr)},
          {"chart", charts::render_tech_radar_chart(chart)},
          {"chart_id", chart_id},
          {"quadrants", quadrants},
          {"rows", rows},
          {"empty", rows.empty()}};
}

Response radar_edition_page(Context& ctx, const OrgAccess& access, const std::optional<RadarEdition>& edition,
                            const std::string& edition_error, int status) {
  auto& radar = *ctx.app.services().radar;
  const bool can_write = role_at_least(access.role, Role::leader);
  const auto current = radar.current_edition(access.org_id);
  nlohmann::json editions = nlohmann::json::array();
  for (const RadarEdition& e : radar.editions(access.org_id)) {
    editions.push_back({{"title", e.title},
                        {"href", radar_edition_path(access.org_id, e.id)},
                        {"published", format_date_text(e.published_on, ctx.lang)},
                        {"current", e.current},
                        {"shown", edition && edition->id == e.id}});
  }
  const QuadrantNames names = current ? current->quadrants : default_quadrant_names();
  nlohmann::json quadrant_fields = nlohmann::json::array();
  for (std::size_t q = 0; q < 4; ++q) {
    quadrant_fields.push_back({{"index", q}, {"number", q + 1}, {"value", names[q]}});
  }
  const std::string base = radar_path(access.org_id);
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"editions", editions},
      {"has_editions", !editions.empty()},
      {"can_write", can_write},
      {"base", base},
      {"compare_href", base + "/compare"},
      {"import_href", base + "/import"},
      {"new_entry_href", base + "/entries/new"},
      {"edition_error", edition_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(edition_error)},
      {"new_edition",
       {{"title", format_iso_date(radar.today()).substr(0, 4)},
        {"date", format_iso_date(radar.today())},
        {"quadrants", quadrant_fields},
        {"can_copy", current.has_value()}}}};
  std::string title = ctx.t("radar.title");
  if (edition) {
    view["edition"] = radar_view_json(ctx, radar.view(*edition), "radar-chart");
    view["edition"]["can_write"] = can_write && edition->current;
    view["edition"]["export_csv"] = base + "/export.csv?edition=" + std::to_string(edition->id);
    view["edition"]["export_json"] = base + "/export.json?edition=" + std::to_string(edition->id);
    if (!edition->current) title = ctx.t("radar.edition.title", {{"title", edition->title}});
  }
  return page(ctx, "radar", view, title, status);
}

Result<CurrentRadarEntry> current_radar_entry(Context& ctx, const OrgAccess& access) {
  auto& radar = *ctx.app.services().radar;
  auto entry = of_org(ctx, "entry_id", access, [&](std::int64_t id) { return radar.find_entry(id); });
  if (!entry) return entry.error();
  auto edition = radar.find_edition(entry->edition_id);
  if (!edition || !edition->current) {
    return Error::conflict("radar_edition_history", "error.radar_edition_history");
  }
  return CurrentRadarEntry{std::move(*entry), std::move(*edition)};
}

Status read_radar_entry_form(const Form& form, RadarEntryDraft& draft) {
  auto bad = [](const std::string& field) {
    return Error::invalid("radar_form_field", "error.radar_form_field", {{"field", field}});
  };
  draft.name = form.get("name");
  draft.description = form.get("description");
  const std::string quadrant = form.get("quadrant");
  if (quadrant.size() != 1 || quadrant[0] < '0' || quadrant[0] > '3') return bad("quadrant");
  draft.quadrant = quadrant[0] - '0';
  const auto ring = ring_from_string(form.get("ring"));
  if (!ring) return bad("ring");
  draft.ring = *ring;
  draft.hold.reset();
  if (draft.ring == Ring::hold) {
    const auto since = parse_iso_date(form.get("hold_since"));
    const auto revisit = parse_iso_date(form.get("hold_revisit_on"));
    if (!since) return bad("hold_since");
    if (!revisit) return bad("hold_revisit_on");
    draft.hold = HoldDetails{*since, *revisit, form.get("hold_reason")};
  }
  draft.prerequisites.clear();
  const auto kinds = form.all("prerequisite_kind");
  const auto names = form.all("prerequisite_name");
  const auto qualities = form.all("prerequisite_quality");
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].find_first_not_of(" \t\r\n") == std::string::npos) continue;  // an empty row
    const auto kind = prerequisite_kind_from_string(i < kinds.size() ? kinds[i] : "");
    if (!kind) return bad("prerequisite_kind");
    const auto quality = quality_from_string(i < qualities.size() ? qualities[i] : "good");
    if (!quality) return bad("prerequisite_quality");
    draft.prerequisites.push_back({*kind, names[i], *quality});
  }
  draft.initiative_ids.clear();
  for (const std::string& id : form.all("initiative_id")) {
    const auto parsed = parse_id(id);
    if (!parsed) return bad("initiative_id");
    draft.initiative_ids.push_back(*parsed);
  }
  return ok_status();
}

Response radar_entry_form_page(Context& ctx, const OrgAccess& access, const RadarEdition& edition,
                               const RadarEntryDraft& draft, std::optional<std::int64_t> entry_id,
                               const std::string& error, int status) {
  const std::string base = radar_path(access.org_id);
  nlohmann::json quadrants = nlohmann::json::array();
  for (std::size_t q = 0; q < 4; ++q) {
    quadrants.push_back(
        {{"value", q}, {"name", edition.quadrants[q]}, {"selected", draft.quadrant == static_cast<int>(q)}});
  }
  nlohmann::json rings = nlohmann::json::array();
  for (Ring r : {Ring::adopt, Ring::trial, Ring::assess, Ring::hold}) {
    rings.push_back({{"value", std::string(to_string(r))},
                     {"label", ring_label(ctx, r)},
                     {"hint", ctx.t("radar.ring." + std::string(to_string(r)) + ".hint")},
                     {"checked", draft.ring == r}});
  }
  auto kind_options = [&](std::optional<PrerequisiteKind> selected) {
    nlohmann::json out = nlohmann::json::array();
    for (auto k : {PrerequisiteKind::data, PrerequisiteKind::competence, PrerequisiteKind::standard,
                   PrerequisiteKind::partner}) {
      out.push_back(
          {{"value", std::string(to_string(k))}, {"label", kind_label(ctx, k)}, {"selected", selected == k}});
    }
    return out;
  };
  auto quality_options = [&](Quality selected) {
    nlohmann::json out = nlohmann::json::array();
    for (auto q : {Quality::good, Quality::uncertain, Quality::poor}) {
      out.push_back({{"value", std::string(to_string(q))},
                     {"label", quality_label(ctx, q)},
                     {"selected", selected == q}});
    }
    return out;
  };
  nlohmann::json prerequisites = nlohmann::json::array();
  int row = 0;
  for (const Prerequisite& p : draft.prerequisites) {
    ++row;
    prerequisites.push_back({{"row", row},
                             {"name", p.name},
                             {"kinds", kind_options(p.kind)},
                             {"qualities", quality_options(p.min_quality)}});
  }
  for (int i = 0; i < kEmptyPrerequisiteRows; ++i) {
    ++row;
    prerequisites.push_back({{"row", row},
                             {"name", ""},
                             {"kinds", kind_options(std::nullopt)},
                             {"qualities", quality_options(Quality::good)}});
  }
  nlohmann::json initiatives = nlohmann::json::array();
  for (const auto& i : ctx.app.services().initiatives->initiatives(access.org_id)) {
    const bool linked = std::find(draft.initiative_ids.begin(), draft.initiative_ids.end(), i.id) !=
                        draft.initiative_ids.end();
    initiatives.push_back({{"id", i.id}, {"title", i.content.title}, {"checked", linked}});
  }
  const Date today = ctx.app.services().radar->today();
  const HoldDetails hold = draft.hold.value_or(HoldDetails{today, add_months(today, 12), ""});
  const std::string heading =
      entry_id ? ctx.t("radar.entry.edit_title", {{"name", draft.name}}) : ctx.t("radar.entry.new_title");
  nlohmann::json view{
      {"org", org_view(ctx, access.org_id, access.role)},
      {"heading", heading},
      {"edition_title", edition.title},
      {"action", entry_id ? radar_entry_path(access.org_id, *entry_id) : base + "/entries"},
      {"cancel", base},
      {"error", error.empty() ? nlohmann::json(nullptr) : nlohmann::json(error)},
      {"name", draft.name},
      {"description", draft.description},
      {"quadrants", quadrants},
      {"rings", rings},
      {"hold_since", format_iso_date(hold.since)},
      {"hold_revisit_on", format_iso_date(hold.revisit_on)},
      {"hold_reason", hold.reason},
      {"prerequisites", prerequisites},
      {"initiatives", initiatives},
      {"has_initiatives", !initiatives.empty()},
      {"editing", entry_id.has_value()},
      {"delete_action", entry_id ? radar_entry_path(access.org_id, *entry_id) + "/delete" : ""}};
  return page(ctx, "radar_entry_form", view, heading, status);
}

}  // namespace forkant::web::pages
