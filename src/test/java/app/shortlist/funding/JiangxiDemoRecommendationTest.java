package app.shortlist.funding;

import static app.shortlist.funding.RecommendationSupport.ADMIN;
import static app.shortlist.funding.RecommendationSupport.api;
import static app.shortlist.funding.RecommendationSupport.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.demo.Job;
import app.shortlist.demo.JobStatus;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.RoundKind;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Jiangxi demo binds the demo account "recommender" to 南昌高新区, whose 33 applications it shows
 * recommended in priority order, submitted, and the round confirmed by the province.
 */
@QuarkusTest
class JiangxiDemoRecommendationTest {

    @BeforeEach
    @AfterEach
    void wipe() {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until) && QuarkusTransaction.requiringNew()
                .call(() -> Job.count("status in ?1", List.of(JobStatus.QUEUED, JobStatus.RUNNING))) > 0) {
            pause();
        }
        QuarkusTransaction.requiringNew().run(() -> Job.delete("id is not null"));
        TestData.wipe();
    }

    @Test
    void theDemoRecommenderWorksForNanchangHighTechZone() {
        long jobId = api(ADMIN, "zh-CN").post("/api/v1/demo-data/jiangxi").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        Job job;
        while ((job = QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(jobId))).status.isLive()
                && Instant.now().isBefore(until)) {
            pause();
        }
        assertEquals(JobStatus.DONE, job.status, job.message == null ? "" : job.message.en);
        long programId = job.programId;
        UnitMember m = QuarkusTransaction.requiringNew().call(() -> {
            UnitMember b = UnitMember.of(programId, "recommender").orElseThrow();
            b.unit.name.zh.length(); // loaded while the transaction lasts
            return b;
        });
        assertEquals("南昌高新区", m.unit.name.zh);
        assertEquals(85L, QuarkusTransaction.requiringNew().call(() -> RoundEntry.count(
                "round.program.id = ?1 and round.kind = ?2", programId, RoundKind.RECOMMENDATION)));

        String recommender = TestTokens.of("recommender", Role.RECOMMENDER);
        api(recommender, "zh-CN").get("/api/v1/units/" + m.unit.id + "/recommendations").then().statusCode(200)
                .body("nameZh", equalTo("南昌高新区")).body("quota", equalTo(40)).body("entries", hasSize(33))
                .body("roundState", equalTo("CONFIRMED")).body("listState", equalTo("SUBMITTED"))
                .body("recommended", hasSize(33)).body("recommended.priority[0]", equalTo(1))
                .body("recommended.priority[32]", equalTo(33)).body("entries.state", everyItem(equalTo("PASSED")));
        page(recommender, "zh-CN").get("/recommendation").then().statusCode(200).body(containsString("南昌高新区"))
                .body(containsString("名额：共 40 个，已用 33 个，剩余 7 个"));
        // All 85 went on to the experts, who passed them.
        assertEquals(85L, QuarkusTransaction.requiringNew().call(() -> RoundEntry.count(
                "round.program.id = ?1 and round.kind = ?2 and state = ?3", programId, RoundKind.SCORING,
                app.shortlist.pipeline.EntryState.PASSED)));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
