package app.shortlist.judging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.i18n.Lang;
import app.shortlist.program.Round;
import app.shortlist.program.RoundState;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/**
 * The admin's read view of a round's scorecards: the applications with their counts, and one application's
 * scorecards judge by judge, where a submitted one can be reopened with a reason. Its own class with the full
 * path: /admin/rounds/{roundId} belongs to the round page.
 */
@Path("/admin/rounds/{roundId}/scorecards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class RoundScorecardsPage {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate(basePath = "scorecard")
    static class Templates {
        static native TemplateInstance admin_round(Head head, List<ProgressService.ApplicationProgress> rows, int page,
                boolean more);

        static native TemplateInstance admin_application(Head head, long applicationId, String reference, String project,
                List<JudgeViews.CriterionView> criteria, List<Line> lines, Long errorFor, String error);
    }

    @TemplateData
    public record Head(long roundId, long programId, String program, String round, boolean confirmed) {
    }

    @TemplateData
    public record Line(String judge, String username, boolean recused, String recusalReason, Long scorecardId,
            String status, List<String> scores, String total, String comment, String savedAt, String submittedAt,
            String reopenedReason, boolean reopenable) {
    }

    @Inject
    ProgressService progress;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("roundId") long roundId, @QueryParam("application") Long applicationId,
            @QueryParam("page") @DefaultValue("0") int page) {
        return view(roundId, applicationId, Math.max(page, 0), null, null);
    }

    @Transactional
    TemplateInstance view(long roundId, Long applicationId, int page, Long errorFor, String error) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Lang lang = language.get();
        Head head = new Head(round.id, round.program.id, round.program.name.in(lang), round.name.in(lang),
                round.state == RoundState.CONFIRMED);
        if (applicationId == null) {
            List<ProgressService.ApplicationProgress> rows = progress.byApplication(roundId, page, PAGE_SIZE + 1);
            boolean more = rows.size() > PAGE_SIZE;
            return Templates.admin_round(head, more ? rows.subList(0, PAGE_SIZE) : rows, page, more);
        }
        Application app = Application.findById(applicationId);
        List<Assignment> assignments = app == null ? List.of()
                : Assignment.list("select a from Assignment a join fetch a.judge j where a.round.id = ?1 "
                        + "and a.application.id = ?2 order by j.name, j.id", roundId, applicationId);
        if (assignments.isEmpty()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        Map<Long, Scorecard> cards = new HashMap<>();
        Scorecard.<Scorecard> list("roundId = ?1 and applicationId = ?2", roundId, applicationId)
                .forEach(c -> cards.put(c.assignment.id, c));
        List<Criterion> criteria = Criterion.ofRound(roundId);
        List<Line> lines = new ArrayList<>();
        for (Assignment a : assignments) {
            Scorecard c = cards.get(a.id);
            List<String> scores = criteria.stream()
                    .map(k -> c == null || c.scores.get(k.key) == null ? "—" : RoundRules.plain(c.scores.get(k.key)))
                    .toList();
            var total = criteria.isEmpty() ? null : JudgeViews.total(Criterion.rubric(criteria), c);
            lines.add(new Line(a.judge.name, a.judge.username, a.state == AssignmentState.RECUSED, a.recusalReason,
                    c == null ? null : c.id, c == null ? "NEW" : c.status.name(), scores,
                    total == null ? null : RoundRules.plain(total), c == null ? null : c.comment,
                    c == null ? null : Dates.format(c.savedAt), c == null ? null : Dates.format(c.submittedAt),
                    c == null ? null : c.reopenedReason,
                    c != null && c.status == ScorecardStatus.SUBMITTED && round.state != RoundState.CONFIRMED));
        }
        return Templates.admin_application(head, app.id, app.reference, app.projectName, JudgeViews.rubric(criteria, lang), lines,
                errorFor, error);
    }
}
