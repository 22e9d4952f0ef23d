#!/usr/bin/env python3
"""bench/run.sh's last steps: the database checks (one SELECT, run once the app has stopped) and the summary."""
import os
import re
import sys

CHECKS = {
    # (1) the rush: one application per applicant, each submitted once with its one attachment.
    "rush_applications": "SELECT COUNT(*) FROM application a JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH'",
    "rush_submitted": "SELECT COUNT(*) FROM application a JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH' AND a.status = 'SUBMITTED'",
    "rush_applicants": "SELECT COUNT(DISTINCT a.applicant_id) FROM application a JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH'",
    "rush_references": "SELECT COUNT(DISTINCT a.reference) FROM application a JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH'",
    "rush_attachments": "SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH'",
    # Their bytes, wherever shortlist.attachments.store put them: content rows here, files by `checks.py files`.
    "rush_contents_1mb": "SELECT COUNT(*) FROM attachment t JOIN attachment_content c ON c.attachment_id = t.id JOIN application a ON a.id = t.application_id JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH' AND t.size_bytes = 1048576 AND t.storage_key IS NULL",
    "rush_without_attachment": "SELECT COUNT(*) FROM application a JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH' AND NOT EXISTS (SELECT 1 FROM attachment t WHERE t.application_id = a.id)",
    "rush_entries": "SELECT COUNT(*) FROM round_entry e JOIN application a ON a.id = e.application_id JOIN program p ON p.id = a.program_id WHERE p.code = 'RUSH'",
    # (3) judging: every assignment has exactly one submitted scorecard.
    "judge_assignments": "SELECT COUNT(*) FROM assignment s JOIN program_round r ON r.id = s.round_id JOIN program p ON p.id = r.program_id WHERE p.code = 'JUDGE' AND s.state = 'ACTIVE'",
    "judge_pairs": "SELECT COUNT(*) FROM (SELECT DISTINCT s.application_id, s.judge_id FROM assignment s JOIN program_round r ON r.id = s.round_id JOIN program p ON p.id = r.program_id WHERE p.code = 'JUDGE') x",
    "judge_scorecards": "SELECT COUNT(*) FROM scorecard c JOIN program_round r ON r.id = c.round_id JOIN program p ON p.id = r.program_id WHERE p.code = 'JUDGE'",
    "judge_submitted": "SELECT COUNT(*) FROM scorecard c JOIN program_round r ON r.id = c.round_id JOIN program p ON p.id = r.program_id WHERE p.code = 'JUDGE' AND c.status = 'SUBMITTED'",
    "judge_scorecard_assignments": "SELECT COUNT(DISTINCT c.assignment_id) FROM scorecard c JOIN program_round r ON r.id = c.round_id JOIN program p ON p.id = r.program_id WHERE p.code = 'JUDGE'",
    "judge_apps_with_5": "SELECT COUNT(*) FROM (SELECT s.application_id FROM assignment s JOIN program_round r ON r.id = s.round_id JOIN program p ON p.id = r.program_id WHERE p.code = 'JUDGE' AND s.state = 'ACTIVE' GROUP BY s.application_id HAVING COUNT(*) = 5) x",
    # the synthetic set
    "synthetic_applications": "SELECT COUNT(*) FROM application a JOIN program p ON p.id = a.program_id WHERE p.code LIKE 'SYN%'",
}

# The rush's attachments kept as files: their storage keys, one a row.
FILE_KEYS = ("SELECT t.storage_key FROM attachment t JOIN application a ON a.id = t.application_id JOIN program p "
             "ON p.id = a.program_id WHERE p.code = 'RUSH' AND t.size_bytes = 1048576 AND t.storage_key IS NOT NULL")


def sql():
    print("SELECT " + ", ".join(f"({q}) AS {k}" for k, q in CHECKS.items()))


def files(keys_txt, folder):
    """How many of the listed keys are a file of exactly 1 MB in the store's folder (<folder>/<2 hex>/<key>)."""
    keys = set(re.findall(r"\b[0-9a-f]{32}\b", open(keys_txt).read()))
    ok = 0
    for k in keys:
        f = os.path.join(folder, k[:2], k)
        ok += os.path.isfile(f) and os.path.getsize(f) == 1048576
    print(f"rush_files_1mb={ok}")


if __name__ == "__main__":
    if sys.argv[1] == "sql":
        sql()
    elif sys.argv[1] == "file-keys-sql":
        print(FILE_KEYS)
    elif sys.argv[1] == "files":
        files(sys.argv[2], sys.argv[3])
    else:
        import summary
        summary.main()
