package app.shortlist.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the organisers read them: China Standard Time, ISO order, both languages alike. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Dates() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }
}
