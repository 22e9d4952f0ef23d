package app.shortlist.program;

import app.shortlist.i18n.LocalizedText;

/** The stages a program's pipeline is made of; later features give each its behaviour. */
public enum RoundKind {
    SCREENING("资格审查", "Screening"),
    SCORING("评审打分", "Scoring"),
    RECOMMENDATION("推荐", "Recommendation"),
    NOTICE("公示", "Public notice");

    private final LocalizedText label;

    RoundKind(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
