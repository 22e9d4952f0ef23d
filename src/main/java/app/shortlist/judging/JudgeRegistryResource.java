package app.shortlist.judging;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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

/** 评审专家库 by API: the same registry, rules and audit as {@link JudgeRegistryPage} (admins). */
@Path("/api/v1/judges")
@Tag(name = "Judges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class JudgeRegistryResource {

    @Inject
    JudgeService judges;

    @Schema(name = "JudgeInput", description = "An expert as it should be; username is the Keycloak sign-in name")
    public record JudgeBody(@Schema(description = "Required to update (409 when stale); ignored on create") Long version,
            String username, String name, String email, String organisation,
            @Schema(description = "The judge's own recommending unit, by name") String unitName) {
        JudgeService.JudgeInput input() {
            return new JudgeService.JudgeInput(username, name, email, organisation, unitName);
        }
    }

    @Schema(name = "Judge", description = "An expert of the registry, with how many conflicts they declared and how many round pools they are in")
    public record JudgeView(long id, String username, String name, String email, String organisation,
            String unitName, Instant createdAt, long version, long conflicts, long rounds) {
    }

    @GET
    @Transactional
    @Operation(summary = "The expert registry, by name")
    public List<JudgeView> list() {
        return views("", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an expert (422 with a message per field; 409 when the username is already in the registry)")
    public Response create(JudgeBody body) {
        Judge j = judges.create(body == null ? new JudgeService.JudgeInput(null, null, null, null, null) : body.input());
        return Response.created(URI.create("/api/v1/judges/" + j.id)).entity(get(j.id)).build();
    }

    @GET
    @Path("{judgeId}")
    @Transactional
    @Operation(summary = "One expert")
    public JudgeView get(@PathParam("judgeId") long judgeId) {
        List<JudgeView> one = views(" where j.id = :id", judgeId);
        if (one.isEmpty()) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return one.get(0);
    }

    @PUT
    @Path("{judgeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an expert; 409 when the version is stale or the username belongs to another expert")
    public JudgeView update(@PathParam("judgeId") long judgeId, JudgeBody body) {
        get(judgeId);
        if (body == null || body.version() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "version");
        }
        judges.update(judgeId, body.version(), body.input());
        return get(judgeId);
    }

    /** Experts with their counts in one query (no query per row). */
    private static List<JudgeView> views(String where, Long id) {
        var q = Judge.getEntityManager().createQuery("select j.id, j.username, j.name, j.email, j.organisation,"
                + " j.unitName, j.createdAt, j.version,"
                + " (select count(c) from JudgeConflict c where c.judge = j),"
                + " (select count(m) from PoolMember m where m.judge = j) from Judge j" + where
                + " order by j.name, j.id", Object[].class);
        if (id != null) {
            q.setParameter("id", id);
        }
        return q.getResultList().stream().map(r -> new JudgeView((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (Instant) r[6], (Long) r[7], (Long) r[8], (Long) r[9]))
                .toList();
    }
}
