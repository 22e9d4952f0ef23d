package app.shortlist.bench;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.application.ApplicationSearch;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.demo.Job;
import app.shortlist.demo.JobStatus;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Program;
import app.shortlist.program.Round;
import app.shortlist.program.Track;
import app.shortlist.screening.ScreeningChecks;
import app.shortlist.screening.ScreeningQueue;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The two big lists of issue 6 over 100,000 synthetic applications, in process (the query code
 * the pages call, without HTTP): the admin application list (track + SUBMITTED, newest first,
 * 50 rows) and the screening queue (unfiltered oldest first, as the page opens; and state + track,
 * newest first), each right after a write through Hibernate (totals counted afresh) and with its
 * totals kept (web.ListTotals); and the flags of a queue page's 50 rows. Not part of the build; run with
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=ListsBench} (add the PostgreSQL
 * variables of the README for PostgreSQL). Prints the median and slowest of 7 timed runs after
 * 2 warm-ups, and the database's plan of the SQL the lists run.
 */
@Tag("bench")
@QuarkusTest
class ListsBench {

    static final int RUNS = 7;
    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    @Inject
    ApplicationSearch search;

    @Inject
    ScreeningQueue queue;

    @Inject
    ScreeningChecks checks;

    @Inject
    DataSource dataSource;

    long applicationId;
    long entryId;

    /**
     * One write to each table the lists read, untimed: H2 hands back a command's last result while
     * none of its tables has changed, which would time a cache; a served page meets tables that
     * other requests write to.
     */
    private void touch() {
        QuarkusTransaction.requiringNew().run(() -> {
            Application.update("updatedAt = ?1 where id = ?2", Instant.now(), applicationId);
            RoundEntry.update("enteredAt = ?1 where id = ?2", Instant.now(), entryId);
        });
    }

    /**
     * The same write past Hibernate (plain JDBC): H2 still drops its result cache, but
     * web.ListTotals does not hear of it — the steady state of a list whose tables no change has
     * touched since its totals were counted.
     */
    private void touchUnheard() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE application SET updated_at = CURRENT_TIMESTAMP WHERE id = " + applicationId);
            s.executeUpdate("UPDATE round_entry SET entered_at = CURRENT_TIMESTAMP WHERE id = " + entryId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void wipe() {
        TestData.wipe();
    }

    @Test
    void listsAt100000() throws Exception {
        long jobId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).queryParam("count", 100_000)
                .post("/api/v1/demo-data/synthetic").then().statusCode(202).extract().jsonPath().getLong("id");
        Instant until = Instant.now().plus(Duration.ofMinutes(20));
        Job job;
        do {
            job = QuarkusTransaction.requiringNew().call(() -> Job.findById(jobId));
            Thread.sleep(500);
        } while (job.status.isLive() && Instant.now().isBefore(until));
        if (job.status != JobStatus.DONE) {
            throw new AssertionError("synthetic set: " + job.status);
        }
        long programId = job.programId;
        long trackId = QuarkusTransaction.requiringNew().call(() -> Track
                .<Track> find("program.id = ?1 order by position, id", programId).firstResult().id);
        long roundId = QuarkusTransaction.requiringNew().call(() -> Round
                .<Round> find("program.id = ?1 order by position, id", programId).firstResult().id);

        var adminFilter = new ApplicationSearch.Filter(ApplicationStatus.SUBMITTED, trackId, null, null, null, null, null);
        ApplicationSearch.Page admin = QuarkusTransaction.requiringNew().call(
                () -> search.search(programId, adminFilter, ApplicationSearch.SortBy.SUBMITTED, 0, 50));
        System.out.printf("BENCH admin list: %d rows of %d%n", admin.rows().size(), admin.total());
        applicationId = admin.rows().get(0).id();
        report("admin list, track + SUBMITTED, newest first, 50 rows (page + count)", () -> search.search(programId,
                adminFilter, ApplicationSearch.SortBy.SUBMITTED, 0, 50));
        report("admin list, page 20 of the same", () -> search.search(programId, adminFilter,
                ApplicationSearch.SortBy.SUBMITTED, 20, 50));
        reportKept("admin list, track + SUBMITTED, newest first, 50 rows, total kept", () -> search.search(programId,
                adminFilter, ApplicationSearch.SortBy.SUBMITTED, 0, 50));

        ScreeningQueue.Page q = QuarkusTransaction.requiringNew().call(
                () -> queue.search(roundId, ScreeningQueue.Filter.none(), false, 0, 50));
        System.out.printf("BENCH queue: %d rows of %d%n", q.rows().size(), q.total());
        entryId = q.rows().get(0).entryId();
        report("screening queue, unfiltered, oldest first, 50 rows (page + count + state counts)",
                () -> queue.search(roundId, ScreeningQueue.Filter.none(), false, 0, 50));
        var queueFilter = new ScreeningQueue.Filter(EntryState.WAITING, trackId, null, null, null);
        report("screening queue, WAITING + track, newest first, 50 rows", () -> queue.search(roundId, queueFilter,
                true, 0, 50));
        reportKept("screening queue, unfiltered, oldest first, 50 rows, counts kept",
                () -> queue.search(roundId, ScreeningQueue.Filter.none(), false, 0, 50));
        reportKept("screening queue, WAITING + track, newest first, 50 rows, counts kept",
                () -> queue.search(roundId, queueFilter, true, 0, 50));
        List<Long> shown = q.rows().stream().map(ScreeningQueue.Row::applicationId).toList();
        report("screening queue page's flags of its 50 rows (duplicates named: 3)", () -> checks.flags(
                Program.findById(programId), shown, ScreeningChecks.NAMED_IN_LIST));

        explain("SELECT a.id FROM application a WHERE a.program_id = " + programId + " AND a.status <> 'DRAFT'"
                + " AND a.status = 'SUBMITTED' AND a.track_id = " + trackId + " ORDER BY a.program_id, a.track_id,"
                + " a.status, a.submitted_at DESC NULLS LAST, a.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
        explain("SELECT e.id, a.reference FROM round_entry e JOIN application a ON a.id = e.application_id"
                + " WHERE e.round_id = " + roundId + " ORDER BY e.round_id DESC, e.submitted_at ASC NULLS LAST,"
                + " e.id ASC"
                + " OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
        explain("SELECT e.id, a.reference FROM round_entry e JOIN application a ON a.id = e.application_id"
                + " WHERE e.round_id = " + roundId + " AND e.state = 'WAITING' AND a.track_id = " + trackId
                + " ORDER BY e.round_id DESC, e.state,"
                + " e.submitted_at DESC NULLS LAST, e.id DESC"
                + " OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
        explain("SELECT e.id, a.reference FROM round_entry e JOIN application a ON a.id = e.application_id"
                + " WHERE e.round_id = " + roundId + " ORDER BY a.submitted_at ASC NULLS LAST, e.id ASC"
                + " OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY");
    }

    private void explain(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN ANALYZE " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
            System.out.println("BENCH plan of " + sql + "\n" + plan);
        } catch (Exception e) {
            System.out.println("BENCH plan of " + sql + " failed: " + e);
        }
    }

    private void report(String what, Supplier<?> step) {
        report(what, step, this::touch);
    }

    private void reportKept(String what, Supplier<?> step) {
        report(what, step, this::touchUnheard);
    }

    private void report(String what, Supplier<?> step, Runnable before) {
        Runnable run = () -> QuarkusTransaction.requiringNew().call(step::get);
        run.run();
        run.run();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %-85s median %6d ms, slowest %6d ms (%d runs)%n", what, millis[RUNS / 2],
                millis[RUNS - 1], RUNS);
    }
}
