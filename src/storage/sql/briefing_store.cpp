// SqlDecisionStore (decision_store.hpp), the political briefing: tables briefing_drafts and
// briefing_versions (migration 010). Versions are append-only (triggers); the primary key (org_id,
// version) refuses a second version n.
#include "storage/sql/decision_store.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kDraftSelect =
    "SELECT d.org_id, d.lang, d.proposals, d.not_doing, d.asks, d.noticed, d.benefits, d.updated_by, "
    "COALESCE(u.name, ''), d.updated_at FROM briefing_drafts d LEFT JOIN users u ON u.id = d.updated_by ";
constexpr const char* kVersionSelect =
    "SELECT v.org_id, v.version, v.lang, v.proposals, v.not_doing, v.asks, v.noticed, v.benefits, "
    "v.frozen_by, COALESCE(u.name, ''), v.frozen_at FROM briefing_versions v "
    "LEFT JOIN users u ON u.id = v.frozen_by ";

// The five sections from column `first` on, in the order of kBriefingSections.
BriefingText read_text(const Statement& st, int first) {
  BriefingText text;
  for (std::size_t i = 0; i < text.sections.size(); ++i)
    text.sections.at(i) = st.text(first + static_cast<int>(i));
  return text;
}

BriefingDraftRow read_draft(const Statement& st) {
  return {st.int64(0), st.text(1), read_text(st, 2), st.opt_int64(7), st.text(8), st.int64(9)};
}

BriefingVersion read_version(const Statement& st) {
  return {st.int64(0), st.int32(1), st.text(2), read_text(st, 3), st.opt_int64(8), st.text(9), st.int64(10)};
}

}  // namespace

std::optional<BriefingDraftRow> SqlDecisionStore::briefing_draft(std::int64_t org_id) {
  std::optional<BriefingDraftRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kDraftSelect) + "WHERE d.org_id = ?", org_id);
    if (st->step()) out = read_draft(*st);
  });
  return out;
}

void SqlDecisionStore::save_briefing_draft(std::int64_t org_id, const std::string& lang,
                                           const BriefingText& text, std::int64_t updated_by,
                                           std::int64_t now) {
  using S = BriefingSection;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO briefing_drafts(org_id, lang, proposals, not_doing, asks, noticed, benefits, "
        "updated_by, "
        "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(org_id) DO UPDATE SET lang = excluded.lang, proposals = excluded.proposals, "
        "not_doing = excluded.not_doing, asks = excluded.asks, noticed = excluded.noticed, "
        "benefits = excluded.benefits, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        org_id, lang, text[S::proposals], text[S::not_doing], text[S::asks], text[S::noticed],
        text[S::benefits], updated_by, now);
  });
}

void SqlDecisionStore::insert_briefing_version(const BriefingVersion& v) {
  using S = BriefingSection;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO briefing_versions(org_id, version, lang, proposals, not_doing, asks, noticed, benefits, "
        "frozen_by, frozen_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        v.org_id, v.version, v.lang, v.text[S::proposals], v.text[S::not_doing], v.text[S::asks],
        v.text[S::noticed], v.text[S::benefits], v.frozen_by, v.frozen_at);
  });
}

std::vector<BriefingVersion> SqlDecisionStore::briefing_versions(std::int64_t org_id) {
  std::vector<BriefingVersion> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kVersionSelect) + "WHERE v.org_id = ? ORDER BY v.version DESC", org_id);
    while (st->step()) out.push_back(read_version(*st));
  });
  return out;
}

std::optional<BriefingVersion> SqlDecisionStore::briefing_version(std::int64_t org_id, int version) {
  std::optional<BriefingVersion> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare(std::string(kVersionSelect) + "WHERE v.org_id = ? AND v.version = ?", org_id, version);
    if (st->step()) out = read_version(*st);
  });
  return out;
}

}  // namespace forkant::sql
