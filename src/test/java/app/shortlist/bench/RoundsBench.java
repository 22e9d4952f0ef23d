package app.shortlist.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.judging.Assignment;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.judging.rules.Assigner;
import app.shortlist.judging.rules.Ranking;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.judging.rules.Scorecard;
import app.shortlist.judging.rules.TieBreak;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The numbers in docs/benchmarks.md: the rounds' heavy steps at the Hangzhou contest's size (and
 * ranking far beyond it). Not part of the build; run with
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=RoundsBench}. Each step is warmed up,
 * then timed several times; the median and the slowest are printed.
 */
@Tag("bench")
@QuarkusTest
class RoundsBench {

    static final int RUNS = 7;

    @AfterAll
    static void wipe() {
        TestData.wipe();
    }

    @Test
    void assignerAlone_1350x5_over60() {
        List<Assigner.Candidate> apps = new ArrayList<>();
        for (long a = 1; a <= 1350; a++) {
            apps.add(new Assigner.Candidate(a, "t" + (a % 5), "企业 " + a, null, "applicant-" + a, "单位 " + (a % 12)));
        }
        List<Assigner.Judge> judges = new ArrayList<>();
        for (long j = 1; j <= 60; j++) {
            judges.add(new Assigner.Judge(j, "评审单位 " + j, j <= 12 ? "单位 " + j : null,
                    Set.of("企业 " + (j * 7)), Set.of(), Set.of(), Set.of(), true));
        }
        report("Assigner.assign 1,350 × 5 over 60 (pure Java)",
                () -> Assigner.assign(apps, judges, List.of(), 5).toAdd().size());
    }

    @Test
    void rankingAlone() {
        Rubric rubric = new Rubric(List.of(Rubric.Criterion.of("innovation", "30", "0", "10", "0.5"),
                Rubric.Criterion.of("team", "25", "0", "10", "0.5"), Rubric.Criterion.of("market", "25", "0", "10", "0.5"),
                Rubric.Criterion.of("feasibility", "20", "0", "10", "0.5")));
        for (int n : new int[] { 1350, 100_000 }) {
            List<Scorecard> cards = cards(n, 5);
            for (Aggregation aggregation : Aggregation.values()) {
                report("Ranking.rank " + n + " × 5, " + aggregation + " (pure Java)", () -> Ranking.rank(cards, rubric,
                        aggregation, List.of(TieBreak.criterion("innovation"), TieBreak.APPLICATION_ID)).size());
            }
        }
    }

    /** The whole request: read the round, run the assigner, write 6,750 rows, answer. */
    @Test
    void assignmentRun_1350x5_over60_wholeRequest() {
        TestData.ScoringRound sr = TestData.scoringRound("BENCH", 1350, 60, 5);
        String admin = TestTokens.forRole(Role.ADMIN);
        report("POST /api/v1/rounds/{id}/assignments, 1,350 × 5 over 60, from nothing (H2 in memory)", () -> {
            QuarkusTransaction.requiringNew().run(() -> Assignment.delete("round.id", sr.roundId()));
            return given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .post("/api/v1/rounds/" + sr.roundId() + "/assignments").then().statusCode(200)
                    .body("added", equalTo(6750)).extract().path("added");
        });
        report("POST /api/v1/rounds/{id}/assignments, re-run with nothing to change", () -> given().auth().oauth2(admin)
                .contentType(ContentType.JSON).post("/api/v1/rounds/" + sr.roundId() + "/assignments").then()
                .statusCode(200).body("added", equalTo(0)).extract().path("added"));
    }

    private static List<Scorecard> cards(int applications, int k) {
        Random random = new Random(7);
        List<Scorecard> cards = new ArrayList<>(applications * k);
        for (long a = 1; a <= applications; a++) {
            for (int j = 0; j < k; j++) {
                long judge = (a * k + j) % 60;
                cards.add(Scorecard.of(judge, a, Map.of("innovation", half(random), "team", half(random), "market",
                        half(random), "feasibility", half(random))));
            }
        }
        return cards;
    }

    private static BigDecimal half(Random random) {
        return BigDecimal.valueOf(random.nextInt(21)).divide(BigDecimal.valueOf(2));
    }

    private static void report(String what, Supplier<Object> step) {
        step.get(); // warm-up
        step.get();
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCH %-90s median %5d ms, slowest %5d ms (%d runs)%n", what, millis[RUNS / 2],
                millis[RUNS - 1], RUNS);
    }
}
