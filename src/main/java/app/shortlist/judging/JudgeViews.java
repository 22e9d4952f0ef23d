package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.shortlist.i18n.Lang;
import app.shortlist.judging.rules.Rubric;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** What a judge reads — their assignments, one assignment with its rubric, their scorecard — for page and API. */
@ApplicationScoped
public class JudgeViews {

    @Inject
    JudgeAccess access;

    @Inject
    Clock clock;

    @Schema(name = "RubricCriterion", description = "One weighted criterion of a round's rubric")
    public record CriterionView(String key, String name, String guidance, BigDecimal min, BigDecimal max,
            BigDecimal step, BigDecimal weight, @Schema(description = "The weight as a share of all weights, e.g. 40%") String weightPercent) {
    }

    @Schema(name = "JudgeScorecard", description = "A judge's scorecard; status NEW until first saved")
    public record ScorecardView(Long id, long assignmentId, String status, Map<String, BigDecimal> scores,
            String comment, @Schema(description = "Weighted total, once every criterion is scored") BigDecimal total,
            @Schema(description = "Send back when saving or submitting; null while NEW") Long version,
            Instant savedAt, Instant submittedAt,
            @Schema(description = "Why an admin reopened it, if they did") String reopenedReason,
            boolean editable, @Schema(description = "Why it cannot be changed now") String lockedBecause) {
    }

    @Schema(name = "JudgeAssignment", description = "One assignment: the application as the judge may see it, the rubric and the scorecard")
    public record AssignmentView(long id, long roundId, String program, String round, RoundState roundState,
            boolean blind, Instant closesAt, AssignmentState state,
            @Schema(description = "Null when the application is no longer readable (round closed, recused)") BlindView.JudgeApplication application,
            List<CriterionView> rubric, ScorecardView scorecard) {
    }

    @Schema(name = "MyAssignment", description = "One of the caller's assignments")
    public record MyAssignment(long id, long roundId, String program, String round, RoundState roundState,
            Instant closesAt, String reference, String projectName, AssignmentState state,
            @Schema(description = "NEW, DRAFT or SUBMITTED") String scorecard, BigDecimal total, boolean editable) {
    }

    /** The caller's assignments in rounds that have started, rounds in program order. */
    public List<MyAssignment> mine(Lang lang) {
        Judge me = access.me();
        if (me == null) {
            return List.of();
        }
        List<Assignment> assignments = Assignment.find("select a from Assignment a join fetch a.round r "
                + "join fetch r.program join fetch a.application where a.judge.id = ?1 and r.state <> ?2 "
                + "order by r.program.id, r.position, r.id, a.application.reference, a.id", me.id, RoundState.PENDING).list();
        Map<Long, Scorecard> cards = new HashMap<>();
        Scorecard.<Scorecard> list("judgeId", me.id).forEach(c -> cards.put(c.assignment.id, c));
        Map<Long, Rubric> rubrics = rubrics(assignments);
        Instant now = Instant.now(clock);
        List<MyAssignment> out = new ArrayList<>();
        for (Assignment a : assignments) {
            Scorecard card = cards.get(a.id);
            Rubric rubric = rubrics.get(a.round.id);
            out.add(new MyAssignment(a.id, a.round.id, a.round.program.name.in(lang), a.round.name.in(lang),
                    a.round.state, a.round.endsAt, a.application.reference, a.application.projectName, a.state,
                    card == null ? "NEW" : card.status.name(), total(rubric, card),
                    JudgeAccess.refusal(a, card, now) == null));
        }
        return out;
    }

    /** One assignment of the caller (404 otherwise). */
    public AssignmentView assignment(long assignmentId, Lang lang) {
        Assignment a = access.own(assignmentId);
        Scorecard card = JudgeAccess.scorecard(a);
        List<Criterion> criteria = Criterion.ofRound(a.round.id);
        return new AssignmentView(a.id, a.round.id, a.round.program.name.in(lang), a.round.name.in(lang), a.round.state,
                a.round.blind, a.round.endsAt, a.state,
                JudgeAccess.applicationVisible(a, card) ? BlindView.of(a, lang) : null, rubric(criteria, lang),
                scorecard(a, card, criteria, lang));
    }

    /** The application as the judge may see it now; 404 when it is not readable (the API's rule). */
    public AssignmentView readable(long assignmentId, Lang lang) {
        AssignmentView view = assignment(assignmentId, lang);
        if (view.application() == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return view;
    }

    public ScorecardView scorecard(Assignment a, Scorecard card, List<Criterion> criteria, Lang lang) {
        DomainException refused = JudgeAccess.refusal(a, card, Instant.now(clock));
        String why = refused == null ? null : refused.message(lang);
        BigDecimal total = criteria.isEmpty() ? null : total(Criterion.rubric(criteria), card);
        if (card == null) {
            return new ScorecardView(null, a.id, "NEW", Map.of(), null, null, null, null, null, null, refused == null, why);
        }
        return new ScorecardView(card.id, a.id, card.status.name(), new LinkedHashMap<>(card.scores), card.comment, total,
                card.version, card.savedAt, card.submittedAt, card.reopenedReason, refused == null, why);
    }

    public static List<CriterionView> rubric(List<Criterion> criteria, Lang lang) {
        BigDecimal sum = criteria.stream().map(c -> c.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return criteria.stream().map(c -> new CriterionView(c.key, c.name.in(lang),
                c.guidance == null ? null : c.guidance.in(lang), strip(c.min), strip(c.max), strip(c.step),
                strip(c.weight), RoundRules.percent(c.weight, sum))).toList();
    }

    /** The weighted total of a complete scorecard, else null. */
    static BigDecimal total(Rubric rubric, Scorecard card) {
        if (rubric == null || card == null || !rubric.problems(card.scores).isEmpty()) {
            return null;
        }
        return new BigDecimal(RoundRules.plain(rubric.total(card.scores).setScale(4, java.math.RoundingMode.HALF_UP)));
    }

    private static Map<Long, Rubric> rubrics(List<Assignment> assignments) {
        List<Long> roundIds = assignments.stream().map(a -> a.round.id).distinct().toList();
        Map<Long, List<Criterion>> byRound = new LinkedHashMap<>();
        if (!roundIds.isEmpty()) {
            Criterion.<Criterion> list("round.id in ?1 order by position, id", roundIds)
                    .forEach(c -> byRound.computeIfAbsent(c.round.id, k -> new ArrayList<>()).add(c));
        }
        Map<Long, Rubric> rubrics = new HashMap<>();
        byRound.forEach((id, list) -> rubrics.put(id, Criterion.rubric(list)));
        return rubrics;
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : new BigDecimal(RoundRules.plain(d));
    }
}
