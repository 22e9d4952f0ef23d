package app.shortlist.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The audit pages and export. English here; Chinese in messages/aud_zh-CN.properties. */
@MessageBundle(value = "aud", locale = "en")
public interface AuditMsg {

    @Message("Audit trail")
    String title();

    @Message("Audit trail: integrity")
    String heading();

    @Message("Every entry carries a hash of its content and of the entry before it. The check recomputes the whole chain, so an entry edited or deleted in the database directly is found.")
    String intro();

    @Message("Entries in the chain")
    String head_seq();

    @Message("Hash of the last entry (note it down to compare later)")
    String head_hash();

    @Message("Check the whole chain")
    String verify_button();

    @Message("Intact: all {entries} entries check out.")
    String result_ok(long entries);

    @Message("Broken: {problems} problem(s) found in {entries} entries.")
    String result_broken(long problems, long entries);

    @Message("Checked at {time}")
    String checked_at(String time);

    @Message("Entry #{seq} (id {id}) was changed after it was written.")
    String problem_content_changed(Long seq, Long id);

    @Message("Entry #{seq} (id {id}) does not follow the entry before it.")
    String problem_link_broken(Long seq, Long id);

    @Message("Entries #{from} to #{to} are missing, just before entry #{seq} (id {id}).")
    String problem_entries_missing(Long from, Long to, Long seq, Long id);

    @Message("The last entries, #{from} to #{to}, are missing.")
    String problem_tail_missing(Long from, Long to);

    @Message("Entry id {id} is not in the chain: it was written around the application, or chaining it has been failing for minutes (see the log).")
    String problem_not_chained(Long id);

    @Message("{pending} entry(ies) written in the last few minutes are still being chained; the next check includes them.")
    String pending(long pending);

    @Message("Only the first {shown} problems are listed.")
    String problems_more(int shown);

    @Message("Audit trail: {program}")
    String program_heading(String program);

    @Message("Audit trail of application {reference}")
    String application_heading(String reference);

    @Message("Every recorded step that concerns this application, its round entries, assignments, scorecards and recommendations, oldest first.")
    String application_help();

    @Message("Every recorded step of this program, newest first.")
    String program_help();

    @Message("No entries yet.")
    String empty();

    @Message("#")
    String col_seq();

    @Message("Time")
    String col_time();

    @Message("By")
    String col_actor();

    @Message("Action")
    String col_action();

    @Message("Concerns")
    String col_entity();

    @Message("Before")
    String col_before();

    @Message("After")
    String col_after();

    @Message("Detail")
    String col_detail();

    @Message("Hash")
    String col_hash();

    @Message("Page {page} of {pages} ({total} entries)")
    String page_of(int page, int pages, long total);

    @Message("Previous page")
    String previous();

    @Message("Next page")
    String next();

    @Message("Audit trail as XLSX")
    String export_xlsx();

    @Message("Audit trail as CSV")
    String export_csv();

    @Message("Audit trail")
    String link();

    @Message("Check the integrity of the audit trail")
    String verify_link();

    @Message("Program")
    String fact_program();

    @Message("Audit trail of {program}")
    String export_title(String program);
}
