// The JSON shapes of decisions, goals and steps, and the reader of a decision's content, shared by the
// decision, goal, step and meeting resources.
#include "web/api/decisions_api.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json opt_date(const std::optional<Date>& d) {
  return d ? nlohmann::json(format_iso_date(*d)) : nlohmann::json(nullptr);
}

template <typename T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

Status read_questions(const nlohmann::json* value, std::set<int>& out) {
  if (!value) return ok_status();
  if (!value->is_array()) return wrong_type("questions");
  out.clear();
  for (const auto& q : *value) {
    auto n = integer_value<int>(q, "questions");
    if (!n) return n.error();
    out.insert(*n);  // the domain's rule refuses numbers outside 1..10 (unknown_question)
  }
  return ok_status();
}

Status read_purposes(const nlohmann::json* value, std::vector<std::string>& out) {
  if (!value) return ok_status();
  if (!value->is_array()) return wrong_type("purposes");
  out.clear();
  for (const auto& p : *value) {
    if (!p.is_string()) return wrong_type("purposes");
    out.push_back(p.get<std::string>());
  }
  return ok_status();
}

}  // namespace

nlohmann::json draft_to_json(const DecisionDraft& d) {
  return {{"kind", std::string{to_string(d.kind)}},
          {"title", d.title},
          {"rationale", d.rationale},
          {"alternatives", d.alternatives},
          {"questions", d.questions},
          {"purposes", d.purposes},
          {"owner_id", d.owner_user_id},
          {"body", d.body},
          {"decided_on", format_iso_date(d.decided_on)},
          {"review_on", opt_date(d.review_on)},
          {"round_id", opt(d.round_id)},
          {"goal_id", opt(d.goal_id)}};
}

nlohmann::json decision_to_json(const Decision& d) {
  nlohmann::json out = draft_to_json(d.content);
  out["id"] = d.id;
  out["org_id"] = d.org_id;
  out["version"] = d.version;
  out["supersedes_id"] = opt(d.supersedes_id);
  out["superseded_by_id"] = opt(d.superseded_by_id);
  out["reviewed_on"] = opt_date(d.reviewed_on);
  return out;
}

nlohmann::json goal_to_json(const Goal& g) {
  return {{"id", g.id},
          {"org_id", g.org_id},
          {"title", g.title},
          {"description", g.description},
          {"questions", g.questions},
          {"horizon", format_iso_date(g.horizon)},
          {"version", g.version}};
}

nlohmann::json step_to_json(const Step& s, Date today) {
  nlohmann::json evaluation = nullptr;
  if (s.evaluation) {
    evaluation = {
        {"result", s.evaluation->result},
        {"learned", s.evaluation->learned},
        {"verdict", s.evaluation->verdict ? nlohmann::json(std::string{to_string(*s.evaluation->verdict)})
                                          : nlohmann::json(nullptr)},
        {"evaluated_on", format_iso_date(s.evaluation->evaluated_on)}};
  }
  return {{"id", s.id},
          {"goal_id", s.goal_id},
          {"hypothesis", s.hypothesis},
          {"success_criterion", s.success_criterion},
          {"owner_id", s.owner_user_id},
          {"due_on", format_iso_date(s.due_on)},
          {"status", std::string{to_string(s.status)}},
          {"overdue", is_overdue(s, today)},
          {"evaluation", evaluation},
          {"drop_reason", s.drop_reason},
          {"version", s.version}};
}

Result<std::optional<Date>> read_date(FieldReader& f, const std::string& name, bool required) {
  const auto text = f.string(name, required);
  if (!text) return std::optional<Date>{};
  const auto date = parse_iso_date(*text);
  if (!date) return Error::invalid("invalid_date", "error.invalid_date", {{"field", name}});
  return std::optional<Date>{*date};
}

Result<DecisionDraft> read_draft(const nlohmann::json& object, DecisionDraft d, bool require_all) {
  FieldReader f(object);
  const auto kind = f.string("kind", require_all);
  if (auto v = f.string("title", require_all)) d.title = *v;
  if (auto v = f.string("rationale", require_all)) d.rationale = *v;
  if (auto v = f.string("alternatives", false)) d.alternatives = *v;
  const auto* questions = f.any("questions", require_all);
  const auto* purposes = f.any("purposes", false);
  if (auto v = f.integer("owner_id", require_all)) d.owner_user_id = *v;
  if (auto v = f.string("body", require_all)) d.body = *v;
  auto decided_on = read_date(f, "decided_on", require_all && !d.decided_on.ok());
  auto review_on = read_date(f, "review_on", false);
  // null clears an optional link; absence keeps it.
  const bool has_round = object.contains("round_id");
  const bool has_goal = object.contains("goal_id");
  const auto round_id = f.integer("round_id", false);
  const auto goal_id = f.integer("goal_id", false);
  if (auto e = f.finish()) return *e;
  if (auto s = read_questions(questions, d.questions); !s) return s.error();
  if (auto s = read_purposes(purposes, d.purposes); !s) return s.error();
  if (kind) {
    const auto k = decision_kind_from_string(*kind);
    if (!k) return Error::invalid("unknown_kind", "error.unknown_kind", {{"kind", *kind}});
    d.kind = *k;
  }
  if (!decided_on) return decided_on.error();
  if (!review_on) return review_on.error();
  if (*decided_on) d.decided_on = **decided_on;
  if (object.contains("review_on")) d.review_on = *review_on;
  if (has_round) d.round_id = round_id;
  if (has_goal) d.goal_id = goal_id;
  return d;
}

}  // namespace forkant::web::api
