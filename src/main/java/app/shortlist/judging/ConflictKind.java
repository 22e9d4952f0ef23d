package app.shortlist.judging;

import app.shortlist.i18n.LocalizedText;

/** What a judge may declare a conflict with. */
public enum ConflictKind {
    ORGANISATION("单位", "Organisation"),
    USCC("统一社会信用代码", "Unified social credit code"),
    /** An applicant's account (username). */
    APPLICANT("申报人", "Applicant");

    private final LocalizedText label;

    ConflictKind(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
