package app.shortlist.screening;

import static app.shortlist.screening.ScreeningSupport.ADMIN;
import static app.shortlist.screening.ScreeningSupport.SCREENER;
import static app.shortlist.screening.ScreeningSupport.api;
import static app.shortlist.screening.ScreeningSupport.audit;
import static app.shortlist.screening.ScreeningSupport.form;
import static app.shortlist.screening.ScreeningSupport.setState;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.audit.AuditEntry;
import app.shortlist.notification.Notification;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Bulk pass / reject: one audited operation, all or nothing, quick at the Hangzhou size. */
@QuarkusTest
class ScreeningBulkTest {

    TestData.ScreeningContest sc;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sc = TestData.screeningContest("SCB");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void bulkPassOf1350IsOneOperationAndRefusedWholeWhenOneEntryIsNotWaiting() {
        List<Long> entries = TestData.entered(sc, "owner", 1360);
        List<Long> selected = new ArrayList<>(entries.subList(0, 1350));
        setState(List.of(selected.get(700)), EntryState.PASSED);
        String bulk = "/api/v1/rounds/" + sc.screeningRoundId() + "/screening/bulk";

        api(SCREENER, "en").body(Map.of("decision", "PASS", "entryIds", selected)).post(bulk).then().statusCode(409)
                .body("code", equalTo("bulk_not_decidable"))
                .body("message", containsString("1 of the 1,350 selected entries are not waiting (SCB-00701 (Passed))"));
        assertEquals(1349, count(EntryState.WAITING, selected));
        assertTrue(audit("round", sc.screeningRoundId()).isEmpty());

        selected.remove(700);
        selected.add(entries.get(1350));
        api(SCREENER, "en").body(Map.of("decision", "PASS", "entryIds", selected)).post(bulk).then().statusCode(200)
                .body("decided", equalTo(1350)).body("counts.passed", equalTo(1351)).body("counts.waiting", equalTo(9));

        assertEquals(1350, count(EntryState.PASSED, selected));
        RoundEntry one = QuarkusTransaction.requiringNew().call(() -> RoundEntry.findById(selected.get(0)));
        assertEquals("screener", one.decidedBy);
        assertEquals(1, one.version);
        assertTrue(one.checklist != null && one.checklist.split(",").length == 2, one.checklist);
        List<AuditEntry> op = audit("round", sc.screeningRoundId());
        assertEquals(1, op.size());
        assertEquals("SCREENING_BULK_PASSED", op.get(0).action);
        assertEquals("WAITING", op.get(0).before);
        assertEquals("PASSED", op.get(0).after);
        assertTrue(op.get(0).detail.startsWith("1350 entries · SCB-00001, SCB-00002"), op.get(0).detail);
        AuditEntry perEntry = audit("round_entry", selected.get(0)).get(0);
        assertEquals("SCREENING_PASSED", perEntry.action);
        assertEquals("bulk #" + op.get(0).id, perEntry.detail);
        assertEquals(1350L, (long) QuarkusTransaction.requiringNew().call(() -> Notification.count()));
    }

    @Test
    void bulkRejectFromTheQueuePageNeedsAReasonAndNotifiesEachApplicant() {
        List<Long> entries = TestData.entered(sc, "owner", 3);
        Long reason = QuarkusTransaction.requiringNew().call(() -> RejectReason.<RejectReason>list(
                "program.id = ?1 order by position", sc.programId()).get(0).id);
        String bulk = "/screening/rounds/" + sc.screeningRoundId() + "/bulk";

        form(SCREENER, "zh-CN").formParam("entry", entries.get(0)).formParam("entry", entries.get(1))
                .formParam("decision", "REJECT").formParam("f.country", "JP").post(bulk).then().statusCode(422)
                .body(containsString("请选择不通过理由或填写说明（至少一项）。"))
                .body(containsString("value=\"" + entries.get(0) + "\" id=\"sel-" + entries.get(0) + "\" aria-label=\"选择 SCB-00001\" checked"));
        form(SCREENER, "en").formParam("decision", "REJECT").formParam("reasonId", reason).post(bulk).then()
                .statusCode(422).body(containsString("Select at least one entry."));
        assertEquals(3, count(EntryState.WAITING, entries));

        form(SCREENER, "zh-CN").formParam("entry", entries.get(0)).formParam("entry", entries.get(1))
                .formParam("decision", "REJECT").formParam("reasonId", reason).formParam("text", "不在本次征集范围")
                .formParam("f.country", "JP").post(bulk).then().statusCode(303)
                .header("Location", containsString("/screening/rounds/" + sc.screeningRoundId() + "?country=JP"));
        assertEquals(2, count(EntryState.REJECTED, entries));
        RoundEntry rejected = QuarkusTransaction.requiringNew().call(() -> RoundEntry.findById(entries.get(0)));
        assertEquals(reason, rejected.reasonId);
        assertEquals("不在本次征集范围", rejected.reasonText);
        List<Notification> mails = QuarkusTransaction.requiringNew().call(() -> Notification.listAll());
        assertEquals(2, mails.size());
        assertTrue(mails.get(0).body.contains("不符合申报条件：不在本次征集范围"), mails.get(0).body);
        assertEquals("SCREENING_BULK_REJECTED", audit("round", sc.screeningRoundId()).get(0).action);

        api(ADMIN, "en").body(Map.of("decision", "RETURN", "entryIds", List.of(entries.get(2))))
                .post("/api/v1/rounds/" + sc.screeningRoundId() + "/screening/bulk").then().statusCode(422)
                .body("code", equalTo("decision_unknown"));
    }

    @Test
    void twoBulkDecisionsRacingOverTheSameEntriesNeverSplitASet() throws Exception {
        List<Long> entries = TestData.entered(sc, "owner", 200);
        String bulk = "/api/v1/rounds/" + sc.screeningRoundId() + "/screening/bulk";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var pass = pool.submit(() -> api(SCREENER, "en").body(Map.of("decision", "PASS", "entryIds",
                    entries.subList(0, 150))).post(bulk).statusCode());
            var reject = pool.submit(() -> api(ADMIN, "en").body(Map.of("decision", "REJECT", "text", "x", "entryIds",
                    entries.subList(50, 200))).post(bulk).statusCode());
            // they overlap (50 … 149): one wins, the other is refused whole (not waiting, or stale mid-way)
            assertEquals(List.of(200, 409), java.util.stream.Stream.of(pass.get(), reject.get()).sorted().toList());
            long passed = count(EntryState.PASSED, entries);
            long rejected = count(EntryState.REJECTED, entries);
            assertTrue(passed == 150 && rejected == 0 || passed == 0 && rejected == 150,
                    "passed " + passed + ", rejected " + rejected);
            assertEquals(1, audit("round", sc.screeningRoundId()).size());
        } finally {
            pool.shutdown();
        }
    }

    private long count(EntryState state, List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.count("state = ?1 and id in ?2", state, ids));
    }
}
