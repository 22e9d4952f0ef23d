package app.shortlist.web;

import app.shortlist.i18n.Lang;

/**
 * A refusal the user can act on: an HTTP status, a stable code for API clients,
 * and the explanation in both languages. Features list theirs as enums.
 */
public interface Failure {

    int status();

    String code();

    /** The message in the language, with {0}, {1} … replaced by the exception's arguments. */
    String message(Lang lang);
}
