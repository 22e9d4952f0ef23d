package app.shortlist.web;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A post to a page form must say that it is a form. quarkus-rest-csrf checks the token of form
 * bodies only (the JSON API takes bearer tokens, never cookies), and JAX-RS matches a request
 * without a Content-Type to any {@code @Consumes}: such a request reached form endpoints without a
 * CSRF check (sqlmap found it, deploy/security/scan.sh). Refused here, before anything runs.
 */
public class FormPostGuard {

    @ServerRequestFilter
    public void requireContentTypeForForms(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if ((type == null || type.isBlank()) && consumesForm(resource)) {
            throw new DomainException(CommonFailure.INVALID_INPUT, HttpHeaders.CONTENT_TYPE);
        }
    }

    private static boolean consumesForm(ResourceInfo resource) {
        Method m = resource.getResourceMethod();
        if (m == null) {
            return false;
        }
        Consumes consumes = m.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value()).anyMatch(t -> t.startsWith(MediaType.APPLICATION_FORM_URLENCODED)
                || t.startsWith(MediaType.MULTIPART_FORM_DATA));
    }
}
