package app.shortlist.i18n;

import jakarta.persistence.Embeddable;

/**
 * A text that an admin enters in both languages (program names, rubric criteria …).
 * Embedded as two columns, {@code <name>_zh} and {@code <name>_en}.
 */
@Embeddable
public class LocalizedText {

    public String zh;
    public String en;

    public LocalizedText() {
    }

    public LocalizedText(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The text in the given language, falling back to the other one when it is missing. */
    public String in(Lang lang) {
        String preferred = lang == Lang.EN ? en : zh;
        String fallback = lang == Lang.EN ? zh : en;
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    @Override
    public String toString() {
        return in(Lang.DEFAULT);
    }
}
