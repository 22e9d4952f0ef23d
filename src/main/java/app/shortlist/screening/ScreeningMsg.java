package app.shortlist.screening;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The screening pages. English here; Chinese in messages/scr_zh-CN.properties. */
@MessageBundle(value = "scr", locale = "en")
public interface ScreeningMsg {

    @Message("Screening")
    String nav();

    @Message("Qualification review")
    String title();

    @Message("Choose a program's screening round to open its queue.")
    String index_lead();

    @Message("No program has a screening round yet. Add one on the program's structure page.")
    String index_empty();

    @Message("Program")
    String col_program();

    @Message("Round")
    String col_round();

    @Message("Round state")
    String col_state();

    @Message("Open the queue")
    String open_queue();

    @Message("Checklist and reject reasons")
    String setup_link();

    @Message("Entries by state")
    String counts_label();

    @Message("{total} entries match")
    String queue_total(long total);

    @Message("No entry matches.")
    String queue_empty();

    @Message("State")
    String col_entry_state();

    @Message("Flags")
    String col_flags();

    @Message("Select")
    String col_select();

    @Message("Select every waiting entry on this page")
    String select_all();

    @Message("Select {reference}")
    String select_entry(String reference);

    @Message("Unit")
    String col_unit();

    @Message("Decide the selected entries")
    String bulk_title();

    @Message("Only waiting entries can be selected. The whole selection is decided, or none of it when one entry is no longer waiting.")
    String bulk_help();

    @Message("Decision")
    String bulk_decision();

    @Message("Pass")
    String decision_pass();

    @Message("Reject")
    String decision_reject();

    @Message("Apply to the selected entries")
    String bulk_apply();

    @Message("Reason")
    String reject_reason();

    @Message("(none; the explanation says why)")
    String reject_reason_none();

    @Message("Explanation")
    String reject_text();

    @Message("Choose a reason, write an explanation, or both. The applicant receives them by mail.")
    String reject_help();

    @Message("Round control")
    String control_title();

    @Message("Open the round")
    String open_round();

    @Message("Screeners can decide once the round is open.")
    String open_help();

    @Message("Close and confirm the round")
    String close_round();

    @Message("Closing confirms the round: the passed entries move into the next round, and no decision can change afterwards. While entries wait or are returned, only an admin can close, with a reason.")
    String close_help();

    @Message("Reason for closing")
    String close_reason();

    @Message("Closed on {when}")
    String closed_at(String when);

    @Message("Reason: {reason}")
    String closed_reason(String reason);

    @Message("Back to the queue")
    String back_to_queue();

    @Message("Entry {reference}")
    String entry_title(String reference);

    @Message("Decided by {who} on {when}")
    String decided_by(String who, String when);

    @Message("Automatic checks")
    String flags_title();

    @Message("They point at what to look at; they never decide.")
    String flags_help();

    @Message("No automatic check raised a flag.")
    String flags_none();

    @Message("Decision")
    String decision_title();

    @Message("Eligibility checklist")
    String checklist_title();

    @Message("This program has no checklist yet.")
    String checklist_empty();

    @Message("Tick every item to pass.")
    String checklist_help();

    @Message("Reason for changing the decision")
    String redecide_note();

    @Message("This entry is already decided; as an admin you may change the decision while the round is open. The reason is recorded.")
    String redecide_help();

    @Message("Return for correction")
    String return_title();

    @Message("What needs correcting")
    String return_message();

    @Message("Correct by (date)")
    String return_until();

    @Message("The applicant may edit and resubmit until the end of that day (China Standard Time); the entry then comes back to the queue.")
    String return_help();

    @Message("Return for correction")
    String return_submit();

    @Message("No decision can be made now: the entry is {entry}, the round is {round}.")
    String not_decidable(String entry, String round);

    @Message("Please enter a date as year-month-day.")
    String date_invalid();

    @Message("Passed: {reference}")
    String flash_passed(String reference);

    @Message("Rejected: {reference}")
    String flash_rejected(String reference);

    @Message("Returned for correction: {reference}")
    String flash_returned(String reference);

    @Message("{count} entries passed.")
    String flash_bulk_passed(int count);

    @Message("{count} entries rejected.")
    String flash_bulk_rejected(int count);

    @Message("The round is open.")
    String flash_opened();

    @Message("The round is closed and confirmed.")
    String flash_closed();

    @Message("Checklist and reject reasons of {program}")
    String setup_title(String program);

    @Message("One item a line, Chinese and English separated by a bar: 中文 | English. A line that keeps an item's Chinese or English wording keeps the item.")
    String setup_help();

    @Message("Eligibility checklist")
    String setup_checklist();

    @Message("Reject reasons")
    String setup_reasons();

    @Message("Save the checklist")
    String save_checklist();

    @Message("Save the reasons")
    String save_reasons();

    @Message("Checklist saved ({count} items).")
    String flash_checklist_saved(int count);

    @Message("Reject reasons saved ({count}).")
    String flash_reasons_saved(int count);

    @Message("Full application page")
    String full_application();
}
