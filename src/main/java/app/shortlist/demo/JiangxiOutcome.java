package app.shortlist.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.funding.ListState;
import app.shortlist.funding.Recommendation;
import app.shortlist.funding.RecommendationService;
import app.shortlist.funding.UnitList;
import app.shortlist.judging.RankingLine;
import app.shortlist.judging.RankingSnapshot;
import app.shortlist.judging.rules.Aggregation;
import app.shortlist.pipeline.EntryState;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.pipeline.RoundEntry;
import app.shortlist.program.Direction;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.program.RoundState;
import app.shortlist.program.RuleKind;
import app.shortlist.results.Grouping;
import app.shortlist.results.ResultList;
import app.shortlist.results.ResultListService;
import app.shortlist.results.ResultListVersion;
import app.shortlist.results.ResultRow;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Takes the Jiangxi batch to its published proposed support list (拟支持项目名单), so that the
 * dashboard counts what was published. What people decided is demo data written as rows: every unit
 * recommends all its applications in reference order and submits; the experts' frozen ranking gives
 * each project a score of 60–95 (threshold 60, so all pass). From there the admin who started the
 * job acts through the domain services: the province confirms the recommendation round, builds the
 * result list by support direction from the confirmed review, fits the proposed amounts into each
 * direction's budget and publishes it with the notice period of the program's notice round.
 */
@ApplicationScoped
class JiangxiOutcome {

    static final String TITLE_ZH = "2024年江西省工业发展专项（第三批）拟支持项目名单";
    static final String TITLE_EN = "2024 Jiangxi Industrial Development Fund (third batch): proposed support list";
    static final BigDecimal THRESHOLD = new BigDecimal("60");

    @Inject
    RecommendationService recommendations;

    @Inject
    ResultListService results;

    @Inject
    Pipeline pipeline;

    @Inject
    Clock clock;

    /** Runs in the caller's transaction, as {@code admin} (the job's starter), in a request context of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    ResultListVersion conclude(long programId, String admin) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity
                    .builder().setPrincipal(new QuarkusPrincipal(admin)).addRole(Role.ADMIN).build());
            List<Round> rounds = Pipeline.rounds(programId);
            Round recommendation = only(rounds, RoundKind.RECOMMENDATION);
            Round review = only(rounds, RoundKind.SCORING);
            Round notice = only(rounds, RoundKind.NOTICE);
            recommendAll(recommendation, admin);
            recommendations.close(recommendation.id, null);
            confirmReview(review, admin);
            return publish(programId, review, notice);
        } finally {
            request.terminate();
        }
    }

    /** Each unit's list: all its applications, in reference order, submitted by the unit. */
    private void recommendAll(Round round, String admin) {
        if (round.state == RoundState.PENDING) {
            recommendations.open(round.id);
        }
        Instant now = clock.instant();
        List<RoundEntry> entries = RoundEntry.list("select e from RoundEntry e join fetch e.application a "
                + "join fetch a.unit where e.round.id = ?1 order by a.reference", round.id);
        Map<Long, Integer> priority = new HashMap<>();
        for (RoundEntry e : entries) {
            var unit = e.application.unit;
            Recommendation r = new Recommendation();
            r.entry = e;
            r.round = round;
            r.unit = unit;
            r.opinion = "经审核，申报材料真实完整，同意推荐。";
            r.priority = priority.merge(unit.id, 1, Integer::sum);
            r.updatedBy = admin;
            r.updatedAt = now;
            r.persist();
            if (r.priority == 1) {
                UnitList l = new UnitList();
                l.round = round;
                l.unit = unit;
                l.state = ListState.SUBMITTED;
                l.submittedAt = now;
                l.submittedBy = admin;
                l.persist();
            }
        }
        Round.getEntityManager().flush();
    }

    /** The experts' frozen ranking (one score per project, highest first) and every entry passed. */
    private void confirmReview(Round review, String admin) {
        EntityManager em = Round.getEntityManager();
        Instant now = clock.instant();
        List<Object[]> entered = em.createQuery("select a.id, a.reference, t.id from RoundEntry e "
                + "join e.application a left join a.track t where e.round.id = :r order by a.reference", Object[].class)
                .setParameter("r", review.id).getResultList();
        record Scored(long applicationId, Long trackId, BigDecimal score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Object[] row : entered) {
            Random r = new Random(JiangxiPlan.SEED * 31 + row[1].hashCode());
            scored.add(new Scored((Long) row[0], (Long) row[2],
                    BigDecimal.valueOf(6000 + r.nextInt(3501)).movePointLeft(2)));
        }
        scored.sort(Comparator.comparing(Scored::score).reversed().thenComparingLong(Scored::applicationId));
        review.aggregation = Aggregation.MEAN;
        review.ruleKind = RuleKind.THRESHOLD;
        review.ruleThreshold = THRESHOLD;
        review.state = RoundState.CONFIRMED;
        review.closedAt = now;
        RankingSnapshot s = new RankingSnapshot();
        s.roundId = review.id;
        s.aggregation = Aggregation.MEAN;
        s.ruleText = "THRESHOLD " + THRESHOLD;
        s.confirmedBy = admin;
        s.confirmedAt = now;
        s.persist();
        for (int i = 0; i < scored.size(); i++) {
            Scored x = scored.get(i);
            RankingLine l = new RankingLine();
            l.snapshotId = s.id;
            l.position = i;
            l.applicationId = x.applicationId();
            l.trackId = x.trackId();
            l.score = x.score();
            l.rank = i + 1;
            l.scoresCounted = review.judgesPerEntry;
            l.scorecards = review.judgesPerEntry;
            l.proposed = x.score().compareTo(THRESHOLD) >= 0;
            l.selected = l.proposed;
            l.persist();
        }
        em.flush();
        em.createQuery("update RoundEntry e set e.state = :passed, e.decidedBy = :who, e.decidedAt = :now, "
                + "e.version = e.version + 1 where e.round.id = :r").setParameter("passed", EntryState.PASSED)
                .setParameter("who", admin).setParameter("now", now).setParameter("r", review.id).executeUpdate();
    }

    /**
     * The result list by support direction; where a direction's requests exceed its budget, every
     * proposed amount of it is cut by the same ratio (to whole 10 万元), lowering before raising so
     * that no step overspends. Published with the notice round's period, or a week from now.
     */
    private ResultListVersion publish(long programId, Round review, Round notice) {
        ResultList list = results.create(programId, review.id, TITLE_ZH, TITLE_EN, Grouping.DIRECTION);
        List<ResultRow> rows = ResultRow.list("listId = ?1 order by position", list.id);
        Map<Long, Application> apps = new HashMap<>();
        Application.<Application> list("id in ?1", rows.stream().map(r -> r.applicationId).toList())
                .forEach(a -> apps.put(a.id, a));
        Map<Long, BigDecimal> requested = new HashMap<>();
        rows.forEach(r -> requested.merge(apps.get(r.applicationId).direction.id, r.requestedAmount, BigDecimal::add));
        List<ResultRow> lower = new ArrayList<>();
        List<ResultRow> raise = new ArrayList<>();
        Map<Long, BigDecimal> target = new HashMap<>();
        for (ResultRow r : rows) {
            Direction d = apps.get(r.applicationId).direction;
            BigDecimal total = requested.get(d.id);
            BigDecimal amount = d.budget == null || total.compareTo(d.budget) <= 0 ? r.requestedAmount
                    : r.requestedAmount.multiply(d.budget).divide(total, 0, RoundingMode.FLOOR)
                            .divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).multiply(BigDecimal.TEN);
            target.put(r.applicationId, amount.setScale(2));
            if (r.proposedAmount == null || r.proposedAmount.compareTo(amount) > 0) {
                (r.proposedAmount == null ? raise : lower).add(r);
            }
        }
        for (List<ResultRow> step : List.of(lower, raise)) {
            for (ResultRow r : step) {
                results.setAmount(list.id, r.applicationId, target.get(r.applicationId), null, null);
            }
        }
        Instant now = clock.instant();
        boolean roundPeriod = notice != null && notice.startsAt != null && notice.endsAt != null
                && notice.endsAt.isAfter(now) && notice.startsAt.isBefore(notice.endsAt);
        return results.publish(list.id, roundPeriod ? notice.startsAt : now,
                roundPeriod ? notice.endsAt : now.plus(Duration.ofDays(7)), null, false);
    }

    private static Round only(List<Round> rounds, RoundKind kind) {
        return rounds.stream().filter(r -> r.kind == kind).findFirst().orElseThrow(
                () -> new IllegalStateException("The Jiangxi program has no " + kind + " round"));
    }
}
