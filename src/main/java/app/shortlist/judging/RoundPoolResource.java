package app.shortlist.judging;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/** A round's judge pool by API: the same operations, rules and audit as {@link PoolAdminPage} (admins). */
@Path("/api/v1/rounds/{roundId}/judges")
@Tag(name = "Rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class RoundPoolResource {

    @Inject
    JudgeService judges;

    @Inject
    RequestLanguage language;

    public record AddBody(Long judgeId,
            @Schema(description = "Track ids this judge judges; empty or absent: every track") List<Long> panels) {
    }

    public record PanelsBody(@Schema(description = "Track ids; empty: every track") List<Long> panels) {
    }

    public record ReasonBody(String reason) {
    }

    @Schema(name = "PoolMember", description = "A judge in a round's pool")
    public record MemberView(long id, long judgeId, String username, String name, String organisation,
            boolean active, @Schema(description = "Why the judge dropped out, while inactive") String leftReason,
            @Schema(description = "Track ids; empty: every track") List<Long> panels) {
    }

    @GET
    @Transactional
    @Operation(summary = "The round's pool, by judge name")
    public List<MemberView> list(@PathParam("roundId") long roundId) {
        RoundService.scoring(roundId);
        return PoolMember.<PoolMember> list("select m from PoolMember m join fetch m.judge j where m.round.id = ?1"
                + " order by j.name, j.id", roundId).stream().map(RoundPoolResource::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a registry expert in the pool, optionally limited to some tracks (409 when already in it or the round is confirmed)")
    public Response add(@PathParam("roundId") long roundId, AddBody body) {
        if (body == null || body.judgeId() == null) {
            exists(roundId);
            throw new DomainException(RoundFailure.INVALID, Map.of("judgeId", JudgingText.REQUIRED.in(language.get())),
                    1);
        }
        PoolMember m = judges.addToPool(roundId, body.judgeId(), ids(body.panels()));
        return Response.created(URI.create("/api/v1/rounds/" + roundId + "/judges/" + m.id))
                .entity(member(roundId, m.id)).build();
    }

    @PUT
    @Path("{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the member's panels (track ids of this program; others are ignored)")
    public MemberView panels(@PathParam("roundId") long roundId, @PathParam("memberId") long memberId,
            PanelsBody body) {
        if (body == null || body.panels() == null) {
            member(roundId, memberId);
            throw new DomainException(CommonFailure.INVALID_INPUT, "panels");
        }
        judges.setPanels(roundId, memberId, ids(body.panels()));
        return member(roundId, memberId);
    }

    @POST
    @Path("{memberId}/drop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The judge dropped out, with the reason: the next assignment run moves their open work to others")
    public MemberView drop(@PathParam("roundId") long roundId, @PathParam("memberId") long memberId,
            ReasonBody body) {
        judges.dropOut(roundId, memberId, body == null ? null : body.reason());
        return member(roundId, memberId);
    }

    @POST
    @Path("{memberId}/reactivate")
    @Operation(summary = "Take a judge who dropped out back into the pool")
    public MemberView reactivate(@PathParam("roundId") long roundId, @PathParam("memberId") long memberId) {
        judges.reactivate(roundId, memberId);
        return member(roundId, memberId);
    }

    @Transactional
    void exists(long roundId) {
        RoundService.scoring(roundId);
    }

    @Transactional
    MemberView member(long roundId, long memberId) {
        RoundService.scoring(roundId);
        PoolMember m = PoolMember.findById(memberId);
        if (m == null || !m.round.id.equals(roundId)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return view(m);
    }

    private static Set<Long> ids(List<Long> panels) {
        return panels == null ? Set.of() : new HashSet<>(panels);
    }

    private static MemberView view(PoolMember m) {
        return new MemberView(m.id, m.judge.id, m.judge.username, m.judge.name, m.judge.organisation, m.active,
                m.leftReason, List.copyOf(JudgeService.panelIds(m.panels)));
    }
}
