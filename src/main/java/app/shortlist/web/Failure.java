package app.shortlist.web;

import app.shortlist.i18n.Lang;

/**
 * A refusal the user can act on: an HTTP status, a stable code for API clients,
 * and the explanation in both languages. Features list theirs as enums whose
 * constants each carry a {@link FailureText}.
 */
public interface Failure {

    FailureText text();

    default int status() {
        return text().status();
    }

    default String code() {
        return text().code();
    }

    /** The message in the language, with {0}, {1} … replaced by the exception's arguments. */
    default String message(Lang lang) {
        return text().in(lang);
    }
}
