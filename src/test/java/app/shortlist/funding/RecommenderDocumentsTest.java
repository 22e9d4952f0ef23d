package app.shortlist.funding;

import static app.shortlist.funding.RecommendationSupport.REC_A;
import static app.shortlist.funding.RecommendationSupport.REC_B;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.application.Application;
import app.shortlist.application.Attachment;
import app.shortlist.application.AttachmentContent;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A recommender opens the documents of their own unit's applications, and of no other unit's. */
@QuarkusTest
class RecommenderDocumentsTest {

    TestData.RecommendationProgram rp;
    long ownDoc;
    long otherDoc;

    @BeforeEach
    void setUp() {
        TestData.wipe();
        rp = TestData.recommendationProgram("JXD", 3, 1);
        ownDoc = attach(rp.applicationsA().get(0));
        otherDoc = attach(rp.applicationsB().get(0));
    }

    @AfterEach
    void tearDown() {
        TestData.wipe();
    }

    @Test
    void ownUnitsDocumentOpensOtherUnitsIsNotFound() {
        byte[] body = given().auth().oauth2(REC_A)
                .get("/applications/" + rp.applicationsA().get(0) + "/attachments/" + ownDoc)
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(TestData.pdf(), body);
        given().auth().oauth2(REC_A).get("/api/v1/applications/" + rp.applicationsA().get(0) + "/attachments/" + ownDoc)
                .then().statusCode(200);

        given().auth().oauth2(REC_A).get("/applications/" + rp.applicationsB().get(0) + "/attachments/" + otherDoc)
                .then().statusCode(404);
        given().auth().oauth2(REC_A).get("/api/v1/applications/" + rp.applicationsB().get(0) + "/attachments/"
                + otherDoc).then().statusCode(404);
        given().auth().oauth2(REC_B).get("/applications/" + rp.applicationsB().get(0) + "/attachments/" + otherDoc)
                .then().statusCode(200);
    }

    private static long attach(long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attachment att = new Attachment();
            att.application = Application.findById(applicationId);
            att.fieldKey = "business_plan";
            att.fileName = "plan.pdf";
            att.contentType = "application/pdf";
            att.sizeBytes = TestData.pdf().length;
            att.sha256 = "0".repeat(64);
            att.uploadedAt = Instant.now();
            att.uploadedBy = "applicant";
            att.persist();
            AttachmentContent content = new AttachmentContent();
            content.attachmentId = att.id;
            content.content = TestData.pdf();
            content.persist();
            return att.id;
        });
    }
}
