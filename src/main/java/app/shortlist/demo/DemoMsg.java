package app.shortlist.demo;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The demo-data and job pages' strings, and the results a job stores. English
 * here; Chinese in messages/demo_zh-CN.properties (DemoMsgParityTest checks both).
 */
@MessageBundle(value = "demo", locale = "en")
public interface DemoMsg {

    // --- The demo-data page -------------------------------------------------------

    @Message("Demo data")
    String title();

    @Message("Generate the two reference programs of the design brief, and a large synthetic set for performance work. Each runs in the background: you are taken to a page that shows its progress and, when it is done, the result with a link to the program. None of this happens at start-up.")
    String lead();

    @Message("Each data set is made once: running it again is refused, so nothing is duplicated. A run that fails removes what it had written and may be started again.")
    String once_note();

    @Message("2024 Hangzhou Overseas Talent Contest (returnee division)")
    String hangzhou_title();

    @Message("Creates the contest from its template, with its five tracks and six rounds, and {count} submitted applications from {countries} countries and regions, spread over the tracks with the digital economy the largest. Every application answers the contest's form and carries a small PDF for each required document. The contest is opened when the data is complete; later submissions continue its reference numbers.")
    String hangzhou_text(String count, String countries);

    @Message("2024 Jiangxi Industrial Development Fund, third batch")
    String jiangxi_title();

    @Message("Creates the funding call from its template, with three sections, nine support directions and eleven recommending units, and the enterprises' applications: Nanchang High-tech Zone's {zone} with the per-direction counts of the proposed support list, fewer for the other Nanchang districts together — so the zone holds more than half of Nanchang's and ranks first — and some for Ganzhou. Every enterprise has a valid unified social credit code; amounts are in 万元.")
    String jiangxi_text(String zone);

    @Message("Synthetic set for performance work")
    String synthetic_title();

    @Message("Creates a contest of its own from the Hangzhou template — its code is SYN and the number, e.g. SYN100K — with that many applications, most of them submitted, written {batch} at a time. They have no attachments: they are quick to make, but a real submission would ask for the documents.")
    String synthetic_text(String batch);

    @Message("Number of applications (1 to 200,000)")
    String count_label();

    @Message("Generate")
    String generate();

    @Message("Recent jobs")
    String recent_title();

    @Message("No job has run yet.")
    String recent_empty();

    @Message("Job")
    String col_job();

    @Message("Data set")
    String col_kind();

    @Message("Status")
    String col_status();

    @Message("Progress")
    String col_progress();

    @Message("Created")
    String col_created();

    @Message("Started by")
    String col_started_by();

    @Message("Queued")
    String status_QUEUED();

    @Message("Running")
    String status_RUNNING();

    @Message("Done")
    String status_DONE();

    @Message("Failed")
    String status_FAILED();

    // --- The job page -------------------------------------------------------------

    @Message("Job #{id}")
    String job_title(String id);

    @Message("{done} of {total} ({percent} %)")
    String progress_text(String done, String total, int percent);

    @Message("This page refreshes itself every 2 seconds until the job is done.")
    String refresh_note();

    @Message("Nothing has moved for more than {minutes} minutes: the instance running this job has probably stopped. Starting the same data set again clears it up.")
    String stalled(long minutes);

    @Message("Open the program {code}")
    String program_link(String code);

    @Message("Back to demo data")
    String back();

    @Message("Result")
    String label_result();

    @Message("Finished")
    String label_finished();

    @Message("Time taken")
    String label_elapsed();

    @Message("{seconds} s")
    String seconds(String seconds);

    // --- Results a job stores (both languages are written) ----------------------

    @Message("Generated {count} submitted applications in {code}, over {tracks} tracks (the largest: {largest}) from {countries} countries and regions. The contest is open.")
    String done_hangzhou(String count, String code, int tracks, String largest, int countries);

    @Message("Generated {count} applications in {code}, over {directions} support directions and {units} recommending units, recommended by their units and reviewed by the experts. The proposed support list is published, in public notice until {until}: Nanchang High-tech Zone has {zone} projects, {share} of Nanchang's {city}, rank {rank} among its districts.")
    String done_jiangxi(String count, String code, int directions, int units, int zone, String share, int city,
            int rank, String until);

    @Message("Generated {count} applications in {code}, {submitted} of them submitted, without attachments. The contest is open.")
    String done_synthetic(String count, String code, String submitted);

    @Message("Generation failed, and what it had written has been removed. Cause: {cause}")
    String failed(String cause);

    @Message("Abandoned: nothing moved for more than {minutes} minutes (the instance running it stopped). What it had written has been removed.")
    String abandoned(long minutes);
}
