package app.shortlist.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.audit.AuditEntry;
import app.shortlist.program.ProgramPart;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A program's checklist and reject reasons through the API: the setup page's rules, messages and audit. */
@QuarkusTest
class ScreeningSetupApiTest {

    static final String ADMIN = TestTokens.forRole(Role.ADMIN);

    TestData.ScreeningContest sc;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        sc = TestData.screeningContest("SSA");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void adminReadsAndReplacesBothListsKeepingItemsWhoseWordingStays() {
        List<Long> before = ids(ChecklistItem.class);
        admin().get(path()).then().statusCode(200).body("programId", equalTo((int) sc.programId()))
                .body("checklist.zh", contains("材料齐全", "符合申报条件"))
                .body("rejectReasons.en", contains("Does not meet the conditions", "Documents incomplete"));

        admin().body(Map.of("checklist", List.of(Map.of("zh", "无违法记录", "en", "No record of offences"),
                Map.of("zh", "材料齐全", "en", "All documents\npresent")),
                "rejectReasons", List.of(Map.of("zh", "材料不全", "en", "Documents incomplete")))).put(path()).then()
                .statusCode(200).body("checklist.zh", contains("无违法记录", "材料齐全"))
                .body("checklist.en", contains("No record of offences", "All documents present"))
                .body("checklist.position", contains(0, 1)).body("rejectReasons.zh", contains("材料不全"));
        List<ChecklistItem> items = QuarkusTransaction.requiringNew().call(() -> ChecklistItem.<ChecklistItem> list(
                "program.id = ?1 order by position", sc.programId()));
        assertEquals(List.of("无违法记录", "材料齐全"), items.stream().map(i -> i.name.zh).toList());
        assertEquals(before.get(0), items.get(1).id); // same Chinese wording: the same item
        assertEquals(1, ids(RejectReason.class).size());
        AuditEntry saved = audit("CHECKLIST_SAVED");
        assertTrue(saved.after.contains("无违法记录 | No record of offences"), saved.after);
        assertEquals("材料不全 | Documents incomplete", audit("REJECT_REASONS_SAVED").after);

        // an absent list is left as it is
        admin().body(Map.of("rejectReasons", List.of())).put(path()).then().statusCode(200)
                .body("checklist.zh", contains("无违法记录", "材料齐全")).body("rejectReasons.size()", equalTo(0));
    }

    @Test
    void aBadItemIsNamedInTheCallersLanguageAndNeitherListIsSaved() {
        List<Long> checklist = ids(ChecklistItem.class);
        List<Long> reasons = ids(RejectReason.class);
        Map<String, Object> body = Map.of("checklist", List.of(Map.of("zh", "新要点", "en", "New item")),
                "rejectReasons", List.of(Map.of("zh", "不符合申报条件", "en", "Does not meet the conditions"),
                        Map.of("zh", "没有英文", "en", " ")));
        admin().body(body).put(path()).then().statusCode(422).body("code", equalTo("validation_failed"))
                .body("message", org.hamcrest.Matchers.startsWith("第 2 行格式有误"));
        admin().header("Accept-Language", "en").body(body).put(path()).then().statusCode(422)
                .body("message", org.hamcrest.Matchers.startsWith("Line 2 is not valid"));
        assertEquals(checklist, ids(ChecklistItem.class)); // the valid checklist was rolled back with the reasons
        assertEquals(reasons, ids(RejectReason.class));
        admin().body(Map.of()).put(path()).then().statusCode(400).body("code", equalTo("invalid_input"));
        admin().get("/api/v1/programs/987654399/screening-setup").then().statusCode(404);
    }

    @Test
    void onlyAdminsReachTheSetup() {
        for (String role : new String[] { Role.SCREENER, Role.JUDGE, Role.APPLICANT }) {
            given().auth().oauth2(TestTokens.forRole(role)).get(path()).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                    .body(Map.of("checklist", List.of())).put(path()).then().statusCode(403);
        }
        assertEquals(2, ids(ChecklistItem.class).size());
    }

    private String path() {
        return "/api/v1/programs/" + sc.programId() + "/screening-setup";
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON);
    }

    private <T extends ProgramPart> List<Long> ids(Class<T> type) {
        return QuarkusTransaction.requiringNew().call(() -> app.shortlist.pipeline.RoundEntry.getEntityManager()
                .createQuery("select p.id from " + type.getSimpleName() + " p where p.program.id = :p order by p.position",
                        Long.class)
                .setParameter("p", sc.programId()).getResultList());
    }

    private static AuditEntry audit(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> find("action = ?1 order by id desc",
                action).firstResult());
    }
}
