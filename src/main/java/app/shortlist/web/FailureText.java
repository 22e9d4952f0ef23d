package app.shortlist.web;

import app.shortlist.i18n.Lang;

/** What a {@link Failure} says: HTTP status, stable code for API clients, and the text in both languages. */
public record FailureText(int status, String code, String zh, String en) {

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
