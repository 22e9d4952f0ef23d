package app.shortlist.judging;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import app.shortlist.account.Role;
import app.shortlist.i18n.Lang;
import app.shortlist.judging.JudgingForms.Errors;
import app.shortlist.judging.JudgingForms.Option;
import app.shortlist.program.Round;
import app.shortlist.program.Track;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.Flash;
import app.shortlist.web.RequestLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A round's judge pool: add experts from the registry, set their panels, mark a drop-out, reactivate. */
@Path("/admin/rounds/{roundId}/judges")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class PoolAdminPage {

    @CheckedTemplate(basePath = "judging")
    static class Templates {
        static native TemplateInstance round_judges(Page page, List<Member> members, List<Option> candidates,
                List<Option> tracks, Errors errors, String failure, Long failedMember);
    }

    public record Page(long id, long programId, String program, String name, String state) {
    }

    /** A pool member with their panels as checkboxes. */
    public record Member(long id, long judgeId, String username, String name, String organisation, boolean active,
            String leftReason, String panelNames, List<Option> panels) {
    }

    @Inject
    JudgeService judges;

    @Inject
    RequestLanguage language;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("roundId") long roundId) {
        return view(roundId, Errors.none(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("roundId") long roundId, @RestForm Long judgeId, @RestForm List<Long> panel) {
        RoundService.scoring(roundId);
        try {
            if (judgeId == null) {
                throw new DomainException(RoundFailure.INVALID, Map.of("judgeId",
                        JudgingText.REQUIRED.in(language.get())), 1);
            }
            judges.addToPool(roundId, judgeId, panel == null ? Set.of() : new HashSet<>(panel));
            return done(roundId, JudgingForms.messages(language.get()).done_pool_added());
        } catch (DomainException e) {
            return refused(roundId, e, null);
        }
    }

    @POST
    @Path("{memberId}/panels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response panels(@PathParam("roundId") long roundId, @PathParam("memberId") long memberId,
            @RestForm List<Long> panel) {
        try {
            judges.setPanels(roundId, memberId, panel == null ? Set.of() : new HashSet<>(panel));
            return done(roundId, JudgingForms.messages(language.get()).done_panels());
        } catch (DomainException e) {
            return refused(roundId, e, memberId);
        }
    }

    @POST
    @Path("{memberId}/drop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response drop(@PathParam("roundId") long roundId, @PathParam("memberId") long memberId,
            @RestForm String reason) {
        try {
            judges.dropOut(roundId, memberId, reason);
            return done(roundId, JudgingForms.messages(language.get()).done_dropped());
        } catch (DomainException e) {
            return refused(roundId, e, memberId);
        }
    }

    @POST
    @Path("{memberId}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("roundId") long roundId, @PathParam("memberId") long memberId) {
        try {
            judges.reactivate(roundId, memberId);
            return done(roundId, JudgingForms.messages(language.get()).done_reactivated());
        } catch (DomainException e) {
            return refused(roundId, e, memberId);
        }
    }

    private Response done(long roundId, String message) {
        return Flash.redirect("/admin/rounds/" + roundId + "/judges", message);
    }

    private Response refused(long roundId, DomainException e, Long memberId) {
        if (e.failure() == CommonFailure.NOT_FOUND) {
            throw e;
        }
        return Response.status(e.failure().status())
                .entity(view(roundId, new Errors(e.fieldErrors()), e.message(language.get()), memberId)).build();
    }

    @Transactional
    TemplateInstance view(long roundId, Errors errors, String failure, Long failedMember) {
        Round r = RoundService.scoring(roundId);
        Lang lang = language.get();
        List<Track> tracks = Track.list("program.id = ?1 order by position, id", r.program.id);
        Map<Long, String> trackNames = new LinkedHashMap<>();
        tracks.forEach(t -> trackNames.put(t.id, t.name.in(lang)));
        List<PoolMember> pool = PoolMember.list("select m from PoolMember m join fetch m.judge j where m.round.id = ?1"
                + " order by j.name, j.id", r.id);
        Set<Long> inPool = new HashSet<>();
        List<Member> members = pool.stream().map(m -> {
            inPool.add(m.judge.id);
            Set<Long> mine = JudgeService.panelIds(m.panels);
            List<Option> panels = trackNames.entrySet().stream()
                    .map(t -> new Option(t.getKey().toString(), t.getValue(), mine.contains(t.getKey()))).toList();
            String names = mine.isEmpty() ? JudgingForms.messages(lang).all_tracks()
                    : String.join(lang == Lang.EN ? ", " : "、",
                            mine.stream().map(id -> trackNames.getOrDefault(id, "#" + id)).toList());
            return new Member(m.id, m.judge.id, m.judge.username, m.judge.name, m.judge.organisation, m.active,
                    m.leftReason, names, panels);
        }).toList();
        List<Option> candidates = Judge.<Judge> list("order by name, id").stream().filter(j -> !inPool.contains(j.id))
                .map(j -> new Option(j.id.toString(), j.name + " (" + j.username + ")"
                        + (j.organisation == null ? "" : " · " + j.organisation), false))
                .toList();
        List<Option> trackOptions = trackNames.entrySet().stream()
                .map(t -> new Option(t.getKey().toString(), t.getValue(), false)).toList();
        return Templates.round_judges(new Page(r.id, r.program.id, r.program.name.in(lang), r.name.in(lang),
                r.state.label().in(lang)), members, candidates, trackOptions, errors, failure, failedMember);
    }
}
