package app.shortlist.export;

import java.util.Locale;

import app.shortlist.web.DomainException;

/** The three export formats, with their file extension and content type. */
public enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** {@code xlsx}, {@code csv} or {@code pdf}, any case; xlsx when absent; anything else is refused. */
    public static Format parse(String value) {
        if (value == null || value.isBlank()) {
            return XLSX;
        }
        for (Format f : values()) {
            if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new DomainException(ExportFailure.FORMAT, value.strip());
    }
}
