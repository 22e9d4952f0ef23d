package app.shortlist.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail on purpose, to see what a user sees then. */
@Path("/test-only/boom")
@PermitAll
public class FailingResource {

    @GET
    public String boom() {
        throw new IllegalStateException("secret detail");
    }

    @Path("/api/v1/test-only/boom")
    @PermitAll
    public static class Api {
        @GET
        public String boom() {
            throw new IllegalStateException("secret detail");
        }
    }
}
