#include "formats/portfolio_csv.hpp"

#include <fmt/format.h>

#include <optional>
#include <vector>

namespace forkant {
namespace {

std::string decimal(std::optional<double> value, char mark) {
  if (!value) return "";
  std::string text = fmt::format("{:.2f}", *value);
  for (char& c : text)
    if (c == '.') c = mark;
  return text;
}

std::string joined_purposes(const std::vector<PurposeWeight>& purposes) {
  std::string out;
  for (const auto& p : purposes) {
    if (!out.empty()) out += ' ';
    out += p.purpose_id + ":" + std::to_string(p.weight);
  }
  return out;
}

std::string joined_questions(const std::set<int>& questions) {
  std::string out;
  for (const int q : questions) {
    if (!out.empty()) out += ' ';
    out += std::to_string(q);
  }
  return out;
}

}  // namespace

std::string portfolio_to_csv(const Portfolio& portfolio, CsvDialect dialect) {
  const char sep = csv_separator(dialect);
  const char mark = dialect == CsvDialect::danish_excel ? ',' : '.';
  std::string out{csv_preamble(dialect)};
  const auto row = [&](const std::vector<std::string>& fields) { append_csv_record(out, fields, sep); };
  row({"id", "title", "phase", "purposes", "questions", "assessed", "tier", "aia_level", "forum",
       "open_judgements", "open_obligations", "needs_reassessment", "data_readiness", "readiness",
       "risk_score", "value"});
  for (const auto& r : portfolio.rows) {
    const auto& s = r.summary;
    const auto& c = r.initiative.content;
    row({std::to_string(r.initiative.id), csv_text_field(c.title, sep),
         std::string{to_string(r.initiative.phase)}, csv_field(joined_purposes(c.purposes), sep),
         csv_field(joined_questions(c.questions), sep), s.assessed ? "1" : "0",
         s.assessed ? std::string{to_string(s.tier)} : "", s.aia_level ? std::to_string(*s.aia_level) : "",
         s.forum ? std::string{to_string(*s.forum)} : "", std::to_string(s.open_judgements),
         std::to_string(s.open_obligations), s.needs_reassessment ? "1" : "0",
         csv_field(decimal(data_readiness(c), mark), sep), csv_field(decimal(r.readiness, mark), sep),
         r.risk ? std::to_string(*r.risk) : "", r.value ? std::to_string(*r.value) : ""});
  }
  return out;
}

}  // namespace forkant
