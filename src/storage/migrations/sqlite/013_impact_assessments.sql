-- Impact assessments of initiatives (issue 12): the organisation's questionnaire library, the
-- assessments answered from it, the judgements recorded as decisions, the obligations followed up and
-- the organisation's grey-zone routing table.
--
-- impact_questionnaires keeps the exact source text as imported (Canada's AIA as SurveyJS JSON, or one
-- of forkant's screening files as TOML) with its SHA-256: an assessment answered from it can always be
-- shown and scored again from the very text it was answered with. A (kind, version) is imported once
-- per organisation; rows never change and are never deleted.
--
-- impact_assessments: one row per assessment, numbered 1, 2, ... per initiative and kind ("version n").
-- A draft's answers change as pages are saved; a completed assessment never changes again (trigger) —
-- a reassessment is a new row. `rule` is the scoring rule version the assessment was answered with;
-- `initiative_version` the initiative's version when it started (a substantial change since then asks
-- for a reassessment). Answers are a JSON object keyed by question name, as SurveyJS keeps them.
--
-- impact_judgements: the decision a forum recorded on one exact assessment (a postponed judgement
-- keeps the judgement open; a later one may follow). impact_obligations_met: an obligation the
-- assessment's routing brought, marked met with its date and note (once per assessment and obligation).
-- impact_routing: the organisation's routing table as TOML; no row means the built-in default.

CREATE TABLE impact_questionnaires (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES organisations(id),
  kind        TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  version     TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 100),
  title       TEXT NOT NULL,
  format      TEXT NOT NULL CHECK (format IN ('surveyjs', 'screening')),
  source      TEXT NOT NULL,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  imported_by INTEGER REFERENCES users(id),
  imported_at INTEGER NOT NULL,
  UNIQUE (org_id, kind, version),
  UNIQUE (org_id, id)
);

CREATE TRIGGER impact_questionnaires_no_delete BEFORE DELETE ON impact_questionnaires BEGIN SELECT
    RAISE(ABORT, 'an imported questionnaire is kept');
END;
CREATE TRIGGER impact_questionnaires_fixed BEFORE UPDATE ON impact_questionnaires BEGIN SELECT
    RAISE(ABORT, 'an imported questionnaire does not change');
END;

CREATE TABLE impact_assessments(
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES organisations(id),
    initiative_id INTEGER NOT NULL, questionnaire_id INTEGER NOT NULL, kind TEXT NOT NULL,
    number INTEGER NOT NULL CHECK(number >= 1), rule INTEGER NOT NULL CHECK(rule >= 1),
    initiative_version INTEGER NOT NULL CHECK(initiative_version >= 1),
    status TEXT NOT NULL CHECK(status IN('draft', 'completed')), answers TEXT NOT NULL DEFAULT '{}',
    started_by INTEGER REFERENCES users(id), started_at INTEGER NOT NULL,
    completed_by INTEGER REFERENCES users(id), completed_at INTEGER,
    CHECK((status = 'completed') = (completed_at IS NOT NULL)), UNIQUE(org_id, initiative_id, kind, number),
    UNIQUE(org_id, id), FOREIGN KEY(org_id, questionnaire_id) REFERENCES impact_questionnaires(org_id, id),
    FOREIGN KEY(org_id, initiative_id) REFERENCES initiatives(org_id, id));
CREATE INDEX impact_assessments_initiative ON impact_assessments(org_id, initiative_id, kind, number);

CREATE TRIGGER impact_assessments_no_delete BEFORE DELETE ON impact_assessments BEGIN SELECT
    RAISE(ABORT, 'an assessment is kept');
END;
CREATE TRIGGER impact_assessments_completed_fixed BEFORE UPDATE ON impact_assessments WHEN OLD.status =
    'completed' BEGIN SELECT RAISE(ABORT, 'a completed assessment does not change');
END;
CREATE TRIGGER impact_assessments_identity_fixed BEFORE UPDATE OF org_id, initiative_id, questionnaire_id,
    kind, number, rule, initiative_version, started_by,
    started_at ON impact_assessments BEGIN SELECT RAISE(ABORT, 'what an assessment answers does not change');
END;

CREATE TABLE impact_judgements(id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES organisations(id),
                               assessment_id INTEGER NOT NULL, decision_id INTEGER NOT NULL,
                               forum TEXT NOT NULL, recorded_by INTEGER REFERENCES users(id),
                               recorded_at INTEGER NOT NULL, UNIQUE(org_id, decision_id),
                               FOREIGN KEY(org_id, assessment_id) REFERENCES impact_assessments(org_id, id),
                               FOREIGN KEY(org_id, decision_id) REFERENCES decisions(org_id, id));
CREATE INDEX impact_judgements_assessment ON impact_judgements(org_id, assessment_id, id);

CREATE TRIGGER impact_judgements_no_delete BEFORE DELETE ON impact_judgements BEGIN SELECT
    RAISE(ABORT, 'a judgement is kept');
END;
CREATE TRIGGER impact_judgements_fixed BEFORE UPDATE ON impact_judgements BEGIN SELECT
    RAISE(ABORT, 'a judgement does not change');
END;

CREATE TABLE impact_obligations_met(id INTEGER PRIMARY KEY,
                                    org_id INTEGER NOT NULL REFERENCES organisations(id),
                                    assessment_id INTEGER NOT NULL, obligation_id TEXT NOT NULL,
                                    met_on TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
                                    met_by INTEGER REFERENCES users(id), recorded_at INTEGER NOT NULL,
                                    UNIQUE(org_id, assessment_id, obligation_id),
                                    FOREIGN KEY(org_id, assessment_id)
                                        REFERENCES impact_assessments(org_id, id));

CREATE TRIGGER impact_obligations_met_no_delete BEFORE DELETE ON impact_obligations_met BEGIN SELECT
    RAISE(ABORT, 'an obligation met is kept');
END;

CREATE TABLE impact_routing(org_id INTEGER PRIMARY KEY REFERENCES organisations(id), toml TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id), updated_at INTEGER NOT NULL);
