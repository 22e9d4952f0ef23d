package app.shortlist.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.application.WriteGate.Stage;
import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Which requests the applicant write gate orders, and that every one of them gives its permit back. */
@QuarkusTest
class WriteGateTest {

    static final String ALICE = TestTokens.of("applicant1", Role.APPLICANT);

    @Inject
    WriteGate gate;

    TestData.Contest contest;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        contest = TestData.openContest("WG");
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void theStagesOfAnApplicationAreOrderedAndEverythingElsePasses() {
        assertEquals(Stage.SUBMIT, Stage.of("POST", "/api/v1/applications/12/submit"));
        assertEquals(Stage.UPLOAD, Stage.of("POST", "/api/v1/applications/12/attachments"));
        assertEquals(Stage.UPLOAD, Stage.of("POST", "/applications/12/attachments"));
        assertEquals(Stage.SAVE, Stage.of("PUT", "/api/v1/applications/12"));
        assertEquals(Stage.SAVE, Stage.of("POST", "/applications/12/edit"));
        assertEquals(Stage.START, Stage.of("POST", "/api/v1/programs/3/applications"));
        assertEquals(Stage.START, Stage.of("POST", "/programs/3/applications"));
        assertNull(Stage.of("GET", "/api/v1/applications/12"), "reads are never held");
        assertNull(Stage.of("GET", "/applications/12/edit"));
        assertNull(Stage.of("POST", "/api/v1/applications/12/withdraw"));
        assertNull(Stage.of("POST", "/applications/12/attachments/4/delete"));
        assertNull(Stage.of("POST", "/api/v1/rounds/5/assignments"), "staff work is never held");
        assertNull(Stage.of("PUT", "/applications/12"));
    }

    @Test
    void everyGatedRequestGivesItsPermitBackRefusedOrNot() {
        long before = gate.entered();
        // More refused writes than there are permits: a leaked permit would leave the last ones waiting forever.
        for (int i = 0; i < 40; i++) {
            given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                    .post("/api/v1/applications/" + (990_000 + i) + "/submit").then().statusCode(404);
        }
        given().contentType(ContentType.JSON).post("/api/v1/programs/" + contest.programId() + "/applications")
                .then().statusCode(401); // refused before the resource, after the gate
        long id = given().auth().oauth2(ALICE).contentType(ContentType.JSON)
                .post("/api/v1/programs/" + contest.programId() + "/applications").then().statusCode(201)
                .extract().<Number> path("id").longValue();
        given().auth().oauth2(ALICE).contentType("application/pdf").queryParam("field", "business_plan")
                .queryParam("name", "plan.exe").body(new byte[] { 'M', 'Z', 0, 0 })
                .post("/api/v1/applications/" + id + "/attachments").then().statusCode(415);
        // The permit goes back when the response has ended, a moment after the client has read it.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.load()[0] != 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertArrayEquals(new int[] { 0, 0 }, gate.load(), "none running, none waiting");
        assertEquals(43, gate.entered() - before, "each of the 43 writes went through the gate");
    }
}
