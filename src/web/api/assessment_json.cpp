#include "web/api/assessment_json.hpp"

#include "render/format.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json text(const FrameworkText& t) {
  return {{"da", t.da}, {"en", t.en}};
}

nlohmann::json time_or_null(const std::optional<std::int64_t>& t) {
  return t ? nlohmann::json(format_timestamp(*t)) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json framework_summary_json(const Framework& fw) {
  return {{"id", fw.id},
          {"version", fw.version},
          {"title", text(fw.title)},
          {"dimensions", fw.dimensions.size()}};
}

nlohmann::json framework_to_json(const Framework& fw) {
  nlohmann::json dims = nlohmann::json::array();
  for (const auto& d : fw.dimensions) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : d.items)
      items.push_back({{"id", i.id}, {"kind", item_kind_name(i.kind)}, {"text", text(i.text)}});
    dims.push_back({{"id", d.id},
                    {"number", d.number},
                    {"title", text(d.title)},
                    {"question", text(d.question)},
                    {"items", items}});
  }
  nlohmann::json purposes = nlohmann::json::array();
  for (const auto& p : fw.purposes) purposes.push_back({{"id", p.id}, {"label", text(p.label)}});
  return {{"id", fw.id},
          {"version", fw.version},
          {"title", text(fw.title)},
          {"description", text(fw.description)},
          {"source", text(fw.source)},
          {"dimensions", dims},
          {"purposes", purposes},
          {"purpose_dimension", fw.purpose_dimension_id.empty() ? nlohmann::json(nullptr)
                                                                : nlohmann::json(fw.purpose_dimension_id)}};
}

nlohmann::json round_to_json(const RoundRow& r, const std::vector<GroupCount>& counts) {
  nlohmann::json c = nlohmann::json::array();
  for (const auto& g : counts) {
    c.push_back({{"group", g.group},
                 {"invited", g.invited},
                 {"started", g.started},
                 {"submitted", g.submitted},
                 {"entered_by_hand", g.by_hand}});
  }
  return {{"id", r.id},
          {"org_id", r.org_id},
          {"title", r.title},
          {"framework", r.framework_key},
          {"framework_version", r.framework_version},
          {"state", round_state_name(r.state)},
          {"min_respondents", r.k},
          {"groups", r.groups},
          {"top_group", r.top_group.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.top_group)},
          {"created_at", format_timestamp(r.created_at)},
          {"opened_at", time_or_null(r.opened_at)},
          {"closed_at", time_or_null(r.closed_at)},
          {"responses", c}};
}

}  // namespace forkant::web::api
