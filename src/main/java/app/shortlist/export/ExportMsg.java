package app.shortlist.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Exports: titles, facts and column headers of the files, and the export links. Chinese in messages/exp_zh-CN.properties. */
@MessageBundle(value = "exp", locale = "en")
public interface ExportMsg {

    @Message("Export")
    String export_label();

    @Message("Download the whole list as it is filtered now (every page)")
    String export_help();

    @Message("Excel (XLSX)")
    String format_xlsx();

    @Message("CSV")
    String format_csv();

    @Message("PDF")
    String format_pdf();

    @Message("Page {page} of {pages}")
    String page_of(String page, String pages);

    @Message("Applications · {program}")
    String title_applications(String program);

    @Message("Ranking · {program} · {round}")
    String title_ranking(String program, String round);

    @Message("applications")
    String file_applications();

    @Message("ranking")
    String file_ranking();

    @Message("Program")
    String fact_program();

    @Message("Round")
    String fact_round();

    @Message("Date")
    String fact_date();

    @Message("Filters")
    String fact_filters();

    @Message("none (every submitted application)")
    String fact_no_filter();

    @Message("Status")
    String fact_status();

    @Message("Who goes on")
    String fact_rule();

    @Message("Notice period")
    String fact_notice();

    @Message("Keyword “{q}”")
    String filter_keyword(String q);

    @Message("Reference")
    String col_reference();

    @Message("Project")
    String col_project();

    @Message("Organisation")
    String col_organisation();

    @Message("Track")
    String col_track();

    @Message("Support direction")
    String col_direction();

    @Message("Recommending unit")
    String col_unit();

    @Message("Country/region")
    String col_country();

    @Message("Status")
    String col_status();

    @Message("Requested (10,000 CNY)")
    String col_requested();

    @Message("Proposed (10,000 CNY)")
    String col_proposed_amount();

    @Message("No.")
    String col_position();

    @Message("Award")
    String col_award();

    @Message("Submitted")
    String col_submitted();

    @Message("Group")
    String col_group();

    @Message("Rank")
    String col_rank();

    @Message("Score")
    String col_score();

    @Message("Scorecards counted")
    String col_counted();

    @Message("Proposed by the rule")
    String col_proposed();

    @Message("Outcome")
    String col_outcome();

    @Message("Reason for the override")
    String col_override_reason();

    @Message("Version")
    String fact_version();

    @Message("Version {n}")
    String version(int n);

    @Message("Version {n} (final list)")
    String version_final(int n);

    @Message("Published")
    String fact_published();

    @Message("{start} to {end}")
    String notice_period(String start, String end);

    @Message("What changed and why")
    String fact_change();

    @Message("Left out of this version")
    String fact_dropped();

    @Message("{project} (reason: {reason})")
    String dropped(String project, String reason);

    @Message("result-list")
    String file_results();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Recommended projects · {program} · {unit}")
    String title_unit_recommendations(String program, String unit);

    @Message("Recommendations of every unit · {program} · {round}")
    String title_province_recommendations(String program, String round);

    @Message("recommendations")
    String file_recommendations();

    @Message("Recommending unit")
    String fact_unit();

    @Message("Quota")
    String fact_quota();

    @Message("{used} of {quota} used")
    String quota_used(int used, String quota);

    @Message("no limit")
    String quota_none();

    @Message("Recommendation list")
    String fact_list_state();

    @Message("City")
    String col_city();

    @Message("Priority")
    String col_priority();

    @Message("Recommender's opinion")
    String col_opinion();

    @Message("List state")
    String col_list_state();
}
