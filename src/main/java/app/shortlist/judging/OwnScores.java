package app.shortlist.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.i18n.Lang;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.Dates;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.TemplateData;

/**
 * What an applicant may see of their own judging ({inject:ownScores.of(id)} on the status page, and
 * the API): for each confirmed scoring round, when the program allows it, the score and rank of the
 * frozen ranking (never recomputed), the judges' mean per criterion and their comments under
 * "Judge A, B…" labels. Only submitted scorecards of active assignments count (no drafts, no
 * recusals), as in the ranking. The labels follow a hash of round, application and judge, so they are
 * stable, say nothing of who judged, and "Judge A" of one application is unrelated to that of another.
 * Five queries whatever the number of rounds and scorecards. The caller checks who may read it.
 */
@Named("ownScores")
@RequestScoped
public class OwnScores {

    @TemplateData
    @Schema(name = "OwnRoundResult", description = "The applicant's own result of one confirmed scoring round")
    public record RoundResult(long roundId, String round, String confirmedAt,
            @Schema(description = "The aggregate score the ranking used; null when no valid scorecard scored it") String score,
            @Schema(description = "Rank within the track when the round's rule chose per track, else within the round") Integer rank,
            @Schema(description = "How many entries were ranked in the same scope") int rankedOf,
            @Schema(description = "Whether rank counts within the track") boolean rankInTrack,
            @Schema(description = "Whether it went on from this round") boolean selected,
            @Schema(description = "Submitted scorecards that counted (drafts and recusals never do)") int scorecards,
            List<CriterionMean> criteria, List<Comment> comments) {
    }

    @TemplateData
    @Schema(name = "OwnCriterionMean")
    public record CriterionMean(String key, String name, @Schema(description = "Mean of the judges' scores; null when none") String mean,
            String max) {
    }

    @TemplateData
    @Schema(name = "OwnJudgeComment", description = "A judge's comment under a neutral label; never the judge's name")
    public record Comment(String judge, String text) {
    }

    @Inject
    RequestLanguage language;

    /** Nothing (an empty list) unless the program shows scores; only rounds with a frozen ranking. */
    @Transactional
    public List<RoundResult> of(long applicationId) {
        EntityManager em = Round.getEntityManager();
        List<Boolean> shows = em.createQuery("select a.program.applicantsSeeScores from Application a where a.id = :a",
                Boolean.class).setParameter("a", applicationId).getResultList();
        if (shows.isEmpty() || !shows.get(0)) {
            return List.of();
        }
        List<Object[]> confirmed = em.createQuery("select l, s, r from RankingLine l, RankingSnapshot s, Round r"
                + " where l.applicationId = :a and s.id = l.snapshotId and r.id = s.roundId and r.state = :confirmed"
                + " order by r.position, r.id", Object[].class)
                .setParameter("a", applicationId).setParameter("confirmed", RoundState.CONFIRMED).getResultList();
        if (confirmed.isEmpty()) {
            return List.of();
        }
        List<Long> roundIds = confirmed.stream().map(x -> ((Round) x[2]).id).toList();
        List<Long> snapshotIds = confirmed.stream().map(x -> ((RankingSnapshot) x[1]).id).toList();

        // Per snapshot: ranked entries and those ranked ahead, in the round and in the applicant's track.
        Map<Long, long[]> counts = new HashMap<>();
        String sameTrack = "(o.trackId = mine.trackId or (o.trackId is null and mine.trackId is null))";
        for (Object[] r : em.createQuery("select mine.snapshotId, count(o.id),"
                + " sum(case when o.rank < mine.rank then 1 else 0 end),"
                + " sum(case when " + sameTrack + " then 1 else 0 end),"
                + " sum(case when " + sameTrack + " and o.rank < mine.rank then 1 else 0 end)"
                + " from RankingLine mine, RankingLine o where mine.applicationId = :a and mine.snapshotId in :s"
                + " and o.snapshotId = mine.snapshotId and o.rank is not null group by mine.snapshotId", Object[].class)
                .setParameter("a", applicationId).setParameter("s", snapshotIds).getResultList()) {
            counts.put((Long) r[0], new long[] { num(r[1]), num(r[2]), num(r[3]), num(r[4]) });
        }

        Map<Long, List<Criterion>> criteria = new HashMap<>();
        for (Criterion c : Criterion.<Criterion> list("round.id in ?1 order by position, id", roundIds)) {
            criteria.computeIfAbsent(c.round.id, k -> new ArrayList<>()).add(c);
        }

        Map<Long, List<Card>> cards = new HashMap<>();
        for (Object[] r : em.createQuery("select s.roundId, s.judgeId, s.scores, s.comment from Scorecard s"
                + " join s.assignment a where s.applicationId = :a and s.roundId in :r and s.status = :submitted"
                + " and a.state = :active", Object[].class)
                .setParameter("a", applicationId).setParameter("r", roundIds)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("active", AssignmentState.ACTIVE)
                .getResultList()) {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> scores = (Map<String, BigDecimal>) r[2];
            long roundId = (Long) r[0];
            cards.computeIfAbsent(roundId, k -> new ArrayList<>())
                    .add(new Card(order(roundId, applicationId, (Long) r[1]), scores, (String) r[3]));
        }

        Lang lang = language.get();
        List<RoundResult> out = new ArrayList<>(confirmed.size());
        for (Object[] x : confirmed) {
            RankingLine line = (RankingLine) x[0];
            RankingSnapshot snapshot = (RankingSnapshot) x[1];
            Round round = (Round) x[2];
            boolean inTrack = AdvancementRule.parse(snapshot.ruleText).perTrack();
            long[] c = counts.getOrDefault(snapshot.id, new long[4]);
            Integer rank = line.rank == null ? null : (int) (inTrack ? c[3] : c[1]) + 1;
            List<Card> own = cards.getOrDefault(round.id, List.of());
            out.add(new RoundResult(round.id, round.name.in(lang), Dates.format(snapshot.confirmedAt),
                    RankingViews.score(line.score), rank, line.rank == null ? 0 : (int) (inTrack ? c[2] : c[0]),
                    inTrack, line.selected, own.size(), means(criteria.getOrDefault(round.id, List.of()), own, lang),
                    comments(own, lang)));
        }
        return out;
    }

    private record Card(String order, Map<String, BigDecimal> scores, String comment) {
    }

    private static List<CriterionMean> means(List<Criterion> criteria, List<Card> cards, Lang lang) {
        List<CriterionMean> out = new ArrayList<>(criteria.size());
        for (Criterion c : criteria) {
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Card card : cards) {
                BigDecimal v = card.scores() == null ? null : card.scores().get(c.key);
                if (v != null) {
                    sum = sum.add(v);
                    n++;
                }
            }
            out.add(new CriterionMean(c.key, c.name.in(lang),
                    n == 0 ? null : RankingViews.score(sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP)),
                    RankingViews.score(c.max)));
        }
        return out;
    }

    private static List<Comment> comments(List<Card> cards, Lang lang) {
        List<Card> commented = cards.stream().filter(c -> c.comment() != null && !c.comment().isBlank())
                .sorted(Comparator.comparing(Card::order)).toList();
        List<Comment> out = new ArrayList<>(commented.size());
        for (int i = 0; i < commented.size(); i++) {
            out.add(new Comment(judgeLabel(i, lang), commented.get(i).comment().strip()));
        }
        return out;
    }

    /** "评委 A" / "Judge A", then AA, AB… after Z. */
    static String judgeLabel(int index, Lang lang) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return RankingViews.messages(lang).own_judge(letters.toString());
    }

    /** A stable order that neither follows the judge's id nor repeats across applications. */
    private static String order(long roundId, long applicationId, long judgeId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((roundId + ":" + applicationId + ":" + judgeId).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
