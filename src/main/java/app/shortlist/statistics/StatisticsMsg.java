package app.shortlist.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The dashboard. English here; Chinese in messages/stat_zh-CN.properties. */
@MessageBundle(value = "stat", locale = "en")
public interface StatisticsMsg {

    @Message("Dashboard")
    String title();

    @Message("Dashboard: {program}")
    String heading(String program);

    @Message("The same numbers as JSON (API)")
    String api_link();

    @Message("Totals")
    String totals_title();

    @Message("Submitted")
    String label_submitted();

    @Message("Withdrawn")
    String label_withdrawn();

    @Message("Drafts")
    String label_drafts();

    @Message("Funds requested (万元)")
    String label_funds_requested();

    @Message("Submitted")
    String step_submitted();

    @Message("Funnel")
    String funnel_title();

    @Message("Each bar is what entered the step; in a round's bar the darker part passed it. The table has the same numbers.")
    String funnel_help();

    @Message("Funnel of {program}")
    String funnel_chart(String program);

    @Message("{entered}, {passed} passed")
    String funnel_value(String entered, String passed);

    @Message("Step")
    String col_step();

    @Message("Kind")
    String col_kind();

    @Message("State")
    String col_state();

    @Message("Entered")
    String col_entered();

    @Message("Waiting")
    String col_waiting();

    @Message("Returned")
    String col_returned();

    @Message("Passed")
    String col_passed();

    @Message("Not passed")
    String col_rejected();

    @Message("Withdrawn")
    String col_withdrawn();

    @Message("Breakdowns")
    String breakdowns_title();

    @Message("By track")
    String dim_track();

    @Message("By support direction")
    String dim_direction();

    @Message("By country or region")
    String dim_country();

    @Message("By recommending unit")
    String dim_unit();

    @Message("Not given")
    String not_given();

    @Message("{title}: submitted applications")
    String breakdown_chart(String title);

    @Message("Name")
    String col_name();

    @Message("Applications")
    String col_applications();

    @Message("Share")
    String col_share();

    @Message("Rank")
    String col_rank();

    @Message("Funds requested (万元)")
    String col_funds_requested();

    @Message("Others ({count})")
    String others(int count);

    @Message("Total")
    String total();

    @Message("District league table")
    String league_title();

    @Message("Projects selected per recommending unit, grouped by city: each unit's share of its city's total and its rank among the city's units.")
    String league_help();

    @Message("Counting the published proposed support list.")
    String basis_result_list();

    @Message("Counting the projects selected in the confirmed round “{round}”. Funds proposed follow with the proposed support list.")
    String basis_confirmed_round(String round);

    @Message("Nothing is selected yet: counting the submitted applications. Funds proposed follow with the proposed support list.")
    String basis_submitted();

    @Message("{selected} selected of {applications} applications")
    String city_summary(String selected, String applications);

    @Message("{city}: projects selected per unit")
    String league_chart(String city);

    @Message("Recommending unit")
    String col_unit();

    @Message("Selected")
    String col_selected();

    @Message("Share of the city")
    String col_share_city();

    @Message("Rank in the city")
    String col_rank_city();

    @Message("Funds proposed (万元)")
    String col_funds_proposed();

    @Message("{city}: projects selected per support direction")
    String by_direction_caption(String city);

    @Message("This program has no recommending units.")
    String league_empty();

    @Message("Round progress")
    String progress_title();

    @Message("{submitted} of {due} scorecards submitted")
    String progress_summary(String submitted, String due);

    @Message("{round}: scorecards submitted of due, per judge")
    String progress_chart(String round);

    @Message("This program has no scoring rounds.")
    String progress_empty();

    @Message("No judges in this round's pool yet.")
    String pool_empty();

    @Message("Judge")
    String col_judge();

    @Message("Status")
    String col_status();

    @Message("Submitted / due")
    String col_done_due();

    @Message("Active")
    String active();

    @Message("Dropped out")
    String dropped_out();

    @Message("Progress and reminders")
    String progress_link();

    @Message("Dashboard")
    String dashboard_link();

    @Message("Projects")
    String col_projects();

    @Message("{city}: projects per unit")
    String league_chart_projects(String city);

    @Message("{city}: projects per support direction")
    String by_direction_caption_projects(String city);

    @Message("{applications} applications")
    String city_summary_projects(String applications);
}
