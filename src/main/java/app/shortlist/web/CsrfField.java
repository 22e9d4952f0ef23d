package app.shortlist.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

/**
 * Whether this response can carry a CSRF token. The token exists only when a
 * resource method matched (the CSRF filter ran); error pages for unknown paths
 * then leave out the forms rather than fail. Templates: {inject:csrfField.available}.
 */
@Named("csrfField")
@RequestScoped
public class CsrfField {

    /** The routing-context key under which quarkus-rest-csrf keeps the current token. */
    private static final String TOKEN_KEY = "csrf_token";

    @Inject
    RoutingContext routingContext;

    public boolean isAvailable() {
        return routingContext.get(TOKEN_KEY) != null;
    }
}
