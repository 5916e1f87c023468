#include "formats/competence_export.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace forkant {
namespace {

nlohmann::json opt(const std::optional<std::int64_t>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json competence_cell_to_json(const CompetenceCell& c) {
  return {{"id", c.id},
          {"competence_id", c.competence_id},
          {"role", std::string(to_string(c.role))},
          {"sector_id", opt(c.sector_id)},
          {"current_level", c.current_level},
          {"needed_level", c.needed_level},
          {"gap", gap_size(c)},
          {"route", c.route ? nlohmann::json(std::string(to_string(*c.route))) : nlohmann::json(nullptr)},
          {"owner_user_id", opt(c.owner_user_id)},
          {"due_on", c.due_on ? nlohmann::json(format_iso_date(*c.due_on)) : nlohmann::json(nullptr)},
          {"note", c.note},
          {"step_id", opt(c.step_id)},
          {"version", c.version}};
}

nlohmann::json competence_to_json(const CompetenceExport& m) {
  nlohmann::json roles = nlohmann::json::array();
  for (const auto r : kCompetenceRoles) roles.push_back(std::string(to_string(r)));
  nlohmann::json competencies = nlohmann::json::array();
  for (const auto& c : m.competencies) {
    competencies.push_back(
        {{"id", c.id},
         {"name", c.name},
         {"description", c.description},
         {"builtin", c.builtin.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.builtin)},
         {"legal_duty", c.legal_duty()},
         {"in_force",
          c.legal_duty() ? nlohmann::json(format_iso_date(kAiLiteracy.in_force)) : nlohmann::json(nullptr)}});
  }
  nlohmann::json sectors = nlohmann::json::array();
  for (const auto& s : m.sectors) sectors.push_back({{"id", s.id}, {"name", s.name}});
  nlohmann::json cells = nlohmann::json::array();
  for (const auto& c : m.cells) cells.push_back(competence_cell_to_json(c));
  nlohmann::json gaps = nlohmann::json::array();
  for (const auto& g : rank_gaps(m.competencies, m.sectors, m.cells, m.today)) {
    gaps.push_back({{"rank", g.rank},
                    {"cell_id", g.cell.id},
                    {"size", g.size},
                    {"legal_duty", g.legal_duty},
                    {"overdue", g.overdue},
                    {"has_step", g.has_step()}});
  }
  return {{"roles", roles},
          {"levels", {{"min", kMinCompetenceLevel}, {"max", kMaxCompetenceLevel}}},
          {"competencies", competencies},
          {"sectors", sectors},
          {"cells", cells},
          {"gaps", gaps}};
}

std::string competence_to_csv(const CompetenceExport& m, CsvDialect dialect) {
  const char sep = csv_separator(dialect);
  std::string out{csv_preamble(dialect)};
  const auto row = [&](const std::vector<std::string>& fields) { append_csv_record(out, fields, sep); };
  row({"rank", "competence", "legal_duty", "role", "sector", "current_level", "needed_level", "gap", "route",
       "owner_user_id", "due_on", "step_id", "note"});
  std::map<std::int64_t, const Competence*> competence_by_id;
  for (const auto& c : m.competencies) competence_by_id[c.id] = &c;
  std::map<std::int64_t, std::string> sector_name;
  for (const auto& s : m.sectors) sector_name[s.id] = s.name;

  const auto ranked = rank_gaps(m.competencies, m.sectors, m.cells, m.today);
  std::vector<std::pair<int, const CompetenceCell*>> order;  // (rank or 0, cell)
  order.reserve(m.cells.size());
  std::set<std::int64_t> gap_ids;
  for (const auto& g : ranked) gap_ids.insert(g.cell.id);
  for (const auto& g : ranked) order.emplace_back(g.rank, &g.cell);
  std::vector<const CompetenceCell*> rest;
  for (const auto& c : m.cells) {
    if (!gap_ids.contains(c.id) && competence_by_id.contains(c.competence_id) &&
        (!c.sector_id || sector_name.contains(*c.sector_id))) {
      rest.push_back(&c);
    }
  }
  std::stable_sort(rest.begin(), rest.end(), [&](const CompetenceCell* a, const CompetenceCell* b) {
    const auto key = [&](const CompetenceCell* c) {
      return std::make_tuple(!competence_by_id.at(c->competence_id)->legal_duty(),
                             name_key(competence_by_id.at(c->competence_id)->name), static_cast<int>(c->role),
                             c->sector_id.has_value(),
                             c->sector_id ? name_key(sector_name.at(*c->sector_id)) : "", c->id);
    };
    return key(a) < key(b);
  });
  for (const auto* c : rest) order.emplace_back(0, c);

  for (const auto& [rank, c] : order) {
    const auto* competence = competence_by_id.at(c->competence_id);
    row({rank > 0 ? std::to_string(rank) : "", csv_text_field(competence->name, sep),
         competence->legal_duty() ? "1" : "0", std::string(to_string(c->role)),
         c->sector_id ? csv_text_field(sector_name.at(*c->sector_id), sep) : "",
         std::to_string(c->current_level), std::to_string(c->needed_level), std::to_string(gap_size(*c)),
         c->route ? std::string(to_string(*c->route)) : "",
         c->owner_user_id ? std::to_string(*c->owner_user_id) : "",
         c->due_on ? format_iso_date(*c->due_on) : "", c->step_id ? std::to_string(*c->step_id) : "",
         csv_text_field(c->note, sep)});
  }
  return out;
}

}  // namespace forkant
