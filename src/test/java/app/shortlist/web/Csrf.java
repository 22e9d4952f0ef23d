package app.shortlist.web;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test helper: fetches a page like a browser and posts its form with the real CSRF token. */
public final class Csrf {

    public static final String FIELD = "csrf-token";
    public static final String COOKIE = "shortlist-csrf";
    private static final Pattern TOKEN = Pattern.compile("name=\"" + FIELD + "\" value=\"([^\"]+)\"");

    public record Token(String cookie, String field) {
        /** A request that carries the cookie and the form field, as a browser would. */
        public RequestSpecification on(RequestSpecification request) {
            return request.cookie(COOKIE, cookie).formParam(FIELD, field);
        }
    }

    private Csrf() {
    }

    public static Token from(String pagePath) {
        Response page = given().get(pagePath);
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + pagePath);
        }
        return new Token(page.getCookie(COOKIE), m.group(1));
    }
}
