#include "domain/impact/routing.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace forkant {
namespace {

constexpr std::array<std::pair<Forum, std::string_view>, 7> kForums{{
    {Forum::fagchef, "fagchef"},
    {Forum::dpo, "dpo"},
    {Forum::jurist, "jurist"},
    {Forum::direktion, "direktion"},
    {Forum::dataetisk_udvalg, "dataetisk_udvalg"},
    {Forum::oekonomiudvalget, "oekonomiudvalget"},
    {Forum::kommunalbestyrelsen, "kommunalbestyrelsen"},
}};

Forum forum_for(const std::string& key, const RoutingTable& table) {
  const auto it = table.forum_of.find(key);
  return it == table.forum_of.end() ? table.unrouted : it->second;
}

void add_obligations(const Finding& finding, std::vector<RoutedObligation>& out) {
  for (const Obligation& obligation : finding.obligations) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const RoutedObligation& o) { return o.obligation.id == obligation.id; });
    if (it == out.end()) {
      out.push_back({obligation, {finding.key}});
    } else if (std::find(it->because_of.begin(), it->because_of.end(), finding.key) == it->because_of.end()) {
      it->because_of.push_back(finding.key);
    }
  }
}

}  // namespace

std::string_view to_string(Forum forum) {
  for (const auto& [value, name] : kForums) {
    if (value == forum) return name;
  }
  return "direktion";  // unreachable: every enumerator is in the table
}

std::optional<Forum> forum_from_string(std::string_view name) {
  for (const auto& [value, known] : kForums) {
    if (known == name) return value;
  }
  return std::nullopt;
}

// The enum is declared lowest to highest, so the highest forum is the greatest value.
Routing route(const std::vector<Finding>& findings, const RoutingTable& table) {
  Routing routing;
  for (const Finding& finding : findings) {
    const Forum forum = forum_for(finding.key, table);
    routing.each[finding.key] = forum;
    if (!routing.forum || forum > *routing.forum) {
      routing.forum = forum;
      routing.forum_because.clear();
    }
    const bool listed = std::find(routing.forum_because.begin(), routing.forum_because.end(), finding.key) !=
                        routing.forum_because.end();
    if (forum == *routing.forum && !listed) routing.forum_because.push_back(finding.key);
    add_obligations(finding, routing.obligations);
  }
  return routing;
}

}  // namespace forkant
