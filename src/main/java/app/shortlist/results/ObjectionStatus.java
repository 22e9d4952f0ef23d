package app.shortlist.results;

import app.shortlist.i18n.LocalizedText;

/** Where an objection stands: filed, or resolved one way or the other. */
public enum ObjectionStatus {
    OPEN("待处理", "Open"),
    UPHELD("异议成立", "Upheld"),
    DISMISSED("异议不成立", "Dismissed");

    private final LocalizedText label;

    ObjectionStatus(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
