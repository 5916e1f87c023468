#include "storage/sql/impact_store.hpp"

#include "formats/impact_answers_json.hpp"
#include "storage/sql/column_codecs.hpp"

namespace forkant::sql {
namespace {

constexpr const char* kQuestionnaireSelect =
    "SELECT id, org_id, kind, version, title, format, imported_by, imported_at, sha256, source "
    "FROM impact_questionnaires ";
// The list leaves the source text out: an AIA file is hundreds of kilobytes.
constexpr const char* kQuestionnaireListSelect =
    "SELECT id, org_id, kind, version, title, format, imported_by, imported_at, sha256, '' "
    "FROM impact_questionnaires ";

StoredQuestionnaire read_questionnaire(const Statement& st) {
  StoredQuestionnaire q;
  q.id = st.int64(0);
  q.org_id = st.int64(1);
  q.kind = st.text(2);
  q.version = st.text(3);
  q.title = st.text(4);
  const std::string format = st.text(5);
  if (format != "surveyjs" && format != "screening")
    throw DatabaseError("stored questionnaire format is unknown: " + format);
  q.format = format == "surveyjs" ? QuestionnaireFormat::surveyjs : QuestionnaireFormat::screening;
  q.imported_by = st.opt_int64(6);
  q.imported_at = st.int64(7);
  q.sha256 = st.text(8);
  q.source = st.text(9);
  return q;
}

constexpr const char* kAssessmentSelect =
    "SELECT id, org_id, initiative_id, questionnaire_id, kind, number, rule, initiative_version, status, "
    "answers, started_by, started_at, completed_by, completed_at FROM impact_assessments ";

Answers answers_of(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  auto answers = impact_answers_from_json(j);
  if (!answers) throw DatabaseError("stored assessment answers do not parse");
  return std::move(*answers);
}

std::string answers_text(const Answers& answers) {
  return impact_answers_to_json(answers).dump();
}

ImpactAssessment read_assessment(const Statement& st) {
  ImpactAssessment a;
  a.id = st.int64(0);
  a.org_id = st.int64(1);
  a.initiative_id = st.int64(2);
  a.questionnaire_id = st.int64(3);
  a.kind = st.text(4);
  a.number = st.int32(5);
  a.rule = st.int32(6);
  a.initiative_version = st.int32(7);
  a.status = st.text(8) == "completed" ? AssessmentStatus::completed : AssessmentStatus::draft;
  a.answers = answers_of(st.text(9));
  a.started_by = st.opt_int64(10);
  a.started_at = st.int64(11);
  a.completed_by = st.opt_int64(12);
  a.completed_at = st.opt_int64(13);
  return a;
}

constexpr const char* kJudgementSelect =
    "SELECT id, org_id, assessment_id, decision_id, forum, recorded_by, recorded_at FROM impact_judgements ";

ImpactJudgement read_judgement(const Statement& st) {
  return {st.int64(0), st.int64(1), st.int64(2), st.int64(3), st.text(4), st.opt_int64(5), st.int64(6)};
}

constexpr const char* kMetSelect =
    "SELECT org_id, assessment_id, obligation_id, met_on, note, met_by, recorded_at FROM "
    "impact_obligations_met ";

ObligationMet read_met(const Statement& st) {
  return {st.int64(0), st.int64(1), st.text(2), day_of(st.text(3)), st.text(4), st.opt_int64(5), st.int64(6)};
}

}  // namespace

std::int64_t SqlImpactStore::insert_questionnaire(const StoredQuestionnaire& q) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO impact_questionnaires(org_id, kind, version, title, format, source, sha256, "
        "imported_by, "
        "imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
        q.org_id, q.kind, q.version, q.title, std::string{to_string(q.format)}, q.source, q.sha256,
        q.imported_by, q.imported_at);
    id = c.last_insert_id();
  });
  return id;
}

std::optional<StoredQuestionnaire> SqlImpactStore::find_questionnaire(std::int64_t questionnaire_id) {
  std::optional<StoredQuestionnaire> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kQuestionnaireSelect) + "WHERE id = ?", questionnaire_id);
    if (st->step()) out = read_questionnaire(*st);
  });
  return out;
}

std::optional<StoredQuestionnaire> SqlImpactStore::questionnaire_of_kind(std::int64_t org_id,
                                                                         const std::string& kind,
                                                                         const std::string& version) {
  std::optional<StoredQuestionnaire> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kQuestionnaireSelect) + "WHERE org_id = ? AND kind = ? AND version = ?",
                        org_id, kind, version);
    if (st->step()) out = read_questionnaire(*st);
  });
  return out;
}

std::vector<StoredQuestionnaire> SqlImpactStore::questionnaires(std::int64_t org_id) {
  std::vector<StoredQuestionnaire> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kQuestionnaireListSelect) + "WHERE org_id = ? ORDER BY kind, imported_at, id", org_id);
    while (st->step()) out.push_back(read_questionnaire(*st));
  });
  return out;
}

std::int64_t SqlImpactStore::insert_assessment(const ImpactAssessment& a) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    auto st = c.prepare(
        "INSERT INTO impact_assessments(org_id, initiative_id, questionnaire_id, kind, number, rule, "
        "initiative_version, status, answers, started_by, started_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st->bind(1, a.org_id)
        .bind(2, a.initiative_id)
        .bind(3, a.questionnaire_id)
        .bind(4, a.kind)
        .bind(5, a.number)
        .bind(6, a.rule)
        .bind(7, a.initiative_version)
        .bind(8, std::string{to_string(a.status)})
        .bind(9, answers_text(a.answers))
        .bind(10, a.started_by)
        .bind(11, a.started_at);
    st->run();
    id = c.last_insert_id();
  });
  return id;
}

std::optional<ImpactAssessment> SqlImpactStore::find_assessment(std::int64_t assessment_id) {
  std::optional<ImpactAssessment> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kAssessmentSelect) + "WHERE id = ?", assessment_id);
    if (st->step()) out = read_assessment(*st);
  });
  return out;
}

std::vector<ImpactAssessment> SqlImpactStore::assessments(std::int64_t org_id, std::int64_t initiative_id) {
  std::vector<ImpactAssessment> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kAssessmentSelect) + "WHERE org_id = ? AND initiative_id = ? ORDER BY kind, number",
        org_id, initiative_id);
    while (st->step()) out.push_back(read_assessment(*st));
  });
  return out;
}

std::vector<ImpactAssessment> SqlImpactStore::org_assessments(std::int64_t org_id) {
  std::vector<ImpactAssessment> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        std::string(kAssessmentSelect) + "WHERE org_id = ? ORDER BY initiative_id, kind, number", org_id);
    while (st->step()) out.push_back(read_assessment(*st));
  });
  return out;
}

int SqlImpactStore::next_assessment_number(std::int64_t org_id, std::int64_t initiative_id,
                                           const std::string& kind) {
  int out = 1;
  db_->read([&](Connection& c) {
    auto st = c.prepare(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM impact_assessments WHERE org_id = ? AND initiative_id = ? "
        "AND kind = ?",
        org_id, initiative_id, kind);
    if (st->step()) out = st->int32(0);
  });
  return out;
}

bool SqlImpactStore::update_answers(std::int64_t org_id, std::int64_t assessment_id, const Answers& answers) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec("UPDATE impact_assessments SET answers = ? WHERE org_id = ? AND id = ? AND status = 'draft'",
           answers_text(answers), org_id, assessment_id);
    changed = c.changes();
  });
  return changed == 1;
}

bool SqlImpactStore::complete_assessment(std::int64_t org_id, std::int64_t assessment_id,
                                         const Answers& answers, std::int64_t by, std::int64_t at) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "UPDATE impact_assessments SET answers = ?, status = 'completed', completed_by = ?, completed_at = ? "
        "WHERE org_id = ? AND id = ? AND status = 'draft'",
        answers_text(answers), by, at, org_id, assessment_id);
    changed = c.changes();
  });
  return changed == 1;
}

std::int64_t SqlImpactStore::insert_judgement(const ImpactJudgement& j) {
  std::int64_t id = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO impact_judgements(org_id, assessment_id, decision_id, forum, recorded_by, recorded_at) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        j.org_id, j.assessment_id, j.decision_id, j.forum, j.recorded_by, j.recorded_at);
    id = c.last_insert_id();
  });
  return id;
}

std::vector<ImpactJudgement> SqlImpactStore::judgements(std::int64_t org_id, std::int64_t assessment_id) {
  std::vector<ImpactJudgement> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kJudgementSelect) + "WHERE org_id = ? AND assessment_id = ? ORDER BY id",
                        org_id, assessment_id);
    while (st->step()) out.push_back(read_judgement(*st));
  });
  return out;
}

std::vector<ImpactJudgement> SqlImpactStore::org_judgements(std::int64_t org_id) {
  std::vector<ImpactJudgement> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kJudgementSelect) + "WHERE org_id = ? ORDER BY id", org_id);
    while (st->step()) out.push_back(read_judgement(*st));
  });
  return out;
}

bool SqlImpactStore::insert_obligation_met(const ObligationMet& m) {
  int changed = 0;
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO impact_obligations_met(org_id, assessment_id, obligation_id, met_on, note, met_by, "
        "recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(org_id, assessment_id, obligation_id) DO "
        "NOTHING",
        m.org_id, m.assessment_id, m.obligation_id, format_iso_date(m.met_on), m.note, m.met_by,
        m.recorded_at);
    changed = c.changes();
  });
  return changed == 1;
}

std::vector<ObligationMet> SqlImpactStore::obligations_met(std::int64_t org_id, std::int64_t assessment_id) {
  std::vector<ObligationMet> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kMetSelect) + "WHERE org_id = ? AND assessment_id = ? ORDER BY id",
                        org_id, assessment_id);
    while (st->step()) out.push_back(read_met(*st));
  });
  return out;
}

std::vector<ObligationMet> SqlImpactStore::org_obligations_met(std::int64_t org_id) {
  std::vector<ObligationMet> out;
  db_->read([&](Connection& c) {
    auto st = c.prepare(std::string(kMetSelect) + "WHERE org_id = ? ORDER BY id", org_id);
    while (st->step()) out.push_back(read_met(*st));
  });
  return out;
}

std::optional<RoutingRow> SqlImpactStore::routing(std::int64_t org_id) {
  std::optional<RoutingRow> out;
  db_->read([&](Connection& c) {
    auto st =
        c.prepare("SELECT org_id, toml, updated_by, updated_at FROM impact_routing WHERE org_id = ?", org_id);
    if (st->step()) out = RoutingRow{st->int64(0), st->text(1), st->opt_int64(2), st->int64(3)};
  });
  return out;
}

void SqlImpactStore::save_routing(const RoutingRow& row) {
  db_->write([&](Connection& c) {
    c.exec(
        "INSERT INTO impact_routing(org_id, toml, updated_by, updated_at) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(org_id) DO UPDATE SET toml = excluded.toml, updated_by = excluded.updated_by, "
        "updated_at = excluded.updated_at",
        row.org_id, row.toml, row.updated_by, row.updated_at);
  });
}

void SqlImpactStore::delete_routing(std::int64_t org_id) {
  db_->write([&](Connection& c) { c.exec("DELETE FROM impact_routing WHERE org_id = ?", org_id); });
}

}  // namespace forkant::sql
