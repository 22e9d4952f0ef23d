-- Screening's duplicate check compares organisations and credit codes by a normalised key
-- (app.shortlist.application.MatchKey: full-width ASCII as half-width, no spaces, lower case).
-- Computing it in SQL for every application of the program on each queue page read all
-- 100,000 rows of the load benchmark; stored and indexed, a duplicate is an index lookup.
ALTER TABLE application ADD COLUMN organisation_key VARCHAR(200);
ALTER TABLE application ADD COLUMN uscc_key VARCHAR(18);

-- The same rules as MatchKey.of, for the rows written before this migration ('' stays NULL).
UPDATE application SET
    organisation_key = NULLIF(LOWER(REPLACE(REPLACE(TRANSLATE(organisation, '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'), ' ', ''), '　', '')), ''),
    uscc_key = NULLIF(LOWER(REPLACE(REPLACE(TRANSLATE(uscc, '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～', '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'), ' ', ''), '　', '')), '');

CREATE INDEX application_organisation_key_idx ON application (program_id, organisation_key);
CREATE INDEX application_uscc_key_idx ON application (program_id, uscc_key);
