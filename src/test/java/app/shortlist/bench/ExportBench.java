package app.shortlist.bench;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.program.Program;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The numbers in docs/benchmarks.md for exports: 100,000 applications exported through the staff
 * list's export route, in each format, with the heap sampled while the file streams. Not part of the
 * build; run with {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=ExportBench}
 * (add {@code -DargLine=-Xmx512m} to show that the export fits a small heap; H2 in memory keeps the
 * 100,000 rows themselves on the same heap).
 */
@Tag("bench")
@QuarkusTest
class ExportBench {

    static final int ROWS = 100_000;

    @AfterAll
    static void wipe() {
        TestData.wipe();
    }

    @Test
    void applicationList_100k() throws Exception {
        TestData.wipe();
        TestData.Contest contest = TestData.openContest("BENCH");
        long started = System.nanoTime();
        insert(contest, ROWS);
        System.out.printf("BENCH insert %,d applications: %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
        String admin = TestTokens.forRole(Role.ADMIN);
        String url = "/admin/programs/" + contest.programId() + "/applications/export";
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (String format : new String[] { "csv", "xlsx", "pdf" }) {
            drain(given().auth().oauth2(admin).queryParam("format", format).get(url).asInputStream()); // warm-up
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t0 = System.nanoTime();
            long bytes = drain(given().auth().oauth2(admin).queryParam("format", format).get(url).asInputStream());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            System.out.printf("BENCH export %,d rows as %s: %d ms, %,d bytes, heap baseline %d MB, peak %d MB, max heap %d MB%n",
                    ROWS, format, ms, bytes, baseline >> 20, peak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        }
    }

    static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
            }
        }
        return total;
    }

    /** Submitted applications written by JDBC batches (the bench measures the export, not the inserts). */
    static void insert(TestData.Contest contest, int count) {
        for (int from = 1; from <= count; from += 10_000) {
            insert(contest, from, Math.min(count, from + 9_999));
        }
    }

    /** Rows {@code from}..{@code to}, one transaction (H2 in memory keeps a transaction's undo log on the heap). */
    static void insert(TestData.Contest contest, int from, int to) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> Program.getEntityManager().unwrap(Session.class)
                .doWork(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO application (id, program_id, applicant_id,"
                            + " applicant_name, applicant_lang, reference, status, project_name, organisation, track_id,"
                            + " country_region, requested_amount, created_at, updated_at, submitted_at, version)"
                            + " VALUES (?, ?, ?, ?, 'zh-CN', ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                        Timestamp now = Timestamp.from(Instant.now());
                        for (int i = from; i <= to; i++) {
                            ps.setLong(1, 50_000_000L + i);
                            ps.setLong(2, contest.programId());
                            ps.setString(3, "bench-" + i);
                            ps.setString(4, "申报人 " + i);
                            ps.setString(5, "BENCH-%06d".formatted(i));
                            ps.setString(6, "南昌高新区智能制造示范项目 " + i);
                            ps.setString(7, "江西省某某科技有限公司 " + (i % 997));
                            ps.setLong(8, contest.trackId());
                            ps.setString(9, i % 3 == 0 ? "CN" : i % 3 == 1 ? "DE" : "JP");
                            ps.setBigDecimal(10, BigDecimal.valueOf(i % 500 + 10));
                            ps.setTimestamp(11, now);
                            ps.setTimestamp(12, now);
                            ps.setTimestamp(13, new Timestamp(now.getTime() + i));
                            ps.addBatch();
                            if (i % 1000 == 0) {
                                ps.executeBatch();
                            }
                        }
                        ps.executeBatch();
                    }
                }));
    }
}
