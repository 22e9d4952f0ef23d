-- Attachment bytes may live in files instead of attachment_content (issue 6, the deadline rush on H2):
-- H2 commits one transaction at a time, and a 1 MB row made every upload's commit write its megabyte
-- while every other commit waited. With shortlist.attachments.store=files (the H2 default) the bytes
-- are a file under <data-dir>/attachments, written and fsynced before the row commits, and the row
-- names it here. NULL: the bytes are the attachment_content row (the PostgreSQL default, and every
-- attachment stored before this version). Unique, and the orphan sweep looks keys up by it.
ALTER TABLE attachment ADD COLUMN storage_key VARCHAR(64);
CREATE UNIQUE INDEX attachment_storage_key_uk ON attachment (storage_key);
