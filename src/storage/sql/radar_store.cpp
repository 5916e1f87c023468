// SqlRadarStore (radar_store.hpp): radar editions, entries, their prerequisites and initiative links
// (migration 020).
#include "storage/sql/radar_store.hpp"

#include <map>

#include "storage/database_error.hpp"
#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kEditionColumns =
    "SELECT id, org_id, title, published_on, quadrant_0, quadrant_1, quadrant_2, quadrant_3, is_current, "
    "created_at FROM radar_editions ";
constexpr const char* kEntryColumns =
    "SELECT id, org_id, edition_id, name, quadrant, ring, description, recorded_movement, hold_since, "
    "hold_revisit_on, hold_reason FROM radar_entries ";

template <typename T, typename F>
T parsed(const std::string& text, F from_string, const char* what) {
  const auto v = from_string(text);
  if (!v) throw DatabaseError(std::string("unknown ") + what + ": " + text);
  return *v;
}

void write_details(Connection& c, std::int64_t org_id, std::int64_t entry_id, const RadarEntryDraft& e) {
  c.exec("DELETE FROM radar_prerequisites WHERE org_id = ? AND entry_id = ?", org_id, entry_id);
  c.exec("DELETE FROM radar_entry_initiatives WHERE org_id = ? AND entry_id = ?", org_id, entry_id);
  for (std::size_t i = 0; i < e.prerequisites.size(); ++i) {
    const Prerequisite& p = e.prerequisites[i];
    c.exec(
        "INSERT INTO radar_prerequisites(org_id, entry_id, position, kind, name, min_quality) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        org_id, entry_id, static_cast<std::int64_t>(i), to_string(p.kind), p.name, to_string(p.min_quality));
  }
  for (std::int64_t initiative_id : e.initiative_ids) {
    c.exec("INSERT INTO radar_entry_initiatives(org_id, entry_id, initiative_id) VALUES(?, ?, ?)", org_id,
           entry_id, initiative_id);
  }
}

void bind_entry(Statement& st, const RadarEntryDraft& e) {
  // ?1.. ?10 in the order of the INSERT and UPDATE below.
  st.bind(1, e.name)
      .bind(2, entry_key(e.name))
      .bind(3, e.quadrant)
      .bind(4, to_string(e.ring))
      .bind(5, e.description);
  if (e.recorded_movement) {
    st.bind(6, to_string(*e.recorded_movement));
  } else {
    st.bind(6, nullptr);
  }
  if (e.hold) {
    st.bind(7, format_iso_date(e.hold->since))
        .bind(8, format_iso_date(e.hold->revisit_on))
        .bind(9, e.hold->reason);
  } else {
    st.bind(7, nullptr).bind(8, nullptr).bind(9, nullptr);
  }
}

}  // namespace

std::int64_t SqlRadarStore::insert_current_edition(const RadarEdition& e, std::int64_t created_by,
                                                   std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec("UPDATE radar_editions SET is_current = 0 WHERE org_id = ? AND is_current = 1", e.org_id);
    c.exec(
        "INSERT INTO radar_editions(org_id, title, published_on, quadrant_0, quadrant_1, quadrant_2, "
        "quadrant_3, is_current, created_by, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        e.org_id, e.title, format_iso_date(e.published_on), e.quadrants[0], e.quadrants[1], e.quadrants[2],
        e.quadrants[3], created_by, now);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<RadarEdition> SqlRadarStore::select_editions(const std::string& where, std::int64_t a,
                                                         std::int64_t b) {
  std::vector<RadarEdition> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kEditionColumns) + where, a, b);
    while (st->step()) {
      RadarEdition e;
      e.id = st->int64(0);
      e.org_id = st->int64(1);
      e.title = st->text(2);
      e.published_on = day_of(st->text(3));
      for (int q = 0; q < kQuadrantCount; ++q) e.quadrants[static_cast<std::size_t>(q)] = st->text(4 + q);
      e.current = st->int64(8) == 1;
      e.created_at = st->int64(9);
      out.push_back(std::move(e));
    }
  });
  return out;
}

std::optional<RadarEdition> SqlRadarStore::find_edition(std::int64_t edition_id) {
  auto found = select_editions("WHERE id = ?1 AND CAST(?2 AS BIGINT) = 0", edition_id, 0);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<RadarEdition> SqlRadarStore::editions(std::int64_t org_id) {
  return select_editions("WHERE org_id = ?1 AND CAST(?2 AS BIGINT) = 0 ORDER BY published_on DESC, id DESC",
                         org_id, 0);
}

void SqlRadarStore::update_edition(const RadarEdition& e) {
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE radar_editions SET title = ?, published_on = ?, quadrant_0 = ?, quadrant_1 = ?, quadrant_2 = "
        "?, "
        "quadrant_3 = ? WHERE org_id = ? AND id = ?",
        e.title, format_iso_date(e.published_on), e.quadrants[0], e.quadrants[1], e.quadrants[2],
        e.quadrants[3], e.org_id, e.id);
  });
}

std::int64_t SqlRadarStore::insert_entry(std::int64_t org_id, std::int64_t edition_id,
                                         const RadarEntryDraft& e, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "INSERT INTO radar_entries(name, name_key, quadrant, ring, description, recorded_movement, "
        "hold_since, "
        "hold_revisit_on, hold_reason, org_id, edition_id, created_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    bind_entry(*st, e);
    st->bind(10, org_id).bind(11, edition_id).bind(12, now);
    st->run();
    id = c.last_insert_id();
    write_details(c, org_id, id, e);
  });
  return id;
}

void SqlRadarStore::update_entry(const RadarEntry& entry) {
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "UPDATE radar_entries SET name = ?1, name_key = ?2, quadrant = ?3, ring = ?4, description = ?5, "
        "recorded_movement = ?6, hold_since = ?7, hold_revisit_on = ?8, hold_reason = ?9 "
        "WHERE org_id = ?10 AND id = ?11");
    bind_entry(*st, entry.content);
    st->bind(10, entry.org_id).bind(11, entry.id);
    st->run();
    write_details(c, entry.org_id, entry.id, entry.content);
  });
}

void SqlRadarStore::delete_entry(std::int64_t org_id, std::int64_t entry_id) {
  db_->write([&](Connection& c) {
    c.exec("DELETE FROM radar_prerequisites WHERE org_id = ? AND entry_id = ?", org_id, entry_id);
    c.exec("DELETE FROM radar_entry_initiatives WHERE org_id = ? AND entry_id = ?", org_id, entry_id);
    c.exec("DELETE FROM radar_entries WHERE org_id = ? AND id = ?", org_id, entry_id);
  });
}

std::vector<RadarEntry> SqlRadarStore::select_entries(const std::string& where, std::int64_t a,
                                                      std::int64_t b) {
  std::vector<RadarEntry> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kEntryColumns) + where, a, b);
    while (st->step()) {
      RadarEntry e;
      e.id = st->int64(0);
      e.org_id = st->int64(1);
      e.edition_id = st->int64(2);
      RadarEntryDraft& d = e.content;
      d.name = st->text(3);
      d.quadrant = st->int32(4);
      d.ring = parsed<Ring>(st->text(5), ring_from_string, "ring");
      d.description = st->text(6);
      if (auto m = st->opt_text(7))
        d.recorded_movement = parsed<Movement>(*m, movement_from_string, "movement");
      if (!st->is_null(8)) d.hold = HoldDetails{day_of(st->text(8)), day_of(st->text(9)), st->text(10)};
      out.push_back(std::move(e));
    }
    if (out.empty()) return;
    std::map<std::int64_t, RadarEntry*> by_id;
    for (auto& e : out) by_id[e.id] = &e;
    // The details of every entry loaded, in one query each for the organisation.
    const std::int64_t org_id = out.front().org_id;
    auto p = c.prepare(
        "SELECT entry_id, kind, name, min_quality FROM radar_prerequisites WHERE org_id = ? "
        "ORDER BY entry_id, position",
        org_id);
    while (p->step()) {
      const auto it = by_id.find(p->int64(0));
      if (it == by_id.end()) continue;
      it->second->content.prerequisites.push_back(
          {parsed<PrerequisiteKind>(p->text(1), prerequisite_kind_from_string, "prerequisite kind"),
           p->text(2), parsed<Quality>(p->text(3), quality_from_string, "quality")});
    }
    auto l = c.prepare(
        "SELECT entry_id, initiative_id FROM radar_entry_initiatives WHERE org_id = ? "
        "ORDER BY entry_id, initiative_id",
        org_id);
    while (l->step()) {
      const auto it = by_id.find(l->int64(0));
      if (it != by_id.end()) it->second->content.initiative_ids.push_back(l->int64(1));
    }
  });
  return out;
}

std::optional<RadarEntry> SqlRadarStore::find_entry(std::int64_t entry_id) {
  auto found = select_entries("WHERE id = ?1 AND CAST(?2 AS BIGINT) = 0", entry_id, 0);
  if (found.empty()) return std::nullopt;
  return found.front();
}

// By quadrant, ring (innermost first), name without regard to ASCII case.
std::vector<RadarEntry> SqlRadarStore::entries(std::int64_t org_id, std::int64_t edition_id) {
  return select_entries(
      "WHERE org_id = ?1 AND edition_id = ?2 ORDER BY quadrant, "
      "CASE ring WHEN 'adopt' THEN 0 WHEN 'trial' THEN 1 WHEN 'assess' THEN 2 ELSE 3 END, name_key, id",
      org_id, edition_id);
}

std::vector<RadarEntry> SqlRadarStore::entries_linking_initiative(std::int64_t org_id,
                                                                  std::int64_t initiative_id) {
  return select_entries(
      "WHERE org_id = ?1 AND id IN (SELECT entry_id FROM radar_entry_initiatives WHERE org_id = ?1 AND "
      "initiative_id = ?2) ORDER BY edition_id DESC, name_key",
      org_id, initiative_id);
}

}  // namespace forkant::sql
