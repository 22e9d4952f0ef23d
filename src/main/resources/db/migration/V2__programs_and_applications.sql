-- Programs with their structure and forms; applications, attachments, the
-- audit trail and the notification outbox. Portable SQL (H2 and PostgreSQL):
-- BYTEA is H2's alias for BINARY VARYING; large texts are VARCHAR.

ALTER TABLE program ADD COLUMN description_zh VARCHAR(20000);
ALTER TABLE program ADD COLUMN description_en VARCHAR(20000);
ALTER TABLE program ADD COLUMN allow_multiple BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE program ADD COLUMN asks_enterprise BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE program ADD COLUMN reference_counter INTEGER DEFAULT 0 NOT NULL;

CREATE SEQUENCE program_part_SEQ START WITH 1 INCREMENT BY 50;

-- Divisions (专场) and tracks (组别) of a contest; sections (板块) and support
-- directions (支持方向) of a funding call; recommending units (推荐单位).
CREATE TABLE division (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    position   INTEGER      NOT NULL,
    name_zh    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL
);
CREATE INDEX division_program_idx ON division (program_id, position);

CREATE TABLE track (
    id          BIGINT       NOT NULL PRIMARY KEY,
    program_id  BIGINT       NOT NULL REFERENCES program (id),
    division_id BIGINT       REFERENCES division (id),
    position    INTEGER      NOT NULL,
    name_zh     VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NOT NULL
);
CREATE INDEX track_program_idx ON track (program_id, position);

CREATE TABLE section (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    position   INTEGER      NOT NULL,
    name_zh    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL
);
CREATE INDEX section_program_idx ON section (program_id, position);

CREATE TABLE direction (
    id         BIGINT        NOT NULL PRIMARY KEY,
    program_id BIGINT        NOT NULL REFERENCES program (id),
    section_id BIGINT        REFERENCES section (id),
    position   INTEGER       NOT NULL,
    name_zh    VARCHAR(255)  NOT NULL,
    name_en    VARCHAR(255)  NOT NULL,
    quota      INTEGER,
    budget     NUMERIC(14, 2),
    CONSTRAINT direction_quota_ck CHECK (quota IS NULL OR quota >= 0),
    CONSTRAINT direction_budget_ck CHECK (budget IS NULL OR budget >= 0)
);
CREATE INDEX direction_program_idx ON direction (program_id, position);

CREATE TABLE recommending_unit (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    position   INTEGER      NOT NULL,
    name_zh    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    city_zh    VARCHAR(255),
    city_en    VARCHAR(255),
    quota      INTEGER,
    CONSTRAINT unit_quota_ck CHECK (quota IS NULL OR quota >= 0)
);
CREATE INDEX unit_program_idx ON recommending_unit (program_id, position);

-- The ordered stages of a program; later issues give each kind its behaviour.
CREATE TABLE program_round (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    position   INTEGER      NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    name_zh    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE,
    ends_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT round_kind_ck CHECK (kind IN ('SCREENING', 'SCORING', 'RECOMMENDATION', 'NOTICE')),
    CONSTRAINT round_dates_ck CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at <= ends_at)
);
CREATE UNIQUE INDEX round_position_uk ON program_round (program_id, position);

-- The program's own questions, after the built-in fields every application has.
CREATE TABLE form_field (
    id            BIGINT        NOT NULL PRIMARY KEY,
    program_id    BIGINT        NOT NULL REFERENCES program (id),
    position      INTEGER       NOT NULL,
    field_key     VARCHAR(64)   NOT NULL,
    type          VARCHAR(16)   NOT NULL,
    group_zh      VARCHAR(255),
    group_en      VARCHAR(255),
    label_zh      VARCHAR(255)  NOT NULL,
    label_en      VARCHAR(255)  NOT NULL,
    help_zh       VARCHAR(2000),
    help_en       VARCHAR(2000),
    required      BOOLEAN       NOT NULL,
    options       VARCHAR(8000),
    min_value     NUMERIC(20, 4),
    max_value     NUMERIC(20, 4),
    max_length    INTEGER,
    allowed_types VARCHAR(255),
    max_bytes     BIGINT,
    CONSTRAINT form_field_key_uk UNIQUE (program_id, field_key),
    CONSTRAINT form_field_type_ck CHECK (type IN ('TEXT', 'LONG_TEXT', 'NUMBER', 'CHOICE', 'MULTI_CHOICE', 'DATE', 'COUNTRY', 'FILE'))
);
CREATE INDEX form_field_program_idx ON form_field (program_id, position);

CREATE SEQUENCE application_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE application (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    program_id         BIGINT        NOT NULL REFERENCES program (id),
    applicant_id       VARCHAR(255)  NOT NULL,
    applicant_name     VARCHAR(255)  NOT NULL,
    applicant_lang     VARCHAR(8)    NOT NULL,
    applicant_email    VARCHAR(254),
    reference          VARCHAR(40),
    status             VARCHAR(16)   NOT NULL,
    project_name       VARCHAR(200),
    organisation       VARCHAR(200),
    contact_name       VARCHAR(100),
    phone              VARCHAR(40),
    email              VARCHAR(254),
    track_id           BIGINT        REFERENCES track (id),
    direction_id       BIGINT        REFERENCES direction (id),
    unit_id            BIGINT        REFERENCES recommending_unit (id),
    uscc               VARCHAR(18),
    country_region     VARCHAR(8),
    requested_amount   NUMERIC(14, 2),
    answers            VARCHAR(100000),
    extended_until     TIMESTAMP WITH TIME ZONE,
    extension_reason   VARCHAR(1000),
    correction_until   TIMESTAMP WITH TIME ZONE,
    correction_message VARCHAR(2000),
    submit_key         VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL,
    CONSTRAINT application_reference_uk UNIQUE (reference),
    CONSTRAINT application_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN'))
);
CREATE INDEX application_applicant_idx ON application (applicant_id, created_at);
CREATE INDEX application_list_idx ON application (program_id, status, submitted_at);
CREATE INDEX application_track_idx ON application (program_id, track_id, status, submitted_at);
CREATE INDEX application_direction_idx ON application (program_id, direction_id, status, submitted_at);
CREATE INDEX application_unit_idx ON application (program_id, unit_id, status, submitted_at);
CREATE INDEX application_country_idx ON application (program_id, country_region, status, submitted_at);

CREATE SEQUENCE attachment_SEQ START WITH 1 INCREMENT BY 50;

-- Metadata apart from content, so listing attachments never reads the bytes.
CREATE TABLE attachment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    field_key      VARCHAR(64)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(128)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by    VARCHAR(255)  NOT NULL,
    CONSTRAINT attachment_field_uk UNIQUE (application_id, field_key)
);

CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content       BYTEA  NOT NULL
);

CREATE SEQUENCE audit_entry_SEQ START WITH 1 INCREMENT BY 50;

-- Append-only: the application never updates or deletes a row here.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(64)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    program_id   BIGINT,
    before_state VARCHAR(255),
    after_state  VARCHAR(255),
    detail       VARCHAR(4000)
);
CREATE INDEX audit_entity_idx ON audit_entry (entity_type, entity_id, occurred_at);
CREATE INDEX audit_program_idx ON audit_entry (program_id, occurred_at);

CREATE SEQUENCE notification_SEQ START WITH 1 INCREMENT BY 50;

-- Written in the same transaction as the change it reports; mailed after commit.
CREATE TABLE notification (
    id             BIGINT        NOT NULL PRIMARY KEY,
    recipient_id   VARCHAR(255)  NOT NULL,
    email          VARCHAR(254),
    lang           VARCHAR(8)    NOT NULL,
    application_id BIGINT        REFERENCES application (id),
    subject        VARCHAR(500)  NOT NULL,
    body           VARCHAR(8000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE,
    failed_attempts INTEGER DEFAULT 0 NOT NULL
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at);
CREATE INDEX notification_unsent_idx ON notification (sent_at, created_at);
