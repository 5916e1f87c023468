#pragma once
// The labels of the report of choices and decisions not to pursue as CSV, in the reader's language, and
// the dialect that goes with the language (as results.csv: Danish Excel in Danish).

#include "formats/account_csv.hpp"
#include "formats/csv.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

AccountCsvLabels account_csv_labels(Context& ctx);
CsvDialect csv_dialect_for(const Context& ctx);

}  // namespace forkant::web::pages
