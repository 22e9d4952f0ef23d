package app.shortlist.account;

import java.security.Principal;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * The signed-in person as the pages and the API see them. Roles come from the
 * access token (realm_access.roles); names from the token's standard claims.
 * Named so that templates reach it as {inject:currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    CurrentIdentityAssociation association;

    @Inject
    RoutingContext routingContext;

    private SecurityIdentity resolved;

    /**
     * The identity of this request. Error pages may render on the I/O thread,
     * where only an identity already established for the request may be read.
     */
    private SecurityIdentity identity() {
        if (resolved == null) {
            if (httpUser() instanceof QuarkusHttpUser user) {
                resolved = user.getSecurityIdentity();
            } else if (!io.vertx.core.Context.isOnEventLoopThread()) {
                resolved = association.getIdentity();
            }
        }
        return resolved;
    }

    /** The HTTP request's user, or null outside an HTTP request (a background job acts as "system"). */
    private Object httpUser() {
        try {
            return routingContext.user();
        } catch (RuntimeException notInHttpRequest) {
            return null;
        }
    }

    public boolean isSignedIn() {
        return identity() != null && !identity().isAnonymous();
    }

    /** Keycloak's preferred_username; stable, and what the audit trail records. */
    public String getUsername() {
        if (!isSignedIn()) {
            return null;
        }
        Principal principal = identity().getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return principal.getName();
    }

    /** Keycloak's subject: the stable id that owns applications. */
    public String getSubject() {
        if (!isSignedIn()) {
            return null;
        }
        Principal principal = identity().getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal.getName();
    }

    /** The name shown in the page header: the full name where Keycloak has one. */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return null;
        }
        if (identity().getPrincipal() instanceof JsonWebToken jwt) {
            String family = jwt.getClaim("family_name");
            String given = jwt.getClaim("given_name");
            if (family != null && given != null && (isHan(family) || isHan(given))) {
                return family + given; // Chinese order: family name first, no space
            }
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return getUsername();
    }

    private static boolean isHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    public String getEmail() {
        return isSignedIn() && identity().getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("email") : null;
    }

    public boolean hasRole(String role) {
        return isSignedIn() && identity().hasRole(role);
    }

    /** The person's Shortlist roles, in presentation order. */
    public List<String> getRoles() {
        return Role.ALL.stream().filter(this::hasRole).toList();
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isScreener() {
        return hasRole(Role.SCREENER);
    }

    public boolean isJudge() {
        return hasRole(Role.JUDGE);
    }

    public boolean isRecommender() {
        return hasRole(Role.RECOMMENDER);
    }

    public boolean isApplicant() {
        return hasRole(Role.APPLICANT);
    }
}
