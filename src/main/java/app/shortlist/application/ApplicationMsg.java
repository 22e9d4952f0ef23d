package app.shortlist.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The applicant's pages. English here; Chinese in messages/app_zh-CN.properties. */
@MessageBundle(value = "app", locale = "en")
public interface ApplicationMsg {

    @Message("My applications")
    String my_title();

    @Message("You have not started an application yet. Choose an open program to apply.")
    String my_empty();

    @Message("Program")
    String col_program();

    @Message("Project")
    String col_project();

    @Message("Reference")
    String col_reference();

    @Message("Status")
    String col_status();

    @Message("Last change")
    String col_updated();

    @Message("(untitled draft)")
    String untitled();

    @Message("Application form")
    String edit_title();

    @Message("Fill in the form across as many visits as you need; a draft keeps what you typed. Submitting checks everything.")
    String edit_lead();

    @Message("Editable until {until} (China Standard Time)")
    String edit_until(String until);

    @Message("Returned for correction: {message}")
    String edit_returned(String message);

    @Message("Basic information")
    String section_basic();

    @Message("Documents")
    String section_documents();

    @Message("Sections complete: {done} of {total}")
    String progress(int done, int total);

    @Message("complete")
    String progress_done();

    @Message("to do")
    String progress_todo();

    @Message("Save draft")
    String save();

    @Message("Submit application")
    String submit();

    @Message("required")
    String required();

    @Message("Choose…")
    String choose();

    @Message("Project name")
    String f_projectName();

    @Message("Applicant organisation")
    String f_organisation();

    @Message("Contact person")
    String f_contactName();

    @Message("Phone")
    String f_phone();

    @Message("E-mail")
    String f_email();

    @Message("Track")
    String f_trackId();

    @Message("Support direction")
    String f_directionId();

    @Message("Recommending unit")
    String f_unitId();

    @Message("Unified social credit code")
    String f_uscc();

    @Message("18 characters, as on the business licence.")
    String f_uscc_help();

    @Message("Country or region")
    String f_countryRegion();

    @Message("Funds requested (10,000 yuan)")
    String f_requestedAmount();

    @Message("Upload")
    String upload();

    @Message("Replace")
    String replace();

    @Message("Delete")
    String delete();

    @Message("Uploaded: {name} ({size})")
    String uploaded_file(String name, String size);

    @Message("Accepted: {types}; at most {size}.")
    String upload_rules(String types, String size);

    @Message("Draft saved.")
    String flash_saved();

    @Message("Your application has been submitted. Reference number: {reference}. A confirmation has been sent by e-mail.")
    String flash_submitted(String reference);

    @Message("Document uploaded: {name}")
    String flash_uploaded(String name);

    @Message("Document deleted.")
    String flash_deleted();

    @Message("Your application has been withdrawn.")
    String flash_withdrawn();

    @Message("Application {reference}")
    String status_title(String reference);

    @Message("Application (draft)")
    String status_title_draft();

    @Message("Submitted on {when}")
    String status_submitted_at(String when);

    @Message("Progress")
    String status_progress();

    @Message("Submission")
    String status_submission();

    @Message("Messages")
    String status_messages();

    @Message("No messages yet.")
    String status_no_messages();

    @Message("Edit")
    String status_edit();

    @Message("Withdraw…")
    String status_withdraw();

    @Message("Withdraw this application?")
    String withdraw_title();

    @Message("Withdrawing is final: the application leaves the program and cannot be submitted again. Its record is kept.")
    String withdraw_text();

    @Message("Yes, withdraw")
    String withdraw_confirm();

    @Message("No, keep it")
    String withdraw_cancel();

    @Message("Apply now")
    String apply();

    @Message("Download")
    String download();

    @Message("Applications")
    String admin_title();

    @Message("{total} applications")
    String admin_total(long total);

    @Message("All")
    String filter_all();

    @Message("Keyword")
    String filter_keyword();

    @Message("Project, organisation or reference")
    String filter_keyword_help();

    @Message("Sort")
    String filter_sort();

    @Message("Filter")
    String filter_apply();

    @Message("Newest first")
    String sort_newest();

    @Message("Oldest first")
    String sort_oldest();

    @Message("By reference")
    String sort_reference();

    @Message("Submitted")
    String col_submitted();

    @Message("Page {page} of {pages}")
    String page_of(int page, int pages);

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    @Message("No application matches.")
    String admin_empty();

    @Message("Individual deadline extension")
    String extension_title();

    @Message("Lets this application alone be edited and submitted until the end of the chosen day (China Standard Time). The reason is recorded.")
    String extension_help();

    @Message("Until (date)")
    String extension_until();

    @Message("Reason")
    String extension_reason();

    @Message("Grant extension")
    String extension_grant();

    @Message("Please enter a date as year-month-day.")
    String extension_date_invalid();

    @Message("Extension granted.")
    String flash_extended();

    @Message("Back to the list")
    String back_to_list();
}
