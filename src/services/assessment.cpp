#include "services/assessment.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "domain/date.hpp"
#include "domain/utf8.hpp"
#include "formats/framework_toml.hpp"
#include "formats/response_csv.hpp"
#include "services/secrets.hpp"

namespace forkant {

std::string_view round_state_name(RoundState s) {
  switch (s) {
    case RoundState::draft:
      return "draft";
    case RoundState::open:
      return "open";
    case RoundState::closed:
      return "closed";
  }
  return "draft";
}

namespace {

Status validate_group_name(const std::string& g) {
  if (g.empty() || g.size() > 40 || !is_valid_utf8(g)) {
    return Error::invalid("invalid_group", "error.invalid_group", {{"group", g}});
  }
  for (unsigned char c : g) {
    const bool ok = c >= 0x80 || std::isalnum(c) || c == '-' || c == '_' || c == ' ';
    if (!ok) return Error::invalid("invalid_group", "error.invalid_group", {{"group", g}});
  }
  return ok_status();
}

Error round_state_error(RoundState state) {
  if (state == RoundState::closed) return Error{ErrorKind::gone, "round_closed", "error.round_closed", {}};
  return Error::conflict("round_not_open", "error.round_not_open");
}

}  // namespace

std::string AssessmentService::today() const {
  return format_iso_date(utc_day(clock_.now()));
}

void AssessmentService::install_framework(const std::string& source, const std::string& name) {
  auto parsed = parse_framework(source, name);
  if (!parsed.ok()) throw std::runtime_error(format_problem(name, parsed.problems.front()));
  // Look and insert in one transaction: instances starting together on one database install it once
  // (SQLite: one writer; PostgreSQL: SERIALIZABLE, the loser is retried and then finds the row).
  tx_.transaction([&] {
    for (const auto& row : store_.frameworks()) {
      if (row.key == parsed.framework->id && row.version == parsed.framework->version) return;
    }
    store_.insert_framework(parsed.framework->id, parsed.framework->version, source, clock_.now());
  });
}

std::shared_ptr<const Framework> AssessmentService::framework(std::int64_t framework_id) {
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = frameworks_.find(framework_id); it != frameworks_.end()) return it->second;
  }
  const auto row = store_.framework_by_id(framework_id);
  if (!row) return nullptr;
  auto parsed = parse_framework(row->source, row->key);
  if (!parsed.ok()) throw std::runtime_error("stored framework " + row->key + " no longer parses");
  auto fw = std::make_shared<const Framework>(std::move(*parsed.framework));
  std::lock_guard lock(cache_mutex_);
  frameworks_[framework_id] = fw;
  return fw;
}

std::vector<std::shared_ptr<const Framework>> AssessmentService::frameworks() {
  std::vector<std::shared_ptr<const Framework>> out;
  for (const auto& row : store_.frameworks()) out.push_back(framework(row.id));
  return out;
}

std::shared_ptr<const Framework> AssessmentService::framework_by_key(std::string_view key) {
  std::optional<FrameworkRow> latest;
  for (const auto& row : store_.frameworks()) {
    if (row.key == key && (!latest || row.version > latest->version)) latest = row;
  }
  return latest ? framework(latest->id) : nullptr;
}

Status AssessmentService::validate_round_fields(const std::string& title,
                                                const std::vector<std::string>& groups, int k,
                                                int org_min_k) {
  if (title.find_first_not_of(" \t") == std::string::npos) {
    return Error::invalid("title_required", "error.title_required");
  }
  if (title.size() > 200 || !is_valid_utf8(title))
    return Error::invalid("title_too_long", "error.title_too_long", {{"max", "200"}});
  if (groups.empty()) return Error::invalid("groups_required", "error.groups_required");
  if (groups.size() > kMaxGroups) {
    return Error::invalid("too_many_groups", "error.too_many_groups", {{"max", std::to_string(kMaxGroups)}});
  }
  std::set<std::string> seen;
  for (const auto& g : groups) {
    if (auto s = validate_group_name(g); !s) return s.error();
    if (!seen.insert(g).second)
      return Error::invalid("duplicate_group", "error.duplicate_group", {{"group", g}});
  }
  const int floor = std::max(3, org_min_k);
  if (k < floor) {
    return Error::invalid("threshold_too_low", "error.threshold_too_low", {{"min", std::to_string(floor)}});
  }
  if (k > 1000) return Error::invalid("threshold_too_high", "error.threshold_too_high");
  return ok_status();
}

// Top management: named, it must be one of the round's groups; unnamed, direktion when present, else the
// first group (the groups are validated and not empty).
Result<std::string> AssessmentService::resolve_top_group(const std::string& requested,
                                                         const std::vector<std::string>& groups) {
  const auto has = [&](std::string_view g) {
    return std::find(groups.begin(), groups.end(), g) != groups.end();
  };
  // Surrounding white space is the form's, not the name's (pages and API alike).
  const auto first = requested.find_first_not_of(" \t\r\n");
  if (first == std::string::npos)
    return has(kDefaultTopGroup) ? std::string(kDefaultTopGroup) : groups.front();
  const std::string name = requested.substr(first, requested.find_last_not_of(" \t\r\n") - first + 1);
  if (!has(name)) return Error::invalid("unknown_top_group", "error.unknown_top_group", {{"group", name}});
  return name;
}

Result<std::int64_t> AssessmentService::create_round(std::int64_t org_id, int org_min_k, std::int64_t actor,
                                                     const NewRound& round) {
  if (round.title.find_first_not_of(" \t") == std::string::npos) {
    return Error::invalid("title_required", "error.title_required");
  }
  if (round.title.size() > 200 || !is_valid_utf8(round.title))
    return Error::invalid("title_too_long", "error.title_too_long", {{"max", "200"}});
  std::optional<FrameworkRow> fw;
  for (const auto& row : store_.frameworks()) {
    if (row.key == round.framework && (!fw || row.version > fw->version)) fw = row;
  }
  if (!fw)
    return Error::invalid("unknown_framework", "error.unknown_framework", {{"framework", round.framework}});
  if (auto s = validate_round_fields(round.title, round.groups, round.min_respondents, org_min_k); !s) {
    return s.error();
  }
  const Result<std::string> top_group = resolve_top_group(round.top_group, round.groups);
  if (!top_group) return top_group.error();
  std::int64_t id = 0;
  tx_.transaction([&] {
    id = store_.insert_round(org_id, round.title, fw->id, round.min_respondents, round.groups, *top_group,
                             clock_.now());
    audit_.append_audit({org_id, actor, "round.created", "round:" + std::to_string(id), round.title},
                        clock_.now());
  });
  return id;
}

Status AssessmentService::update_round(const RoundRow& round, int org_min_k, std::int64_t actor,
                                       const RoundEdit& edit) {
  const Error not_draft = Error::conflict("round_not_draft_edit", "error.round_not_draft_edit");
  if (round.state != RoundState::draft) return not_draft;
  if (auto s = validate_round_fields(edit.title, edit.groups, edit.min_respondents, org_min_k); !s) {
    return s.error();
  }
  const Result<std::string> top_group = resolve_top_group(edit.top_group, edit.groups);
  if (!top_group) return top_group.error();
  std::optional<Error> refused;
  tx_.transaction([&] {
    refused.reset();
    // A removed group must have no links (they would point at a group the round no longer has).
    for (const auto& c : store_.group_counts(round.id)) {
      const bool kept = std::find(edit.groups.begin(), edit.groups.end(), c.group) != edit.groups.end();
      if (!kept && c.invited + c.started + c.submitted > 0) {
        refused = Error::invalid("group_has_links", "error.group_has_links", {{"group", c.group}});
        return;
      }
    }
    if (!store_.update_draft_round(round.id, edit.title, edit.min_respondents, edit.groups, *top_group)) {
      refused = not_draft;
      return;
    }
    std::string detail = edit.title + " (k " + std::to_string(edit.min_respondents) + ";";
    for (const auto& g : edit.groups) detail += " " + g;
    audit_.append_audit(
        {round.org_id, actor, "round.edited", "round:" + std::to_string(round.id), detail + ")"},
        clock_.now());
  });
  if (refused) return *refused;
  return ok_status();
}

Status AssessmentService::delete_round(const RoundRow& round, std::int64_t actor) {
  const Error not_draft = Error::conflict("round_not_draft_delete", "error.round_not_draft_delete");
  if (round.state != RoundState::draft) return not_draft;
  RoundDeletion outcome = RoundDeletion::not_draft;
  tx_.transaction([&] {
    outcome = store_.delete_draft_round(round.id);
    if (outcome == RoundDeletion::deleted) {
      audit_.append_audit(
          {round.org_id, actor, "round.deleted", "round:" + std::to_string(round.id), round.title},
          clock_.now());
    }
  });
  if (outcome == RoundDeletion::not_draft) return not_draft;
  if (outcome == RoundDeletion::in_use) return Error::conflict("round_in_use", "error.round_in_use");
  return ok_status();
}

Status AssessmentService::open_round(const RoundRow& round, std::int64_t actor) {
  return move_round(round, RoundState::draft, RoundState::open, "round.opened",
                    Error::conflict("round_not_draft", "error.round_not_draft"), actor);
}

Status AssessmentService::close_round(const RoundRow& round, std::int64_t actor) {
  return move_round(round, RoundState::open, RoundState::closed, "round.closed",
                    Error::conflict("round_not_open", "error.round_not_open"), actor);
}

Status AssessmentService::move_round(const RoundRow& round, RoundState from, RoundState to,
                                     const char* action, Error refused, std::int64_t actor) {
  bool moved = false;
  tx_.transaction([&] {
    moved = store_.set_round_state(round.id, from, to, clock_.now());
    if (moved) {
      audit_.append_audit({round.org_id, actor, action, "round:" + std::to_string(round.id), ""},
                          clock_.now());
      if (to == RoundState::closed && close_hook_) close_hook_(round.id);
    }
  });
  if (!moved) return refused;
  return ok_status();
}

Result<std::vector<std::string>> AssessmentService::create_invitations(const RoundRow& round,
                                                                       const std::string& group, int count,
                                                                       std::int64_t actor) {
  if (round.state == RoundState::closed) return round_state_error(round.state);
  if (std::find(round.groups.begin(), round.groups.end(), group) == round.groups.end()) {
    return Error::invalid("unknown_group", "error.unknown_group", {{"group", group}});
  }
  if (count < 1 || count > kMaxInvitationsPerRequest) {
    return Error::invalid("invitation_count", "error.invitation_count",
                          {{"max", std::to_string(kMaxInvitationsPerRequest)}});
  }
  std::vector<std::string> tokens;
  tokens.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) tokens.push_back(random_token());
  std::optional<Error> refused;
  tx_.transaction([&] {
    refused.reset();
    // The state as it is now, in the write transaction: a round closed since it was loaded hands out
    // no more links.
    const auto now = store_.find_round(round.id);
    if (!now || now->state == RoundState::closed) {
      refused = round_state_error(RoundState::closed);
      return;
    }
    for (const auto& t : tokens) store_.insert_invitation(round.id, group, token_hash(t), clock_.now());
    audit_.append_audit({round.org_id, actor, "round.invitations_created",
                         "round:" + std::to_string(round.id), group + ": " + std::to_string(count)},
                        clock_.now());
  });
  if (refused) return *refused;
  return tokens;
}

Result<RespondentView> AssessmentService::view_of(const InvitationRecord& inv, bool answers) {
  if (inv.state == "submitted")
    return Error{ErrorKind::gone, "already_submitted", "error.already_submitted", {}};
  auto round = store_.find_round(inv.round_id);
  if (!round) return Error{ErrorKind::not_found, "unknown_token", "error.unknown_token", {}};
  if (round->state != RoundState::open) return round_state_error(round->state);
  RespondentView view{inv, *round, framework(round->framework_id),
                      answers ? store_.draft(inv.id).value_or(ResponseAnswers{}) : ResponseAnswers{}};
  return view;
}

Result<RespondentView> AssessmentService::open_link(std::string_view token, bool answers) {
  const auto inv = store_.find_invitation(token_hash(token));
  // A paper entry opens only for its coordinator, signed in (open_paper_entry), never by a token.
  if (!inv || inv->entered_by) return Error{ErrorKind::not_found, "unknown_token", "error.unknown_token", {}};
  return view_of(*inv, answers);
}

Result<RespondentView> AssessmentService::save_answers(std::string_view token, const AnswersPatch& patch,
                                                       bool submit) {
  return save_view([&] { return open_link(token); }, patch, submit);
}

Result<RespondentView> AssessmentService::save_view(const std::function<Result<RespondentView>()>& open,
                                                    const AnswersPatch& patch, bool submit) {
  std::optional<Error> error;
  std::optional<RespondentView> saved;
  // Check and write in one write transaction: two tabs submitting at once store exactly one response,
  // and a round closed a moment ago accepts nothing more.
  tx_.transaction([&] {
    // From scratch in each attempt: a backend may run this again (PostgreSQL, serialization failure).
    error.reset();
    saved.reset();
    auto view = open();
    if (!view) {
      error = view.error();
      return;
    }
    ResponseAnswers merged = merge_answers(view->answers, patch);
    const Status valid =
        submit ? validate_for_submit(*view->framework, merged) : validate_partial(*view->framework, merged);
    if (!valid) {
      error = valid.error();
      return;
    }
    if (submit) {
      store_.submit_response(view->invitation.id, view->round.id, view->invitation.group, merged, today(),
                             view->invitation.entered_by);
      if (view->invitation.entered_by) {
        audit_.append_audit({view->round.org_id, *view->invitation.entered_by, "round.paper_form_entered",
                             "round:" + std::to_string(view->round.id), view->invitation.group},
                            clock_.now());
      }
      view->invitation.state = "submitted";
    } else {
      store_.save_draft(view->invitation.id, merged);
      view->invitation.state = "started";
    }
    view->answers = std::move(merged);
    saved = std::move(*view);
  });
  if (error) return *error;
  return std::move(*saved);
}

Result<std::int64_t> AssessmentService::create_paper_entry(const RoundRow& round, const std::string& group,
                                                           std::int64_t actor) {
  if (round.state != RoundState::open) {
    return Error::conflict("paper_entry_not_open", "error.paper_entry_not_open");
  }
  if (std::find(round.groups.begin(), round.groups.end(), group) == round.groups.end()) {
    return Error::invalid("unknown_group", "error.unknown_group", {{"group", group}});
  }
  std::optional<Error> refused;
  std::int64_t id = 0;
  tx_.transaction([&] {
    refused.reset();
    id = 0;
    const auto now = store_.find_round(round.id);
    if (!now || now->state != RoundState::open) {
      refused = Error::conflict("paper_entry_not_open", "error.paper_entry_not_open");
      return;
    }
    // The token is never shown to anyone: the entry is found by its id and its coordinator.
    id = store_.insert_paper_entry(round.id, group, token_hash(random_token()), actor, clock_.now());
    audit_.append_audit(
        {round.org_id, actor, "round.paper_entry_started", "round:" + std::to_string(round.id), group},
        clock_.now());
  });
  if (refused) return *refused;
  return id;
}

Result<RespondentView> AssessmentService::open_paper_entry(const RoundRow& round, std::int64_t entry_id,
                                                           std::int64_t user) {
  const auto inv = store_.find_invitation_by_id(entry_id);
  if (!inv || inv->round_id != round.id || inv->entered_by != user) {
    return Error{ErrorKind::not_found, "unknown_token", "error.unknown_token", {}};
  }
  return view_of(*inv);
}

Result<RespondentView> AssessmentService::save_paper_entry(const RoundRow& round, std::int64_t entry_id,
                                                           std::int64_t user, const AnswersPatch& patch,
                                                           bool submit) {
  return save_view([&] { return open_paper_entry(round, entry_id, user); }, patch, submit);
}

Result<int> AssessmentService::import_csv(const RoundRow& round, std::string_view csv, std::int64_t actor) {
  if (round.state != RoundState::open) return round_state_error(round.state);
  const auto fw = framework(round.framework_id);
  auto rows = import_responses_csv(csv, *fw, round.groups);
  if (!rows) return rows.error();
  std::optional<Error> refused;
  tx_.transaction([&] {
    refused.reset();
    // As for a link's submission: a round closed since it was loaded accepts nothing more (its results
    // are computed once and kept).
    const auto now = store_.find_round(round.id);
    if (!now || now->state != RoundState::open) {
      refused = round_state_error(now ? now->state : RoundState::closed);
      return;
    }
    for (const auto& r : *rows) store_.insert_response(round.id, r.group, r.answers, today(), actor);
    audit_.append_audit({round.org_id, actor, "round.responses_imported", "round:" + std::to_string(round.id),
                         std::to_string(rows->size())},
                        clock_.now());
  });
  if (refused) return *refused;
  return static_cast<int>(rows->size());
}

Result<ComputedResults> AssessmentService::results(const RoundRow& round) {
  if (round.state != RoundState::closed) return Error::conflict("round_not_closed", "error.round_not_closed");
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = results_.find(round.id); it != results_.end()) return it->second;
  }
  ComputedResults out{round, framework(round.framework_id), nullptr, std::nullopt};
  RoundInput input{round.groups, store_.submitted_responses(round.id), round.k, round.top_group};
  // The previous closed round of any version: the domain uses it as a trend baseline only when it used the
  // same version, and the page says why there is no trend otherwise. Both read it from here.
  std::optional<PreviousRound> previous;
  out.previous = store_.previous_closed_round(round.org_id, round.framework_key, round.closed_at.value_or(0));
  if (out.previous) {
    out.trend_comparable = out.previous->framework_version == round.framework_version;
    previous = PreviousRound{out.previous->framework_key, out.previous->framework_version,
                             RoundInput{out.previous->groups, store_.submitted_responses(out.previous->id),
                                        out.previous->k, out.previous->top_group}};
  }
  out.results = std::make_shared<const RoundResults>(
      compute_results(*out.framework, input, previous ? &*previous : nullptr));
  std::lock_guard lock(cache_mutex_);
  results_.emplace(round.id, out);
  return out;
}

}  // namespace forkant
