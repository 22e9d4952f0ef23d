package app.shortlist.results;

import app.shortlist.i18n.LocalizedText;

/** How a result list is grouped: per competition track (组别) or per support direction (支持方向). */
public enum Grouping {
    TRACK("按组别", "By track"),
    DIRECTION("按支持方向", "By support direction");

    private final LocalizedText label;

    Grouping(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
