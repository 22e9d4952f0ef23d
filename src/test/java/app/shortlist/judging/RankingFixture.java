package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The hand-computed round of the ranking tests, on top of {@link TestData#scoringRound}: 5 applications
 * (A1, A3, A5 in track 1, A2, A4 in track 2), 5 judges each, rubric innovation 40 / market 30 / team 30
 * (0–10, step 0.5), trimmed mean, ties by innovation then full marks then application id, TOP_N 3 overall;
 * the round is CLOSED.
 *
 * <pre>
 * A1  totals 9, 8, 8, 8, 2 (each card one value on every criterion)  trimmed → 8.0000, J5 an outlier
 * A2  every card innovation 9.5, market 7, team 7 → total 8        trimmed → 8.0000, beats A1 on innovation
 * A3  J1 recused, J2 no scorecard, J3 9, J4 8.5, J5 7                  3 cards → mean 24.5/3 = 8.1667
 * A4  J1–J4 6, J5 a DRAFT of 10 (does not count)                       4 cards → 6.0000
 * A5  nothing submitted                                                not scored
 * order: A3 (1), A2 (2, tie broken by innovation), A1 (3), A4 (4), A5 (not scored)
 * </pre>
 */
final class RankingFixture {

    record Hand(TestData.ScoringRound sr, long a1, long a2, long a3, long a4, long a5,
            Map<String, Long> assignments) {
        long roundId() {
            return sr.roundId();
        }

        /** The assignment of application number {@code app} (1-based) and judge number {@code judge}. */
        long assignment(int app, int judge) {
            return assignments.get(app + ":" + judge);
        }
    }

    private RankingFixture() {
    }

    static Hand hand(String code) {
        TestData.ScoringRound sr = TestData.scoringRound(code, 5, 5, 5);
        Map<String, Long> byPair = new HashMap<>();
        for (TestData.Assigned a : TestData.assign(sr)) {
            byPair.put((sr.applicationIds().indexOf(a.applicationId()) + 1) + ":"
                    + (sr.judgeIds().indexOf(a.judgeId()) + 1), a.assignmentId());
        }
        Hand h = new Hand(sr, sr.applicationIds().get(0), sr.applicationIds().get(1), sr.applicationIds().get(2),
                sr.applicationIds().get(3), sr.applicationIds().get(4), byPair);
        String[] a1 = { "9", "8", "8", "8", "2" };
        for (int j = 1; j <= 5; j++) {
            card(h.assignment(1, j), a1[j - 1], a1[j - 1], a1[j - 1], ScorecardStatus.SUBMITTED);
            card(h.assignment(2, j), "9.5", "7", "7", ScorecardStatus.SUBMITTED);
        }
        recuse(h.assignment(3, 1));
        card(h.assignment(3, 3), "9", "9", "9", ScorecardStatus.SUBMITTED);
        card(h.assignment(3, 4), "8.5", "8.5", "8.5", ScorecardStatus.SUBMITTED);
        card(h.assignment(3, 5), "7", "7", "7", ScorecardStatus.SUBMITTED);
        for (int j = 1; j <= 4; j++) {
            card(h.assignment(4, j), "6", "6", "6", ScorecardStatus.SUBMITTED);
        }
        card(h.assignment(4, 5), "10", "10", "10", ScorecardStatus.DRAFT);
        state(h.roundId(), RoundState.CLOSED);
        return h;
    }

    /** Writes a scorecard for the assignment, as the scorecard pages would have. */
    static long card(long assignmentId, String innovation, String market, String team, ScorecardStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment a = Assignment.findById(assignmentId);
            Scorecard s = new Scorecard();
            s.assignment = a;
            s.roundId = a.round.id;
            s.applicationId = a.application.id;
            s.judgeId = a.judge.id;
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            scores.put("innovation", new BigDecimal(innovation));
            scores.put("market", new BigDecimal(market));
            scores.put("team", new BigDecimal(team));
            s.scores = scores;
            s.status = status;
            s.savedAt = Instant.now();
            s.submittedAt = status == ScorecardStatus.SUBMITTED ? s.savedAt : null;
            s.persist();
            return s.id;
        });
    }

    static void recuse(long assignmentId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment a = Assignment.findById(assignmentId);
            a.state = AssignmentState.RECUSED;
            a.recusalReason = "与申报单位有合作关系";
        });
    }

    static void state(long roundId, RoundState state) {
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(roundId);
            r.state = state;
        });
    }

    static void rule(long roundId, RuleKind kind, Integer n, String threshold, boolean perTrack) {
        QuarkusTransaction.requiringNew().run(() -> {
            Round r = Round.findById(roundId);
            r.ruleKind = kind;
            r.ruleN = n;
            r.ruleThreshold = threshold == null ? null : new BigDecimal(threshold);
            r.rulePerTrack = perTrack;
        });
    }

    static long version(long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> Round.<Round> findById(roundId).version);
    }

    /** The lines of the round's standing (live or frozen), read in a transaction of their own. */
    static List<Standing.Line> lines(RankingService service, long roundId) {
        return QuarkusTransaction.requiringNew().call(() -> service.standing(roundId).lines());
    }
}
