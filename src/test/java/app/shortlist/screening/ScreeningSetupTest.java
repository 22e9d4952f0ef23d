package app.shortlist.screening;

import static app.shortlist.screening.ScreeningSupport.ADMIN;
import static app.shortlist.screening.ScreeningSupport.SCREENER;
import static app.shortlist.screening.ScreeningSupport.audit;
import static app.shortlist.screening.ScreeningSupport.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The admin's checklist and reject reasons, one item a line. */
@QuarkusTest
class ScreeningSetupTest {

    TestData.ScreeningContest sc;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sc = TestData.screeningContest("SCS");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void checklistIsEditedAsLinesKeepingItemsWhoseWordingStays() {
        String setup = "/screening/programs/" + sc.programId() + "/setup";
        List<Long> before = ids(ChecklistItem.class);
        given().auth().oauth2(ADMIN).header("Accept-Language", "zh-CN").get(setup).then().statusCode(200)
                .body(containsString("材料齐全 | Documents complete\n符合申报条件 | Meets the conditions"));
        given().auth().oauth2(SCREENER).get(setup).then().statusCode(403);

        form(ADMIN, "en").formParam("text", "材料齐全 | Documents complete\n没有英文").post(setup + "/checklist").then()
                .statusCode(422).body(containsString("Line 2 is not valid")).body(containsString("没有英文"));
        form(ADMIN, "zh-CN").formParam("text", "| Only English").post(setup + "/checklist").then().statusCode(422)
                .body(containsString("第 1 行格式有误"));
        assertEquals(before, ids(ChecklistItem.class));

        form(ADMIN, "zh-CN").formParam("text", "无违法记录 | No record of offences\n\n材料齐全 | All documents present\n")
                .post(setup + "/checklist").then().statusCode(303);
        List<ChecklistItem> items = QuarkusTransaction.requiringNew().call(() -> ChecklistItem.<ChecklistItem>list(
                "program.id = ?1 order by position", sc.programId()));
        assertEquals(List.of("无违法记录", "材料齐全"), items.stream().map(i -> i.name.zh).toList());
        assertEquals("All documents present", items.get(1).name.en);
        assertEquals(before.get(0), items.get(1).id); // same Chinese wording: the same item
        assertEquals("CHECKLIST_SAVED", audit("program", sc.programId()).get(0).action);
    }

    @Test
    void aReasonUsedByADecisionCannotBeRemoved() {
        List<Long> entries = TestData.entered(sc, "owner", 1);
        List<Long> reasons = ids(RejectReason.class);
        QuarkusTransaction.requiringNew().run(() -> RoundEntry.update("state = ?1, reasonId = ?2 where id = ?3",
                EntryState.REJECTED, reasons.get(0), entries.get(0)));
        String setup = "/screening/programs/" + sc.programId() + "/setup/reasons";
        form(ADMIN, "en").formParam("text", "材料不全 | Documents incomplete").post(setup).then().statusCode(409)
                .body(containsString("The reason “Does not meet the conditions” is used by decisions"));
        form(ADMIN, "zh-CN").formParam("text", "不符合申报条件 | Not eligible\n材料不全 | Documents incomplete\n重复申报 | Duplicate")
                .post(setup).then().statusCode(303);
        assertEquals(3, ids(RejectReason.class).size());
        assertEquals(reasons.get(0), ids(RejectReason.class).get(0));
    }

    private <T extends app.shortlist.program.ProgramPart> List<Long> ids(Class<T> type) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.getEntityManager()
                .createQuery("select p.id from " + type.getSimpleName() + " p where p.program.id = :p order by p.position",
                        Long.class).setParameter("p", sc.programId()).getResultList());
    }
}
