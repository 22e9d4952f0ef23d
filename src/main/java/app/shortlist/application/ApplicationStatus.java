package app.shortlist.application;

import app.shortlist.i18n.LocalizedText;

/** Where an application stands in submission. Later rounds keep their own state. */
public enum ApplicationStatus {
    /** Being filled in; nobody but the applicant sees it. */
    DRAFT("草稿", "Draft"),
    /** Submitted on time; has its reference number. */
    SUBMITTED("已提交", "Submitted"),
    /** Returned for correction (补正): the applicant may edit and resubmit until the correction deadline. */
    RETURNED("退回补正", "Returned for correction"),
    /** Withdrawn by the applicant; kept for the record. */
    WITHDRAWN("已撤回", "Withdrawn");

    private final LocalizedText label;

    ApplicationStatus(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
