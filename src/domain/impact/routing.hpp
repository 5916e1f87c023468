#pragma once
// Grey-zone routing (question 2: who should judge the grey zones, and how?). Each finding names the forum
// that must judge it; the highest forum any finding names decides, obligations add up, and the result
// says which finding put each there. The table is data per organisation, with a default
// (frameworks/impact/routing-default.toml, formats/screening_toml.hpp).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/impact/finding.hpp"
#include "domain/result.hpp"

namespace forkant {

// Ordered from the lowest to the highest: a higher forum's judgement covers the lower ones'.
enum class Forum { fagchef, dpo, jurist, direktion, dataetisk_udvalg, oekonomiudvalget, kommunalbestyrelsen };

// "fagchef", "dpo", "jurist", "direktion", "dataetisk_udvalg", "oekonomiudvalget", "kommunalbestyrelsen".
std::string_view to_string(Forum forum);
std::optional<Forum> forum_from_string(std::string_view name);

struct RoutingTable {
  std::map<std::string, Forum> forum_of;  // finding key -> forum
  Forum unrouted = Forum::direktion;      // a finding the table does not name
  bool operator==(const RoutingTable&) const = default;
};

struct RoutedObligation {
  Obligation obligation;
  std::vector<std::string> because_of;  // the finding keys that brought it, in finding order
  bool operator==(const RoutedObligation&) const = default;
};

struct Routing {
  std::optional<Forum> forum;                 // none when nothing was found: no judgement needed
  std::vector<std::string> forum_because;     // the finding keys naming that forum
  std::map<std::string, Forum> each;          // every finding key -> the forum the table names for it
  std::vector<RoutedObligation> obligations;  // each obligation once (by id), in order of first finding
  bool operator==(const Routing&) const = default;
};

Routing route(const std::vector<Finding>& findings, const RoutingTable& table);

}  // namespace forkant
