#include "fakes/fake_assessment_store.hpp"

#include <algorithm>
#include <tuple>

#include "fakes/fake_account_store.hpp"

namespace forkant::test {

std::vector<FrameworkRow> FakeAssessmentStore::frameworks() {
  std::vector<FrameworkRow> out;
  for (const auto& [id, f] : s_.frameworks) out.push_back(f);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.key, a.version) < std::tie(b.key, b.version);
  });
  return out;
}

std::optional<FrameworkRow> FakeAssessmentStore::framework_by_id(std::int64_t id) {
  const auto it = s_.frameworks.find(id);
  if (it == s_.frameworks.end()) return std::nullopt;
  return it->second;
}

std::int64_t FakeAssessmentStore::insert_framework(const std::string& key, int version,
                                                   const std::string& source, std::int64_t) {
  for (const auto& [id, f] : s_.frameworks) {
    if (f.key == key && f.version == version) throw FakeStoreError("UNIQUE constraint failed: frameworks");
  }
  const auto id = s_.next_framework_id++;
  s_.frameworks[id] = {id, key, version, source};
  return id;
}

std::int64_t FakeAssessmentStore::insert_round(std::int64_t org_id, const std::string& title,
                                               std::int64_t framework_id, int k,
                                               const std::vector<std::string>& groups,
                                               const std::string& top_group, std::int64_t now) {
  if (!s_.frameworks.contains(framework_id)) throw FakeStoreError("FOREIGN KEY constraint failed: rounds");
  if (k < 3) throw FakeStoreError("CHECK constraint failed: min_respondents");
  const auto id = s_.next_round_id++;
  RoundRow row;
  row.id = id;
  row.org_id = org_id;
  row.title = title;
  row.framework_id = framework_id;
  row.k = k;
  row.created_at = now;
  row.groups = groups;
  row.top_group = top_group;
  s_.rounds[id] = {row};
  return id;
}

RoundRow FakeAssessmentStore::read(const Round& r) const {
  RoundRow row = r.row;
  const auto& f = s_.frameworks.at(row.framework_id);
  row.framework_key = f.key;
  row.framework_version = f.version;
  return row;
}

std::optional<RoundRow> FakeAssessmentStore::find_round(std::int64_t round_id) {
  const auto it = s_.rounds.find(round_id);
  if (it == s_.rounds.end()) return std::nullopt;
  return read(it->second);
}

std::vector<RoundRow> FakeAssessmentStore::all_rounds() const {
  std::vector<RoundRow> out;
  for (const auto& [id, r] : s_.rounds) out.push_back(read(r));
  return out;
}

std::vector<RoundRow> FakeAssessmentStore::rounds(std::int64_t org_id) {
  std::vector<RoundRow> out;
  for (const auto& [id, r] : s_.rounds) {
    if (r.row.org_id == org_id) out.push_back(read(r));
  }
  // ORDER BY created_at DESC, id DESC
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
  });
  return out;
}

bool FakeAssessmentStore::set_round_state(std::int64_t round_id, RoundState from, RoundState to,
                                          std::int64_t now) {
  const auto it = s_.rounds.find(round_id);
  if (it == s_.rounds.end() || it->second.row.state != from) return false;
  it->second.row.state = to;
  // As the SQL: opened_at when the target is open, closed_at otherwise.
  (to == RoundState::open ? it->second.row.opened_at : it->second.row.closed_at) = now;
  return true;
}

std::vector<std::pair<std::int64_t, int>> FakeAssessmentStore::open_round_submissions(std::int64_t org_id) {
  std::vector<std::pair<std::int64_t, int>> out;
  for (const auto& [id, round] : s_.rounds) {  // by id
    if (round.row.org_id != org_id || round.row.state != RoundState::open) continue;
    int submitted = 0;
    for (const auto& r : s_.responses) submitted += r.round_id == id ? 1 : 0;
    out.emplace_back(id, submitted);
  }
  return out;
}

std::vector<GroupCount> FakeAssessmentStore::group_counts(std::int64_t round_id) {
  std::vector<GroupCount> out;
  const auto it = s_.rounds.find(round_id);
  if (it == s_.rounds.end()) return out;
  for (const auto& g : it->second.row.groups) {  // by position
    GroupCount c{g, 0, 0, 0, 0};
    for (const auto& [id, inv] : s_.invitations) {
      if (inv.record.round_id != round_id || inv.record.group != g || inv.record.entered_by) continue;
      ++c.invited;
      if (inv.record.state == "started") ++c.started;
    }
    for (const auto& r : s_.responses) {
      if (r.round_id == round_id && r.group == g) {
        ++c.submitted;
        if (r.source == "import") ++c.by_hand;
      }
    }
    out.push_back(c);
  }
  return out;
}

std::optional<RoundRow> FakeAssessmentStore::previous_closed_round(std::int64_t org_id,
                                                                   const std::string& framework_key,
                                                                   std::int64_t closed_before) {
  std::vector<RoundRow> rows;
  for (const auto& [id, r] : s_.rounds) {
    const auto row = read(r);
    if (row.org_id == org_id && row.state == RoundState::closed && row.closed_at &&
        *row.closed_at < closed_before && row.framework_key == framework_key)
      rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(*a.closed_at, a.id) > std::tie(*b.closed_at, b.id);
  });
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void FakeAssessmentStore::insert_invitation(std::int64_t round_id, const std::string& group,
                                            const std::string& token_hash, std::int64_t) {
  if (!s_.rounds.contains(round_id)) throw FakeStoreError("FOREIGN KEY constraint failed: invitations");
  for (const auto& [id, inv] : s_.invitations) {
    if (inv.token_hash == token_hash)
      throw FakeStoreError("UNIQUE constraint failed: invitations.token_hash");
  }
  const auto id = s_.next_invitation_id++;
  s_.invitations[id] = {InvitationRecord{id, round_id, group, "new", std::nullopt}, token_hash};
}

bool FakeAssessmentStore::update_draft_round(std::int64_t round_id, const std::string& title, int k,
                                             const std::vector<std::string>& groups,
                                             const std::string& top_group) {
  const auto it = s_.rounds.find(round_id);
  if (it == s_.rounds.end() || it->second.row.state != RoundState::draft) return false;
  for (const auto& [id, inv] : s_.invitations) {
    if (inv.record.round_id == round_id &&
        std::find(groups.begin(), groups.end(), inv.record.group) == groups.end())
      throw FakeStoreError("FOREIGN KEY constraint failed: round_groups");
  }
  it->second.row.title = title;
  it->second.row.k = k;
  it->second.row.groups = groups;
  it->second.row.top_group = top_group;
  return true;
}

RoundDeletion FakeAssessmentStore::delete_draft_round(std::int64_t round_id) {
  const auto it = s_.rounds.find(round_id);
  if (it == s_.rounds.end() || it->second.row.state != RoundState::draft) return RoundDeletion::not_draft;
  for (auto inv = s_.invitations.begin(); inv != s_.invitations.end();) {
    if (inv->second.record.round_id == round_id) {
      s_.drafts.erase(inv->first);
      inv = s_.invitations.erase(inv);
    } else {
      ++inv;
    }
  }
  s_.rounds.erase(it);
  return RoundDeletion::deleted;
}

std::int64_t FakeAssessmentStore::insert_paper_entry(std::int64_t round_id, const std::string& group,
                                                     const std::string& token_hash, std::int64_t entered_by,
                                                     std::int64_t now) {
  insert_invitation(round_id, group, token_hash, now);
  const auto id = s_.next_invitation_id - 1;
  s_.invitations[id].record.entered_by = entered_by;
  return id;
}

std::optional<InvitationRecord> FakeAssessmentStore::find_invitation_by_id(std::int64_t invitation_id) {
  const auto it = s_.invitations.find(invitation_id);
  if (it == s_.invitations.end()) return std::nullopt;
  return it->second.record;
}

std::optional<InvitationRecord> FakeAssessmentStore::find_invitation(const std::string& token_hash) {
  for (const auto& [id, inv] : s_.invitations) {
    if (inv.token_hash == token_hash) return inv.record;
  }
  return std::nullopt;
}

int FakeAssessmentStore::invitation_count(std::int64_t round_id) const {
  return static_cast<int>(std::count_if(s_.invitations.begin(), s_.invitations.end(), [&](const auto& kv) {
    return kv.second.record.round_id == round_id;
  }));
}

std::optional<ResponseAnswers> FakeAssessmentStore::draft(std::int64_t invitation_id) {
  const auto it = s_.drafts.find(invitation_id);
  if (it == s_.drafts.end()) return std::nullopt;
  return it->second;
}

void FakeAssessmentStore::save_draft(std::int64_t invitation_id, const ResponseAnswers& answers) {
  s_.drafts[invitation_id] = answers;
  if (auto it = s_.invitations.find(invitation_id);
      it != s_.invitations.end() && it->second.record.state == "new")
    it->second.record.state = "started";
}

void FakeAssessmentStore::submit_response(std::int64_t invitation_id, std::int64_t round_id,
                                          const std::string& group, const ResponseAnswers& answers,
                                          const std::string& day, std::optional<std::int64_t> entered_by) {
  insert_response(round_id, group, answers, day, entered_by);
  s_.drafts.erase(invitation_id);
  if (auto it = s_.invitations.find(invitation_id); it != s_.invitations.end())
    it->second.record.state = "submitted";
}

void FakeAssessmentStore::insert_response(std::int64_t round_id, const std::string& group,
                                          const ResponseAnswers& answers, const std::string& day,
                                          std::optional<std::int64_t> entered_by) {
  if (!s_.rounds.contains(round_id)) throw FakeStoreError("FOREIGN KEY constraint failed: responses");
  s_.responses.push_back({round_id, group, answers, day, entered_by ? "import" : "link", entered_by});
}

std::vector<SubmittedResponse> FakeAssessmentStore::submitted_responses(std::int64_t round_id) {
  std::vector<SubmittedResponse> out;
  for (const auto& r : s_.responses) {
    if (r.round_id != round_id) continue;
    SubmittedResponse s{r.group, r.answers, std::nullopt};
    if (r.source == "import") {
      std::string name;  // COALESCE(u.name, '')
      if (r.entered_by && users_) {
        if (const auto u = users_->user(*r.entered_by)) name = u->name;
      }
      s.entered_by = name;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace forkant::test
