package app.shortlist.judging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The ranking, advancement and leaderboard pages. English here; Chinese in messages/rk_zh-CN.properties. */
@MessageBundle(value = "rk", locale = "en")
public interface RankingMsg {

    @Message("Ranking and advancement")
    String ranking_title();

    @Message("Live leaderboard")
    String leaderboard_title();

    @Message("Ranking and advancement: {round}")
    String ranking_heading(String round);

    @Message("Live leaderboard: {round}")
    String leaderboard_heading(String round);

    @Message("Program")
    String label_program();

    @Message("Round")
    String label_round();

    @Message("State")
    String label_state();

    @Message("Score")
    String label_aggregation();

    @Message("Ties")
    String label_tie_breaks();

    @Message("Who goes on")
    String label_rule();

    @Message("Mean of the judges' totals (each total is the rubric's weighted mean)")
    String agg_mean();

    @Message("Mean after dropping one highest and one lowest total (with 5 or more scorecards; otherwise the plain mean)")
    String agg_trimmed_mean();

    @Message("Mean of the totals normalised per judge (z-score), rescaled to the rubric's range")
    String agg_z_score();

    @Message("higher mean score on “{criterion}”")
    String tb_criterion(String criterion);

    @Message("more full-mark scorecards")
    String tb_more_top_scores();

    @Message("lower system id (last resort: the application created first)")
    String tb_application_id();

    @Message("Equal scores are ordered by {rules}.")
    String tie_breaks_text(String rules);

    @Message(", then ")
    String then();

    @Message("Tied with the next entry; put ahead by {rule}")
    String tie_broken(String rule);

    @Message("The top {n} go on")
    String rule_top_n(int n);

    @Message("The top {n} of each track go on")
    String rule_top_n_track(int n);

    @Message("Everyone scoring {score} or more goes on")
    String rule_threshold(String score);

    @Message("Everyone scoring {score} or more in each track goes on")
    String rule_threshold_track(String score);

    @Message("The admin selects who goes on; the rule proposes nobody")
    String rule_manual();

    @Message("The rule is not complete (no number or score is set), so it proposes nobody")
    String rule_incomplete();

    @Message("Rank")
    String col_rank();

    @Message("Reference")
    String col_reference();

    @Message("Project")
    String col_project();

    @Message("Organisation")
    String col_organisation();

    @Message("Score")
    String col_score();

    @Message("Counted / valid scorecards")
    String col_counted();

    @Message("Scorecards in / due")
    String col_in_due();

    @Message("Rule proposes")
    String col_proposed();

    @Message("Outcome")
    String col_outcome();

    @Message("Notes")
    String col_notes();

    @Message("Change")
    String col_change();

    @Message("Not scored")
    String not_scored();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Goes on")
    String goes_on();

    @Message("Stays out")
    String stays_out();

    @Message("Moved in by the admin")
    String moved_in();

    @Message("Moved out by the admin")
    String moved_out();

    @Message("Reason: {reason}")
    String override_reason(String reason);

    @Message("Outlier: {judges} scored far from the rest of the panel")
    String outliers(String judges);

    @Message("Cut line: the rule puts the entries above it through")
    String cut_line();

    @Message("Cut line: the rule proposes nobody")
    String cut_line_top();

    @Message("Tie at the cut line: {entries} have the same score. The tie-breaks decided the order; check it, and move an entry across with a reason if needed, before confirming.")
    String tie_at_cut(String entries);

    @Message("All entries")
    String group_all();

    @Message("No track")
    String track_none();

    @Message("Move in")
    String move_in();

    @Message("Move out")
    String move_out();

    @Message("Reason (required, kept in the audit trail)")
    String reason_label();

    @Message("Undo the override")
    String undo_override();

    @Message("Reason for undoing (optional)")
    String undo_reason_label();

    @Message("Confirm who goes on")
    String confirm_title();

    @Message("{count} go on to {round}")
    String summary_next(long count, String round);

    @Message("{count} selected (this is the program's last scoring round)")
    String summary_last(long count);

    @Message("Confirm: {summary}")
    String confirm_button(String summary);

    @Message("Confirming freezes this ranking, decides every entry (passed or not passed), moves the selected into the next round and e-mails every applicant. It cannot be undone.")
    String confirm_note();

    @Message("The round is “{state}”: the ranking still moves as scorecards arrive. Overrides and confirmation are possible once the round is closed.")
    String not_closed(String state);

    @Message("Frozen ranking, confirmed by {who} on {when} (China Standard Time). Later changes to scorecards do not alter it.")
    String frozen(String who, String when);

    @Message("Live ranking, computed now from the submitted scorecards.")
    String live();

    @Message("Override recorded.")
    String done_override();

    @Message("Override removed: the rule decides for this entry again.")
    String done_override_removed();

    @Message("Confirmed: {count} of {total} go on. Applicants are being notified.")
    String done_confirmed(int count, int total);

    @Message("Live leaderboard")
    String leaderboard_link();

    @Message("Big-screen view")
    String screen_link();

    @Message("Back to the ranking")
    String back_to_ranking();

    @Message("This page refreshes itself every 3 seconds.")
    String refresh_note();

    @Message("No entries in this round yet.")
    String empty();

    @Message("{count} of {total} go on")
    String selected_count(long count, int total);

    @Message("Ranking of this round in the API (JSON)")
    String api_link();

    // --- the applicant's own result (status page), when the program shows scores

    @Message("Your scores")
    String own_title();

    @Message("Ranking confirmed {date}")
    String own_confirmed_at(String date);

    @Message("Score in the ranking")
    String own_score();

    @Message("Not scored")
    String own_not_scored();

    @Message("Rank")
    String own_rank();

    @Message("{rank} of {total} in your track")
    String own_rank_in_track(int rank, int total);

    @Message("{rank} of {total}")
    String own_rank_in_round(int rank, int total);

    @Message("Result")
    String own_result();

    @Message("Selected")
    String own_selected();

    @Message("Not selected")
    String own_not_selected();

    @Message("Scorecards counted")
    String own_scorecards();

    @Message("Judges' average per criterion")
    String own_criteria_caption();

    @Message("Criterion")
    String own_criterion();

    @Message("Average")
    String own_mean();

    @Message("Out of")
    String own_max();

    @Message("Judges' comments")
    String own_comments();

    @Message("The judges left no comments.")
    String own_no_comments();

    @Message("Judge {letters}")
    String own_judge(String letters);

    @Message("The score is the one the round was ranked by when it was confirmed. The averages are plain means of the "
            + "judges' scores and can differ from it, since the round may drop the highest and lowest scorecards or "
            + "even out each judge's scale. Judges are labelled A, B… so as not to name them.")
    String own_note();
}
