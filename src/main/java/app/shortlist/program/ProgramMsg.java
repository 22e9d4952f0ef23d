package app.shortlist.program;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The program pages' strings. English here; Chinese in messages/prog_zh-CN.properties.
 * ProgramMsgParityTest fails when a key lacks its Chinese.
 */
@MessageBundle(value = "prog", locale = "en")
public interface ProgramMsg {

    // --- Public program page ---------------------------------------------------

    @Message("Organiser: {organiser}")
    String organiser_is(String organiser);

    @Message("Submission deadline: {deadline} (China time)")
    String deadline_is(String deadline);

    @Message("Draft: until the program is opened, only administrators see this page.")
    String draft_notice();

    @Message("Apply now")
    String apply();

    @Message("Sign in to apply")
    String sign_in_to_apply();

    @Message("Applications are made from an applicant account.")
    String apply_applicants_only();

    @Message("Submissions have not opened yet.")
    String apply_not_yet();

    @Message("This program is not accepting submissions.")
    String apply_closed();

    @Message("About the program")
    String about();

    @Message("Timeline")
    String timeline();

    @Message("Submissions open")
    String timeline_open();

    @Message("Submission deadline")
    String timeline_deadline();

    @Message("All times are China Standard Time (UTC+8).")
    String china_time();

    @Message("Tracks")
    String tracks();

    @Message("Sections and support directions")
    String sections();

    @Message("Section")
    String col_section();

    @Message("Support direction")
    String col_direction();

    @Message("Quota (projects)")
    String col_quota();

    @Message("Budget (10,000 CNY)")
    String col_budget();

    @Message("Recommending units")
    String units();

    @Message("Recommending unit")
    String col_unit();

    @Message("City")
    String col_city();

    // --- Admin: list -----------------------------------------------------------

    @Message("Manage programs")
    String nav_admin_programs();

    @Message("Programs")
    String admin_title();

    @Message("Create programs from a template, edit them, open and close submissions, and extend deadlines.")
    String admin_lead();

    @Message("No program yet. Create one from a template below.")
    String admin_empty();

    @Message("Code")
    String col_code();

    @Message("Name")
    String col_name();

    @Message("Kind")
    String col_kind();

    @Message("Status")
    String col_status();

    @Message("Deadline")
    String col_deadline();

    @Message("Applications")
    String col_applications();

    @Message("{submitted} submitted · {draft} drafts · {returned} returned · {withdrawn} withdrawn")
    String counts(long submitted, long draft, long returned, long withdrawn);

    @Message("New program from a template")
    String from_template_title();

    @Message("The new program is a draft with the template's tracks or directions, units, rounds and form, its timeline starting today. Check it, edit it, then open it.")
    String from_template_hint();

    @Message("Template")
    String from_template_label();

    @Message("Create draft")
    String from_template_submit();

    // --- Admin: overview -------------------------------------------------------

    @Message("All programs")
    String back_to_list();

    @Message("Edit settings and structure")
    String edit_link();

    @Message("Public page")
    String public_link();

    @Message("As JSON (API)")
    String api_link();

    @Message("The draft program was created.")
    String done_created();

    @Message("Your changes were saved.")
    String done_saved();

    @Message("The program is now open for submissions.")
    String done_opened();

    @Message("The program no longer accepts submissions.")
    String done_closed();

    @Message("The submission deadline was extended for everyone.")
    String done_extended();

    @Message("Settings")
    String settings_title();

    @Message("Organiser")
    String label_organiser();

    @Message("Submissions open")
    String label_opens();

    @Message("Submission deadline")
    String label_deadline();

    @Message("Several applications per account")
    String label_allow_multiple();

    @Message("Applicants are enterprises (credit code asked)")
    String label_asks_enterprise();

    @Message("Applicants see their own scores and the judges' anonymised comments")
    String label_applicants_see_scores();

    @Message("Once a scoring round is confirmed, each applicant sees on their status page the score and rank "
            + "they were ranked by, the judges' average per criterion and the judges' comments, labelled Judge A, "
            + "Judge B… and never with a judge's name. Drafts and recused scorecards are never shown.")
    String applicants_see_scores_hint();

    @Message("not set")
    String not_set();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Submissions")
    String status_title();

    @Message("Status: {status}")
    String status_is(String status);

    @Message("Open for submissions")
    String open_button();

    @Message("Close submissions")
    String close_button();

    @Message("Extend the deadline")
    String extend_title();

    @Message("New deadline (China time)")
    String extend_deadline_label();

    @Message("Reason (recorded in the audit trail)")
    String extend_reason_label();

    @Message("Extend for everyone")
    String extend_submit();

    @Message("Rounds")
    String rounds();

    @Message("Application form")
    String fields();

    @Message("The form asks only the built-in questions.")
    String fields_empty();

    @Message("Question")
    String col_field();

    @Message("Key")
    String col_key();

    @Message("Type")
    String col_type();

    @Message("Required")
    String col_required();

    // --- Admin: editor ---------------------------------------------------------

    @Message("Edit: {name}")
    String edit_title(String name);

    @Message("Names and texts in both languages. Dates and times are China time (UTC+8).")
    String edit_lead();

    @Message("Code (used in reference numbers)")
    String label_code();

    @Message("The code and kind cannot change once the program has been opened.")
    String code_locked();

    @Message("Kind")
    String label_kind();

    @Message("Name in Chinese")
    String label_name_zh();

    @Message("Name in English")
    String label_name_en();

    @Message("Organiser in Chinese")
    String label_organiser_zh();

    @Message("Organiser in English")
    String label_organiser_en();

    @Message("Description in Chinese")
    String label_description_zh();

    @Message("Description in English")
    String label_description_en();

    @Message("Submissions open (China time)")
    String label_opens_input();

    @Message("Submission deadline (China time)")
    String label_deadline_input();

    @Message("Structure (JSON): divisions and tracks, sections and directions, recommending units, rounds and form fields")
    String label_structure();

    @Message("Existing parts keep their id; a new part has none; delete a part to remove it. Form fields are matched by key. Times are ISO 8601, e.g. 2024-08-01T09:00:00+08:00.")
    String structure_hint();

    @Message("Problems in the structure:")
    String structure_errors();

    @Message("Please correct the marked fields; nothing was saved.")
    String errors_title();

    @Message("Enter a date and time, e.g. 2024-07-31T17:00.")
    String invalid_date();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    // --- Admin: form builder ---------------------------------------------------

    @Message("Application form")
    String form_link();

    @Message("Application form: {name}")
    String form_title(String name);

    @Message("The program's own questions, asked after the built-in ones (project name, organisation, contact …). Rows are saved in the order of their position numbers. Choices apply to choice fields, minimum and maximum to numbers, file types and size to files.")
    String form_lead();

    @Message("Field {number}")
    String form_row(int number);

    @Message("New field")
    String form_new_row();

    @Message("Fill in an empty row to add a field; rows left empty are ignored. Tick “Remove” to take a field off the form.")
    String form_add_hint();

    @Message("Position")
    String form_position();

    @Message("Key (lower-case letters, digits, _)")
    String form_key();

    @Message("Type")
    String form_type();

    @Message("Section in Chinese")
    String form_group_zh();

    @Message("Section in English")
    String form_group_en();

    @Message("Question in Chinese")
    String form_label_zh();

    @Message("Question in English")
    String form_label_en();

    @Message("Help text in Chinese")
    String form_help_zh();

    @Message("Help text in English")
    String form_help_en();

    @Message("Required")
    String form_required();

    @Message("Choices: one per line, value|中文|English")
    String form_options();

    @Message("Minimum (numbers)")
    String form_min();

    @Message("Maximum (numbers)")
    String form_max();

    @Message("Most characters (text)")
    String form_max_length();

    @Message("Accepted file types (files)")
    String form_allowed_types();

    @Message("Largest file in MB (files)")
    String form_max_mb();

    @Message("Remove this field")
    String form_remove();

    @Message("Save the form")
    String form_save();

    @Message("The application form was saved.")
    String form_saved();

    @Message("Enter a number.")
    String form_not_a_number();

    @Message("Enter a whole number.")
    String form_not_a_whole_number();

    @Message("Problems elsewhere in the program (correct them in the settings editor):")
    String form_other_errors();

    // --- Admin: structure -------------------------------------------------------

    @Message("Structure")
    String structure_link();

    @Message("Structure: {name}")
    String structure_title(String name);

    @Message("The parts of the program, without JSON. Rows are saved in the order of their position numbers. Fill in an empty row to add a part; rows left empty are ignored. Tick “Remove” to take a part away; a part applications refer to cannot be removed.")
    String structure_lead();

    @Message("Divisions")
    String structure_divisions();

    @Message("Optional groupings of tracks. Removing a division keeps its tracks, outside any division.")
    String structure_divisions_help();

    @Message("Tracks")
    String structure_tracks();

    @Message("Choose the division a track belongs to. A new division can be chosen only after it has been saved.")
    String structure_tracks_help();

    @Message("Sections")
    String structure_sections();

    @Message("Optional groupings of support directions. Removing a section keeps its directions, outside any section.")
    String structure_sections_help();

    @Message("Support directions")
    String structure_directions();

    @Message("Each direction with its quota (projects) and budget (万元). A new section can be chosen only after it has been saved.")
    String structure_directions_help();

    @Message("Recommending units")
    String structure_units();

    @Message("Rounds")
    String structure_rounds();

    @Message("The stages in order; a round starts no earlier than the one before it. Times are China time.")
    String structure_rounds_help();

    @Message("Division")
    String structure_division();

    @Message("Track")
    String structure_track();

    @Message("Section")
    String structure_section();

    @Message("Support direction")
    String structure_direction();

    @Message("Recommending unit")
    String structure_unit();

    @Message("Round")
    String structure_round();

    @Message("{noun} {number}")
    String structure_row(String noun, int number);

    @Message("New division")
    String structure_new_division();

    @Message("New track")
    String structure_new_track();

    @Message("New section")
    String structure_new_section();

    @Message("New support direction")
    String structure_new_direction();

    @Message("New recommending unit")
    String structure_new_unit();

    @Message("New round")
    String structure_new_round();

    @Message("Name in Chinese")
    String structure_name_zh();

    @Message("Name in English")
    String structure_name_en();

    @Message("City in Chinese")
    String structure_city_zh();

    @Message("City in English")
    String structure_city_en();

    @Message("Quota (projects)")
    String structure_quota();

    @Message("Budget (万元)")
    String structure_budget();

    @Message("— no division —")
    String structure_no_division();

    @Message("— no section —")
    String structure_no_section();

    @Message("Kind")
    String structure_kind();

    @Message("Starts (China time)")
    String structure_starts();

    @Message("Ends (China time)")
    String structure_ends();

    @Message("Remove")
    String structure_remove();

    @Message("Save the structure")
    String structure_save();

    @Message("The structure was saved.")
    String structure_saved();
}
