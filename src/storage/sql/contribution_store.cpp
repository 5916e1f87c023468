#include "storage/sql/contribution_store.hpp"

#include <charconv>

#include "storage/database_error.hpp"

namespace forkant::sql {
namespace {

// A REAL column read as text: SQLite and PostgreSQL both print a double in a form from_chars reads.
double real_at(const Statement& st, int col) {
  const std::string text = st.text(col);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) throw DatabaseError("not a number: " + text);
  return value;
}

std::optional<double> opt_real_at(const Statement& st, int col) {
  if (st.is_null(col)) return std::nullopt;
  return real_at(st, col);
}

std::optional<int> opt_int_at(const Statement& st, int col) {
  if (st.is_null(col)) return std::nullopt;
  return st.int32(col);
}

// Only organisations that are members now count; leaving withdraws their contributions too, but the
// benchmark does not rely on it.
constexpr const char* kCurrentMember =
    "JOIN network_memberships m ON m.network_id = c.network_id AND m.org_id = c.org_id AND m.left_at IS "
    "NULL ";

}  // namespace

std::optional<Organisation> SqlContributionStore::organisation(std::int64_t org_id) {
  std::optional<Organisation> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT kind, inhabitants FROM organisations WHERE id = ?", org_id);
    if (st->step()) {
      Organisation org;
      org.id = org_id;
      org.kind = parse_org_kind(st->text(0)).value_or(OrgKind::other);
      org.inhabitants = st->opt_int64(1);
      out = std::move(org);
    }
  });
  return out;
}

ContributionMark SqlContributionStore::contribution_mark(std::int64_t network_id) {
  ContributionMark mark;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT (SELECT count(*) FROM network_contributions WHERE network_id = ?1), "
        "(SELECT count(*) FROM network_contributions WHERE network_id = ?1 AND withdrawn_at IS NULL), "
        "(SELECT count(*) FROM network_memberships WHERE network_id = ?1), "
        "(SELECT count(*) FROM network_memberships WHERE network_id = ?1 AND left_at IS NULL)",
        network_id);
    if (st->step()) mark = {st->int64(0), st->int64(1), st->int64(2), st->int64(3)};
  });
  return mark;
}

bool SqlContributionStore::is_current_member(std::int64_t network_id, std::int64_t org_id) {
  bool member = false;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare("SELECT 1 FROM network_memberships WHERE network_id = ? AND org_id = ? AND left_at IS NULL",
                  network_id, org_id);
    member = st->step();
  });
  return member;
}

std::int64_t SqlContributionStore::insert_contribution(const ContributionRecord& r) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    const ContributionSnapshot& s = r.snapshot;
    c.exec(
        "INSERT INTO network_contributions(network_id, org_id, round_id, framework_id, respondents, "
        "top_management_respondents, position_share, org_kind, size_band, contributed_at, contributed_by) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.network_id, r.org_id, r.round_id, r.framework_id, s.respondents, s.top_management_respondents,
        s.position_share, org_kind_name(r.org_kind), size_band_key(r.band), r.contributed_at,
        r.contributed_by);
    id = c.last_insert_id();
    auto st = c.prepare(
        "INSERT INTO network_contribution_scores(contribution_id, dimension, position, score, respondents, "
        "top_position) VALUES(?, ?, ?, ?, ?, ?)");
    for (const ContributionScore& score : s.scores) {
      st->reset();
      st->bind(1, id)
          .bind(2, score.dimension)
          .bind(3, score.position)
          .bind(4, score.score)
          .bind(5, score.respondents)
          .bind(6, score.top_position);
      st->run();
    }
  });
  return id;
}

bool SqlContributionStore::withdraw_contribution(std::int64_t network_id, std::int64_t org_id,
                                                 std::int64_t round_id, std::int64_t actor,
                                                 std::int64_t now) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE network_contributions SET withdrawn_at = ?, withdrawn_by = ? "
        "WHERE network_id = ? AND org_id = ? AND round_id = ? AND withdrawn_at IS NULL",
        now, actor, network_id, org_id, round_id);
    changed = c.changes();
  });
  return changed > 0;
}

std::vector<ContributionRecord> SqlContributionStore::round_contributions(std::int64_t org_id,
                                                                          std::int64_t round_id) {
  std::vector<ContributionRecord> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT id, network_id, org_id, round_id, framework_id, respondents, top_management_respondents, "
        "position_share, contributed_at, contributed_by FROM network_contributions "
        "WHERE org_id = ? AND round_id = ? AND withdrawn_at IS NULL ORDER BY network_id",
        org_id, round_id);
    while (st->step()) {
      ContributionRecord r;
      r.id = st->int64(0);
      r.network_id = st->int64(1);
      r.org_id = st->int64(2);
      r.round_id = st->int64(3);
      r.framework_id = st->int64(4);
      r.snapshot.respondents = st->int32(5);
      r.snapshot.top_management_respondents = opt_int_at(*st, 6);
      r.snapshot.position_share = opt_real_at(*st, 7);
      r.contributed_at = st->int64(8);
      r.contributed_by = st->opt_int64(9);
      out.push_back(std::move(r));
    }
  });
  return out;
}

std::vector<ContributionHead> SqlContributionStore::current_contributions(std::int64_t network_id) {
  std::vector<ContributionHead> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare(std::string("SELECT c.id, c.org_id, c.framework_id, c.org_kind, c.size_band, r.closed_at "
                              "FROM network_contributions c ") +
                      kCurrentMember +
                      "JOIN rounds r ON r.id = c.round_id "
                      "WHERE c.network_id = ? AND c.withdrawn_at IS NULL ORDER BY c.id",
                  network_id);
    while (st->step()) {
      out.push_back({.id = st->int64(0),
                     .org_id = st->int64(1),
                     .framework_id = st->int64(2),
                     .kind = parse_org_kind(st->text(3)).value_or(OrgKind::other),
                     .band = parse_size_band(st->text(4)).value_or(SizeBand::unknown),
                     .round_closed_at = st->opt_int64(5).value_or(0)});
    }
  });
  return out;
}

std::vector<std::pair<std::int64_t, ContributionSnapshot>> SqlContributionStore::contribution_snapshots(
    std::int64_t network_id, std::int64_t framework_id) {
  std::vector<std::pair<std::int64_t, ContributionSnapshot>> out;
  db_->read([&](Connection& c) {
    // One query for the whole version: every contribution with its scores, in contribution order.
    auto st = c.prepare(
        "SELECT c.id, c.respondents, c.top_management_respondents, c.position_share, s.dimension, "
        "s.position, "
        "s.score, s.respondents, s.top_position FROM network_contributions c "
        "JOIN network_contribution_scores s ON s.contribution_id = c.id "
        "WHERE c.network_id = ? AND c.framework_id = ? ORDER BY c.id, s.position",
        network_id, framework_id);
    while (st->step()) {
      const std::int64_t id = st->int64(0);
      if (out.empty() || out.back().first != id) {
        ContributionSnapshot snapshot;
        snapshot.respondents = st->int32(1);
        snapshot.top_management_respondents = opt_int_at(*st, 2);
        snapshot.position_share = opt_real_at(*st, 3);
        out.emplace_back(id, std::move(snapshot));
      }
      out.back().second.scores.push_back({.dimension = st->text(4),
                                          .position = st->int32(5),
                                          .score = real_at(*st, 6),
                                          .respondents = st->int32(7),
                                          .top_position = opt_real_at(*st, 8)});
    }
  });
  return out;
}

}  // namespace forkant::sql
