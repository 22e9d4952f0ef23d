package app.shortlist.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import app.shortlist.i18n.Lang;
import app.shortlist.web.Dates;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;

/** What the judging admin pages share: field errors for the templates, form values read leniently, the bundle. */
final class JudgingForms {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private JudgingForms() {
    }

    /** Messages by form input name. */
    public record Errors(Map<String, String> fields) {
        static Errors none() {
            return new Errors(Map.of());
        }

        public boolean has(String field) {
            return fields.containsKey(field);
        }

        public String of(String field) {
            return fields.get(field);
        }

        public boolean any() {
            return !fields.isEmpty();
        }
    }

    /** A select's option. */
    public record Option(String value, String label, boolean selected) {
    }

    static JudgingMsg messages(Lang lang) {
        return MessageBundles.get(JudgingMsg.class, Localized.Literal.of(lang.tag()));
    }

    /** A datetime-local value, read as China time; blank is no date. */
    static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(value.strip(), INPUT).atZone(Dates.ZONE).toInstant();
    }

    static String formatTime(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(Dates.ZONE));
    }

    /** A whole number or null when blank; unreadable → the field's error and null. */
    static Integer whole(String value, String field, Map<String, String> errors, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    static BigDecimal decimal(String value, String field, Map<String, String> errors, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    static Instant time(String value, String field, Map<String, String> errors, String message) {
        try {
            return parseTime(value);
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean checked(String value) {
        return value != null && !value.isBlank();
    }

    static int page(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }

    static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
