#include "storage/sql/share_store.hpp"

#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kShareSelect =
    "SELECT id, public_id, network_id, org_id, source_kind, source_id, title, body, questions, verdict, "
    "shown_as, org_name, org_kind, size_band, contact_name, contact_email, shared_at, shared_by, "
    "withdrawn_at, withdrawn_by FROM network_shares ";

Share read_share(const Statement& st) {
  Share s;
  s.id = st.int64(0);
  s.public_id = st.text(1);
  s.network_id = st.int64(2);
  s.org_id = st.int64(3);
  s.source = share_source_from_string(st.text(4)).value_or(ShareSource::decision);
  s.source_id = st.int64(5);
  s.title = st.text(6);
  s.body = st.text(7);
  s.questions = questions_of(st.text(8));
  if (const auto verdict = st.opt_text(9)) s.verdict = verdict_from_string(*verdict);
  s.shown_as = shown_as_from_string(st.text(10)).value_or(ShownAs::anonymous);
  s.org_name = st.text(11);
  s.org_kind = parse_org_kind(st.text(12)).value_or(OrgKind::other);
  s.size_band = parse_size_band(st.text(13)).value_or(SizeBand::unknown);
  s.contact_name = st.text(14);
  s.contact_email = st.text(15);
  s.shared_at = st.int64(16);
  s.shared_by = st.opt_int64(17);
  s.withdrawn_at = st.opt_int64(18);
  s.withdrawn_by = st.opt_int64(19);
  return s;
}

std::vector<Share> read_all(Statement& st) {
  std::vector<Share> out;
  while (st.step()) out.push_back(read_share(st));
  return out;
}

}  // namespace

std::optional<std::string> SqlShareStore::member_network_name(std::int64_t network_id, std::int64_t org_id) {
  std::optional<std::string> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT n.name FROM networks n JOIN network_memberships m ON m.network_id = n.id "
        "WHERE n.id = ? AND m.org_id = ? AND m.left_at IS NULL",
        network_id, org_id);
    if (st->step()) out = st->text(0);
  });
  return out;
}

std::optional<std::string> SqlShareStore::network_name(std::int64_t network_id) {
  std::optional<std::string> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare("SELECT name FROM networks WHERE id = ?", network_id);
    if (st->step()) out = st->text(0);
  });
  return out;
}

std::int64_t SqlShareStore::insert_share(const Share& s) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "INSERT INTO network_shares(public_id, network_id, org_id, source_kind, source_id, title, body, "
        "questions, verdict, shown_as, org_name, org_kind, size_band, contact_name, contact_email, "
        "shared_at, "
        "shared_by) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    std::optional<std::string> verdict;
    if (s.verdict) verdict = std::string(to_string(*s.verdict));
    st->bind(1, s.public_id)
        .bind(2, s.network_id)
        .bind(3, s.org_id)
        .bind(4, to_string(s.source))
        .bind(5, s.source_id)
        .bind(6, s.title)
        .bind(7, s.body)
        .bind(8, join_questions(s.questions))
        .bind(9, verdict)
        .bind(10, to_string(s.shown_as))
        // Never a name on an anonymous share, whatever the caller put in (the schema refuses it too).
        .bind(11, s.shown_as == ShownAs::name ? s.org_name : std::string())
        .bind(12, org_kind_name(s.org_kind))
        .bind(13, size_band_key(s.size_band))
        .bind(14, s.contact_name)
        .bind(15, s.contact_email)
        .bind(16, s.shared_at)
        .bind(17, s.shared_by);
    st->run();
    id = c.last_insert_id();
    auto question = c.prepare("INSERT INTO network_share_questions(share_id, question) VALUES(?, ?)");
    for (const int q : s.questions) {
      question->reset();
      question->bind(1, id).bind(2, q);
      question->run();
    }
  });
  return id;
}

std::optional<Share> SqlShareStore::find_share(std::int64_t org_id, std::int64_t share_id) {
  std::optional<Share> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kShareSelect) + "WHERE org_id = ? AND id = ?", org_id, share_id);
    if (st->step()) out = read_share(*st);
  });
  return out;
}

int SqlShareStore::withdraw_share(std::int64_t org_id, std::int64_t share_id, std::int64_t actor,
                                  std::int64_t now) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE network_shares SET withdrawn_at = ?, withdrawn_by = ? "
        "WHERE org_id = ? AND id = ? AND withdrawn_at IS NULL",
        now, actor, org_id, share_id);
    changed = c.changes();
  });
  return changed;
}

std::vector<Share> SqlShareStore::current_shares(std::int64_t org_id, ShareSource source,
                                                 std::int64_t source_id) {
  std::vector<Share> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kShareSelect) +
                            "WHERE org_id = ? AND source_kind = ? AND source_id = ? AND withdrawn_at IS NULL "
                            "ORDER BY shared_at, id",
                        org_id, to_string(source), source_id);
    out = read_all(*st);
  });
  return out;
}

std::vector<Share> SqlShareStore::own_shares(std::int64_t org_id, std::int64_t network_id) {
  std::vector<Share> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kShareSelect) + "WHERE org_id = ? AND network_id = ? ORDER BY shared_at DESC, id DESC",
        org_id, network_id);
    out = read_all(*st);
  });
  return out;
}

}  // namespace forkant::sql
