package app.shortlist.judging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The round, judge-pool, assignment and progress pages. English here; Chinese in
 * messages/jdg_zh-CN.properties (MessageBundleParityTest checks both have every key).
 */
@MessageBundle(value = "jdg", locale = "en")
public interface JudgingMsg {

    @Message("Expert registry")
    String nav_registry();

    @Message("My conflicts of interest")
    String nav_conflicts();

    @Message("Round sections")
    String round_nav_label();

    @Message("Settings and rubric")
    String nav_settings();

    @Message("Judges")
    String nav_pool();

    @Message("Assignments")
    String nav_assignments();

    @Message("Progress")
    String nav_progress();

    @Message("Ranking")
    String nav_ranking();

    @Message("Scoring rounds open to their settings, judges, assignments and progress. Experts are kept in the")
    String overview_rounds_help();

    @Message("In numbers")
    String counts_title();

    @Message("Applications waiting")
    String count_entries();

    @Message("Judges")
    String count_pool();

    @Message("{active} active / {total} in all")
    String count_pool_value(long active, long total);

    @Message("Assignments")
    String count_assignments();

    @Message("Recusals")
    String count_recused();

    @Message("Scorecards submitted")
    String count_submitted();

    @Message("State")
    String state_title();

    @Message("This round is {state}.")
    String state_is(String state);

    @Message("closes {when} (China time)")
    String closes_at(String when);

    @Message("The close time has passed: judges cannot score until it is moved later.")
    String ends_passed_hint();

    @Message("Opening needs a rubric, judges in the pool and applications waiting.")
    String open_help();

    @Message("Open for scoring")
    String open_button();

    @Message("Close the round")
    String close_button();

    @Message("Reason for reopening")
    String reopen_reason();

    @Message("Reopen the round")
    String reopen_button();

    @Message("Settings")
    String settings_title();

    @Message("Judges per application (k)")
    String k_label();

    @Message("How scores are combined")
    String aggregation_label();

    @Message("Weighted mean")
    String aggregation_mean();

    @Message("Trimmed mean (drop the highest and the lowest when there are at least 5)")
    String aggregation_trimmed();

    @Message("Per-judge normalisation (z-score)")
    String aggregation_z();

    @Message("Starts")
    String starts_label();

    @Message("Close time")
    String ends_label();

    @Message("Times are China Standard Time (UTC+8).")
    String china_time();

    @Message("Blind review: judges do not see who applied")
    String blind_label();

    @Message("Live scoring on site (leaderboard follows the scorecards)")
    String live_label();

    @Message("Tie-breaks, in order")
    String tie_breaks_label();

    @Message("Comma-separated: criterion:KEY (higher mean on the criterion with that key), MORE_TOP_SCORES (more full marks), APPLICATION_ID (earlier application, as the last resort).")
    String tie_breaks_help();

    @Message("Advancement rule")
    String rule_legend();

    @Message("Rule")
    String rule_kind_label();

    @Message("How many go on (top N)")
    String rule_n_label();

    @Message("Score threshold")
    String rule_threshold_label();

    @Message("Apply the rule within each track")
    String rule_per_track_label();

    @Message("Save settings")
    String save_settings();

    @Message("Rubric")
    String rubric_title();

    @Message("One criterion per block; weights are relative and shown as percentages. Clear every box of a criterion to remove it; fill an empty block to add one.")
    String rubric_help();

    @Message("Scorecards exist in this round, so its rubric can no longer change.")
    String rubric_locked();

    @Message("New criterion")
    String new_criterion();

    @Message("Key")
    String col_key();

    @Message("Name (Chinese)")
    String col_name_zh();

    @Message("Name (English)")
    String col_name_en();

    @Message("Guidance (Chinese)")
    String col_guidance_zh();

    @Message("Guidance (English)")
    String col_guidance_en();

    @Message("Lowest score")
    String col_min();

    @Message("Highest score")
    String col_max();

    @Message("Step")
    String col_step();

    @Message("Weight")
    String col_weight();

    @Message("Save rubric")
    String save_rubric();

    @Message("Some values need attention; see the message next to each.")
    String errors_title();

    @Message("Enter a whole number.")
    String not_a_whole_number();

    @Message("Enter a number, e.g. 85.5.")
    String not_a_number();

    @Message("Enter a date and time.")
    String invalid_date();

    @Message("The settings are saved.")
    String done_settings();

    @Message("The rubric is saved.")
    String done_rubric();

    @Message("The round is open for scoring.")
    String done_opened();

    @Message("The round is closed.")
    String done_closed();

    @Message("The round is open again.")
    String done_reopened();

    @Message("Judges")
    String pool_title();

    @Message("The experts who judge this round. Panels limit a judge to some tracks (none ticked: every track). A judge who drops out keeps what they submitted; the next assignment run moves the rest.")
    String pool_lead();

    @Message("No judge in this round yet.")
    String pool_empty();

    @Message("Judge")
    String col_judge();

    @Message("Organisation")
    String col_organisation();

    @Message("Panels (tracks)")
    String col_panels();

    @Message("Status")
    String col_status();

    @Message("Actions")
    String col_actions();

    @Message("Every track")
    String all_tracks();

    @Message("Save panels")
    String save_panels();

    @Message("Active")
    String active();

    @Message("Dropped out")
    String dropped_out();

    @Message("Reason for dropping out")
    String drop_reason();

    @Message("Mark as dropped out")
    String drop_button();

    @Message("Reactivate")
    String reactivate_button();

    @Message("Add a judge from the registry")
    String pool_add_title();

    @Message("Every expert of the registry is in this round already, or the registry is empty:")
    String pool_add_none();

    @Message("— choose —")
    String choose();

    @Message("Tick the tracks this judge judges; leave all unticked for every track.")
    String panels_help();

    @Message("Add to the pool")
    String pool_add_button();

    @Message("The judge is in the pool.")
    String done_pool_added();

    @Message("The panels are saved.")
    String done_panels();

    @Message("The judge is marked as dropped out. Run the assignment to move their open work.")
    String done_dropped();

    @Message("The judge is active again.")
    String done_reactivated();

    @Message("Expert registry")
    String registry_title();

    @Message("Experts who may judge, known by the username they sign in with. Add them to a round on the round's Judges page.")
    String registry_lead();

    @Message("No expert yet.")
    String registry_empty();

    @Message("Username")
    String col_username();

    @Message("Name")
    String col_name();

    @Message("E-mail")
    String col_email();

    @Message("Recommending unit")
    String col_unit();

    @Message("Declared conflicts")
    String col_conflicts();

    @Message("Rounds")
    String col_rounds();

    @Message("The account's sign-in name (Keycloak username), e.g. judge1.")
    String username_help();

    @Message("The expert's own organisation: they never judge its applications.")
    String organisation_help();

    @Message("A recommending unit the expert belongs to, by name: they never judge what it recommended.")
    String unit_help();

    @Message("Add an expert")
    String registry_add_title();

    @Message("Add expert")
    String registry_add_button();

    @Message("Edit expert")
    String judge_edit_title();

    @Message("Save")
    String save();

    @Message("{name} is in the registry.")
    String done_judge_added(String name);

    @Message("The expert is saved.")
    String done_judge_saved();

    @Message("My conflicts of interest")
    String conflicts_title();

    @Message("Declare the organisations, credit codes and applicants you must not judge. You are never assigned to their applications; the same organisation or recommending unit as yours counts too.")
    String conflicts_lead();

    @Message("You are not in the expert registry yet. Ask an administrator to add your account ({username}); then you can declare your conflicts here.")
    String conflicts_not_registered(String username);

    @Message("You have declared no conflict.")
    String conflicts_empty();

    @Message("Conflict with")
    String col_conflict_kind();

    @Message("Organisation, code or applicant")
    String col_conflict_value();

    @Message("Note")
    String col_note();

    @Message("Declared")
    String col_declared();

    @Message("Remove")
    String conflict_remove();

    @Message("Declare a conflict")
    String conflict_add_title();

    @Message("The organisation's full name, the 18-character unified social credit code, or the applicant's username.")
    String conflict_value_help();

    @Message("Declare")
    String conflict_add_button();

    @Message("Your conflict is declared.")
    String done_conflict_declared();

    @Message("The conflict is removed.")
    String done_conflict_removed();

    @Message("Assignments")
    String assignments_title();

    @Message("Automatic assignment")
    String run_title();

    @Message("Gives every waiting application {k} judges, balanced across the pool, never a conflicted one. Run it again after changes: it keeps what is valid and fills only the gaps.")
    String run_help(int k);

    @Message("Run the assignment")
    String run_button();

    @Message("Change by hand")
    String manual_title();

    @Message("Add")
    String manual_add();

    @Message("Remove")
    String manual_remove();

    @Message("Application (reference number)")
    String manual_application();

    @Message("Reason")
    String manual_reason();

    @Message("Apply")
    String manual_button();

    @Message("by hand")
    String manual_badge();

    @Message("No application of this program has that reference number.")
    String application_unknown();

    @Message("Short of judges")
    String shortfalls_title();

    @Message("Every waiting application has {k} judges.")
    String shortfalls_none(int k);

    @Message("{n} application(s) have fewer than {k} judges: too few judges in the pool are free of conflicts and within the panels.")
    String shortfalls_lead(int n, int k);

    @Message("Reference")
    String col_reference();

    @Message("Project")
    String col_project();

    @Message("Judges")
    String col_assigned();

    @Message("Loads per judge")
    String loads_title();

    @Message("Assignments")
    String col_load();

    @Message("All assignments")
    String assignments_list();

    @Message("Assignments of {name}")
    String assignments_of(String name);

    @Message("show all")
    String show_all();

    @Message("{total} in all")
    String assignments_total(long total);

    @Message("No assignment yet.")
    String assignments_empty();

    @Message("Scorecard")
    String col_scorecard();

    @Message("Recused")
    String recused();

    @Message("Assigned")
    String assigned();

    @Message("Submitted")
    String scorecard_submitted();

    @Message("Draft")
    String scorecard_draft();

    @Message("Pages")
    String pager_label();

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    @Message("Assignment done: {added} added, {removed} removed, {kept} kept for their submitted scorecards, {shortfalls} application(s) short of judges, {refused} manual addition(s) no longer possible.")
    String done_run(int added, int removed, int kept, int shortfalls, int refused);

    @Message("The judge is assigned.")
    String done_manual_added();

    @Message("The judge is removed from the application; later runs will not assign them to it again.")
    String done_manual_removed();

    @Message("Progress")
    String progress_title();

    @Message("{submitted} of {due} scorecards submitted.")
    String progress_total(long submitted, long due);

    @Message("Sends one e-mail (in Chinese and English) to every active judge who still owes scorecards.")
    String reminders_help();

    @Message("Send reminders")
    String reminders_button();

    @Message("{n} reminder(s) queued.")
    String done_reminders(int n);

    @Message("Per judge")
    String progress_by_judge();

    @Message("Per application (least complete first)")
    String progress_by_application();

    @Message("Submitted / due")
    String col_done_due();

    @Message("You have recused yourself; the application will be given to another judge.")
    String done_recused();
}
