#include "fakes/fake_decision_store.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "fakes/fake_account_store.hpp"
#include "fakes/fake_assessment_store.hpp"
#include "fakes/fake_org_store.hpp"

namespace forkant::test {
namespace {

Date day_of_unix(std::int64_t t) {  // date(t, 'unixepoch')
  using namespace std::chrono;
  return Date{floor<days>(sys_seconds{seconds{t}})};
}

}  // namespace

bool FakeDecisionStore::has_decision(std::int64_t org_id, std::int64_t id) const {
  const auto it = s_.decisions.find(id);
  return it != s_.decisions.end() && it->second.org_id == org_id;
}

bool FakeDecisionStore::has_goal(std::int64_t org_id, std::int64_t id) const {
  const auto it = s_.goals.find(id);
  return it != s_.goals.end() && it->second.org_id == org_id;
}

// FOREIGN KEY (org_id, round_id) REFERENCES rounds(org_id, id), the same for goal_id, and the CHECK on
// the review date.
void FakeDecisionStore::check_references(const Decision& d) const {
  const auto& c = d.content;
  if (c.goal_id && !has_goal(d.org_id, *c.goal_id))
    throw FakeStoreError("FOREIGN KEY constraint failed: goal");
  if (c.round_id) {
    bool found = false;
    if (rounds_) {
      for (const auto& r : rounds_->all_rounds())
        found = found || (r.id == *c.round_id && r.org_id == d.org_id);
    }
    if (!found) throw FakeStoreError("FOREIGN KEY constraint failed: round");
  }
  if (c.review_on && *c.review_on < c.decided_on) throw FakeStoreError("CHECK constraint failed: review_on");
}

std::set<std::int64_t> FakeDecisionStore::member_ids(std::int64_t org_id) {
  return orgs_ ? orgs_->member_ids(org_id) : std::set<std::int64_t>{};
}

std::set<std::int64_t> FakeDecisionStore::round_ids(std::int64_t org_id) {
  std::set<std::int64_t> out;
  if (!rounds_) return out;
  for (const auto& r : rounds_->all_rounds()) {
    if (r.org_id == org_id) out.insert(r.id);
  }
  return out;
}

std::set<std::int64_t> FakeDecisionStore::goal_ids(std::int64_t org_id) {
  std::set<std::int64_t> out;
  for (const auto& [id, g] : s_.goals) {
    if (g.org_id == org_id) out.insert(id);
  }
  return out;
}

std::vector<AgendaRound> FakeDecisionStore::closed_rounds(std::int64_t org_id) {
  std::vector<RoundRow> rows;
  if (rounds_) {
    for (const auto& r : rounds_->all_rounds()) {
      if (r.org_id == org_id && r.state == RoundState::closed && r.closed_at) rows.push_back(r);
    }
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(*a.closed_at, a.id) < std::tie(*b.closed_at, b.id);
  });
  std::vector<AgendaRound> out;
  for (const auto& r : rows) out.push_back({r.id, r.title, day_of_unix(*r.closed_at)});
  return out;
}

// ---- Decisions ------------------------------------------------------------------------------------------

std::int64_t FakeDecisionStore::insert_decision(const Decision& decision, std::int64_t, std::int64_t) {
  check_references(decision);
  const auto id = s_.next_decision_id++;
  // Only the columns the INSERT writes: supersession and review start empty.
  Decision stored{id,           decision.org_id, decision.content, decision.version,
                  std::nullopt, std::nullopt,    std::nullopt};
  s_.decisions[id] = stored;
  return id;
}

std::optional<Decision> FakeDecisionStore::find_decision(std::int64_t decision_id) {
  const auto it = s_.decisions.find(decision_id);
  if (it == s_.decisions.end()) return std::nullopt;
  return it->second;
}

std::vector<Decision> FakeDecisionStore::decisions(std::int64_t org_id) {
  std::vector<Decision> out;
  for (const auto& [id, d] : s_.decisions) {
    if (d.org_id == org_id) out.push_back(d);
  }
  // ORDER BY decided_on DESC, id DESC
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.content.decided_on, a.id) > std::tie(b.content.decided_on, b.id);
  });
  return out;
}

namespace {

std::vector<std::string> fts_tokens(const std::string& text) {
  std::vector<std::string> out;
  std::string token;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool ascii_word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c >= 0x80) {
      // Fold Æ Ø Å (C3 86, C3 98, C3 85) to æ ø å as unicode61 does.
      if (c == 0xC3 && i + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        token += static_cast<char>(c);
        token += static_cast<char>(next == 0x86 || next == 0x98 || next == 0x85 ? next + 0x20 : next);
        ++i;
        continue;
      }
      token += static_cast<char>(c);
    } else if (ascii_word) {
      token += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!token.empty()) {
      out.push_back(token);
      token.clear();
    }
  }
  if (!token.empty()) out.push_back(token);
  return out;
}

// The phrases of an expression made by fts_match_expression: "word"* "other"* ...
std::vector<std::string> fts_phrases(const std::string& match) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < match.size()) {
    if (match[i] != '"') {
      ++i;
      continue;
    }
    std::string phrase;
    for (++i; i < match.size(); ++i) {
      if (match[i] == '"') {
        if (i + 1 < match.size() && match[i + 1] == '"') {
          phrase += '"';
          ++i;
          continue;
        }
        ++i;
        break;
      }
      phrase += match[i];
    }
    out.push_back(phrase);
  }
  return out;
}

bool phrase_in(const std::vector<std::string>& column, const std::vector<std::string>& phrase) {
  if (phrase.empty()) return false;
  for (std::size_t start = 0; start + phrase.size() <= column.size(); ++start) {
    bool all = true;
    for (std::size_t k = 0; k < phrase.size() && all; ++k) {
      const bool last = k + 1 == phrase.size();
      all = last ? column[start + k].starts_with(phrase[k]) : column[start + k] == phrase[k];
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

std::vector<Decision> FakeDecisionStore::decisions_with_ids(std::int64_t org_id,
                                                            const std::vector<std::int64_t>& ids) {
  auto out = decisions(org_id);
  std::erase_if(out, [&](const Decision& d) { return std::find(ids.begin(), ids.end(), d.id) == ids.end(); });
  return out;
}

std::vector<std::string> FakeDecisionStore::decision_bodies(std::int64_t org_id) {
  std::set<std::string> bodies;
  for (const auto& d : decisions(org_id)) bodies.insert(d.content.body);
  return {bodies.begin(), bodies.end()};
}

std::vector<std::int64_t> FakeDecisionStore::search_decisions(std::int64_t org_id, const std::string& match) {
  std::vector<std::int64_t> out;
  const auto phrases = fts_phrases(match);
  for (const auto& [id, d] : s_.decisions) {
    if (d.org_id != org_id) continue;
    std::string note_text;
    for (const auto& [note_id, n] : s_.notes) {
      if (n.second.decision_id == id) note_text += n.second.text + "\n";
    }
    const std::vector<std::vector<std::string>> columns{
        fts_tokens(d.content.title), fts_tokens(d.content.rationale), fts_tokens(d.content.alternatives),
        fts_tokens(note_text)};
    const bool all = !phrases.empty() && std::all_of(phrases.begin(), phrases.end(), [&](const auto& p) {
      const auto tokens = fts_tokens(p);
      return std::any_of(columns.begin(), columns.end(),
                         [&](const auto& col) { return phrase_in(col, tokens); });
    });
    if (all) out.push_back(id);
  }
  return out;
}

bool FakeDecisionStore::update_decision(const Decision& decision, int expected_version) {
  const auto it = s_.decisions.find(decision.id);
  if (it == s_.decisions.end() || it->second.org_id != decision.org_id ||
      it->second.version != expected_version || it->second.superseded_by_id)
    return false;
  check_references(decision);
  it->second.version = decision.version;
  it->second.content = decision.content;
  return true;
}

void FakeDecisionStore::set_supersession(std::int64_t org_id, std::int64_t old_id,
                                         std::int64_t successor_id) {
  const auto old = s_.decisions.find(old_id);
  if (old == s_.decisions.end() || old->second.org_id != org_id || old->second.superseded_by_id)
    throw FakeStoreError("supersession of a decision that is superseded already");
  if (!has_decision(org_id, successor_id))
    throw FakeStoreError("FOREIGN KEY constraint failed: superseded_by_id");
  old->second.superseded_by_id = successor_id;
  s_.decisions[successor_id].supersedes_id = old_id;
}

void FakeDecisionStore::set_reviewed(std::int64_t org_id, std::int64_t decision_id, Date reviewed_on) {
  if (auto it = s_.decisions.find(decision_id); it != s_.decisions.end() && it->second.org_id == org_id)
    it->second.reviewed_on = reviewed_on;
}

void FakeDecisionStore::insert_version(std::int64_t org_id, const DecisionVersion& version) {
  if (!has_decision(org_id, version.decision_id))
    throw FakeStoreError("FOREIGN KEY constraint failed: version");
  for (const auto& [org, v] : s_.versions) {
    if (v.decision_id == version.decision_id && v.version == version.version)
      throw FakeStoreError("UNIQUE constraint failed: decision_versions");
  }
  s_.versions.emplace_back(org_id, version);
}

std::vector<DecisionVersion> FakeDecisionStore::versions(std::int64_t org_id, std::int64_t decision_id) {
  std::vector<DecisionVersion> out;
  for (const auto& [org, v] : s_.versions) {
    if (org == org_id && v.decision_id == decision_id) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  return out;
}

std::int64_t FakeDecisionStore::insert_note(std::int64_t org_id, const FollowUpNote& note, std::int64_t) {
  if (!has_decision(org_id, note.decision_id)) throw FakeStoreError("FOREIGN KEY constraint failed: note");
  const auto id = s_.next_note_id++;
  s_.notes[id] = {org_id, NoteRow{id, note.decision_id, note.text, note.author_user_id, note.written_on}};
  return id;
}

std::vector<NoteRow> FakeDecisionStore::notes(std::int64_t org_id, std::int64_t decision_id) {
  std::vector<NoteRow> out;
  for (const auto& [id, n] : s_.notes) {  // ORDER BY id
    if (n.first == org_id && n.second.decision_id == decision_id) out.push_back(n.second);
  }
  return out;
}

// ---- Goals and steps ------------------------------------------------------------------------------------

std::int64_t FakeDecisionStore::insert_goal(const Goal& goal, std::int64_t, std::int64_t) {
  const auto id = s_.next_goal_id++;
  Goal stored = goal;
  stored.id = id;
  stored.version = 1;  // the column's default: the INSERT does not write it
  s_.goals[id] = stored;
  return id;
}

std::optional<Goal> FakeDecisionStore::find_goal(std::int64_t goal_id) {
  const auto it = s_.goals.find(goal_id);
  if (it == s_.goals.end()) return std::nullopt;
  return it->second;
}

std::vector<Goal> FakeDecisionStore::goals(std::int64_t org_id) {
  std::vector<Goal> out;
  for (const auto& [id, g] : s_.goals) {
    if (g.org_id == org_id) out.push_back(g);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.horizon, a.id) < std::tie(b.horizon, b.id);
  });
  return out;
}

std::int64_t FakeDecisionStore::insert_step(std::int64_t org_id, const Step& step, std::int64_t) {
  if (!has_goal(org_id, step.goal_id)) throw FakeStoreError("FOREIGN KEY constraint failed: steps.goal_id");
  const auto id = s_.next_step_id++;
  // The INSERT writes the plan only; evaluation and drop reason start empty.
  Step stored = step;
  stored.id = id;
  stored.evaluation.reset();
  stored.drop_reason.clear();
  stored.version = 1;
  s_.steps[id] = {org_id, stored};
  return id;
}

std::optional<StepRow> FakeDecisionStore::find_step(std::int64_t step_id) {
  const auto it = s_.steps.find(step_id);
  if (it == s_.steps.end()) return std::nullopt;
  return it->second;
}

std::vector<Step> FakeDecisionStore::steps(std::int64_t org_id) {
  std::vector<Step> out;
  for (const auto& [id, r] : s_.steps) {
    if (r.org_id == org_id) out.push_back(r.step);
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return std::tie(a.due_on, a.id) < std::tie(b.due_on, b.id); });
  return out;
}

void FakeDecisionStore::update_step(std::int64_t org_id, const Step& step) {
  const auto it = s_.steps.find(step.id);
  if (it == s_.steps.end() || it->second.org_id != org_id) return;  // WHERE org_id = ? AND id = ?
  if (step.status == StepStatus::done && (!step.evaluation || !step.evaluation->verdict))
    throw FakeStoreError("CHECK constraint failed: a done step has a verdict");
  // Only the evaluation columns change; the plan stays as inserted.
  it->second.step.status = step.status;
  it->second.step.evaluation = step.evaluation;
  it->second.step.drop_reason = step.drop_reason;
}

bool FakeDecisionStore::update_goal(const Goal& goal, int expected_version) {
  const auto it = s_.goals.find(goal.id);
  if (it == s_.goals.end() || it->second.org_id != goal.org_id || it->second.version != expected_version)
    return false;  // WHERE org_id = ? AND id = ? AND version = ?
  it->second.title = goal.title;
  it->second.description = goal.description;
  it->second.questions = goal.questions;
  it->second.horizon = goal.horizon;
  it->second.version = goal.version;
  return true;
}

void FakeDecisionStore::insert_goal_version(std::int64_t org_id, const GoalVersion& version) {
  if (!has_goal(org_id, version.goal_id))
    throw FakeStoreError("FOREIGN KEY constraint failed: goal_versions");
  for (const auto& [org, v] : s_.goal_versions) {
    if (v.goal_id == version.goal_id && v.version == version.version)
      throw FakeStoreError("UNIQUE constraint failed: goal_versions");
  }
  s_.goal_versions.emplace_back(org_id, version);
}

std::vector<GoalVersion> FakeDecisionStore::goal_versions(std::int64_t org_id, std::int64_t goal_id) {
  std::vector<GoalVersion> out;
  for (const auto& [org, v] : s_.goal_versions) {
    if (org == org_id && v.goal_id == goal_id) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  return out;
}

bool FakeDecisionStore::update_step_content(std::int64_t org_id, const Step& step, int expected_version) {
  const auto it = s_.steps.find(step.id);
  if (it == s_.steps.end() || it->second.org_id != org_id || it->second.step.version != expected_version)
    return false;
  // Only the plan columns change; status, evaluation and drop reason stay.
  it->second.step.hypothesis = step.hypothesis;
  it->second.step.success_criterion = step.success_criterion;
  it->second.step.owner_user_id = step.owner_user_id;
  it->second.step.due_on = step.due_on;
  it->second.step.version = step.version;
  return true;
}

void FakeDecisionStore::insert_step_version(std::int64_t org_id, const StepVersion& version) {
  const auto it = s_.steps.find(version.step_id);
  if (it == s_.steps.end() || it->second.org_id != org_id)
    throw FakeStoreError("FOREIGN KEY constraint failed: step_versions");
  for (const auto& [org, v] : s_.step_versions) {
    if (v.step_id == version.step_id && v.version == version.version)
      throw FakeStoreError("UNIQUE constraint failed: step_versions");
  }
  s_.step_versions.emplace_back(org_id, version);
}

std::vector<StepVersion> FakeDecisionStore::step_versions(std::int64_t org_id, std::int64_t goal_id) {
  std::vector<StepVersion> out;
  for (const auto& [org, v] : s_.step_versions) {
    const auto step = s_.steps.find(v.step_id);  // JOIN steps
    if (org == org_id && step != s_.steps.end() && step->second.step.goal_id == goal_id) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.step_id, a.version) < std::tie(b.step_id, b.version);
  });
  return out;
}

// ---- Meetings -------------------------------------------------------------------------------------------

std::int64_t FakeDecisionStore::insert_series(const MeetingSeries& series, std::int64_t) {
  if (series.interval_weeks < 1 || series.interval_weeks > 52)
    throw FakeStoreError("CHECK constraint failed: interval_weeks");
  const auto id = s_.next_series_id++;
  MeetingSeries stored = series;
  stored.id = id;
  s_.series[id] = stored;
  return id;
}

std::optional<MeetingSeries> FakeDecisionStore::find_series(std::int64_t series_id) {
  const auto it = s_.series.find(series_id);
  if (it == s_.series.end()) return std::nullopt;
  return it->second;
}

std::vector<MeetingSeries> FakeDecisionStore::series(std::int64_t org_id) {
  std::vector<MeetingSeries> out;
  for (const auto& [id, s] : s_.series) {  // ORDER BY id
    if (s.org_id == org_id) out.push_back(s);
  }
  return out;
}

std::optional<MeetingRow> FakeDecisionStore::meeting(std::int64_t org_id, std::int64_t series_id,
                                                     Date held_on) {
  for (const auto& [id, m] : s_.meetings) {
    if (m.org_id == org_id && m.series_id == series_id && m.held_on == held_on) return m;
  }
  return std::nullopt;
}

std::optional<MeetingRow> FakeDecisionStore::last_held(std::int64_t org_id, std::int64_t series_id) {
  std::optional<MeetingRow> out;
  for (const auto& [id, m] : s_.meetings) {
    if (m.org_id == org_id && m.series_id == series_id && m.held && (!out || m.held_on > out->held_on))
      out = m;
  }
  return out;
}

std::optional<std::int64_t> FakeDecisionStore::meeting_id(std::int64_t series_id, Date held_on) const {
  for (const auto& [id, m] : s_.meetings) {
    if (m.series_id == series_id && m.held_on == held_on) return id;
  }
  return std::nullopt;
}

std::int64_t FakeDecisionStore::save_agenda(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                            const std::string& agenda_text, std::int64_t) {
  // ON CONFLICT(series_id, held_on) DO UPDATE SET agenda_text
  if (const auto id = meeting_id(series_id, held_on)) {
    s_.meetings[*id].agenda_text = agenda_text;
    return s_.meetings[*id].org_id == org_id ? *id : 0;
  }
  const auto s = s_.series.find(series_id);
  if (s == s_.series.end() || s->second.org_id != org_id)
    throw FakeStoreError("FOREIGN KEY constraint failed: meetings.series_id");
  const auto id = s_.next_meeting_id++;
  s_.meetings[id] = {id, org_id, series_id, held_on, false, agenda_text, "", ""};
  return id;
}

std::int64_t FakeDecisionStore::save_minutes(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                             const std::string& minutes, std::int64_t) {
  if (const auto id = meeting_id(series_id, held_on)) {
    auto& m = s_.meetings[*id];
    m.held = true;
    // Minutes recorded twice for one meeting are kept both, one after the other.
    if (m.minutes.empty()) {
      m.minutes = minutes;
    } else if (!minutes.empty()) {
      m.minutes += "\n\n" + minutes;
    }
    return m.org_id == org_id ? *id : 0;
  }
  const auto s = s_.series.find(series_id);
  if (s == s_.series.end() || s->second.org_id != org_id)
    throw FakeStoreError("FOREIGN KEY constraint failed: meetings.series_id");
  const auto id = s_.next_meeting_id++;
  s_.meetings[id] = {id, org_id, series_id, held_on, true, "", minutes, ""};
  return id;
}

void FakeDecisionStore::insert_follow_up(std::int64_t org_id, std::int64_t meeting_id,
                                         const std::string& text, std::optional<std::int64_t> owner_user_id,
                                         std::optional<Date> due_on, std::int64_t) {
  const auto m = s_.meetings.find(meeting_id);
  if (m == s_.meetings.end() || m->second.org_id != org_id)
    throw FakeStoreError("FOREIGN KEY constraint failed: meeting_follow_ups");
  s_.follow_ups[s_.next_follow_up_id++] = {org_id, meeting_id, text, owner_user_id, due_on};
}

std::vector<PromisedFollowUp> FakeDecisionStore::follow_ups(std::int64_t org_id, std::int64_t meeting_id) {
  std::vector<PromisedFollowUp> out;
  for (const auto& [id, f] : s_.follow_ups) {  // ORDER BY id
    if (f.org_id != org_id || f.meeting_id != meeting_id) continue;
    std::optional<std::string> owner;
    if (f.owner_user_id && users_) {
      if (const auto u = users_->user(*f.owner_user_id)) owner = u->name;
    }
    out.push_back({id, f.text, owner, f.due_on});
  }
  return out;
}

void FakeDecisionStore::set_agenda_sent(std::int64_t org_id, std::int64_t meeting_id,
                                        const std::string& text) {
  const auto m = s_.meetings.find(meeting_id);
  if (m != s_.meetings.end() && m->second.org_id == org_id) m->second.agenda_sent = text;
}

void FakeDecisionStore::set_attendees(std::int64_t org_id, std::int64_t meeting_id,
                                      const std::vector<std::string>& names) {
  const auto m = s_.meetings.find(meeting_id);
  if (m != s_.meetings.end() && m->second.org_id == org_id) m->second.attendees = names;
}

void FakeDecisionStore::link_meeting_decision(std::int64_t org_id, std::int64_t meeting_id,
                                              std::int64_t decision_id) {
  const auto m = s_.meetings.find(meeting_id);
  if (m == s_.meetings.end() || m->second.org_id != org_id || !has_decision(org_id, decision_id))
    throw FakeStoreError("FOREIGN KEY constraint failed: meeting_decisions");
  for (const auto& [org, meeting, decision] : s_.meeting_decisions) {
    if (meeting == meeting_id && decision == decision_id)
      throw FakeStoreError("UNIQUE constraint failed: meeting_decisions");
  }
  s_.meeting_decisions.emplace_back(org_id, meeting_id, decision_id);
}

std::vector<std::int64_t> FakeDecisionStore::meeting_decisions(std::int64_t org_id, std::int64_t meeting_id) {
  std::vector<std::int64_t> out;
  for (const auto& [org, meeting, decision] : s_.meeting_decisions) {
    if (org == org_id && meeting == meeting_id) out.push_back(decision);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<MeetingRow> FakeDecisionStore::held_meetings(std::int64_t org_id, std::int64_t series_id) {
  std::vector<MeetingRow> out;
  for (const auto& [id, m] : s_.meetings) {
    if (m.org_id == org_id && m.series_id == series_id && m.held) out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.held_on > b.held_on; });
  return out;
}

std::optional<MeetingRow> FakeDecisionStore::find_meeting(std::int64_t meeting_id) {
  const auto it = s_.meetings.find(meeting_id);
  if (it == s_.meetings.end()) return std::nullopt;
  return it->second;
}

// ---- The briefing ---------------------------------------------------------------------------------------

std::string FakeDecisionStore::user_name(std::optional<std::int64_t> user_id) const {
  if (!user_id || !users_) return "";
  const auto u = users_->user(*user_id);
  return u ? u->name : "";
}

std::optional<BriefingDraftRow> FakeDecisionStore::briefing_draft(std::int64_t org_id) {
  const auto it = s_.briefing_drafts.find(org_id);
  if (it == s_.briefing_drafts.end()) return std::nullopt;
  auto row = it->second;
  row.updated_by_name = user_name(row.updated_by);
  return row;
}

void FakeDecisionStore::save_briefing_draft(std::int64_t org_id, const std::string& lang,
                                            const BriefingText& text, std::int64_t updated_by,
                                            std::int64_t now) {
  s_.briefing_drafts[org_id] = {org_id, lang, text, updated_by, "", now};
}

void FakeDecisionStore::insert_briefing_version(const BriefingVersion& version) {
  const auto key = std::make_pair(version.org_id, version.version);
  if (s_.briefing_versions.contains(key))
    throw FakeStoreError("UNIQUE constraint failed: briefing_versions.org_id, briefing_versions.version");
  if (version.version < 1) throw FakeStoreError("CHECK constraint failed: version >= 1");
  auto stored = version;
  stored.frozen_by_name.clear();
  s_.briefing_versions[key] = stored;
}

std::vector<BriefingVersion> FakeDecisionStore::briefing_versions(std::int64_t org_id) {
  std::vector<BriefingVersion> out;
  for (auto it = s_.briefing_versions.rbegin(); it != s_.briefing_versions.rend(); ++it) {
    if (it->first.first != org_id) continue;
    out.push_back(it->second);
    out.back().frozen_by_name = user_name(out.back().frozen_by);
  }
  return out;
}

std::optional<BriefingVersion> FakeDecisionStore::briefing_version(std::int64_t org_id, int version) {
  const auto it = s_.briefing_versions.find({org_id, version});
  if (it == s_.briefing_versions.end()) return std::nullopt;
  auto out = it->second;
  out.frozen_by_name = user_name(out.frozen_by);
  return out;
}

}  // namespace forkant::test
