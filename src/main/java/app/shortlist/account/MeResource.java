package app.shortlist.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.APPLICANT, Role.SCREENER, Role.JUDGE, Role.RECOMMENDER, Role.ADMIN })
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Schema(name = "Me", description = "The caller as Shortlist sees them.")
    public record MeView(
            @Schema(description = "Keycloak username (preferred_username)") String username,
            @Schema(description = "Full name, or the username when Keycloak has none") String displayName,
            @Schema(description = "E-mail address, if known") String email,
            @Schema(description = "Shortlist realm roles of the caller") List<String> roles) {
    }

    @GET
    @Operation(summary = "The caller: user and roles")
    public MeView me() {
        return new MeView(currentUser.getUsername(), currentUser.getDisplayName(), currentUser.getEmail(),
                currentUser.getRoles());
    }
}
