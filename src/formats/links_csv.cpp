#include "formats/links_csv.hpp"

namespace forkant {

std::string links_to_csv(std::string_view group, const std::vector<std::string>& links, CsvDialect dialect) {
  const char sep = csv_separator(dialect);
  std::string csv(csv_preamble(dialect));
  csv += std::string("group") + sep + "link\r\n";
  const std::string group_field = csv_text_field(group, sep);
  for (const auto& link : links) csv += group_field + sep + csv_text_field(link, sep) + "\r\n";
  return csv;
}

}  // namespace forkant
