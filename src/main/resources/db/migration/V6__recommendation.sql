-- 推荐申报: district recommendation within quotas. Portable SQL (H2 and PostgreSQL).

-- Which recommender acts for which recommending unit: kept by the admin, one unit per
-- person and program. Removing a unit from the program's structure unbinds its people.
CREATE SEQUENCE unit_member_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE unit_member (
    id         BIGINT       NOT NULL PRIMARY KEY,
    program_id BIGINT       NOT NULL REFERENCES program (id),
    unit_id    BIGINT       NOT NULL REFERENCES recommending_unit (id) ON DELETE CASCADE,
    username   VARCHAR(255) NOT NULL,
    -- Where the province's messages to the unit go (optional).
    email      VARCHAR(254),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(255) NOT NULL,
    CONSTRAINT unit_member_uk UNIQUE (program_id, username)
);
CREATE INDEX unit_member_unit_idx ON unit_member (unit_id);

-- A unit's list in a recommendation round: editable until submitted to the province,
-- locked afterwards unless the province returns it. A list without entries goes with its
-- unit or round when the structure drops them (rounds with entries cannot be dropped).
CREATE SEQUENCE unit_list_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE unit_list (
    id              BIGINT        NOT NULL PRIMARY KEY,
    round_id        BIGINT        NOT NULL REFERENCES program_round (id) ON DELETE CASCADE,
    unit_id         BIGINT        NOT NULL REFERENCES recommending_unit (id) ON DELETE CASCADE,
    state           VARCHAR(16)   NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    submitted_by    VARCHAR(255),
    returned_at     TIMESTAMP WITH TIME ZONE,
    returned_by     VARCHAR(255),
    returned_reason VARCHAR(2000),
    version         BIGINT        NOT NULL,
    CONSTRAINT unit_list_uk UNIQUE (round_id, unit_id),
    CONSTRAINT unit_list_state_ck CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED'))
);

-- The recommender's word on one entry: an opinion, and a place in the unit's priority
-- order when recommended (null = not recommended).
CREATE SEQUENCE recommendation_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE recommendation (
    id         BIGINT        NOT NULL PRIMARY KEY,
    entry_id   BIGINT        NOT NULL REFERENCES round_entry (id),
    round_id   BIGINT        NOT NULL REFERENCES program_round (id),
    unit_id    BIGINT        NOT NULL REFERENCES recommending_unit (id),
    opinion    VARCHAR(2000),
    priority   INTEGER,
    updated_by VARCHAR(255)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT recommendation_entry_uk UNIQUE (entry_id),
    CONSTRAINT recommendation_priority_ck CHECK (priority IS NULL OR priority >= 1)
);
CREATE INDEX recommendation_unit_idx ON recommendation (round_id, unit_id, priority);
