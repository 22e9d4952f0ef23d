-- A program may let applicants see, for each confirmed scoring round, their own aggregate
-- score, rank, per-criterion averages and the judges' comments without the judges' names.
-- Off unless an admin turns it on. Portable SQL (H2 and PostgreSQL).
ALTER TABLE program ADD COLUMN applicants_see_scores BOOLEAN DEFAULT FALSE NOT NULL;
