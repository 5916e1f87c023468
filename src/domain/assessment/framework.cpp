#include "domain/assessment/framework.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace forkant {
namespace {

constexpr std::array<std::pair<ItemKind, std::string_view>, 4> kKindNames{{
    {ItemKind::statement, "statement"},
    {ItemKind::position, "position"},
    {ItemKind::importance, "importance"},
    {ItemKind::comment, "comment"},
}};

template <typename T>
const T* find_by_id(const std::vector<T>& xs, std::string_view id) {
  auto it = std::find_if(xs.begin(), xs.end(), [&](const T& x) { return x.id == id; });
  return it == xs.end() ? nullptr : &*it;
}

}  // namespace

std::string_view item_kind_name(ItemKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "statement";  // unreachable: every enumerator is listed above
}

std::optional<ItemKind> item_kind_from_name(std::string_view name) {
  for (const auto& [k, n] : kKindNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

const Item* Dimension::item_of_kind(ItemKind kind) const {
  auto it = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.kind == kind; });
  return it == items.end() ? nullptr : &*it;
}

const Dimension* Framework::find_dimension(std::string_view id) const {
  return find_by_id(dimensions, id);
}

const Item* Framework::find_item(std::string_view id) const {
  const Dimension* d = dimension_of_item(id);
  return d ? find_by_id(d->items, id) : nullptr;
}

const Dimension* Framework::dimension_of_item(std::string_view item_id) const {
  for (const Dimension& d : dimensions) {
    if (find_by_id(d.items, item_id)) return &d;
  }
  return nullptr;
}

const Purpose* Framework::find_purpose(std::string_view id) const {
  return find_by_id(purposes, id);
}

}  // namespace forkant
