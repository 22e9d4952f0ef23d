package app.shortlist.pipeline;

import app.shortlist.i18n.LocalizedText;

/**
 * An application's state within one round. In a screening round the screener decides; in a
 * scoring round the entry waits while judges score and is decided at the advancement
 * confirmation (PASSED = goes on, REJECTED = stops here).
 */
public enum EntryState {
    WAITING("待处理", "Waiting"),
    /** Returned for correction (补正); back to WAITING when the applicant resubmits. */
    RETURNED("退回补正", "Returned for correction"),
    PASSED("通过", "Passed"),
    REJECTED("未通过", "Not passed"),
    /** The applicant withdrew; kept for the record, out of every count that waits. */
    WITHDRAWN("已撤回", "Withdrawn");

    private final LocalizedText label;

    EntryState(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isDecided() {
        return this == PASSED || this == REJECTED;
    }
}
