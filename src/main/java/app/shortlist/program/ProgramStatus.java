package app.shortlist.program;

import app.shortlist.i18n.LocalizedText;

/** Only programs past DRAFT are visible to the public. */
public enum ProgramStatus {
    DRAFT("草稿", "Draft"),
    OPEN("开放申报", "Open"),
    CLOSED("已截止", "Closed"),
    ARCHIVED("已归档", "Archived");

    private final LocalizedText label;

    ProgramStatus(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public boolean isPublic() {
        return this != DRAFT;
    }

    public LocalizedText label() {
        return label;
    }
}
