-- Rounds in motion: screening and scoring. Every application that takes part in a
-- round has one round entry there; earlier rounds' entries, scorecards and frozen
-- rankings stay as they were. Portable SQL (H2 and PostgreSQL).

-- The round's own state and rules. Scoring settings are unused by screening rounds.
ALTER TABLE program_round ADD COLUMN state VARCHAR(16) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE program_round ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE program_round ADD COLUMN closed_reason VARCHAR(2000);
ALTER TABLE program_round ADD COLUMN judges_per_entry INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE program_round ADD COLUMN blind BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE program_round ADD COLUMN live BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE program_round ADD COLUMN aggregation VARCHAR(16) DEFAULT 'TRIMMED_MEAN' NOT NULL;
-- Comma-separated, in order: criterion:<key>, MORE_TOP_SCORES, APPLICATION_ID.
ALTER TABLE program_round ADD COLUMN tie_breaks VARCHAR(1000);
ALTER TABLE program_round ADD COLUMN rule_kind VARCHAR(16) DEFAULT 'MANUAL' NOT NULL;
ALTER TABLE program_round ADD COLUMN rule_n INTEGER;
ALTER TABLE program_round ADD COLUMN rule_threshold NUMERIC(12, 4);
ALTER TABLE program_round ADD COLUMN rule_per_track BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE program_round ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE program_round ADD CONSTRAINT round_state_ck CHECK (state IN ('PENDING', 'OPEN', 'CLOSED', 'CONFIRMED'));
ALTER TABLE program_round ADD CONSTRAINT round_k_ck CHECK (judges_per_entry >= 1 AND judges_per_entry <= 50);
ALTER TABLE program_round ADD CONSTRAINT round_aggregation_ck CHECK (aggregation IN ('MEAN', 'TRIMMED_MEAN', 'Z_SCORE'));
ALTER TABLE program_round ADD CONSTRAINT round_rule_ck CHECK (rule_kind IN ('TOP_N', 'THRESHOLD', 'MANUAL'));
ALTER TABLE program_round ADD CONSTRAINT round_rule_n_ck CHECK (rule_n IS NULL OR rule_n >= 0);

-- The program's eligibility checklist (资格审查要点) and the reasons a screener
-- may give for a rejection; both kept by the admin.
CREATE TABLE checklist_item (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    position   INTEGER      NOT NULL,
    name_zh    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL
);
CREATE INDEX checklist_program_idx ON checklist_item (program_id, position);

CREATE TABLE reject_reason (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    position   INTEGER      NOT NULL,
    name_zh    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL
);
CREATE INDEX reject_reason_program_idx ON reject_reason (program_id, position);

-- One application's place in one round.
CREATE SEQUENCE round_entry_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE round_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    round_id       BIGINT        NOT NULL REFERENCES program_round (id),
    application_id BIGINT        NOT NULL REFERENCES application (id),
    state          VARCHAR(16)   NOT NULL,
    -- The screening checklist items ticked, as comma-separated ids.
    checklist      VARCHAR(2000),
    reason_id      BIGINT        REFERENCES reject_reason (id),
    reason_text    VARCHAR(2000),
    decided_by     VARCHAR(255),
    decided_at     TIMESTAMP WITH TIME ZONE,
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT round_entry_uk UNIQUE (round_id, application_id),
    CONSTRAINT round_entry_state_ck CHECK (state IN ('WAITING', 'RETURNED', 'PASSED', 'REJECTED', 'WITHDRAWN'))
);
CREATE INDEX round_entry_state_idx ON round_entry (round_id, state, application_id);
CREATE INDEX round_entry_application_idx ON round_entry (application_id);

-- 评审专家库: the experts, keyed by their Keycloak username.
CREATE SEQUENCE judge_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE judge (
    id           BIGINT        NOT NULL PRIMARY KEY,
    username     VARCHAR(255)  NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    email        VARCHAR(254),
    organisation VARCHAR(200),
    unit_name    VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT judge_username_uk UNIQUE (username)
);

-- Conflicts a judge declared (an organisation, a USCC, an applicant's account).
CREATE SEQUENCE judge_conflict_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE judge_conflict (
    id          BIGINT        NOT NULL PRIMARY KEY,
    judge_id    BIGINT        NOT NULL REFERENCES judge (id),
    kind        VARCHAR(16)   NOT NULL,
    conflict_value VARCHAR(255) NOT NULL,
    note        VARCHAR(1000),
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT judge_conflict_uk UNIQUE (judge_id, kind, conflict_value),
    CONSTRAINT judge_conflict_kind_ck CHECK (kind IN ('ORGANISATION', 'USCC', 'APPLICANT'))
);

-- A round's judge pool; panels limits a judge to some tracks (comma-separated ids, empty = all).
CREATE SEQUENCE round_judge_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE round_judge (
    id          BIGINT        NOT NULL PRIMARY KEY,
    round_id    BIGINT        NOT NULL REFERENCES program_round (id),
    judge_id    BIGINT        NOT NULL REFERENCES judge (id),
    panels      VARCHAR(2000),
    active      BOOLEAN       NOT NULL,
    left_reason VARCHAR(1000),
    version     BIGINT        NOT NULL,
    CONSTRAINT round_judge_uk UNIQUE (round_id, judge_id)
);

-- 评审分配: a judge × an application × a round.
CREATE SEQUENCE assignment_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE assignment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    round_id       BIGINT        NOT NULL REFERENCES program_round (id),
    entry_id       BIGINT        NOT NULL REFERENCES round_entry (id),
    application_id BIGINT        NOT NULL REFERENCES application (id),
    judge_id       BIGINT        NOT NULL REFERENCES judge (id),
    state          VARCHAR(16)   NOT NULL,
    manual         BOOLEAN       NOT NULL,
    recusal_reason VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT assignment_uk UNIQUE (round_id, application_id, judge_id),
    CONSTRAINT assignment_state_ck CHECK (state IN ('ACTIVE', 'RECUSED'))
);
CREATE INDEX assignment_judge_idx ON assignment (judge_id, round_id);
CREATE INDEX assignment_entry_idx ON assignment (entry_id);

-- An admin's manual additions and removals; the assigner honours all of them on every run.
CREATE SEQUENCE assignment_change_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE assignment_change (
    id             BIGINT        NOT NULL PRIMARY KEY,
    round_id       BIGINT        NOT NULL REFERENCES program_round (id),
    application_id BIGINT        NOT NULL REFERENCES application (id),
    judge_id       BIGINT        NOT NULL REFERENCES judge (id),
    action         VARCHAR(8)    NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    changed_by     VARCHAR(255)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assignment_change_ck CHECK (action IN ('ADD', 'REMOVE'))
);
CREATE INDEX assignment_change_round_idx ON assignment_change (round_id);

-- The round's rubric.
CREATE SEQUENCE rubric_criterion_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_criterion (
    id            BIGINT         NOT NULL PRIMARY KEY,
    round_id      BIGINT         NOT NULL REFERENCES program_round (id),
    position      INTEGER        NOT NULL,
    criterion_key VARCHAR(64)    NOT NULL,
    name_zh       VARCHAR(255)   NOT NULL,
    name_en       VARCHAR(255)   NOT NULL,
    guidance_zh   VARCHAR(2000),
    guidance_en   VARCHAR(2000),
    min_score     NUMERIC(12, 4) NOT NULL,
    max_score     NUMERIC(12, 4) NOT NULL,
    step          NUMERIC(12, 4) NOT NULL,
    weight        NUMERIC(12, 4) NOT NULL,
    CONSTRAINT rubric_criterion_uk UNIQUE (round_id, criterion_key),
    CONSTRAINT rubric_criterion_range_ck CHECK (min_score < max_score AND step > 0 AND weight > 0)
);
CREATE INDEX rubric_criterion_round_idx ON rubric_criterion (round_id, position);

-- 评分表: one per assignment and never two for one judge × application × round.
CREATE SEQUENCE scorecard_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE scorecard (
    id              BIGINT        NOT NULL PRIMARY KEY,
    assignment_id   BIGINT        NOT NULL REFERENCES assignment (id),
    round_id        BIGINT        NOT NULL REFERENCES program_round (id),
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    judge_id        BIGINT        NOT NULL REFERENCES judge (id),
    -- Criterion key → score, as JSON ({"innovation": "8.5"}).
    scores          VARCHAR(4000) NOT NULL,
    score_comment   VARCHAR(4000),
    status          VARCHAR(16)   NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    reopened_reason VARCHAR(1000),
    version         BIGINT        NOT NULL,
    CONSTRAINT scorecard_assignment_uk UNIQUE (assignment_id),
    CONSTRAINT scorecard_uk UNIQUE (round_id, application_id, judge_id),
    CONSTRAINT scorecard_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED'))
);
CREATE INDEX scorecard_round_idx ON scorecard (round_id, status);

-- An admin moving an application across the cut line, with the reason; applied at confirmation.
CREATE SEQUENCE advancement_override_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE advancement_override (
    id             BIGINT        NOT NULL PRIMARY KEY,
    round_id       BIGINT        NOT NULL REFERENCES program_round (id),
    application_id BIGINT        NOT NULL REFERENCES application (id),
    selected       BOOLEAN       NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    decided_by     VARCHAR(255)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT advancement_override_uk UNIQUE (round_id, application_id)
);

-- The confirmed ranking of a round, frozen: later changes to scorecards cannot alter it.
CREATE SEQUENCE ranking_snapshot_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE ranking_snapshot (
    id           BIGINT        NOT NULL PRIMARY KEY,
    round_id     BIGINT        NOT NULL REFERENCES program_round (id),
    aggregation  VARCHAR(16)   NOT NULL,
    tie_breaks   VARCHAR(1000),
    rule_text    VARCHAR(1000) NOT NULL,
    confirmed_by VARCHAR(255)  NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ranking_snapshot_uk UNIQUE (round_id)
);

CREATE SEQUENCE ranking_line_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE ranking_line (
    id              BIGINT         NOT NULL PRIMARY KEY,
    snapshot_id     BIGINT         NOT NULL REFERENCES ranking_snapshot (id),
    position        INTEGER        NOT NULL,
    application_id  BIGINT         NOT NULL REFERENCES application (id),
    track_id        BIGINT,
    -- score and ranking are NULL for an entry no valid scorecard scored (listed last, never proposed).
    score           NUMERIC(12, 4),
    scores_counted  INTEGER        NOT NULL,
    scorecards      INTEGER        NOT NULL,
    ranking         INTEGER,
    tie_broken_by   VARCHAR(100),
    outlier_judges  VARCHAR(1000),
    proposed        BOOLEAN        NOT NULL,
    selected        BOOLEAN        NOT NULL,
    override_reason VARCHAR(1000),
    CONSTRAINT ranking_line_uk UNIQUE (snapshot_id, application_id)
);
CREATE INDEX ranking_line_snapshot_idx ON ranking_line (snapshot_id, position);
