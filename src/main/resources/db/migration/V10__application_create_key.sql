-- A client may repeat "start a draft" when it lost the answer (a crash, a fail-over,
-- a timeout): the Idempotency-Key it sent is kept per applicant, so the repeat returns
-- the draft made the first time instead of a second one. NULLs do not collide
-- (pages and clients without a key). Portable SQL (H2 and PostgreSQL).
ALTER TABLE application ADD COLUMN create_key VARCHAR(64);
CREATE UNIQUE INDEX application_create_key_uk ON application (applicant_id, create_key);
