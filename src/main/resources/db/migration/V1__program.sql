-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE SEQUENCE program_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE program (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(32)  NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    name_zh             VARCHAR(255) NOT NULL,
    name_en             VARCHAR(255) NOT NULL,
    organiser_zh        VARCHAR(255),
    organiser_en        VARCHAR(255),
    opens_at            TIMESTAMP WITH TIME ZONE,
    submission_deadline TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT program_code_uk UNIQUE (code),
    CONSTRAINT program_kind_ck CHECK (kind IN ('COMPETITION', 'FUNDING_CALL')),
    CONSTRAINT program_status_ck CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED'))
);

CREATE INDEX program_status_idx ON program (status, submission_deadline);
