package app.shortlist.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.shortlist.i18n.Lang;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of the current request, as {@link LanguageRouteFilter} settled it
 * (the {@code lang} cookie, else Accept-Language, else Chinese). Templates reach
 * it as {inject:lang}.
 */
@Named("lang")
@RequestScoped
public class RequestLanguage {

    public static final String COOKIE = "lang";

    @Inject
    HttpServerRequest request;

    private Lang lang;

    public Lang get() {
        if (lang == null) {
            lang = Lang.of(header()).orElse(Lang.DEFAULT);
        }
        return lang;
    }

    /** The settled language header, or null outside an HTTP request (a job, a test driving a service). */
    private String header() {
        try {
            return request.getHeader("Accept-Language");
        } catch (RuntimeException notInHttpRequest) {
            return null;
        }
    }

    /** For {@code <html lang="…">}. */
    public String getTag() {
        return get().tag();
    }

    public boolean isEn() {
        return get() == Lang.EN;
    }

    public String getOtherTag() {
        return get().other().tag();
    }

    /** Where the language switch brings the reader back to: this page (GET pages only). */
    public String getReturnPath() {
        return LanguageResource.safeReturnPath(request.uri());
    }
}
