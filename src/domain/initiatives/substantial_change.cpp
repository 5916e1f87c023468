#include "domain/initiatives/substantial_change.hpp"

#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace forkant {
namespace {

std::map<std::string, int> weights(const std::vector<PurposeWeight>& purposes) {
  std::map<std::string, int> out;
  for (const auto& p : purposes) out[p.purpose_id] = p.weight;
  return out;
}

bool purposes_material(const std::vector<PurposeWeight>& before, const std::vector<PurposeWeight>& after) {
  const auto a = weights(before);
  const auto b = weights(after);
  if (a.size() != b.size()) return true;
  for (const auto& [id, weight] : a) {
    const auto it = b.find(id);
    if (it == b.end() || std::abs(it->second - weight) >= kMaterialWeightShift) return true;
  }
  return false;
}

// The order of a list and the wording around its items do not change what is processed.
std::set<std::string> systems(const std::vector<DataSource>& sources) {
  std::set<std::string> out;
  for (const auto& s : sources) out.insert(s.system);
  return out;
}

std::set<std::pair<std::string, PartnerKind>> partners(const std::vector<Partner>& list) {
  std::set<std::pair<std::string, PartnerKind>> out;
  for (const auto& p : list) out.emplace(p.name, p.kind);
  return out;
}

}  // namespace

std::vector<InitiativeField> substantial_changes(const InitiativeDraft& a, const InitiativeDraft& b) {
  std::vector<InitiativeField> out;
  if (purposes_material(a.purposes, b.purposes)) out.push_back(InitiativeField::purposes);
  if (a.technologies != b.technologies) out.push_back(InitiativeField::technologies);
  if (std::set<std::string>(a.data_types.begin(), a.data_types.end()) !=
      std::set<std::string>(b.data_types.begin(), b.data_types.end())) {
    out.push_back(InitiativeField::data_types);
  }
  if (a.personal_data != b.personal_data) out.push_back(InitiativeField::personal_data);
  if (a.special_categories != b.special_categories) out.push_back(InitiativeField::special_categories);
  if (systems(a.data_sources) != systems(b.data_sources)) out.push_back(InitiativeField::data_sources);
  if (partners(a.partners) != partners(b.partners)) out.push_back(InitiativeField::partners);
  return out;
}

}  // namespace forkant
