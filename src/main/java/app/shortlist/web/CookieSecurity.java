package app.shortlist.web;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether our own cookies (language, flash) carry {@code Secure}: in production (HTTPS) yes, like the
 * session and CSRF cookies ({@code %prod.shortlist.cookies.secure}); the local run is plain HTTP.
 */
public final class CookieSecurity {

    private CookieSecurity() {
    }

    public static boolean secure() {
        return ConfigProvider.getConfig().getOptionalValue("shortlist.cookies.secure", Boolean.class).orElse(false);
    }

    /** The attributes of a hand-written Set-Cookie header. */
    public static String attributes() {
        return "Path=/; HttpOnly; SameSite=Lax" + (secure() ? "; Secure" : "");
    }
}
