#pragma once
// The portfolio (domain/initiatives/portfolio.hpp) as CSV, one row per initiative in the portfolio's
// order, for people who work on in a spreadsheet and for programs. Columns, with machine names as values
// (the query values of the portfolio's filter; forums as routing.hpp names them):
//   id,title,phase,purposes,questions,assessed,tier,aia_level,forum,open_judgements,open_obligations,
//   needs_reassessment,data_readiness,readiness,risk_score,value
// purposes is "id:weight" separated by spaces, questions the numbers separated by spaces; an unknown
// figure (no assessment, no data sources, not rated) is an empty field, never 0. readiness figures have
// two decimals in the dialect's decimal mark. The title goes through csv_text_field (CSV injection).

#include <string>

#include "domain/initiatives/portfolio.hpp"
#include "formats/csv.hpp"

namespace forkant {

std::string portfolio_to_csv(const Portfolio& portfolio, CsvDialect dialect);

}  // namespace forkant
