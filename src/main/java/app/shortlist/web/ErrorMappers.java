package app.shortlist.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.shortlist.i18n.Lang;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Friendly errors: a bilingual page for people, JSON for /api callers, never a
 * stack trace. Unexpected failures are logged with a reference the user can quote.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(int status, String title, String text);
    }

    @Inject
    RequestLanguage language;

    @Inject
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        Msg msg = HomeResource.messages(language.get());
        return respond(404, "not_found", msg.error_404_title(), msg.error_404_text());
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        Lang lang = language.get();
        if (e.failure() == CommonFailure.NOT_FOUND && !isApi()) {
            return notFound(null);
        }
        if (isApi()) {
            return Response.status(e.failure().status()).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(e.failure().code(), e.message(lang), e.fieldErrors())).build();
        }
        Msg msg = HomeResource.messages(lang);
        return respond(e.failure().status(), e.failure().code(), msg.error_refused_title(), e.message(lang));
    }

    @ServerExceptionMapper
    public Response stale(jakarta.persistence.OptimisticLockException e) {
        return refused(new DomainException(CommonFailure.STALE));
    }

    @ServerExceptionMapper
    public Response staleHibernate(org.hibernate.StaleStateException e) {
        return refused(new DomainException(CommonFailure.STALE));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        Msg msg = HomeResource.messages(language.get());
        return respond(403, "forbidden", msg.error_403_title(), msg.error_403_text());
    }

    /** A JSON body that does not parse; bytes that are not UTF-8 are named as such. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonParseException e) {
        return refused(e.getOriginalMessage() != null && e.getOriginalMessage().contains("UTF-8")
                ? new DomainException(CommonFailure.INVALID_TEXT)
                : new DomainException(CommonFailure.INVALID_INPUT, "JSON"));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof com.fasterxml.jackson.core.JsonProcessingException || t instanceof java.io.CharConversionException) {
                    return refused(String.valueOf(t.getMessage()).contains("UTF-8") || t instanceof java.io.CharConversionException
                            ? new DomainException(CommonFailure.INVALID_TEXT)
                            : new DomainException(CommonFailure.INVALID_INPUT, "JSON"));
                }
            }
        }
        if (status < 500) {
            if (e.getResponse().hasEntity()) {
                return e.getResponse();
            }
            Msg msg = HomeResource.messages(language.get());
            String text = status == 401 ? msg.error_401_text() : msg.error_400_text();
            return respond(status, status == 401 ? "unauthorized" : "bad_request", msg.error_refused_title(), text);
        }
        return unexpected(e);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 200)
    public Response unexpected(Throwable e) {
        if (DatabaseOutage.isCause(e)) {
            return unavailable(e);
        }
        if (causedByRefusedValue(e)) {
            // the transaction rolled back: a too-long text or too-large number is the caller's to fix, not a 500;
            // logged because a field rule should have named the field
            LOG.warnf("A value no field rule caught was refused by the database on %s: %s", uriInfo.getPath(), rootMessage(e));
            return refused(new DomainException(CommonFailure.VALUE_OUT_OF_RANGE));
        }
        if (isUnreadableFormBody(e)) {
            // the client's fault, found while parsing the body, before any resource ran: nothing was written
            LOG.infof("Unreadable form body on %s: %s", uriInfo.getPath(), e.getMessage());
            return refused(new DomainException(CommonFailure.BODY_UNREADABLE));
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        if (!isCsrfRejection(e)) {
            LOG.errorf(e, "Unexpected error, reference %s", ref);
        }
        Msg msg = HomeResource.messages(language.get());
        if (isCsrfRejection(e)) {
            // quarkus-rest-csrf fails on a malformed token instead of rejecting it.
            return respond(400, "bad_request", msg.error_500_title(), msg.error_400_text());
        }
        return respond(500, "internal_error", msg.error_500_title(), msg.error_500_text(ref));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** SQLState class 22 (data exception: string too long, numeric out of range), however deeply wrapped. */
    static boolean causedByRefusedValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.DataException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database is unreachable: answer at once with 503 and Retry-After (the pool's short
     * acquisition timeout bounds the wait), log one line without the stack, never a 500 page.
     */
    private Response unavailable(Throwable e) {
        LOG.warnf("Database unreachable or every connection busy: %s", e);
        Lang lang = language.get();
        Response r = respond(503, CommonFailure.UNAVAILABLE.code(), HomeResource.messages(lang).error_503_title(),
                new DomainException(CommonFailure.UNAVAILABLE).message(lang));
        return Response.fromResponse(r).header("Retry-After", "10").build();
    }

    /** Quarkus REST's form and multipart parsers throw a bare IOException on a body that ends early. */
    private static boolean isUnreadableFormBody(Throwable e) {
        return e instanceof java.io.IOException && java.util.Arrays.stream(e.getStackTrace()).limit(4)
                .anyMatch(frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler"));
    }

    private static boolean isCsrfRejection(Throwable e) {
        return e instanceof IllegalArgumentException && java.util.Arrays.stream(e.getStackTrace())
                .limit(8).anyMatch(frame -> frame.getClassName().startsWith("io.quarkus.csrf."));
    }

    private Response respond(int status, String code, String title, String text) {
        if (isApi()) {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(code, text, java.util.Map.of())).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, text).setLocale(language.get().locale()).render()).build();
    }

    private boolean isApi() {
        return uriInfo.getPath().startsWith("/api/");
    }
}
