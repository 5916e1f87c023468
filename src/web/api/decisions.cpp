// The decision register: list (with filters) and record per organisation; one decision with its history
// and notes; edit (a new version, against the version the editor saw), supersede, notes, reviewed.
#include "domain/decisions/decision_filter.hpp"
#include "web/api/decisions_api.hpp"
#include "web/app.hpp"
#include "web/respond.hpp"

namespace forkant::web::api {
namespace {

nlohmann::json opt_date(const std::optional<Date>& d) {
  return d ? nlohmann::json(format_iso_date(*d)) : nlohmann::json(nullptr);
}

template <typename T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

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

Response detail_response(Context& ctx, int status, std::int64_t decision_id) {
  auto& svc = *ctx.app.services().decisions;
  const auto detail = svc.detail(*svc.find_decision(decision_id));
  nlohmann::json out = decision_to_json(detail.decision);
  nlohmann::json history = nlohmann::json::array();
  for (std::size_t i = 0; i < detail.history.size(); ++i) {
    const auto& h = detail.history[i];
    nlohmann::json changed = nlohmann::json::array();
    for (const auto f : h.changed) changed.push_back(std::string{to_string(f)});
    history.push_back({{"version", h.version},
                       {"edited_by", h.edited_by},
                       {"edited_at", format_iso_date(h.edited_at)},
                       {"changed", changed},
                       {"content", draft_to_json(detail.versions[i].content)}});
  }
  nlohmann::json notes = nlohmann::json::array();
  for (const auto& n : detail.notes) {
    notes.push_back({{"id", n.id},
                     {"text", n.text},
                     {"author_id", n.author_user_id},
                     {"written_on", format_iso_date(n.written_on)}});
  }
  out["history"] = history;
  out["notes"] = notes;
  return json_response(status, out);
}

}  // namespace

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
          {"horizon", format_iso_date(g.horizon)}};
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
          {"drop_reason", s.drop_reason}};
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

Response list_decisions(Context& ctx) {
  const auto access = org_in_path(ctx, Role::viewer);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  const auto& q = ctx.query();
  // The same parser as the register page: the same filter, the same refusals.
  const auto filter = parse_decision_filter(
      {q.get("kind"), q.get("question"), q.get("owner"), q.get("body"), q.get("from"), q.get("to")});
  if (!filter) return error_response(ctx, filter.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : ctx.app.services().decisions->list_decisions(org_id, *filter))
    out.push_back(decision_to_json(d));
  return json_response(200, {{"decisions", out}});
}

Response create_decision(Context& ctx) {
  const auto access = org_in_path(ctx, Role::leader);
  if (!access) return error_response(ctx, access.error());
  const std::int64_t org_id = access->org_id;
  auto body = parse_json_object(ctx.req);
  if (!body) return error_response(ctx, body.error());
  auto draft = read_draft(*body, DecisionDraft{}, true);
  if (!draft) return error_response(ctx, draft.error());
  auto id = ctx.app.services().decisions->create_decision(org_id, ctx.user->id, *draft);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, *id);
}

Response get_decision(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::viewer);
  if (!decision) return error_response(ctx, decision.error());
  return detail_response(ctx, 200, decision->id);
}

Response edit_decision(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::leader);
  if (!decision) return error_response(ctx, decision.error());
  auto body = parse_json_object(ctx.req);
  if (!body) return error_response(ctx, body.error());
  if (!body->contains("version") || (*body)["version"].is_null()) {
    return error_response(
        ctx, Error{ErrorKind::malformed, "missing_field", "error.missing_field", {{"field", "version"}}});
  }
  const auto version = integer_value<int>((*body)["version"], "version");
  if (!version) return error_response(ctx, version.error());
  body->erase("version");
  // An edit sends the whole content or the fields it changes; the rest stays as it is.
  auto draft = read_draft(*body, decision->content, false);
  if (!draft) return error_response(ctx, draft.error());
  auto edited = ctx.app.services().decisions->edit_decision(*decision, ctx.user->id, *version, *draft);
  if (!edited) return error_response(ctx, edited.error());
  return detail_response(ctx, 200, decision->id);
}

Response supersede_decision(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::leader);
  if (!decision) return error_response(ctx, decision.error());
  auto body = parse_json_object(ctx.req);
  if (!body) return error_response(ctx, body.error());
  auto draft = read_draft(*body, DecisionDraft{}, true);
  if (!draft) return error_response(ctx, draft.error());
  auto id = ctx.app.services().decisions->supersede_decision(*decision, ctx.user->id, *draft);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, *id);
}

Response add_decision_note(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::leader);
  if (!decision) return error_response(ctx, decision.error());
  auto body = parse_json_object(ctx.req);
  if (!body) return error_response(ctx, body.error());
  FieldReader f(*body);
  const auto text = f.string("text");
  if (auto e = f.finish()) return error_response(ctx, *e);
  auto id = ctx.app.services().decisions->add_note(*decision, ctx.user->id, *text);
  if (!id) return error_response(ctx, id.error());
  return detail_response(ctx, 201, decision->id);
}

Response mark_decision_reviewed(Context& ctx) {
  auto decision = decision_in_path(ctx, Role::leader);
  if (!decision) return error_response(ctx, decision.error());
  if (auto s = ctx.app.services().decisions->mark_reviewed(*decision, ctx.user->id); !s) {
    return error_response(ctx, s.error());
  }
  return detail_response(ctx, 200, decision->id);
}

}  // namespace forkant::web::api
