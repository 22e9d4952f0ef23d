package app.shortlist.web;

import jakarta.enterprise.event.Observes;

import app.shortlist.i18n.Lang;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;

/**
 * Decides each request's language once, before anything else runs, and states it
 * as the request's Accept-Language. Templates, message bundles, validation
 * messages and JSON errors downstream then all agree on it.
 */
public class LanguageRouteFilter {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            Cookie cookie = rc.request().getCookie(RequestLanguage.COOKIE);
            Lang lang = Lang.choose(cookie == null ? null : cookie.getValue(),
                    AcceptLanguage.parse(rc.request().getHeader("Accept-Language")));
            rc.request().headers().set("Accept-Language", lang.tag());
            rc.next();
        });
    }
}
