package app.shortlist.funding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The recommendation pages. English here; Chinese in messages/fund_zh-CN.properties. */
@MessageBundle(value = "fund", locale = "en")
public interface FundingMsg {

    @Message("Recommendation")
    String nav();

    @Message("Recommendation")
    String title();

    @Message("Your account is not bound to a recommending unit yet. Ask the province's administrator to bind it.")
    String not_bound();

    @Message("Your units")
    String my_units();

    @Message("Each program's recommendation round: every unit's list, its state and quota.")
    String admin_lead();

    @Message("No program has a recommendation round yet.")
    String no_rounds();

    @Message("Program")
    String col_program();

    @Message("Round")
    String col_round();

    @Message("State")
    String col_state();

    @Message("Unit")
    String col_unit();

    @Message("City")
    String col_city();

    @Message("Quota")
    String col_quota();

    @Message("Applications")
    String col_applications();

    @Message("Recommended")
    String col_recommended();

    @Message("List")
    String col_list();

    @Message("Priority")
    String col_order();

    @Message("Reference")
    String col_reference();

    @Message("Project")
    String col_project();

    @Message("Enterprise")
    String col_organisation();

    @Message("Support direction")
    String col_direction();

    @Message("Requested (万元)")
    String col_amount();

    @Message("Opinion")
    String col_opinion();

    @Message("Actions")
    String col_actions();

    @Message("Open the province view")
    String open_round();

    @Message("no limit")
    String unlimited();

    @Message("Quota: {used} used, {left} left of {quota}")
    String quota_line(String used, String left, String quota);

    @Message("Quota: no limit ({used} recommended)")
    String quota_unlimited(String used);

    @Message("This program has no recommendation round.")
    String no_round();

    @Message("The recommendation round is not open: the list cannot change now.")
    String round_not_open();

    @Message("Submitted to the province on {when} by {who}. The list is locked unless the province returns it.")
    String list_submitted(String when, String who);

    @Message("The province returned the list on {when}: {reason}")
    String list_returned(String when, String reason);

    @Message("Recommended, in priority order")
    String recommended_title();

    @Message("Nothing is recommended yet. Open an application below to recommend it.")
    String recommended_empty();

    @Message("The unit's applications")
    String queue_title();

    @Message("No application of this unit is in the round.")
    String queue_empty();

    @Message("Applications by state")
    String counts_label();

    @Message("Move {reference} up")
    String move_up(String reference);

    @Message("Move {reference} down")
    String move_down(String reference);

    @Message("Up")
    String up();

    @Message("Down")
    String down();

    @Message("Submit the list to the province")
    String submit();

    @Message("Submitting is final: the list is locked until the province returns it.")
    String submit_help();

    @Message("The list of {n} recommended applications was submitted to the province.")
    String flash_submitted(String n);

    @Message("Return the list to the unit")
    String return_list_title();

    @Message("Reason (sent to the unit)")
    String return_list_reason();

    @Message("Return the list")
    String return_list_submit();

    @Message("The list of {unit} was returned.")
    String flash_list_returned(String unit);

    @Message("Recommendation · {reference}")
    String entry_title(String reference);

    @Message("Back to the unit's list")
    String back_to_unit();

    @Message("Recommended, priority {priority}")
    String recommended_at(String priority);

    @Message("Not recommended")
    String not_recommended();

    @Message("Opinion")
    String opinion_title();

    @Message("Your opinion on this application")
    String opinion_label();

    @Message("Save the opinion")
    String opinion_save();

    @Message("Save and recommend")
    String recommend();

    @Message("Take off the list")
    String unrecommend();

    @Message("Place in the priority order")
    String position_label();

    @Message("Move")
    String position_save();

    @Message("Return for correction (补正)")
    String return_title();

    @Message("The application goes back to the enterprise; when it is resubmitted it comes back to your queue.")
    String return_help();

    @Message("What needs correcting")
    String return_message();

    @Message("Correct by (date)")
    String return_until();

    @Message("Return for correction")
    String return_submit();

    @Message("Enter the date as YYYY-MM-DD.")
    String date_invalid();

    @Message("The opinion on {reference} was saved.")
    String flash_opinion(String reference);

    @Message("{reference} is recommended, priority {priority}.")
    String flash_recommended(String reference, String priority);

    @Message("{reference} is no longer recommended.")
    String flash_unrecommended(String reference);

    @Message("{reference} is now priority {priority}.")
    String flash_moved(String reference, String priority);

    @Message("{reference} was returned for correction.")
    String flash_returned(String reference);

    @Message("Province view · {round}")
    String province_title(String round);

    @Message("Every recommending unit with its quota, its applications and the list it submitted, in its priority order.")
    String province_lead();

    @Message("Open the round")
    String open_round_submit();

    @Message("The recommendation round is open: the units may recommend.")
    String flash_opened();

    @Message("Confirm the round")
    String close_title();

    @Message("The applications recommended in submitted lists pass and move into the next round, unit by unit in priority order; the others do not pass.")
    String close_help();

    @Message("Reason (needed while units have not submitted)")
    String close_reason();

    @Message("Confirm and move on")
    String close_submit();

    @Message("The round is confirmed; the recommended applications are in the next round.")
    String flash_closed();

    @Message("Confirmed on {when}.")
    String closed_line(String when);

    @Message("Recommenders and units · {program}")
    String units_title(String program);

    @Message("Bind each recommender's account (Keycloak username) to the one unit it acts for. A recommender sees only its unit's applications.")
    String units_lead();

    @Message("No recommender is bound yet.")
    String units_empty();

    @Message("This program has no recommending units. Add them on the structure page first.")
    String units_no_units();

    @Message("Username")
    String col_username();

    @Message("E-mail")
    String col_email();

    @Message("Bind an account")
    String bind_title();

    @Message("Unit")
    String bind_unit();

    @Message("Username")
    String bind_username();

    @Message("E-mail for the province's messages (optional)")
    String bind_email();

    @Message("Bind")
    String bind_submit();

    @Message("Unbind {username}")
    String unbind(String username);

    @Message("{username} now acts for {unit}.")
    String flash_bound(String username, String unit);

    @Message("The account was unbound.")
    String flash_unbound();

    @Message("Recommenders and units")
    String units_link();
}
