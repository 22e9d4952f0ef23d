-- The admin application list and the screening queue read 50 rows at 100,000 applications
-- (issue 6). Their plans read and sorted every matching row: the indexes ended in an ascending
-- submitted_at without the id tie-break, and the queue sorted by the joined application's time.
-- Each index below ends in the list's own order, so both databases read the first page straight
-- off the index and stop after it (H2 needs the exact order of the ORDER BY, null ordering
-- included: ApplicationSearch and ScreeningQueue lead it with the equality-filtered columns).
DROP INDEX application_list_idx;
DROP INDEX application_track_idx;
DROP INDEX application_direction_idx;
DROP INDEX application_unit_idx;
DROP INDEX application_country_idx;
CREATE INDEX application_list_idx ON application (program_id, status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX application_track_idx ON application (program_id, track_id, status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX application_direction_idx ON application (program_id, direction_id, status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX application_unit_idx ON application (program_id, unit_id, status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX application_country_idx ON application (program_id, country_region, status, submitted_at DESC NULLS LAST, id DESC);
CREATE INDEX application_newest_idx ON application (program_id, submitted_at DESC NULLS LAST, id DESC);

-- The queue's sort key, copied from the application (RoundEntry on insert, Pipeline on a
-- resubmission), so the queue's order is an index of round_entry alone.
ALTER TABLE round_entry ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
UPDATE round_entry SET submitted_at = (SELECT a.submitted_at FROM application a WHERE a.id = round_entry.application_id);
-- Null ordering spelt out on every column, as in ScreeningQueue's ORDER BY: H2 costs an index for
-- a sort only when each column's explicit order matches, PostgreSQL the sorted columns' ones.
CREATE INDEX round_entry_oldest_idx ON round_entry
    (round_id ASC NULLS FIRST, submitted_at ASC NULLS LAST, id ASC NULLS FIRST);
CREATE INDEX round_entry_state_oldest_idx ON round_entry
    (round_id ASC NULLS FIRST, state ASC NULLS FIRST, submitted_at ASC NULLS LAST, id ASC NULLS FIRST);
CREATE INDEX round_entry_newest_idx ON round_entry
    (round_id ASC NULLS FIRST, submitted_at DESC NULLS LAST, id DESC NULLS LAST);
CREATE INDEX round_entry_state_newest_idx ON round_entry
    (round_id ASC NULLS FIRST, state ASC NULLS FIRST, submitted_at DESC NULLS LAST, id DESC NULLS LAST);
