package app.shortlist.judging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The judge's pages and the admin's scorecard view. English here; Chinese in messages/sc_zh-CN.properties. */
@MessageBundle(value = "sc", locale = "en")
public interface ScorecardMsg {

    @Message("My reviews")
    String nav_my_reviews();

    // --- my reviews

    @Message("My reviews")
    String mine_title();

    @Message("The applications assigned to you, by round. Open rounds can be scored until their close time; earlier rounds stay here, read-only, with your scores.")
    String mine_lead();

    @Message("You have no assignments yet.")
    String mine_empty();

    @Message("Your account is not in the expert registry yet, so nothing is assigned to you. Ask an administrator to add you.")
    String mine_not_registered();

    @Message("Closes {closes} (China Standard Time)")
    String round_closes(String closes);

    @Message("{done} of {due} submitted")
    String round_progress(long done, long due);

    @Message("This round is over: your scores are kept here, read-only.")
    String round_read_only();

    @Message("Reference")
    String col_reference();

    @Message("Project")
    String col_project();

    @Message("Status")
    String col_status();

    @Message("My total: {total}")
    String my_total(String total);

    @Message("Score")
    String action_score();

    @Message("View")
    String action_view();

    @Message("Not started")
    String status_NEW();

    @Message("Draft")
    String status_DRAFT();

    @Message("Submitted")
    String status_SUBMITTED();

    @Message("Recused")
    String status_RECUSED();

    // --- one assignment

    @Message("Scorecard {reference}")
    String assignment_title(String reference);

    @Message("My reviews")
    String back_to_list();

    @Message("Blind round: who applied is hidden from judges, and documents carry neutral names.")
    String blind_notice();

    @Message("Application")
    String application_heading();

    @Message("Project name")
    String project_name();

    @Message("The application is no longer shown: the round is over, or you recused yourself. Your own scores remain below.")
    String application_hidden();

    @Message("Documents")
    String documents_heading();

    @Message("No documents.")
    String documents_none();

    @Message("Download {name}")
    String download(String name);

    @Message("Scores")
    String rubric_heading();

    @Message("Score each criterion within its range and step. The total is the weighted mean of the scores; each criterion's weight is shown as a percentage.")
    String rubric_lead();

    @Message("Weight {weight}")
    String criterion_weight(String weight);

    @Message("{min} to {max}, in steps of {step}")
    String criterion_range(String min, String max, String step);

    @Message("This round has no rubric yet; scoring opens once the administrator has set it.")
    String no_rubric();

    @Message("Comment (optional)")
    String comment_label();

    @Message("Comment")
    String comment_heading();

    @Message("Save draft")
    String save();

    @Message("Submit scores")
    String submit();

    @Message("Submitting locks the scorecard: you cannot change it afterwards (only an administrator can reopen it). Save a draft if you are not finished.")
    String submit_warning();

    @Message("Saving…")
    String autosave_saving();

    @Message("Saved automatically {time}")
    String autosave_saved(String time);

    @Message("Not saved automatically: {message}")
    String autosave_failed(String message);

    @Message("The server could not be reached. Your entries are still on this page: use Save draft when you are back online.")
    String autosave_offline();

    @Message("Last saved {when} (China Standard Time)")
    String saved_at(String when);

    @Message("Submitted {when} (China Standard Time)")
    String submitted_at(String when);

    @Message("Weighted total: {total}")
    String total(String total);

    @Message("An administrator reopened this scorecard. Reason: {reason}. Correct it and submit it again; it stays editable until you do.")
    String reopened_notice(String reason);

    @Message("Not scored")
    String not_scored();

    @Message("Draft saved.")
    String flash_saved();

    @Message("Scores submitted. Thank you.")
    String flash_submitted();

    // --- admin

    @Message("Scorecards · {round}")
    String admin_title(String round);

    @Message("Every assignment of the round with its scorecard. Open an application to see each judge's scores, and reopen a submitted scorecard with a reason.")
    String admin_lead();

    @Message("No assignments in this round yet.")
    String admin_empty();

    @Message("Assigned")
    String admin_col_assigned();

    @Message("Submitted")
    String admin_col_submitted();

    @Message("Drafts")
    String admin_col_drafts();

    @Message("Judge")
    String admin_col_judge();

    @Message("Total")
    String admin_col_total();

    @Message("Comment")
    String admin_col_comment();

    @Message("Application {reference} · {project}")
    String admin_application(String reference, String project);

    @Message("Open the application")
    String admin_open_application();

    @Message("All applications of the round")
    String admin_back();

    @Message("Reopened because: {reason}")
    String admin_reopened(String reason);

    @Message("Reason for reopening")
    String reopen_label();

    @Message("The judge can then change and submit it again, even after the close time (until the round is confirmed); they are told by e-mail.")
    String reopen_help();

    @Message("Reopen scorecard")
    String reopen_button();

    @Message("Scorecard reopened; the judge has been told by e-mail.")
    String flash_reopened();

    // --- recusal (回避) on the assignment page

    @Message("Recuse yourself")
    String recuse_heading();

    @Message("If you have a conflict of interest with this application (your organisation, a former colleague, a relative …), recuse yourself and say why. Your draft is discarded and another judge will be assigned. This cannot be undone.")
    String recuse_help();

    @Message("Reason for recusal")
    String recuse_reason();

    @Message("Recuse from this application")
    String recuse_button();
}
