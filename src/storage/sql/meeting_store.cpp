// SqlDecisionStore (decision_store.hpp), meetings: tables meeting_series, meetings and
// meeting_follow_ups (migration 003), with the agenda as sent, follow-up dates and meeting_decisions
// (migration 008), and who attended (migration 011).
#include "storage/sql/column_codecs.hpp"
#include "storage/sql/decision_store.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kSeriesSelect =
    "SELECT id, org_id, title, cadence, interval_weeks, first_meeting FROM meeting_series ";
constexpr const char* kMeetingSelect =
    "SELECT id, org_id, series_id, held_on, status, agenda_text, minutes, agenda_sent, attendees FROM "
    "meetings ";

// The attendees are kept one a line (attendee_names leaves no line break in a name).
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t pos = 0;
  for (auto end = text.find('\n'); end != std::string::npos; end = text.find('\n', pos)) {
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  out.push_back(text.substr(pos));
  return out;
}

MeetingSeries read_series(const Statement& st) {
  return {st.int64(0), st.int64(1),
          st.text(2),  cadence_from_string(st.text(3)).value_or(Cadence::monthly),
          st.int32(4), day_of(st.text(5))};
}

MeetingRow read_meeting(const Statement& st) {
  return {st.int64(0), st.int64(1), st.int64(2), day_of(st.text(3)),     st.text(4) == "held",
          st.text(5),  st.text(6),  st.text(7),  split_lines(st.text(8))};
}

}  // namespace

// ---- Meetings -------------------------------------------------------------------------------------------

std::int64_t SqlDecisionStore::insert_series(const MeetingSeries& s, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO meeting_series(org_id, title, cadence, interval_weeks, first_meeting, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        s.org_id, s.title, to_string(s.cadence), s.interval_weeks, format_iso_date(s.first_meeting), now);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<MeetingSeries> SqlDecisionStore::find_series(std::int64_t series_id) {
  std::optional<MeetingSeries> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kSeriesSelect) + "WHERE id = ?", series_id);
    if (st->step()) out = read_series(*st);
  });
  return out;
}

std::vector<MeetingSeries> SqlDecisionStore::series(std::int64_t org_id) {
  std::vector<MeetingSeries> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kSeriesSelect) + "WHERE org_id = ? ORDER BY id", org_id);
    while (st->step()) out.push_back(read_series(*st));
  });
  return out;
}

std::optional<MeetingRow> SqlDecisionStore::meeting(std::int64_t org_id, std::int64_t series_id,
                                                    Date held_on) {
  std::optional<MeetingRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kMeetingSelect) + "WHERE org_id = ? AND series_id = ? AND held_on = ?",
                        org_id, series_id, format_iso_date(held_on));
    if (st->step()) out = read_meeting(*st);
  });
  return out;
}

std::optional<MeetingRow> SqlDecisionStore::last_held(std::int64_t org_id, std::int64_t series_id) {
  std::optional<MeetingRow> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare(std::string(kMeetingSelect) +
                      "WHERE org_id = ? AND series_id = ? AND status = 'held' ORDER BY held_on DESC LIMIT 1",
                  org_id, series_id);
    if (st->step()) out = read_meeting(*st);
  });
  return out;
}

std::int64_t SqlDecisionStore::save_agenda(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                           const std::string& agenda_text, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO meetings(org_id, series_id, held_on, agenda_text, created_at) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(series_id, held_on) DO UPDATE SET agenda_text = excluded.agenda_text",
        org_id, series_id, format_iso_date(held_on), agenda_text, now);
    auto st = c.prepare("SELECT id FROM meetings WHERE org_id = ? AND series_id = ? AND held_on = ?", org_id,
                        series_id, format_iso_date(held_on));
    if (st->step()) id = st->int64(0);
  });
  return id;
}

std::int64_t SqlDecisionStore::save_minutes(std::int64_t org_id, std::int64_t series_id, Date held_on,
                                            const std::string& minutes, std::int64_t now) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    // Minutes recorded twice for one meeting are kept both, one after the other (a blank line between;
    // the line breaks are in the literal, as PostgreSQL has no char()).
    c.exec(
        "INSERT INTO meetings(org_id, series_id, held_on, status, minutes, created_at) "
        "VALUES(?, ?, ?, 'held', ?, ?) "
        "ON CONFLICT(series_id, held_on) DO UPDATE SET status = 'held', minutes = CASE "
        "WHEN meetings.minutes = '' THEN excluded.minutes WHEN excluded.minutes = '' THEN meetings.minutes "
        "ELSE meetings.minutes || '\n\n' || excluded.minutes END",
        org_id, series_id, format_iso_date(held_on), minutes, now);
    auto st = c.prepare("SELECT id FROM meetings WHERE org_id = ? AND series_id = ? AND held_on = ?", org_id,
                        series_id, format_iso_date(held_on));
    if (st->step()) id = st->int64(0);
  });
  return id;
}

void SqlDecisionStore::insert_follow_up(std::int64_t org_id, std::int64_t meeting_id, const std::string& text,
                                        std::optional<std::int64_t> owner_user_id, std::optional<Date> due_on,
                                        std::int64_t now) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO meeting_follow_ups(org_id, meeting_id, text, owner_id, due_on, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        org_id, meeting_id, text, owner_user_id,
        due_on ? std::optional(format_iso_date(*due_on)) : std::nullopt, now);
  });
}

std::vector<PromisedFollowUp> SqlDecisionStore::follow_ups(std::int64_t org_id, std::int64_t meeting_id) {
  std::vector<PromisedFollowUp> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT f.id, f.text, u.name, f.due_on FROM meeting_follow_ups f LEFT JOIN users u ON u.id = "
        "f.owner_id "
        "WHERE f.org_id = ? AND f.meeting_id = ? ORDER BY f.id",
        org_id, meeting_id);
    while (st->step()) out.push_back({st->int64(0), st->text(1), st->opt_text(2), opt_day(*st, 3)});
  });
  return out;
}

void SqlDecisionStore::set_agenda_sent(std::int64_t org_id, std::int64_t meeting_id,
                                       const std::string& text) {
  db_->write([&](Connection& c) {
    c.exec("UPDATE meetings SET agenda_sent = ? WHERE org_id = ? AND id = ?", text, org_id, meeting_id);
  });
}

void SqlDecisionStore::link_meeting_decision(std::int64_t org_id, std::int64_t meeting_id,
                                             std::int64_t decision_id) {
  db_->write([&](Connection& c) {
    c.exec("INSERT INTO meeting_decisions(org_id, meeting_id, decision_id) VALUES(?, ?, ?)", org_id,
           meeting_id, decision_id);
  });
}

std::vector<std::int64_t> SqlDecisionStore::meeting_decisions(std::int64_t org_id, std::int64_t meeting_id) {
  std::vector<std::int64_t> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT decision_id FROM meeting_decisions WHERE org_id = ? AND meeting_id = ? ORDER BY decision_id",
        org_id, meeting_id);
    while (st->step()) out.push_back(st->int64(0));
  });
  return out;
}

std::vector<MeetingRow> SqlDecisionStore::held_meetings(std::int64_t org_id, std::int64_t series_id) {
  std::vector<MeetingRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kMeetingSelect) +
                            "WHERE org_id = ? AND series_id = ? AND status = 'held' ORDER BY held_on DESC",
                        org_id, series_id);
    while (st->step()) out.push_back(read_meeting(*st));
  });
  return out;
}

std::optional<MeetingRow> SqlDecisionStore::find_meeting(std::int64_t meeting_id) {
  std::optional<MeetingRow> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kMeetingSelect) + "WHERE id = ?", meeting_id);
    if (st->step()) out = read_meeting(*st);
  });
  return out;
}

void SqlDecisionStore::set_attendees(std::int64_t org_id, std::int64_t meeting_id,
                                     const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : "\n") + name;
  db_->write([&](Connection& c) {
    c.exec("UPDATE meetings SET attendees = ? WHERE org_id = ? AND id = ?", text, org_id, meeting_id);
  });
}

}  // namespace forkant::sql
