package app.shortlist.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import app.shortlist.i18n.Lang;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.Dates;
import app.shortlist.web.DomainException;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** What the result pages share: their messages and the parsing of form inputs. */
@Unremovable
final class ResultPages {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private ResultPages() {
    }

    static ResultsMsg msg(Lang lang) {
        return MessageBundles.get(ResultsMsg.class, Localized.Literal.of(lang.tag()));
    }

    /** A datetime-local input, read as China Standard Time; null when empty. */
    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), INPUT).atZone(Dates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(CommonFailure.INVALID_INPUT, field);
        }
    }

    static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new DomainException(ResultFailure.AMOUNT_INVALID);
        }
    }
}
