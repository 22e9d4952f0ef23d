package app.shortlist.screening;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.pipeline.EntryState;
import app.shortlist.program.Round;
import app.shortlist.program.RoundKind;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** Screeners' start: every program's screening rounds with their counts (two queries). */
@Path("/screening")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.ADMIN, Role.SCREENER })
public class ScreeningHomePage {

    @CheckedTemplate(basePath = "screening")
    static class Templates {
        static native TemplateInstance index(List<RoundLine> rounds);
    }

    @TemplateData
    public record RoundLine(long id, long programId, String program, String round, String state, String stateLabel,
            List<ScreeningViews.Count> counts) {
    }

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance index() {
        Lang lang = language.get();
        List<Round> rounds = Round.list("select r from Round r join fetch r.program p where r.kind = ?1"
                + " order by p.id desc, r.position", RoundKind.SCREENING);
        Map<Long, Map<EntryState, Long>> counts = new HashMap<>();
        Round.getEntityManager().createQuery("select e.round.id, e.state, count(e) from RoundEntry e"
                + " where e.round.kind = :kind group by e.round.id, e.state", Object[].class)
                .setParameter("kind", RoundKind.SCREENING).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new EnumMap<>(EntryState.class))
                        .put((EntryState) r[1], (Long) r[2]));
        return Templates.index(rounds.stream().map(r -> {
            Map<EntryState, Long> n = counts.getOrDefault(r.id, Map.of());
            ScreeningQueue.Counts c = new ScreeningQueue.Counts(n.getOrDefault(EntryState.WAITING, 0L),
                    n.getOrDefault(EntryState.RETURNED, 0L), n.getOrDefault(EntryState.PASSED, 0L),
                    n.getOrDefault(EntryState.REJECTED, 0L), n.getOrDefault(EntryState.WITHDRAWN, 0L));
            return new RoundLine(r.id, r.program.id, r.program.name.in(lang), r.name.in(lang), r.state.name(),
                    r.state.label().in(lang), ScreeningViews.counts(c, "/screening/rounds/" + r.id, null, lang));
        }).toList());
    }
}
