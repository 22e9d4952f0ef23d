package app.shortlist.results;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The result list, public notice and objection pages. English here; Chinese in messages/res_zh-CN.properties. */
@MessageBundle(value = "res", locale = "en")
public interface ResultsMsg {

    @Message("Add to the list")
    String add_button();

    @Message("Add a project")
    String add_title();

    @Message("Added: {reason}")
    String added_reason(String reason);

    @Message("Result lists")
    String admin_lists_title();

    @Message("API (JSON)")
    String api_link();

    @Message("Budgets of the support directions (10,000 CNY)")
    String budgets_title();

    @Message("What changed and why: {note}")
    String change_note(String note);

    @Message("The final list has been published; this list can no longer change.")
    String closed_note();

    @Message("Award")
    String col_award();

    @Message("Budget")
    String col_budget();

    @Message("Support direction")
    String col_direction();

    @Message("Grouping")
    String col_grouping();

    @Message("Left")
    String col_left();

    @Message("No.")
    String col_no();

    @Message("Organisation")
    String col_organisation();

    @Message("Project")
    String col_project();

    @Message("Projects")
    String col_projects();

    @Message("Proposed support (10,000 CNY)")
    String col_proposed();

    @Message("Published")
    String col_published();

    @Message("Rank")
    String col_rank();

    @Message("Remove")
    String col_remove();

    @Message("Requested (10,000 CNY)")
    String col_requested();

    @Message("From round")
    String col_round();

    @Message("Title")
    String col_title();

    @Message("Recommending unit")
    String col_unit();

    @Message("Used")
    String col_used();

    @Message("{n} project(s)")
    String count(int n);

    @Message("Draft the list")
    String create_button();

    @Message("No round of this program is confirmed yet: confirm a round's ranking first.")
    String create_no_rounds();

    @Message("New result list from a confirmed round")
    String create_title();

    @Message("The draft has no projects.")
    String draft_empty();

    @Message("Draft ({n} project(s))")
    String draft_title(int n);

    @Message("Dropped from the previous version")
    String dropped_title();

    @Message("Optional: PDF, Word, Excel, PowerPoint, PNG or JPEG, at most 10 MB.")
    String evidence_help();

    @Message("Evidence: {name}")
    String evidence_link(String name);

    @Message("Final list")
    String final_badge();

    @Message("The project was added to the draft.")
    String flash_added();

    @Message("The proposed amount was saved.")
    String flash_amount();

    @Message("The list was drafted from the round's ranking.")
    String flash_created();

    @Message("Your objection was filed. You will be told by mail how it was resolved.")
    String flash_objection_filed();

    @Message("The list was published.")
    String flash_published();

    @Message("The project was taken off the draft.")
    String flash_removed();

    @Message("The resolution was recorded and the objector notified.")
    String flash_resolved();

    @Message("By support direction")
    String grouping_direction();

    @Message("By track")
    String grouping_track();

    @Message("Proposed (10,000 CNY)")
    String label_amount();

    @Message("Application (system id)")
    String label_application_id();

    @Message("Award (optional)")
    String label_award();

    @Message("What changed and why (required for a correction or the final list)")
    String label_change_note();

    @Message("Phone or e-mail")
    String label_contact();

    @Message("Evidence (optional)")
    String label_evidence();

    @Message("Final list (after the notice period; closes the list)")
    String label_final();

    @Message("Notice period ends (China Standard Time)")
    String label_notice_end();

    @Message("Notice period starts (China Standard Time)")
    String label_notice_start();

    @Message("Outcome")
    String label_outcome();

    @Message("Reason, if over the direction's budget")
    String label_over_budget_reason();

    @Message("Project")
    String label_project();

    @Message("Your real name")
    String label_real_name();

    @Message("Reason")
    String label_reason();

    @Message("Reasons")
    String label_reasons();

    @Message("Explanation")
    String label_resolution();

    @Message("Confirmed round")
    String label_round();

    @Message("Title in English")
    String label_title_en();

    @Message("Title in Chinese")
    String label_title_zh();

    @Message("This program has no result lists yet.")
    String no_lists();

    @Message("No objections.")
    String no_objections();

    @Message("Not published")
    String not_published();

    @Message("The notice period has ended; objections are no longer taken.")
    String notice_ended_text();

    @Message("During the notice period, anyone signed in may object to a listed project with their real name, contact and reasons.")
    String notice_open_text();

    @Message("Notice period: {start} – {end} (China Standard Time)")
    String notice_period(String start, String end);

    @Message("Notice period {period}")
    String notice_text(String period);

    @Message("The notice period has not started yet.")
    String notice_upcoming_text();

    @Message("Give your real name and how to reach you; the organiser answers every objection.")
    String objection_intro();

    @Message("File an objection")
    String objection_link();

    @Message("Sign in to file an objection")
    String objection_sign_in();

    @Message("File the objection")
    String objection_submit();

    @Message("Objection")
    String objection_title();

    @Message("Objections")
    String objections_title();

    @Message("{name} · {contact} (account {account})")
    String objector(String name, String contact, String account);

    @Message("Dismissed")
    String outcome_dismissed();

    @Message("Upheld")
    String outcome_upheld();

    @Message("Over budget: {reason}")
    String over_budget_reason(String reason);

    @Message("No results have been published yet.")
    String public_empty();

    @Message("Lists published by the organisers, with their notice periods.")
    String public_intro();

    @Message("Public page")
    String public_link();

    @Message("Results and public notices")
    String public_title();

    @Message("Publish")
    String publish_button();

    @Message("Publishing copies the draft as a numbered version that never changes. A later version is a correction and must say what changed and why.")
    String publish_note();

    @Message("Publish")
    String publish_title();

    @Message("published {when}")
    String published_at(String when);

    @Message("Record the resolution")
    String resolve_button();

    @Message("Save")
    String save();

    @Message("See the latest version.")
    String see_latest();

    @Message("This version has been superseded by a correction.")
    String superseded();

    @Message("Version {n}")
    String version_label(int n);

    @Message("Versions")
    String versions_title();
    @Message("Published results")
    String outcomes_title();

    @Message("on the list")
    String outcome_listed();

    @Message("not on the list")
    String outcome_not_listed();

    @Message("proposed support {amount} (10,000 CNY)")
    String outcome_proposed(String amount);

    @Message("Results")
    String nav_results();
}
