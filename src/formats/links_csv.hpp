#pragma once
// The private respondent links of one group as CSV, for a mail merge: a header row "group,link" and one
// row per link, CRLF line ends. The group is named as people read it (its label, not its code); it is
// text a coordinator typed and goes through csv_text_field
// (CSV injection); so does the link, which begins with the site's address.

#include <string>
#include <string_view>
#include <vector>

#include "formats/csv.hpp"

namespace forkant {

std::string links_to_csv(std::string_view group, const std::vector<std::string>& links, CsvDialect dialect);

}  // namespace forkant
