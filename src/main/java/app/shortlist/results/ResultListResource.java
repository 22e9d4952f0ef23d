package app.shortlist.results;

import java.math.BigDecimal;
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
import app.shortlist.web.RequestLanguage;
import io.quarkus.security.Authenticated;

/** A result list in the API: its draft, publication, and the objections of its notice period. */
@Path("/api/v1/result-lists/{listId}")
@Tag(name = "Result lists and public notice")
@Produces(MediaType.APPLICATION_JSON)
public class ResultListResource {

    public record AmountBody(@Schema(description = "Proposed amount in 万元; null clears it") BigDecimal proposedAmount,
            String award, @Schema(description = "Required when the amount takes the direction over its budget") String reason) {
    }

    public record ReasonBody(String reason) {
    }

    public record AddBody(Long applicationId, String reason) {
    }

    public record PublishBody(@Schema(description = "Notice period start (optional, with its end)") Instant noticeStartsAt,
            Instant noticeEndsAt,
            @Schema(description = "What changed and why: required for every version after the first") String changeNote,
            @Schema(description = "The final list (after the notice period, every objection resolved)") boolean finalList) {
    }

    /**
     * The evidence travels base64-encoded in the JSON body rather than as a multipart form: multipart
     * requests must carry the pages' CSRF token, which a bearer-token client does not have.
     */
    public record ObjectionBody(Long applicationId, String realName,
            @Schema(description = "Phone number or e-mail address") String contact, String reasons,
            @Schema(description = "The evidence file's name (its extension must match its content)") String evidenceName,
            @Schema(description = "Optional evidence file, base64: PDF, Word, Excel, PowerPoint, PNG or JPEG by its "
                    + "content, at most 10 MB; a refused file stores nothing") byte[] evidence) {
    }

    public record ResolutionBody(@Schema(description = "UPHELD or DISMISSED") ObjectionStatus outcome, String text) {
    }

    @Schema(name = "ObjectionView")
    public record ObjectionView(long id, long listId, long applicationId, String projectName, String realName,
            String contact, String reasons, Instant filedAt, String filedBy, ObjectionStatus status,
            String resolution, String resolvedBy, Instant resolvedAt, String evidenceName) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id, o.listId, o.applicationId, o.projectName, o.realName, o.contact, o.reasons,
                    o.filedAt, o.filedBy, o.status, o.resolution, o.resolvedBy, o.resolvedAt, o.evidenceName);
        }
    }

    @Inject
    ResultListService service;

    @Inject
    ObjectionService objections;

    @Inject
    ResultViews views;

    @Inject
    PublishedLists published;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The list's draft grouped as it will publish, the directions' budgets used / left, "
            + "its published versions and objections")
    public ResultViews.DraftView get(@PathParam("listId") long listId) {
        return views.draft(listId, language.get());
    }

    @PUT
    @Path("rows/{applicationId}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a project's proposed amount and award; over the direction's budget only with a reason")
    public ResultViews.DraftView amount(@PathParam("listId") long listId, @PathParam("applicationId") long applicationId,
            AmountBody body) {
        if (body == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "body");
        }
        service.setAmount(listId, applicationId, body.proposedAmount(), body.award(), body.reason());
        return views.draft(listId, language.get());
    }

    @POST
    @Path("rows/{applicationId}/remove")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a project off the draft, with the reason the next version states")
    public ResultViews.DraftView remove(@PathParam("listId") long listId, @PathParam("applicationId") long applicationId,
            ReasonBody body) {
        service.removeRow(listId, applicationId, body == null ? null : body.reason());
        return views.draft(listId, language.get());
    }

    @POST
    @Path("rows")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a submitted application of the program on the draft, with a reason")
    public ResultViews.DraftView add(@PathParam("listId") long listId, AddBody body) {
        if (body == null || body.applicationId() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "applicationId");
        }
        service.addRow(listId, body.applicationId(), body.reason());
        return views.draft(listId, language.get());
    }

    @POST
    @Path("publish")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft as the next numbered, frozen version, optionally with a notice period; "
            + "a correction (version 2, 3, …) needs a change note; the final list comes after the notice period")
    public Response publish(@PathParam("listId") long listId, PublishBody body) {
        PublishBody b = body == null ? new PublishBody(null, null, null, false) : body;
        ResultListVersion v = service.publish(listId, b.noticeStartsAt(), b.noticeEndsAt(), b.changeNote(), b.finalList());
        return Response.status(Response.Status.CREATED)
                .location(java.net.URI.create("/api/v1/public/result-lists/" + listId + "/versions/" + v.number))
                .entity(published.version(listId, v.number)).build();
    }

    @GET
    @Path("objections")
    @RolesAllowed(Role.ADMIN)
    @Transactional
    @Operation(summary = "The objections filed against the list's projects, oldest first")
    public List<ObjectionView> objections(@PathParam("listId") long listId) {
        return objections.forList(listId).stream().map(ObjectionView::of).toList();
    }

    @POST
    @Path("objections")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an objection against a listed project during the notice period (signed-in users; "
            + "an evidence file goes base64 in \"evidence\", its name in \"evidenceName\")")
    public Response file(@PathParam("listId") long listId, ObjectionBody body) {
        if (body == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "body");
        }
        Objection o = objections.file(listId, new ObjectionService.Filing(body.applicationId(), body.realName(),
                body.contact(), body.reasons()), body.evidenceName(), body.evidence(), language.get());
        return Response.status(Response.Status.CREATED).entity(ObjectionView.of(o)).build();
    }

    @GET
    @Path("objections/{objectionId}")
    @Authenticated
    @Operation(summary = "One objection, for an admin or the person who filed it (404 for anyone else)")
    public ObjectionView objection(@PathParam("listId") long listId, @PathParam("objectionId") long objectionId) {
        return ObjectionView.of(objections.readable(listId, objectionId));
    }

    @GET
    @Path("objections/{objectionId}/evidence")
    @Authenticated
    @Transactional
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The objection's evidence file, for an admin or the person who filed it (404 for anyone else)")
    public Response evidence(@PathParam("listId") long listId, @PathParam("objectionId") long objectionId) {
        return ObjectionService.evidence(objections.readable(listId, objectionId));
    }

    @POST
    @Path("objections/{objectionId}/resolution")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how an objection was resolved (UPHELD or DISMISSED, with the explanation); "
            + "the objector is told by mail")
    public ObjectionView resolve(@PathParam("listId") long listId, @PathParam("objectionId") long objectionId,
            ResolutionBody body) {
        if (body == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "body");
        }
        return ObjectionView.of(objections.resolve(listId, objectionId, body.outcome(), body.text()));
    }
}
