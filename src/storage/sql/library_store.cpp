#include "storage/sql/library_store.hpp"

#include <variant>

namespace forkant::sql {
namespace {

// The columns of an item; s.org_id is compared with the reader's organisation (`reader`, a placeholder),
// never read out.
std::string item_columns(const std::string& reader) {
  return "s.id, s.public_id, s.source_kind, s.title, s.body, s.verdict, s.shared_at, s.shown_as, s.org_name, "
         "s.org_kind, s.size_band, s.contact_name, s.contact_email, CASE WHEN s.org_id = " +
         reader + " THEN 1 ELSE 0 END ";
}

// Shares anyone in the network may read: not withdrawn, by an organisation that is a member now (one
// that left has its shares withdrawn as it leaves; this holds even for a row that missed that). The
// members are one list, not a lookup per share: the subquery does not depend on the row.
// `network` is the network's placeholder (or s.network_id where shares of several networks are read).
std::string readable(const std::string& network) {
  return "s.withdrawn_at IS NULL AND s.org_id IN (SELECT m.org_id FROM network_memberships m WHERE "
         "m.network_id = " +
         network + " AND m.left_at IS NULL) ";
}

LibraryItem read_item(const Statement& st) {
  LibraryItem item;
  item.public_id = st.text(1);
  item.kind = st.text(2);
  item.title = st.text(3);
  item.body = st.text(4);
  if (!st.is_null(5)) item.verdict = st.text(5);
  item.shared_at = st.int64(6);
  item.anonymous = st.text(7) == "anonymous";
  item.org_name = item.anonymous ? "" : st.text(8);
  item.org_kind = st.text(9);
  item.size_band = st.text(10);
  item.contact_name = st.text(11);
  item.contact_email = st.text(12);
  item.own = st.int64(13) != 0;
  return item;
}

void read_questions(Connection& c, std::int64_t share_id, LibraryItem& item) {
  auto st = c.prepare("SELECT question FROM network_share_questions WHERE share_id = ?1 ORDER BY question",
                      share_id);
  while (st->step()) item.questions.push_back(static_cast<int>(st->int64(0)));
}

using Bound = std::variant<std::int64_t, std::string>;

}  // namespace

LibraryResults SqlLibraryStore::search_library(const LibrarySearch& search) {
  // ?1 the network; the filters follow, each with its own number, so that the statement's text depends
  // only on which filters are given (never on their values); the page's statement adds the reader's
  // organisation, the limit and the offset after them.
  std::vector<Bound> values{search.network_id};
  const auto next = [&values](Bound v) {
    values.push_back(std::move(v));
    return "?" + std::to_string(values.size());
  };
  const bool pg = db_->dialect() == Dialect::postgresql;
  std::string from = "FROM network_shares s ";
  std::string where = "WHERE s.network_id = ?1 AND " + readable("?1");
  std::string with;
  std::string rank;
  if (search.match) {
    if (pg) {
      // plainto_tsquery reads the words as plain text: no operator of tsquery's syntax is one here.
      std::string words;
      for (const auto& w : search.words) words += (words.empty() ? "" : " ") + w;
      const auto p = next(words);
      from += "JOIN network_shares_fts f ON f.rowid = s.id ";
      where +=
          "AND f.document @@ plainto_tsquery('danish', lower(CAST(" + p + " AS TEXT) COLLATE fts_unicode)) ";
      rank = "ts_rank(f.document, plainto_tsquery('danish', lower(CAST(" + p +
             " AS TEXT) COLLATE fts_unicode))) DESC, ";
    } else {
      // The MATCH runs once, materialised with its rank, and the shares are then looked up by id (joined
      // or as a plain subquery SQLite ran it once per share: seconds for 50,000). Title words weigh twice
      // a body's.
      with =
          "WITH f AS MATERIALIZED (SELECT rowid, bm25(network_shares_fts, 2.0, 1.0) AS score FROM "
          "network_shares_fts WHERE network_shares_fts MATCH " +
          next(*search.match) + ") ";
      from += "JOIN f ON f.rowid = s.id ";
      rank = "f.score, ";
    }
  }
  if (search.question) {
    where += "AND EXISTS (SELECT 1 FROM network_share_questions q WHERE q.share_id = s.id AND q.question = " +
             next(std::int64_t{*search.question}) + ") ";
  }
  if (search.verdict) where += "AND s.verdict = " + next(*search.verdict) + " ";
  if (search.kind) where += "AND s.source_kind = " + next(*search.kind) + " ";
  const std::string count_sql = with + "SELECT COUNT(*) " + from + where;
  const std::size_t filter_values = values.size();
  const auto reader = next(search.reader_org);
  // With words, the page's rows carry the count (one pass over the matches instead of two); without, the
  // count reads an index and the page stops after its rows.
  const bool counted_with_page = search.match.has_value();
  const std::string page_sql =
      with + "SELECT " + item_columns(reader) + (counted_with_page ? ", COUNT(*) OVER () " : "") + from +
      where + "ORDER BY " + rank + "s.shared_at DESC, s.id DESC LIMIT " + next(std::int64_t{search.limit}) +
      " OFFSET " + next(std::int64_t{search.offset});
  LibraryResults out;
  db_->read([&](Connection& c) {
    out = {};
    const auto bind_all = [&](Statement& st, std::size_t n) {
      for (std::size_t i = 0; i < n; ++i) {
        std::visit([&](const auto& v) { st.bind(static_cast<int>(i + 1), v); }, values[i]);
      }
    };
    const auto count = [&] {
      auto st = c.prepare(count_sql);
      bind_all(*st, filter_values);
      if (st->step()) out.total = st->int64(0);
    };
    if (!counted_with_page) {
      count();
      if (out.total == 0) return;
    }
    std::vector<std::int64_t> ids;
    {
      auto st = c.prepare(page_sql);
      bind_all(*st, values.size());
      while (st->step()) {
        ids.push_back(st->int64(0));
        out.items.push_back(read_item(*st));
        if (counted_with_page) out.total = st->int64(14);
      }
    }
    if (counted_with_page && ids.empty() && search.offset > 0) count();  // a page past the end
    for (std::size_t i = 0; i < ids.size(); ++i) read_questions(c, ids[i], out.items[i]);
  });
  return out;
}

std::optional<LibraryItem> SqlLibraryStore::library_item(std::int64_t network_id, std::int64_t reader_org,
                                                         std::string_view public_id) {
  std::optional<LibraryItem> out;
  db_->read([&](Connection& c) {
    out.reset();
    auto st = c.prepare("SELECT " + item_columns("?1") +
                            "FROM network_shares s WHERE s.network_id = ?2 AND s.public_id = ?3 AND " +
                            readable("?2"),
                        reader_org, network_id, public_id);
    if (!st->step()) return;
    const auto id = st->int64(0);
    out = read_item(*st);
    st.reset();
    read_questions(c, id, *out);
  });
  return out;
}

std::string SqlLibraryStore::library_mark(std::int64_t org_id) {
  std::string out;
  db_->read([&](Connection& c) {
    const std::string mine =
        "(SELECT network_id FROM network_memberships WHERE org_id = ?1 AND left_at IS NULL)";
    auto st =
        c.prepare("SELECT (SELECT COUNT(*) FROM network_shares WHERE network_id IN " + mine +
                      "), (SELECT COUNT(withdrawn_at) FROM network_shares WHERE network_id IN " + mine +
                      "), (SELECT COUNT(*) FROM network_memberships WHERE network_id IN " + mine +
                      "), (SELECT COUNT(left_at) FROM network_memberships WHERE network_id IN " + mine + ")",
                  org_id);
    out.clear();
    if (st->step()) {
      for (int i = 0; i < 4; ++i) out += (i > 0 ? "/" : "") + std::to_string(st->int64(i));
    }
  });
  return out;
}

std::vector<AgendaNetworkItem> SqlLibraryStore::network_lessons(std::int64_t org_id) {
  std::vector<AgendaNetworkItem> out;
  db_->read([&](Connection& c) {
    out.clear();
    auto st = c.prepare(
        "SELECT s.network_id, s.public_id, s.source_kind, s.title, s.shared_at, q.question "
        "FROM network_memberships mine "
        "JOIN network_shares s ON s.network_id = mine.network_id AND s.org_id <> mine.org_id "
        "JOIN network_share_questions q ON q.share_id = s.id "
        "WHERE mine.org_id = ?1 AND mine.left_at IS NULL AND s.source_kind IN ('lesson', 'deselection') "
        "AND " +
            readable("s.network_id") + "ORDER BY s.id, q.question",
        org_id);
    while (st->step()) {
      if (out.empty() || out.back().public_id != st->text(1) || out.back().network_id != st->int64(0)) {
        out.push_back({st->int64(0), st->text(1), st->text(2), st->text(3), {}, st->int64(4)});
      }
      out.back().questions.insert(static_cast<int>(st->int64(5)));
    }
  });
  return out;
}

}  // namespace forkant::sql
