package app.shortlist.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI string. English here; Chinese in messages/msg_zh-CN.properties.
 * MessageBundleParityTest fails when a key lacks its Chinese.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    // --- Layout -------------------------------------------------------------
    @Message("Shortlist")
    String app_name();

    @Message("Contests and funding calls, from registration to the published list")
    String app_tagline();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main navigation")
    String nav_label();

    /** layout/error_summary's message when a page has only field errors to announce. */
    @Message("Please correct the marked fields; nothing was saved.")
    String form_refused();

    @Message("Programs")
    String nav_programs();

    @Message("My workspace")
    String nav_workspace();

    @Message("Sign in")
    String nav_sign_in();

    @Message("Register")
    String nav_register();

    @Message("Sign out")
    String nav_sign_out();

    @Message("Signed in as {name}")
    String nav_signed_in_as(String name);

    @Message("中文")
    String lang_switch_to();

    @Message("Switch the language")
    String lang_switch_label();

    @Message("API documentation")
    String footer_api();

    @Message("Shortlist — open, fair, traceable selection.")
    String footer_text();

    // --- Public home --------------------------------------------------------
    @Message("Programs open to the public")
    String home_title();

    @Message("Innovation contests and government funding calls run on Shortlist. Choose a program to read its rules and timeline, then sign in to apply.")
    String home_lead();

    @Message("No program is open yet. Published programs will appear here.")
    String home_empty();

    @Message("Submission deadline: {deadline}")
    String home_deadline(String deadline);

    @Message("Organiser: {organiser}")
    String home_organiser(String organiser);

    // --- Signed-in home -------------------------------------------------------
    @Message("My workspace")
    String workspace_title();

    @Message("Welcome, {name}.")
    String workspace_welcome(String name);

    @Message("Your roles: {roles}")
    String workspace_roles(String roles);

    @Message("You have no Shortlist role yet. Ask the organiser to grant one.")
    String workspace_no_role();

    @Message("Administrator")
    String role_admin();

    @Message("Screener")
    String role_screener();

    @Message("Judge")
    String role_judge();

    @Message("Recommending unit")
    String role_recommender();

    @Message("Applicant")
    String role_applicant();

    @Message("Set up programs with their tracks, support directions, rounds and forms; assign judges; close rounds, confirm advancement and publish result lists.")
    String workspace_admin();

    @Message("Run the qualification review: pass applications, reject them with a reason, or return them for correction.")
    String workspace_screener();

    @Message("Score the entries assigned to you in an open round, declare conflicts of interest, and comment.")
    String workspace_judge();

    @Message("Review your unit's applications and recommend them to the next level in priority order, within your quota.")
    String workspace_recommender();

    @Message("Apply to an open program, upload your documents, submit before the deadline and follow your application's status.")
    String workspace_applicant();

    @Message("Screening queue")
    String workspace_link_screening();

    @Message("Expert registry")
    String workspace_link_judges();

    @Message("My reviews")
    String workspace_link_reviews();

    @Message("My conflicts of interest")
    String workspace_link_conflicts();

    // --- Errors ---------------------------------------------------------------
    @Message("Page not found")
    String error_404_title();

    @Message("The page you asked for does not exist, or it is not visible to you.")
    String error_404_text();

    @Message("Not allowed")
    String error_403_title();

    @Message("Your account does not have the role this needs.")
    String error_403_text();

    @Message("Something went wrong")
    String error_500_title();

    @Message("The server could not complete the request. Nothing was changed. Please try again; if it keeps happening, tell the organiser and quote reference {ref}.")
    String error_500_text(String ref);

    @Message("The request could not be processed.")
    String error_400_text();

    @Message("Not possible")
    String error_refused_title();

    @Message("Back to the home page")
    String error_back_home();

    @Message("Sign-in is required.")
    String error_401_text();

    @Message("Temporarily unavailable")
    String error_503_title();
}
