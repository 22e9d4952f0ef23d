package app.shortlist.judging;

import app.shortlist.i18n.LocalizedText;

public enum ScorecardStatus {
    /** Saved (also by autosave), still the judge's to change. */
    DRAFT("草稿", "Draft"),
    /** Locked; only an admin's reopening, with a reason, makes it a draft again. */
    SUBMITTED("已提交", "Submitted");

    private final LocalizedText label;

    ScorecardStatus(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
