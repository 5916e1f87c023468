// forkant assessment import FILE --db DB --org ORG: a SurveyJS questionnaire (Canada's AIA) into the
// organisation's library, as the library page imports it. A refused file is named with the element's
// path and the reason; exit 1, nothing stored.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {

int assessment_import(const std::string& db, const std::string& org, const std::string& file,
                      const std::string& version) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "forkant assessment import: cannot read " << file << "\n";
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  Environment env(db);
  std::optional<std::int64_t> org_id;
  if (const auto by_name = env.orgs.find_by_name(org)) org_id = by_name->id;
  if (!org_id && !org.empty() && org.find_first_not_of("0123456789") == std::string::npos &&
      org.size() < 18) {
    if (env.orgs.find(std::stoll(org))) org_id = std::stoll(org);
  }
  if (!org_id) {
    std::cerr << "forkant assessment import: no organisation " << org << "\n";
    return 1;
  }
  auto id = env.impact.import_questionnaire(*org_id, 0, text.str(), version);
  if (!id) {
    std::cerr << file << ": " << id.error().code;
    const auto& p = id.error().params;
    if (p.count("path")) std::cerr << " at " << p.at("path");
    if (p.count("reason")) std::cerr << ": " << p.at("reason");
    for (const auto& [k, v] : p) {
      if (k != "path" && k != "reason") std::cerr << " " << k << "=" << v;
    }
    std::cerr << "\n";
    return 1;
  }
  const auto q = env.impact.find_questionnaire(*id);
  std::cout << file << ": imported as " << q->kind << " version " << q->version << " (id " << *id
            << ", sha256 " << q->sha256 << ") into organisation " << *org_id << "\n";
  return 0;
}

}  // namespace forkant::cli
