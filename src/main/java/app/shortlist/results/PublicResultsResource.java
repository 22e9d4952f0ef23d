package app.shortlist.results;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published result lists for anyone, without signing in; drafts are never shown. */
@Path("/api/v1/public/result-lists/{listId}")
@Tag(name = "Result lists and public notice")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResultsResource {

    @Inject
    PublishedLists published;

    @GET
    @Operation(summary = "The list's latest published version: header (notice period, change note, versions) and rows")
    public PublishedLists.Published latest(@PathParam("listId") long listId) {
        return published.latest(listId);
    }

    @GET
    @Path("versions/{n}")
    @Operation(summary = "One published version of the list; earlier versions stay readable")
    public PublishedLists.Published version(@PathParam("listId") long listId, @PathParam("n") int n) {
        return published.version(listId, n);
    }
}
