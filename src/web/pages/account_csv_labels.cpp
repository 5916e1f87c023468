#include "web/pages/account_csv_labels.hpp"

#include "web/pages/decisions_pages.hpp"

namespace forkant::web::pages {

AccountCsvLabels account_csv_labels(Context& ctx) {
  AccountCsvLabels labels;
  const char* columns[] = {"question",     "kind", "date",          "id",   "title",  "rationale",
                           "alternatives", "body", "superseded_by", "goal", "result", "learned",
                           "verdict"};
  for (std::size_t i = 0; i < labels.columns.size(); ++i)
    labels.columns.at(i) = ctx.t(std::string("account.csv.") + columns[i]);
  labels.decided = kind_label(ctx, DecisionKind::decided);
  labels.deselected = kind_label(ctx, DecisionKind::deselected);
  labels.postponed = kind_label(ctx, DecisionKind::postponed);
  labels.lesson = ctx.t("account.csv.lesson");
  for (int q = 1; q <= 10; ++q) labels.questions[q] = question_label(ctx, q);
  for (const Verdict v : {Verdict::continue_, Verdict::adjust, Verdict::stop})
    labels.verdicts[v] = ctx.t("verdict." + std::string{to_string(v)});
  return labels;
}

CsvDialect csv_dialect_for(const Context& ctx) {
  return ctx.lang == "da" ? CsvDialect::danish_excel : CsvDialect::standard;
}

}  // namespace forkant::web::pages
