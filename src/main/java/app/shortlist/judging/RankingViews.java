package app.shortlist.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.TieBreak;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.program.Track;
import app.shortlist.pipeline.Pipeline;
import app.shortlist.web.Dates;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Turns a {@link Standing} into what the admin reads: names, words, groups and the cut line (three more queries). */
@ApplicationScoped
public class RankingViews {

    @Inject
    RankingService ranking;

    public static RankingMsg messages(Lang lang) {
        return MessageBundles.get(RankingMsg.class, Localized.Literal.of(lang.tag()));
    }

    /** One leaderboard line: no judge, no organisation. */
    public record LeaderRow(Integer rank, String project, String scoreText, boolean scored, Integer submitted,
            Integer due) {
    }

    public record Leaderboard(String program, String round, boolean frozen, List<LeaderRow> rows) {
    }

    @Transactional
    public RankingView view(long roundId, Lang lang) {
        Standing s = ranking.standing(roundId);
        Round round = Round.findById(roundId);
        RankingMsg msg = messages(lang);
        Map<Long, String[]> apps = applications(roundId);
        Map<String, String> criteria = new HashMap<>();
        Criterion.<Criterion> list("round.id", roundId).forEach(c -> criteria.put(c.key, c.name.in(lang)));
        Map<Long, String> judges = judges(s);
        Map<String, String> trackNames = new LinkedHashMap<>();
        Track.<Track> list("program.id = ?1 order by position", round.program.id)
                .forEach(t -> trackNames.put(RankingService.groupKey(t.id), t.name.in(lang)));

        // Groups: per track (in the program's track order) under a per-track rule, else one.
        Map<String, List<Standing.Line>> grouped = new LinkedHashMap<>();
        if (s.rule().perTrack()) {
            trackNames.keySet().forEach(k -> grouped.put(k, new ArrayList<>()));
        }
        for (Standing.Line l : s.lines()) {
            String key = s.rule().perTrack() ? RankingService.groupKey(l.trackId()) : "";
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        List<RankingView.Group> groups = new ArrayList<>();
        grouped.forEach((key, lines) -> {
            if (!lines.isEmpty()) {
                groups.add(group(key, lines, s, apps, criteria, judges, trackNames, msg));
            }
        });

        boolean closed = !s.frozen() && round.state == RoundState.CLOSED;
        String next = Pipeline.next(round).map(r -> r.name.in(lang)).orElse(null);
        long selected = s.selectedCount();
        String summary = next == null ? msg.summary_last(selected) : msg.summary_next(selected, next);
        List<String> tieTokens = s.tieBreaks().stream().map(TieBreaks::format).toList();
        StringJoiner rules = new StringJoiner(msg.then());
        s.tieBreaks().forEach(t -> rules.add(tieBreak(t, criteria, msg)));
        return new RankingView(roundId, round.program.id, round.program.name.in(lang), round.name.in(lang),
                round.state.name(), round.state.label().in(lang), s.frozen(), round.blind, s.aggregation().name(),
                aggregation(s, msg), tieTokens, msg.tie_breaks_text(rules.toString()), s.rule().text(),
                rule(s.rule(), msg), s.frozen() ? msg.frozen(s.confirmedBy(), Dates.format(s.confirmedAt())) : msg.live(),
                s.confirmedBy(), Dates.format(s.confirmedAt()), s.roundVersion(), closed,
                s.frozen() || closed ? null : msg.not_closed(round.state.label().in(lang)), selected, s.lines().size(),
                next, summary, List.copyOf(groups));
    }

    /** The leaderboard: overall order, project names and scores only. */
    @Transactional
    public Leaderboard leaderboard(long roundId, Lang lang) {
        Standing s = ranking.standing(roundId);
        Round round = Round.findById(roundId);
        Map<Long, String[]> apps = applications(roundId);
        List<LeaderRow> rows = s.lines().stream().map(l -> new LeaderRow(l.rank(),
                apps.getOrDefault(l.applicationId(), new String[3])[1], score(l.score()), l.scored(),
                l.submitted() != null ? l.submitted() : Integer.valueOf(l.scorecards()), l.due())).toList();
        return new Leaderboard(round.program.name.in(lang), round.name.in(lang), s.frozen(), rows);
    }

    private static RankingView.Group group(String key, List<Standing.Line> lines, Standing s, Map<Long, String[]> apps,
            Map<String, String> criteria, Map<Long, String> judges, Map<String, String> trackNames, RankingMsg msg) {
        int lastProposed = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).proposed()) {
                lastProposed = i;
            }
        }
        Standing.Line above = lastProposed >= 0 ? lines.get(lastProposed) : null;
        Standing.Line below = lastProposed + 1 < lines.size() ? lines.get(lastProposed + 1) : null;
        boolean tie = above != null && below != null && above.scored() && below.scored()
                && above.score().compareTo(below.score()) == 0;
        String tieWarning = null;
        if (tie) {
            StringJoiner tied = new StringJoiner(", ");
            lines.stream().filter(l -> l.scored() && l.score().compareTo(above.score()) == 0)
                    .forEach(l -> tied.add(label(apps, l.applicationId())));
            tieWarning = msg.tie_at_cut(tied.toString());
        }
        List<RankingView.Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Standing.Line l = lines.get(i);
            String[] a = apps.getOrDefault(l.applicationId(), new String[3]);
            List<RankingView.Outlier> outliers = l.outliers().stream()
                    .map(j -> new RankingView.Outlier(j, judges.getOrDefault(j, "#" + j))).toList();
            String outlierText = outliers.isEmpty() ? null
                    : msg.outliers(String.join(", ", outliers.stream().map(RankingView.Outlier::name).toList()));
            String outcome = l.overridden() && l.selected() != l.proposed()
                    ? (l.selected() ? msg.moved_in() : msg.moved_out())
                    : (l.selected() ? msg.goes_on() : msg.stays_out());
            rows.add(new RankingView.Row(l.position(), l.rank(), l.applicationId(), a[0], a[1], a[2], l.trackId(),
                    trackNames.getOrDefault(RankingService.groupKey(l.trackId()), null), l.score(), score(l.score()),
                    l.scored(), l.counted(), l.scorecards(), l.submitted(), l.due(), l.tieBrokenBy(),
                    l.tieBrokenBy() == null ? null : msg.tie_broken(tieBreak(TieBreaks.parse(l.tieBrokenBy()).get(0),
                            criteria, msg)),
                    outliers, outlierText, l.proposed(), l.selected(), l.overridden(), l.overrideReason(), outcome,
                    i == lastProposed && i + 1 < lines.size()));
        }
        String name = s.rule().perTrack() ? trackNames.getOrDefault(key, msg.track_none()) : msg.group_all();
        Long trackId = key.isEmpty() ? null : Long.valueOf(key);
        return new RankingView.Group(key, trackId, name, lastProposed < 0, tie, tieWarning, List.copyOf(rows));
    }

    /** Reference, project name and organisation of every application that entered the round (one query). */
    private static Map<Long, String[]> applications(long roundId) {
        Map<Long, String[]> out = new HashMap<>();
        for (Object[] r : Round.getEntityManager().createQuery("select a.id, a.reference, a.projectName, a.organisation"
                + " from RoundEntry e join e.application a where e.round.id = :r", Object[].class)
                .setParameter("r", roundId).getResultList()) {
            out.put((Long) r[0], new String[] { (String) r[1], (String) r[2], (String) r[3] });
        }
        return out;
    }

    private static Map<Long, String> judges(Standing s) {
        Set<Long> ids = new HashSet<>();
        s.lines().forEach(l -> ids.addAll(l.outliers()));
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            Judge.<Judge> list("id in ?1", ids).forEach(j -> out.put(j.id, j.name));
        }
        return out;
    }

    private static String label(Map<Long, String[]> apps, long applicationId) {
        String[] a = apps.get(applicationId);
        return a == null ? "#" + applicationId : a[0] != null ? a[0] : a[1] != null ? a[1] : "#" + applicationId;
    }

    /** Scale 4 without trailing zeros, at least two decimals: 8.50, 8.5333. */
    static String score(BigDecimal score) {
        if (score == null) {
            return null;
        }
        BigDecimal s = score.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    private static String aggregation(Standing s, RankingMsg msg) {
        return switch (s.aggregation()) {
            case MEAN -> msg.agg_mean();
            case TRIMMED_MEAN -> msg.agg_trimmed_mean();
            case Z_SCORE -> msg.agg_z_score();
        };
    }

    private static String tieBreak(TieBreak t, Map<String, String> criteria, RankingMsg msg) {
        if (t instanceof TieBreak.Criterion c) {
            return msg.tb_criterion(criteria.getOrDefault(c.key(), c.key()));
        }
        return t == TieBreak.MORE_TOP_SCORES ? msg.tb_more_top_scores() : msg.tb_application_id();
    }

    private static String rule(AdvancementRule rule, RankingMsg msg) {
        if (!rule.complete()) {
            return msg.rule_incomplete();
        }
        return switch (rule.kind()) {
            case TOP_N -> rule.perTrack() ? msg.rule_top_n_track(rule.n()) : msg.rule_top_n(rule.n());
            case THRESHOLD -> rule.perTrack() ? msg.rule_threshold_track(score(rule.threshold()))
                    : msg.rule_threshold(score(rule.threshold()));
            case MANUAL -> msg.rule_manual();
        };
    }
}
