package app.shortlist.demo;

import static app.shortlist.demo.DemoTestSupport.count;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.shortlist.account.Role;
import app.shortlist.account.TestTokens;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.AdvancementService;
import app.shortlist.judging.Assignment;
import app.shortlist.judging.AssignmentService;
import app.shortlist.judging.JudgeService;
import app.shortlist.judging.RankingService;
import app.shortlist.judging.RoundRules.CriterionRow;
import app.shortlist.judging.RoundRules.Settings;
import app.shortlist.judging.RoundService;
import app.shortlist.judging.ScorecardService;
import app.shortlist.judging.Standing;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RuleKind;
import app.shortlist.screening.Decision;
import app.shortlist.screening.ScreeningService;
import app.shortlist.support.Acting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The 2024 Hangzhou contest end to end at full size, through the domain services: 1,949
 * registrations → 1,350 pass the qualification review → open selection (60 judges, 5 per
 * project, top 30 per track) → semi-final (top 15 per track) → final (9 judges score every finalist, top 4
 * per track) → grand final. Every count and every round's order is checked against an
 * independent computation from the scores the test itself gave.
 */
@QuarkusTest
class HangzhouContestTest {

    static final String ADMIN = "hz-admin";
    static final String SCREENER = "hz-screener";
    static final String DIGITAL_ECONOMY = "数字经济组";

    @Inject
    ScreeningService screening;
    @Inject
    RoundService rounds;
    @Inject
    JudgeService judges;
    @Inject
    AssignmentService assignments;
    @Inject
    ScorecardService scorecards;
    @Inject
    RankingService ranking;
    @Inject
    AdvancementService advancement;

    /** Scores the test gave: application → judge username → criterion → score. */
    final Map<Long, Map<String, Map<String, BigDecimal>>> given = new HashMap<>();

    @BeforeEach
    @AfterEach
    void wipe() {
        DemoTestSupport.wipe();
    }

    @Test
    void fromRegistrationToGrandFinal() {
        long jobId = given().auth().oauth2(TestTokens.forRole(Role.ADMIN)).contentType(ContentType.JSON)
                .post("/api/v1/demo-data/hangzhou")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        long programId = DemoTestSupport.awaitDone(jobId).programId;
        List<Long> roundIds = QuarkusTransaction.requiringNew()
                .call(() -> Pipeline.rounds(programId).stream().map(r -> r.id).toList());
        List<RoundKind> kinds = QuarkusTransaction.requiringNew()
                .call(() -> Pipeline.rounds(programId).stream().map(r -> r.kind).toList());
        assertEquals(List.of(RoundKind.SCREENING, RoundKind.SCORING, RoundKind.SCORING, RoundKind.SCORING,
                RoundKind.SCORING, RoundKind.NOTICE), kinds);
        long review = roundIds.get(0), open = roundIds.get(1), semi = roundIds.get(2), fin = roundIds.get(3),
                grand = roundIds.get(4);
        Map<Long, String> trackOf = tracks(programId);

        // ---- 资格初审: 1,949 wait; 1,350 pass, 599 are rejected, in two bulk decisions.
        assertEquals(1949, entries(review, EntryState.WAITING).size());
        Acting.as(ADMIN, Role.ADMIN, () -> screening.open(review));
        List<Long> waiting = new ArrayList<>(entries(review, EntryState.WAITING));
        Collections.shuffle(waiting, new Random(2024));
        List<Long> pass = waiting.subList(0, 1350);
        List<Long> reject = waiting.subList(1350, 1949);
        assertEquals(1350, (int) Acting.as(SCREENER, Role.SCREENER,
                () -> screening.bulk(review, pass, Decision.PASS, null, null)));
        assertEquals(599, (int) Acting.as(SCREENER, Role.SCREENER,
                () -> screening.bulk(review, reject, Decision.REJECT, null, "不符合留学人员专场申报条件")));
        Acting.as(ADMIN, Role.ADMIN, () -> screening.close(review, null));
        assertEquals(1350, entries(review, EntryState.PASSED).size());
        assertEquals(599, entries(review, EntryState.REJECTED).size());
        Set<Long> passedApps = Set.copyOf(applicationsOf(review, EntryState.PASSED));
        assertEquals(passedApps, Set.copyOf(applicationsOf(open, EntryState.WAITING)), "exactly the passed enter 海选");

        // ---- 海选: 60 judges, 5 per project, loads within ±1; the best 30 of each track go on.
        List<String> pool = createJudges(60);
        configure(open, pool, 5, RuleKind.TOP_N, 30, true, false);
        Acting.as(ADMIN, Role.ADMIN, () -> assignments.run(open));
        Map<String, Long> loads = activeAssignments(open).stream()
                .collect(Collectors.groupingBy(a -> a.judge, Collectors.counting()));
        assertEquals(60, loads.size());
        assertEquals(1350 * 5, loads.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(Collections.max(loads.values()) - Collections.min(loads.values()) <= 1, loads.toString());
        List<Long> openSelected = scoreConfirmAndCheck(open, 30, true, trackOf);
        assertEquals(150, openSelected.size());

        // ---- 复赛: 20 of the judges, 5 per project, the best 15 of each track go on.
        configure(semi, pool.subList(0, 20), 5, RuleKind.TOP_N, 15, true, false);
        Acting.as(ADMIN, Role.ADMIN, () -> assignments.run(semi));
        assertEquals(150 * 5, activeAssignments(semi).size());
        List<Long> finalists = scoreConfirmAndCheck(semi, 15, true, trackOf);
        assertEquals(75, finalists.size(), "15 per track, five tracks");
        assertEquals(15, finalists.stream().filter(id -> DIGITAL_ECONOMY.equals(trackOf.get(id))).count(),
                "15 projects reach the digital-economy final");

        // ---- 决赛 (on site, live): 9 judges score every finalist, the best 4 of each track go on.
        configure(fin, pool.subList(20, 29), 9, RuleKind.TOP_N, 4, true, true);
        Acting.as(ADMIN, Role.ADMIN, () -> assignments.run(fin));
        assertEquals(75 * 9, activeAssignments(fin).size());
        List<Long> grandFinalists = scoreConfirmAndCheck(fin, 4, true, trackOf);
        assertEquals(20, grandFinalists.size());
        assertEquals(4, grandFinalists.stream().filter(id -> DIGITAL_ECONOMY.equals(trackOf.get(id))).count(),
                "4 digital-economy projects advance to the grand final");
        assertEquals(Set.copyOf(grandFinalists), Set.copyOf(applicationsOf(grand, EntryState.WAITING)));

        // The funnel as the database holds it, and every earlier ranking still frozen and whole.
        assertEquals(1949, count("SELECT COUNT(*) FROM application WHERE program_id = ?1", programId));
        assertEquals(List.of(1949L, 1350L, 150L, 75L, 20L), List.of(entriesIn(review), entriesIn(open),
                entriesIn(semi), entriesIn(fin), entriesIn(grand)));
        assertEquals(List.of(1350L, 150L, 75L), List.of(linesOf(open), linesOf(semi), linesOf(fin)));
    }

    /**
     * Every judge scores every assignment of the round; the admin closes it; the live ranking must
     * equal the independent computation; confirming freezes it and moves the selected on.
     */
    private List<Long> scoreConfirmAndCheck(long roundId, int n, boolean perTrack, Map<Long, String> trackOf) {
        Random random = new Random(roundId);
        Map<Long, Double> quality = new HashMap<>();
        for (Assign a : activeAssignments(roundId)) {
            double q = quality.computeIfAbsent(a.applicationId, id -> 4 + random.nextDouble() * 5);
            Map<String, String> card = new LinkedHashMap<>();
            Map<String, BigDecimal> kept = new LinkedHashMap<>();
            for (String c : CRITERIA.keySet()) {
                BigDecimal s = halfSteps(q + random.nextGaussian());
                card.put(c, s.toPlainString());
                kept.put(c, s);
            }
            given.computeIfAbsent(a.applicationId, k -> new HashMap<>()).put(a.judge + "@" + roundId, kept);
            Acting.as(a.judge, Role.JUDGE, () -> scorecards.submit(a.id, card, "评语", null, Lang.ZH));
        }
        Acting.as(ADMIN, Role.ADMIN, () -> rounds.close(roundId));

        List<Long> expectedOrder = independentOrder(roundId);
        Standing live = Acting.as(ADMIN, Role.ADMIN, () -> ranking.standing(roundId));
        assertEquals(expectedOrder, live.lines().stream().map(Standing.Line::applicationId).toList(),
                "ranking of round " + roundId);
        List<Long> expectedSelected = topN(expectedOrder, n, perTrack, trackOf);
        assertEquals(expectedSelected, live.lines().stream().filter(Standing.Line::proposed)
                .map(Standing.Line::applicationId).toList());

        Acting.as(ADMIN, Role.ADMIN, () -> advancement.confirm(roundId, live.roundVersion()));
        Standing frozen = Acting.as(ADMIN, Role.ADMIN, () -> ranking.standing(roundId));
        assertTrue(frozen.frozen());
        assertEquals(expectedOrder, frozen.lines().stream().map(Standing.Line::applicationId).toList());
        assertEquals(Set.copyOf(expectedSelected), Set.copyOf(applicationsOf(roundId, EntryState.PASSED)));
        return expectedSelected;
    }

    // ---------------------------------------------------------------- the independent computation

    /** 创新性 30 %, 团队 25 %, 市场 25 %, 可行性 20 %; each 0–10 in steps of 0.5. */
    static final Map<String, BigDecimal> CRITERIA = new LinkedHashMap<>();
    static {
        CRITERIA.put("innovation", new BigDecimal("30"));
        CRITERIA.put("team", new BigDecimal("25"));
        CRITERIA.put("market", new BigDecimal("25"));
        CRITERIA.put("feasibility", new BigDecimal("20"));
    }

    /**
     * Trimmed mean of the weighted totals (drop one highest and one lowest from 5 or more), 4
     * decimals half-up; ties by the higher mean innovation score, then the lower application id.
     */
    private List<Long> independentOrder(long roundId) {
        record Result(long id, BigDecimal score, BigDecimal innovation) {
        }
        List<Result> results = new ArrayList<>();
        String suffix = "@" + roundId;
        for (var app : given.entrySet()) {
            List<Map<String, BigDecimal>> cards = app.getValue().entrySet().stream()
                    .filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue).toList();
            if (cards.isEmpty()) {
                continue;
            }
            List<BigDecimal> totals = new ArrayList<>();
            BigDecimal innovation = BigDecimal.ZERO;
            for (Map<String, BigDecimal> card : cards) {
                BigDecimal weighted = BigDecimal.ZERO;
                for (var c : CRITERIA.entrySet()) {
                    weighted = weighted.add(c.getValue().multiply(card.get(c.getKey())));
                }
                totals.add(weighted.divide(new BigDecimal("100"), MathContext.DECIMAL64));
                innovation = innovation.add(card.get("innovation"));
            }
            Collections.sort(totals);
            List<BigDecimal> counted = totals.size() >= 5 ? totals.subList(1, totals.size() - 1) : totals;
            BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            results.add(new Result(app.getKey(), sum.divide(BigDecimal.valueOf(counted.size()), 4, RoundingMode.HALF_UP),
                    innovation.divide(BigDecimal.valueOf(cards.size()), MathContext.DECIMAL64)));
        }
        results.sort(Comparator.comparing(Result::score).reversed().thenComparing(Comparator
                .comparing(Result::innovation).reversed()).thenComparingLong(Result::id));
        return results.stream().map(Result::id).toList();
    }

    private static List<Long> topN(List<Long> order, int n, boolean perTrack, Map<Long, String> trackOf) {
        Map<String, Integer> taken = new TreeMap<>();
        List<Long> selected = new ArrayList<>();
        for (Long id : order) {
            String group = perTrack ? trackOf.get(id) : "";
            if (taken.merge(group, 1, Integer::sum) <= n) {
                selected.add(id);
            }
        }
        return selected;
    }

    private static BigDecimal halfSteps(double x) {
        double clamped = Math.max(0, Math.min(10, x));
        return BigDecimal.valueOf(Math.round(clamped * 2) / 2.0).setScale(1, RoundingMode.UNNECESSARY);
    }

    // ---------------------------------------------------------------- set-up through the services

    private List<String> createJudges(int n) {
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String username = String.format("hz-judge-%02d", i);
            int no = i;
            Acting.as(ADMIN, Role.ADMIN, () -> judges.create(new JudgeService.JudgeInput(username, "评委 " + no,
                    username + "@example.org", "评审机构 " + no, null)));
            usernames.add(username);
        }
        return usernames;
    }

    private void configure(long roundId, List<String> pool, int k, RuleKind rule, int n, boolean perTrack,
            boolean live) {
        Instant now = Instant.now();
        List<CriterionRow> rubric = new ArrayList<>();
        for (var c : CRITERIA.entrySet()) {
            rubric.add(new CriterionRow(c.getKey(), "指标 " + c.getKey(), "Criterion " + c.getKey(), null, null, "0", "10",
                    "0.5", c.getValue().toPlainString()));
        }
        long version = QuarkusTransaction.requiringNew().call(() -> Round.<Round> findById(roundId).version);
        Acting.as(ADMIN, Role.ADMIN, () -> rounds.update(roundId, version, new Settings(k, false, live,
                Aggregation.TRIMMED_MEAN, "criterion:innovation,APPLICATION_ID", rule, n, null, perTrack,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7))), rubric));
        for (String username : pool) {
            long judgeId = QuarkusTransaction.requiringNew()
                    .call(() -> app.shortlist.judging.Judge.findByUsername(username).id);
            Acting.as(ADMIN, Role.ADMIN, () -> judges.addToPool(roundId, judgeId, Set.of()));
        }
        Acting.as(ADMIN, Role.ADMIN, () -> rounds.open(roundId));
    }

    // ---------------------------------------------------------------- reading the database

    record Assign(long id, long applicationId, String judge) {
    }

    private static List<Assign> activeAssignments(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment> find(
                "round.id = ?1 and state = app.shortlist.judging.AssignmentState.ACTIVE order by id", roundId).list()
                .stream().map(a -> new Assign(a.id, a.application.id, a.judge.username)).toList());
    }

    private static List<Long> entries(long roundId, EntryState state) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry> find(
                "round.id = ?1 and state = ?2 order by id", roundId, state).list().stream().map(e -> e.id).toList());
    }

    private static List<Long> applicationsOf(long roundId, EntryState state) {
        return QuarkusTransaction.requiringNew().call(() -> RoundEntry.<RoundEntry> find(
                "round.id = ?1 and state = ?2 order by application.id", roundId, state).list().stream()
                .map(e -> e.application.id).toList());
    }

    private static long entriesIn(long roundId) {
        return count("SELECT COUNT(*) FROM round_entry WHERE round_id = ?1", roundId);
    }

    private static long linesOf(long roundId) {
        return count("SELECT COUNT(*) FROM ranking_line l JOIN ranking_snapshot s ON s.id = l.snapshot_id "
                + "WHERE s.round_id = ?1", roundId);
    }

    private static Map<Long, String> tracks(long programId) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] row : DemoTestSupport.rows("SELECT a.id, t.name_zh FROM application a JOIN track t "
                + "ON t.id = a.track_id WHERE a.program_id = ?1", programId)) {
            out.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return out;
    }
}
