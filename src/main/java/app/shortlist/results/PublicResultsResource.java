package app.shortlist.results;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.shortlist.program.Program;

/** Published result lists for anyone, without signing in; drafts are never shown. */
@Path("/api/v1/public/result-lists")
@Tag(name = "Result lists and public notice")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResultsResource {

    @Inject
    PublishedLists published;

    @GET
    @Transactional
    @Operation(summary = "Every public program's published lists, as their latest headers (notice period, versions), "
            + "programs in their public order, each program's lists newest first")
    public List<PublishedLists.Header> index() {
        List<PublishedLists.Header> out = new ArrayList<>();
        for (Program p : Program.listPublic()) {
            out.addAll(published.ofProgram(p.id));
        }
        return out;
    }

    @GET
    @Path("{listId}")
    @Operation(summary = "The list's latest published version: header (notice period, change note, versions) and rows")
    public PublishedLists.Published latest(@PathParam("listId") long listId) {
        return published.latest(listId);
    }

    @GET
    @Path("{listId}/versions/{n}")
    @Operation(summary = "One published version of the list; earlier versions stay readable")
    public PublishedLists.Published version(@PathParam("listId") long listId, @PathParam("n") int n) {
        return published.version(listId, n);
    }
}
