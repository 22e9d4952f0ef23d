package app.shortlist.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.Application;
import app.shortlist.support.DatabaseSnapshot;
import app.shortlist.support.TestClock;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The chain proves what happened to the table behind the application's back: an entry edited, deleted,
 * or written around it is reported — that entry, and nothing else. Entries are chained just after their
 * transaction commits, off its commit path; the caller still finds them chained when it goes on.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    @Inject
    AuditSealer sealer;

    @Inject
    TestClock clock;

    @BeforeEach
    @AfterEach
    void wipe() {
        clock.reset();
        TestData.wipe();
    }

    @Test
    void entriesAreChainedInOrderAndTheChainChecksOut() {
        List<Long> ids = record(5);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> AuditEntry.getEntityManager()
                .createQuery("select e.id, e.seq, e.prevHash, e.entryHash from AuditEntry e order by e.seq", Object[].class)
                .getResultList());
        assertEquals(5, rows.size());
        String prev = AuditHash.GENESIS;
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(ids.get(i), rows.get(i)[0]);
            assertEquals((long) i + 1, rows.get(i)[1]);
            assertEquals(prev, rows.get(i)[2], "each entry points at the one before it");
            prev = (String) rows.get(i)[3];
        }
        AuditChain.Verification v = chain.verify();
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(5, v.entries());
        assertEquals(5, v.headSeq());
        assertEquals(prev, v.headHash());
    }

    @Test
    void aReasonEditedInTheDatabaseIsReportedAtExactlyThatEntry() {
        List<Long> ids = record(6);
        long edited = ids.get(3);
        sql("UPDATE audit_entry SET detail = 'no reason at all' WHERE id = " + edited);

        AuditChain.Verification v = chain.verify();
        assertEquals(List.of(new AuditChain.Problem(AuditChain.ProblemKind.CONTENT_CHANGED, edited, 4L, null, null)),
                v.problems());
        assertEquals(1, v.problemCount());
        assertEquals(6, v.entries());

        // The same through the API, and on the admin page.
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).when().get("/api/v1/audit/verify")
                .then().statusCode(200).body("ok", equalTo(false)).body("problemCount", equalTo(1))
                .body("problems[0].kind", equalTo("CONTENT_CHANGED"))
                .body("problems[0].entryId", equalTo((int) edited)).body("problems[0].seq", equalTo(4));
        String html = given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en")
                .when().get("/admin/audit/verify").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Broken: 1 problem(s) found in 6 entries."), html);
        assertTrue(html.contains("Entry #4 (id " + edited + ") was changed after it was written."), html);
        assertEquals(1, html.split("data-testid=\"problem\"", -1).length - 1, "one problem listed");
        String zh = given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "zh-CN")
                .when().get("/admin/audit/verify").then().statusCode(200).extract().asString();
        assertTrue(zh.contains("第 4 条记录（id " + edited + "）在写入后被修改。"), zh);
    }

    @Test
    void aChangedTimeOrActorIsFoundToo() {
        List<Long> ids = record(3);
        sql("UPDATE audit_entry SET occurred_at = occurred_at - INTERVAL '1' DAY WHERE id = " + ids.get(0));
        sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = " + ids.get(2));
        AuditChain.Verification v = chain.verify();
        assertEquals(List.of(new AuditChain.Problem(AuditChain.ProblemKind.CONTENT_CHANGED, ids.get(0), 1L, null, null),
                new AuditChain.Problem(AuditChain.ProblemKind.CONTENT_CHANGED, ids.get(2), 3L, null, null)),
                v.problems());
    }

    @Test
    void aDeletedEntryIsReportedAsTheGapBeforeTheNextOne() {
        List<Long> ids = record(5);
        sql("DELETE FROM audit_entry WHERE id = " + ids.get(2));
        AuditChain.Verification v = chain.verify();
        assertEquals(List.of(new AuditChain.Problem(AuditChain.ProblemKind.ENTRIES_MISSING, ids.get(3), 4L, 3L, 3L)),
                v.problems());
        String html = given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en")
                .when().get("/admin/audit/verify").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Entries #3 to #3 are missing, just before entry #4 (id " + ids.get(3) + ")."), html);
    }

    @Test
    void deletingTheLastEntriesIsCaughtByTheHead() {
        record(4);
        sql("DELETE FROM audit_entry WHERE seq >= 3");
        AuditChain.Verification v = chain.verify();
        assertEquals(List.of(new AuditChain.Problem(AuditChain.ProblemKind.TAIL_MISSING, null, null, 3L, 4L)),
                v.problems());
    }

    @Test
    void rowsWrittenBeforeTheChainAreChainedOnceAndThenCheckOut() {
        // An upgraded database: rows of the old schema (no seq, no hashes), microsecond times, Chinese,
        // emoji, right-to-left text, null next to empty.
        sql("INSERT INTO audit_entry (id, occurred_at, actor, action, entity_type, entity_id, program_id, before_state,"
                + " after_state, detail) VALUES (900001, TIMESTAMP WITH TIME ZONE '2024-03-01 09:30:15.123456+08:00',"
                + " 'admin', 'CREATED', 'program', 1, NULL, NULL, 'DRAFT', '创建 🚀 مرحبا')");
        sql("INSERT INTO audit_entry (id, occurred_at, actor, action, entity_type, entity_id, program_id, before_state,"
                + " after_state, detail) VALUES (900002, TIMESTAMP WITH TIME ZONE '2024-03-01 09:30:16.5+08:00',"
                + " 'system', 'OPENED', 'program', 1, 1, '', 'OPEN', NULL)");
        AuditChain.Verification before = chain.verify();
        assertEquals(List.of(new AuditChain.Problem(AuditChain.ProblemKind.NOT_CHAINED, 900001L, null, null, null),
                new AuditChain.Problem(AuditChain.ProblemKind.NOT_CHAINED, 900002L, null, null, null)),
                before.problems());

        assertEquals(2, chain.sealUnchained());
        assertEquals(0, chain.sealUnchained(), "a second start finds nothing left");
        record(2);
        AuditChain.Verification after = chain.verify();
        assertTrue(after.ok(), after.problems().toString());
        assertEquals(4, after.entries());
        assertEquals(1L, (Long) QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.<AuditEntry> findById(900001L).seq), "the oldest row comes first");
    }

    @Test
    void concurrentTransactionsAndSealersGetOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            // Three more sealers, as other instances would run them: they queue on the head lock.
            List<Future<?>> sealers = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sealers.add(pool.submit(() -> {
                    while (writing.get()) {
                        chain.sealUnchained();
                    }
                }));
            }
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        int n = i;
                        QuarkusTransaction.requiringNew().run(() -> {
                            trail.recordAs("t" + thread, "RACE", "thing", n, null, null, null, "first");
                            trail.recordAs("t" + thread, "RACE", "thing", n, null, null, null, "second");
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> f : sealers) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            pool.shutdown();
        }
        AuditChain.Verification v = chain.verify();
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(96, v.entries());
        assertEquals(96, v.headSeq());
        assertEquals(0, v.pending());
        assertEveryEntryChainedOnce(96);
        // Sealed in id order: a transaction's entries keep their order (others' may come between them).
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> AuditEntry.getEntityManager()
                .createQuery("select e.actor, e.entityId, e.detail from AuditEntry e order by e.seq", Object[].class)
                .getResultList());
        Set<String> firsts = new HashSet<>();
        for (Object[] r : rows) {
            String transaction = r[0] + "/" + r[1];
            if ("first".equals(r[2])) {
                assertTrue(firsts.add(transaction));
            } else {
                assertTrue(firsts.contains(transaction), "second after first in " + transaction);
            }
        }
    }

    @Test
    void twentyApplicantsCreatingAtOnceEachSeeTheirEntryChainedAndTheChainChecksOut() throws Exception {
        TestData.Contest contest = TestData.openContest("AC");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> created = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String applicant = "applicant" + (i + 1);
                created.add(pool.submit(() -> {
                    start.await();
                    long id = create(contest, applicant);
                    // The answer comes after the sealing: the entry is in the chain already.
                    assertNotNull(createdEntry(id).seq, "chained before the answer");
                    return id;
                }));
            }
            start.countDown();
            Set<Long> ids = new HashSet<>();
            for (Future<Long> f : created) {
                ids.add(f.get(120, TimeUnit.SECONDS));
            }
            assertEquals(20, ids.size());
        } finally {
            pool.shutdown();
        }
        long total = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());
        assertTrue(total >= 20, "every create is audited");
        assertEveryEntryChainedOnce(total);
        AuditChain.Verification v = chain.verify();
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(total, v.entries());
        assertEquals(total, v.headSeq());
        assertEquals(0, v.pending());
    }

    @Test
    void aFailedSealingLeavesTheOperationDoneAndTheSweepChainsItLater() {
        TestData.Contest contest = TestData.openContest("AF");
        long chainedBefore = chain.head().seq();
        // The sealing fails (its table is gone for a moment); the operation has committed already.
        sql("ALTER TABLE audit_chain RENAME TO audit_chain_away");
        long id;
        try {
            id = create(contest, "applicant1");
        } finally {
            sql("ALTER TABLE audit_chain_away RENAME TO audit_chain");
        }
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Application.findById(id)));
        AuditEntry entry = createdEntry(id);
        assertNull(entry.seq, "written, not chained");

        // Within the grace it is pending, not a problem; checking writes nothing.
        Map<String, List<String>> before = DatabaseSnapshot.take();
        given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).when().get("/api/v1/audit/verify")
                .then().statusCode(200).body("ok", equalTo(true)).body("pending", equalTo(1))
                .body("problemCount", equalTo(0));
        String html = given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).header("Accept-Language", "en")
                .when().get("/admin/audit/verify").then().statusCode(200).extract().asString();
        assertTrue(html.contains("1 entry(ies) written in the last few minutes are still being chained"), html);
        assertEquals(before, DatabaseSnapshot.take(), "a check changes no row");

        // Left out longer than the grace (the sweep keeps failing), it is reported.
        clock.travel(Duration.ofMinutes(6));
        AuditChain.Verification late = chain.verify();
        assertEquals(List.of(new AuditChain.Problem(AuditChain.ProblemKind.NOT_CHAINED, entry.id, null, null, null)),
                late.problems());
        assertEquals(0, late.pending());

        // The sweep chains it after everything sealed before.
        assertEquals(1, sealer.sweep());
        assertEquals(chainedBefore + 1, (long) createdEntry(id).seq);
        AuditChain.Verification v = chain.verify();
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(0, v.pending());
        assertEquals(chainedBefore + 1, v.entries());
    }

    @Test
    void aRolledBackTransactionLeavesNoHole() {
        record(1);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                trail.recordAs("admin", "DOOMED", "thing", 1, null, null, null, null);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the entry went with it
        }
        record(1);
        AuditChain.Verification v = chain.verify();
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(2, v.entries());
    }

    @Test
    void onlyAdminsMayCheck() {
        given().auth().oauth2(TestTokens.forRole(Role.SCREENER)).when().get("/api/v1/audit/verify")
                .then().statusCode(403);
    }

    /** seq runs 1..n over all n rows: none unchained, none twice, no gap. */
    private static void assertEveryEntryChainedOnce(long n) {
        List<Long> seqs = QuarkusTransaction.requiringNew().call(() -> AuditEntry.getEntityManager()
                .createQuery("select e.seq from AuditEntry e order by e.seq", Long.class).getResultList());
        assertEquals(n, seqs.size());
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1L, seqs.get(i));
        }
    }

    /** Creates a draft through the JSON API as that applicant; its id. */
    private static long create(TestData.Contest contest, String applicant) {
        Number id = given().auth().oauth2(TestTokens.of(applicant, Role.APPLICANT)).contentType(ContentType.JSON)
                .when().post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        return id.longValue();
    }

    private static AuditEntry createdEntry(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find(
                "entityType = 'application' and entityId = ?1 and action = 'CREATED'", applicationId).singleResult());
    }

    /** n entries, each in a transaction of its own, as the domain operations write them; their ids. */
    private List<Long> record(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            ids.add(QuarkusTransaction.requiringNew().call(() -> trail.recordAs("admin", "SCREENING_REJECTED",
                    "round_entry", 100 + k, null, "WAITING", "REJECTED", "reason " + k + " · 材料不全").id));
        }
        return ids;
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager().createNativeQuery(statement)
                .executeUpdate());
    }
}
