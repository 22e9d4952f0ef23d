package app.shortlist.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Post/Redirect/Get with a one-shot message: a successful POST redirects and
 * leaves the message in a short-lived cookie; the next page shows it
 * ({inject:flash.message}) and the cookie is cleared. No server-side state.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "flash";
    private static final int MAX_LENGTH = 600;

    @Inject
    HttpServerRequest request;

    /** The message left by the previous request, already in the user's language. */
    public String getMessage() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** 303 to {@code path} with a message for the next page. */
    public static Response redirect(String path, String message) {
        String value = URLEncoder.encode(message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message,
                StandardCharsets.UTF_8);
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).secure(CookieSecurity.secure()).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** Clears a shown message: any response to a request that carried one, unless it sets a new one. */
    @ServerResponseFilter
    public void clearShown(jakarta.ws.rs.container.ContainerRequestContext req,
            jakarta.ws.rs.container.ContainerResponseContext res) {
        if (req.getCookies().containsKey(COOKIE) && res.getStatus() < 300
                && !res.getHeaders().containsKey("Set-Cookie")) {
            res.getHeaders().add("Set-Cookie", COOKIE + "=; Max-Age=0; " + CookieSecurity.attributes());
        }
    }
}
