package app.shortlist.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Sign-out. With a live session the OIDC layer answers /logout itself (ending the
 * Keycloak session too) before this is reached; this catches an expired session.
 */
@Path("/logout")
@PermitAll
public class LogoutResource {

    @POST
    public Response alreadySignedOut() {
        return Response.seeOther(URI.create("/")).build();
    }
}
