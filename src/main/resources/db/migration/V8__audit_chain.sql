-- Tamper-evident audit trail (issue 7). Each entry gets its place in one chain
-- (seq), the hash of the entry before it and its own hash over its canonical
-- content (audit.AuditHash). The hashes are computed in Java, never in SQL, so
-- H2 and PostgreSQL agree byte for byte; rows written before this version are
-- chained once at start-up (audit.AuditChain.sealUnchained), in (occurred_at, id) order.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_seq_idx ON audit_entry (seq);

-- The head of the chain: one row, locked by every transaction that appends
-- (just before it commits), so seq numbers follow commit order without gaps.
CREATE TABLE audit_chain (
    id        INTEGER      NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
