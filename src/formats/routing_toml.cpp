// The routing half of formats/screening_toml.hpp: an organisation's routing table as TOML.

#include <fmt/format.h>

#include "formats/impact_toml_reader.hpp"
#include "formats/screening_toml.hpp"

namespace forkant {

Result<RoutingTable> read_routing_toml(std::string_view text) {
  auto parsed = impact_toml::parse(text);
  if (parsed.problem) return impact_toml::to_error(*parsed.problem);
  const toml::table& root = *parsed.root;
  impact_toml::Reader reader;
  reader.allow_keys(root, {"unrouted", "forum_of"});
  RoutingTable table;
  auto forum = [&](const toml::node& node, const std::string& key) -> std::optional<Forum> {
    const auto* value = node.as_string();
    if (!value) {
      reader.problem(impact_toml::line_of(node), "wrong_type", {{"key", key}, {"expected", "string"}});
      return std::nullopt;
    }
    auto known = forum_from_string(value->get());
    if (!known) {
      reader.problem(impact_toml::line_of(node), "unknown_forum",
                     {{"forum", impact_toml::unshield(value->get())}});
    }
    return known;
  };
  if (const toml::node* unrouted = root.get("unrouted")) {
    if (auto f = forum(*unrouted, "unrouted")) table.unrouted = *f;
  }
  if (const toml::node* node = root.get("forum_of")) {
    if (const toml::table* forums = node->as_table()) {
      for (const auto& [key, value] : *forums) {
        const std::string finding = impact_toml::unshield(key.str());
        if (!impact_toml::is_valid_id(finding))
          reader.problem(impact_toml::line_of(value), "bad_id", {{"id", finding}});
        if (auto f = forum(value, finding)) table.forum_of[finding] = *f;
      }
    } else {
      reader.problem(impact_toml::line_of(*node), "wrong_type", {{"key", "forum_of"}, {"expected", "table"}});
    }
  } else {
    reader.problem(1, "missing", {{"key", "forum_of"}});
  }
  if (Status status = reader.status(); !status.ok()) return status.error();
  return table;
}

// Keys are valid ids (the reader refuses others), so they need no quoting.
std::string write_routing_toml(const RoutingTable& table) {
  std::string out = fmt::format("unrouted = \"{}\"\n\n[forum_of]\n", to_string(table.unrouted));
  for (const auto& [key, forum] : table.forum_of) out += fmt::format("{} = \"{}\"\n", key, to_string(forum));
  return out;
}

}  // namespace forkant
