#pragma once
// The competence matrix (domain/competence/) as CSV and JSON, for people who work on in a spreadsheet and
// for programs (GET /orgs/{org_id}/competencies.csv|.json and GET /api/v1/orgs/{org_id}/competencies).
//
// CSV: one row per recorded cell, in the gap ranking's order (gaps first by rank, then the cells without
// a gap by competence, role and sector). Columns, machine names as values:
//   rank,competence,legal_duty,role,sector,current_level,needed_level,gap,route,owner_user_id,due_on,
//   step_id,note
// rank is empty for a cell without a gap; sector is empty for every sector; legal_duty is 1 for the AI
// Act's Art. 4 row. Names and notes go through csv_text_field (CSV injection).
//
// JSON: {"roles": [codes, most senior first], "levels": {"min", "max"},
//   "competencies": [{"id", "name", "description", "builtin" (null or "ai_act_art4"), "legal_duty",
//                     "in_force" (the duty's date, or null)}],
//   "sectors": [{"id", "name"}],
//   "cells": [{"id", "competence_id", "role", "sector_id" (null: every sector), "current_level",
//              "needed_level", "gap", "route", "owner_user_id", "due_on", "note", "step_id", "version"}],
//   "gaps": [{"rank", "cell_id", "size", "legal_duty", "overdue", "has_step"}]}

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/competence/competence.hpp"
#include "domain/competence/gap_ranking.hpp"
#include "formats/csv.hpp"

namespace forkant {

struct CompetenceExport {
  std::vector<Competence> competencies;
  std::vector<Sector> sectors;
  std::vector<CompetenceCell> cells;
  Date today{};
};

std::string competence_to_csv(const CompetenceExport& matrix, CsvDialect dialect);
nlohmann::json competence_to_json(const CompetenceExport& matrix);
// One cell as the JSON above.
nlohmann::json competence_cell_to_json(const CompetenceCell& cell);

}  // namespace forkant
