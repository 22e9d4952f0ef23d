package app.shortlist.program;

import app.shortlist.i18n.LocalizedText;

/** 晋级规则: how a scoring round proposes who goes on. */
public enum RuleKind {
    /** The best N, overall or per track. */
    TOP_N("前 N 名", "Top N"),
    /** Everyone at or above a score. */
    THRESHOLD("分数线", "Score threshold"),
    /** Nobody is proposed; the admin selects. */
    MANUAL("人工选择", "Manual selection");

    private final LocalizedText label;

    RuleKind(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
