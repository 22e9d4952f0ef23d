-- Long-running work (demo-data generation; later exports, bulk decisions,
-- automatic assignment). Its progress lives here, not in memory, so any
-- instance behind the load balancer can report it. Portable SQL (H2 and PostgreSQL).

CREATE SEQUENCE job_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE job (
    id            BIGINT        NOT NULL PRIMARY KEY,
    kind          VARCHAR(32)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    done          INTEGER       NOT NULL,
    total         INTEGER       NOT NULL,
    message_zh    VARCHAR(2000),
    message_en    VARCHAR(2000),
    -- What the job made or works on; no foreign key: a job's record outlives it.
    program_id    BIGINT,
    -- Held while the work's result exists or is being made, so it runs once
    -- (NULL otherwise: a unique column takes any number of NULLs).
    exclusive_key VARCHAR(64),
    started_by    VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT job_status_ck CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT job_progress_ck CHECK (done >= 0 AND total >= 0),
    CONSTRAINT job_exclusive_uk UNIQUE (exclusive_key)
);
CREATE INDEX job_created_idx ON job (created_at);
CREATE INDEX job_status_idx ON job (status, updated_at);
