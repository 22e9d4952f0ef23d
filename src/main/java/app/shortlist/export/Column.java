package app.shortlist.export;

/**
 * One column of an exported {@link Table}: its header (already in the reader's language), what its
 * cells hold, and a width in characters (XLSX column width, PDF relative width).
 */
public record Column(String header, Kind kind, int width) {

    /** What a cell holds; the writers keep numbers as numbers and dates as dates. */
    public enum Kind {
        /** {@code String} */
        TEXT,
        /** {@code Long} or {@code Integer}: ranks, counts */
        INTEGER,
        /** {@code BigDecimal}: scores, with up to four decimals */
        DECIMAL,
        /** {@code BigDecimal}: amounts in yuan, two decimals */
        MONEY,
        /** {@code Instant}, shown in China Standard Time */
        DATE_TIME
    }

    public static Column text(String header, int width) {
        return new Column(header, Kind.TEXT, width);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER, Math.max(8, header.length() * 2 + 2));
    }

    public static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL, Math.max(10, header.length() * 2 + 2));
    }

    public static Column money(String header) {
        return new Column(header, Kind.MONEY, Math.max(14, header.length() * 2 + 2));
    }

    public static Column dateTime(String header) {
        return new Column(header, Kind.DATE_TIME, 17);
    }

    public boolean numeric() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL || kind == Kind.MONEY;
    }
}
