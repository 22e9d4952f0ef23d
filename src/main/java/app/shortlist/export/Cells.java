package app.shortlist.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import app.shortlist.web.Dates;

/** A cell as text, for the CSV and PDF writers: the same rendering in both. */
final class Cells {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Dates.ZONE);

    private Cells() {
    }

    static String text(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case DATE_TIME -> DATE_TIME.format((Instant) value);
            case MONEY -> ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case DECIMAL -> decimal((BigDecimal) value);
            case INTEGER -> value.toString();
            case TEXT -> value.toString();
        };
    }

    /** At most four decimals, at least two: 8.50, 8.5333. */
    static String decimal(BigDecimal value) {
        BigDecimal s = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }
}
