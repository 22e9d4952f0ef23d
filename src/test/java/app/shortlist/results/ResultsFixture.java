package app.shortlist.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import app.shortlist.application.Application;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.RankingLine;
import app.shortlist.judging.RankingSnapshot;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.program.Direction;
import app.shortlist.program.Program;
import app.shortlist.program.RecommendingUnit;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A scoring round ({@link TestData#scoringRound}, 6 applications) confirmed with a frozen ranking
 * written directly: application i ranks i, the first four are selected. Two support directions:
 * 数字经济 (budget 100 万元, odd applications) and 生物医药 (budget 50, even ones); every application
 * requests 40 万元 and is recommended by 南昌高新区.
 */
record ResultsFixture(TestData.ScoringRound sr, long directionA, long directionB, long unitId) {

    static ResultsFixture confirmed(String code) {
        TestData.ScoringRound sr = TestData.scoringRound(code, 6, 3, 2);
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = Program.findById(sr.programId());
            Direction a = direction(p, 1, "数字经济", "Digital economy", "100");
            Direction b = direction(p, 2, "生物医药", "Biomedicine", "50");
            RecommendingUnit u = new RecommendingUnit();
            u.program = p;
            u.position = 1;
            u.name = new LocalizedText("南昌高新区", "Nanchang High-tech Zone");
            u.persist();
            Round r = Round.findById(sr.roundId());
            r.state = RoundState.CONFIRMED;
            RankingSnapshot s = new RankingSnapshot();
            s.roundId = r.id;
            s.aggregation = Aggregation.MEAN;
            s.ruleText = "TOP_N 4";
            s.confirmedBy = "admin";
            s.confirmedAt = Instant.now();
            s.persist();
            List<Long> apps = sr.applicationIds();
            for (int i = 0; i < apps.size(); i++) {
                Application app = Application.findById(apps.get(i));
                app.direction = i % 2 == 0 ? a : b;
                app.unit = u;
                app.requestedAmount = new BigDecimal("40");
                RankingLine l = new RankingLine();
                l.snapshotId = s.id;
                l.position = i;
                l.applicationId = app.id;
                l.trackId = app.track.id;
                l.score = BigDecimal.valueOf(90 - i);
                l.rank = i + 1;
                l.scoresCounted = 2;
                l.scorecards = 2;
                l.proposed = i < 4;
                l.selected = i < 4;
                l.persist();
            }
            return new ResultsFixture(sr, a.id, b.id, u.id);
        });
    }

    long app(int i) {
        return sr.applicationIds().get(i - 1);
    }

    private static Direction direction(Program p, int position, String zh, String en, String budget) {
        Direction d = new Direction();
        d.program = p;
        d.position = position;
        d.name = new LocalizedText(zh, en);
        d.budget = new BigDecimal(budget);
        d.persist();
        return d;
    }
}
