#include "domain/decisions/decision_history.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "domain/decisions/field_check.hpp"

namespace forkant {
namespace {

constexpr std::array<std::string_view, 12> kFieldNames{"kind",       "title",     "rationale", "alternatives",
                                                       "questions",  "purposes",  "owner",     "body",
                                                       "decided_on", "review_on", "round",     "goal"};

Error already_superseded(const Decision& decision) {
  return Error::conflict("already_superseded", "error.already_superseded",
                         {{"successor", std::to_string(decision.superseded_by_id.value_or(0))}});
}

}  // namespace

DecisionVersion first_version(const Decision& decision, std::int64_t created_by, Date created_at) {
  return {decision.id, 1, decision.content, created_by, created_at};
}

Result<EditedDecision> apply_edit(const Decision& current, const DecisionEdit& edit,
                                  const ValidationContext& context) {
  if (current.is_superseded()) {
    return already_superseded(current);
  }
  if (edit.base_version != current.version) {
    return Error::conflict("stale_version", "error.stale_version",
                           {{"current", std::to_string(current.version)}});
  }
  if (auto status = validate(edit.content, context); !status) {
    return status.error();
  }
  if (edit.content == current.content) {
    return Error::invalid("no_changes", "error.no_changes");
  }

  EditedDecision result{current,
                        {current.id, current.version + 1, edit.content, edit.edited_by, edit.edited_at}};
  result.decision.content = edit.content;
  result.decision.version = current.version + 1;
  return result;
}

std::string_view to_string(DecisionField field) {
  return kFieldNames[static_cast<std::size_t>(field)];
}

std::vector<DecisionField> diff(const DecisionDraft& before, const DecisionDraft& after) {
  const std::array<bool, 12> changed{
      before.kind != after.kind,
      before.title != after.title,
      before.rationale != after.rationale,
      before.alternatives != after.alternatives,
      before.questions != after.questions,
      before.purposes != after.purposes,
      before.owner_user_id != after.owner_user_id,
      before.body != after.body,
      before.decided_on != after.decided_on,
      before.review_on != after.review_on,
      before.round_id != after.round_id,
      before.goal_id != after.goal_id,
  };
  std::vector<DecisionField> fields;
  for (std::size_t i = 0; i < changed.size(); ++i) {
    if (changed[i]) {
      fields.push_back(static_cast<DecisionField>(i));
    }
  }
  return fields;
}

std::vector<HistoryEntry> history(std::vector<DecisionVersion> versions) {
  std::sort(versions.begin(), versions.end(),
            [](const DecisionVersion& a, const DecisionVersion& b) { return a.version < b.version; });
  std::vector<HistoryEntry> entries;
  entries.reserve(versions.size());
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const auto& v = versions[i];
    entries.push_back({v.version, v.edited_by, v.edited_at,
                       i == 0 ? std::vector<DecisionField>{} : diff(versions[i - 1].content, v.content)});
  }
  return entries;
}

Result<Supersession> supersede(const Decision& old_decision, const Decision& successor) {
  if (old_decision.id == successor.id) {
    return Error::invalid("supersede_self", "error.supersede_self");
  }
  if (old_decision.org_id != successor.org_id) {
    return Error::not_found("unknown_decision", "error.unknown_decision");
  }
  if (old_decision.is_superseded()) {
    return already_superseded(old_decision);
  }
  if (successor.is_superseded()) {
    return already_superseded(successor);
  }
  // One predecessor per decision keeps the chain a line that the history view can follow.
  if (successor.supersedes_id) {
    return Error::conflict("already_supersedes", "error.already_supersedes");
  }

  Supersession result{old_decision, successor};
  result.old_decision.superseded_by_id = successor.id;
  result.successor.supersedes_id = old_decision.id;
  return result;
}

Result<FollowUpNote> make_follow_up_note(const Decision& decision, std::string text,
                                         std::int64_t author_user_id, Date today) {
  if (decision.is_superseded()) {
    return already_superseded(decision);
  }
  if (auto status = check_text("note", text, kMaxNoteChars, true); !status) {
    return status.error();
  }
  return FollowUpNote{decision.id, std::move(text), author_user_id, today};
}

}  // namespace forkant
