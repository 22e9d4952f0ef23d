package app.shortlist.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.shortlist.judging.rules.Advancement;
import app.shortlist.judging.rules.RankedEntry;
import app.shortlist.judging.rules.Ranking;
import app.shortlist.judging.rules.TieBreak;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.Round;
import app.shortlist.web.DomainException;

/**
 * The read side of judging's outcome: a round's ranking, who the rule proposes, and the admin's
 * overrides. Before confirmation it is computed on every call from the submitted scorecards with
 * five bounded queries (projections, whatever the round's size); after it, the frozen snapshot is
 * read and never recomputed.
 */
@ApplicationScoped
public class RankingService {

    /** What to show: the snapshot once the round is confirmed, else the ranking as it stands now. */
    @Transactional
    public Standing standing(long roundId) {
        Round round = RoundService.scoring(roundId);
        RankingSnapshot snapshot = RankingSnapshot.find("roundId", roundId).firstResult();
        return snapshot != null ? frozen(round, snapshot) : live(round);
    }

    /** The group an application belongs to under a per-track rule ("" for no track). */
    public static String groupKey(Long trackId) {
        return trackId == null ? "" : trackId.toString();
    }

    /** Computed now from the round's submitted scorecards, recusals and overrides. */
    @Transactional
    public Standing live(Round round) {
        EntityManager em = Round.getEntityManager();
        long roundId = round.id;

        // Every entry that takes part (a withdrawn one does not), with its track.
        Map<Long, Long> trackOf = new HashMap<>();
        for (Object[] r : em.createQuery("select a.id, t.id from RoundEntry e join e.application a left join a.track t"
                + " where e.round.id = :r and e.state <> :withdrawn", Object[].class)
                .setParameter("r", roundId).setParameter("withdrawn", EntryState.WITHDRAWN).getResultList()) {
            trackOf.put((Long) r[0], (Long) r[1]);
        }

        List<app.shortlist.judging.rules.Scorecard> cards = new ArrayList<>();
        Map<Long, Integer> submitted = new HashMap<>();
        for (Object[] r : em.createQuery("select s.applicationId, s.judgeId, s.scores from Scorecard s join s.assignment a"
                + " where s.roundId = :r and s.status = :submitted and a.state = :active", Object[].class)
                .setParameter("r", roundId).setParameter("submitted", ScorecardStatus.SUBMITTED)
                .setParameter("active", AssignmentState.ACTIVE).getResultList()) {
            long appId = (Long) r[0];
            if (trackOf.containsKey(appId)) {
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal> scores = (Map<String, BigDecimal>) r[2];
                cards.add(app.shortlist.judging.rules.Scorecard.of((Long) r[1], appId, scores));
                submitted.merge(appId, 1, Integer::sum);
            }
        }
        for (Object[] r : em.createQuery("select a.application.id, a.judge.id from Assignment a"
                + " where a.round.id = :r and a.state = :recused", Object[].class)
                .setParameter("r", roundId).setParameter("recused", AssignmentState.RECUSED).getResultList()) {
            if (trackOf.containsKey((Long) r[0])) {
                cards.add(app.shortlist.judging.rules.Scorecard.recused((Long) r[1], (Long) r[0]));
            }
        }
        Map<Long, Integer> due = new HashMap<>();
        for (Object[] r : em.createQuery("select a.application.id, count(a) from Assignment a"
                + " where a.round.id = :r and a.state = :active group by a.application.id", Object[].class)
                .setParameter("r", roundId).setParameter("active", AssignmentState.ACTIVE).getResultList()) {
            due.put((Long) r[0], ((Number) r[1]).intValue());
        }
        Map<Long, AdvancementOverride> overrides = new HashMap<>();
        AdvancementOverride.<AdvancementOverride> list("roundId", roundId)
                .forEach(o -> overrides.put(o.applicationId, o));

        List<Criterion> criteria = Criterion.ofRound(roundId);
        List<TieBreak> tieBreaks = tieBreaks(round, criteria);
        List<RankedEntry> ranked = List.of();
        if (!criteria.isEmpty()) {
            try {
                ranked = Ranking.rank(cards, Criterion.rubric(criteria), round.aggregation, tieBreaks);
            } catch (IllegalArgumentException e) {
                throw new DomainException(RankingFailure.UNREADABLE, e.getMessage());
            }
        }
        AdvancementRule rule = AdvancementRule.of(round);
        Advancement.Selection selection = Advancement.select(ranked, rule.advancement(),
                rule.perTrack() ? id -> groupKey(trackOf.get(id)) : null);
        Set<Long> proposed = new HashSet<>(selection.selected());

        List<Standing.Line> lines = new ArrayList<>(trackOf.size());
        for (RankedEntry e : ranked) {
            long appId = e.applicationId();
            boolean p = proposed.contains(appId);
            AdvancementOverride o = overrides.get(appId);
            lines.add(new Standing.Line(lines.size(), appId, trackOf.get(appId), e.score(), e.rank(), e.scoresCounted(),
                    e.scorecards(), submitted.getOrDefault(appId, 0), due.getOrDefault(appId, 0),
                    e.tieBrokenBy() == null ? null : TieBreaks.format(e.tieBrokenBy()), e.outlierJudges(), p,
                    o == null ? p : o.selected, o == null ? null : o.reason));
        }
        // Not scored yet (or only incomplete / recused scorecards): listed last, never proposed.
        Set<Long> rankedIds = new HashSet<>();
        ranked.forEach(e -> rankedIds.add(e.applicationId()));
        for (Long appId : new TreeMap<>(trackOf).keySet()) {
            if (!rankedIds.contains(appId)) {
                AdvancementOverride o = overrides.get(appId);
                lines.add(new Standing.Line(lines.size(), appId, trackOf.get(appId), null, null, 0, 0,
                        submitted.getOrDefault(appId, 0), due.getOrDefault(appId, 0), null, List.of(), false,
                        o != null && o.selected, o == null ? null : o.reason));
            }
        }
        return new Standing(roundId, false, round.aggregation, tieBreaks, rule, lines, null, null, round.version);
    }

    /** The round's tie-breaks; those naming a criterion the rubric no longer has are skipped. */
    private static List<TieBreak> tieBreaks(Round round, List<Criterion> criteria) {
        Set<String> keys = new HashSet<>();
        criteria.forEach(c -> keys.add(c.key));
        try {
            return TieBreaks.parse(round.tieBreaks).stream()
                    .filter(t -> !(t instanceof TieBreak.Criterion c) || keys.contains(c.key())).toList();
        } catch (IllegalArgumentException e) {
            throw new DomainException(RankingFailure.UNREADABLE, e.getMessage());
        }
    }

    private static Standing frozen(Round round, RankingSnapshot s) {
        List<RankingLine> stored = RankingLine.list("snapshotId = ?1 order by position", s.id);
        List<Standing.Line> lines = new ArrayList<>(stored.size());
        for (RankingLine l : stored) {
            lines.add(new Standing.Line(l.position, l.applicationId, l.trackId, l.score, l.rank, l.scoresCounted,
                    l.scorecards, null, null, l.tieBrokenBy, judgeIds(l.outlierJudges), l.proposed, l.selected,
                    l.overrideReason));
        }
        return new Standing(round.id, true, s.aggregation, TieBreaks.parse(s.tieBreaks),
                AdvancementRule.parse(s.ruleText), lines, s.confirmedBy, s.confirmedAt, round.version);
    }

    static String judgeIds(List<Long> ids) {
        return ids.isEmpty() ? null : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> judgeIds(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
    }
}
