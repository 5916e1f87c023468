#include "storage/sql/public_page_store.hpp"

#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kPageSelect = "SELECT org_id, address, enabled, feed_id FROM public_pages ";

PublicPageSettings read_page(const Statement& st) {
  return {st.int64(0), st.text(1), st.int64(2) != 0, st.text(3)};
}

constexpr const char* kSnapshotSelect =
    "SELECT id, org_id, decision_id, decision_version, public_id, kind, title, summary, questions, "
    "decided_on, review_on, published_at, published_by, first_published_at, replaces_id, unpublished_at, "
    "unpublished_by FROM published_decisions p ";

PublishedSnapshot read_snapshot(const Statement& st) {
  PublishedSnapshot s;
  s.id = st.int64(0);
  s.org_id = st.int64(1);
  s.decision_id = st.int64(2);
  s.decision_version = st.int32(3);
  s.public_id = st.text(4);
  s.kind = decision_kind_from_string(st.text(5)).value_or(DecisionKind::decided);
  s.title = st.text(6);
  s.summary = st.text(7);
  s.questions = questions_of(st.text(8));
  s.decided_on = day_of(st.text(9));
  s.review_on = opt_day(st, 10);
  s.published_at = st.int64(11);
  s.published_by = st.opt_int64(12);
  s.first_published_at = st.int64(13);
  s.replaces_id = st.opt_int64(14);
  s.unpublished_at = st.opt_int64(15);
  s.unpublished_by = st.opt_int64(16);
  return s;
}

}  // namespace

std::optional<PublicPageSettings> SqlPublicPageStore::public_page(std::int64_t org_id) {
  std::optional<PublicPageSettings> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kPageSelect) + "WHERE org_id = ?", org_id);
    if (st->step()) out = read_page(*st);
  });
  return out;
}

std::optional<PublicPageSettings> SqlPublicPageStore::public_page_at(std::string_view address) {
  std::optional<PublicPageSettings> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kPageSelect) + "WHERE address = ?", address);
    if (st->step()) out = read_page(*st);
  });
  return out;
}

void SqlPublicPageStore::save_public_page(const PublicPageSettings& settings, std::int64_t actor,
                                          std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO public_pages(org_id, address, enabled, feed_id, updated_by, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(org_id) DO UPDATE SET address = excluded.address, "
        "enabled = excluded.enabled, feed_id = excluded.feed_id, updated_by = excluded.updated_by, "
        "updated_at = excluded.updated_at",
        settings.org_id, settings.address, settings.enabled ? 1 : 0, settings.feed_id, actor, now);
  });
}

std::int64_t SqlPublicPageStore::insert_snapshot(const PublishedSnapshot& s) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "INSERT INTO published_decisions(org_id, decision_id, decision_version, public_id, kind, title, "
        "summary, questions, decided_on, review_on, published_at, published_by, first_published_at, "
        "replaces_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    st->bind(1, s.org_id)
        .bind(2, s.decision_id)
        .bind(3, s.decision_version)
        .bind(4, s.public_id)
        .bind(5, to_string(s.kind))
        .bind(6, s.title)
        .bind(7, s.summary)
        .bind(8, join_questions(s.questions))
        .bind(9, format_iso_date(s.decided_on))
        .bind(10, opt_iso(s.review_on))
        .bind(11, s.published_at)
        .bind(12, s.published_by)
        .bind(13, s.first_published_at)
        .bind(14, s.replaces_id);
    st->run();
    id = c.last_insert_id();
  });
  return id;
}

std::optional<PublishedSnapshot> SqlPublicPageStore::latest_snapshot(std::int64_t org_id,
                                                                     std::int64_t decision_id) {
  std::optional<PublishedSnapshot> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kSnapshotSelect) + "WHERE org_id = ? AND decision_id = ? ORDER BY id DESC LIMIT 1",
        org_id, decision_id);
    if (st->step()) out = read_snapshot(*st);
  });
  return out;
}

std::vector<PublishedSnapshot> SqlPublicPageStore::live_snapshots(std::int64_t org_id) {
  std::vector<PublishedSnapshot> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kSnapshotSelect) +
                            "WHERE org_id = ?1 AND unpublished_at IS NULL AND id = (SELECT MAX(q.id) FROM "
                            "published_decisions q WHERE q.org_id = ?1 AND q.decision_id = p.decision_id) "
                            "ORDER BY published_at DESC, id DESC",
                        org_id);
    while (st->step()) out.push_back(read_snapshot(*st));
  });
  return out;
}

int SqlPublicPageStore::mark_unpublished(std::int64_t org_id, std::int64_t decision_id, std::int64_t actor,
                                         std::int64_t now) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE published_decisions SET unpublished_at = ?, unpublished_by = ? "
        "WHERE org_id = ? AND decision_id = ? AND unpublished_at IS NULL",
        now, actor, org_id, decision_id);
    changed = c.changes();
  });
  return changed;
}

}  // namespace forkant::sql
