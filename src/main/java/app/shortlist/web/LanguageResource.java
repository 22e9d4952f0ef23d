package app.shortlist.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import app.shortlist.i18n.Lang;

/** The language switch: remembers the choice in a cookie and returns to the page. */
@Path("/lang")
@PermitAll
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response switchLanguage(@FormParam("lang") String tag, @FormParam("return") String returnPath) {
        Lang lang = Lang.of(tag).orElse(Lang.DEFAULT);
        NewCookie cookie = new NewCookie.Builder(RequestLanguage.COOKIE)
                .value(lang.tag()).path("/").maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).httpOnly(true)
                .secure(CookieSecurity.secure()).build();
        return Response.seeOther(URI.create(safeReturnPath(returnPath))).cookie(cookie).build();
    }

    /** Only paths on this site: no scheme, no host, no protocol-relative "//" (open-redirect guard). */
    static String safeReturnPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = URI.create(path);
            return uri.getScheme() == null && uri.getHost() == null ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
