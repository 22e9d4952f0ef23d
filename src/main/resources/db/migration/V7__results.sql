-- Published results: a result list is drafted from a round's ranking, then published as
-- numbered versions whose entries are copies (a later change to an application never
-- changes a published list). A notice period (公示期) on a version takes objections.
-- Portable SQL (H2 and PostgreSQL).

CREATE SEQUENCE result_list_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE result_list (
    id          BIGINT       NOT NULL PRIMARY KEY,
    program_id  BIGINT       NOT NULL REFERENCES program (id),
    round_id    BIGINT       REFERENCES program_round (id),
    title_zh    VARCHAR(255) NOT NULL,
    title_en    VARCHAR(255) NOT NULL,
    grouping_by VARCHAR(16)  NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT result_list_grouping_ck CHECK (grouping_by IN ('TRACK', 'DIRECTION'))
);
CREATE INDEX result_list_program_idx ON result_list (program_id);

-- The draft: what the next publication will copy.
CREATE SEQUENCE result_row_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE result_row (
    id               BIGINT         NOT NULL PRIMARY KEY,
    list_id          BIGINT         NOT NULL REFERENCES result_list (id),
    application_id   BIGINT         NOT NULL REFERENCES application (id),
    position         INTEGER        NOT NULL,
    ranking          INTEGER,
    requested_amount NUMERIC(14, 2),
    proposed_amount  NUMERIC(14, 2),
    award            VARCHAR(100),
    -- Why this row's amount takes its direction over budget (required then, else null).
    over_budget_reason VARCHAR(1000),
    added_reason     VARCHAR(1000),
    CONSTRAINT result_row_uk UNIQUE (list_id, application_id),
    CONSTRAINT result_row_amount_ck CHECK (proposed_amount IS NULL OR proposed_amount >= 0)
);
CREATE INDEX result_row_list_idx ON result_row (list_id, position);

-- Rows taken off the draft, with the reason; the next version lists them as dropped.
CREATE SEQUENCE result_removal_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE result_removal (
    id             BIGINT        NOT NULL PRIMARY KEY,
    list_id        BIGINT        NOT NULL REFERENCES result_list (id),
    application_id BIGINT        NOT NULL REFERENCES application (id),
    project_name   VARCHAR(200),
    reason         VARCHAR(1000) NOT NULL,
    removed_by     VARCHAR(255)  NOT NULL,
    removed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The version that first left it out; null until the next publication.
    version_number INTEGER
);
CREATE INDEX result_removal_list_idx ON result_removal (list_id);

CREATE SEQUENCE result_list_version_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE result_list_version (
    id              BIGINT        NOT NULL PRIMARY KEY,
    list_id         BIGINT        NOT NULL REFERENCES result_list (id),
    number          INTEGER       NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by    VARCHAR(255)  NOT NULL,
    notice_starts_at TIMESTAMP WITH TIME ZONE,
    notice_ends_at  TIMESTAMP WITH TIME ZONE,
    change_note     VARCHAR(2000),
    final_version   BOOLEAN       NOT NULL,
    CONSTRAINT result_list_version_uk UNIQUE (list_id, number),
    CONSTRAINT result_notice_ck CHECK (notice_ends_at IS NULL OR notice_starts_at < notice_ends_at)
);

-- Frozen copies, never updated.
CREATE SEQUENCE result_list_entry_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE result_list_entry (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version_id       BIGINT         NOT NULL REFERENCES result_list_version (id),
    position         INTEGER        NOT NULL,
    application_id   BIGINT         NOT NULL,
    reference        VARCHAR(40),
    project_name     VARCHAR(200),
    organisation     VARCHAR(200),
    unit_zh          VARCHAR(255),
    unit_en          VARCHAR(255),
    group_zh         VARCHAR(255),
    group_en         VARCHAR(255),
    ranking          INTEGER,
    requested_amount NUMERIC(14, 2),
    proposed_amount  NUMERIC(14, 2),
    award            VARCHAR(100),
    CONSTRAINT result_list_entry_uk UNIQUE (version_id, application_id)
);
CREATE INDEX result_list_entry_version_idx ON result_list_entry (version_id, position);

-- 异议: filed by a signed-in person against a listed project during the notice period.
CREATE SEQUENCE objection_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE objection (
    id              BIGINT        NOT NULL PRIMARY KEY,
    list_id         BIGINT        NOT NULL REFERENCES result_list (id),
    version_id      BIGINT        NOT NULL REFERENCES result_list_version (id),
    application_id  BIGINT        NOT NULL,
    project_name    VARCHAR(200),
    filed_by        VARCHAR(255)  NOT NULL,
    filer_email     VARCHAR(254),
    filer_lang      VARCHAR(8)    NOT NULL,
    real_name       VARCHAR(100)  NOT NULL,
    contact         VARCHAR(254)  NOT NULL,
    reasons         VARCHAR(5000) NOT NULL,
    evidence_name   VARCHAR(255),
    evidence_type   VARCHAR(255),
    evidence        BYTEA,
    filed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    resolution      VARCHAR(2000),
    resolved_by     VARCHAR(255),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT objection_status_ck CHECK (status IN ('OPEN', 'UPHELD', 'DISMISSED'))
);
CREATE INDEX objection_list_idx ON objection (list_id, filed_at);
