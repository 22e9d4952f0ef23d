package app.shortlist.web;

import java.text.MessageFormat;
import java.util.Map;

import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;

/** Thrown by a domain service when a rule refuses the operation; nothing has been written. */
public class DomainException extends RuntimeException {

    private final Failure failure;
    private final Object[] args;
    private final Map<String, String> fieldErrors;

    public DomainException(Failure failure, Object... args) {
        this(failure, Map.of(), args);
    }

    public DomainException(Failure failure, Map<String, String> fieldErrors, Object... args) {
        super(failure.code());
        this.failure = failure;
        this.args = args;
        this.fieldErrors = fieldErrors;
    }

    public Failure failure() {
        return failure;
    }

    public String message(Lang lang) {
        String pattern = failure.message(lang);
        if (args.length == 0) {
            return pattern;
        }
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof LocalizedText text ? text.in(lang) : args[i];
        }
        return new MessageFormat(pattern.replace("'", "''"), lang.locale()).format(localized);
    }

    /** Field key → message already in the user's language; empty unless a form was refused. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
