#include "storage/sql/column_codecs.hpp"

#include <sstream>

namespace forkant::sql {

Date day_of(const std::string& text) {
  const auto date = parse_iso_date(text);
  if (!date) throw DatabaseError("stored date does not parse: " + text);
  return *date;
}

std::optional<Date> opt_day(const Statement& st, int col) {
  const auto text = st.opt_text(col);
  if (!text) return std::nullopt;
  return day_of(*text);
}

std::optional<std::string> opt_iso(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return format_iso_date(*date);
}

std::string join_questions(const std::set<int>& questions) {
  std::string out;
  for (const int q : questions) out += (out.empty() ? "" : ",") + std::to_string(q);
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

std::string join_list(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ",") + p;
  return out;
}

std::set<int> questions_of(const std::string& text) {
  std::set<int> out;
  for (const auto& part : split(text)) out.insert(std::stoi(part));
  return out;
}

// Binds the twelve content columns at ?first .. ?first+11.

}  // namespace forkant::sql
