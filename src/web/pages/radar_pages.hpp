#pragma once
// Pages of the technology radar (issue 17, docs/radar.md): the current radar and each earlier edition
// (SVG chart, the same entries as a list and as a table), the compare page (two editions side by side),
// the entry form, a new edition, the import and export in Build Your Own Radar's CSV and JSON. One page
// or action per file. Leaders, coordinators and owners change the current edition; viewers read;
// earlier editions are read-only history for everybody.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/radar/radar.hpp"
#include "services/radar.hpp"
#include "web/access.hpp"
#include "web/context.hpp"
#include "web/forms.hpp"
#include "web/http.hpp"

namespace forkant::web::pages {

Response radar_current(Context& ctx);
Response radar_edition(Context& ctx);
Response radar_edition_create(Context& ctx);
Response radar_compare(Context& ctx);
Response radar_entry_new(Context& ctx);
Response radar_entry_create(Context& ctx);
Response radar_entry_edit(Context& ctx);
Response radar_entry_update(Context& ctx);
Response radar_entry_delete(Context& ctx);
Response radar_import_form(Context& ctx);
Response radar_import(Context& ctx);
Response radar_export_csv(Context& ctx);
Response radar_export_json(Context& ctx);

std::string radar_path(std::int64_t org_id);
std::string radar_edition_path(std::int64_t org_id, std::int64_t edition_id);
std::string radar_entry_path(std::int64_t org_id, std::int64_t entry_id);

std::string ring_label(const Context& ctx, Ring ring);
std::string movement_label(const Context& ctx, Movement movement);

// An edition as the radar page shows it: chart, list by quadrant, table; `chart_id` keeps two charts on
// one page apart.
nlohmann::json radar_view_json(Context& ctx, const RadarView& view, const std::string& chart_id);

// The edition page (current or history) with a message for the new-edition form.
Response radar_edition_page(Context& ctx, const OrgAccess& access, const std::optional<RadarEdition>& edition,
                            const std::string& edition_error, int status);

// The entry form with `draft` in it; `entry_id` set when editing.
Response radar_entry_form_page(Context& ctx, const OrgAccess& access, const RadarEdition& edition,
                               const RadarEntryDraft& draft, std::optional<std::int64_t> entry_id,
                               const std::string& error, int status);
// The entry named by {entry_id} with its edition, when that edition is the current one: an earlier
// edition's entries are history (409 radar_edition_history); another organisation's entry is 404.
struct CurrentRadarEntry {
  RadarEntry entry;
  RadarEdition edition;
};
Result<CurrentRadarEntry> current_radar_entry(Context& ctx, const OrgAccess& access);
// Reads the form; a date or choice that does not parse is refused, naming the field.
Status read_radar_entry_form(const Form& form, RadarEntryDraft& draft);

}  // namespace forkant::web::pages
