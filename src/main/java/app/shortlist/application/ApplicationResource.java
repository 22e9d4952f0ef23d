package app.shortlist.application;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;
import app.shortlist.web.RequestLanguage;

/** The application API: the same operations as the pages, by bearer token. */
@Path("/api/v1")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    ApplicationService service;

    @Inject
    ApplicationAccess access;

    @Inject
    AttachmentStore store;

    @Inject
    ApplicationSearch search;

    @Inject
    ApplicationForm form;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLanguage language;

    public record DraftBody(long version, Map<String, String> values) {
    }

    public record ExtensionBody(Instant until, String reason) {
    }

    @GET
    @Path("programs/{programId}/applications")
    @RolesAllowed({ Role.APPLICANT, Role.ADMIN, Role.SCREENER })
    @Transactional
    @Operation(summary = "Applications of a program: the caller's own for applicants; filtered and paged for staff")
    public ApplicationSearch.Page list(@PathParam("programId") long programId,
            @QueryParam("status") ApplicationStatus status, @QueryParam("trackId") Long trackId,
            @QueryParam("directionId") Long directionId, @QueryParam("unitId") Long unitId,
            @QueryParam("country") String country, @QueryParam("q") String keyword,
            @QueryParam("sort") @DefaultValue("SUBMITTED") ApplicationSearch.SortBy sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        ApplicationSearch.Filter filter = new ApplicationSearch.Filter(status, trackId, directionId, unitId, country,
                keyword, null);
        if (!access.seesWholeProgram()) {
            filter = filter.ownedBy(currentUser.getSubject());
        }
        return search.search(programId, filter, sort, page, size);
    }

    @POST
    @Path("programs/{programId}/applications")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Start a draft application (with an Idempotency-Key, repeating the call returns the same draft)")
    public Response create(@PathParam("programId") long programId,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Application a = Submissions.createOnce(service, programId, idempotencyKey, language.get());
        return Response.created(URI.create("/api/v1/applications/" + a.id)).entity(read(a.id)).build();
    }

    @GET
    @Path("applications/{applicationId}")
    @RolesAllowed({ Role.APPLICANT, Role.ADMIN, Role.SCREENER })
    @Operation(summary = "Read an application (its owner, or staff once submitted)")
    @Transactional
    public ApplicationView get(@PathParam("applicationId") long applicationId) {
        return read(applicationId);
    }

    @PUT
    @Path("applications/{applicationId}")
    @RolesAllowed(Role.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the draft; required fields are checked only at submission. 409 when the version is stale")
    public ApplicationView save(@PathParam("applicationId") long applicationId, DraftBody body) {
        if (body == null || body.values() == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "values");
        }
        service.saveDraft(applicationId, body.version(), body.values(), language.get());
        return read(applicationId);
    }

    @POST
    @Path("applications/{applicationId}/submit")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Submit (idempotent: repeating it, with or without the same Idempotency-Key, returns the same submitted application)")
    public ApplicationView submit(@PathParam("applicationId") long applicationId,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Submissions.submit(service, applicationId, idempotencyKey, language.get());
        return read(applicationId);
    }

    @POST
    @Path("applications/{applicationId}/withdraw")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Withdraw the application")
    public ApplicationView withdraw(@PathParam("applicationId") long applicationId) {
        service.withdraw(applicationId);
        return read(applicationId);
    }

    @POST
    @Path("applications/{applicationId}/extension")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant this application an individual deadline extension, with a reason")
    public ApplicationView extend(@PathParam("applicationId") long applicationId, ExtensionBody body) {
        if (body == null) {
            throw new DomainException(CommonFailure.INVALID_INPUT, "body");
        }
        service.grantExtension(applicationId, body.until(), body.reason());
        return read(applicationId);
    }

    @GET
    @Path("applications/{applicationId}/attachments")
    @RolesAllowed({ Role.APPLICANT, Role.ADMIN, Role.SCREENER })
    @Transactional
    @Operation(summary = "The application's documents")
    public List<ApplicationView.AttachmentView> attachments(@PathParam("applicationId") long applicationId) {
        access.readable(applicationId);
        return Attachment.forApplication(applicationId).stream().map(ApplicationView.AttachmentView::of).toList();
    }

    @POST
    @Path("applications/{applicationId}/attachments")
    @RolesAllowed(Role.APPLICANT)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload (or replace) the document of one FILE field: the file is the request body, "
            + "?field= names the field and ?name= the file name; the type is judged by the content")
    public Response upload(@PathParam("applicationId") long applicationId, @QueryParam("field") String fieldKey,
            @QueryParam("name") String fileName, InputStream body) {
        // The body is read to a temporary file here, outside any transaction, so no connection waits on a client.
        try (SpooledUpload upload = store.receive(body)) {
            Attachment att = service.upload(applicationId, fieldKey, fileName, upload);
            return Response.created(URI.create("/api/v1/applications/" + applicationId + "/attachments/" + att.id))
                    .entity(ApplicationView.AttachmentView.of(att)).build();
        }
    }

    @GET
    @Path("applications/{applicationId}/attachments/{attachmentId}")
    @RolesAllowed({ Role.APPLICANT, Role.ADMIN, Role.SCREENER, Role.RECOMMENDER })
    @Produces(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "Download a document")
    public Response download(@PathParam("applicationId") long applicationId,
            @PathParam("attachmentId") long attachmentId) {
        return Downloads.attachment(store, access.readable(applicationId), attachmentId);
    }

    @DELETE
    @Path("applications/{applicationId}/attachments/{attachmentId}")
    @RolesAllowed(Role.APPLICANT)
    @Operation(summary = "Delete a document (until the deadline)")
    public Response delete(@PathParam("applicationId") long applicationId,
            @PathParam("attachmentId") long attachmentId) {
        service.deleteAttachment(applicationId, attachmentId);
        return Response.noContent().build();
    }

    @Transactional
    ApplicationView read(long applicationId) {
        Application a = access.readable(applicationId);
        return ApplicationView.of(a, form.values(a), Attachment.forApplication(a.id));
    }
}
