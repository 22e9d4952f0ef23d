package app.shortlist.export;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.lowagie.text.pdf.BaseFont;

import app.shortlist.web.DomainException;

/**
 * The CJK font the PDF exports embed: an installed file (Debian's fonts-noto-cjk by default), never
 * downloaded. Read once, on the first PDF; a missing file is a clear refusal, not a broken PDF.
 */
@ApplicationScoped
public class CjkFont {

    /** A file path, with ",index" for a face of a TrueType/OpenType collection. */
    @ConfigProperty(name = "shortlist.pdf.cjk-font", defaultValue = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0")
    String location;

    private volatile BaseFont font;

    public BaseFont get() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    font = load(location);
                }
                f = font;
            }
        }
        return f;
    }

    static BaseFont load(String location) {
        int comma = location.lastIndexOf(',');
        String file = comma > 0 && location.substring(comma + 1).matches("\\d+") ? location.substring(0, comma) : location;
        if (!Files.isReadable(Path.of(file))) {
            throw new DomainException(ExportFailure.PDF_FONT_MISSING, file);
        }
        try {
            return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new DomainException(ExportFailure.PDF_FONT_MISSING, location + ": " + e.getMessage());
        }
    }
}
